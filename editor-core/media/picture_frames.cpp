#include "media/picture_frames.h"

#include "media/frame_scaler.h"
#include "media/input_file.h"
#include "media/media_error.h"
#include "media/media_internal.h"
#include "media/media_limits.h"
#include "media/still_image.h"

#include <algorithm>
#include <cmath>

namespace reelcut {

using namespace media_detail;

namespace {

constexpr int kMaxFrames = 1000;
// Browsers show frames with delays under 20 ms for 100 ms; a minimum keeps time moving.
constexpr double kMinDelay = 0.02;
constexpr double kDefaultDelay = 0.1;

Message tooLarge() {
    return Message(QT_TRANSLATE_NOOP3("Engine",
                                      "the animation is too large (more than %1 MB of pictures); "
                                      "make it smaller or shorter",
                                      "media.animation-too-large"))
        .arg(static_cast<long long>(media_limits::kMaxAnimationBytes >> 20));
}

// All frames through FFmpeg, at their own size; times in seconds from the first frame.
AnimatedPicture decodeAll(const boost::filesystem::path& file) {
    const std::string name = file.string();
    PictureStream picture = openPictureStream(file);
    const double tb = av_q2d(picture.fmt->streams[picture.index]->time_base);
    ff::FramePtr frame = ff::makeFrame();
    FrameSource source(*picture.fmt, *picture.dec, picture.index);
    FrameScaler scaler;
    AnimatedPicture anim;
    std::vector<double> times;
    double lastDuration = 0;
    std::int64_t bytes = 0;
    while (int(anim.frames.size()) < kMaxFrames && source.next(*frame)) {
        if (frame->width <= 0 || frame->height <= 0 ||
            std::int64_t(frame->width) * frame->height > media_limits::kMaxPixels) {
            throw MediaError(name, "decode", tooLarge());
        }
        bytes += std::int64_t(frame->width) * frame->height * 4;
        if (bytes > media_limits::kMaxAnimationBytes) {
            throw MediaError(name, "decode", tooLarge());
        }
        QImage img(frame->width, frame->height, QImage::Format_ARGB32_Premultiplied);
        try {
            scaler.scale(*frame, img);
        } catch (const MediaError& e) {
            throw MediaError(name, "decode", e.reasonMessage());
        }
        const std::int64_t ts = frame->best_effort_timestamp;
        times.push_back(ts == AV_NOPTS_VALUE ? std::nan("") : double(ts) * tb);
        lastDuration = frame->pkt_duration > 0 ? double(frame->pkt_duration) * tb : 0;
        anim.frames.push_back(std::move(img));
    }
    if (anim.frames.empty()) {
        throw MediaError(name, "decode", noPictureDecoded(source));
    }
    // Each frame lasts until the next one; the last as long as its packet says.
    double at = 0;
    for (std::size_t i = 0; i < times.size(); ++i) {
        anim.starts.push_back(Rational(std::llround(at * 1000), 1000));
        double delay = i + 1 < times.size() ? times[i + 1] - times[i] : lastDuration;
        if (!std::isfinite(delay) || delay <= 0) {
            delay = kDefaultDelay;
        }
        at += std::clamp(delay, kMinDelay, 60.0);
    }
    anim.length = times.size() > 1 ? Rational(std::llround(at * 1000), 1000) : Rational(0);
    return anim;
}

} // namespace

AnimatedPicture loadPictureFrames(const boost::filesystem::path& file) {
    checkMediaFile(file);
    if (isAnimatedWebp(file)) {
        return loadAnimatedPicture(file);
    }
    AnimatedPicture anim = decodeAll(file);
    if (anim.frames.size() == 1) {
        // A still: decoded again the way stills are shown (EXIF orientation, size cap).
        anim.frames.front() = loadStillImage(file);
        anim.length = Time(0);
    }
    return anim;
}

std::size_t pictureFrameAt(const AnimatedPicture& picture, double t, bool loop) {
    const std::size_t n = picture.frames.size();
    if (n <= 1) {
        return 0;
    }
    const double length = picture.length.toDouble();
    if (length <= 0 || !std::isfinite(t) || t <= 0) {
        return 0;
    }
    if (t >= length) {
        if (!loop) {
            return n - 1;
        }
        t = std::fmod(t, length);
    }
    // The last frame starting at or before t (starts are milliseconds: compare with slack).
    const auto next = std::upper_bound(picture.starts.begin(), picture.starts.end(), t + 1e-9,
                                       [](double v, const Time& s) { return v < s.toDouble(); });
    return next == picture.starts.begin() ? 0 : std::size_t(next - picture.starts.begin()) - 1;
}

} // namespace reelcut
