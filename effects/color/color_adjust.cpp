#include "color/color_adjust.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <opencv2/imgproc.hpp>
#include <vector>

namespace reelcut {

namespace {

ParamDescriptor slider(const char* id, const char* label, double min = -1, double max = 1) {
    return {id, label, ParamType::Number, min, max, 0, true};
}

const EffectDescriptor kDescriptor{
    "color.adjust",
    QT_TRANSLATE_NOOP("Effect", "Adjust colour"),
    QT_TRANSLATE_NOOP("EffectCategory", "Color"),
    {
        slider("brightness", QT_TRANSLATE_NOOP("Effect", "Brightness")),
        slider("contrast", QT_TRANSLATE_NOOP("Effect", "Contrast")),
        slider("saturation", QT_TRANSLATE_NOOP("Effect", "Saturation")),
        slider("exposure", QT_TRANSLATE_NOOP("Effect", "Exposure (stops)"), -3, 3),
        slider("vibrance", QT_TRANSLATE_NOOP("Effect", "Vibrance")),
        slider("temperature", QT_TRANSLATE_NOOP("Effect", "Temperature")),
        slider("tint", QT_TRANSLATE_NOOP("Effect", "Tint")),
        slider("highlights", QT_TRANSLATE_NOOP("Effect", "Highlights")),
        slider("shadows", QT_TRANSLATE_NOOP("Effect", "Shadows")),
        slider("vignette", QT_TRANSLATE_NOOP("Effect", "Vignette")),
        slider("sharpen", QT_TRANSLATE_NOOP("Effect", "Sharpen"), 0, 1),
        slider("grain", QT_TRANSLATE_NOOP("Effect", "Grain"), 0, 1),
    }};

double srgbToLinear(double v) {
    return v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
}

double linearToSrgb(double v) {
    v = std::max(0.0, v);
    return v <= 0.0031308 ? v * 12.92 : 1.055 * std::pow(v, 1 / 2.4) - 0.055;
}

struct Settings {
    double brightness, contrast, saturation, exposure, vibrance, temperature, tint;
    double highlights, shadows, vignette, sharpen, grain;

