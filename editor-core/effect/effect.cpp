#include "effect/effect.h"

#include "effect/subject_tracker.h"

#include <algorithm>
#include <cmath>

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
    const ParamDescriptor* desc = nullptr;
    for (const auto& p : d.params) {
        if (p.id == id) {
            desc = &p;
        }
    }
    const auto it = values.find(id);
    if (it == values.end()) {
        return desc != nullptr ? desc->defaultValue : 0;
    }
    if (desc == nullptr) {
        return it->second;
    }
    // Files are checked on loading, but an effect must never see a value outside its
    // range, whoever made the project (a blur of 1e308 or NaN stops OpenCV).
    if (std::isnan(it->second)) {
        return desc->defaultValue;
    }
    return std::clamp(it->second, desc->minimum, desc->maximum);
}

} // namespace reelcut
