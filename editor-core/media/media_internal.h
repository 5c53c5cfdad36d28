#pragma once

// Helpers shared by the media layer's .cpp files; not part of the engine's interface.

#include "media/ffmpeg_ptr.h"
#include "time/rational.h"
#include "util/message.h"

#include <boost/filesystem/path.hpp>
#include <optional>
#include <string>

namespace reelcut::media_detail {

inline Rational toRational(AVRational r, Rational fallback = Rational(0)) {
    return r.den != 0 ? Rational(r.num, r.den) : fallback;
}

// The stream the editor shows: the best video stream that is not cover art and has a
// decoder. -1 when there is none.
int findVideoStream(const AVFormatContext& ctx);
// The best audio stream with a decoder, -1 when there is none.
int findAudioStream(const AVFormatContext& ctx);

// Source time 0 of a file, in seconds on the container's clock. Video and audio readers of
// the same file must agree on it or they drift apart, so it is the start of the shown video
// stream when there is one, else the start of the audio stream.
Time sourceOrigin(const AVFormatContext& ctx);

// Clockwise degrees (0, 90, 180, 270) from a display matrix, 0 when there is none.
int rotationFromMatrix(const std::uint8_t* matrix, std::size_t size);
int streamRotation(const AVStream& st);

// Opens a decoder for a stream; threads = 0 lets FFmpeg pick. Throws MediaError(file,
// stage, ...).
ff::CodecContextPtr openDecoder(const AVStream& st, const std::string& file, const char* stage,
                                int threads);

// Pulls the decoded frames of one stream in order: reads packets, skips damaged ones (the
// error is kept for the message if nothing can be shown) and drains the decoder at the end.
class FrameSource {
public:
    FrameSource(AVFormatContext& fmt, AVCodecContext& dec, int index)
        : fmt_(&fmt), dec_(&dec), index_(index) {}

    // The next frame; false once the stream is exhausted.
    bool next(AVFrame& frame);
    // After a seek: drops what the decoder holds so decoding restarts at the new place.
    void restart();
    bool atEnd() const { return drained_; }
    // Why the last damaged packet or frame was skipped; empty if none was.
    const std::optional<Message>& lastError() const { return lastError_; }

private:
    AVFormatContext* fmt_;
    AVCodecContext* dec_;
    int index_;
    ff::PacketPtr pkt_ = ff::makePacket();
    bool flushSent_ = false;
    bool drained_ = false;
    std::optional<Message> lastError_;
};

// A picture file (still or animated) opened for decoding: its container, the shown stream
// and a one-thread decoder (pictures are decoded once). Throws MediaError(file, "probe",
// "no picture in the file") when it has no picture stream.
struct PictureStream {
    ff::InputFormatPtr fmt;
    int index = -1;
    ff::CodecContextPtr dec;
};
PictureStream openPictureStream(const boost::filesystem::path& file);

// Why `source` gave no picture: its last decoding error, else "no picture could be decoded".
Message noPictureDecoded(const FrameSource& source);

} // namespace reelcut::media_detail
