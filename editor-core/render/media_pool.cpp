#include "render/media_pool.h"

#include "media/audio_reader.h"
#include "media/frame_scaler.h"
#include "media/input_file.h"
#include "media/media_error.h"
#include "media/still_image.h"
#include "media/svg_image.h"
#include "media/video_decoder.h"
#include "model/builtin_assets.h"
#include "render/shared_decoders.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace reelcut {

namespace {
// Clips kept open beyond those the last frame used (a scrub back, the next clip of a
// cut): without a cap, a timeline of 1-frame clips kept 90 sets of decoders and images.
constexpr std::size_t kMaxIdleClips = 8;
// Decoded pictures kept beyond those the last frame used. A 12-megapixel photo is 48 MB
// decoded: a slideshow of them held every one it had shown (issue 15: bounded memory).
constexpr std::int64_t kStillBudget = 192LL << 20;
constexpr std::int64_t kAnimationBudget = 192LL << 20;
constexpr long kThreadedDecoders = 2;
} // namespace

struct MediaPool::ClipState {
    std::unique_ptr<VideoDecoder> video;
    bool videoBackward = false;   // `video` keeps a history for reading backward
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
// An SVG's still is a proxy for its shape and colours (the blurred background, effects);
// what is shown is drawn from the vectors at the size it is shown.
constexpr int kSvgProxySide = 1024;
} // namespace

const MediaInfo& MediaPool::info(const std::string& path) {
    auto it = infos_.find(path);
    if (it == infos_.end()) {
        MediaInfo info;
        checkMediaFile(path);
        if (isSvgFile(path)) {
            svgs_[path] = readSvgFile(path);
            info = probeSvg(path);
        } else if (isAnimatedWebp(path)) {
            const AnimatedPicture& anim = loadAnimation(path);
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

const AnimatedPicture& MediaPool::loadAnimation(const std::string& path) {
    auto it = animations_.find(path);
    if (it == animations_.end()) {
        Cached<AnimatedPicture> c{loadAnimatedPicture(path)};
        for (const QImage& f : c.value.frames) {
            c.bytes += f.sizeInBytes();
        }
        it = animations_.emplace(path, std::move(c)).first;
    }
    it->second.lastUsed = tick_;
    return it->second.value;
}

std::pair<const QImage*, int> MediaPool::animationFrame(const std::string& path, const Time& t) {
    const AnimatedPicture& a = loadAnimation(path);
    const auto next = std::upper_bound(a.starts.begin(), a.starts.end(), t);
    const int index = next == a.starts.begin() ? 0 : int(next - a.starts.begin()) - 1;
    return {&a.frames[std::size_t(index)], index};
}

bool MediaPool::isVector(const std::string& path) {
    info(path);
    return svgs_.count(path) != 0;
}

QImage MediaPool::vectorAt(const std::string& path, const QSize& size, const QRect& area) {
    info(path);
    return renderSvg(svgs_.at(path), size, area);
}

const QImage& MediaPool::still(const std::string& path) {
    auto it = stills_.find(path);
    if (it == stills_.end()) {
        QImage img;
        if (isVector(path)) {
            const MediaInfo& i = info(path);
            QSizeF proxy(i.width, i.height);
            const double longest = std::max(proxy.width(), proxy.height());
            if (longest > kSvgProxySide) {
                proxy *= kSvgProxySide / longest;
            }
            img = renderSvg(svgs_.at(path), QSize(std::max(1, int(std::lround(proxy.width()))),
                                                  std::max(1, int(std::lround(proxy.height())))));
        } else {
            img = loadStillImage(path);
        }
        const std::int64_t bytes = img.sizeInBytes();
        it = stills_.emplace(path, Cached<QImage>{std::move(img), tick_, bytes}).first;
    }
    it->second.lastUsed = tick_;
    return it->second.value;
}

QImage MediaPool::stillAt(const std::string& path, const QSize& size) {
    if (isVector(path)) {
        return vectorAt(path, size);
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

const AVFrame& MediaPool::videoFrame(ObjectId clip, const std::string& path, const Time& t,
                                     bool backward) {
    ClipState& s = state(clip);
    if (shared_) {
        if (!s.sharedAt || *s.sharedAt != t || s.sharedPath != path) {
            prefetchVideo(clip, path, t, backward);
        }
        return *s.sharedFrame;
    }
    if (!s.video || s.video->info().path != path || s.videoBackward != backward) {
        s.video.reset();
        // The first two decoders (a clip and the one it cross-fades with) get a thread per
        // core; more layers at once get one thread each. Every frame thread keeps frames
        // of its own: 32 layers of 1080p took 1.2 GB on 2 cores, and would take several
        // times that on a machine with many cores.
        const auto open = std::count_if(clips_.begin(), clips_.end(),
                                        [](const auto& kv) { return kv.second->video != nullptr; });
        VideoDecoder::Options options;
        options.threads = open < kThreadedDecoders ? 0 : 1;
        options.history = backward ? kReverseHistory : 0;
        s.video = std::make_unique<VideoDecoder>(path, options);
        s.videoBackward = backward;
    }
    return s.video->frameAt(t);
}

void MediaPool::prefetchVideo(ObjectId clip, const std::string& path, const Time& t,
                              bool backward) {
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
    shared_->frameAt(clip, path, t, *s.sharedFrame, backward);
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

template <typename T>
void MediaPool::evictBeyond(std::map<std::string, Cached<T>>& cache, std::int64_t budget) {
    std::int64_t total = 0;
    std::vector<typename std::map<std::string, Cached<T>>::iterator> idle;
    for (auto it = cache.begin(); it != cache.end(); ++it) {
        total += it->second.bytes;
        if (it->second.lastUsed + 1 < tick_) {
            idle.push_back(it);
        }
    }
    if (total <= budget) {
        return;
    }
    // Least recently used first; what the last frame used stays whatever it costs.
    std::sort(idle.begin(), idle.end(),
              [](const auto& a, const auto& b) { return a->second.lastUsed < b->second.lastUsed; });
    for (const auto& it : idle) {
        if (total <= budget) {
            break;
        }
        total -= it->second.bytes;
        cache.erase(it);
    }
}

void MediaPool::tick() {
    ++tick_;
    if (shared_) {
        shared_->tick();
    }
    // References handed out (still(), animationFrame(), decoders) are valid for one frame:
    // everything is dropped here, between frames.
    std::erase_if(clips_,
                  [this](const auto& kv) { return tick_ - kv.second->lastUsed > idleTicks_; });
    std::vector<std::pair<std::uint64_t, ObjectId>> idle;
    for (const auto& [id, state] : clips_) {
        if (state->lastUsed + 1 < tick_) {
            idle.emplace_back(state->lastUsed, id);
        }
    }
    if (idle.size() > kMaxIdleClips) {
        std::sort(idle.begin(), idle.end());
        for (std::size_t i = 0; i + kMaxIdleClips < idle.size(); ++i) {
            clips_.erase(idle[i].second);
        }
    }
    evictBeyond(stills_, kStillBudget);
    evictBeyond(animations_, kAnimationBudget);
}

} // namespace reelcut
