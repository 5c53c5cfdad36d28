#pragma once

#include "time/rational.h"

#include <QImage>
#include <QSize>
#include <boost/filesystem/path.hpp>
#include <memory>
#include <vector>

namespace reelcut {

class VideoDecoder;
class FrameScaler;

// Small pictures of a media file for the media bin and the timeline's filmstrips.
// Keeps its decoder open so a run of thumbnails in time order decodes forward instead
// of seeking for each one. Not thread-safe: one per worker job.
class Thumbnailer {
public:
    explicit Thumbnailer(const boost::filesystem::path& file); // throws MediaError
    ~Thumbnailer();
    Thumbnailer(const Thumbnailer&) = delete;
    Thumbnailer& operator=(const Thumbnailer&) = delete;

    // The picture at source time t, display rotation applied, scaled to fit inside
    // `box` with its aspect kept. Stills ignore t. A file with no picture gives a null
    // image. Throws MediaError when decoding fails.
    QImage at(const Time& t, const QSize& box);

    // Pictures at t = 0, step, 2*step ... up to the media's duration (at least one).
    std::vector<QImage> strip(const Time& step, const QSize& box);

    const Time& duration() const { return duration_; }

private:
    boost::filesystem::path file_;
    std::unique_ptr<VideoDecoder> decoder_;
    std::unique_ptr<FrameScaler> scaler_;
    QImage still_;
    Time duration_;
    int rotation_ = 0;
    bool hasPicture_ = false;
};

} // namespace reelcut
