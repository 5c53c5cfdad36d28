#pragma once

#include <QImage>
#include <cstdint>

namespace reelcut {

// Three passes of a separable box blur (close to a Gaussian) on an ARGB32 image, in
// place. Used on small images (the blurred canvas background), so plain code suffices.
void boxBlur(QImage& image, int radius, int passes = 3);
// The same on one 8-bit plane (a Y, Cb or Cr plane of a YUV picture).
void boxBlurPlane(std::uint8_t* data, int width, int height, int stride, int radius,
                  int passes = 3);

} // namespace reelcut
