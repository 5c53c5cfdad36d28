#pragma once

#include <boost/filesystem/path.hpp>
#include <vector>

namespace reelcut {

// What a song's rhythm looks like, in seconds of source time.
struct BeatAnalysis {
    double bpm = 0;                // tempo (60 / median beat interval); 0: no steady beat
    std::vector<double> beats;     // every beat, in order
    std::vector<double> downbeats; // the first beat of each bar; empty when not found
    int beatsPerBar = 0;           // 3 or 4 when downbeats were found, else 0
    std::vector<double> onsets;    // every note or hit that starts
    double duration = 0;           // of the analysed audio

    friend bool operator==(const BeatAnalysis&, const BeatAnalysis&) = default;
};

// Sample rate the analysis runs at: the beat lives below 11 kHz, and half of 44.1 kHz
// halves the work.
inline constexpr int kBeatAnalysisRate = 22050;

// Analyses mono samples (any rate; kBeatAnalysisRate is the fastest). `aubioBeats`, when
// given, receives aubio's own beats before post-processing (for measuring what it adds).
BeatAnalysis analyzeBeatSamples(const std::vector<float>& mono, int sampleRate,
                                std::vector<double>* aubioBeats = nullptr);

// Decodes the file's audio and analyses it. A file without audio gives an empty analysis.
// Throws MediaError.
BeatAnalysis analyzeBeats(const boost::filesystem::path& media);

} // namespace reelcut
