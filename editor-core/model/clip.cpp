#include "model/clip.h"

#include <algorithm>

namespace reelcut {

std::map<std::string, double> EffectInstance::paramsAt(const Time& since) const {
    std::map<std::string, double> out = params;
    for (const auto& [name, keys] : keyframes) {
        if (keys.empty()) {
            continue;
        }
        if (since <= keys.front().time) {
            out[name] = keys.front().value;
            continue;
        }
        if (since >= keys.back().time) {
            out[name] = keys.back().value;
            continue;
        }
        const auto next =
            std::upper_bound(keys.begin(), keys.end(), since,
                             [](const Time& t, const ParamKey& k) { return t < k.time; });
        const ParamKey& a = *(next - 1);
        const ParamKey& b = *next;
        const double f = ((since - a.time) / (b.time - a.time)).toDouble();
        out[name] = a.value + (b.value - a.value) * f;
    }
    return out;
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
