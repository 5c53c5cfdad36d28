#include "mask/mask_effect.h"

#include <algorithm>
#include <cmath>

namespace reelcut {

namespace {

const EffectDescriptor kDescriptor{
    kMaskEffectId,
    QT_TRANSLATE_NOOP("Effect", "Mask"),
    QT_TRANSLATE_NOOP("EffectCategory", "Key"),
    {
        {"shape",
         QT_TRANSLATE_NOOP("Effect", "Shape"),
         ParamType::Choice,
         0,
         3,
         0,
         false,
         {{"rectangle", QT_TRANSLATE_NOOP("Effect", "Rectangle")},
          {"ellipse", QT_TRANSLATE_NOOP("Effect", "Ellipse")},
          {"linear", QT_TRANSLATE_NOOP("Effect", "Linear")},
          {"mirror", QT_TRANSLATE_NOOP("Effect", "Mirror")}}},
        {"x", QT_TRANSLATE_NOOP("Effect", "Position X"), ParamType::Number, -1, 2, 0.5, true},
        {"y", QT_TRANSLATE_NOOP("Effect", "Position Y"), ParamType::Number, -1, 2, 0.5, true},
        {"width", QT_TRANSLATE_NOOP("Effect", "Width"), ParamType::Number, 0, 3, 0.6, true},
        {"height", QT_TRANSLATE_NOOP("Effect", "Height"), ParamType::Number, 0, 3, 0.6, true},
        {"rotation", QT_TRANSLATE_NOOP("Effect", "Rotation"), ParamType::Number, -360, 360, 0,
         true},
        {"feather", QT_TRANSLATE_NOOP("Effect", "Feather"), ParamType::Number, 0, 1, 0.05, true},
        {"invert", QT_TRANSLATE_NOOP("Effect", "Invert"), ParamType::Toggle, 0, 1, 0, false},
    }};

double smoothstep(double e0, double e1, double x) {
    if (e1 <= e0) {
        return x < e0 ? 0 : 1;
    }
    const double t = std::clamp((x - e0) / (e1 - e0), 0.0, 1.0);
    return t * t * (3 - 2 * t);
}

} // namespace

const EffectDescriptor& MaskEffect::descriptor() const {
    return kDescriptor;
}

MaskGeometry maskGeometry(const ParamValues& params, double sw, double sh) {
    MaskGeometry g;
    g.shape = paramText(kDescriptor, params, "shape");
    g.cx = paramValue(kDescriptor, params, "x") * sw;
    g.cy = paramValue(kDescriptor, params, "y") * sh;
    g.halfW = paramValue(kDescriptor, params, "width") * sw / 2;
    g.halfH = paramValue(kDescriptor, params, "height") * sh / 2;
    g.rotation = paramValue(kDescriptor, params, "rotation");
    g.feather = paramValue(kDescriptor, params, "feather") * std::min(sw, sh);
    g.invert = paramValue(kDescriptor, params, "invert") >= 0.5;
    return g;
}

void MaskEffect::apply(QImage& frame, const ParamValues& params, const EffectContext& ctx) const {
    // The mask lives on the source picture; the frame may be a scaled, cropped part of it.
    const QSize source = ctx.sourceSize.isEmpty() ? frame.size() : ctx.sourceSize;
    const MaskGeometry g = maskGeometry(params, source.width(), source.height());
    const QTransform toFrame = ctx.sourceSize.isEmpty() ? QTransform() : ctx.sourceToFrame;
    // Frame pixels back to source pixels, then into the mask's own axes.
    bool invertible = false;
    const QTransform toSource = toFrame.inverted(&invertible);
    if (!invertible) {
        return;
    }
    const double rad = g.rotation * M_PI / 180.0;
    const double cs = std::cos(rad), sn = std::sin(rad);
    const int shape = g.shape == "ellipse"  ? 1
                      : g.shape == "linear" ? 2
                      : g.shape == "mirror" ? 3
                                            : 0;
    const double half = g.feather / 2;
    const double minHalf = std::max(1e-6, std::min(g.halfW, g.halfH));
    for (int y = 0; y < frame.height(); ++y) {
        auto* px = reinterpret_cast<QRgb*>(frame.scanLine(y));
        // Mask coordinates are linear in x along a row: start and step.
        const QPointF s0 = toSource.map(QPointF(0.5, y + 0.5)) - QPointF(g.cx, g.cy);
        const QPointF s1 = toSource.map(QPointF(1.5, y + 0.5)) - QPointF(g.cx, g.cy);
        // Rotate by -rotation: the mask's axes.
        double lx = s0.x() * cs + s0.y() * sn, ly = -s0.x() * sn + s0.y() * cs;
        const double dx = (s1.x() - s0.x()) * cs + (s1.y() - s0.y()) * sn;
        const double dy = -(s1.x() - s0.x()) * sn + (s1.y() - s0.y()) * cs;
        for (int x = 0; x < frame.width(); ++x, lx += dx, ly += dy) {
            // Signed distance to the shape's edge, negative inside (source pixels).
            double d = 0;
            switch (shape) {
            case 0:
                d = std::max(std::abs(lx) - g.halfW, std::abs(ly) - g.halfH);
                break;
            case 1:
                d = (std::hypot(lx / std::max(1e-6, g.halfW), ly / std::max(1e-6, g.halfH)) - 1) *
                    minHalf;
                break;
            case 2:
                d = ly; // keeps what is above the line (before turning)
                break;
            default:
                d = std::abs(ly) - g.halfH;
                break;
            }
            double a = 1 - smoothstep(-half, half, d);
            if (g.invert) {
                a = 1 - a;
            }
            if (a >= 1) {
                continue;
            }
            const int k = static_cast<int>(std::lround(a * 256));
            const QRgb p = px[x];
            px[x] = qRgba((qRed(p) * k) >> 8, (qGreen(p) * k) >> 8, (qBlue(p) * k) >> 8,
                          (qAlpha(p) * k) >> 8);
        }
    }
}

} // namespace reelcut
