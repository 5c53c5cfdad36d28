#pragma once

#include "media/media_info.h"
#include "model/clip.h"

#include <QImage>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

struct AVFrame;

namespace reelcut {

class VideoDecoder;
class AudioReader;
class FrameScaler;
class SharedDecoders;

// Opens media lazily and keeps it open while it is in use. Decoders are kept per clip,
// not per file: two clips of one file cross-fading would otherwise make one decoder seek
// back and forth every frame. Probes and decoded stills are shared per file. Clips not
// used for a while are closed, so a long timeline holds only what plays now.
// Not thread-safe: each renderer (preview worker, export worker) has its own pool; the
// export's workers share their video decoders (setSharedDecoders).
class MediaPool {
public:
    MediaPool();
    ~MediaPool();
    MediaPool(const MediaPool&) = delete;
    MediaPool& operator=(const MediaPool&) = delete;

    // Throws MediaError if the file cannot be probed. Cached.
    const MediaInfo& info(const std::string& path);
    // The decoded still image of a picture file (cached, native size).
    const QImage& still(const std::string& path);
    // The still at a given size: SVG is drawn at that size (sharp at any scale), other
    // pictures are scaled smoothly. Not cached here; callers keep what they reuse.
    QImage stillAt(const std::string& path, const QSize& size);

    // The frame of an animated picture (MediaInfo::animatedImage) showing at source time
    // t, and its index. All frames are decoded once and kept (stickers are small).
    std::pair<const QImage*, int> animationFrame(const std::string& path, const Time& t);

    // The frame of a clip's video on screen at source time t; valid until the next call
    // for that clip. From the clip's own decoder, or from the shared ones when set.
    const AVFrame& videoFrame(ObjectId clip, const std::string& path, const Time& t);
    // Decode video with decoders shared with other pools (other threads) instead of
    // decoders of its own.
    void setSharedDecoders(std::shared_ptr<SharedDecoders> shared);
    // With shared decoders: fetches the frame now, for the next videoFrame call of the
    // clip at the same time, so that renderers sharing decoders can take turns to fetch
    // in timeline order and compose in parallel.
    void prefetchVideo(ObjectId clip, const std::string& path, const Time& t);

    // Ticks a clip may go unused before what it holds is closed (default 90: survives a
    // transition or a short scrub back). An export, which only moves forward, closes
    // sooner.
    void setIdleTicks(std::uint64_t ticks) { idleTicks_ = ticks; }
    FrameScaler& scaler(ObjectId clip, int slot);
    AudioReader& audio(ObjectId clip, const std::string& path);

    // Per-clip scratch images (scaled frame, blurred background), reused across frames.
    QImage& image(ObjectId clip, int slot);

    // Marks the start of a new frame or audio block; closes what was not used lately.
    void tick();

private:
    struct ClipState;
    ClipState& state(ObjectId clip);

    std::map<std::string, MediaInfo> infos_;
    std::map<std::string, QImage> stills_;
    struct Animation {
        std::vector<QImage> frames;
        std::vector<Time> starts; // start time of each frame
        Time length{0};
    };
    const Animation& loadAnimation(const std::string& path);
    std::map<std::string, Animation> animations_;
    std::map<ObjectId, std::unique_ptr<ClipState>> clips_;
    std::shared_ptr<SharedDecoders> shared_;
    std::uint64_t tick_ = 0;
    std::uint64_t idleTicks_ = 90;
};

} // namespace reelcut
