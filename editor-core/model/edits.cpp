#include "model/edits.h"

#include "model/main_track.h"
#include "model/project_limits.h"

#include <algorithm>
#include <unordered_set>

namespace reelcut::edit {

namespace {

Track& trackOrThrow(Project& p, ObjectId id) {
    Track* t = p.findTrack(id);
    if (t == nullptr) {
        throw EditError("no track with id " + std::to_string(id));
    }
    return *t;
}

std::pair<Track*, Clip*> clipOrThrow(Project& p, ObjectId id) {
    auto found = p.findClip(id);
    if (found.second == nullptr) {
        throw EditError("no clip with id " + std::to_string(id));
    }
    return found;
}

void requireUnlocked(const Track& t) {
    if (t.locked) {
        throw EditError("track \"" + t.name + "\" is locked");
    }
}

void sortClips(Track& t) {
    std::stable_sort(t.clips.begin(), t.clips.end(),
                     [](const Clip& a, const Clip& b) { return a.start < b.start; });
}

void checkClip(const Clip& c) {
    if (c.start.isNegative()) {
        throw EditError("a clip cannot start before 0");
    }
    if (c.in.isNegative()) {
        throw EditError("a clip's in point cannot be before the start of its media");
    }
    if (c.out <= c.in) {
        throw EditError("a clip must be longer than zero");
    }
    if (c.speed < Rational::fromDouble(kMinSpeed) || c.speed > Rational::fromDouble(kMaxSpeed)) {
        throw EditError("speed must be between 0.25x and 4x");
    }
    if (c.fadeIn.isNegative() || c.fadeOut.isNegative()) {
        throw EditError("fades cannot be negative");
    }
}

} // namespace

void checkInvariants(const Project& p) {
    for (const auto& t : p.tracks) {
        for (std::size_t i = 0; i < t.clips.size(); ++i) {
            checkClip(t.clips[i]);
            if (i > 0 && t.clips[i].start < t.clips[i - 1].end()) {
                throw EditError("clips would overlap on track \"" + t.name + "\" at " +
                                formatTimecode(t.clips[i].start));
            }
        }
    }
}

ObjectId addTrack(Project& p, TrackKind kind, const std::string& name) {
    Track t;
    const ObjectId id = p.newId();
    t.id = id;
    t.kind = kind;
    t.name = name;
    if (kind == TrackKind::Audio) {
        p.tracks.push_back(std::move(t));
    } else {
        // Picture tracks go above the other picture tracks, audio tracks stay last.
        auto firstAudio = std::find_if(p.tracks.begin(), p.tracks.end(),
                                       [](const Track& x) { return x.kind == TrackKind::Audio; });
        p.tracks.insert(firstAudio, std::move(t));
    }
    return id;
}

void removeTrack(Project& p, ObjectId id) {
    requireUnlocked(trackOrThrow(p, id));
    std::erase_if(p.tracks, [id](const Track& t) { return t.id == id; });
}

ObjectId addClip(Project& p, ObjectId trackId, Clip clip) {
    Track& t = trackOrThrow(p, trackId);
    requireUnlocked(t);
    checkClip(clip);
    if (clip.id == 0 || p.findClip(clip.id).second != nullptr) {
        clip.id = p.newId();
    }
    const ObjectId id = clip.id;
    if (isMagneticMainTrack(p, trackId)) {
        // No gaps and no overlaps: the clip goes between two clips and pushes the later ones.
        const std::size_t slot = mainTrackSlot(t, clip.start);
        t.clips.insert(t.clips.begin() + static_cast<std::ptrdiff_t>(slot), std::move(clip));
        settleMainTrack(p);
    } else {
        t.clips.push_back(std::move(clip));
        sortClips(t);
    }
    checkInvariants(p);
    return id;
}

void addClips(Project& p, ObjectId trackId, std::vector<Clip> clips) {
    Track& t = trackOrThrow(p, trackId);
    requireUnlocked(t);
    std::size_t total = clips.size();
    for (const Track& other : p.tracks) {
        total += other.clips.size();
    }
    if (total > std::size_t(limits::kMaxClips)) {
        throw EditError("a project holds at most " + std::to_string(limits::kMaxClips) + " clips");
    }
    std::unordered_set<ObjectId> ids;
    for (const Track& other : p.tracks) {
        ids.insert(other.id);
        for (const Clip& c : other.clips) {
            ids.insert(c.id);
        }
    }
    for (Clip& c : clips) {
        checkClip(c);
        if (c.id == 0 || ids.count(c.id) != 0) {
            c.id = p.newId();
        }
        ids.insert(c.id);
    }
    t.clips.insert(t.clips.end(), std::make_move_iterator(clips.begin()),
                   std::make_move_iterator(clips.end()));
    sortClips(t);
    checkInvariants(p);
}

ObjectId insertClipRipple(Project& p, ObjectId trackId, Clip clip) {
    Track& t = trackOrThrow(p, trackId);
    requireUnlocked(t);
    checkClip(clip);
    if (isMagneticMainTrack(p, trackId)) {
        return addClip(p, trackId, std::move(clip)); // inserting is how it always adds
    }
    const Time at = clip.start;
    const Time shift = clip.duration();
    for (auto& c : t.clips) {
        if (c.start >= at) {
            c.start += shift;
        } else if (c.end() > at) {
            throw EditError("cannot insert inside a clip; split it first");
        }
    }
    return addClip(p, trackId, std::move(clip));
}

void removeClip(Project& p, ObjectId clipId) {
    auto [t, c] = clipOrThrow(p, clipId);
    requireUnlocked(*t);
    std::erase_if(t->clips, [clipId](const Clip& x) { return x.id == clipId; });
    settleMainTrack(p);
}

void rippleDelete(Project& p, ObjectId clipId) {
    auto [t, c] = clipOrThrow(p, clipId);
    requireUnlocked(*t);
    const Time start = c->start;
    const Time gap = c->duration();
    std::erase_if(t->clips, [clipId](const Clip& x) { return x.id == clipId; });
    for (auto& x : t->clips) {
        if (x.start > start) {
            x.start -= gap;
        }
    }
    settleMainTrack(p);
    checkInvariants(p);
}

void moveClip(Project& p, ObjectId clipId, ObjectId toTrack, const Time& newStart) {
    auto [from, c] = clipOrThrow(p, clipId);
    requireUnlocked(*from);
    Track& to = trackOrThrow(p, toTrack);
    requireUnlocked(to);
    if (from->hasPicture() != to.hasPicture()) {
        throw EditError("a clip cannot move between picture and audio tracks");
    }
    Clip moved = *c;
    moved.start = newStart;
    std::erase_if(from->clips, [clipId](const Clip& x) { return x.id == clipId; });
    if (isMagneticMainTrack(p, toTrack)) {
        // Reordered by where its middle lands among the others' middles.
        const Time middle = newStart + moved.duration() / Rational(2);
        const auto slot = std::count_if(to.clips.begin(), to.clips.end(), [&](const Clip& x) {
            return x.start + x.duration() / Rational(2) < middle;
        });
        to.clips.insert(to.clips.begin() + slot, std::move(moved));
    } else {
        to.clips.push_back(std::move(moved));
        sortClips(to);
    }
    settleMainTrack(p);
    checkInvariants(p);
}

ObjectId splitClip(Project& p, ObjectId clipId, const Time& t) {
    auto [track, c] = clipOrThrow(p, clipId);
    requireUnlocked(*track);
    if (t <= c->start || t >= c->end()) {
        throw EditError("the split point must be inside the clip");
    }
    Clip right = *c;
    right.id = p.newId();
    const Time cut = c->sourceTime(t);
    c->out = cut;
    c->fadeOut = Time(0);
    right.in = cut;
    right.start = t;
    right.fadeIn = Time(0);
    right.transitionIn.reset();
    const ObjectId id = right.id;
    track->clips.push_back(std::move(right));
    sortClips(*track);
    checkInvariants(p);
    return id;
}

void trimStart(Project& p, ObjectId clipId, const Time& newStart) {
    auto [t, c] = clipOrThrow(p, clipId);
    requireUnlocked(*t);
    const Time newIn = c->sourceTime(newStart);
    if (newIn.isNegative()) {
        throw EditError("the media has no frames before this point");
    }
    if (newStart >= c->end()) {
        throw EditError("trimmed to nothing");
    }
    c->in = newIn;
    c->start = newStart;
    settleMainTrack(p); // on the magnetic main track the clip stays put, later ones follow
    checkInvariants(p);
}

void trimEnd(Project& p, ObjectId clipId, const Time& newEnd, std::optional<Time> sourceLength) {
    auto [t, c] = clipOrThrow(p, clipId);
    requireUnlocked(*t);
    if (newEnd <= c->start) {
        throw EditError("trimmed to nothing");
    }
    const Time newOut = c->sourceTime(newEnd);
    if (sourceLength && newOut > *sourceLength) {
        throw EditError("the media ends at " + formatTimecode(*sourceLength));
    }
    c->out = newOut;
    settleMainTrack(p);
    checkInvariants(p);
}

void setSpeed(Project& p, ObjectId clipId, const Rational& speed) {
    auto [t, c] = clipOrThrow(p, clipId);
    requireUnlocked(*t);
    c->speed = speed;
    settleMainTrack(p);
    checkInvariants(p);
}

void updateClip(Project& p, const Clip& clip) {
    auto [t, c] = clipOrThrow(p, clip.id);
    requireUnlocked(*t);
    *c = clip;
    sortClips(*t);
    settleMainTrack(p);
    checkInvariants(p);
}

void updateTrack(Project& p, const Track& track) {
    Track& t = trackOrThrow(p, track.id);
    if (t.kind != track.kind) {
        throw EditError("a track's kind cannot change");
    }
    t = track;
    sortClips(t);
    settleMainTrack(p);
    checkInvariants(p);
}

void setMagneticMainTrack(Project& p, bool on) {
    p.magneticMainTrack = on;
    const Track* main = mainTrack(p);
    if (on && main != nullptr && main->locked) {
        Project packed = p;
        settleMainTrack(packed);
        if (!(packed == p)) {
            throw EditError("track \"" + main->name + "\" is locked");
        }
    }
    settleMainTrack(p);
    checkInvariants(p);
}

std::string uniqueTrackName(const Project& p, const std::string& base) {
    auto taken = [&p](const std::string& name) {
        return std::any_of(p.tracks.begin(), p.tracks.end(),
                           [&](const Track& t) { return t.name == name; });
    };
    if (!taken(base)) {
        return base;
    }
    for (int n = 2;; ++n) {
        const std::string name = base + " " + std::to_string(n);
        if (!taken(name)) {
            return name;
        }
    }
}

void setCanvas(Project& p, int width, int height, const FrameRate& rate) {
    if (width < 16 || height < 16 || width > 8192 || height > 8192 || width % 2 || height % 2) {
        throw EditError("the canvas must be between 16 and 8192 pixels and even in both sizes");
    }
    if (rate < Rational(1) || rate > Rational(240)) {
        throw EditError("the frame rate must be between 1 and 240");
    }
    p.width = width;
    p.height = height;
    p.frameRate = rate;
}

} // namespace reelcut::edit
