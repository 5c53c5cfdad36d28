#pragma once

#include "transitions/transition_util.h"

namespace reelcut::transitions {

// A soft edge crosses the picture in the chosen direction; the incoming clip shows
// behind it. At 50% each picture fills half the frame.
class Wipe : public DescribedTransition {
public:
    Wipe();
    void apply(const QImage& from, const QImage& to, double progress, const ParamValues& params,
               const TransitionContext& context, QImage& out) const override;
};

// The incoming clip shows in a circle growing from the centre (soft edge).
class Iris : public DescribedTransition {
public:
    Iris();
    void apply(const QImage& from, const QImage& to, double progress, const ParamValues& params,
               const TransitionContext& context, QImage& out) const override;
};

} // namespace reelcut::transitions
