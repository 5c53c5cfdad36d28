#pragma once

// Keyframes of numeric parameters (a clip's transform, an effect's or a transition's
// sliders) and the easing between them.

#include "time/rational.h"

#include <algorithm>
#include <string>
#include <vector>

namespace reelcut {

enum class Easing {
    Linear,
    EaseIn,    // starts slow (CSS ease-in)
    EaseOut,   // ends slow (CSS ease-out)
    EaseInOut, // both (CSS ease-in-out)
    Hold,      // keeps this key's value until the next key, then jumps
    Bezier     // the handles below, as CSS cubic-bezier(x1, y1, x2, y2)
};

// How the value travels from a key to the next one; belongs to the earlier key.
struct KeyEasing {
    Easing type = Easing::Linear;
    // Bezier handles of the progress curve from (0, 0) to (1, 1); x1 and x2 in [0, 1],
    // y1 and y2 may overshoot (a bounce past the target and back).
    double x1 = 0.25;
    double y1 = 0.1;
    double x2 = 0.25;
    double y2 = 1.0;

    friend bool operator==(const KeyEasing&, const KeyEasing&) = default;
};

// Eased progress for linear progress f in [0, 1].
double easeProgress(const KeyEasing& easing, double f);

const char* easingName(Easing easing);
bool easingFromName(const std::string& name, Easing& out);

// A parameter value at a clip-relative time (for a transition: since it began).
struct ParamKey {
    ParamKey() = default;
    ParamKey(Time t, double v, KeyEasing e = {}) : time(t), value(v), easing(e) {}

    Time time{0};
    double value = 0;
    KeyEasing easing; // towards the next key

    friend bool operator==(const ParamKey&, const ParamKey&) = default;
};

// Where time `t` falls among keys sorted by time: the key before (index), and the eased
// progress towards the next one. index < 0: before the first key; index == last: at or
// after the last key (progress 0).
struct KeySegment {
    std::ptrdiff_t index = -1;
    double progress = 0;
};

template <typename Key> KeySegment findSegment(const std::vector<Key>& keys, const Time& t) {
    KeySegment s;
    if (keys.empty() || t < keys.front().time) {
        return s;
    }
    const auto next = std::upper_bound(keys.begin(), keys.end(), t,
                                       [](const Time& v, const Key& k) { return v < k.time; });
    s.index = (next - keys.begin()) - 1;
    if (next == keys.end()) {
        return s;
    }
    const Key& a = *(next - 1);
    const double f = ((t - a.time) / (next->time - a.time)).toDouble();
    s.progress = easeProgress(a.easing, f);
    return s;
}

// The value of keyed parameter at `t`: the first key's value before it, the last's after.
double keyedValue(const std::vector<ParamKey>& keys, const Time& t, double fallback = 0);

} // namespace reelcut
