#include "transitions/transitions.h"

#include "transitions/blend_transitions.h"
#include "transitions/move_transitions.h"
#include "transitions/stylised_transitions.h"
#include "transitions/wipe_transitions.h"
#include "transitions/zoom_transitions.h"

#include <memory>

namespace reelcut::transitions {

void registerTransitions() {
    auto& r = EffectRegistry::instance();
    r.addTransition(std::make_unique<Crossfade>());
    r.addTransition(std::make_unique<DipToColor>(
        "dip-black", QT_TRANSLATE_NOOP("Effect", "Dip to black"), 0xff000000u));
    r.addTransition(std::make_unique<DipToColor>(
        "dip-white", QT_TRANSLATE_NOOP("Effect", "Dip to white"), 0xffffffffu));
    r.addTransition(std::make_unique<Wipe>());
    r.addTransition(std::make_unique<Iris>());
    r.addTransition(std::make_unique<Slide>());
    r.addTransition(std::make_unique<Push>());
    r.addTransition(std::make_unique<Zoom>(true));
    r.addTransition(std::make_unique<Zoom>(false));
    r.addTransition(std::make_unique<Spin>());
    r.addTransition(std::make_unique<BlurTransition>());
    r.addTransition(std::make_unique<Glitch>());
}

} // namespace reelcut::transitions
