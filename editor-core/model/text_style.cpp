#include "model/text_style.h"

#include <array>
#include <utility>

namespace reelcut {

namespace {
constexpr std::array<std::pair<AnimationType, const char*>, 9> kNames{{
    {AnimationType::None, "none"},
    {AnimationType::Fade, "fade"},
    {AnimationType::Pop, "pop"},
    {AnimationType::SlideLeft, "slide-left"},
    {AnimationType::SlideRight, "slide-right"},
    {AnimationType::SlideUp, "slide-up"},
    {AnimationType::SlideDown, "slide-down"},
    {AnimationType::Typewriter, "typewriter"},
    {AnimationType::Bounce, "bounce"},
}};
} // namespace

const char* animationName(AnimationType type) {
    for (const auto& [t, name] : kNames) {
        if (t == type) {
            return name;
        }
    }
    return "none";
}

bool animationFromName(const std::string& name, AnimationType& out) {
    for (const auto& [t, n] : kNames) {
        if (name == n) {
            out = t;
            return true;
        }
    }
    return false;
}

} // namespace reelcut
