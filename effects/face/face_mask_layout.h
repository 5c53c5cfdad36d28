#pragma once

// The layout of face mask textures: where each of the 68 landmarks (and five points of an
// estimated forehead) lies in a mask picture, and the triangles between them. A mask is
// painted on a picture of kMaskWidth x kMaskHeight in this layout (the built-in looks in
// resources/effects/face-masks are) and mapped triangle by triangle onto a face, so it
// follows the jaw, the mouth and the brows as they move.

#include <QPointF>
#include <array>
#include <vector>

namespace reelcut::face {

inline constexpr int kMaskWidth = 512;
inline constexpr int kMaskHeight = 640;
inline constexpr int kMaskForeheadPoints = 5;
inline constexpr int kMaskPoints = 68 + kMaskForeheadPoints;
// How far above the brows the forehead reaches, in eye distances (to about the hairline).
inline constexpr double kForeheadLift = 0.8;

// The points in mask pixels: the mean frontal face of the 68-point model, eye centres at
// (256 -+ 80, 290), then the forehead arc from the picture's right to its left.
const std::array<QPointF, kMaskPoints>& maskLayoutPoints();

// Triangles (indices into the points) covering the face and the forehead: a Delaunay
// triangulation of the layout, computed once.
const std::vector<std::array<int, 3>>& maskTriangles();

} // namespace reelcut::face
