#include "key/chroma_key.h"

#include <algorithm>
#include <cmath>

namespace reelcut {

namespace {

const EffectDescriptor kDescriptor{
    kChromaKeyId,
    QT_TRANSLATE_NOOP("Effect", "Chroma key"),
    QT_TRANSLATE_NOOP("EffectCategory", "Key"),
    {
        {"color", QT_TRANSLATE_NOOP("Effect", "Key colour"), ParamType::Color, 0, 4294967295.0,
         double(0xff00b140u), false},
        {"similarity", QT_TRANSLATE_NOOP("Effect", "Similarity"), ParamType::Number, 0, 1, 0.3,
         true},
        {"softness", QT_TRANSLATE_NOOP("Effect", "Edge softness"), ParamType::Number, 0, 1, 0.1,
         true},
        {"spill", QT_TRANSLATE_NOOP("Effect", "Spill suppression"), ParamType::Number, 0, 1, 0.8,
         true},
    }};

// BT.709 chroma of an RGB colour, each -0.5..0.5 of full scale (times 255 here).
struct Chroma {
    double cb, cr;
};
Chroma chromaOf(double r, double g, double b) {
    const double y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
    return {(b - y) / 1.8556, (r - y) / 1.5748};
}

} // namespace

const EffectDescriptor& ChromaKeyEffect::descriptor() const {
    return kDescriptor;
}

void ChromaKeyEffect::apply(QImage& frame, const ParamValues& params, const EffectContext&) const {
    const auto key = static_cast<std::uint32_t>(paramValue(kDescriptor, params, "color"));
    const double similarity = paramValue(kDescriptor, params, "similarity");
    const double softness = paramValue(kDescriptor, params, "softness");
    const double spill = paramValue(kDescriptor, params, "spill");
    const Chroma k = chromaOf(qRed(key), qGreen(key), qBlue(key));
    const double keyLen = std::hypot(k.cb, k.cr);
    if (keyLen < 1) {
        return; // a grey key colour has no chroma to key on
    }
    // Distances in units of the key's own chroma: similarity 0.3 keys everything within
    // 30% of the way from the screen's colour to grey (or past it).
    const double inner = similarity * keyLen;
    const double ramp = std::max(1.0, softness * keyLen);
    const double ux = k.cb / keyLen, uy = k.cr / keyLen; // the screen's hue direction
    // Fixed-point versions for the per-pixel loop (chroma x 16).
    const int innerSq = int(std::min(1e9, inner * inner * 256));
    const int outerSq = int(std::min(1e9, (inner + ramp) * (inner + ramp) * 256));
    for (int y = 0; y < frame.height(); ++y) {
        auto* px = reinterpret_cast<QRgb*>(frame.scanLine(y));
        for (int x = 0; x < frame.width(); ++x) {
            const QRgb p = px[x];
            const int a = qAlpha(p);
            if (a == 0) {
                continue;
            }
            int r = qRed(p), g = qGreen(p), b = qBlue(p);
            if (a != 255) {
                r = r * 255 / a, g = g * 255 / a, b = b * 255 / a;
            }
            // Chroma x 16 in integers: Y = (54 r + 183 g + 19 b) / 256.
            const int luma = (54 * r + 183 * g + 19 * b) >> 8;
            const int cb = ((b - luma) * 16 * 138) >> 8; // / 1.8556
            const int cr = ((r - luma) * 16 * 163) >> 8; // / 1.5748
            const int dcb = cb - int(k.cb * 16), dcr = cr - int(k.cr * 16);
            const int distSq = dcb * dcb + dcr * dcr;
            double alpha = 1;
            if (distSq <= innerSq) {
                px[x] = 0;
                continue;
            }
            if (distSq < outerSq) {
                alpha = (std::sqrt(double(distSq)) / 16 - inner) / ramp;
            }
            // Spill: take away the part of the pixel's chroma that points towards the
            // screen's colour, keeping its luma; fully at the edges, by `spill` inside.
            const double along = (cb * ux + cr * uy) / 16.0;
            if (along > 0 && spill > 0) {
                const double remove = along * std::min(1.0, spill + (1 - alpha));
                const double ncb = cb / 16.0 - remove * ux, ncr = cr / 16.0 - remove * uy;
                // Back to RGB from the same luma and the new chroma (BT.709).
                const double rr = luma + 1.5748 * ncr;
                const double bb = luma + 1.8556 * ncb;
                const double gg = (luma - 0.2126 * rr - 0.0722 * bb) / 0.7152;
                r = std::clamp(int(std::lround(rr)), 0, 255);
                g = std::clamp(int(std::lround(gg)), 0, 255);
                b = std::clamp(int(std::lround(bb)), 0, 255);
            }
            const int outA = int(std::lround(alpha * a));
            px[x] =
                qRgba((r * outA + 127) / 255, (g * outA + 127) / 255, (b * outA + 127) / 255, outA);
        }
    }
}

} // namespace reelcut
