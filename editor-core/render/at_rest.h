#pragma once

// How the editor's preview shows a selected clip while playback is paused: at rest, the
// way it looks once its in animation is over, so a title just added at the playhead is
// visible (not frame 0 of its "pop") and can be placed where it will sit. CapCut does the
// same. Export never uses this.

#include "model/project.h"

#include <vector>

namespace reelcut {

// The clip without its in/out animations (fades stay: they are the clip's look, and a
// video being faded should be seen fading).
Clip clipAtRest(const Clip& clip);
// The project with the given clips at rest; the rest unchanged.
Project withClipsAtRest(Project project, const std::vector<ObjectId>& clips);

} // namespace reelcut
