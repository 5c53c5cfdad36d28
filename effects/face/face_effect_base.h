#pragma once

#include "effect/effect.h"
#include "face/face_types.h"

#include <memory>

namespace reelcut::face {

class FaceEngine;

// What every face effect shares: the engine (model, caches, live trackers) and the
// choice of faces. Effects stay const and pure: the engine holds all state.
class FaceEffectBase : public Effect {
public:
    explicit FaceEffectBase(std::shared_ptr<FaceEngine> engine) : engine_(std::move(engine)) {}
    const std::shared_ptr<FaceEngine>& engine() const { return engine_; }

protected:
    // The faces of this frame, in frame pixels, filtered by the "face" parameter (0 = all,
    // n = only face n) when the descriptor has one. The buffer is per thread and reused.
    const FrameFaces& faces(const QImage& frame, const ParamValues& params,
                            const EffectContext& ctx) const;

private:
    std::shared_ptr<FaceEngine> engine_;
};

// The "face" parameter shared by the face effects.
ParamDescriptor faceChoiceParam();

} // namespace reelcut::face
