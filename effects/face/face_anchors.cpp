#include "face/face_anchors.h"

#include <QTransform>
#include <cmath>
#include <numbers>

namespace reelcut::face {

namespace {

QPointF pt(const Face& f, int i) {
    return {f.points[i].x, f.points[i].y};
}

QPointF mean(const Face& f, int first, int last) {
    QPointF s;
    for (int i = first; i <= last; ++i) {
        s += pt(f, i);
    }
    return s / double(last - first + 1);
}

} // namespace

FaceFrame faceFrame(const Face& f) {
    FaceFrame fr;
    // Points 36-41 are the eye on the left of the picture, 42-47 the other one.
    fr.leftEye = mean(f, 36, 41);
    fr.rightEye = mean(f, 42, 47);
    const QPointF d = fr.rightEye - fr.leftEye;
    fr.eyeDistance = std::hypot(d.x(), d.y());
    const double len = fr.eyeDistance > 1e-6 ? fr.eyeDistance : 1.0;
    fr.right = d / len;
    fr.up = QPointF(fr.right.y(), -fr.right.x()); // rotate by -90 deg in y-down space
    fr.rollDegrees = std::atan2(d.y(), d.x()) * 180.0 / std::numbers::pi;
    return fr;
}

QPointF anchorPoint(const Face& f, const FaceFrame& fr, Anchor anchor) {
    const QPointF eyes = (fr.leftEye + fr.rightEye) / 2;
    const double iod = fr.eyeDistance;
    switch (anchor) {
    case Anchor::Eyes:
        return eyes;
    case Anchor::Forehead:
        return eyes + fr.up * (0.75 * iod);
    case Anchor::TopOfHead:
        return eyes + fr.up * (1.45 * iod);
    case Anchor::Nose:
        return pt(f, 30);
    case Anchor::UpperLip:
        return (pt(f, 33) + pt(f, 51)) / 2;
    case Anchor::Mouth:
        return mean(f, 48, 59);
    case Anchor::Chin:
        return pt(f, 8);
    case Anchor::LeftCheek:
        // Between the jaw below the eye and the side of the nose, a little under the eye.
        return (pt(f, 2) + pt(f, 31)) / 2 * 0.6 + pt(f, 40) * 0.4 - fr.up * (0.15 * iod);
    case Anchor::RightCheek:
        return (pt(f, 14) + pt(f, 35)) / 2 * 0.6 + pt(f, 47) * 0.4 - fr.up * (0.15 * iod);
    case Anchor::Cheeks:
        return (anchorPoint(f, fr, Anchor::LeftCheek) + anchorPoint(f, fr, Anchor::RightCheek)) / 2;
    }
    return eyes;
}

QPolygonF landmarkPolygon(const Face& f, int first, int last) {
    QPolygonF p;
    p.reserve(last - first + 1);
    for (int i = first; i <= last; ++i) {
        p << pt(f, i);
    }
    return p;
}

QPolygonF faceOutline(const Face& f, const FaceFrame& fr) {
    // The jaw (0-16) is tracked; the forehead is not, so it is estimated as an arc above
    // the brows, from the outer brow ends.
    QPolygonF p = landmarkPolygon(f, 0, 16);
    const QPointF l = pt(f, 17), r = pt(f, 26);
    const QPointF c = (l + r) / 2;
    const double lift = 0.55 * fr.eyeDistance;
    for (int i = 0; i <= 6; ++i) {
        const double a = std::numbers::pi * i / 6.0; // from the right brow end to the left
        p << c + (r - c) * std::cos(a) + fr.up * (lift * std::sin(a));
    }
    return p;
}

QRectF landmarkBounds(const Face& f) {
    float x0 = f.points[0].x, x1 = x0, y0 = f.points[0].y, y1 = y0;
    for (const Point2& p : f.points) {
        x0 = std::min(x0, p.x);
        x1 = std::max(x1, p.x);
        y0 = std::min(y0, p.y);
        y1 = std::max(y1, p.y);
    }
    return {QPointF(x0, y0), QPointF(x1, y1)};
}

Face mapped(const Face& f, const QTransform& t) {
    Face out;
    out.id = f.id;
    // Yaw and pitch are the head's own; roll turns with the picture, and a mirrored
    // picture mirrors the turn.
    double roll = f.roll, yaw = f.yaw;
    if (t.determinant() < 0) {
        roll = std::atan2(-t.m12(), -t.m11()) * 180 / std::numbers::pi - roll;
        yaw = -yaw;
    } else {
        roll += std::atan2(t.m12(), t.m11()) * 180 / std::numbers::pi;
    }
    out.roll = float(std::remainder(roll, 360.0));
    out.yaw = float(yaw);
    out.pitch = f.pitch;
    for (int i = 0; i < kLandmarkCount; ++i) {
        const QPointF m = t.map(QPointF(f.points[i].x, f.points[i].y));
        out.points[i] = {float(m.x()), float(m.y())};
    }
    return out;
}

} // namespace reelcut::face
