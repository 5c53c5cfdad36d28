#pragma once

#include "media/ffmpeg_ptr.h"
#include "media/media_info.h"
#include "time/rational.h"

#include <boost/filesystem/path.hpp>

namespace reelcut {

// Decodes one video stream with frame-exact random access. Keep one per source and read
// it in order: a read forward decodes on unless the container's index shows a keyframe
// between what was decoded last and the target (then seeking there is less work); without
// an index, reads less than a few dozen frames ahead decode on. A read backward seeks to
// the keyframe before the target, flushes the decoder and decodes forward, unless the
// frame is among the last few shown (see Options::history). Positions are computed from
// timestamps in the stream time base, so variable frame rate sources map correctly.
// Frames a decoder serving a reversed clip keeps (Options::history): a backward read
// past them seeks to the keyframe before and decodes forward, keeping the last this
// many, so a GOP of g frames costs about g / kReverseHistory extra decodes per frame.
inline constexpr int kReverseHistory = 32;

class VideoDecoder {
public:
    struct Options {
        // Decoder threads: 0 lets FFmpeg pick (frame threads, one per core and one more),
        // 1 decodes on the calling thread (no frame latency after a seek).
        int threads = 0;
        // Frames recently shown, kept (by reference, no copy) so that a read slightly
        // behind the last one is answered without a seek: several renderers sharing one
        // decoder ask for neighbouring frames in any order.
        int history = 0;
    };

    explicit VideoDecoder(const boost::filesystem::path& file); // throws MediaError
    VideoDecoder(const boost::filesystem::path& file, const Options& options);
    // threads: decoder threads, 0 for FFmpeg's choice (about one per core). Each frame
    // thread holds frames of its own, so many decoders open at once take one each.
    VideoDecoder(const boost::filesystem::path& file, int threads);
    ~VideoDecoder();
    VideoDecoder(const VideoDecoder&) = delete;
    VideoDecoder& operator=(const VideoDecoder&) = delete;

    const MediaInfo& info() const { return info_; }

    // The frame on screen at source time t: the last frame whose timestamp is <= t.
    // Before the first frame gives the first frame, past the end gives the last one.
    // The frame stays valid until the next call. Throws MediaError on a decode failure
    // that leaves no frame to show.
    const AVFrame& frameAt(const Time& t);

    // Timestamp (seconds) of the frame last returned by frameAt.
    Time lastFrameTime() const { return lastTime_; }

    // For analysis (face tracking) rather than display: skip H.264/HEVC's in-loop
    // deblocking, about a third of decode time. The picture is slightly blockier, which a
    // landmark tracker does not notice; never use it for frames that are shown.
    void setAnalysisQuality(bool on);

    // Counters for tests and benchmarks: how often frameAt had to seek.
    int seekCount() const { return seeks_; }

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
    MediaInfo info_;
    Time lastTime_;
    int seeks_ = 0;
};

} // namespace reelcut
