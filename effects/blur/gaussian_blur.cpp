#include "blur/gaussian_blur.h"

#include <cmath>
#include <opencv2/imgproc.hpp>

namespace reelcut {

namespace {

const EffectDescriptor kDescriptor{
    "blur.gaussian",
    QT_TRANSLATE_NOOP("Effect", "Blur"),
    QT_TRANSLATE_NOOP("EffectCategory", "Blur"),
    {{"radius", QT_TRANSLATE_NOOP("Effect", "Radius"), ParamType::Number, 0, 100, 10, true}}};

} // namespace

const EffectDescriptor& GaussianBlurEffect::descriptor() const {
    return kDescriptor;
}

void GaussianBlurEffect::apply(QImage& frame, const ParamValues& params,
                               const EffectContext& context) const {
    const double radius = paramValue(kDescriptor, params, "radius") * context.renderScale;
    if (radius < 0.5) {
        return;
    }
    // Wraps the QImage buffer without copying; premultiplied alpha blurs correctly.
    cv::Mat mat(frame.height(), frame.width(), CV_8UC4, frame.bits(),
                static_cast<size_t>(frame.bytesPerLine()));
    cv::GaussianBlur(mat, mat, cv::Size(0, 0), radius / 2.0);
}

} // namespace reelcut
