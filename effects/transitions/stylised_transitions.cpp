#include "transitions/stylised_transitions.h"

#include "render/layer_mix.h"

#include <cmath>
#include <cstring>
#include <opencv2/imgproc.hpp>

namespace reelcut::transitions {

namespace {

cv::Mat wrap(const QImage& img) {
    return cv::Mat(img.height(), img.width(), CV_8UC4, const_cast<uchar*>(img.constBits()),
                   std::size_t(img.bytesPerLine()));
}

// A small, fast hash for the glitch's deterministic randomness (same frame, same bands).
std::uint32_t hash(std::uint32_t x) {
    x ^= x >> 16;
    x *= 0x7feb352dU;
    x ^= x >> 15;
    x *= 0x846ca68bU;
    x ^= x >> 16;
    return x;
}

double unit(std::uint32_t x) {
    return (hash(x) & 0xffffff) / double(0x1000000);
}

} // namespace

BlurTransition::BlurTransition()
    : DescribedTransition({"blur",
                           QT_TRANSLATE_NOOP("Effect", "Blur"),
                           QT_TRANSLATE_NOOP("EffectCategory", "Effects"),
                           {{"radius", QT_TRANSLATE_NOOP("Effect", "Radius"), ParamType::Number, 1,
                             100, 40, true}}}) {}

void BlurTransition::apply(const QImage& from, const QImage& to, double progress,
                           const ParamValues& params, const TransitionContext& context,
                           QImage& out) const {
    // The sharp picture: a quick mix around the middle, hidden by the blur.
    mixLayers(from, to, smoothstep(0.4, 0.6, progress), out);
    const double strength = std::sin(std::clamp(progress, 0.0, 1.0) * M_PI);
    const double radius =
        paramValue(descriptor_, params, "radius") * context.renderScale * strength;
    if (radius < 0.5) {
        return;
    }
    // Blurred at a quarter of the size, where a big radius costs little, and scaled back.
    const int w = out.width(), h = out.height();
    const cv::Size small(std::max(1, w / 4), std::max(1, h / 4));
    thread_local cv::Mat tiny, blurred;
    cv::Mat full = wrap(out);
    cv::resize(full, tiny, small, 0, 0, cv::INTER_AREA);
    cv::GaussianBlur(tiny, tiny, cv::Size(0, 0), std::max(0.3, radius / 4 / 2));
    cv::resize(tiny, blurred, full.size(), 0, 0, cv::INTER_LINEAR);
    // Small radii fade in over the sharp picture rather than jump to the quarter size.
    const int w256 = static_cast<int>(std::lround(std::min(1.0, radius / 4) * 256));
    for (int y = 0; y < h; ++y) {
        mixBytes(out.constScanLine(y), blurred.ptr<std::uint8_t>(y), out.scanLine(y), w * 4, w256);
    }
}

Glitch::Glitch()
    : DescribedTransition({"glitch",
                           QT_TRANSLATE_NOOP("Effect", "Glitch"),
                           QT_TRANSLATE_NOOP("EffectCategory", "Effects"),
                           {{"strength", QT_TRANSLATE_NOOP("Effect", "Strength"), ParamType::Number,
                             0, 1, 0.6, true}}}) {}

void Glitch::apply(const QImage& from, const QImage& to, double progress, const ParamValues& params,
                   const TransitionContext&, QImage& out) const {
    const int w = from.width(), h = from.height();
    const double strength = paramValue(descriptor_, params, "strength");
    const double g = strength * std::pow(std::sin(std::clamp(progress, 0.0, 1.0) * M_PI), 2);
    // The pattern changes in 16 steps over the transition, not every frame: a glitch
    // stutters, and preview and export (different rates) show the same bands.
    const auto step = static_cast<std::uint32_t>(std::floor(progress * 16));
    const int split = static_cast<int>(std::lround(g * w * 0.03));
    const int maxShift = static_cast<int>(std::lround(g * w * 0.15));
    for (int y = 0; y < h;) {
        // Bands of 2-10% of the height; each comes from one picture, mostly the one whose
        // half of the transition this is, sometimes the other (the flicker of a glitch).
        const std::uint32_t band = std::uint32_t(y) * 2654435761U + step * 97U;
        const int bandHeight = std::max(1, int(h * (0.02 + 0.08 * unit(band))));
        const double pick = unit(band + 1);
        const bool incoming = progress >= 0.5 ? pick > g * 0.5 : pick < g * 0.5;
        const QImage& src = incoming ? to : from;
        const int shift =
            unit(band + 2) < 0.5 ? 0 : int(std::lround((unit(band + 3) * 2 - 1) * maxShift));
        for (int yy = y; yy < std::min(h, y + bandHeight); ++yy) {
            const auto* ps = reinterpret_cast<const std::uint32_t*>(src.constScanLine(yy));
            auto* po = reinterpret_cast<std::uint32_t*>(out.scanLine(yy));
            if (split == 0 && shift == 0) {
                std::memcpy(po, ps, std::size_t(w) * 4);
                continue;
            }
            // Red from the left, blue from the right of each pixel, both shifted; the
            // channels stay premultiplied as long as alpha is the green sample's.
            for (int x = 0; x < w; ++x) {
                const int xs = std::clamp(x - shift, 0, w - 1);
                const std::uint32_t r = ps[std::clamp(xs - split, 0, w - 1)];
                const std::uint32_t gp = ps[xs];
                const std::uint32_t b = ps[std::clamp(xs + split, 0, w - 1)];
                const std::uint32_t a = gp >> 24;
                const std::uint32_t rr = std::min((r >> 16) & 0xff, a);
                const std::uint32_t bb = std::min(b & 0xff, a);
                po[x] = (a << 24) | (rr << 16) | (gp & 0xff00) | bb;
            }
        }
        y += bandHeight;
    }
}

} // namespace reelcut::transitions
