#pragma once

#include "effect/effect.h"

namespace reelcut {

// Green (or any colour) screen: pixels whose colour is near the key colour become
// transparent. Works on chroma (BT.709 Cb/Cr), so shadows and highlights of the screen key
// alike; "similarity" is how near counts as the screen, "softness" the width of the edge
// ramp, and "spill" removes the screen's colour cast from what remains (green fringes,
// green light on hair and skin).
class ChromaKeyEffect : public Effect {
public:
    const EffectDescriptor& descriptor() const override;
    void apply(QImage& frame, const ParamValues& params,
               const EffectContext& context) const override;
    bool changesAlpha() const override { return true; }
};

inline constexpr const char* kChromaKeyId = "key.chroma";

} // namespace reelcut
