#include "media/video_decoder.h"

#include "media/input_file.h"
#include "media/media_error.h"
#include "media/media_internal.h"

#include <utility>
#include <vector>

namespace reelcut {

using namespace media_detail;

struct VideoDecoder::Impl {
    std::string file;
    ff::InputFormatPtr fmt;
    ff::CodecContextPtr dec;
    int index = -1;
    Rational tb{1};
    std::int64_t originPts = 0;  // stream ticks at source time 0
    std::int64_t firstPts = 0;   // the first frame the stream shows
    std::int64_t seekWindow = 0; // how far ahead decoding on is cheaper than seeking
    std::int64_t frameStep = 1;  // ticks per frame, for frames without a timestamp
    AVStream* stream = nullptr;

    std::unique_ptr<FrameSource> source;
    // `cur` is what frameAt returned; `pending` was decoded after it (its timestamp is
    // later) and waits for a later call. Both are reused, never reallocated.
    ff::FramePtr cur = ff::makeFrame();
    ff::FramePtr pending = ff::makeFrame();
    bool haveCur = false;
    bool havePending = false;
    std::int64_t curPts = 0;
    std::int64_t pendingPts = 0;
    std::int64_t lastDecodedPts = AV_NOPTS_VALUE;
    std::optional<Message> lastError;

    Message failure(MessageText what) const {
        if (!lastError) {
            return Message(what);
        }
        return Message(QT_TRANSLATE_NOOP3("Engine", "%1: %2", "media.reason-detail"))
            .arg(Message(what))
            .arg(*lastError);
    }

    // Frames that were `cur` before, oldest first, all decoded since the last seek, so
    // together with `cur` they are consecutive frames of the stream.
    struct Shown {
        ff::FramePtr frame = ff::makeFrame();
        std::int64_t pts = 0;
    };
    std::vector<Shown> history;   // a ring of `historySize`
    std::size_t historyNext = 0;  // where the next one goes
    std::size_t historyCount = 0; // how many are valid

    void remember() {
        if (history.empty() || !haveCur) {
            return;
        }
        Shown& s = history[historyNext];
        av_frame_unref(s.frame.get());
        av_frame_move_ref(s.frame.get(), cur.get());
        s.pts = curPts;
        historyNext = (historyNext + 1) % history.size();
        historyCount = std::min(historyCount + 1, history.size());
    }

    void forget() {
        for (Shown& s : history) {
            av_frame_unref(s.frame.get());
        }
        historyNext = historyCount = 0;
    }

    // The remembered frame on screen at `target` (the last with pts <= target), if the
    // history reaches back that far.
    const Shown* recall(std::int64_t target) const {
        const Shown* best = nullptr;
        for (std::size_t i = 0; i < historyCount; ++i) {
            const std::size_t k =
                (historyNext + history.size() - historyCount + i) % history.size();
            const Shown& s = history[k];
            if (s.pts > target) {
                break;
            }
            best = &s;
        }
        return best;
    }

    // Whether seeking is less work than decoding on from the last decoded frame to
    // `target`: the container's index has a keyframe in between. Index timestamps may be
    // decode times, a few frames off the presentation times compared here, so a margin
    // keeps the choice safe: when in doubt, decode on.
    bool keyframeBetween(std::int64_t target, bool& known) const {
        known = avformat_index_get_entries_count(stream) > 0;
        if (!known) {
            return false;
        }
        const std::int64_t margin = 4 * frameStep;
        const int i = av_index_search_timestamp(stream, target - margin, AVSEEK_FLAG_BACKWARD);
        if (i < 0) {
            return false;
        }
        const AVIndexEntry* e = avformat_index_get_entry(stream, i);
        const std::int64_t from = lastDecodedPts == AV_NOPTS_VALUE ? curPts : lastDecodedPts;
        return e != nullptr && e->timestamp - margin > from;
    }

    // The next frame in presentation order and its timestamp; false at the end.
    bool decodeNext(AVFrame* f, std::int64_t& pts) {
        if (!source->next(*f)) {
            lastError = source->lastError();
            return false;
        }
        pts = f->best_effort_timestamp;
        if (pts == AV_NOPTS_VALUE) {
            pts = lastDecodedPts == AV_NOPTS_VALUE ? originPts : lastDecodedPts + frameStep;
        }
        lastDecodedPts = pts;
        return true;
    }

    void resetAfterSeek() {
        source->restart();
        forget();
        av_frame_unref(cur.get());
        av_frame_unref(pending.get());
        haveCur = havePending = false;
        lastDecodedPts = AV_NOPTS_VALUE;
    }

    bool seekStream(std::int64_t ts) {
        int r = av_seek_frame(fmt.get(), index, ts, AVSEEK_FLAG_BACKWARD);
        if (r < 0) {
            r = avformat_seek_file(fmt.get(), index, INT64_MIN, ts, ts, 0);
        }
        if (r < 0) {
            lastError =
                Message(QT_TRANSLATE_NOOP3("Engine", "cannot jump to a time in the file: %1",
                                           "media.seek"))
                    .arg(ffmpegErrorMessage(r));
            return false;
        }
        resetAfterSeek();
        return true;
    }

