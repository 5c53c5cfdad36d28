#include "builtin_effects.h"

#include "blur/gaussian_blur.h"
#include "color/color_adjust.h"
#include "face/face_effects.h"

#include <memory>

namespace reelcut {

void registerBuiltinEffects() {
    auto& registry = EffectRegistry::instance();
    registry.add(std::make_unique<ColorAdjustEffect>());
    registry.add(std::make_unique<GaussianBlurEffect>());
    face::registerFaceEffects();
}

} // namespace reelcut
