#pragma once

#include "effect/effect.h"

namespace reelcut {

// Softens the whole clip; radius in canvas pixels, scaled with the render size so the
// preview looks like the export.
class GaussianBlurEffect : public Effect {
public:
    const EffectDescriptor& descriptor() const override;
    void apply(QImage& frame, const ParamValues& params,
               const EffectContext& context) const override;
};

} // namespace reelcut
