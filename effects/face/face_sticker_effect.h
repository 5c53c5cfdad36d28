#pragma once

#include "face/face_effect_base.h"
#include "face/face_stickers.h"
#include "face/sticker_pictures.h"

namespace reelcut::face {

// A sticker pinned to a face: a built-in one or any picture (animated ones play on the
// clip's clock, or from the moment a trigger goes on). Follows the anchor's position, the
// eye distance (scale), the eye line (roll) and, optionally, the head's turn (yaw, pitch).
// "face.sticker"
class FaceStickerEffect : public FaceEffectBase {
public:
    using FaceEffectBase::FaceEffectBase;
    const EffectDescriptor& descriptor() const override;
    void apply(QImage& frame, const ParamValues& params,
               const EffectContext& context) const override;

private:
    mutable StickerPictures pictures_; // a cache: files read once, SVGs rasterised per size
};

} // namespace reelcut::face
