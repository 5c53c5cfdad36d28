#include "face/face_sticker_geometry.h"

#include <QPolygonF>
#include <algorithm>
#include <cmath>
#include <numbers>

namespace reelcut::face {

QTransform stickerTransform(QPointF anchor, double rollDegrees, double yawDegrees,
                            double pitchDegrees, const QRectF& rect, double eyeDistance) {
    QTransform place;
    place.translate(anchor.x(), anchor.y());
    place.rotate(rollDegrees);
    // Past 75 degrees the face is in profile and its landmarks are guesses.
    const double yaw = std::clamp(yawDegrees, -75.0, 75.0) * std::numbers::pi / 180;
    const double pitch = std::clamp(pitchDegrees, -75.0, 75.0) * std::numbers::pi / 180;
    if (std::abs(yaw) < 1e-4 && std::abs(pitch) < 1e-4) {
        return place;
    }
    // The picture as a card at the anchor, turned about its vertical axis (yaw), then its
    // horizontal axis (pitch), seen by a camera `focal` away. x right, y down, z away.
    const double focal = 8 * std::max(eyeDistance, 1.0);
    const double cy = std::cos(yaw), sy = std::sin(yaw), cp = std::cos(pitch), sp = std::sin(pitch);
    auto project = [&](QPointF q) {
        const double x = q.x() * cy;
        const double z1 = q.x() * sy; // the side the face turns towards goes away
        const double y = q.y() * cp + z1 * sp;
        const double z = z1 * cp - q.y() * sp; // looking up: the top goes away
        const double s = focal / std::max(focal + z, 0.1 * focal);
        return QPointF(x * s, y * s);
    };
    const QPolygonF from{rect.topLeft(), rect.topRight(), rect.bottomRight(), rect.bottomLeft()};
    QPolygonF to;
    for (const QPointF& q : from) {
        to << project(q);
    }
    QTransform turn;
    if (!QTransform::quadToQuad(from, to, turn)) {
        return place;
    }
    return turn * place;
}

} // namespace reelcut::face
