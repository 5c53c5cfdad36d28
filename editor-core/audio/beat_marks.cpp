#include "audio/beat_marks.h"

#include <algorithm>

namespace reelcut {

std::vector<double> beatsOnTimeline(const Clip& clip, const std::vector<double>& sourceBeats) {
    std::vector<double> out;
    const double in = clip.in.toDouble();
    const double out_ = clip.out.toDouble();
    for (auto it = std::lower_bound(sourceBeats.begin(), sourceBeats.end(), in);
         it != sourceBeats.end() && *it < out_; ++it) {
        if (const std::optional<double> t = clip.timelineOf(*it)) {
            out.push_back(*t);
        }
    }
    std::sort(out.begin(), out.end()); // reversed clips meet them backwards
    return out;
}

} // namespace reelcut
