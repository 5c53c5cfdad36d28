#include "color/looks.h"

#include "color/lut_effect.h"
#include "effect/effect.h"

#include <algorithm>
#include <cmath>

namespace reelcut {

namespace {

float luma(const Rgb& c) {
    return 0.2126f * c[0] + 0.7152f * c[1] + 0.0722f * c[2];
}

Rgb clamp01(Rgb c) {
    for (float& v : c) {
        v = std::clamp(v, 0.0f, 1.0f);
    }
    return c;
}

Rgb saturate(Rgb c, float amount) {
    const float y = luma(c);
    for (float& v : c) {
        v = y + (v - y) * amount;
    }
    return c;
}

// An S-shaped tone curve around mid grey; amount 0 is no change, 1 is strong.
float sCurve(float v, float amount) {
    v = std::clamp(v, 0.0f, 1.0f);
    const float s = v * v * (3 - 2 * v); // smoothstep
    return v + (s - v) * amount;
}

Rgb contrast(Rgb c, float amount) {
    for (float& v : c) {
        v = sCurve(v, amount);
    }
    return c;
}

// Blacks raised to `lift`, whites lowered to `gain`: the faded film look.
Rgb liftGain(Rgb c, float lift, float gain) {
    for (float& v : c) {
        v = lift + v * (gain - lift);
    }
    return c;
}

Rgb scale(Rgb c, float r, float g, float b) {
    return {c[0] * r, c[1] * g, c[2] * b};
}

// Adds `tint` to the shadows (weight falls from 1 at black to 0 at white).
Rgb tintShadows(Rgb c, Rgb tint, float amount) {
    const float w = (1 - luma(c)) * amount;
    for (int i = 0; i < 3; ++i) {
        c[std::size_t(i)] += (tint[std::size_t(i)] - 0.5f) * w;
    }
    return c;
}

Rgb tintHighlights(Rgb c, Rgb tint, float amount) {
    const float w = luma(c) * amount;
    for (int i = 0; i < 3; ++i) {
        c[std::size_t(i)] += (tint[std::size_t(i)] - 0.5f) * w;
    }
    return c;
}

Rgb grey(const Rgb& c) {
    const float y = luma(c);
    return {y, y, y};
}

Rgb warm(Rgb c) {
    c = scale(c, 1.06f, 1.0f, 0.86f);
    c = tintHighlights(c, {0.62f, 0.54f, 0.4f}, 0.25f);
    return clamp01(saturate(c, 1.08f));
}

Rgb cool(Rgb c) {
    c = scale(c, 0.9f, 0.99f, 1.08f);
    c = tintShadows(c, {0.4f, 0.5f, 0.62f}, 0.2f);
    return clamp01(c);
}

Rgb tealOrange(Rgb c) {
    // Warm tones (skin) move towards orange, everything else towards teal, by how warm or
    // cool the colour is; shadows lean teal, highlights orange.
    const float warmth = std::clamp((c[0] - c[2]) * 2.0f, -1.0f, 1.0f);
    const Rgb orange{1.0f, 0.58f, 0.25f};
    const Rgb teal{0.1f, 0.52f, 0.58f};
    const float y = luma(c);
    for (int i = 0; i < 3; ++i) {
        const float target = (warmth > 0 ? orange : teal)[std::size_t(i)] * y * 1.6f;
        c[std::size_t(i)] += (target - c[std::size_t(i)]) * 0.25f * std::abs(warmth);
    }
    c = tintShadows(c, {0.38f, 0.52f, 0.58f}, 0.18f);
    c = tintHighlights(c, {0.6f, 0.52f, 0.42f}, 0.12f);
    return clamp01(contrast(c, 0.25f));
}

Rgb blackWhite(Rgb c) {
    return clamp01(contrast(grey(c), 0.15f));
}

Rgb noir(Rgb c) {
    // Red-filtered black and white: skies go dark, skin goes bright, hard contrast.
    const float y = std::clamp(0.5f * c[0] + 0.4f * c[1] + 0.1f * c[2], 0.0f, 1.0f);
    const float v = sCurve(sCurve(y, 1.0f), 0.6f);
    return clamp01({v, v, v});
}

Rgb vintage(Rgb c) {
    c = saturate(c, 0.7f);
    c = scale(c, 1.05f, 1.0f, 0.82f);
    c = tintShadows(c, {0.55f, 0.5f, 0.38f}, 0.2f);
    c = liftGain(c, 0.08f, 0.94f);
    return clamp01(contrast(c, 0.1f));
}

Rgb filmFade(Rgb c) {
    c = saturate(c, 0.82f);
    c = liftGain(c, 0.12f, 0.92f);
    c = tintShadows(c, {0.45f, 0.52f, 0.56f}, 0.15f);
    return clamp01(c);
}

Rgb sepia(Rgb c) {
    const float y = luma(c);
    return clamp01({y * 1.07f + 0.03f, y * 0.93f + 0.02f, y * 0.72f});
}

Rgb vivid(Rgb c) {
    return clamp01(contrast(saturate(c, 1.35f), 0.3f));
}

Rgb matte(Rgb c) {
    c = liftGain(c, 0.1f, 0.95f);
    return clamp01(saturate(contrast(c, -0.15f), 0.92f));
}

Rgb bleachBypass(Rgb c) {
    // Silver retained: a desaturated, high-contrast overlay of luma on the colour.
    const Rgb g = contrast(grey(c), 0.7f);
    Rgb out{};
    for (int i = 0; i < 3; ++i) {
        out[std::size_t(i)] = c[std::size_t(i)] * 0.45f + g[std::size_t(i)] * 0.55f;
    }
    return clamp01(contrast(out, 0.2f));
}

Rgb midnight(Rgb c) {
    c = scale(c, 0.78f, 0.9f, 1.1f);
    c = saturate(c, 0.8f);
    c = liftGain(c, 0.02f, 0.85f);
    return clamp01(contrast(c, 0.2f));
}

Rgb dreamy(Rgb c) {
    c = liftGain(c, 0.09f, 1.0f);
    c = tintHighlights(c, {0.58f, 0.5f, 0.56f}, 0.18f);
    return clamp01(saturate(contrast(c, -0.2f), 0.9f));
}

Rgb goldenHour(Rgb c) {
    c = scale(c, 1.1f, 1.02f, 0.8f);
    c = tintHighlights(c, {0.66f, 0.55f, 0.34f}, 0.3f);
    return clamp01(contrast(saturate(c, 1.12f), 0.12f));
}

Rgb crossProcess(Rgb c) {
    // The look of slide film developed as negative: strong curves, blue shadows lifted
    // and blue highlights crushed, yellow-green cast.
    return clamp01(
        {sCurve(c[0], 0.6f), std::pow(std::clamp(c[1], 0.0f, 1.0f), 0.9f), 0.15f + c[2] * 0.65f});
}

} // namespace

const std::vector<LookRecipe>& lookRecipes() {
    static const std::vector<LookRecipe> looks = {
        {"warm", QT_TRANSLATE_NOOP("Effect", "Warm"),
         QT_TRANSLATE_NOOP("EffectCategory", "Warm & cool"), warm},
        {"golden-hour", QT_TRANSLATE_NOOP("Effect", "Golden hour"),
         QT_TRANSLATE_NOOP("EffectCategory", "Warm & cool"), goldenHour},
        {"cool", QT_TRANSLATE_NOOP("Effect", "Cool"),
         QT_TRANSLATE_NOOP("EffectCategory", "Warm & cool"), cool},
        {"midnight", QT_TRANSLATE_NOOP("Effect", "Midnight"),
         QT_TRANSLATE_NOOP("EffectCategory", "Warm & cool"), midnight},
        {"teal-orange", QT_TRANSLATE_NOOP("Effect", "Teal & orange"),
         QT_TRANSLATE_NOOP("EffectCategory", "Film"), tealOrange},
        {"vintage", QT_TRANSLATE_NOOP("Effect", "Vintage"),
         QT_TRANSLATE_NOOP("EffectCategory", "Film"), vintage},
        {"film-fade", QT_TRANSLATE_NOOP("Effect", "Film fade"),
         QT_TRANSLATE_NOOP("EffectCategory", "Film"), filmFade},
        {"matte", QT_TRANSLATE_NOOP("Effect", "Matte"), QT_TRANSLATE_NOOP("EffectCategory", "Film"),
         matte},
        {"bleach-bypass", QT_TRANSLATE_NOOP("Effect", "Bleach bypass"),
         QT_TRANSLATE_NOOP("EffectCategory", "Film"), bleachBypass},
        {"cross-process", QT_TRANSLATE_NOOP("Effect", "Cross process"),
         QT_TRANSLATE_NOOP("EffectCategory", "Film"), crossProcess},
        {"vivid", QT_TRANSLATE_NOOP("Effect", "Vivid"),
         QT_TRANSLATE_NOOP("EffectCategory", "Vivid & soft"), vivid},
        {"dreamy", QT_TRANSLATE_NOOP("Effect", "Dreamy"),
         QT_TRANSLATE_NOOP("EffectCategory", "Vivid & soft"), dreamy},
        {"bw", QT_TRANSLATE_NOOP("Effect", "Black & white"),
         QT_TRANSLATE_NOOP("EffectCategory", "Black & white"), blackWhite},
        {"noir", QT_TRANSLATE_NOOP("Effect", "Noir"),
         QT_TRANSLATE_NOOP("EffectCategory", "Black & white"), noir},
        {"sepia", QT_TRANSLATE_NOOP("Effect", "Sepia"),
         QT_TRANSLATE_NOOP("EffectCategory", "Black & white"), sepia},
    };
    return looks;
}

CubeLut makeLookCube(const LookRecipe& look, int size) {
    CubeLut lut;
    lut.title = std::string("ReelCut ") + look.name;
    lut.size3d = size;
    lut.table3d.reserve(std::size_t(size) * size * size * 3);
    for (int b = 0; b < size; ++b) {
        for (int g = 0; g < size; ++g) {
            for (int r = 0; r < size; ++r) {
                const float step = 1.0f / float(size - 1);
                const Rgb out = look.grade({r * step, g * step, b * step});
                lut.table3d.insert(lut.table3d.end(), out.begin(), out.end());
            }
        }
    }
    return lut;
}

std::string lookFile(const LookRecipe& look) {
    return std::string("builtin:luts/") + look.id + ".cube";
}

void registerLooks() {
    for (const LookRecipe& r : lookRecipes()) {
        EffectRegistry::instance().addLook(
            Look{r.id, r.name, r.category, kLutEffectId, ParamValues{{"file", lookFile(r)}}});
    }
}

} // namespace reelcut
