#pragma once

#include "transitions/transition_util.h"

namespace reelcut::transitions {

// The incoming clip slides in over the outgoing one, which stays.
class Slide : public DescribedTransition {
public:
    Slide();
    void apply(const QImage& from, const QImage& to, double progress, const ParamValues& params,
               const TransitionContext& context, QImage& out) const override;
};

// The incoming clip pushes the outgoing one out of the frame: both move together.
class Push : public DescribedTransition {
public:
    Push();
    void apply(const QImage& from, const QImage& to, double progress, const ParamValues& params,
               const TransitionContext& context, QImage& out) const override;
};

} // namespace reelcut::transitions
