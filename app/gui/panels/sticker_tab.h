#pragma once

#include <QWidget>

namespace reelcut::gui {

class AssetList;

// The Stickers tab: the built-in SVG stickers and the user's own pictures (PNG, GIF,
// WebP, SVG) brought in with "Import sticker...". Click or drag to add.
class StickerTab : public QWidget {
    Q_OBJECT
public:
    explicit StickerTab(QWidget* parent = nullptr);

    AssetList* list() const { return list_; }
    // Lists a picture file (once); returns its item's row.
    int addSticker(const QString& path);

public Q_SLOTS:
    void importWithDialog();

Q_SIGNALS:
    void stickerChosen(const QString& path);

private:
    AssetList* list_ = nullptr;
};

} // namespace reelcut::gui
