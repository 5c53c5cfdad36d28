#pragma once

// What becomes of takes in a project: the model policy the editor's Record window uses
// (and anything else that records), beside the media drop rules of model/placement.h.

#include "media/media_info.h"
#include "model/project.h"
#include "record/recorder.h"

#include <string>
#include <vector>

namespace reelcut {

// Adds the takes' files to the project's media bin, in order, each once.
void addTakesToBin(Project& project, const std::vector<RecordedTake>& takes);

struct PlacedTake {
    ObjectId clip = 0; // the take on the main video track
    ObjectId song = 0; // lip-sync: the song's clip, 0 without one
};

// Puts a take on the timeline at `at` (snapped to a frame) as a media drop on the main
// video track (the first unlocked video track; a magnetic main track inserts it), with the
// effects shown live while recording on its clip; also adds it to the bin. In lip-sync mode
// the song goes on an audio track that is free over the take (a new one named
// `songTrackName` if none is), cut to the take and placed so it plays against the picture
// as it was heard while recording: the song's start point at the take time measured by
// the recorder (RecordedTake::songOffset), the clip starting on a frame and the part of a
// frame in its in point; the take's own sound is muted then. Throws EditError if the project cannot
// take the clips.
PlacedTake placeTake(Project& project, const RecordedTake& take, const MediaInfo& takeInfo,
                     const MediaInfo* songInfo, const Time& at, const std::string& songTrackName);

// Puts a recorded voice-over on the timeline from `at` (snapped to a frame), whole, and in
// the bin: on an unlocked audio track of earlier voice-overs (named `trackName`, or with a
// number after it) that is free over it, else on a new audio track named so. A voice-over
// never lands on the music's track, so ducking and the track's volume stay the music's.
// Returns the clip's id. Throws EditError if the project cannot take the clip.
ObjectId placeVoiceOver(Project& project, const std::string& file, const MediaInfo& info,
                        const Time& at, const std::string& trackName);

} // namespace reelcut