    bool toneIsIdentity() const {
        return brightness == 0 && contrast == 0 && exposure == 0 && temperature == 0 && tint == 0 &&
               highlights == 0 && shadows == 0;
    }
};

// One channel through white balance (gain) and the tone curve, 0..1 -> 0..1.
double tone(double v, double gain, const Settings& s) {
    // Exposure and white balance are multiplications of light: in linear light.
    double lin = srgbToLinear(v) * gain * std::exp2(s.exposure);
    v = linearToSrgb(lin);
    // Shadows lift or deepen the dark end, highlights the bright end; each fades out
    // before mid grey, so the other end does not move.
    auto smooth = [](double e0, double e1, double x) {
        const double t = std::clamp((x - e0) / (e1 - e0), 0.0, 1.0);
        return t * t * (3 - 2 * t);
    };
    v += s.shadows * 0.25 * (1 - smooth(0.0, 0.55, v)) + s.highlights * 0.25 * smooth(0.45, 1.0, v);
    // Brightness and contrast as the original three-slider effect had them.
    const double gainC = s.contrast >= 0 ? 1.0 + 3.0 * s.contrast : 1.0 + s.contrast;
    v = (v - 0.5) * gainC + 0.5 + s.brightness * 0.5;
    return std::clamp(v, 0.0, 1.0);
}

std::uint32_t hash(std::uint32_t x) {
    x ^= x >> 16;
    x *= 0x7feb352dU;
    x ^= x >> 15;
    x *= 0x846ca68bU;
    x ^= x >> 16;
    return x;
}

} // namespace

const EffectDescriptor& ColorAdjustEffect::descriptor() const {
    return kDescriptor;
}

void ColorAdjustEffect::apply(QImage& frame, const ParamValues& params,
                              const EffectContext& context) const {
    auto get = [&](const char* id) {
        return paramValue(kDescriptor, params, id);
    };
    const Settings s{get("brightness"), get("contrast"),    get("saturation"), get("exposure"),
                     get("vibrance"),   get("temperature"), get("tint"),       get("highlights"),
                     get("shadows"),    get("vignette"),    get("sharpen"),    get("grain")};
    const bool toneOn = !s.toneIsIdentity();
    const bool colourOn = s.saturation != 0 || s.vibrance != 0;
    const int w = frame.width(), h = frame.height();

    if (toneOn || colourOn) {
        // White balance: warm raises red and lowers blue, tint moves green against magenta.
        const double gains[3] = {1 + 0.25 * s.temperature + 0.08 * s.tint, 1 - 0.2 * s.tint,
                                 1 - 0.25 * s.temperature + 0.08 * s.tint};
        std::array<std::array<std::uint8_t, 256>, 3> lut{};
        for (int c = 0; c < 3; ++c) {
            for (int i = 0; i < 256; ++i) {
                lut[std::size_t(c)][std::size_t(i)] =
                    static_cast<std::uint8_t>(std::lround(tone(i / 255.0, gains[c], s) * 255.0));
            }
        }
        const int satFixed = static_cast<int>(std::lround((1.0 + s.saturation) * 256));
        const int vib = static_cast<int>(std::lround(s.vibrance * 256));
        for (int y = 0; y < h; ++y) {
            auto* px = reinterpret_cast<QRgb*>(frame.scanLine(y));
            for (int x = 0; x < w; ++x) {
                const QRgb p = px[x];
                // Premultiplied: only opaque pixels (every pixel of a video frame) change.
                if (qAlpha(p) != 255) {
                    continue;
                }
                int r = lut[0][std::size_t(qRed(p))], g = lut[1][std::size_t(qGreen(p))],
                    b = lut[2][std::size_t(qBlue(p))];
                if (colourOn) {
                    // Vibrance saturates the dull colours more than the vivid ones.
                    const int chroma = std::max({r, g, b}) - std::min({r, g, b});
                    const int k = satFixed + ((vib * (255 - chroma)) >> 8);
                    const int luma = (r * 54 + g * 183 + b * 19) >> 8; // BT.709 weights
                    r = std::clamp(luma + (((r - luma) * k) >> 8), 0, 255);
                    g = std::clamp(luma + (((g - luma) * k) >> 8), 0, 255);
                    b = std::clamp(luma + (((b - luma) * k) >> 8), 0, 255);
                }
                px[x] = qRgba(r, g, b, 255);
            }
        }
    }

    if (s.sharpen > 0) {
        // Unsharp mask with a radius that follows the render size.
        cv::Mat mat(h, w, CV_8UC4, frame.bits(), std::size_t(frame.bytesPerLine()));
        thread_local cv::Mat blurred;
        cv::GaussianBlur(mat, blurred, cv::Size(0, 0), std::max(0.5, 1.5 * context.renderScale));
        const double amount = s.sharpen * 1.5;
        cv::addWeighted(mat, 1 + amount, blurred, -amount, 0, mat);
    }

    if (s.vignette != 0) {
        // Darkens (or, negative, lightens) towards the corners along an ellipse that fits
        // the frame; the middle 40% of the radius is untouched.
        std::array<int, 1025> falloff{};
        for (int i = 0; i <= 1024; ++i) {
            const double r = std::sqrt(i / 1024.0 * 2.0); // r2 up to 2 (the corners)
            const double t = std::clamp((r - 0.4) / (std::sqrt(2.0) - 0.4), 0.0, 1.0);
            const double f = 1 - s.vignette * 0.85 * t * t * (3 - 2 * t);
            falloff[std::size_t(i)] = static_cast<int>(std::lround(std::max(0.0, f) * 256));
        }
        const double cx = w / 2.0, cy = h / 2.0;
        for (int y = 0; y < h; ++y) {
            auto* px = reinterpret_cast<QRgb*>(frame.scanLine(y));
            const double dy = (y + 0.5 - cy) / cy;
            for (int x = 0; x < w; ++x) {
                const double dx = (x + 0.5 - cx) / cx;
                const int f = falloff[std::size_t(std::min(1024.0, (dx * dx + dy * dy) * 512.0))];
                if (f == 256) {
                    continue;
                }
                const QRgb p = px[x];
                const int a = qAlpha(p);
                px[x] = qRgba(std::min(a, (qRed(p) * f) >> 8), std::min(a, (qGreen(p) * f) >> 8),
                              std::min(a, (qBlue(p) * f) >> 8), a);
            }
        }
    }

    if (s.grain > 0) {
        // Film grain: luminance noise, a new pattern every frame (seeded by the frame's
        // time, so preview and export show the same grain), coarser at larger sizes.
        const auto seed = static_cast<std::uint32_t>(context.clipTime.num() * 2654435761u +
                                                     std::uint64_t(context.clipTime.den()));
        const int amp = static_cast<int>(std::lround(s.grain * 40));
        const int cell = std::max(1, int(std::lround(context.renderScale * 1.5)));
        for (int y = 0; y < h; ++y) {
            auto* px = reinterpret_cast<QRgb*>(frame.scanLine(y));
            const std::uint32_t row = seed ^ (std::uint32_t(y / cell) * 0x9e3779b9u);
            for (int x = 0; x < w; ++x) {
                const QRgb p = px[x];
                if (qAlpha(p) != 255) {
                    continue;
                }
                // Two hashed uniforms summed: a triangular distribution, close enough to
                // the Gaussian of real grain.
                const std::uint32_t hv = hash(row + std::uint32_t(x / cell));
                const int n = (int(hv & 0xff) + int((hv >> 8) & 0xff) - 255) * amp / 255;
                px[x] = qRgba(std::clamp(qRed(p) + n, 0, 255), std::clamp(qGreen(p) + n, 0, 255),
                              std::clamp(qBlue(p) + n, 0, 255), 255);
            }
        }
    }
}

} // namespace reelcut
