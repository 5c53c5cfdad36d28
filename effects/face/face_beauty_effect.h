#pragma once

#include "face/face_effect_base.h"

namespace reelcut::face {

// Skin smoothing masked to the face (eyes, brows and mouth kept sharp), brightening and
// lipstick on the lip polygon. "face.beauty"
class FaceBeautyEffect : public FaceEffectBase {
public:
    using FaceEffectBase::FaceEffectBase;
    const EffectDescriptor& descriptor() const override;
    void apply(QImage& frame, const ParamValues& params,
               const EffectContext& context) const override;
};

} // namespace reelcut::face
