#include "color/color_adjust.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace reelcut {

namespace {

const EffectDescriptor kDescriptor{
    "color.adjust",
    QT_TRANSLATE_NOOP("Effect", "Adjust colour"),
    QT_TRANSLATE_NOOP("EffectCategory", "Color"),
    {
        {"brightness", QT_TRANSLATE_NOOP("Effect", "Brightness"), ParamType::Number, -1, 1, 0,
         true},
        {"contrast", QT_TRANSLATE_NOOP("Effect", "Contrast"), ParamType::Number, -1, 1, 0, true},
        {"saturation", QT_TRANSLATE_NOOP("Effect", "Saturation"), ParamType::Number, -1, 1, 0,
         true},
    }};

} // namespace

const EffectDescriptor& ColorAdjustEffect::descriptor() const {
    return kDescriptor;
}

void ColorAdjustEffect::apply(QImage& frame, const ParamValues& params,
                              const EffectContext&) const {
    const double brightness = paramValue(kDescriptor, params, "brightness");
    const double contrast = paramValue(kDescriptor, params, "contrast");
    const double saturation = paramValue(kDescriptor, params, "saturation");
    if (brightness == 0 && contrast == 0 && saturation == 0) {
        return;
    }
    // Brightness and contrast are one tone curve: a 256-entry table per frame instead of
    // floating point per pixel. Premultiplied pixels: the curve is applied to the
    // un-premultiplied value only where alpha is opaque, which is every pixel of a
    // decoded video frame; translucent pixels keep their colour.
    std::array<std::uint8_t, 256> lut{};
    const double gain = contrast >= 0 ? 1.0 + 3.0 * contrast : 1.0 + contrast;
    for (int i = 0; i < 256; ++i) {
        const double v = (i / 255.0 - 0.5) * gain + 0.5 + brightness * 0.5;
        lut[i] = static_cast<std::uint8_t>(std::clamp(std::lround(v * 255.0), 0L, 255L));
    }
    const double sat = 1.0 + saturation;
    const int satFixed = static_cast<int>(std::lround(sat * 256));
    for (int y = 0; y < frame.height(); ++y) {
        auto* px = reinterpret_cast<QRgb*>(frame.scanLine(y));
        for (int x = 0; x < frame.width(); ++x) {
            const QRgb p = px[x];
            if (qAlpha(p) != 255) {
                continue;
            }
            int r = lut[qRed(p)], g = lut[qGreen(p)], b = lut[qBlue(p)];
            if (satFixed != 256) {
                const int luma = (r * 54 + g * 183 + b * 19) >> 8; // BT.709 weights
                r = std::clamp(luma + (((r - luma) * satFixed) >> 8), 0, 255);
                g = std::clamp(luma + (((g - luma) * satFixed) >> 8), 0, 255);
                b = std::clamp(luma + (((b - luma) * satFixed) >> 8), 0, 255);
            }
            px[x] = qRgba(r, g, b, 255);
        }
    }
}

} // namespace reelcut
