#pragma once

#include <QImage>

namespace reelcut {

// Three passes of a separable box blur (close to a Gaussian) on an ARGB32 image, in
// place. Used on small images (the blurred canvas background), so plain code suffices.
void boxBlur(QImage& image, int radius, int passes = 3);

} // namespace reelcut
