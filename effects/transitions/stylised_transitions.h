#pragma once

#include "transitions/transition_util.h"

namespace reelcut::transitions {

// The picture blurs out, changes under the blur, and comes back sharp.
class BlurTransition : public DescribedTransition {
public:
    BlurTransition();
    void apply(const QImage& from, const QImage& to, double progress, const ParamValues& params,
               const TransitionContext& context, QImage& out) const override;
};

// A digital glitch: the colour channels split apart and bands of the picture jump
// sideways, strongest at the cut.
class Glitch : public DescribedTransition {
public:
    Glitch();
    void apply(const QImage& from, const QImage& to, double progress, const ParamValues& params,
               const TransitionContext& context, QImage& out) const override;
};

} // namespace reelcut::transitions
