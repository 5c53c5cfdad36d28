#include "face/face_privacy_effect.h"

#include "face/face_anchors.h"

#include <cmath>
#include <opencv2/imgproc.hpp>

namespace reelcut::face {

namespace {

const EffectDescriptor kDescriptor{
    "face.privacy",
    QT_TRANSLATE_NOOP("Effect", "Hide faces"),
    QT_TRANSLATE_NOOP("EffectCategory", "Face"),
    {
        {"mode", QT_TRANSLATE_NOOP("Effect", "Pixelate (else blur)"), ParamType::Toggle, 0, 1, 0,
         false},
        {"strength", QT_TRANSLATE_NOOP("Effect", "Strength"), ParamType::Number, 0, 1, 1, true},
        {"keep", QT_TRANSLATE_NOOP("Effect", "Leave this face visible (0 = none)"),
         ParamType::Number, 0, 8, 0, false},
        faceChoiceParam(),
    }};

} // namespace

const EffectDescriptor& FacePrivacyEffect::descriptor() const {
    return kDescriptor;
}

void FacePrivacyEffect::apply(QImage& frame, const ParamValues& params,
                              const EffectContext& ctx) const {
    const double strength = paramValue(kDescriptor, params, "strength");
    if (strength <= 0) {
        return;
    }
    const bool pixelate = paramValue(kDescriptor, params, "mode") >= 0.5;
    const int keep = int(std::lround(paramValue(kDescriptor, params, "keep")));
    const FrameFaces& found = faces(frame, params, ctx);
    cv::Mat img(frame.height(), frame.width(), CV_8UC4, frame.bits(), size_t(frame.bytesPerLine()));
    thread_local cv::Mat small, hidden, mask;
    for (const Face& f : found) {
        if (f.id == keep) {
            continue;
        }
        const FaceFrame fr = faceFrame(f);
        const double iod = fr.eyeDistance;
        if (iod < 2) {
            continue;
        }
        // An ellipse over the whole head (landmarks stop at the brows: add the forehead
        // and hair), turned with the face.
        const QRectF lb = landmarkBounds(f);
        const QPointF centre = lb.center() + fr.up * (0.35 * iod);
        const double halfW = 1.35 * iod, halfH = 1.9 * iod;
        const double reach = std::max(halfW, halfH) + 2;
        const cv::Rect roi = cv::Rect(int(centre.x() - reach), int(centre.y() - reach),
                                      int(2 * reach), int(2 * reach)) &
                             cv::Rect(0, 0, img.cols, img.rows);
        if (roi.width < 4 || roi.height < 4) {
            continue;
        }
        cv::Mat part = img(roi);
        // Down to a few cells across the face: no detail survives, at any strength > 0
        // the face is unrecognisable; strength makes the cells coarser.
        const double cell = std::max(2.0, iod * (0.18 + 0.22 * strength));
        const cv::Size cells(std::max(1, int(roi.width / cell)),
                             std::max(1, int(roi.height / cell)));
        cv::resize(part, small, cells, 0, 0, cv::INTER_AREA);
        if (pixelate) {
            cv::resize(small, hidden, roi.size(), 0, 0, cv::INTER_NEAREST);
        } else {
            cv::resize(small, hidden, roi.size(), 0, 0, cv::INTER_LINEAR);
            const int k = std::max(3, int(cell) | 1);
            cv::GaussianBlur(hidden, hidden, cv::Size(k, k), 0);
        }
        mask.create(roi.size(), CV_8UC1);
        mask.setTo(0);
        cv::ellipse(
            mask,
            cv::RotatedRect(cv::Point2f(float(centre.x() - roi.x), float(centre.y() - roi.y)),
                            cv::Size2f(float(2 * halfW), float(2 * halfH)), float(fr.rollDegrees)),
            255, cv::FILLED, cv::LINE_AA);
        hidden.copyTo(part, mask);
    }
}

} // namespace reelcut::face
