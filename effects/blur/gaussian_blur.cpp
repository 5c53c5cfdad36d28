#include "blur/gaussian_blur.h"

#include <algorithm>
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
    if (!(radius >= 0.5) || frame.isNull()) {
        return;
    }
    // Wraps the QImage buffer without copying; premultiplied alpha blurs correctly.
    cv::Mat mat(frame.height(), frame.width(), CV_8UC4, frame.bits(),
                static_cast<size_t>(frame.bytesPerLine()));
    const double sigma = radius / 2.0;
    // A Gaussian kernel grows with sigma (radius 100 was 300 taps a pixel, seconds a
    // frame). Beyond a small sigma the blurred picture has no detail finer than the blur,
    // so it is blurred at a reduced size and scaled back: the same look, and the same cost
    // at any radius.
    constexpr double kDirectSigma = 3.0;
    if (sigma <= kDirectSigma) {
        cv::GaussianBlur(mat, mat, cv::Size(0, 0), sigma);
        return;
    }
    const double reduce = sigma / kDirectSigma;
    const cv::Size small(std::max(1, int(std::lround(frame.width() / reduce))),
                         std::max(1, int(std::lround(frame.height() / reduce))));
    thread_local cv::Mat reduced; // reused: no allocation per frame
    cv::resize(mat, reduced, small, 0, 0, cv::INTER_AREA);
    cv::GaussianBlur(reduced, reduced, cv::Size(0, 0), kDirectSigma);
    cv::resize(reduced, mat, mat.size(), 0, 0, cv::INTER_LINEAR);
}

} // namespace reelcut
