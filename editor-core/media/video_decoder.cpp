#include "media/video_decoder.h"

#include "media/input_file.h"
#include "media/media_error.h"
#include "media/media_internal.h"

#include <utility>

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
        if (!seekStream(target)) {
            throw MediaError(file, "decode", *lastError);
        }
        havePending = decodeNext(pending.get(), pendingPts);
        // Demuxers with a coarse or missing index can land after the target; the start of
        // the stream is always early enough.
        if ((!havePending || pendingPts > target) && target > firstPts) {
            if (!seekStream(firstPts)) {
                throw MediaError(file, "decode", *lastError);
            }
            havePending = decodeNext(pending.get(), pendingPts);
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
            std::swap(cur, pending);
            curPts = pendingPts;
            haveCur = true;
            havePending = false;
        }
    }
};

VideoDecoder::VideoDecoder(const boost::filesystem::path& file, int threads)
    : impl_(std::make_unique<Impl>()) {
    Impl& d = *impl_;
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
    const AVStream& st = *d.fmt->streams[d.index];
    d.tb = toRational(st.time_base, Rational(1, 90000));
    d.dec = openDecoder(st, d.file, "decode", std::max(0, threads));
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
    if (!d.haveCur || target < d.curPts) {
        seek = true;
    } else if ((d.havePending && d.pendingPts > target) || (!d.havePending && d.source->atEnd())) {
        seek = false; // the answer is already at hand
    } else {
        seek = target - d.curPts > d.seekWindow;
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
