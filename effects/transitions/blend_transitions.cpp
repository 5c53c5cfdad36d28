#include "transitions/blend_transitions.h"

#include "model/clip.h"
#include "render/layer_mix.h"

#include <cmath>
#include <vector>

namespace reelcut::transitions {

Crossfade::Crossfade()
    : DescribedTransition({std::string(kCrossfade),
                           QT_TRANSLATE_NOOP("Effect", "Cross-fade"),
                           QT_TRANSLATE_NOOP("EffectCategory", "Basic"),
                           {}}) {}

void Crossfade::apply(const QImage& from, const QImage& to, double progress, const ParamValues&,
                      const TransitionContext&, QImage& out) const {
    mixLayers(from, to, progress, out);
}

DipToColor::DipToColor(const char* id, const char* name, std::uint32_t color)
    : DescribedTransition({id,
                           name,
                           QT_TRANSLATE_NOOP("EffectCategory", "Basic"),
                           {{"color", QT_TRANSLATE_NOOP("Effect", "Colour"), ParamType::Color, 0,
                             4294967295.0, double(color), false}}}) {}

void DipToColor::apply(const QImage& from, const QImage& to, double progress,
                       const ParamValues& params, const TransitionContext&, QImage& out) const {
    // Premultiplied, so a translucent colour dims what is below as well.
    const auto argb = static_cast<std::uint32_t>(paramValue(descriptor_, params, "color"));
    const std::uint32_t c = qPremultiply(argb);
    thread_local std::vector<std::uint32_t> row;
    row.assign(std::size_t(from.width()), c);
    const auto* colorBytes = reinterpret_cast<const std::uint8_t*>(row.data());
    const bool first = progress < 0.5;
    const double w = first ? progress * 2 : 1 - (progress - 0.5) * 2; // weight of the colour
    const int w256 = static_cast<int>(std::lround(std::clamp(w, 0.0, 1.0) * 256));
    const QImage& picture = first ? from : to;
    for (int y = 0; y < from.height(); ++y) {
        mixBytes(picture.constScanLine(y), colorBytes, out.scanLine(y), from.width() * 4, w256);
    }
}

} // namespace reelcut::transitions
