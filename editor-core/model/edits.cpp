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
    if (c.ramp.active()) {
        if (const std::string problem = speedCurveProblem(c.ramp.points); !problem.empty()) {
            throw EditError("speed curve " + problem);
        }
        if (c.speed < Rational::fromDouble(kMinRampSpeed) ||
            c.speed > Rational::fromDouble(kMaxRampSpeed)) {
            throw EditError("a speed curve's mean speed must be between 0.1x and 10x");
        }
    } else if (c.speed < Rational::fromDouble(kMinSpeed) ||
               c.speed > Rational::fromDouble(kMaxSpeed)) {
        throw EditError("speed must be between 0.25x and 4x");
    }
    if (c.freezeAt && (c.freezeAt->isNegative() || c.reverse || c.ramp.active())) {
        throw EditError("a freeze frame shows one frame: no reverse, no speed curve");
    }
    if (c.rotate != 0 && c.rotate != 90 && c.rotate != 180 && c.rotate != 270) {
        throw EditError("a clip turns by 0, 90, 180 or 270 degrees");
    }
    const Crop& k = c.crop;
    const auto inRange = [](double v) {
        return v >= 0 && v < 1;
    };
    if (!inRange(k.left) || !inRange(k.top) || !inRange(k.right) || !inRange(k.bottom) ||
        k.left + k.right > 1 - kMinCropKeep || k.top + k.bottom > 1 - kMinCropKeep) {
        throw EditError("a crop must keep at least 5% of the picture each way");
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

namespace {

// Where timeline time t lies in the clip, 0 at its start and 1 at its end.
double clipFraction(const Clip& c, const Time& t) {
    return ((t - c.start) / c.duration()).toDouble();
}

// After a ramped clip's source range or span changed: its speed is again the exact
// ratio of the two, so it still ends where it ended on the timeline grid.
void setSpan(Clip& c, const Time& timelineLength) {
    c.speed = (c.out - c.in) / timelineLength;
}

} // namespace

ObjectId splitClip(Project& p, ObjectId clipId, const Time& t) {
    auto [track, c] = clipOrThrow(p, clipId);
    requireUnlocked(*track);
    if (t <= c->start || t >= c->end()) {
        throw EditError("the split point must be inside the clip");
    }
    Clip right = *c;
    right.id = p.newId();
    const Time cut = c->sourcePosition(t);
    const Time end = c->end();
    const double v = clipFraction(*c, t);
    if (c->reverse) {
        c->in = cut; // the left part shows the later source
        right.out = cut;
    } else {
        c->out = cut;
        right.in = cut;
    }
    if (c->ramp.active()) {
        c->ramp.points = subCurve(c->ramp.points, 0, v);
        right.ramp.points = subCurve(right.ramp.points, v, 1);
        c->ramp.preset.clear();
        right.ramp.preset.clear();
        if (c->out <= c->in || right.out <= right.in) {
            throw EditError("the split point must be inside the clip");
        }
        setSpan(*c, t - c->start);
        setSpan(right, end - t);
    }
    c->fadeOut = Time(0);
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
    if (newStart >= c->end()) {
        throw EditError("trimmed to nothing");
    }
    const Time pos = c->sourcePosition(newStart);
    if (pos.isNegative()) {
        throw EditError("the media has no frames before this point");
    }
    const Time end = c->end();
    if (c->ramp.active()) {
        c->ramp.points = subCurve(c->ramp.points, clipFraction(*c, newStart), 1);
        c->ramp.preset.clear();
    }
    (c->reverse ? c->out : c->in) = pos;
    if (c->out <= c->in) {
        throw EditError("trimmed to nothing");
    }
    if (c->ramp.active()) {
        setSpan(*c, end - newStart);
    }
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
    const Time pos = c->sourcePosition(newEnd);
    if (c->reverse) {
        if (pos.isNegative()) {
            throw EditError("the media has no frames before this point");
        }
    } else if (sourceLength && !c->freezeAt && pos > *sourceLength) {
        throw EditError("the media ends at " + formatTimecode(*sourceLength));
    }
    if (c->ramp.active()) {
        c->ramp.points = subCurve(c->ramp.points, 0, clipFraction(*c, newEnd));
        c->ramp.preset.clear();
    }
    (c->reverse ? c->in : c->out) = pos;
    if (c->out <= c->in) {
        throw EditError("trimmed to nothing");
    }
    if (c->ramp.active()) {
        setSpan(*c, newEnd - c->start);
    }
    settleMainTrack(p);
    checkInvariants(p);
}

void setSpeed(Project& p, ObjectId clipId, const Rational& speed) {
    auto [t, c] = clipOrThrow(p, clipId);
    requireUnlocked(*t);
    c->speed = speed;
    c->ramp = {};
    settleMainTrack(p);
    checkInvariants(p);
}

void setSpeedRamp(Project& p, ObjectId clipId, const SpeedRamp& ramp) {
    auto [t, c] = clipOrThrow(p, clipId);
    requireUnlocked(*t);
    if (c->freezeAt) {
        throw EditError("a freeze frame has no speed");
    }
    if (!ramp.active()) {
        c->ramp = {};
        c->speed = Rational(1);
    } else {
        if (const std::string problem = speedCurveProblem(ramp.points); !problem.empty()) {
            throw EditError("speed curve " + problem);
        }
        c->ramp = ramp;
        setSpan(*c, rampDuration(ramp.points, c->out - c->in, p.frameRate));
    }
    settleMainTrack(p);
    checkInvariants(p);
}

void setReverse(Project& p, ObjectId clipId, bool reverse) {
    auto [t, c] = clipOrThrow(p, clipId);
    requireUnlocked(*t);
    if (c->freezeAt && reverse) {
        throw EditError("a freeze frame cannot play in reverse");
    }
    c->reverse = reverse;
    checkInvariants(p);
}

void setGeometry(Project& p, ObjectId clipId, const Crop& crop, bool flipH, bool flipV,
                 int rotate) {
    auto [t, c] = clipOrThrow(p, clipId);
    requireUnlocked(*t);
    c->crop = crop;
    c->flipH = flipH;
    c->flipV = flipV;
    c->rotate = ((rotate % 360) + 360) % 360;
    checkInvariants(p);
}

ObjectId freezeFrame(Project& p, ObjectId clipId, const Time& at, const Time& length) {
    auto [track, c] = clipOrThrow(p, clipId);
    requireUnlocked(*track);
    if (c->kind != ClipKind::Media) {
        throw EditError("only a video clip can freeze a frame");
    }
    if (!c->contains(at)) {
        throw EditError("the play head must be on the clip to freeze its frame");
    }
    if (length <= Time(0)) {
        throw EditError("a freeze frame must be longer than zero");
    }
    const ObjectId trackId = track->id;
    Clip still = *c;
    still.freezeAt = max(Time(0), c->sourceTime(at));
    if (at > c->start) {
        splitClip(p, clipId, at);
    }
    still.id = p.newId();
    still.start = at;
    still.in = Time(0);
    still.out = length;
    still.speed = Rational(1);
    still.ramp = {};
    still.reverse = false;
    still.fadeIn = still.fadeOut = Time(0);
    still.volumeKeys.clear();
    still.keyframes.clear();
    still.animationIn = {};
    still.animationOut = {};
    still.transitionIn.reset();
    still.loop = false;
    return insertClipRipple(p, trackId, std::move(still));
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
