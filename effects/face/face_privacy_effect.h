#pragma once

#include "face/face_effect_base.h"

namespace reelcut::face {

// Blurs or pixelates every tracked face, or all but one. "face.privacy"
class FacePrivacyEffect : public FaceEffectBase {
public:
    using FaceEffectBase::FaceEffectBase;
    const EffectDescriptor& descriptor() const override;
    void apply(QImage& frame, const ParamValues& params,
               const EffectContext& context) const override;
};

} // namespace reelcut::face
