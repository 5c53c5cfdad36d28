#pragma once

#include <QWidget>

namespace reelcut::gui {

class AssetList;

// The Text tab: one tile per built-in text look, drawn by the renderer's own text
// rasteriser (the tile is the style), and a grid of common emoji.
class TextTab : public QWidget {
    Q_OBJECT
public:
    explicit TextTab(QWidget* parent = nullptr);

    AssetList* presets() const { return presets_; }
    AssetList* emoji() const { return emoji_; }

    // The payload of emoji items: "emoji:" followed by the character(s).
    static QString emojiPayload(const QString& emoji);

Q_SIGNALS:
    void presetChosen(const QString& presetId);
    void emojiChosen(const QString& emoji);

private:
    AssetList* presets_ = nullptr;
    AssetList* emoji_ = nullptr;
};

} // namespace reelcut::gui
