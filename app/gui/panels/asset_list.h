#pragma once

#include <QListWidget>
#include <algorithm>
#include <functional>
#include <string>
#include <utility>
#include <vector>

class QPushButton;

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
    // The common set-up of a panel's list: its object name (tests find it by that) and
    // the size of its pictures.
    AssetList(const char* mimeType, const QString& objectName, QSize iconSize,
              QWidget* parent = nullptr);

    QListWidgetItem* itemFor(const QString& payload) const;
    // The payload of the current item, empty for none or a category header.
    QString currentPayload() const;

    // A category header: bold, dimmed, translated (context "EffectCategory"), not selectable.
    void addCategory(const std::string& category);
    QListWidgetItem* addAsset(const std::string& payload, const QString& name,
                              const QString& toolTip, const QIcon& icon = QIcon());

    // `apply` is enabled while an asset is current; a click on it, or a double-click on an
    // asset, calls `onApply` with the asset's payload.
    void connectApply(QPushButton* apply, std::function<void(const QString&)> onApply);

protected:
    QStringList mimeTypes() const override;
    QMimeData* mimeData(const QList<QListWidgetItem*>& items) const override;

private:
    QString mimeType_;
};

// Items grouped by category, the categories in the order they first appear.
template <typename T, typename CategoryOf>
std::vector<std::pair<std::string, std::vector<T>>> groupByCategory(const std::vector<T>& items,
                                                                    CategoryOf categoryOf) {
    std::vector<std::pair<std::string, std::vector<T>>> groups;
    for (const T& item : items) {
        const std::string category = categoryOf(item);
        auto it = std::find_if(groups.begin(), groups.end(),
                               [&](const auto& g) { return g.first == category; });
        if (it == groups.end()) {
            groups.emplace_back(category, std::vector<T>{});
            it = std::prev(groups.end());
        }
        it->second.push_back(item);
    }
    return groups;
}

} // namespace reelcut::gui
