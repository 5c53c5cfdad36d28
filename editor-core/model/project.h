#pragma once

#include "model/template_spec.h"
#include "model/track.h"

#include <cstdint>
#include <string>
#include <vector>

namespace reelcut {

// A whole edit: canvas, rate and tracks. A plain value: copying it is how edits are made
// all-or-nothing and how undo keeps its states. Tracks are listed bottom to top.
struct Project {
    static constexpr int kFormatVersion = 1;

    int width = 1080; // 9:16 is the default: short video is vertical
    int height = 1920;
    FrameRate frameRate{30};
    std::uint32_t background = 0xff000000; // ARGB
    std::vector<Track> tracks;
    ObjectId nextId = 1;
    // CapCut's main track: the bottom video track keeps its clips end to end from 0
    // (edits close gaps and push later clips; see model/main_track.h).
    bool magneticMainTrack = false;
    // The media bin: files imported into the project, used on the timeline or not, in
    // the order they were imported (absolute paths or builtin: names, like Clip::media).
    std::vector<std::string> bin;
    // Fields and their uses when the project is a template (model/template_spec.h);
    // the properties show the fields' defaults.
    TemplateSpec templateSpec;

    ObjectId newId() { return nextId++; }
    Time duration() const;
    std::int64_t frameCount() const; // frames at frameRate covering duration()

    Track* findTrack(ObjectId id);
    const Track* findTrack(ObjectId id) const;
    // The clip with this id and the track holding it, or {nullptr, nullptr}.
    std::pair<Track*, Clip*> findClip(ObjectId id);
    std::pair<const Track*, const Clip*> findClip(ObjectId id) const;
    // Every media file of the project, each once: the bin's in its order, then those of
    // clips not in the bin, in track order (what the media panels list).
    std::vector<std::string> allMedia() const;

    friend bool operator==(const Project&, const Project&) = default;
};

// A project with one video track and one audio track, for a new document.
Project makeDefaultProject(int width = 1080, int height = 1920, FrameRate rate = FrameRate(30));

} // namespace reelcut
