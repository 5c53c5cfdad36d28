#include "autocut/cut_to_beat.h"

#include "analysis/beat_cache.h"
#include "model/edits.h"
#include "model/placement.h"

#include <algorithm>

namespace reelcut {

BeatCutTargets beatCutTargets(const Project& project, const std::vector<ObjectId>& selection) {
    BeatCutTargets t;
    ObjectId pictureTrack = 0;
    // In track order, then time order: the order the clips play in.
    for (const Track& track : project.tracks) {
        for (const Clip& c : track.clips) {
            if (std::find(selection.begin(), selection.end(), c.id) == selection.end()) {
                continue;
            }
            if (track.kind == TrackKind::Audio) {
                if (t.song == 0 && !c.media.empty()) {
                    t.song = c.id;
                }
            } else if (c.kind == ClipKind::Media && !c.media.empty() &&
                       (pictureTrack == 0 || pictureTrack == track.id)) {
                pictureTrack = track.id;
                t.clips.push_back(c.id);
            }
        }
    }
    if (t.song == 0) {
        for (const Track& track : project.tracks) {
            if (track.kind == TrackKind::Audio && !track.clips.empty()) {
                t.song = track.clips.front().id;
                break;
            }
        }
    }
    if (t.clips.empty()) {
        throw InvalidRequest(Message(QT_TRANSLATE_NOOP3(
            "Engine", "select the video or picture clips to cut to the beat", "autocut.no-clips")));
    }
    if (t.song == 0) {
        throw InvalidRequest(Message(QT_TRANSLATE_NOOP3(
            "Engine", "put a song on an audio track first: the cuts follow its beats",
            "autocut.no-song")));
    }
    return t;
}

ObjectId songForBeatCut(Project& project, const std::string& song, const MediaInfo& info,
                        const std::vector<ObjectId>& selection, const std::string& newTrackName) {
    Time at(0);
    bool found = false;
    for (const Track& track : project.tracks) {
        for (const Clip& c : track.clips) {
            if (track.kind == TrackKind::Audio && c.media == song) {
                return c.id;
            }
            if (!found && track.kind != TrackKind::Audio && c.kind == ClipKind::Media &&
                std::find(selection.begin(), selection.end(), c.id) != selection.end()) {
                at = c.start;
                found = true;
            }
        }
    }
    Project p = project;
    addToBin(p, song);
    const ObjectId id =
        addOverlayClip(p, newMediaClip(p, song, info, at), TrackKind::Audio, newTrackName);
    project = std::move(p);
    return id;
}

std::vector<AutocutSource> beatCutSources(const Project& project, const BeatCutTargets& targets,
                                          const AutocutOptions& options,
                                          const AnalysisStore& store) {
    std::vector<AutocutSource> sources;
    for (ObjectId id : targets.clips) {
        const Clip& c = *project.findClip(id).second;
        if (std::any_of(sources.begin(), sources.end(),
                        [&](const AutocutSource& s) { return s.media == c.media; })) {
            continue;
        }
        sources.push_back(autocutSource(c.media, options, store));
    }
    return sources;
}

void cutClipsToBeat(Project& project, const BeatCutTargets& targets,
                    const std::vector<AutocutSource>& sources, const AutocutPlan& plan) {
    const auto [songTrack, songClip] = project.findClip(targets.song);
    const auto [track, first] = project.findClip(targets.clips.front());
    if (songClip == nullptr || first == nullptr) {
        throw EditError("cut to the beat: the clips are gone");
    }
    const ObjectId trackId = track->id;
    const Time origin = songClip->start + (plan.songIn - songClip->in);
    // The song keeps its place; it now ends with the last cut.
    Clip song = *songClip;
    song.out = min(song.out, plan.songOut);
    song.fadeOut = min(Time(1, 2), plan.length() / Rational(4));
    // Each clip keeps its look (effects, transform, fit...) for the cuts made from it.
    std::vector<Clip> templates;
    for (const AutocutSource& s : sources) {
        for (ObjectId id : targets.clips) {
            const Clip& c = *project.findClip(id).second;
            if (c.media == s.media) {
                templates.push_back(c);
                break;
            }
        }
    }
    for (ObjectId id : targets.clips) {
        edit::removeClip(project, id);
    }
    edit::updateClip(project, song);
    for (const AutocutSegment& seg : plan.segments) {
        Clip c = templates.at(seg.source);
        c.id = 0;
        c.start = origin + seg.start;
        c.in = seg.in;
        c.out = seg.out;
        c.speed = seg.speed;
        c.transitionIn.reset();
        c.keyframes.clear();
        // The plan's speed is the whole timing: no ramp, reversal or freeze left over.
        c.ramp = {};
        c.reverse = false;
        c.freezeAt.reset();
        edit::addClip(project, trackId, std::move(c));
    }
}

void cutTemplateToBeat(Project& project, const BeatCutSpec& cut, const AnalysisStore& store) {
    std::vector<ObjectId> selection;
    Time end(0);
    for (const Track& t : project.tracks) {
        if (t.kind == TrackKind::Video) {
            for (const Clip& c : t.clips) {
                selection.push_back(c.id);
            }
            end = t.end();
            break;
        }
    }
    const BeatCutTargets targets = beatCutTargets(project, selection);
    const Clip& song = *project.findClip(targets.song).second;
    AutocutOptions options;
    options.everyBeats = cut.everyBeats;
    options.onDownbeats = cut.onDownbeats;
    options.songStart = song.in;
    // The video keeps the length the template's main track has, the row's clips reused
    // to fill it: a 15 s template makes 15 s videos from two clips or from ten.
    if (end > song.start) {
        options.length = end - song.start;
    }
    const BeatAnalysis beats = cachedBeatAnalysis(song.media, store);
    const std::vector<AutocutSource> sources = beatCutSources(project, targets, options, store);
    const AutocutPlan plan = planAutocut(beats, sources, options, project.frameRate);
    cutClipsToBeat(project, targets, sources, plan);
}

} // namespace reelcut
