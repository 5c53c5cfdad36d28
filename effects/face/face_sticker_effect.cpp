#include "face/face_sticker_effect.h"

#include "face/face_engine.h"
#include "face/face_sticker_geometry.h"
#include "face/face_triggers.h"

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
    static const EffectDescriptor d = [] {
        EffectDescriptor e{
            "face.sticker",
            QT_TRANSLATE_NOOP("Effect", "Face sticker"),
            QT_TRANSLATE_NOOP("EffectCategory", "Face"),
            {
                {"sticker", QT_TRANSLATE_NOOP("Effect", "Sticker"), ParamType::Choice, 0,
                 double(builtinStickers().size() - 1), 0, false, stickerChoices()},
                // Any picture instead of the built-in one: PNG, JPEG, SVG, WebP, GIF, APNG.
                {"file", QT_TRANSLATE_NOOP("Effect", "Own picture"), ParamType::File, 0, 1, 0,
                 false},
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
                // The point of the picture put on the anchor, as fractions of its width and
                // height; when not set, the built-in sticker's own (a picture: its centre,
                // the bottom on the top of the head, the top on the chin).
                {"pivot", QT_TRANSLATE_NOOP("Effect", "Pivot (point of the picture)"),
                 ParamType::Point, 0, 1, 0, false},
                {"offset_x", QT_TRANSLATE_NOOP("Effect", "Offset across (eye distances)"),
                 ParamType::Number, -3, 3, 0, true},
                {"offset_y", QT_TRANSLATE_NOOP("Effect", "Offset down (eye distances)"),
                 ParamType::Number, -3, 3, 0, true},
                {"scale", QT_TRANSLATE_NOOP("Effect", "Scale"), ParamType::Number, 0.1, 5, 1, true},
                {"strength", QT_TRANSLATE_NOOP("Effect", "Strength"), ParamType::Number, 0, 1, 1,
                 true},
                // Turns with the head: narrower as the face turns aside, shorter as it nods.
                {"turn", QT_TRANSLATE_NOOP("Effect", "Turn with the head"), ParamType::Toggle, 0, 1,
                 1, false},
                {"speed", QT_TRANSLATE_NOOP("Effect", "Animation speed"), ParamType::Number, 0.1, 4,
                 1, false},
                {"loop", QT_TRANSLATE_NOOP("Effect", "Loop the animation"), ParamType::Toggle, 0, 1,
                 1, false},
                // When the sticker shows: always, or from the moment the mouth opens or the
                // brows go up (for as long as they stay so, and at least one run of its
                // animation), its animation starting there.
                {"trigger",
                 QT_TRANSLATE_NOOP("Effect", "Show"),
                 ParamType::Choice,
                 0,
                 2,
                 0,
                 false,
                 {{"always", QT_TRANSLATE_NOOP("Effect", "Always")},
                  {"mouth-open", QT_TRANSLATE_NOOP("Effect", "When the mouth opens")},
                  {"brows-up", QT_TRANSLATE_NOOP("Effect", "When the brows go up")}}},
                faceChoiceParam(),
            }};
        e.params[1].fileSuffix = kStickerFileSuffixes;
        e.params[3].defaultPoint = {0.5, 0.5};
        return e;
    }();
    return d;
}

// How wide a picture of the user's is at scale 1 (eye distances) and which point of it
// sits on the anchor, by anchor: glasses span the eyes, a logo on a cheek is small.
double pictureWidth(Anchor a) {
    switch (a) {
    case Anchor::Eyes:
    case Anchor::Cheeks:
        return 2.2;
    case Anchor::TopOfHead:
        return 2.0;
    case Anchor::Forehead:
    case Anchor::UpperLip:
    case Anchor::Mouth:
    case Anchor::Chin:
        return 1.2;
    case Anchor::Nose:
        return 0.9;
    case Anchor::LeftCheek:
    case Anchor::RightCheek:
        return 0.7;
    }
    return 1.0;
}

QPointF picturePivot(Anchor a) {
    switch (a) {
    case Anchor::TopOfHead:
        return {0.5, 0.95};
    case Anchor::Chin:
        return {0.5, 0.1};
    default:
        return {0.5, 0.5};
    }
}

} // namespace

