#include "model/keyframe_edits.h"

#include <algorithm>

namespace reelcut::edit {

namespace {

template <typename Key> void sortKeys(std::vector<Key>& keys) {
    std::stable_sort(keys.begin(), keys.end(),
                     [](const Key& a, const Key& b) { return a.time < b.time; });
}

// Calls fn(keys) for every key list of the clip.
template <typename Fn> void forEachKeyList(Clip& clip, Fn fn) {
    fn(clip.keyframes);
    for (EffectInstance& fx : clip.effects) {
        for (auto& [name, keys] : fx.keyframes) {
            fn(keys);
        }
    }
}

template <typename Fn> void forEachKeyList(const Clip& clip, Fn fn) {
    fn(clip.keyframes);
    for (const EffectInstance& fx : clip.effects) {
        for (const auto& [name, keys] : fx.keyframes) {
            fn(keys);
        }
    }
}

template <typename Key> bool moveIn(std::vector<Key>& keys, const Time& from, const Time& to) {
    const auto it =
        std::find_if(keys.begin(), keys.end(), [&](const Key& k) { return k.time == from; });
    if (it == keys.end()) {
        return false;
    }
    Key moved = *it;
    keys.erase(it);
    std::erase_if(keys, [&](const Key& k) { return k.time == to; });
    moved.time = to;
    keys.push_back(moved);
    sortKeys(keys);
    return true;
}

} // namespace

std::vector<Time> keyTimes(const Clip& clip) {
    std::vector<Time> times;
    forEachKeyList(clip, [&](const auto& keys) {
        for (const auto& k : keys) {
            times.push_back(k.time);
        }
    });
    std::sort(times.begin(), times.end());
    times.erase(std::unique(times.begin(), times.end()), times.end());
    return times;
}

bool moveKeys(Clip& clip, const Time& from, const Time& to) {
    const Time target = std::clamp(to, Time(0), clip.duration());
    bool any = false;
    forEachKeyList(clip, [&](auto& keys) { any = moveIn(keys, from, target) || any; });
    return any;
}

bool deleteKeys(Clip& clip, const Time& at) {
    bool any = false;
    forEachKeyList(clip, [&](auto& keys) {
        any = std::erase_if(keys, [&](const auto& k) { return k.time == at; }) > 0 || any;
    });
    // With no keys left a parameter shows its own value again, as before it was keyed.
    for (EffectInstance& fx : clip.effects) {
        std::erase_if(fx.keyframes, [](const auto& entry) { return entry.second.empty(); });
    }
    return any;
}

std::optional<KeyEasing> easingAt(const Clip& clip, const Time& at) {
    std::optional<KeyEasing> found;
    forEachKeyList(clip, [&](const auto& keys) {
        for (const auto& k : keys) {
            if (!found && k.time == at) {
                found = k.easing;
            }
        }
    });
    return found;
}

void setEasing(Clip& clip, const Time& at, const KeyEasing& easing) {
    forEachKeyList(clip, [&](auto& keys) {
        for (auto& k : keys) {
            if (k.time == at) {
                k.easing = easing;
            }
        }
    });
}

void setParamKey(Clip& clip, std::size_t effect, const std::string& param, const Time& at,
                 double value) {
    if (effect >= clip.effects.size()) {
        return;
    }
    auto& keys = clip.effects[effect].keyframes[param];
    const auto it =
        std::find_if(keys.begin(), keys.end(), [&](const ParamKey& k) { return k.time == at; });
    if (it != keys.end()) {
        it->value = value;
        return;
    }
    // A new key takes the easing of the key before it, so a curve keeps its character.
    KeyEasing easing;
    for (const ParamKey& k : keys) {
        if (k.time < at) {
            easing = k.easing;
        }
    }
    keys.emplace_back(at, value, easing);
    sortKeys(keys);
}

void removeParamKey(Clip& clip, std::size_t effect, const std::string& param, const Time& at,
                    double value) {
    if (effect >= clip.effects.size()) {
        return;
    }
    EffectInstance& fx = clip.effects[effect];
    const auto found = fx.keyframes.find(param);
    if (found == fx.keyframes.end()) {
        return;
    }
    std::erase_if(found->second, [&](const ParamKey& k) { return k.time == at; });
    if (found->second.empty()) {
        fx.keyframes.erase(found);
        fx.params[param] = value;
    }
}

bool hasParamKey(const Clip& clip, std::size_t effect, const std::string& param, const Time& at) {
    if (effect >= clip.effects.size()) {
        return false;
    }
    const auto found = clip.effects[effect].keyframes.find(param);
    return found != clip.effects[effect].keyframes.end() &&
           std::any_of(found->second.begin(), found->second.end(),
                       [&](const ParamKey& k) { return k.time == at; });
}

} // namespace reelcut::edit
