#include "face/face_sticker_effect.h"

#include <QPainter>
#include <cmath>

namespace reelcut::face {

namespace {

std::vector<ParamChoice> stickerChoices() {
    std::vector<ParamChoice> choices;
    for (const auto& s : builtinStickers()) {
        choices.push_back({s.id, s.name});
    }
    return choices;
}

const EffectDescriptor& stickerDescriptor() {
    static const EffectDescriptor d{
        "face.sticker",
        QT_TRANSLATE_NOOP("Effect", "Face sticker"),
        QT_TRANSLATE_NOOP("EffectCategory", "Face"),
        {
            {"sticker", QT_TRANSLATE_NOOP("Effect", "Sticker"), ParamType::Choice, 0,
             double(builtinStickers().size() - 1), 0, false, stickerChoices()},
            // 0: where the sticker belongs; 1..10: the anchors in face_anchors.h, in order.
            {"anchor",
             QT_TRANSLATE_NOOP("Effect", "Anchor"),
             ParamType::Choice,
             0,
             kAnchorCount,
             0,
             false,
             {{"default", QT_TRANSLATE_NOOP("Effect", "Where it belongs")},
              {"eyes", QT_TRANSLATE_NOOP("Effect", "Eyes")},
              {"forehead", QT_TRANSLATE_NOOP("Effect", "Forehead")},
              {"head-top", QT_TRANSLATE_NOOP("Effect", "Top of head")},
              {"nose", QT_TRANSLATE_NOOP("Effect", "Nose")},
              {"upper-lip", QT_TRANSLATE_NOOP("Effect", "Upper lip")},
              {"mouth", QT_TRANSLATE_NOOP("Effect", "Mouth")},
              {"chin", QT_TRANSLATE_NOOP("Effect", "Chin")},
              {"left-cheek", QT_TRANSLATE_NOOP("Effect", "Left cheek")},
              {"right-cheek", QT_TRANSLATE_NOOP("Effect", "Right cheek")},
              {"both-cheeks", QT_TRANSLATE_NOOP("Effect", "Both cheeks")}}},
            {"offset_x", QT_TRANSLATE_NOOP("Effect", "Offset across (eye distances)"),
             ParamType::Number, -3, 3, 0, true},
            {"offset_y", QT_TRANSLATE_NOOP("Effect", "Offset down (eye distances)"),
             ParamType::Number, -3, 3, 0, true},
            {"scale", QT_TRANSLATE_NOOP("Effect", "Scale"), ParamType::Number, 0.1, 5, 1, true},
            {"strength", QT_TRANSLATE_NOOP("Effect", "Strength"), ParamType::Number, 0, 1, 1, true},
            faceChoiceParam(),
        }};
    return d;
}

} // namespace

const EffectDescriptor& FaceStickerEffect::descriptor() const {
    return stickerDescriptor();
}

void FaceStickerEffect::apply(QImage& frame, const ParamValues& params,
                              const EffectContext& ctx) const {
    const EffectDescriptor& d = stickerDescriptor();
    const double strength = paramValue(d, params, "strength");
    const auto& stickers = builtinStickers();
    const long index = std::lround(paramValue(d, params, "sticker"));
    if (strength <= 0 || index < 0 || index >= long(stickers.size())) {
        return;
    }
    const FrameFaces& found = faces(frame, params, ctx);
    if (found.empty()) {
        return;
    }
    const StickerInfo& info = stickers[std::size_t(index)];
    const long anchorParam = std::lround(paramValue(d, params, "anchor"));
    const Anchor anchor =
        anchorParam >= 1 && anchorParam <= kAnchorCount ? Anchor(anchorParam - 1) : info.anchor;
    const double scale = paramValue(d, params, "scale");
    const double offX = paramValue(d, params, "offset_x");
    const double offY = paramValue(d, params, "offset_y");

    QPainter p(&frame);
    p.setRenderHint(QPainter::SmoothPixmapTransform);
    p.setOpacity(std::min(1.0, strength));
    for (const Face& f : found) {
        const FaceFrame fr = faceFrame(f);
        if (fr.eyeDistance < 2) {
            continue; // too small to see; also guards degenerate landmarks
        }
        const double width = info.widthInEyes * scale * fr.eyeDistance;
        const QImage img = images_.image(std::size_t(index), width);
        if (img.isNull()) {
            return;
        }
        const double height = width * img.height() / img.width();
        const QPointF at = anchorPoint(f, fr, anchor) + fr.right * (offX * fr.eyeDistance) -
                           fr.up * (offY * fr.eyeDistance);
        p.save();
        p.translate(at);
        p.rotate(fr.rollDegrees);
        p.drawImage(QRectF(-info.pivotX * width, -info.pivotY * height, width, height), img);
        p.restore();
    }
}

} // namespace reelcut::face
