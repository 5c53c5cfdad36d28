#pragma once

// Where a sticker is drawn: its rectangle (pivot at the origin, picture pixels at the
// drawn size) placed on the anchor, turned with the eye line and, with the head pose,
// turned in depth: a sticker on a face that looks aside gets narrower, one on a face that
// nods gets shorter, with the perspective of a head at arm's length from the camera.

#include <QPointF>
#include <QRectF>
#include <QTransform>

namespace reelcut::face {

// yaw > 0: the face turns towards the picture's right; pitch > 0: it looks up (degrees).
// eyeDistance sets the depth scale (the camera is about 8 eye distances away).
QTransform stickerTransform(QPointF anchor, double rollDegrees, double yawDegrees,
                            double pitchDegrees, const QRectF& rect, double eyeDistance);

} // namespace reelcut::face
