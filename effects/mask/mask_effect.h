#pragma once

#include "effect/effect.h"

namespace reelcut {

// A mask on a clip: a rectangle, an ellipse, a straight edge (linear) or a band (mirror),
// placed on the clip's own picture (position and size are fractions of it, so the mask
// stays on the subject whatever the clip's fit or size), turned, feathered and inverted.
// Every number can be keyframed: a mask that follows a moving subject.
class MaskEffect : public Effect {
public:
    const EffectDescriptor& descriptor() const override;
    void apply(QImage& frame, const ParamValues& params,
               const EffectContext& context) const override;
    bool changesAlpha() const override { return true; }
};

inline constexpr const char* kMaskEffectId = "mask";

// The mask's shape in the clip's source pixels, for the preview's on-canvas handles.
struct MaskGeometry {
    std::string shape;           // "rectangle", "ellipse", "linear", "mirror"
    double cx = 0, cy = 0;       // centre, source pixels
    double halfW = 0, halfH = 0; // half size, source pixels
    double rotation = 0;         // degrees clockwise
    double feather = 0;          // source pixels
    bool invert = false;
};
MaskGeometry maskGeometry(const ParamValues& params, double sourceWidth, double sourceHeight);

} // namespace reelcut
