#include "transitions/zoom_transitions.h"

#include "render/layer_mix.h"

#include <cmath>
#include <opencv2/imgproc.hpp>

namespace reelcut::transitions {

namespace {

cv::Mat wrap(const QImage& img) {
    return cv::Mat(img.height(), img.width(), CV_8UC4, const_cast<uchar*>(img.constBits()),
                   std::size_t(img.bytesPerLine()));
}

// Draws `src` scaled by `scale` about the centre into `dst` (same size), replacing it:
// for scale >= 1 the central part of src is resized to the whole frame; for scale < 1
// the whole src is resized into a centred rectangle and the rest is cleared.
void drawScaled(const QImage& src, double scale, QImage& dst) {
    const cv::Mat s = wrap(src);
    cv::Mat d = wrap(dst);
    const int w = src.width(), h = src.height();
    if (scale == 1) {
        s.copyTo(d);
        return;
    }
    if (scale >= 1) {
        const double cw = w / scale, ch = h / scale;
        // Sub-pixel crop through an affine map: cv::resize would snap it to whole pixels,
        // and the zoom would judder.
        const double m[6] = {scale, 0, -(w - cw) / 2 * scale, 0, scale, -(h - ch) / 2 * scale};
        cv::warpAffine(s, d, cv::Mat(2, 3, CV_64F, const_cast<double*>(m)), d.size(),
                       cv::INTER_LINEAR, cv::BORDER_REPLICATE);
        return;
    }
    const double m[6] = {scale, 0, (w - w * scale) / 2, 0, scale, (h - h * scale) / 2};
    cv::warpAffine(s, d, cv::Mat(2, 3, CV_64F, const_cast<double*>(m)), d.size(), cv::INTER_LINEAR,
                   cv::BORDER_CONSTANT, cv::Scalar(0, 0, 0, 0));
}

// Premultiplied `src` * alpha over `dst`, in place.
void overWithAlpha(const QImage& src, double alpha, QImage& dst) {
    const int a256 = static_cast<int>(std::lround(std::clamp(alpha, 0.0, 1.0) * 256));
    if (a256 == 0) {
        return;
    }
    for (int y = 0; y < src.height(); ++y) {
        const auto* ps = reinterpret_cast<const std::uint32_t*>(src.constScanLine(y));
        auto* pd = reinterpret_cast<std::uint32_t*>(dst.scanLine(y));
        for (int x = 0; x < src.width(); ++x) {
            std::uint32_t s = ps[x];
            if (s == 0) {
                continue;
            }
            if (a256 < 256) {
                s = lerpPixel(0, s, a256);
            }
            pd[x] = over(s, pd[x]);
        }
    }
}

QImage& scratch(const QSize& size) {
    thread_local QImage img;
    if (img.size() != size) {
        img = QImage(size, QImage::Format_ARGB32_Premultiplied);
    }
    return img;
}

} // namespace

Zoom::Zoom(bool in)
    : DescribedTransition(
          {in ? "zoom-in" : "zoom-out",
           in ? QT_TRANSLATE_NOOP("Effect", "Zoom in") : QT_TRANSLATE_NOOP("Effect", "Zoom out"),
           QT_TRANSLATE_NOOP("EffectCategory", "Motion"),
           {{"strength", QT_TRANSLATE_NOOP("Effect", "Zoom"), ParamType::Number, 1.1, 4, 2,
             true}}}),
      in_(in) {}

void Zoom::apply(const QImage& from, const QImage& to, double progress, const ParamValues& params,
                 const TransitionContext&, QImage& out) const {
    const double z = paramValue(descriptor_, params, "strength");
    const double e = easeInOutCubic(progress);
    // The ends are the pictures themselves, transparent parts included.
    if (progress <= 0 || progress >= 1) {
        drawScaled(progress <= 0 ? from : to, 1, out);
        return;
    }
    QImage& top = scratch(from.size());
    if (in_) {
        // Under: the outgoing picture zooming in (1 -> z). Over: the incoming one growing
        // from 1/z to full size, fading in during the first fifth.
        drawScaled(from, 1 + (z - 1) * e, out);
        drawScaled(to, 1 / z + (1 - 1 / z) * e, top);
        overWithAlpha(top, std::min(1.0, progress * 5), out);
        return;
    }
    // Under: the incoming picture settling from z to 1. Over: the outgoing one shrinking
    // away (1 -> 1/z), fading out during the last fifth.
    drawScaled(to, z - (z - 1) * e, out);
    drawScaled(from, 1 - (1 - 1 / z) * e, top);
    overWithAlpha(top, std::min(1.0, (1 - progress) * 5), out);
}

Spin::Spin()
    : DescribedTransition(
          {"spin",
           QT_TRANSLATE_NOOP("Effect", "Spin"),
           QT_TRANSLATE_NOOP("EffectCategory", "Motion"),
           {{"turns", QT_TRANSLATE_NOOP("Effect", "Turns"), ParamType::Number, 0.5, 3, 1, true}}}) {
}

void Spin::apply(const QImage& from, const QImage& to, double progress, const ParamValues& params,
                 const TransitionContext&, QImage& out) const {
    const double turns = paramValue(descriptor_, params, "turns");
    const double e = easeInOutCubic(progress);
    const int w = from.width(), h = from.height();
    const double angle = 360.0 * turns * e;
    // Zoom that keeps a picture turned by `angle` covering the frame.
    const double rad = angle * M_PI / 180.0;
    const double c = std::abs(std::cos(rad)), s = std::abs(std::sin(rad));
    const double cover = std::max((w * c + h * s) / w, (w * s + h * c) / h);
    auto draw = [&](const QImage& src, QImage& dst) {
        // OpenCV's angle is counter-clockwise; a clockwise spin reads more naturally.
        cv::Mat m = cv::getRotationMatrix2D(cv::Point2f(w / 2.0f, h / 2.0f), -angle, cover);
        cv::warpAffine(wrap(src), wrap(dst), m, cv::Size(w, h), cv::INTER_LINEAR,
                       cv::BORDER_REPLICATE);
    };
    // The cut is a quick mix around the middle, where the motion is fastest.
    const double mix = smoothstep(0.42, 0.58, progress);
    if (mix <= 0) {
        draw(from, out);
        return;
    }
    if (mix >= 1) {
        draw(to, out);
        return;
    }
    QImage& other = scratch(from.size());
    draw(from, out);
    draw(to, other);
    mixLayers(out, other, mix);
}

} // namespace reelcut::transitions
