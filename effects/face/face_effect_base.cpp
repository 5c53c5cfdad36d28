#include "face/face_effect_base.h"

#include "face/face_engine.h"

#include <algorithm>
#include <cmath>

namespace reelcut::face {

ParamDescriptor faceChoiceParam() {
    return {"face", QT_TRANSLATE_NOOP("Effect", "Face (0 = all)"), ParamType::Number, 0, 8, 0,
            false};
}

const FrameFaces& FaceEffectBase::faces(const QImage& frame, const ParamValues& params,
                                        const EffectContext& ctx) const {
    thread_local FrameFaces buffer;
    engine_->facesFor(frame, ctx, buffer);
    const auto it = params.find("face");
    const double wanted = it == params.end() ? 0 : it->second.number();
    const int only = std::isnan(wanted) ? 0 : int(std::lround(std::clamp(wanted, 0.0, 8.0)));
    if (only > 0) {
        std::erase_if(buffer, [only](const Face& f) { return f.id != only; });
    }
    return buffer;
}

} // namespace reelcut::face
