#pragma once

// Finds where someone speaks in a sound, for ducking music under a voice. Speech is voiced
// (a pitch between 70 and 400 Hz in most 20 ms frames), well above the recording's noise
// floor, and keeps changing (syllables rise and fall several times a second, the pitch
// moves); a steady tone, hum, noise or silence is none of these.

#include "analysis/analysis_store.h"

#include <boost/filesystem/path.hpp>
#include <map>
#include <string>
#include <utility>
#include <vector>

namespace reelcut {

struct SpeechRegion {
    double start = 0; // seconds
    double end = 0;

    friend bool operator==(const SpeechRegion&, const SpeechRegion&) = default;
};

// Voice pitch and syllables are all below 4 kHz: 8 kHz keeps them at a quarter of the work.
inline constexpr int kSpeechAnalysisRate = 8000;

// Regions of speech in mono samples at kSpeechAnalysisRate, sorted, not overlapping.
std::vector<SpeechRegion> detectSpeech(const std::vector<float>& mono);

// The level of the quiet moments (10th percentile of 20 ms frames), dBFS at
// kSpeechAnalysisRate: the background noise under a recording.
double noiseFloorDb(const std::vector<float>& mono);

// The speech regions (source time) of media files: analysed once per file and kept, in
// memory and in `store` on disk. Not thread-safe: one per mixer.
class SpeechIndex {
public:
    explicit SpeechIndex(AnalysisStore store = AnalysisStore(AnalysisStore::defaultDir()))
        : store_(std::move(store)) {}
    // Empty for a file without sound or one that cannot be read (the mixer plays it as
    // silence and the picture side reports it).
    const std::vector<SpeechRegion>& regions(const std::string& media);
    // The background noise level of the file (see noiseFloorDb); -90 when unknown.
    double noiseFloor(const std::string& media);

private:
    struct Entry {
        std::vector<SpeechRegion> regions;
        double noiseFloorDb = -90;
    };
    const Entry& entry(const std::string& media);

    AnalysisStore store_;
    std::map<std::string, Entry> known_;
};

} // namespace reelcut
