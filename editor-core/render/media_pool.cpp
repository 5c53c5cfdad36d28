#include "render/media_pool.h"

#include "media/audio_reader.h"
#include "media/frame_scaler.h"
#include "media/media_error.h"
#include "media/still_image.h"
#include "media/video_decoder.h"

#include <QPainter>
#include <QSvgRenderer>
#include <array>
#include <boost/filesystem/path.hpp>

namespace reelcut {

namespace {
// Ticks (frames or audio blocks) a clip may go unused before its decoders close. Long
// enough to survive a transition or a short scrub back, short enough to bound memory.
constexpr std::uint64_t kIdleTicks = 90;
} // namespace

struct MediaPool::ClipState {
    std::unique_ptr<VideoDecoder> video;
    std::unique_ptr<AudioReader> audio;
    std::array<std::unique_ptr<FrameScaler>, 2> scalers;
    std::array<QImage, 4> images;
    std::uint64_t lastUsed = 0;
};

MediaPool::MediaPool() = default;
MediaPool::~MediaPool() = default;

namespace {

bool isSvg(const std::string& path) {
    const std::string ext = boost::filesystem::path(path).extension().string();
    return ext == ".svg" || ext == ".SVG";
}

// FFmpeg has no SVG decoder; Qt draws SVG stickers, at whatever size they are shown.
MediaInfo probeSvg(const std::string& path) {
    QSvgRenderer svg(QString::fromStdString(path));
    if (!svg.isValid()) {
        throw MediaError(path, "open", "not a readable SVG image");
    }
    MediaInfo info;
    info.path = path;
    info.container = "svg";
    info.isStill = true;
    info.hasVideo = true;
    info.videoCodec = "svg";
    const QSize size = svg.defaultSize().isEmpty() ? QSize(512, 512) : svg.defaultSize();
    info.width = info.codedWidth = size.width();
    info.height = info.codedHeight = size.height();
    return info;
}

QImage renderSvg(const std::string& path, const QSize& size) {
    QImage img(size, QImage::Format_ARGB32_Premultiplied);
    img.fill(Qt::transparent);
    QSvgRenderer svg(QString::fromStdString(path));
    QPainter p(&img);
    svg.render(&p, QRectF(QPointF(0, 0), QSizeF(size)));
    return img;
}

} // namespace

const MediaInfo& MediaPool::info(const std::string& path) {
    auto it = infos_.find(path);
    if (it == infos_.end()) {
        it = infos_.emplace(path, isSvg(path) ? probeSvg(path) : probeMedia(path)).first;
    }
    return it->second;
}

const QImage& MediaPool::still(const std::string& path) {
    auto it = stills_.find(path);
    if (it == stills_.end()) {
        QImage img;
        if (isSvg(path)) {
            const MediaInfo& i = info(path);
            img = renderSvg(path, QSize(i.width, i.height));
        } else {
            img = loadStillImage(path);
        }
        it = stills_.emplace(path, std::move(img)).first;
    }
    return it->second;
}

QImage MediaPool::stillAt(const std::string& path, const QSize& size) {
    if (isSvg(path)) {
        return renderSvg(path, size);
    }
    return still(path)
        .scaled(size, Qt::IgnoreAspectRatio, Qt::SmoothTransformation)
        .convertToFormat(QImage::Format_ARGB32_Premultiplied);
}

MediaPool::ClipState& MediaPool::state(ObjectId clip) {
    auto& s = clips_[clip];
    if (!s) {
        s = std::make_unique<ClipState>();
    }
    s->lastUsed = tick_;
    return *s;
}

VideoDecoder& MediaPool::video(ObjectId clip, const std::string& path) {
    ClipState& s = state(clip);
    if (!s.video || s.video->info().path != path) {
        s.video = std::make_unique<VideoDecoder>(path);
    }
    return *s.video;
}

FrameScaler& MediaPool::scaler(ObjectId clip, int slot) {
    auto& sc = state(clip).scalers.at(static_cast<size_t>(slot));
    if (!sc) {
        sc = std::make_unique<FrameScaler>();
    }
    return *sc;
}

AudioReader& MediaPool::audio(ObjectId clip, const std::string& path) {
    ClipState& s = state(clip);
    if (!s.audio) {
        s.audio = std::make_unique<AudioReader>(path);
    }
    return *s.audio;
}

QImage& MediaPool::image(ObjectId clip, int slot) {
    return state(clip).images.at(static_cast<size_t>(slot));
}

void MediaPool::tick() {
    ++tick_;
    std::erase_if(clips_,
                  [this](const auto& kv) { return tick_ - kv.second->lastUsed > kIdleTicks; });
}

} // namespace reelcut
