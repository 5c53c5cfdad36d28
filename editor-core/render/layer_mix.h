#pragma once

#include <QImage>
#include <cstdint>

namespace reelcut {

// a = a * (1 - w) + b * w per channel, premultiplied ARGB of the same size: the
// cross-fade of two layers (the crossfade transition, and the renderer's own fallback).
void mixLayers(QImage& a, const QImage& b, double w);

// out = a * (1 - w) + b * w.
void mixLayers(const QImage& a, const QImage& b, double w, QImage& out);

// out[i] = a[i] + (b[i] - a[i]) * w256 / 256 (rounded) for `bytes` bytes; vectorised.
void mixBytes(const std::uint8_t* a, const std::uint8_t* b, std::uint8_t* out, int bytes, int w256);

} // namespace reelcut
