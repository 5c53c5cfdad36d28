#pragma once

#include "effect/effect.h"

namespace reelcut {

// Brightness, contrast and saturation, the three sliders every editor has first.
class ColorAdjustEffect : public Effect {
public:
    const EffectDescriptor& descriptor() const override;
    void apply(QImage& frame, const ParamValues& params,
               const EffectContext& context) const override;
};

} // namespace reelcut
