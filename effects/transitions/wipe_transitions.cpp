#include "transitions/wipe_transitions.h"

#include <cmath>
#include <cstring>
#include <vector>

namespace reelcut::transitions {

namespace {

ParamDescriptor softnessParam() {
    return {
        "softness", QT_TRANSLATE_NOOP("Effect", "Edge softness"), ParamType::Number, 0, 0.5, 0.08,
        true};
}

// Weight (0..256) of the incoming picture for each of `n` pixels along the wipe, whose
// edge travels from the far end (n) to 0 as progress goes 0 -> 1.
void edgeWeights(int n, double progress, double softness, std::vector<int>& out) {
    out.resize(std::size_t(n));
    const double band = softness * n;
    const double centre = (1 - progress) * (n + band) - band / 2;
    for (int i = 0; i < n; ++i) {
        const double x = i + 0.5;
        double w = 0;
        if (band <= 0) {
            w = x >= centre ? 1 : 0;
        } else {
            w = smoothstep(centre - band / 2, centre + band / 2, x);
        }
        out[std::size_t(i)] = static_cast<int>(std::lround(w * 256));
    }
}

} // namespace

Wipe::Wipe()
    : DescribedTransition({"wipe",
                           QT_TRANSLATE_NOOP("Effect", "Wipe"),
                           QT_TRANSLATE_NOOP("EffectCategory", "Wipes"),
                           {directionParam("left"), softnessParam()}}) {}

void Wipe::apply(const QImage& from, const QImage& to, double progress, const ParamValues& params,
                 const TransitionContext&, QImage& out) const {
    const Direction dir = directionOf(descriptor_, params);
    const double soft = paramValue(descriptor_, params, "softness");
    const bool across = dir == Direction::Left || dir == Direction::Right;
    thread_local std::vector<int> weights;
    edgeWeights(across ? from.width() : from.height(), progress, soft, weights);
    // Left and up: the edge travels towards 0, the incoming picture follows it from the far
    // side. Right and down are the mirror image.
    if (dir == Direction::Right || dir == Direction::Down) {
        std::reverse(weights.begin(), weights.end());
    }
    if (across) {
        mixByColumn(from, to, weights, out);
    } else {
        mixByRow(from, to, weights, out);
    }
}

Iris::Iris()
    : DescribedTransition({"iris",
                           QT_TRANSLATE_NOOP("Effect", "Circle open"),
                           QT_TRANSLATE_NOOP("EffectCategory", "Wipes"),
                           {softnessParam()}}) {}

void Iris::apply(const QImage& from, const QImage& to, double progress, const ParamValues& params,
                 const TransitionContext&, QImage& out) const {
    const int w = from.width();
    const int h = from.height();
    const double band = paramValue(descriptor_, params, "softness") * std::min(w, h);
    const double cx = w / 2.0, cy = h / 2.0;
    const double maxRadius = std::hypot(cx, cy);
    const double r = progress * (maxRadius + band) - band / 2;
    const double inner = r - band / 2; // fully incoming inside this radius
    const double outer = r + band / 2; // fully outgoing beyond it
    for (int y = 0; y < h; ++y) {
        const auto* pa = reinterpret_cast<const std::uint32_t*>(from.constScanLine(y));
        const auto* pb = reinterpret_cast<const std::uint32_t*>(to.constScanLine(y));
        auto* po = reinterpret_cast<std::uint32_t*>(out.scanLine(y));
        const double dy = y + 0.5 - cy;
        // Columns inside the inner circle and outside the outer one are plain copies; only
        // the soft ring needs a distance per pixel.
        auto span = [&](double radius) {
            const double q = radius * radius - dy * dy;
            return radius <= 0 || q <= 0 ? -1.0 : std::sqrt(q);
        };
        const double hi = span(outer);
        const double lo = span(inner);
        const int ringLeft = hi < 0 ? w : std::clamp(int(std::floor(cx - hi)), 0, w);
        const int ringRight = hi < 0 ? w : std::clamp(int(std::ceil(cx + hi)), 0, w);
        const int coreLeft =
            lo < 0 ? ringRight : std::clamp(int(std::ceil(cx - lo)), ringLeft, ringRight);
        const int coreRight =
            lo < 0 ? ringRight : std::clamp(int(std::floor(cx + lo)), coreLeft, ringRight);
        std::memcpy(po, pa, std::size_t(ringLeft) * 4);
        std::memcpy(po + ringRight, pa + ringRight, std::size_t(w - ringRight) * 4);
        std::memcpy(po + coreLeft, pb + coreLeft, std::size_t(coreRight - coreLeft) * 4);
        auto ring = [&](int x0, int x1) {
            for (int x = x0; x < x1; ++x) {
                const double d = std::hypot(x + 0.5 - cx, dy);
                const double wgt =
                    band <= 0 ? (d <= r ? 1.0 : 0.0) : 1 - smoothstep(inner, outer, d);
                po[x] = lerpPixel(pa[x], pb[x], int(std::lround(wgt * 256)));
            }
        };
        ring(ringLeft, coreLeft);
        ring(coreRight, ringRight);
    }
}

} // namespace reelcut::transitions
