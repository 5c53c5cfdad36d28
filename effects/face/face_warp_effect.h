#pragma once

#include "face/face_effect_base.h"

namespace reelcut::face {

// Big eyes and a slimmer face: a smooth, local warp limited to the face. "face.warp"
class FaceWarpEffect : public FaceEffectBase {
public:
    using FaceEffectBase::FaceEffectBase;
    const EffectDescriptor& descriptor() const override;
    void apply(QImage& frame, const ParamValues& params,
               const EffectContext& context) const override;
};

} // namespace reelcut::face
