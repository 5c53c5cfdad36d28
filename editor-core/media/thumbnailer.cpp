#include "media/thumbnailer.h"

#include "media/frame_scaler.h"
#include "media/media_info.h"
#include "media/still_image.h"
#include "media/video_decoder.h"

#include <QTransform>
#include <algorithm>

namespace reelcut {

Thumbnailer::Thumbnailer(const boost::filesystem::path& file) : file_(file) {
    const MediaInfo info = probeMedia(file);
    duration_ = info.duration;
    hasPicture_ = info.hasVideo;
    if (!info.hasVideo) {
        return;
    }
    if (info.isStill) {
        still_ = loadStillImage(file);
        return;
    }
    decoder_ = std::make_unique<VideoDecoder>(file);
    scaler_ = std::make_unique<FrameScaler>();
    rotation_ = info.rotation;
}

Thumbnailer::~Thumbnailer() = default;

QImage Thumbnailer::at(const Time& t, const QSize& box) {
    if (!hasPicture_ || box.isEmpty()) {
        return {};
    }
    if (!still_.isNull()) {
        return still_.scaled(box, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    }
    const AVFrame& frame = decoder_->frameAt(t);
    const bool quarterTurn = rotation_ == 90 || rotation_ == 270;
    // Scale in coded orientation, then rotate: swscale knows nothing of display matrices.
    const QSize display =
        quarterTurn ? QSize(frame.height, frame.width) : QSize(frame.width, frame.height);
    QSize size = display.scaled(box, Qt::KeepAspectRatio);
    size = size.expandedTo(QSize(2, 2));
    const QSize coded = quarterTurn ? size.transposed() : size;
    QImage image(coded, QImage::Format_ARGB32_Premultiplied);
    scaler_->scale(frame, image);
    if (rotation_ != 0) {
        image = image.transformed(QTransform().rotate(rotation_));
    }
    return image;
}

std::vector<QImage> Thumbnailer::strip(const Time& step, const QSize& box) {
    std::vector<QImage> images;
    if (!hasPicture_) {
        return images;
    }
    if (!still_.isNull() || step <= Time(0)) {
        images.push_back(at(Time(0), box));
        return images;
    }
    for (Time t(0); images.empty() || t < duration_; t += step) {
        images.push_back(at(t, box));
    }
    return images;
}

} // namespace reelcut
