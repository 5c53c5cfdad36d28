#pragma once

#include "analysis/analysis_store.h"

#include <boost/filesystem/path.hpp>
#include <vector>

namespace reelcut {

// How much a video moves over time, measured cheaply: reference frames only (B-frames are
// skipped), no deblocking, each shrunk to 32x18 grey, compared with the one before.
struct ActivityProfile {
    double step = 0.25;        // seconds between values
    std::vector<float> motion; // mean absolute change per second (0..255 scale) in each step

    bool empty() const { return motion.empty(); }
    // The start of the window of `length` seconds within [0, duration] with the most motion,
    // avoiding the windows in `taken` (pairs of start, end) where it can.
    double mostActiveStart(double length, double duration,
                           const std::vector<std::pair<double, double>>& taken = {}) const;
};

// A file without video (or a still) gives an empty profile. Throws MediaError.
ActivityProfile measureActivity(const boost::filesystem::path& media);
ActivityProfile cachedActivity(const boost::filesystem::path& media, const AnalysisStore& store);

} // namespace reelcut
