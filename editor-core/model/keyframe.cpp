#include "model/keyframe.h"

#include <cmath>

namespace reelcut {

namespace {

struct Handles {
    double x1, y1, x2, y2;
};

Handles handlesOf(const KeyEasing& e) {
    switch (e.type) {
    case Easing::EaseIn:
        return {0.42, 0, 1, 1};
    case Easing::EaseOut:
        return {0, 0, 0.58, 1};
    case Easing::EaseInOut:
        return {0.42, 0, 0.58, 1};
    default:
        return {std::clamp(e.x1, 0.0, 1.0), e.y1, std::clamp(e.x2, 0.0, 1.0), e.y2};
    }
}

// One coordinate of the cubic Bezier (0, p1, p2, 1) at parameter s.
double bezier(double p1, double p2, double s) {
    const double u = 1 - s;
    return 3 * u * u * s * p1 + 3 * u * s * s * p2 + s * s * s;
}

double bezierSlope(double p1, double p2, double s) {
    const double u = 1 - s;
    return 3 * u * u * p1 + 6 * u * s * (p2 - p1) + 3 * s * s * (1 - p2);
}

// y at x on the curve: x(s) is monotonic for handles inside [0, 1], so Newton's method
// from s = x converges in a few steps; bisection takes over where the slope is flat.
double solveBezier(const Handles& h, double x) {
    double s = x;
    for (int i = 0; i < 8; ++i) {
        const double err = bezier(h.x1, h.x2, s) - x;
        if (std::abs(err) < 1e-7) {
            return bezier(h.y1, h.y2, s);
        }
        const double slope = bezierSlope(h.x1, h.x2, s);
        if (std::abs(slope) < 1e-6) {
            break;
        }
        s = std::clamp(s - err / slope, 0.0, 1.0);
    }
    double lo = 0, hi = 1;
    s = x;
    for (int i = 0; i < 40; ++i) {
        const double v = bezier(h.x1, h.x2, s);
        if (std::abs(v - x) < 1e-7) {
            break;
        }
        (v < x ? lo : hi) = s;
        s = (lo + hi) / 2;
    }
    return bezier(h.y1, h.y2, s);
}

} // namespace

double easeProgress(const KeyEasing& easing, double f) {
    f = std::clamp(f, 0.0, 1.0);
    switch (easing.type) {
    case Easing::Linear:
        return f;
    case Easing::Hold:
        return 0;
    default:
        break;
    }
    if (f <= 0 || f >= 1) {
        return f;
    }
    return solveBezier(handlesOf(easing), f);
}

const char* easingName(Easing easing) {
    switch (easing) {
    case Easing::Linear:
        return "linear";
    case Easing::EaseIn:
        return "ease-in";
    case Easing::EaseOut:
        return "ease-out";
    case Easing::EaseInOut:
        return "ease-in-out";
    case Easing::Hold:
        return "hold";
    case Easing::Bezier:
        return "bezier";
    }
    return "linear";
}

bool easingFromName(const std::string& name, Easing& out) {
    for (Easing e : {Easing::Linear, Easing::EaseIn, Easing::EaseOut, Easing::EaseInOut,
                     Easing::Hold, Easing::Bezier}) {
        if (name == easingName(e)) {
            out = e;
            return true;
        }
    }
    return false;
}

double keyedValue(const std::vector<ParamKey>& keys, const Time& t, double fallback) {
    if (keys.empty()) {
        return fallback;
    }
    const KeySegment s = findSegment(keys, t);
    if (s.index < 0) {
        return keys.front().value;
    }
    const ParamKey& a = keys[std::size_t(s.index)];
    if (std::size_t(s.index) + 1 >= keys.size()) {
        return a.value;
    }
    const ParamKey& b = keys[std::size_t(s.index) + 1];
    return a.value + (b.value - a.value) * s.progress;
}

} // namespace reelcut
