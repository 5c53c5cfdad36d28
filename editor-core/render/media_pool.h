#pragma once

#include "media/animated_picture.h"
#include "media/media_info.h"
#include "model/clip.h"

#include <QByteArray>
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
// used for a while are closed, and only a few recently used ones are kept beyond what the
// current frame needs; decoded stills and animations are kept within a byte budget. So a
// long timeline (a slideshow of hundreds of photos, thousands of short clips) holds only
// what plays now, whatever its length.
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
    // The decoded still image of a picture file (cached; at most media_limits::
    // kMaxStillSide on its longest side). For an SVG, a small proxy of the picture: it is
    // drawn at the size it is shown with vectorAt().
    const QImage& still(const std::string& path);
    // Whether the picture is drawn from vectors (SVG) rather than scaled from pixels.
    bool isVector(const std::string& path);
    // An SVG drawn at `size`, or only the part `area` of it (in the pixels of that size).
    // Not cached here; callers keep what they reuse.
    QImage vectorAt(const std::string& path, const QSize& size, const QRect& area = QRect());
    // The still at a given size: SVG is drawn at that size (sharp at any scale), other
    // pictures are scaled smoothly. Not cached here; callers keep what they reuse.
    QImage stillAt(const std::string& path, const QSize& size);

    // The frame of an animated picture (MediaInfo::animatedImage) showing at source time
    // t, and its index. All frames are decoded once and kept (stickers are small).
    std::pair<const QImage*, int> animationFrame(const std::string& path, const Time& t);

    // The frame of a clip's video on screen at source time t; valid until the next call
    // for that clip. From the clip's own decoder, or from the shared ones when set.
    // `backward`: the clip plays reversed, so its decoder keeps the frames it decodes on
    // the way to a target and serves the ones before it from there (a GOP decoded forward
    // once, shown in reverse) instead of seeking for every frame.
    const AVFrame& videoFrame(ObjectId clip, const std::string& path, const Time& t,
                              bool backward = false);
    // Decode video with decoders shared with other pools (other threads) instead of
    // decoders of its own.
    void setSharedDecoders(std::shared_ptr<SharedDecoders> shared);
    // With shared decoders: fetches the frame now, for the next videoFrame call of the
    // clip at the same time, so that renderers sharing decoders can take turns to fetch
    // in timeline order and compose in parallel.
    void prefetchVideo(ObjectId clip, const std::string& path, const Time& t,
                       bool backward = false);

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

    template <typename T> struct Cached {
        T value;
        std::uint64_t lastUsed = 0;
        std::int64_t bytes = 0;
    };
    template <typename T>
    void evictBeyond(std::map<std::string, Cached<T>>& cache, std::int64_t budget);

    std::map<std::string, MediaInfo> infos_;
    std::map<std::string, Cached<QImage>> stills_;
    std::map<std::string, QByteArray> svgs_; // checked SVG files, drawn on demand
    const AnimatedPicture& loadAnimation(const std::string& path);
    std::map<std::string, Cached<AnimatedPicture>> animations_;
    std::map<ObjectId, std::unique_ptr<ClipState>> clips_;
    std::shared_ptr<SharedDecoders> shared_;
    std::uint64_t tick_ = 0;
    std::uint64_t idleTicks_ = 90;
};

} // namespace reelcut
