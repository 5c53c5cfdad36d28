#include "model/transition_edits.h"

#include <algorithm>

namespace reelcut::edit {

namespace {

Time distance(const Time& a, const Time& b) {
    return a < b ? b - a : a - b;
}

// The track and index of clip `id`; throws EditError.
std::pair<Track*, std::size_t> locate(Project& p, ObjectId id) {
    for (Track& t : p.tracks) {
        for (std::size_t i = 0; i < t.clips.size(); ++i) {
            if (t.clips[i].id == id) {
                return {&t, i};
            }
        }
    }
    throw EditError("no clip with id " + std::to_string(id));
}

} // namespace

std::vector<Cut> cutsOf(const Project& p, ObjectId trackId) {
    std::vector<Cut> cuts;
    const Track* t = p.findTrack(trackId);
    if (t == nullptr || !t->hasPicture()) {
        return cuts;
    }
    for (std::size_t i = 1; i < t->clips.size(); ++i) {
        const Clip& a = t->clips[i - 1];
        const Clip& b = t->clips[i];
        if (a.end() == b.start && a.kind == ClipKind::Media && b.kind == ClipKind::Media) {
            cuts.push_back(Cut{t->id, a.id, b.id, b.start});
        }
    }
    return cuts;
}

std::optional<Cut> cutNear(const Project& p, ObjectId track, const Time& t, const Time& tolerance) {
    std::optional<Cut> best;
    for (const Cut& c : cutsOf(p, track)) {
        const Time d = distance(c.at, t);
        if (d <= tolerance && (!best || d < distance(best->at, t))) {
            best = c;
        }
    }
    return best;
}

Time maxTransitionDuration(const Project& p, ObjectId incoming) {
    const auto [track, clip] = p.findClip(incoming);
    if (track == nullptr) {
        return Time(0);
    }
    const auto it = std::find_if(track->clips.begin(), track->clips.end(),
                                 [&](const Clip& c) { return c.id == incoming; });
    if (it == track->clips.begin()) {
        return Time(0);
    }
    return min(std::prev(it)->duration(), it->duration());
}

void setTransition(Project& p, ObjectId incoming, Transition transition) {
    auto [track, index] = locate(p, incoming);
    if (track->locked) {
        throw EditError("track \"" + track->name + "\" is locked");
    }
    if (!track->hasPicture()) {
        throw EditError("transitions go between pictures; on audio tracks use fades");
    }
    if (index == 0 || track->clips[index - 1].end() != track->clips[index].start) {
        throw EditError("a transition needs a clip right before this one, without a gap");
    }
    if (transition.duration <= Time(0)) {
        throw EditError("a transition must be longer than zero");
    }
    transition.duration = min(transition.duration, maxTransitionDuration(p, incoming));
    track->clips[index].transitionIn = std::move(transition);
    checkInvariants(p);
}

ObjectId transitionTargetFor(const Project& p, ObjectId clip) {
    const auto [track, c] = p.findClip(clip);
    if (c == nullptr) {
        return 0;
    }
    for (const Cut& cut : cutsOf(p, track->id)) {
        if (cut.incoming == clip) {
            return clip;
        }
    }
    for (const Cut& cut : cutsOf(p, track->id)) {
        if (cut.outgoing == clip) {
            return cut.incoming;
        }
    }
    return 0;
}

void removeTransition(Project& p, ObjectId incoming) {
    auto [track, index] = locate(p, incoming);
    if (track->locked) {
        throw EditError("track \"" + track->name + "\" is locked");
    }
    track->clips[index].transitionIn.reset();
}

} // namespace reelcut::edit
