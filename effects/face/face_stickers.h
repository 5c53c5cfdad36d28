#pragma once

// The built-in face stickers (SVG, compiled into the program from resources/stickers/face)
// and how each sits on a face by default.

#include "face/face_anchors.h"

#include <QImage>
#include <QString>
#include <array>
#include <mutex>
#include <vector>

namespace reelcut::face {

struct StickerInfo {
    const char* id;       // stable: "sunglasses"
    const char* name;     // English, QT_TRANSLATE_NOOP("Effect", ...): a sticker choice
    const char* resource; // Qt resource path of the SVG
    Anchor anchor;        // where it goes by default
    double widthInEyes;   // width in inter-ocular distances at scale 1
    double pivotX;        // the point of the picture (fractions) placed on the anchor
    double pivotY;
};

const std::vector<StickerInfo>& builtinStickers();

// Rasterised stickers, rendered from SVG once per size class (powers of two) and then
// only drawn transformed, so a sticker costs a draw per frame, not an SVG render.
class StickerImages {
public:
    StickerImages();
    // The sticker at least `width` pixels wide (capped at 2048); null if it cannot load.
    QImage image(std::size_t index, double width);

private:
    static constexpr int kLevels = 6; // 64 .. 2048 px
    std::mutex mutex_;
    std::vector<std::array<QImage, kLevels>> levels_;
};

} // namespace reelcut::face
