#pragma once

// The value of one effect or transition parameter: a number (sliders, toggles, colours as
// ARGB), a text (a choice's name, a file, a caption), a point (a position as a fraction of
// the picture) or a curve (points x -> y, for speed ramps and tone curves). Which kind a
// parameter holds is said by its descriptor (effect/effect.h); the project file stores
// each by name and in its natural form ("#ff8800", "warm", [0.5, 0.3]).

#include <cstdint>
#include <map>
#include <string>
#include <type_traits>
#include <variant>
#include <vector>

namespace reelcut {

struct ParamPoint {
    double x = 0.5;
    double y = 0.5;

    friend bool operator==(const ParamPoint&, const ParamPoint&) = default;
};

// One point of a curve; curves keep their points sorted by x.
struct CurvePoint {
    double x = 0;
    double y = 0;

    friend bool operator==(const CurvePoint&, const CurvePoint&) = default;
};
using ParamCurve = std::vector<CurvePoint>;

class ParamValue {
public:
    ParamValue() = default; // the number 0
    template <typename T>
    requires std::is_arithmetic_v<T> ParamValue(T number) : value_(static_cast<double>(number)) {}
    ParamValue(std::string text) : value_(std::move(text)) {}
    ParamValue(const char* text) : value_(std::string(text)) {}
    ParamValue(ParamPoint point) : value_(point) {}
    ParamValue(ParamCurve curve) : value_(std::move(curve)) {}

    bool isNumber() const { return std::holds_alternative<double>(value_); }
    bool isText() const { return std::holds_alternative<std::string>(value_); }
    bool isPoint() const { return std::holds_alternative<ParamPoint>(value_); }
    bool isCurve() const { return std::holds_alternative<ParamCurve>(value_); }

    // The value as its kind, or `fallback` / an empty value when it is another kind.
    double number(double fallback = 0) const {
        const double* d = std::get_if<double>(&value_);
        return d != nullptr ? *d : fallback;
    }
    const std::string& text() const;
    ParamPoint point(ParamPoint fallback = {}) const {
        const ParamPoint* p = std::get_if<ParamPoint>(&value_);
        return p != nullptr ? *p : fallback;
    }
    const ParamCurve& curve() const;

    friend bool operator==(const ParamValue&, const ParamValue&) = default;
    friend bool operator==(const ParamValue& a, double b) {
        return a.isNumber() && a.number() == b;
    }

private:
    std::variant<double, std::string, ParamPoint, ParamCurve> value_ = 0.0;
};

using ParamValues = std::map<std::string, ParamValue>;

// The y of a curve at x: straight lines between points (smooth curves add points), the
// end values held outside. An empty curve is `fallback`.
double curveAt(const ParamCurve& curve, double x, double fallback = 0);

} // namespace reelcut
