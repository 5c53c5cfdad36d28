#pragma once

// Transitions on the timeline: where the cuts are, and putting, changing and removing a
// transition on one. A transition belongs to the clip after the cut (Clip::transitionIn)
// and straddles the cut, half on each side:
//
//   [ A ----------|---------- B ]      the cut between A and B (adjacent, no gap)
//             <---d--->                transition of duration d, centred on the cut

#include "model/edits.h"

#include <optional>

namespace reelcut::edit {

struct Cut {
    ObjectId track = 0;
    ObjectId outgoing = 0; // the clip before the cut
    ObjectId incoming = 0; // the clip after it, which holds the transition
    Time at{0};            // timeline time of the cut
};

inline constexpr double kDefaultTransitionSeconds = 0.5;

// Every cut of a picture track: two clips end to end, without a gap.
std::vector<Cut> cutsOf(const Project& p, ObjectId track);
// The cut of `track` nearest `t`, no farther than `tolerance`; none on audio tracks.
std::optional<Cut> cutNear(const Project& p, ObjectId track, const Time& t, const Time& tolerance);
// The longest transition the cut into `incoming` allows: the shorter of the two clips.
Time maxTransitionDuration(const Project& p, ObjectId incoming);

// Puts `transition` on the cut into clip `incoming` (replacing one that is there); its
// duration is clamped to maxTransitionDuration. Refused when the clip does not follow
// another clip end to end, on audio tracks and locked tracks.
void setTransition(Project& p, ObjectId incoming, Transition transition);
void removeTransition(Project& p, ObjectId incoming);

// Which clip a transition applied to the selected clip `clip` goes on: the clip itself
// when it follows another end to end (the cut at its start), else the clip right after
// it (the cut at its end). 0 when it touches no other clip.
ObjectId transitionTargetFor(const Project& p, ObjectId clip);

} // namespace reelcut::edit
