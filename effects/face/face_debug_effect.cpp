#include "face/face_debug_effect.h"

#include "face/face_anchors.h"

#include <QPainter>

namespace reelcut::face {

namespace {

const EffectDescriptor kDescriptor{
    "face.debug",
    QT_TRANSLATE_NOOP("Effect", "Landmark overlay"),
    QT_TRANSLATE_NOOP("EffectCategory", "Face"),
    {
        {"anchors", QT_TRANSLATE_NOOP("Effect", "Show anchors"), ParamType::Toggle, 0, 1, 1, false},
        faceChoiceParam(),
    }};

} // namespace

const EffectDescriptor& FaceDebugEffect::descriptor() const {
    return kDescriptor;
}

void FaceDebugEffect::apply(QImage& frame, const ParamValues& params,
                            const EffectContext& ctx) const {
    const FrameFaces& found = faces(frame, params, ctx);
    if (found.empty()) {
        return;
    }
    const bool anchors = paramValue(kDescriptor, params, "anchors") >= 0.5;
    QPainter p(&frame);
    p.setRenderHint(QPainter::Antialiasing);
    for (const Face& f : found) {
        const FaceFrame fr = faceFrame(f);
        const double r = std::max(1.5, fr.eyeDistance / 60);
        QPen line(QColor(0, 255, 120), std::max(1.0, r / 2));
        p.setPen(line);
        p.setBrush(Qt::NoBrush);
        // The 68-point layout's contours: jaw, brows, nose, eyes, lips.
        for (auto [a, z, closed] : {std::tuple{0, 16, false},
                                    {17, 21, false},
                                    {22, 26, false},
                                    {27, 30, false},
                                    {31, 35, false},
                                    {36, 41, true},
                                    {42, 47, true},
                                    {48, 59, true},
                                    {60, 67, true}}) {
            const QPolygonF poly = landmarkPolygon(f, a, z);
            closed ? p.drawPolygon(poly) : p.drawPolyline(poly);
        }
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(255, 40, 40));
        for (const Point2& q : f.points) {
            p.drawEllipse(QPointF(q.x, q.y), r, r);
        }
        if (anchors) {
            p.setBrush(QColor(40, 160, 255));
            for (int a = 0; a < kAnchorCount; ++a) {
                p.drawEllipse(anchorPoint(f, fr, Anchor(a)), 2 * r, 2 * r);
            }
        }
        QFont font = p.font();
        font.setPixelSize(std::max(10, int(fr.eyeDistance / 4)));
        p.setFont(font);
        p.setPen(QColor(255, 255, 0));
        const QRectF b = landmarkBounds(f);
        p.drawText(b.topLeft() - QPointF(0, fr.eyeDistance * 0.9),
                   QStringLiteral("face %1").arg(f.id));
    }
}

} // namespace reelcut::face
