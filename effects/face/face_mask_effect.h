#pragma once

#include "face/face_effect_base.h"

#include <QImage>
#include <map>
#include <memory>
#include <mutex>

namespace reelcut::face {

// A picture mapped onto the face mesh (face_mask_layout.h): face paint, make-up, a full
// mask. Triangle by triangle, so it follows the expression; blended with the skin
// (normal, soft light or multiply). Only pixels inside the face (jaw and forehead) change.
// "face.mask"
class FaceMaskEffect : public FaceEffectBase {
public:
    using FaceEffectBase::FaceEffectBase;
    const EffectDescriptor& descriptor() const override;
    void apply(QImage& frame, const ParamValues& params,
               const EffectContext& context) const override;

private:
    // The texture of a look or a file, at the layout's size (read once per file and stat).
    QImage texture(const std::string& look, const std::string& file) const;
    mutable std::mutex mutex_;
    mutable std::map<std::string, std::pair<std::string, QImage>> textures_; // key -> stat, image
};

} // namespace reelcut::face
