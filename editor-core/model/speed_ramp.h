#pragma once

// Speed ramps (CapCut's "curve" speed): a clip's speed changes along it. The curve's x is
// the position through the clip on the timeline (0 its start, 1 its end), its y the
// speed there (0.1x .. 10x), straight lines between points. The clip's source range is
// played through the curve's running integral, scaled so it ends exactly at the out
// point: timeline time is exact (Rational) and frame-aligned, the source side is the
// curve's shape (doubles, read at microsecond precision).

#include "model/param_value.h"
#include "time/rational.h"

#include <string>
#include <string_view>
#include <vector>

namespace reelcut {

inline constexpr double kMinRampSpeed = 0.1;
inline constexpr double kMaxRampSpeed = 10.0;

struct SpeedRamp {
    std::string preset; // "montage", "hero", "bullet", "flash_in", "flash_out", or "" (custom)
    ParamCurve points;  // empty: the clip plays at its constant speed

    bool active() const { return !points.empty(); }
    friend bool operator==(const SpeedRamp&, const SpeedRamp&) = default;
};

// The presets' ids, in the order the GUI lists them.
const std::vector<std::string_view>& speedRampPresets();
// The curve of a preset; empty for an unknown id.
ParamCurve speedRampPreset(std::string_view id);
// The preset's name for people (untranslated source text for tr()/QT_TRANSLATE_NOOP).
const char* speedRampPresetName(std::string_view id);

// Empty when the curve is usable, else what is wrong with it (for error messages):
// at least two points, x from exactly 0 to exactly 1 and increasing, y within
// kMinRampSpeed..kMaxRampSpeed.
std::string speedCurveProblem(const ParamCurve& curve);

// The curve's mean speed: its integral over 0..1.
double curveMean(const ParamCurve& curve);
// The share of the curve's integral reached at x (0 at 0, 1 at 1); outside 0..1 it goes
// on at the end speeds, so transitions and trims past the clip's ends read on.
double curveProgress(const ParamCurve& curve, double x);
// The x at which curveProgress reaches `share` (the inverse), for 0 <= share <= 1.
double curveInverse(const ParamCurve& curve, double share);
// The part of the curve between x = a and x = b (a < b, either may lie outside 0..1),
// stretched back to 0..1: a split or trimmed clip keeps the speeds it had there.
ParamCurve subCurve(const ParamCurve& curve, double a, double b);

// The timeline duration of `sourceLength` seconds of source played through `curve`,
// snapped to the frame grid of `rate` (at least one frame): length / mean speed.
Time rampDuration(const ParamCurve& curve, const Time& sourceLength, const FrameRate& rate);

} // namespace reelcut
