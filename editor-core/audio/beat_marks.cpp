#include "audio/beat_marks.h"

#include <algorithm>

namespace reelcut {

std::vector<double> beatsOnTimeline(const Clip& clip, const std::vector<double>& sourceBeats) {
    std::vector<double> out;
    const double in = clip.in.toDouble();
    const double out_ = clip.out.toDouble();
    const double start = clip.start.toDouble();
    const double speed = clip.speed.toDouble();
    for (auto it = std::lower_bound(sourceBeats.begin(), sourceBeats.end(), in);
         it != sourceBeats.end() && *it < out_; ++it) {
        out.push_back(start + (*it - in) / speed);
    }
    return out;
}

} // namespace reelcut
