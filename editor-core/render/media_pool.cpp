#include "render/media_pool.h"

#include "media/audio_reader.h"
#include "media/frame_scaler.h"
#include "media/media_error.h"
#include "media/still_image.h"
#include "media/video_decoder.h"
#include "model/builtin_assets.h"
#include "render/shared_decoders.h"

#include <QImageReader>
#include <QPainter>
#include <QSvgRenderer>
#include <algorithm>
#include <array>
#include <boost/filesystem/path.hpp>

namespace reelcut {

struct MediaPool::ClipState {
    std::unique_ptr<VideoDecoder> video;
    ff::FramePtr sharedFrame;     // a reference to a shared decoder's frame...
    std::optional<Time> sharedAt; // ...at this source time
    std::string sharedPath;       // ...of this file
    std::unique_ptr<AudioReader> audio;
    std::array<std::unique_ptr<FrameScaler>, 3> scalers;
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

// Qt opens these files itself: a builtin: name becomes the bundled file's path first.
QString qtPath(const std::string& media) {
    return QString::fromStdString(resolveMediaPath(media).string());
}

// FFmpeg has no SVG decoder; Qt draws SVG stickers, at whatever size they are shown.
MediaInfo probeSvg(const std::string& path) {
    QSvgRenderer svg(qtPath(path));
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
    QSvgRenderer svg(qtPath(path));
    QPainter p(&img);
    svg.render(&p, QRectF(QPointF(0, 0), QSizeF(size)));
    return img;
}

// Animated WebP: FFmpeg 5.1 reads only still WebP, Qt's image plugins read animations.
bool isWebp(const std::string& path) {
    const std::string ext = boost::filesystem::path(path).extension().string();
    return ext == ".webp" || ext == ".WEBP";
}

constexpr int kMaxAnimationFrames = 1000; // bounds the memory an animated sticker can take

} // namespace

const MediaInfo& MediaPool::info(const std::string& path) {
    auto it = infos_.find(path);
    if (it == infos_.end()) {
        MediaInfo info;
        if (isSvg(path)) {
            info = probeSvg(path);
        } else if (isWebp(path) && QImageReader(qtPath(path)).imageCount() > 1) {
            const Animation& anim = loadAnimation(path);
            info.path = path;
            info.container = "webp";
            info.videoCodec = "webp";
            info.hasVideo = true;
            info.animatedImage = true;
            info.width = info.codedWidth = anim.frames.front().width();
            info.height = info.codedHeight = anim.frames.front().height();
            info.duration = anim.length;
            info.frameCount = std::int64_t(anim.frames.size());
        } else {
            info = probeMedia(path);
        }
        it = infos_.emplace(path, std::move(info)).first;
    }
    return it->second;
}

const MediaPool::Animation& MediaPool::loadAnimation(const std::string& path) {
    auto it = animations_.find(path);
    if (it == animations_.end()) {
        Animation anim;
        QImageReader reader(qtPath(path));
        Time at(0);
        while (int(anim.frames.size()) < kMaxAnimationFrames) {
            QImage frame = reader.read();
            if (frame.isNull()) {
                break;
            }
            anim.starts.push_back(at);
            // Browsers treat delays under 20 ms as 100 ms; a minimum keeps time moving.
            at += Rational(std::max(20, reader.nextImageDelay()), 1000);
            anim.frames.push_back(frame.convertToFormat(QImage::Format_ARGB32_Premultiplied));
        }
        if (anim.frames.empty()) {
            throw MediaError(path, "decode", "no frames in the animated picture");
        }
        anim.length = at;
        it = animations_.emplace(path, std::move(anim)).first;
    }
    return it->second;
}

std::pair<const QImage*, int> MediaPool::animationFrame(const std::string& path, const Time& t) {
    const Animation& a = loadAnimation(path);
    const auto next = std::upper_bound(a.starts.begin(), a.starts.end(), t);
    const int index = next == a.starts.begin() ? 0 : int(next - a.starts.begin()) - 1;
    return {&a.frames[std::size_t(index)], index};
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

const AVFrame& MediaPool::videoFrame(ObjectId clip, const std::string& path, const Time& t) {
    ClipState& s = state(clip);
    if (shared_) {
        if (!s.sharedAt || *s.sharedAt != t || s.sharedPath != path) {
            prefetchVideo(clip, path, t);
        }
        return *s.sharedFrame;
    }
    if (!s.video || s.video->info().path != path) {
        s.video = std::make_unique<VideoDecoder>(path);
    }
    return s.video->frameAt(t);
}

void MediaPool::prefetchVideo(ObjectId clip, const std::string& path, const Time& t) {
    if (!shared_) {
        return;
    }
    ClipState& s = state(clip);
    if (!s.sharedFrame) {
        s.sharedFrame = ff::makeFrame();
        if (!s.sharedFrame) {
            throw std::bad_alloc();
        }
    }
    s.sharedAt.reset();
    shared_->frameAt(clip, path, t, *s.sharedFrame);
    s.sharedAt = t;
    s.sharedPath = path;
}

void MediaPool::setSharedDecoders(std::shared_ptr<SharedDecoders> shared) {
    shared_ = std::move(shared);
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
    if (shared_) {
        shared_->tick();
    }
    std::erase_if(clips_,
                  [this](const auto& kv) { return tick_ - kv.second->lastUsed > idleTicks_; });
}

} // namespace reelcut
