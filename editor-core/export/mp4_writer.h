#pragma once

#include "export/encode_settings.h"

#include <QImage>
#include <boost/filesystem/path.hpp>
#include <memory>

struct AVFrame;

namespace reelcut {

// Encodes and muxes one MP4. Video frames arrive composed (ARGB32 premultiplied at the
// output size), audio as interleaved float at the settings' rate, both from time 0.
// Frame n is presented at n / fps and caller audio sample i at i / rate, with no edit
// list; the file lasts exactly as long as the frames (see mp4_writer.cpp for how, and
// for the ~21 ms of AAC priming this costs at the very start). +faststart puts moov
// before mdat.
// Every failure throws MediaError naming the file, the stage and the reason.
class Mp4Writer {
public:
    Mp4Writer(const boost::filesystem::path& file, const EncodeSettings& settings);
    ~Mp4Writer();
    Mp4Writer(const Mp4Writer&) = delete;
    Mp4Writer& operator=(const Mp4Writer&) = delete;

    void writeVideo(const QImage& frame);
    // A frame already in the encoder's format (yuv420p at the output size, BT.709 limited
    // range, e.g. composed by FrameRenderer's YUV canvas): no conversion. Reference-counted
    // frames are passed on without a copy.
    void writeVideo(const AVFrame& frame);
    void writeAudio(const float* interleaved, int frames);
    // Flushes the encoders and writes the trailer. Without it the file is incomplete.
    void finish();

    std::int64_t videoFramesWritten() const;

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

} // namespace reelcut
