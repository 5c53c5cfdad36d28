#pragma once

namespace reelcut::transitions {

// Registers every built-in transition into EffectRegistry::instance().
void registerTransitions();

} // namespace reelcut::transitions
