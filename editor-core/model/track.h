#pragma once

#include "model/clip.h"

#include <string>
#include <vector>

namespace reelcut {

enum class TrackKind {
    Video,   // main picture track(s); composited bottom to top with overlays
    Overlay, // picture-in-picture, logos, stickers
    Text,    // titles and captions
    Audio    // voice-over, music and sound effects
};

// Clips on a track are kept sorted by start and never overlap (transitions overlap
// virtually, see Transition).
struct Track {
    ObjectId id = 0;
    TrackKind kind = TrackKind::Video;
    std::string name;
    bool muted = false;  // audio off
    bool hidden = false; // picture off
    bool locked = false; // edits refused
    double volumeDb = 0;
    std::vector<Clip> clips;

    bool hasPicture() const { return kind != TrackKind::Audio; }
    Time end() const { return clips.empty() ? Time(0) : clips.back().end(); }

    friend bool operator==(const Track&, const Track&) = default;
};

} // namespace reelcut
