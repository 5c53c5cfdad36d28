#pragma once

#include <QListWidget>

namespace reelcut::gui {

// MIME types of drags from the assets panel; the payload is the role kPayloadRole.
inline constexpr const char* kTextPresetMimeType = "application/x-reelcut-text-preset";
inline constexpr const char* kStickerMimeType = "application/x-reelcut-sticker";
inline constexpr const char* kEffectMimeType = "application/x-reelcut-effect";
inline constexpr const char* kTransitionMimeType = "application/x-reelcut-transition";
inline constexpr const char* kLookMimeType = "application/x-reelcut-look";

// A list of assets (text looks, stickers, effects) that can be clicked or dragged out.
// Each item carries its payload (a preset id, a file path, an effect id) in kPayloadRole.
class AssetList : public QListWidget {
public:
    static constexpr int kPayloadRole = Qt::UserRole + 10;

    AssetList(const char* mimeType, QWidget* parent = nullptr);

    QListWidgetItem* itemFor(const QString& payload) const;

protected:
    QStringList mimeTypes() const override;
    QMimeData* mimeData(const QList<QListWidgetItem*>& items) const override;

private:
    QString mimeType_;
};

} // namespace reelcut::gui
