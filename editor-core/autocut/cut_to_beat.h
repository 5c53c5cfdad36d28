#pragma once

// The editor's "Cut to the beat" on clips already on the timeline: the selected picture
// clips are laid again so that every cut lands on a beat of a song that is on the
// timeline too, starting where the song's clip starts. Model policy, shared by the GUI
// and anything else that edits a project: which clips and which song a selection means,
// and where the new cuts go.

#include "autocut/autocut.h"
#include "media/media_info.h"
#include "util/message.h"

namespace reelcut {

struct BeatCutTargets {
    std::vector<ObjectId> clips; // picture clips to cut, in timeline order, on one track
    ObjectId song = 0;           // the song's clip
};

// From a selection: its video and picture clips (those on the first of their tracks),
// and the song: a selected clip with sound on an audio track, else the first clip of the
// first audio track. Throws InvalidRequest saying what is missing.
BeatCutTargets beatCutTargets(const Project& project, const std::vector<ObjectId>& selection);

// The song of a cut chosen outside the timeline (the Audio tab): its clip on an audio
// track if it has one, else a new clip of the whole song from where the first selected
// picture clip starts (the timeline's start without one), on the first unlocked audio
// track free there, or a new track named `newTrackName`. Returns the clip's id, to add to
// the selection. Throws EditError.
ObjectId songForBeatCut(Project& project, const std::string& song, const MediaInfo& info,
                        const std::vector<ObjectId>& selection, const std::string& newTrackName);

// The cut's sources: each clip's media once, in order (see autocutSource).
std::vector<AutocutSource> beatCutSources(const Project& project, const BeatCutTargets& targets,
                                          const AutocutOptions& options,
                                          const AnalysisStore& store);

// Replaces the clips by `plan` (made with options.songStart = the song clip's in point),
// from where the song's clip starts, on the first clip's track; the song's clip then ends
// with the last cut, with a short fade. Throws EditError when the new clips do not fit
// (another clip in the way).
void cutClipsToBeat(Project& project, const BeatCutTargets& targets,
                    const std::vector<AutocutSource>& sources, const AutocutPlan& plan);

// A template's beat cut (TemplateSpec::beatCut) on a row's project: the media clips of
// the first video track cut to the song of the first audio track, as beatCutTargets,
// beatCutSources, planAutocut and cutClipsToBeat do it in the editor, filling the length
// the track had (clips reused as needed). Beats come from the store (analysed once per
// song). Throws InvalidRequest, MediaError or EditError.
void cutTemplateToBeat(Project& project, const BeatCutSpec& cut, const AnalysisStore& store);

} // namespace reelcut
