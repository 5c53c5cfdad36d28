#include "model/clip.h"

#include <algorithm>
#include <cmath>

namespace reelcut {

namespace {

ParamValues keyedParams(const ParamValues& params,
                        const std::map<std::string, std::vector<ParamKey>>& keyframes,
                        const Time& since) {
    ParamValues out = params;
    for (const auto& [name, keys] : keyframes) {
        if (!keys.empty()) {
            out[name] = keyedValue(keys, since);
        }
    }
    return out;
}

} // namespace

ParamValues EffectInstance::paramsAt(const Time& since) const {
    return keyedParams(params, keyframes, since);
}

ParamValues Transition::paramsAt(const Time& since) const {
    return keyedParams(params, keyframes, since);
}

namespace {

// Source seconds are read from a ramp at this precision: finer than any frame or sample
// period that matters, coarse enough to keep the fractions small.
constexpr std::int64_t kRampTicks = 1000000;

} // namespace

Time Clip::sourcePosition(const Time& t) const {
    const Time length = out - in;
    Time progress = (t - start) * speed; // source seconds played since the start
    if (ramp.active() && !freezeAt) {
        const double share = curveProgress(ramp.points, ((t - start) / duration()).toDouble());
        const double seconds = share * length.toDouble();
        progress = Rational(std::llround(seconds * double(kRampTicks)), kRampTicks);
        // Exact at the ends, whatever the rounding: a ramped clip starts on `in` and ends
        // on `out`.
        if (t == start) {
            progress = Time(0);
        } else if (t == end()) {
            progress = length;
        }
    }
    return reverse && !freezeAt ? out - progress : in + progress;
}

Time Clip::sourceTime(const Time& t) const {
    if (freezeAt) {
        return *freezeAt;
    }
    const Time pos = sourcePosition(t);
    return reverse ? pos - kReverseLead : pos;
}

double Clip::speedAt(const Time& t) const {
    if (freezeAt) {
        return 0;
    }
    if (!ramp.active()) {
        return speed.toDouble();
    }
    const double x = std::clamp(((t - start) / duration()).toDouble(), 0.0, 1.0);
    return curveAt(ramp.points, x, 1) * speed.toDouble() / curveMean(ramp.points);
}

std::optional<double> Clip::timelineOf(double source) const {
    if (freezeAt) {
        return std::nullopt;
    }
    const double length = (out - in).toDouble();
    double share = (source - in.toDouble()) / length;
    if (reverse) {
        share = 1 - share;
    }
    const double x = ramp.active() && share >= 0 && share <= 1
                         ? curveInverse(ramp.points, share)
                         : share * (ramp.active() ? curveMean(ramp.points) : 1.0);
    return start.toDouble() + x * duration().toDouble();
}

double volumeKeyDbAt(const std::vector<VolumeKey>& keys, double since) {
    if (keys.empty()) {
        return 0;
    }
    if (since <= keys.front().time.toDouble()) {
        return keys.front().db;
    }
    if (since >= keys.back().time.toDouble()) {
        return keys.back().db;
    }
    const auto next =
        std::upper_bound(keys.begin(), keys.end(), since,
                         [](double t, const VolumeKey& k) { return t < k.time.toDouble(); });
    const VolumeKey& a = *(next - 1);
    const VolumeKey& b = *next;
    const double ta = a.time.toDouble();
    const double tb = b.time.toDouble();
    const double f = tb > ta ? (since - ta) / (tb - ta) : 1.0;
    return a.db + (b.db - a.db) * f;
}

} // namespace reelcut
