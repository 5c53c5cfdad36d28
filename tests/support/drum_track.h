#pragma once

// Synthetic music with known beats, for measuring beat tracking: a drum kit (kick on every
// beat, snare on the backbeat, hi-hats on eighths, a crash opening every fourth bar) and
// a bass line whose root changes every bar, with optional swing and tempo drift.

#include <QString>
#include <cstdint>
#include <vector>

namespace reelcut::test {

struct DrumTrackSpec {
    double bpm = 120;
    double seconds = 30;
    int beatsPerBar = 4;
    // Swing: the off-beat eighth is played this fraction of a beat late (0 straight, 1/6
    // the usual triplet swing).
    double swing = 0;
    // Tempo drift: the tempo wanders sinusoidally by +-drift (0.04: +-4 %) over 16 bars.
    double drift = 0;
    // Timing noise of each hit, seconds (a human drummer is within about 10 ms).
    double jitter = 0.004;
    std::uint32_t seed = 1;
    int sampleRate = 44100;
};

struct DrumTrack {
    std::vector<float> samples; // mono
    int sampleRate = 44100;
    std::vector<double> beats; // the true beat times, seconds
    std::vector<double> downbeats;
    double bpm = 0; // 60 / median inter-beat interval
};

DrumTrack makeDrumTrack(const DrumTrackSpec& spec);

// A 16-bit PCM WAV file of mono samples.
void writeWav(const QString& file, const std::vector<float>& samples, int sampleRate);

// Beat-tracking F-measure (MIREX): a detection within +-window of an unmatched reference
// beat counts once. References and detections before `skip` seconds are ignored (a
// tracker needs a few beats to lock on).
double beatFMeasure(const std::vector<double>& reference, const std::vector<double>& detected,
                    double window = 0.07, double skip = 0);

} // namespace reelcut::test
