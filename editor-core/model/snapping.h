#pragma once

// Where an edge dragged or dropped on the timeline snaps: to 0, the playhead, and the
// start and end of every other clip, when it comes within a tolerance (the editor turns
// a few screen pixels into seconds at the current zoom).

#include "model/project.h"

#include <optional>
#include <vector>

namespace reelcut {

// 0, the playhead, and every clip's start and end, except the clips in `ignore`.
std::vector<Time> snapTargets(const Project& project, const Time& playhead,
                              const std::vector<ObjectId>& ignore = {});

// The target nearest to t, if one is within `tolerance`.
std::optional<Time> nearestTarget(const std::vector<Time>& targets, const Time& t,
                                  const Time& tolerance);

// A span [start, start + duration) snapped by whichever of its edges is nearer a target.
struct SpanSnap {
    Time start;               // the span's new start (unchanged if nothing was near)
    std::optional<Time> line; // the target it snapped to, to draw
};
SpanSnap snapSpan(const std::vector<Time>& targets, const Time& start, const Time& duration,
                  const Time& tolerance);

} // namespace reelcut
