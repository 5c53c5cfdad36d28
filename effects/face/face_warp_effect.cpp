#include "face/face_warp_effect.h"

#include "face/face_anchors.h"

#include <cmath>
#include <opencv2/imgproc.hpp>

namespace reelcut::face {

namespace {

const EffectDescriptor kDescriptor{
    "face.warp",
    QT_TRANSLATE_NOOP("Effect", "Face reshape"),
    QT_TRANSLATE_NOOP("EffectCategory", "Face"),
    {
        {"eyes", QT_TRANSLATE_NOOP("Effect", "Big eyes"), ParamType::Number, 0, 1, 0.5, true},
        {"slim", QT_TRANSLATE_NOOP("Effect", "Slim face"), ParamType::Number, 0, 1, 0.5, true},
        {"strength", QT_TRANSLATE_NOOP("Effect", "Strength"), ParamType::Number, 0, 1, 1, true},
        faceChoiceParam(),
    }};

// (1 - r^2/R^2)^2 inside R, 0 outside: smooth (C1) at the rim, so nothing tears.
inline float falloff(float d2, float r2) {
    if (d2 >= r2) {
        return 0;
    }
    const float u = 1.0f - d2 / r2;
    return u * u;
}

struct Push {
    float cx, cy, r2, dx, dy; // a local translation of the content at (cx, cy) by (dx, dy)
};

} // namespace

const EffectDescriptor& FaceWarpEffect::descriptor() const {
    return kDescriptor;
}

void FaceWarpEffect::apply(QImage& frame, const ParamValues& params,
                           const EffectContext& ctx) const {
    const double strength = paramValue(kDescriptor, params, "strength");
    const double eyes = paramValue(kDescriptor, params, "eyes") * strength;
    const double slim = paramValue(kDescriptor, params, "slim") * strength;
    if (eyes <= 0 && slim <= 0) {
        return;
    }
    const FrameFaces& found = faces(frame, params, ctx);
    cv::Mat img(frame.height(), frame.width(), CV_8UC4, frame.bits(), size_t(frame.bytesPerLine()));
    thread_local cv::Mat mapX, mapY, src; // reused: no allocation once warmed up
    for (const Face& f : found) {
        const FaceFrame fr = faceFrame(f);
        const double iod = fr.eyeDistance;
        if (iod < 4) {
            continue;
        }
        // Only the face moves: the region is the landmarks' box plus a margin the
        // falloffs never reach past, so every pixel outside it is left as it was.
        const QRectF bounds =
            landmarkBounds(f).adjusted(-0.7 * iod, -0.9 * iod, 0.7 * iod, 0.7 * iod);
        const cv::Rect roi =
            cv::Rect(int(std::floor(bounds.left())), int(std::floor(bounds.top())),
                     int(std::ceil(bounds.width())), int(std::ceil(bounds.height()))) &
            cv::Rect(0, 0, img.cols, img.rows);
        if (roi.width < 4 || roi.height < 4) {
            continue;
        }
        // Big eyes: magnify around each eye centre, radius ~ half the eye distance.
        const float eyeR = float(0.48 * iod);
        const float eyeAmount = float(0.35 * eyes);
        const QPointF eyeC[2] = {fr.leftEye, fr.rightEye};
        // Slim face: the jaw line and cheeks move toward the nose.
        Push pushes[10];
        int nPush = 0;
        const QPointF nose(f.points[30].x, f.points[30].y);
        const float pushR = float(0.55 * iod);
        for (int i : {2, 3, 4, 5, 6, 10, 11, 12, 13, 14}) {
            const QPointF q(f.points[i].x, f.points[i].y);
            QPointF dir = nose - q;
            const double len = std::hypot(dir.x(), dir.y());
            if (len < 1e-3) {
                continue;
            }
            dir /= len;
            const double amount = 0.09 * iod * slim;
            pushes[nPush++] = {float(q.x()), float(q.y()), pushR * pushR, float(dir.x() * amount),
                               float(dir.y() * amount)};
        }
        mapX.create(roi.height, roi.width, CV_32FC1);
        mapY.create(roi.height, roi.width, CV_32FC1);
        for (int y = 0; y < roi.height; ++y) {
            auto* mx = mapX.ptr<float>(y);
            auto* my = mapY.ptr<float>(y);
            const float py = float(roi.y + y);
            for (int x = 0; x < roi.width; ++x) {
                const float px = float(roi.x + x);
                float sx = px, sy = py;
                for (const QPointF& c : eyeC) {
                    const float dx = px - float(c.x()), dy = py - float(c.y());
                    const float w = falloff(dx * dx + dy * dy, eyeR * eyeR);
                    // Sampling closer to the centre shows the eye bigger.
                    sx -= dx * eyeAmount * w;
                    sy -= dy * eyeAmount * w;
                }
                for (int k = 0; k < nPush; ++k) {
                    const Push& pu = pushes[k];
                    const float dx = px - pu.cx, dy = py - pu.cy;
                    const float w = falloff(dx * dx + dy * dy, pu.r2);
                    // Content moves by +d, so each pixel samples from -d.
                    sx -= pu.dx * w;
                    sy -= pu.dy * w;
                }
                mx[x] = sx - float(roi.x);
                my[x] = sy - float(roi.y);
            }
        }
        img(roi).copyTo(src);
        cv::Mat dst = img(roi);
        cv::remap(src, dst, mapX, mapY, cv::INTER_LINEAR, cv::BORDER_REPLICATE);
    }
}

} // namespace reelcut::face
