#pragma once

#include "model/clip.h"

#include <vector>

namespace reelcut {

// Timeline times (seconds) of a song's source beats that fall inside the clip playing it:
// beat markers and snapping targets.
std::vector<double> beatsOnTimeline(const Clip& clip, const std::vector<double>& sourceBeats);

} // namespace reelcut
