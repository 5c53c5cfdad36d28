#include "model/brand_face_sticker.h"

#include "model/builtin_assets.h"
#include "model/project_json.h"

#include <algorithm>

namespace reelcut {

const char* facePlaceName(FacePlace place) {
    switch (place) {
    case FacePlace::LeftCheek:
        return "left-cheek";
    case FacePlace::RightCheek:
        return "right-cheek";
    case FacePlace::Forehead:
        return "forehead";
    }
    return "forehead";
}

EffectInstance brandLogoFaceSticker(const BrandKit& kit, FacePlace place,
                                    const std::string& kitFile) {
    if (kit.logo.empty()) {
        throw ProjectError(
            Message(QT_TRANSLATE_NOOP3("Engine",
                                       "the brand kit %1 has no logo; add one to it first",
                                       "brand.no-logo"))
                .arg(kitFile));
    }
    if (!mediaExists(kit.logo)) {
        throw ProjectError(
            Message(QT_TRANSLATE_NOOP3("Engine", "the logo of the brand kit %1 is missing: %2",
                                       "brand.logo-missing"))
                .arg(kitFile)
                .arg(kit.logo));
    }
    EffectInstance fx;
    fx.type = "face.sticker";
    fx.params["file"] = mediaReferenceFor(kit.logo);
    fx.params["anchor"] = std::string(facePlaceName(place));
    // Stickers made of pictures are 0.7 eye distances wide on a cheek, 1.2 on the forehead.
    fx.params["scale"] = place == FacePlace::Forehead ? 0.85 : 0.95;
    fx.params["strength"] = 0.9; // a painted logo lets a little skin through
    return fx;
}

void putBrandLogoOnFace(Clip& clip, const EffectInstance& sticker) {
    const auto same = [&](const EffectInstance& e) {
        const auto file = e.params.find("file");
        const auto anchor = e.params.find("anchor");
        return e.type == sticker.type && file != e.params.end() && anchor != e.params.end() &&
               file->second == sticker.params.at("file") &&
               anchor->second == sticker.params.at("anchor");
    };
    const auto it = std::find_if(clip.effects.begin(), clip.effects.end(), same);
    if (it != clip.effects.end()) {
        *it = sticker;
    } else {
        clip.effects.push_back(sticker);
    }
}

} // namespace reelcut
