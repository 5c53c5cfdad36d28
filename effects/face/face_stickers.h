#pragma once

// The built-in face stickers (SVG, compiled into the program from resources/stickers/face)
// and how each sits on a face by default.

#include "face/face_anchors.h"

#include <QImage>
#include <QString>
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

// The picture files a face sticker can be made of, as the file parameter lists them.
inline constexpr const char* kStickerFileSuffixes = "png svg webp gif apng jpg jpeg";

} // namespace reelcut::face
