#include "render/media_pool.h"

#include "media/audio_reader.h"
#include "media/frame_scaler.h"
#include "media/still_image.h"
#include "media/video_decoder.h"

#include <array>

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

const MediaInfo& MediaPool::info(const std::string& path) {
    auto it = infos_.find(path);
    if (it == infos_.end()) {
        it = infos_.emplace(path, probeMedia(path)).first;
    }
    return it->second;
}

const QImage& MediaPool::still(const std::string& path) {
    auto it = stills_.find(path);
    if (it == stills_.end()) {
        it = stills_.emplace(path, loadStillImage(path)).first;
    }
    return it->second;
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
    std::erase_if(clips_, [this](const auto& kv) { return tick_ - kv.second->lastUsed > kIdleTicks; });
}

} // namespace reelcut
