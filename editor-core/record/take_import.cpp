#include "record/take_import.h"

#include "model/edits.h"
#include "model/main_track.h"
#include "model/placement.h"

#include <algorithm>

namespace reelcut {

namespace {

constexpr double kMicOffDb = -96; // the project format's floor: silent

// The first time on the frame grid at or after t.
Time ceilToFrame(const Time& t, const FrameRate& rate) {
    const std::int64_t f = frameAtTime(t, rate);
    const Time on = frameTime(f, rate);
    return on < t ? frameTime(f + 1, rate) : on;
}

ObjectId videoTrackFor(Project& project) {
    if (const Track* main = mainTrack(project); main != nullptr && !main->locked) {
        return main->id;
    }
    for (const Track& t : project.tracks) {
        if (t.kind == TrackKind::Video && !t.locked) {
            return t.id;
        }
    }
    return edit::addTrack(project, TrackKind::Video, edit::uniqueTrackName(project, "Video"));
}

} // namespace

void addTakesToBin(Project& project, const std::vector<RecordedTake>& takes) {
    for (const RecordedTake& t : takes) {
        addToBin(project, t.file);
    }
}

PlacedTake placeTake(Project& project, const RecordedTake& take, const MediaInfo& takeInfo,
                     const MediaInfo* songInfo, const Time& at, const std::string& songTrackName) {
    Project p = project;
    addTakesToBin(p, {take});
    PlacedTake placed;
    Clip clip = newMediaClip(p, take.file, takeInfo, at);
    clip.effects = take.effects;
    placed.clip = dropClip(p, videoTrackFor(p), std::move(clip));
    const Clip* onTimeline = p.findClip(placed.clip).second;

    if (take.lipSync && songInfo != nullptr && songInfo->duration > Time(0)) {
        const Time takeStart = onTimeline->start;
        const Time takeEnd = onTimeline->end();
        const Time offset = take.songHeard ? take.songOffset : Time(0);
        // The song's source time at timeline time T is start + (T - takeStart - offset).
        Clip song;
        song.media = take.lipSync->song;
        song.start = takeStart + ceilToFrame(max(offset, Time(0)), p.frameRate);
        song.in = take.lipSync->start + (song.start - takeStart - offset);
        song.out = min(songInfo->duration, song.in + (takeEnd - song.start));
        if (song.start < takeEnd && song.in < song.out) {
            placed.song = addOverlayClip(p, std::move(song), TrackKind::Audio, songTrackName);
            // The song is the sound of a lip-sync take: the microphone heard the song leak
            // from the headphones and the room, off the beat by the playback latency.
            // Muted as CapCut does; the inspector raises it for a sung-along take.
            p.findClip(placed.clip).second->volumeDb = kMicOffDb;
        }
    }
    project = std::move(p);
    return placed;
}

ObjectId placeVoiceOver(Project& project, const std::string& file, const MediaInfo& info,
                        const Time& at, const std::string& trackName) {
    Project p = project;
    addToBin(p, file);
    // Only tracks of earlier voice-overs: "Voice-over", "Voice-over 2", ...
    const auto voiceTrack = [&](const Track& t) {
        if (t.name.rfind(trackName, 0) != 0) {
            return false;
        }
        const std::string rest = t.name.substr(trackName.size());
        return rest.empty() || (rest.size() > 1 && rest[0] == ' ' &&
                                std::all_of(rest.begin() + 1, rest.end(),
                                            [](char c) { return c >= '0' && c <= '9'; }));
    };
    const ObjectId id =
        addOverlayClip(p, newMediaClip(p, file, info, at), TrackKind::Audio, trackName, voiceTrack);
    project = std::move(p);
    return id;
}

} // namespace reelcut
