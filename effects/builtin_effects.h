#pragma once

namespace reelcut {

// Registers every effect of this library into EffectRegistry::instance(). Call once at
// start-up (the GUI, the CLI and tests do); calling again is harmless.
void registerBuiltinEffects();

} // namespace reelcut
