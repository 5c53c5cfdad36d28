#pragma once

#include "transitions/transition_util.h"

namespace reelcut::transitions {

// The classic dissolve: each pixel mixes the two pictures by the progress.
class Crossfade : public DescribedTransition {
public:
    Crossfade();
    void apply(const QImage& from, const QImage& to, double progress, const ParamValues& params,
               const TransitionContext& context, QImage& out) const override;
};

// Fades the outgoing picture to a colour, then the incoming one up from it; registered as
// "dip-black" and "dip-white" (their colour is a parameter).
class DipToColor : public DescribedTransition {
public:
    DipToColor(const char* id, const char* name, std::uint32_t color);
    void apply(const QImage& from, const QImage& to, double progress, const ParamValues& params,
               const TransitionContext& context, QImage& out) const override;
};

} // namespace reelcut::transitions
