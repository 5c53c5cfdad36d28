#pragma once

#include "transitions/transition_util.h"

namespace reelcut::transitions {

// Zoom in: the outgoing picture zooms into its centre while the incoming one grows from
// the centre to full size over it. Zoom out is the reverse motion: the outgoing picture
// shrinks away over the incoming one, which settles from a close-up to full size.
class Zoom : public DescribedTransition {
public:
    explicit Zoom(bool in);
    void apply(const QImage& from, const QImage& to, double progress, const ParamValues& params,
               const TransitionContext& context, QImage& out) const override;

private:
    bool in_;
};

// The picture spins a full turn around its centre, zoomed just enough to keep the frame
// covered; the cut happens mid-turn.
class Spin : public DescribedTransition {
public:
    Spin();
    void apply(const QImage& from, const QImage& to, double progress, const ParamValues& params,
               const TransitionContext& context, QImage& out) const override;
};

} // namespace reelcut::transitions
