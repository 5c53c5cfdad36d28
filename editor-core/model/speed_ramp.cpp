#include "model/speed_ramp.h"

#include <QtGlobal>
#include <algorithm>
#include <cmath>
#include <cstdio>

namespace reelcut {

namespace {

struct Preset {
    std::string_view id;
    const char* name;
    ParamCurve curve;
};

// Shapes after CapCut's curve presets: where each speeds up and slows down.
const std::vector<Preset>& presets() {
    static const std::vector<Preset> all = {
        {"montage",
         QT_TRANSLATE_NOOP("SpeedRamp", "Montage"),
         {{0, 1}, {0.2, 1}, {0.32, 4}, {0.45, 4}, {0.55, 0.5}, {0.7, 0.5}, {0.82, 2}, {1, 2}}},
        {"hero",
         QT_TRANSLATE_NOOP("SpeedRamp", "Hero"),
         {{0, 1.5}, {0.3, 1.5}, {0.42, 0.25}, {0.58, 0.25}, {0.7, 1.5}, {1, 1.5}}},
        {"bullet",
         QT_TRANSLATE_NOOP("SpeedRamp", "Bullet"),
         {{0, 3}, {0.3, 3}, {0.42, 0.2}, {0.62, 0.2}, {0.75, 3}, {1, 3}}},
        {"flash_in",
         QT_TRANSLATE_NOOP("SpeedRamp", "Flash in"),
         {{0, 5}, {0.25, 5}, {0.5, 1}, {1, 1}}},
        {"flash_out",
         QT_TRANSLATE_NOOP("SpeedRamp", "Flash out"),
         {{0, 1}, {0.5, 1}, {0.75, 5}, {1, 5}}},
    };
    return all;
}

// The integral of the curve from 0 to x, for 0 <= x <= 1 (trapezoids).
double integralTo(const ParamCurve& c, double x) {
    double sum = 0;
    for (std::size_t i = 1; i < c.size(); ++i) {
        const CurvePoint& a = c[i - 1];
        const CurvePoint& b = c[i];
        if (x <= a.x) {
            break;
        }
        const double to = std::min(x, b.x);
        const double yTo = curveAt(c, to, 1);
        sum += (to - a.x) * (a.y + yTo) / 2;
    }
    return sum;
}

} // namespace

const std::vector<std::string_view>& speedRampPresets() {
    static const std::vector<std::string_view> ids = [] {
        std::vector<std::string_view> v;
        for (const Preset& p : presets()) {
            v.push_back(p.id);
        }
        return v;
    }();
    return ids;
}

ParamCurve speedRampPreset(std::string_view id) {
    for (const Preset& p : presets()) {
        if (p.id == id) {
            return p.curve;
        }
    }
    return {};
}

const char* speedRampPresetName(std::string_view id) {
    for (const Preset& p : presets()) {
        if (p.id == id) {
            return p.name;
        }
    }
    return QT_TRANSLATE_NOOP("SpeedRamp", "Custom");
}

std::string speedCurveProblem(const ParamCurve& c) {
    if (c.size() < 2) {
        return "needs at least two points";
    }
    if (c.size() > 64) {
        return "has more than 64 points";
    }
    char buf[160];
    for (std::size_t i = 0; i < c.size(); ++i) {
        const CurvePoint& p = c[i];
        if (!std::isfinite(p.x) || !std::isfinite(p.y)) {
            std::snprintf(buf, sizeof buf, "point %zu is not a number", i + 1);
            return buf;
        }
        if (p.y < kMinRampSpeed || p.y > kMaxRampSpeed) {
            std::snprintf(buf, sizeof buf, "point %zu: speed %g is not between %g and %g", i + 1,
                          p.y, kMinRampSpeed, kMaxRampSpeed);
            return buf;
        }
        if (i > 0 && !(p.x > c[i - 1].x)) {
            std::snprintf(buf, sizeof buf, "point %zu: x must be after the point before", i + 1);
            return buf;
        }
    }
    if (c.front().x != 0 || c.back().x != 1) {
        return "must run from x = 0 to x = 1";
    }
    return {};
}

double curveMean(const ParamCurve& c) {
    return c.empty() ? 1.0 : integralTo(c, 1.0);
}

double curveProgress(const ParamCurve& c, double x) {
    if (c.empty()) {
        return x;
    }
    const double total = integralTo(c, 1.0);
    if (x < 0) {
        return x * c.front().y / total;
    }
    if (x > 1) {
        return 1 + (x - 1) * c.back().y / total;
    }
    return integralTo(c, x) / total;
}

double curveInverse(const ParamCurve& c, double share) {
    if (c.empty()) {
        return share;
    }
    const double target = std::clamp(share, 0.0, 1.0) * integralTo(c, 1.0);
    double sum = 0;
    for (std::size_t i = 1; i < c.size(); ++i) {
        const CurvePoint& a = c[i - 1];
        const CurvePoint& b = c[i];
        const double area = (b.x - a.x) * (a.y + b.y) / 2;
        if (sum + area >= target || i + 1 == c.size()) {
            // Solve a.y*d + (b.y-a.y)/(2w)*d^2 = rest for d in 0..w.
            const double rest = target - sum;
            const double w = b.x - a.x;
            const double k = (b.y - a.y) / (2 * w);
            double d = 0;
            if (std::fabs(k) < 1e-12) {
                d = rest / a.y;
            } else {
                d = (-a.y + std::sqrt(std::max(0.0, a.y * a.y + 4 * k * rest))) / (2 * k);
            }
            return std::clamp(a.x + d, a.x, b.x);
        }
        sum += area;
    }
    return 1;
}

ParamCurve subCurve(const ParamCurve& c, double a, double b) {
    if (c.empty() || !(b > a)) {
        return c;
    }
    ParamCurve out;
    auto add = [&](double x, double y) {
        out.push_back({std::clamp((x - a) / (b - a), 0.0, 1.0), y});
    };
    add(a, curveAt(c, a, 1));
    for (const CurvePoint& p : c) {
        if (p.x > a && p.x < b) {
            add(p.x, p.y);
        }
    }
    add(b, curveAt(c, b, 1));
    out.front().x = 0;
    out.back().x = 1;
    // Points squeezed together by the rescale (a trim a hair from a point) are dropped.
    ParamCurve kept;
    for (const CurvePoint& p : out) {
        if (kept.empty() || p.x > kept.back().x + 1e-9 || &p == &out.back()) {
            if (!kept.empty() && !(p.x > kept.back().x)) {
                kept.back() = p;
            } else {
                kept.push_back(p);
            }
        }
    }
    return kept;
}

Time rampDuration(const ParamCurve& curve, const Time& sourceLength, const FrameRate& rate) {
    const double seconds = sourceLength.toDouble() / curveMean(curve);
    const auto frames = std::max<std::int64_t>(1, std::llround(seconds * rate.toDouble()));
    return frameTime(frames, rate);
}

} // namespace reelcut
