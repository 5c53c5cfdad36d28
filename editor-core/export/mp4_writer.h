#pragma once

#include "export/encode_settings.h"

#include <QImage>
#include <boost/filesystem/path.hpp>
#include <memory>

namespace reelcut {

// Encodes and muxes one MP4. Video frames arrive composed (ARGB32 premultiplied at the
// output size), audio as interleaved float at the settings' rate. Video frame n gets
// pts n, audio starts at 0; the writer compensates the AAC encoder delay itself so the
// file needs no edit list and stays in sync. +faststart puts moov before mdat.
// Every failure throws MediaError naming the file, the stage and the reason.
class Mp4Writer {
public:
    Mp4Writer(const boost::filesystem::path& file, const EncodeSettings& settings);
    ~Mp4Writer();
    Mp4Writer(const Mp4Writer&) = delete;
    Mp4Writer& operator=(const Mp4Writer&) = delete;

    void writeVideo(const QImage& frame);
    void writeAudio(const float* interleaved, int frames);
    // Flushes the encoders and writes the trailer. Without it the file is incomplete.
    void finish();

    std::int64_t videoFramesWritten() const;

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

} // namespace reelcut
