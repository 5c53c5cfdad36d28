#pragma once

// Where on a face things go: anchor points, size and roll derived from the 68 landmarks.

#include "face/face_types.h"

#include <QPointF>
#include <QPolygonF>
#include <QRectF>

namespace reelcut::face {

enum class Anchor {
    Eyes = 0,  // midpoint between the eye centres
    Forehead,  // above the brows
    TopOfHead, // where hats and ears sit
    Nose,      // nose tip
    UpperLip,  // between nose and mouth: moustaches
    Mouth,     // mouth centre
    Chin,
    LeftCheek,  // the cheek on the left of the picture
    RightCheek, // the cheek on the right of the picture
    Cheeks,     // midway between both cheeks: things that cover both
};
inline constexpr int kAnchorCount = 10;

// The geometry every effect needs, in the coordinates of the points it was made from.
struct FaceFrame {
    QPointF leftEye; // centre of the eye on the left of the picture
    QPointF rightEye;
    double eyeDistance = 0; // inter-ocular distance: the face's scale
    double rollDegrees = 0; // clockwise in picture coordinates (y down)
    QPointF up;             // unit vector from chin to forehead
    QPointF right;          // unit vector from left eye to right eye
};

FaceFrame faceFrame(const Face& f);
QPointF anchorPoint(const Face& f, const FaceFrame& frame, Anchor anchor);

// Points of the face as a polygon (in the face's coordinates): jaw line closed over an
// estimated forehead, the whole area a skin effect may touch.
QPolygonF faceOutline(const Face& f, const FaceFrame& frame);
QPolygonF landmarkPolygon(const Face& f, int first, int last); // points first..last
QRectF landmarkBounds(const Face& f);

// Maps a face through a transform (source pixels to frame pixels).
Face mapped(const Face& f, const class QTransform& t);

} // namespace reelcut::face
