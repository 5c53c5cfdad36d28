#pragma once

#include "audio/speech_detector.h"
#include "model/project.h"

#include <vector>

namespace reelcut {

// The gain a ducked track gets over time: down by the depth wherever speech is heard on
// the other tracks, ramping down over `attack` before the speech starts (so the first
// syllable is already clear) and back up over `release` after it ends.
struct DuckingEnvelope {
    Ducking settings;
    std::vector<SpeechRegion> speech; // timeline seconds, sorted, merged

    bool active() const { return settings.enabled && !speech.empty(); }
    // 0 (full level) down to -depthDb.
    double gainDbAt(double t) const;
};

// Speech on the timeline that `ducked` should give way to: the speech found in the sound
// of every clip on the other tracks that is heard (track not muted, not ducking itself,
// clip not turned down below -40 dB).
DuckingEnvelope duckingEnvelope(const Project& project, const Track& ducked, SpeechIndex& speech);

} // namespace reelcut
