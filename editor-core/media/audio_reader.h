#pragma once

#include "time/rational.h"

#include <boost/filesystem/path.hpp>
#include <memory>
#include <string>

namespace reelcut {

// The one format everything is mixed in: 48 kHz, stereo, interleaved 32-bit float.
inline constexpr int kMixSampleRate = 48000;
inline constexpr int kMixChannels = 2;

// How a source's sound is played: speed, pitch and effects.
struct AudioShape {
    Rational speed{1};         // 0.25 to 4; 2 = twice as fast
    bool keepPitch = true;     // time-stretch (Rubber Band) or play like a tape (pitch follows)
    double pitchSemitones = 0; // pitch shift on top (voice effects), Rubber Band
    std::string filters;       // FFmpeg audio filters applied first (noise reduction, EQ...)
    int filterDelay = 0;       // samples (48 kHz) those filters delay the sound by

    friend bool operator==(const AudioShape&, const AudioShape&) = default;
};

// Reads a source's audio in the mix format, optionally played faster or slower with the
// pitch kept (Rubber Band's R3 engine), pitch-shifted or filtered. A file without audio
// reads as silence.
class AudioReader {
public:
    explicit AudioReader(const boost::filesystem::path& file); // throws MediaError
    ~AudioReader();
    AudioReader(const AudioReader&) = delete;
    AudioReader& operator=(const AudioReader&) = delete;

    bool hasAudio() const;

    // Fills `frames` stereo frames (2 * frames floats) with the source from source time
    // `start` on, played at `speed` (0.25 to 4; 2 = twice as fast). The samples cover
    // source times [start, start + frames * speed / 48000). Before 0 or past the end of
    // the audio: silence. A read that starts exactly where the previous one ended, at the
    // same speed, decodes on; anything else seeks (sample-exact).
    // keepPitch: time-stretch (Rubber Band, start delay compensated: transients stay
    // within a few ms) or play faster/slower like a tape (pitch follows speed, sample-exact).
    void read(const Time& start, const Rational& speed, float* out, int frames,
              bool keepPitch = true);
    // The same with effects: a change of shape seeks (the effects start afresh).
    void read(const Time& start, const AudioShape& shape, float* out, int frames);

    int seekCount() const;

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

} // namespace reelcut
