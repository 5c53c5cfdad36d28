#include "record/live_effects.h"

#include "util/log.h"

namespace reelcut {

void LiveEffects::setEffects(std::vector<EffectInstance> effects) {
    effects_ = std::move(effects);
}

void LiveEffects::apply(QImage& frame, const Time& time, const Time& since, double renderScale) {
    if (effects_.empty()) {
        return;
    }
    EffectContext ctx;
    ctx.clipTime = since;
    ctx.sourceTime = time;
    ctx.renderScale = renderScale;
    ctx.sourceSize = frame.size(); // the stream's picture is its own source
    ctx.liveState = &state_;
    for (const EffectInstance& fx : effects_) {
        if (!fx.enabled) {
            continue;
        }
        const Effect* effect = EffectRegistry::instance().find(fx.type);
        if (effect == nullptr) {
            continue;
        }
        try {
            effect->apply(frame, fx.keyframes.empty() ? fx.params : fx.paramsAt(since), ctx);
        } catch (const std::exception& e) {
            qCWarning(lcRecord) << "live effect" << fx.type.c_str() << "failed:" << e.what();
        }
    }
}

} // namespace reelcut
