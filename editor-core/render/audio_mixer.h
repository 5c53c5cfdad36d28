#pragma once

#include "model/project.h"
#include "render/media_pool.h"

#include <cstdint>
#include <vector>

namespace reelcut {

// Mixes a project's sound for any range of timeline samples at 48 kHz stereo float:
// clip audio of picture tracks, audio/music tracks, clip and track gain, fades,
// crossfades, per-track mute. Sample i of the timeline is time i / 48000.
// One instance per thread (it owns its decoders).
class AudioMixer {
public:
    enum class MissingMedia {
        Throw,  // export: a clip on an audio track whose file is missing, unreadable or has
                // no sound stops with a MediaError, as a video clip's picture does
        Silence // preview: it plays as silence (the editor marks it as offline)
    };
    explicit AudioMixer(MissingMedia policy = MissingMedia::Silence) : policy_(policy) {}

    // Writes 2 * frames interleaved floats of timeline samples [first, first + frames).
    void mix(const Project& project, std::int64_t first, int frames, float* out);

private:
    void mixClip(const Track& track, std::size_t index, std::int64_t first, int frames, float* out);

    MissingMedia policy_;
    MediaPool pool_;
    std::vector<float> scratch_;
};

// dB to linear amplitude.
double dbToGain(double db);

} // namespace reelcut
