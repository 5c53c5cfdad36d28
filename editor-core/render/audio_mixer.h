#pragma once

#include "audio/ducking.h"
#include "media/audio_reader.h"
#include "model/project.h"
#include "render/media_pool.h"

#include <cstdint>
#include <map>
#include <vector>

namespace reelcut {

// Mixes a project's sound for any range of timeline samples at 48 kHz stereo float:
// clip audio of picture tracks, audio/music tracks, clip and track gain, volume envelopes,
// fades, crossfades (equal power), voice effects, ducking under speech, per-track mute.
// Sample i of the timeline is time i / 48000.
// One instance per thread (it owns its decoders and speech index).
class AudioMixer {
public:
    enum class MissingMedia {
        Throw,  // export: a clip on an audio track whose file is missing, unreadable or has
                // no sound stops with a MediaError, as a video clip's picture does
        Silence // preview: it plays as silence (the editor marks it as offline)
    };
    explicit AudioMixer(MissingMedia policy = MissingMedia::Silence,
                        AnalysisStore store = AnalysisStore(AnalysisStore::defaultDir()))
        : policy_(policy), speech_(std::move(store)) {}
    explicit AudioMixer(AnalysisStore store, MissingMedia policy = MissingMedia::Silence)
        : policy_(policy), speech_(std::move(store)) {}

    // Writes 2 * frames interleaved floats of timeline samples [first, first + frames).
    void mix(const Project& project, std::int64_t first, int frames, float* out);

    // The gain curve ducking applies to `track` (what the timeline draws). Finds speech in
    // the other tracks' media on first use (decoding them), then reuses it.
    DuckingEnvelope ducking(const Project& project, const Track& track);

private:
    void mixClip(const Track& track, std::size_t index, std::int64_t first, int frames, float* out,
                 const DuckingEnvelope* duck);

    // Reads a reversed or ramped clip's sound for timeline samples [first, first + n).
    void readTimed(const Clip& clip, const AudioShape& shape, std::int64_t first, int n,
                   float* out);

    // One piece of a reversed or ramped clip's sound (kTimedPiece long on the timeline),
    // read at one speed in one go; reversed clips read it forward and play it backward.
    struct Piece {
        std::int64_t index = 0;
        std::int64_t first = 0; // timeline sample of samples[0]
        std::vector<float> samples;
        std::uint64_t lastUsed = 0;
    };

    MissingMedia policy_;
    MediaPool pool_;
    SpeechIndex speech_;
    std::vector<float> scratch_;
    std::map<ObjectId, Piece> pieces_;
    std::uint64_t blocks_ = 0;
};

// Crossfade gains at position x (0..1) through a transition: equal power (sin/cos, no
// dip for different sounds) unless the two clips continue one recording, whose samples
// add up in phase and want plain linear ramps.
double crossfadeGain(double x, bool equalPower);

// dB to linear amplitude.
double dbToGain(double db);

} // namespace reelcut
