#include "face/face_stickers.h"

// The resource initialiser lives in a static library; referencing it keeps it linked.
static void initFaceStickerResources() {
    Q_INIT_RESOURCE(face_stickers);
}

namespace reelcut::face {

const std::vector<StickerInfo>& builtinStickers() {
    static const bool resources = [] {
        initFaceStickerResources();
        return true;
    }();
    (void)resources;
    static const std::vector<StickerInfo> kStickers{
        {"sunglasses", QT_TRANSLATE_NOOP("Effect", "Sunglasses"),
         ":/reelcut/stickers/face/sunglasses.svg", Anchor::Eyes, 2.1, 0.5, 0.5},
        {"party-hat", QT_TRANSLATE_NOOP("Effect", "Party hat"),
         ":/reelcut/stickers/face/party-hat.svg", Anchor::TopOfHead, 1.3, 0.5, 0.95},
        {"crown", QT_TRANSLATE_NOOP("Effect", "Crown"), ":/reelcut/stickers/face/crown.svg",
         Anchor::TopOfHead, 1.9, 0.5, 0.92},
        {"cat-ears", QT_TRANSLATE_NOOP("Effect", "Cat ears"),
         ":/reelcut/stickers/face/cat-ears.svg", Anchor::TopOfHead, 2.8, 0.5, 0.9},
        {"cat-nose", QT_TRANSLATE_NOOP("Effect", "Cat nose"),
         ":/reelcut/stickers/face/cat-nose.svg", Anchor::Nose, 2.4, 0.5, 0.4},
        {"moustache", QT_TRANSLATE_NOOP("Effect", "Moustache"),
         ":/reelcut/stickers/face/moustache.svg", Anchor::UpperLip, 1.25, 0.5, 0.45},
        {"blush", QT_TRANSLATE_NOOP("Effect", "Blush"), ":/reelcut/stickers/face/blush.svg",
         Anchor::Cheeks, 2.1, 0.5, 0.5},
        {"logo", QT_TRANSLATE_NOOP("Effect", "Brand logo on cheek"),
         ":/reelcut/stickers/face/logo-slot.svg", Anchor::RightCheek, 0.6, 0.5, 0.5},
    };
    return kStickers;
}

} // namespace reelcut::face
