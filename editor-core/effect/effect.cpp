#include "effect/effect.h"

#include "effect/subject_tracker.h"

#include <algorithm>
#include <cmath>
#include <sstream>
#include <stdexcept>

namespace reelcut {

namespace {

std::string numberText(double v) {
    std::ostringstream s;
    s << v;
    return s.str();
}

std::string rangeProblem(double v, const ParamDescriptor& d) {
    if (!std::isfinite(v)) {
        return "expected a finite number";
    }
    if (v < d.minimum || v > d.maximum) {
        return numberText(v) + " is out of range (" + numberText(d.minimum) + " to " +
               numberText(d.maximum) + ")";
    }
    return {};
}

template <typename T, typename Id>
const T* findById(const std::vector<std::unique_ptr<T>>& list, const Id& id) {
    for (const auto& e : list) {
        if (e->descriptor().id == id) {
            return e.get();
        }
    }
    return nullptr;
}

template <typename T>
void addReplacing(std::vector<std::unique_ptr<T>>& list, std::unique_ptr<T> e) {
    const std::string& id = e->descriptor().id;
    auto same = [&](const auto& x) {
        return x->descriptor().id == id;
    };
    list.erase(std::remove_if(list.begin(), list.end(), same), list.end());
    list.push_back(std::move(e));
}

const ParamValue* lookup(const ParamValues& values, const std::string& id) {
    const auto it = values.find(id);
    return it != values.end() ? &it->second : nullptr;
}

} // namespace

ParamValue ParamDescriptor::defaultParam() const {
    switch (type) {
    case ParamType::Number:
    case ParamType::Toggle:
    case ParamType::Color:
        return defaultValue;
    case ParamType::Choice:
        if (!defaultText.empty()) {
            return defaultText;
        }
        if (!choices.empty()) {
            const auto i = std::clamp<std::size_t>(std::size_t(std::max(0.0, defaultValue)), 0,
                                                   choices.size() - 1);
            return choices[i].id;
        }
        return std::string();
    case ParamType::File:
    case ParamType::Text:
        return defaultText;
    case ParamType::Point:
        return defaultPoint;
    case ParamType::Curve:
        return defaultCurve;
    }
    return defaultValue;
}

int ParamDescriptor::choiceIndex(const std::string& id) const {
    for (std::size_t i = 0; i < choices.size(); ++i) {
        if (choices[i].id == id) {
            return static_cast<int>(i);
        }
    }
    return -1;
}

const ParamDescriptor* EffectDescriptor::param(const std::string& pid) const {
    for (const ParamDescriptor& p : params) {
        if (p.id == pid) {
            return &p;
        }
    }
    return nullptr;
}

std::string paramProblem(const ParamDescriptor& d, const ParamValue& value) {
    switch (d.type) {
    case ParamType::Number:
        if (!value.isNumber()) {
            return "expected a number";
        }
        return rangeProblem(value.number(), d);
    case ParamType::Toggle:
        if (!value.isNumber() || (value.number() != 0 && value.number() != 1)) {
            return "expected true or false";
        }
        return {};
    case ParamType::Color: {
        const double v = value.number(-1);
        if (!value.isNumber() || v < 0 || v > 4294967295.0 || v != std::floor(v)) {
            return "expected a colour like \"#ff8800\" or \"#80ff8800\"";
        }
        return {};
    }
    case ParamType::Choice: {
        if (value.isNumber()) {
            const double i = value.number();
            if (i == std::floor(i) && i >= 0 && i < double(d.choices.size())) {
                return {};
            }
        } else if (value.isText() && d.choiceIndex(value.text()) >= 0) {
            return {};
        }
        std::string names;
        for (const ParamChoice& c : d.choices) {
            names += (names.empty() ? "\"" : ", \"") + c.id + "\"";
        }
        const std::string given = value.isText()     ? "\"" + value.text() + "\""
                                  : value.isNumber() ? numberText(value.number())
                                                     : std::string("the value");
        return given + " is not one of " + names;
    }
    case ParamType::File:
        if (!value.isText()) {
            return "expected a file name";
        }
        if (value.text().empty()) {
            return {}; // no file chosen yet: the effect does nothing
        }
        if (!d.fileSuffix.empty()) {
            const std::string& t = value.text();
            auto lower = [](std::string s) {
                std::transform(s.begin(), s.end(), s.begin(),
                               [](unsigned char c) { return char(std::tolower(c)); });
                return s;
            };
            // One suffix ("cube") or several, separated by spaces ("png svg gif").
            std::string names;
            std::istringstream words(d.fileSuffix);
            for (std::string w; words >> w;) {
                const std::string suffix = "." + w;
                if (t.size() >= suffix.size() &&
                    lower(t.substr(t.size() - suffix.size())) == lower(suffix)) {
                    return {};
                }
                names += (names.empty() ? "" : ", ") + suffix;
            }
            return "\"" + t + "\" is not a " + names + " file";
        }
        return {};
    case ParamType::Text:
        return value.isText() ? std::string() : std::string("expected a text");
    case ParamType::Point: {
        if (!value.isPoint()) {
            return "expected a point [x, y]";
        }
        const ParamPoint p = value.point();
        if (std::string r = rangeProblem(p.x, d); !r.empty()) {
            return "x: " + r;
        }
        if (std::string r = rangeProblem(p.y, d); !r.empty()) {
            return "y: " + r;
        }
        return {};
    }
    case ParamType::Curve: {
        if (!value.isCurve()) {
            return "expected a curve [[x, y], ...]";
        }
        const ParamCurve& c = value.curve();
        for (std::size_t i = 0; i < c.size(); ++i) {
            const std::string at = "point " + std::to_string(i + 1) + ": ";
            if (std::string r = rangeProblem(c[i].x, d); !r.empty()) {
                return at + "x: " + r;
            }
            if (std::string r = rangeProblem(c[i].y, d); !r.empty()) {
                return at + "y: " + r;
            }
            if (i > 0 && c[i].x <= c[i - 1].x) {
                return at + "x must grow from point to point";
            }
        }
        return {};
    }
    }
    return {};
}

void validateParams(const EffectDescriptor& d, const ParamValues& values) {
    for (const auto& [id, value] : values) {
        const ParamDescriptor* p = d.param(id);
        if (p == nullptr) {
            std::string names;
            for (const ParamDescriptor& q : d.params) {
                names += (names.empty() ? "" : ", ") + q.id;
            }
            throw std::invalid_argument(id + ": " + d.id + " has no such parameter (it has " +
                                        (names.empty() ? std::string("none") : names) + ")");
        }
        if (const std::string problem = paramProblem(*p, value); !problem.empty()) {
            throw std::invalid_argument(id + ": " + problem);
        }
    }
}

EffectRegistry& EffectRegistry::instance() {
    static EffectRegistry registry;
    return registry;
}

void EffectRegistry::add(std::unique_ptr<Effect> effect) {
    addReplacing(effects_, std::move(effect));
}

const Effect* EffectRegistry::find(const std::string& id) const {
    return findById(effects_, id);
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

void EffectRegistry::addTransition(std::unique_ptr<TransitionEffect> transition) {
    addReplacing(transitions_, std::move(transition));
}

const TransitionEffect* EffectRegistry::findTransition(const std::string& id) const {
    return findById(transitions_, id);
}

std::vector<const TransitionEffect*> EffectRegistry::transitions() const {
    std::vector<const TransitionEffect*> out;
    for (const auto& t : transitions_) {
        out.push_back(t.get());
    }
    return out;
}

void EffectRegistry::addLook(Look look) {
    std::erase_if(looks_, [&](const Look& l) { return l.id == look.id; });
    looks_.push_back(std::move(look));
}

const Look* EffectRegistry::findLook(const std::string& id) const {
    for (const Look& l : looks_) {
        if (l.id == id) {
            return &l;
        }
    }
    return nullptr;
}

double paramValue(const EffectDescriptor& d, const ParamValues& values, const std::string& id) {
    const ParamDescriptor* p = d.param(id);
    const ParamValue* v = lookup(values, id);
    if (p != nullptr && p->type == ParamType::Choice) {
        if (v != nullptr && v->isNumber()) {
            return v->number();
        }
        const std::string name = v != nullptr && v->isText() ? v->text() : p->defaultParam().text();
        return std::max(0, p->choiceIndex(name));
    }
    const double fallback = p != nullptr ? p->defaultValue : 0;
    if (v == nullptr) {
        return fallback;
    }
    const double x = v->number(fallback);
    if (p == nullptr || p->type != ParamType::Number) {
        return x;
    }
    // Files are checked on loading, but an effect must never see a value outside its
    // range, whoever made the project (a blur of 1e308 or NaN stops OpenCV).
    return std::isnan(x) ? fallback : std::clamp(x, p->minimum, p->maximum);
}

std::string paramText(const EffectDescriptor& d, const ParamValues& values, const std::string& id) {
    const ParamDescriptor* p = d.param(id);
    const ParamValue* v = lookup(values, id);
    if (p != nullptr && p->type == ParamType::Choice && v != nullptr && v->isNumber()) {
        const double i = v->number();
        if (i >= 0 && i < double(p->choices.size())) {
            return p->choices[std::size_t(i)].id;
        }
    }
    if (v != nullptr && v->isText()) {
        return v->text();
    }
    return p != nullptr ? p->defaultParam().text() : std::string();
}

ParamPoint paramPoint(const EffectDescriptor& d, const ParamValues& values, const std::string& id) {
    const ParamDescriptor* p = d.param(id);
    const ParamPoint fallback = p != nullptr ? p->defaultPoint : ParamPoint{};
    const ParamValue* v = lookup(values, id);
    return v != nullptr ? v->point(fallback) : fallback;
}

ParamCurve paramCurve(const EffectDescriptor& d, const ParamValues& values, const std::string& id) {
    const ParamValue* v = lookup(values, id);
    if (v != nullptr && v->isCurve()) {
        return v->curve();
    }
    const ParamDescriptor* p = d.param(id);
    return p != nullptr ? p->defaultCurve : ParamCurve{};
}

const char* paramTypeName(ParamType type) {
    switch (type) {
    case ParamType::Number:
        return "number";
    case ParamType::Toggle:
        return "toggle";
    case ParamType::Color:
        return "color";
    case ParamType::Choice:
        return "choice";
    case ParamType::File:
        return "file";
    case ParamType::Text:
        return "text";
    case ParamType::Point:
        return "point";
    case ParamType::Curve:
        return "curve";
    }
    return "number";
}

} // namespace reelcut
