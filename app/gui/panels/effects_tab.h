#pragma once

#include <QWidget>

class QPushButton;

namespace reelcut::gui {

class AssetList;

// The Effects tab: effects grouped by category (Color, Blur, Face...), each with a
// thumbnail of what it does. Drag one onto a clip, double-click it or press "Apply to
// selected clip".
class EffectsTab : public QWidget {
    Q_OBJECT
public:
    explicit EffectsTab(QWidget* parent = nullptr);
    ~EffectsTab() override;

    AssetList* list() const { return list_; }
    QString currentEffect() const;
    // True once every thumbnail is drawn (they are made off the GUI thread).
    bool thumbnailsReady() const { return pendingThumbs_ == 0; }

Q_SIGNALS:
    void applyRequested(const QString& effectId);

private:
    void makeThumbnails();

    AssetList* list_ = nullptr;
    QPushButton* apply_ = nullptr;
    int pendingThumbs_ = 0;
    QThread* thumbThread_ = nullptr;
};

} // namespace reelcut::gui
