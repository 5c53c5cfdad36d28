#include "model/param_value.h"

#include <algorithm>

namespace reelcut {

const std::string& ParamValue::text() const {
    static const std::string empty;
    const std::string* s = std::get_if<std::string>(&value_);
    return s != nullptr ? *s : empty;
}

const ParamCurve& ParamValue::curve() const {
    static const ParamCurve empty;
    const ParamCurve* c = std::get_if<ParamCurve>(&value_);
    return c != nullptr ? *c : empty;
}

double curveAt(const ParamCurve& curve, double x, double fallback) {
    if (curve.empty()) {
        return fallback;
    }
    if (x <= curve.front().x) {
        return curve.front().y;
    }
    if (x >= curve.back().x) {
        return curve.back().y;
    }
    const auto next = std::upper_bound(curve.begin(), curve.end(), x,
                                       [](double v, const CurvePoint& p) { return v < p.x; });
    const CurvePoint& a = *(next - 1);
    const CurvePoint& b = *next;
    const double span = b.x - a.x;
    return span <= 0 ? b.y : a.y + (b.y - a.y) * (x - a.x) / span;
}

} // namespace reelcut
