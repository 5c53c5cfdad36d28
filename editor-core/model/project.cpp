#include "model/project.h"

#include <algorithm>

namespace reelcut {

Time Project::duration() const {
    Time end(0);
    for (const auto& t : tracks) {
        end = max(end, t.end());
    }
    return end;
}

std::int64_t Project::frameCount() const {
    // A clip ending part-way through a frame still shows in that frame.
    const Rational frames = duration() * frameRate;
    const std::int64_t whole = frames.floor();
    return Rational(whole) == frames ? whole : whole + 1;
}

Track* Project::findTrack(ObjectId id) {
    for (auto& t : tracks) {
        if (t.id == id) {
            return &t;
        }
    }
    return nullptr;
}

const Track* Project::findTrack(ObjectId id) const {
    return const_cast<Project*>(this)->findTrack(id);
}

std::pair<Track*, Clip*> Project::findClip(ObjectId id) {
    for (auto& t : tracks) {
        for (auto& c : t.clips) {
            if (c.id == id) {
                return {&t, &c};
            }
        }
    }
    return {nullptr, nullptr};
}

std::pair<const Track*, const Clip*> Project::findClip(ObjectId id) const {
    auto [t, c] = const_cast<Project*>(this)->findClip(id);
    return {t, c};
}

std::vector<std::string> Project::allMedia() const {
    std::vector<std::string> out;
    const auto add = [&out](const std::string& media) {
        if (!media.empty() && std::find(out.begin(), out.end(), media) == out.end()) {
            out.push_back(media);
        }
    };
    for (const std::string& m : bin) {
        add(m);
    }
    for (const Track& t : tracks) {
        for (const Clip& c : t.clips) {
            add(c.media); // text clips have none
        }
    }
    return out;
}

Project makeDefaultProject(int width, int height, FrameRate rate) {
    Project p;
    p.width = width;
    p.height = height;
    p.frameRate = rate;
    Track video;
    video.id = p.newId();
    video.kind = TrackKind::Video;
    video.name = "Video";
    p.tracks.push_back(video);
    Track music;
    music.id = p.newId();
    music.kind = TrackKind::Audio;
    music.name = "Music";
    p.tracks.push_back(music);
    return p;
}

} // namespace reelcut
