#include "model/clip.h"

#include <algorithm>

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
