#pragma once

// Edit operations as pure functions on a Project value. Each either completes or throws
// EditError and leaves the project as it was (callers edit a copy; see ProjectDocument).
// Times are timeline seconds; callers snap them to frames first. On a magnetic main track
// (model/main_track.h) adds insert, moves reorder and every edit closes the gaps.
//
//   split at t:     [ A---------|------ ]   ->   [ A1------][ A2--- ]
//   trim start:     [ ---A------ ]        ->       [ -A------ ]      (in moves with start)
//   ripple delete:  [ A ][ B ][ C ]       ->   [ A ][ C ]            (C moves left by |B|)
//   move:           [ A ]    [ B ]        ->   [ A ][ B ]            (refused on overlap)

#include "model/project.h"

#include <optional>
#include <stdexcept>

namespace reelcut {

class EditError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

namespace edit {

ObjectId addTrack(Project& p, TrackKind kind, const std::string& name);
void removeTrack(Project& p, ObjectId track);

// Places the clip on the track at clip.start. Refused if it overlaps another clip, the
// track is locked, or the clip's own times are impossible. Returns the clip's id.
ObjectId addClip(Project& p, ObjectId track, Clip clip);
// Places many clips at once (captions from a SubRip file): one sort and one check for
// all of them, so 20000 cues take milliseconds, not minutes. All or nothing.
void addClips(Project& p, ObjectId track, std::vector<Clip> clips);
// Inserts at clip.start and pushes every later clip on the track right to make room.
ObjectId insertClipRipple(Project& p, ObjectId track, Clip clip);
void removeClip(Project& p, ObjectId clip);
// Removes the clip and closes the gap: later clips on its track move left.
void rippleDelete(Project& p, ObjectId clip);
// Moves a clip to another (or the same) track and start time.
void moveClip(Project& p, ObjectId clip, ObjectId toTrack, const Time& newStart);
// Splits at timeline time t (strictly inside the clip). Returns the right part's id.
ObjectId splitClip(Project& p, ObjectId clip, const Time& t);
// Moves the clip's left edge to newStart, the source in point following it.
void trimStart(Project& p, ObjectId clip, const Time& newStart);
// Moves the clip's right edge to newEnd; sourceLength (if known) bounds the source,
// stills have none.
void trimEnd(Project& p, ObjectId clip, const Time& newEnd,
             std::optional<Time> sourceLength = std::nullopt);
// Changes speed keeping the source range; the clip gets shorter or longer on the timeline.
void setSpeed(Project& p, ObjectId clip, const Rational& speed);
// Plays the clip through a speed curve (an empty one: back to 1x), keeping its source
// range; its timeline length becomes the curve's integral, snapped to the project's frame
// grid (the ramp's mean speed is stored exactly as `speed`).
void setSpeedRamp(Project& p, ObjectId clip, const SpeedRamp& ramp);
void setReverse(Project& p, ObjectId clip, bool reverse);
// Crop, flips and quarter-turn rotation of the clip's picture.
void setGeometry(Project& p, ObjectId clip, const Crop& crop, bool flipH, bool flipV, int rotate);
// Freezes the frame showing at timeline time `at` (on the clip): splits the clip there and
// inserts a still of it, `length` long, silent; what follows on the track moves right.
// Returns the still's id.
inline const Time kDefaultFreezeLength{3};
ObjectId freezeFrame(Project& p, ObjectId clip, const Time& at,
                     const Time& length = kDefaultFreezeLength);
// Replaces a clip's properties (inspector edits). Timing fields must keep the track valid.
void updateClip(Project& p, const Clip& clip);
void updateTrack(Project& p, const Track& track);
void setCanvas(Project& p, int width, int height, const FrameRate& rate);
// Switches the magnetic main track on or off; switching it on closes the main track's gaps.
void setMagneticMainTrack(Project& p, bool on);
// `base`, or "base 2", "base 3"... whichever no track has yet: two tracks never share a name.
std::string uniqueTrackName(const Project& p, const std::string& base);

// Throws EditError if the project breaks an invariant (sorted, non-overlapping clips,
// valid times and speeds). Every edit runs it before returning.
void checkInvariants(const Project& p);

} // namespace edit
} // namespace reelcut
