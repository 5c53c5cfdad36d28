#include "builtin_effects.h"

#include "blur/gaussian_blur.h"
#include "color/color_adjust.h"
#include "color/looks.h"
#include "color/lut_effect.h"
#include "face/face_effects.h"
#include "key/chroma_key.h"
#include "mask/mask_effect.h"
#include "transitions/transitions.h"

#include <memory>

namespace reelcut {

void registerBuiltinEffects() {
    auto& registry = EffectRegistry::instance();
    registry.add(std::make_unique<ColorAdjustEffect>());
    registry.add(std::make_unique<GaussianBlurEffect>());
    registry.add(std::make_unique<LutEffect>());
    registry.add(std::make_unique<ChromaKeyEffect>());
    registry.add(std::make_unique<MaskEffect>());
    registerLooks();
    face::registerFaceEffects();
    transitions::registerTransitions();
}

} // namespace reelcut