const EffectDescriptor& FaceStickerEffect::descriptor() const {
    return stickerDescriptor();
}

void FaceStickerEffect::apply(QImage& frame, const ParamValues& params,
                              const EffectContext& ctx) const {
    const EffectDescriptor& d = stickerDescriptor();
    const double strength = paramValue(d, params, "strength");
    if (strength <= 0) {
        return;
    }
    const std::string file = paramText(d, params, "file");
    const auto& stickers = builtinStickers();
    const long index = std::lround(paramValue(d, params, "sticker"));
    if (file.empty() && (index < 0 || index >= long(stickers.size()))) {
        return;
    }
    // The picture first: an unreadable file is reported (naming it) even with no face.
    const std::shared_ptr<const StickerPicture> picture =
        file.empty() ? pictures_.builtin(std::size_t(index)) : pictures_.file(file);
    if (!picture) {
        return;
    }
    const FrameFaces& found = faces(frame, params, ctx);
    if (found.empty()) {
        return;
    }
    const long anchorParam = std::lround(paramValue(d, params, "anchor"));
    const StickerInfo* info = file.empty() ? &stickers[std::size_t(index)] : nullptr;
    const Anchor anchor = anchorParam >= 1 && anchorParam <= kAnchorCount ? Anchor(anchorParam - 1)
                          : info != nullptr                               ? info->anchor
                                                                          : Anchor::Eyes;
    QPointF pivot = info != nullptr ? QPointF(info->pivotX, info->pivotY) : picturePivot(anchor);
    if (params.count("pivot") != 0) {
        const ParamPoint p = paramPoint(d, params, "pivot");
        pivot = QPointF(p.x, p.y);
    }
    const double widthInEyes = info != nullptr ? info->widthInEyes : pictureWidth(anchor);
    const double scale = paramValue(d, params, "scale");
    const double offX = paramValue(d, params, "offset_x");
    const double offY = paramValue(d, params, "offset_y");
    const bool turn = paramValue(d, params, "turn") >= 0.5;
    const double speed = paramValue(d, params, "speed");
    const bool loop = paramValue(d, params, "loop") >= 0.5;
    const auto trigger = Trigger(std::clamp(std::lround(paramValue(d, params, "trigger")), 0L, 2L));
    const double clipTime = ctx.clipTime.toDouble();

    QPainter p(&frame);
    p.setRenderHint(QPainter::SmoothPixmapTransform);
    p.setOpacity(std::min(1.0, strength));
    for (const Face& f : found) {
        const FaceFrame fr = faceFrame(f);
        if (fr.eyeDistance < 2) {
            continue; // too small to see; also guards degenerate landmarks
        }
        // The animation's clock: the clip's, or from the moment the trigger went on.
        double animTime = clipTime;
        if (trigger != Trigger::Always) {
            const TriggerMoment m = engine()->triggerAt(frame, ctx, f.id, trigger);
            const double since = m.since >= 0 ? clipTime - m.since : -1;
            // Shown while on, and after it for the rest of one run of the animation.
            const double run = picture->animated() ? picture->length() / speed : 0;
            if (since < 0 || (!m.on && since >= run)) {
                continue;
            }
            animTime = since;
        }
        const double width = widthInEyes * scale * fr.eyeDistance;
        const QImage img = picture->image(picture->frameAt(animTime * speed, loop), width);
        if (img.isNull()) {
            return;
        }
        const double height = width * picture->aspect();
        const QPointF at = anchorPoint(f, fr, anchor) + fr.right * (offX * fr.eyeDistance) -
                           fr.up * (offY * fr.eyeDistance);
        const QRectF rect(-pivot.x() * width, -pivot.y() * height, width, height);
        p.setTransform(stickerTransform(at, fr.rollDegrees, turn ? f.yaw : 0.0,
                                        turn ? f.pitch : 0.0, rect, fr.eyeDistance));
        p.drawImage(rect, img);
    }
}

} // namespace reelcut::face
