#include "effect/effect.h"

#include "effect/subject_tracker.h"

#include <algorithm>

namespace reelcut {

EffectRegistry& EffectRegistry::instance() {
    static EffectRegistry registry;
    return registry;
}

void EffectRegistry::add(std::unique_ptr<Effect> effect) {
    const std::string& id = effect->descriptor().id;
    auto same = [&](const auto& e) {
        return e->descriptor().id == id;
    };
    effects_.erase(std::remove_if(effects_.begin(), effects_.end(), same), effects_.end());
    effects_.push_back(std::move(effect));
}

const Effect* EffectRegistry::find(const std::string& id) const {
    for (const auto& e : effects_) {
        if (e->descriptor().id == id) {
            return e.get();
        }
    }
    return nullptr;
}

std::vector<const Effect*> EffectRegistry::all() const {
    std::vector<const Effect*> out;
    for (const auto& e : effects_) {
        out.push_back(e.get());
    }
    return out;
}

void EffectRegistry::setSubjectTracker(std::shared_ptr<const SubjectTracker> tracker) {
    subjectTracker_ = std::move(tracker);
}

double paramValue(const EffectDescriptor& d, const ParamValues& values, const std::string& id) {
    if (auto it = values.find(id); it != values.end()) {
        return it->second;
    }
    for (const auto& p : d.params) {
        if (p.id == id) {
            return p.defaultValue;
        }
    }
    return 0;
}

} // namespace reelcut
