#include "model/clip.h"

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

} // namespace reelcut
