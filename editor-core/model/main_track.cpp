#include "model/main_track.h"

#include <algorithm>

namespace reelcut {

Track* mainTrack(Project& project) {
    for (Track& t : project.tracks) {
        if (t.kind == TrackKind::Video) {
            return &t;
        }
    }
    return nullptr;
}

const Track* mainTrack(const Project& project) {
    return mainTrack(const_cast<Project&>(project));
}

bool isMainTrack(const Project& project, ObjectId track) {
    const Track* main = mainTrack(project);
    return main != nullptr && main->id == track;
}

bool isMagneticMainTrack(const Project& project, ObjectId track) {
    return project.magneticMainTrack && isMainTrack(project, track);
}

std::size_t mainTrackSlot(const Track& track, const Time& at) {
    const auto it = std::find_if(track.clips.begin(), track.clips.end(), [&](const Clip& c) {
        return at < c.start + c.duration() / Rational(2);
    });
    return static_cast<std::size_t>(it - track.clips.begin());
}

void settleMainTrack(Project& project) {
    if (!project.magneticMainTrack) {
        return;
    }
    Track* main = mainTrack(project);
    if (main == nullptr) {
        return;
    }
    Time at(0);
    for (Clip& c : main->clips) {
        c.start = at;
        at = c.end();
    }
}

} // namespace reelcut
