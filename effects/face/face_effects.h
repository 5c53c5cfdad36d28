#pragma once

namespace reelcut::face {

// Registers the face effects (category "Face") into EffectRegistry::instance(), all
// sharing one FaceEngine. Called by registerBuiltinEffects().
void registerFaceEffects();

} // namespace reelcut::face
