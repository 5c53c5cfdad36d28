#pragma once

#include "face/face_effect_base.h"

namespace reelcut::face {

// Draws the tracked landmarks, face ids and anchors: for checking the tracking. "face.debug"
class FaceDebugEffect : public FaceEffectBase {
public:
    using FaceEffectBase::FaceEffectBase;
    const EffectDescriptor& descriptor() const override;
    void apply(QImage& frame, const ParamValues& params,
               const EffectContext& context) const override;
};

} // namespace reelcut::face
