#include "render/shared_decoders.h"

#include "media/ffmpeg_ptr.h"

#include <algorithm>

namespace reelcut {

struct SharedDecoders::Entry {
    std::mutex mutex; // held while decoding; guards `decoder`
    std::unique_ptr<VideoDecoder> decoder;
    bool backward = false;
    std::uint64_t lastUsed = 0; // guarded by SharedDecoders::mutex_
};

SharedDecoders::SharedDecoders(const Options& options) : options_(options) {}

SharedDecoders::~SharedDecoders() = default;

std::shared_ptr<SharedDecoders::Entry> SharedDecoders::entry(ObjectId clip) {
    std::lock_guard lock(mutex_);
    auto& e = entries_[clip];
    if (!e) {
        e = std::make_shared<Entry>();
    }
    e->lastUsed = ticks_;
    return e;
}

void SharedDecoders::frameAt(ObjectId clip, const std::string& path, const Time& t, AVFrame& out,
                             bool backward) {
    const std::shared_ptr<Entry> e = entry(clip);
    std::lock_guard lock(e->mutex);
    if (!e->decoder || e->decoder->info().path != path || e->backward != backward) {
        VideoDecoder::Options options;
        options.threads = options_.decoderThreads;
        options.history = backward ? kReverseHistory : 0;
        e->decoder = std::make_unique<VideoDecoder>(path, options);
        e->backward = backward;
    }
    const AVFrame& frame = e->decoder->frameAt(t);
    av_frame_unref(&out);
    if (const int r = av_frame_ref(&out, &frame); r < 0) {
        throw std::bad_alloc();
    }
}

void SharedDecoders::tick() {
    std::lock_guard lock(mutex_);
    ++ticks_;
    const std::uint64_t idle = options_.idleTicks * std::uint64_t(std::max(1, options_.renderers));
    for (auto it = entries_.begin(); it != entries_.end();) {
        if (ticks_ - it->second->lastUsed > idle) {
            // A renderer still decoding with it keeps it alive until it is done.
            std::unique_lock busy(it->second->mutex, std::try_to_lock);
            if (busy.owns_lock() && it->second->decoder) {
                closedSeeks_ += it->second->decoder->seekCount();
            }
            busy = {};
            it = entries_.erase(it);
        } else {
            ++it;
        }
    }
}

int SharedDecoders::seekCount() const {
    std::lock_guard lock(mutex_);
    int n = closedSeeks_;
    for (const auto& [id, e] : entries_) {
        std::lock_guard busy(e->mutex);
        if (e->decoder) {
            n += e->decoder->seekCount();
        }
    }
    return n;
}

} // namespace reelcut
