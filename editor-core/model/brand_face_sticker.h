#pragma once

// The brand on the face in one click: the brand kit's logo as a face sticker on a cheek or
// the forehead, as teams and fans paint theirs. Policy shared by the editor and scripts.

#include "model/brand_kit.h"
#include "model/clip.h"

#include <string>

namespace reelcut {

enum class FacePlace { LeftCheek, RightCheek, Forehead };

// The stable name of a place ("left-cheek", "right-cheek", "forehead"): the sticker's anchor.
const char* facePlaceName(FacePlace place);

// A "face.sticker" effect showing the kit's logo at `place` on every face of a clip,
// sized as a painted logo (two thirds of the eye distance on a cheek, one on the
// forehead), turning with the head. Throws ProjectError naming `kitFile` when the kit has
// no logo or the logo file is missing.
EffectInstance brandLogoFaceSticker(const BrandKit& kit, FacePlace place,
                                    const std::string& kitFile);

// Puts it on a clip: a brand logo already at that place (the same file and anchor) is
// replaced, not doubled.
void putBrandLogoOnFace(Clip& clip, const EffectInstance& sticker);

} // namespace reelcut