    void seekTo(std::int64_t target) {
        // Demuxers with a coarse index, or one of decode times, can land after the target:
        // step back further a few times, then from the start of the stream, which is
        // always early enough (but on a long file far more to decode).
        std::int64_t ts = target;
        for (int attempt = 0;; ++attempt) {
            if (!seekStream(ts)) {
                throw MediaError(file, "decode", *lastError);
            }
            havePending = decodeNext(pending.get(), pendingPts);
            if ((havePending && pendingPts <= target) || ts <= firstPts) {
                return;
            }
            const std::int64_t late = havePending ? pendingPts - target : 0;
            ts = attempt < 2 ? std::max(firstPts, ts - late - (frameStep << (2 + 2 * attempt)))
                             : firstPts;
        }
    }

    // Makes `cur` the last frame with pts <= target (or the first one decoded when every
    // frame is later), keeping the frame after it in `pending`.
    void advance(std::int64_t target) {
        for (;;) {
            if (!havePending) {
                if (source->atEnd() || !decodeNext(pending.get(), pendingPts)) {
                    return;
                }
                havePending = true;
            }
            if (haveCur && pendingPts > target) {
                return;
            }
            remember(); // leaves `cur` blank when it keeps it
            std::swap(cur, pending);
            curPts = pendingPts;
            haveCur = true;
            havePending = false;
        }
    }
};

VideoDecoder::VideoDecoder(const boost::filesystem::path& file) : VideoDecoder(file, Options{}) {}

VideoDecoder::VideoDecoder(const boost::filesystem::path& file, int threads)
    : VideoDecoder(file, Options{threads, 0}) {}

VideoDecoder::VideoDecoder(const boost::filesystem::path& file, const Options& options)
    : impl_(std::make_unique<Impl>()) {
    Impl& d = *impl_;
    d.history.resize(std::size_t(std::max(0, options.history)));
    d.file = file.string();
    info_ = probeMedia(file);
    d.fmt = openInputFile(file);
    d.index = findVideoStream(*d.fmt);
    if (!info_.hasVideo || d.index < 0) {
        throw MediaError(
            d.file, "open",
            Message(QT_TRANSLATE_NOOP3("Engine", "no video stream", "media.no-video")));
    }
    for (unsigned i = 0; i < d.fmt->nb_streams; ++i) {
        // Not demuxing the other streams' packets saves reading and queueing them.
        d.fmt->streams[i]->discard = int(i) == d.index ? AVDISCARD_DEFAULT : AVDISCARD_ALL;
    }
    d.stream = d.fmt->streams[d.index];
    const AVStream& st = *d.stream;
    d.tb = toRational(st.time_base, Rational(1, 90000));
    d.dec = openDecoder(st, d.file, "decode", std::max(0, options.threads));
    d.source = std::make_unique<FrameSource>(*d.fmt, *d.dec, d.index);

    const FrameRate rate = info_.frameRate.isZero() ? FrameRate(30) : info_.frameRate;
    d.seekWindow = (Rational(64) / rate / d.tb).floor();
    d.frameStep = std::max<std::int64_t>(1, (Rational(1) / rate / d.tb).roundMul(1));

    d.havePending = d.decodeNext(d.pending.get(), d.pendingPts);
    if (!d.havePending) {
        throw MediaError(d.file, "decode",
                         d.failure(QT_TRANSLATE_NOOP3("Engine", "no video frame can be decoded",
                                                      "media.no-frame")));
    }
    d.firstPts = d.pendingPts;
    d.originPts = st.start_time != AV_NOPTS_VALUE ? st.start_time : d.firstPts;
    d.advance(d.firstPts);
}

VideoDecoder::~VideoDecoder() = default;

const AVFrame& VideoDecoder::frameAt(const Time& t) {
    Impl& d = *impl_;
    // Rounded, not floored: Matroska stores times in whole milliseconds, so a 29.97 fps
    // frame can be stamped up to half a tick after its true time and must still be the one
    // shown there.
    const std::int64_t target = std::max(d.originPts + (t / d.tb).roundMul(1), d.firstPts);
    bool seek = false;
    if (d.haveCur && target < d.curPts) {
        if (const Impl::Shown* s = d.recall(target)) {
            lastTime_ = Rational(s->pts - d.originPts) * d.tb;
            return *s->frame;
        }
        seek = true;
    } else if (!d.haveCur) {
        seek = true;
    } else if ((d.havePending && d.pendingPts > target) || (!d.havePending && d.source->atEnd())) {
        seek = false; // the answer is already at hand
    } else {
        bool indexed = false;
        seek = d.keyframeBetween(target, indexed);
        if (!indexed) {
            seek = target - d.curPts > d.seekWindow;
        }
    }
    if (seek) {
        ++seeks_;
        d.seekTo(target);
    }
    d.advance(target);
    if (!d.haveCur) {
        throw MediaError(d.file, "decode",
                         d.failure(QT_TRANSLATE_NOOP3("Engine", "no frame can be decoded here",
                                                      "media.no-frame-here")));
    }
    lastTime_ = Rational(d.curPts - d.originPts) * d.tb;
    return *d.cur;
}

} // namespace reelcut

namespace reelcut {

void VideoDecoder::setAnalysisQuality(bool on) {
    impl_->dec->skip_loop_filter = on ? AVDISCARD_ALL : AVDISCARD_DEFAULT;
}

} // namespace reelcut
