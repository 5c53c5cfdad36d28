#pragma once

// Effects on a live picture stream (the recorder's camera): the same registered effects,
// parameters and keyframes the renderer applies to a clip, with the stream's own state
// (face tracking frame by frame, EffectContext::liveState) instead of a file's analysis.
// So a face effect shown live is the effect the take's clip gets and exports with.

#include "effect/effect.h"
#include "model/clip.h"

#include <vector>

namespace reelcut {

class LiveEffects {
public:
    void setEffects(std::vector<EffectInstance> effects);
    const std::vector<EffectInstance>& effects() const { return effects_; }
    // Forgets the tracking state (a new camera, a new take).
    void reset() { state_.clear(); }

    // Applies the effects to `frame` (ARGB32 premultiplied), the picture at stream time
    // `time` (seconds), `since` seconds into the take (for keyframes). renderScale: the
    // frame's size against the canvas the effect parameters are meant for. An effect that
    // throws is skipped for this frame.
    void apply(QImage& frame, const Time& time, const Time& since, double renderScale = 1);

private:
    std::vector<EffectInstance> effects_;
    EffectState state_;
};

} // namespace reelcut
