#pragma once

// Pixel helpers shared by the transitions: premultiplied ARGB32 layers of one size.

#include "effect/effect.h"

#include <QImage>
#include <algorithm>
#include <cstdint>

namespace reelcut::transitions {

// A transition whose descriptor is a value it holds, so one class can be registered
// more than once with different ids and defaults (dip to black / to white).
class DescribedTransition : public TransitionEffect {
public:
    explicit DescribedTransition(EffectDescriptor d) : descriptor_(std::move(d)) {}
    const EffectDescriptor& descriptor() const override { return descriptor_; }

protected:
    EffectDescriptor descriptor_;
};

// The direction choice of wipes, slides and pushes: where the motion goes.
ParamDescriptor directionParam(const char* defaultId = "left");
enum class Direction { Left, Right, Up, Down };
Direction directionOf(const EffectDescriptor& d, const ParamValues& params);

inline double smoothstep(double e0, double e1, double x) {
    const double t = std::clamp((x - e0) / (e1 - e0), 0.0, 1.0);
    return t * t * (3 - 2 * t);
}

// Slow start and end, for motion (slides, pushes, zooms).
inline double easeInOutCubic(double p) {
    p = std::clamp(p, 0.0, 1.0);
    return p < 0.5 ? 4 * p * p * p : 1 - (-2 * p + 2) * (-2 * p + 2) * (-2 * p + 2) / 2;
}

// v * a / 255, rounded, for bytes.
inline int mul255(int v, int a) {
    const int t = v * a + 128;
    return (t + (t >> 8)) >> 8;
}

// Premultiplied `src` over `dst`.
inline std::uint32_t over(std::uint32_t src, std::uint32_t dst) {
    const int ia = 255 - int(src >> 24);
    if (ia == 0) {
        return src;
    }
    if (ia == 255) {
        return dst;
    }
    std::uint32_t out = 0;
    for (int shift = 0; shift < 32; shift += 8) {
        const int s = int((src >> shift) & 0xff);
        const int d = int((dst >> shift) & 0xff);
        out |= std::uint32_t(std::min(255, s + mul255(d, ia))) << shift;
    }
    return out;
}

// a + (b - a) * w / 256 per byte, w in 0..256.
inline std::uint32_t lerpPixel(std::uint32_t a, std::uint32_t b, int w) {
    std::uint32_t out = 0;
    for (int shift = 0; shift < 32; shift += 8) {
        const int u = int((a >> shift) & 0xff);
        const int v = int((b >> shift) & 0xff);
        out |= std::uint32_t(u + (((v - u) * w + 128) >> 8)) << shift;
    }
    return out;
}

// Per row, out = a + (b - a) * weight[x] / 256 (weights 0..256, one per column).
void mixByColumn(const QImage& a, const QImage& b, const std::vector<int>& weights, QImage& out);
// out = a + (b - a) * weight[y] / 256, one weight per row.
void mixByRow(const QImage& a, const QImage& b, const std::vector<int>& weights, QImage& out);

// Copies `src` into `out` shifted by (dx, dy); what it does not cover keeps its pixels.
// `blend`: drawn over what is there instead of replacing it.
void drawShifted(const QImage& src, int dx, int dy, QImage& out, bool blend);

// Clears `out` to transparent.
void clear(QImage& out);

} // namespace reelcut::transitions
