#pragma once

#include "effect/effect.h"

namespace reelcut {

// CapCut's "Adjust" panel as one effect: brightness, contrast, saturation, exposure,
// vibrance, temperature, tint, highlights, shadows, vignette, sharpen and grain. Every
// slider at 0 is no change. The per-channel parts (white balance and the tone curve) are
// one 256-entry table per channel per frame, so a frame costs a few table reads per pixel.
class ColorAdjustEffect : public Effect {
public:
    const EffectDescriptor& descriptor() const override;
    void apply(QImage& frame, const ParamValues& params,
               const EffectContext& context) const override;
};

} // namespace reelcut
