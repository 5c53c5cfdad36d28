#pragma once

#include "model/clip.h"

#include <string>
#include <utility>
#include <vector>

namespace reelcut {

enum class TrackKind {
    Video,   // main picture track(s); composited bottom to top with overlays
    Overlay, // picture-in-picture, logos, stickers
    Text,    // titles and captions
    Audio    // voice-over, music and sound effects
};

// A music track that lowers itself while someone speaks on another track (the voice is
// found in the signal of the other tracks' clips, not from where clips are placed).
struct Ducking {
    bool enabled = false;
    double depthDb = 12;  // how far the track goes down under speech
    double attack = 0.2;  // seconds to go down, ending where the speech starts
    double release = 0.5; // seconds to come back up after the speech ends

    friend bool operator==(const Ducking&, const Ducking&) = default;
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
    Ducking ducking;
    std::vector<Clip> clips;

    bool hasPicture() const { return kind != TrackKind::Audio; }
    Time end() const { return clips.empty() ? Time(0) : clips.back().end(); }

    friend bool operator==(const Track&, const Track&) = default;
};

// A track with default flags and mixing: named, so adding a field to Track does not
// shift positional initialisers elsewhere.
inline Track makeTrack(ObjectId id, TrackKind kind, std::string name,
                       std::vector<Clip> clips = {}) {
    Track t;
    t.id = id;
    t.kind = kind;
    t.name = std::move(name);
    t.clips = std::move(clips);
    return t;
}

} // namespace reelcut
