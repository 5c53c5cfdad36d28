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

} // namespace reelcut
