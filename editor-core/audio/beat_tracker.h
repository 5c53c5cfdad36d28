#pragma once

// The rhythm post-processing behind analyzeBeats, on onset-strength curves (no aubio here,
// so it can be tested on curves alone). aubio's tracker alone often locks on twice or half
// the tempo and drifts off the hits; these steps decide the metrical level, follow tempo
// changes and put each beat on its hit.

#include <array>
#include <vector>

namespace reelcut::beat {

// Onset strength sampled at a fixed frame rate: frame i stands for time
// offset + i / frameRate.
struct OnsetCurves {
    double frameRate = 0;
    double offset = 0;
    std::vector<float> full;  // spectral flux of the whole spectrum
    std::vector<float> drums; // below 5 kHz: kick, snare, bass, chords (no cymbals)
};

// A coarse spectrum of each frame between 30 Hz and 1 kHz (bass and chords), for finding
// where the harmony changes.
struct HarmonyFrames {
    double frameRate = 0;
    double offset = 0;
    int bins = 0;
    std::vector<float> values; // frames * bins, log magnitude
};

// Tempo (beats per minute) best supported by the curve's periodicity, with a mild
// preference for tempi near 110 BPM; 0 when the curve shows none. The metrical level
// (this, half or double) is decided by chooseMetricalLevel.
double estimateTempo(const std::vector<float>& curve, double frameRate);

// Beat frames following `curve` with a dynamic programme (a beat near each strong onset,
// intervals near `period` frames; `localPeriod`, when given, is the period at each frame).
// Tightness: how dearly an interval away from the period is paid for; higher keeps the
// beat steadier against stray strong onsets.
std::vector<int> trackBeats(const std::vector<float>& curve, double period,
                            const std::vector<float>* localPeriod = nullptr,
                            double tightness = 200);

// Among the metrical levels of `bpm` (half, same, double), the one a listener taps: the
// slowest whose off-beats (midpoints between beats) are clearly weaker than its beats.
double chooseMetricalLevel(const OnsetCurves& curves, double bpm);

// The whole chain: level, tracking (twice: the second pass follows the tempo as the first
// found it), alignment to the hits, and trimming of beats in silence. Times in seconds.
std::vector<double> findBeats(const OnsetCurves& curves);

// Bar starts: the meter (3 or 4) and phase whose bars differ most in harmony from one to
// the next (chords change on the bar line), when that choice stands out; else empty
// (beatsPerBar set to 0).
std::vector<double> findDownbeats(const std::vector<double>& beats, const HarmonyFrames& harmony,
                                  int& beatsPerBar);

} // namespace reelcut::beat
