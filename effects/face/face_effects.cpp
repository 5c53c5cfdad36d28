#include "face/face_effects.h"

#include "face/face_beauty_effect.h"
#include "face/face_debug_effect.h"
#include "face/face_engine.h"
#include "face/face_mask_effect.h"
#include "face/face_privacy_effect.h"
#include "face/face_reframe.h"
#include "face/face_sticker_effect.h"
#include "face/face_warp_effect.h"

namespace reelcut::face {

void registerFaceEffects() {
    auto& registry = EffectRegistry::instance();
    if (registry.find("face.sticker") != nullptr) {
        return;
    }
    // The model itself loads on first use, not here: start-up stays fast.
    auto engine = std::make_shared<FaceEngine>();
    registry.add(std::make_unique<FaceStickerEffect>(engine));
    registry.add(std::make_unique<FaceWarpEffect>(engine));
    registry.add(std::make_unique<FaceBeautyEffect>(engine));
    registry.add(std::make_unique<FaceMaskEffect>(engine));
    registry.add(std::make_unique<FacePrivacyEffect>(engine));
    registry.add(std::make_unique<FaceDebugEffect>(engine));
    // Auto reframe follows faces with the same engine (and the same analysis caches).
    registry.setSubjectTracker(std::make_shared<FaceSubjectTracker>(engine));
}

} // namespace reelcut::face
