#pragma once

#include "face/face_effect_base.h"
#include "face/face_stickers.h"

namespace reelcut::face {

// A sticker pinned to a face: follows the anchor's position, the eye distance (scale)
// and the eye line (roll). "face.sticker"
class FaceStickerEffect : public FaceEffectBase {
public:
    using FaceEffectBase::FaceEffectBase;
    const EffectDescriptor& descriptor() const override;
    void apply(QImage& frame, const ParamValues& params,
               const EffectContext& context) const override;

private:
    mutable StickerImages images_; // a cache: rasterised once per size class
};

} // namespace reelcut::face
