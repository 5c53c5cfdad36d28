#pragma once

#include "time/rational.h"

#include <boost/filesystem/path.hpp>
#include <vector>

namespace reelcut {

// The loudness outline of a file's audio for drawing: for each bucket of source time,
// the peak absolute sample over both channels (0..1).
struct Waveform {
    int bucketsPerSecond = 0;
    std::vector<float> peaks; // peaks[i] covers source time [i, i + 1) / bucketsPerSecond

    bool empty() const { return peaks.empty(); }
    // The peak over source time [from, to), 0 outside the audio.
    float peak(double from, double to) const;
};

// Reads the whole audio of `file` through AudioReader (so every format the mixer plays is
// drawn the same way). A file without audio gives an empty waveform. Throws MediaError.
Waveform computeWaveform(const boost::filesystem::path& file, int bucketsPerSecond = 100);

} // namespace reelcut
