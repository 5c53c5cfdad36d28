#include "effect/look_edits.h"

#include <algorithm>

namespace reelcut {

void applyLook(Clip& clip, const Look& look) {
    const auto it = std::find_if(clip.effects.begin(), clip.effects.end(),
                                 [&](const EffectInstance& e) { return e.type == look.effect; });
    if (it == clip.effects.end()) {
        EffectInstance fx;
        fx.type = look.effect;
        fx.params = look.params;
        clip.effects.push_back(std::move(fx));
        return;
    }
    for (const auto& [k, v] : look.params) {
        it->params[k] = v;
    }
    it->enabled = true;
}

void applyLutFile(Clip& clip, const std::string& file) {
    applyLook(clip, Look{"", "", "", "color.lut", ParamValues{{"file", file}}});
}

} // namespace reelcut
