#include "media/media_internal.h"

#include "media/input_file.h"
#include "media/media_error.h"

namespace reelcut::media_detail {

bool FrameSource::next(AVFrame& frame) {
    if (drained_) {
        return false;
    }
    for (;;) {
        int r = avcodec_receive_frame(dec_, &frame);
        if (r == 0) {
            return true;
        }
        if (r == AVERROR_EOF || (r == AVERROR(EAGAIN) && flushSent_)) {
            drained_ = true;
            return false;
        }
        if (r != AVERROR(EAGAIN)) {
            lastError_ = ffmpegErrorMessage(r);
            continue;
        }
        r = av_read_frame(fmt_, pkt_.get());
        if (r < 0) {
            // A read error is a truncated or damaged file: show what was decoded so far.
            if (r != AVERROR_EOF) {
                lastError_ = ffmpegErrorMessage(r);
            }
            avcodec_send_packet(dec_, nullptr);
            flushSent_ = true;
            continue;
        }
        if (pkt_->stream_index == index_) {
            r = avcodec_send_packet(dec_, pkt_.get());
            if (r < 0 && r != AVERROR(EAGAIN)) {
                lastError_ = ffmpegErrorMessage(r);
            }
        }
        av_packet_unref(pkt_.get());
    }
}

void FrameSource::restart() {
    avcodec_flush_buffers(dec_);
    flushSent_ = false;
    drained_ = false;
}

PictureStream openPictureStream(const boost::filesystem::path& file) {
    PictureStream p;
    p.fmt = openInputFile(file);
    p.index = findVideoStream(*p.fmt);
    if (p.index < 0) {
        throw MediaError(
            file.string(), "probe",
            Message(QT_TRANSLATE_NOOP3("Engine", "no picture in the file", "media.no-picture")));
    }
    p.dec = openDecoder(*p.fmt->streams[p.index], file.string(), "decode", 1);
    return p;
}

Message noPictureDecoded(const FrameSource& source) {
    return source.lastError() ? *source.lastError()
                              : Message(QT_TRANSLATE_NOOP3("Engine", "no picture could be decoded",
                                                           "media.no-picture-decoded"));
}

} // namespace reelcut::media_detail
