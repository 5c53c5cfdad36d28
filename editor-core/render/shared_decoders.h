#pragma once

#include "media/video_decoder.h"
#include "model/clip.h"

#include <cstdint>
#include <map>
#include <memory>
#include <mutex>
#include <string>

struct AVFrame;

namespace reelcut {

// Video decoders shared by several FrameRenderers composing neighbouring frames of one
// timeline at once (the export's render workers). Each clip is decoded once, whichever
// renderer asks: renderers of their own would each decode every frame, and decoding is
// most of a frame's cost. A decoder serves one renderer at a time; the others compose
// meanwhile. Frames are handed out as references (no copy). The renderers fetch in
// timeline order (FrameRenderer::prefetch, taking turns), so every decoder reads straight
// on as it would for one renderer. Thread-safe.
class SharedDecoders {
public:
    struct Options {
        int renderers = 1;      // how many renderers share these
        int decoderThreads = 0; // per decoder; 0: FFmpeg picks
        // Frames (of each renderer) a clip may go unused before its decoder closes.
        std::uint64_t idleTicks = 90;
    };
    explicit SharedDecoders(const Options& options);
    ~SharedDecoders();
    SharedDecoders(const SharedDecoders&) = delete;
    SharedDecoders& operator=(const SharedDecoders&) = delete;

    // The frame of `clip` (showing `path`) on screen at source time t, as a new reference
    // in `out` (unreferenced first). Throws MediaError like VideoDecoder.
    // `backward`: see MediaPool::videoFrame.
    void frameAt(ObjectId clip, const std::string& path, const Time& t, AVFrame& out,
                 bool backward = false);

    // Called once per frame by each renderer; closes decoders of clips no renderer used
    // lately, so a long timeline holds only what plays now.
    void tick();

    // Seeks made by all decoders so far (for tests and benchmarks).
    int seekCount() const;

private:
    struct Entry;
    std::shared_ptr<Entry> entry(ObjectId clip);

    const Options options_;
    mutable std::mutex mutex_;
    std::map<ObjectId, std::shared_ptr<Entry>> entries_;
    std::uint64_t ticks_ = 0;
    int closedSeeks_ = 0;
};

} // namespace reelcut
