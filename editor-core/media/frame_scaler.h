#pragma once

#include "media/ffmpeg_ptr.h"

#include <QImage>
#include <cstdint>
#include <vector>

namespace reelcut {

// Scales and converts decoded frames into QImage::Format_ARGB32_Premultiplied images of
// any size in one swscale pass (the cheapest place to resize). The SwsContext is cached
// and rebuilt only when the source or target geometry/format changes. Sources with alpha
// (PNG, WebP, ProRes 4444) keep it, premultiplied.
class FrameScaler {
public:
    FrameScaler();
    ~FrameScaler();
    FrameScaler(const FrameScaler&) = delete;
    FrameScaler& operator=(const FrameScaler&) = delete;

    // dst must already have the wanted size and Format_ARGB32_Premultiplied.
    // Does not apply display rotation: the caller folds it into its transform.
    void scale(const AVFrame& src, QImage& dst);

private:
    ff::SwsPtr ctx_;
    int srcW_ = 0, srcH_ = 0, srcFmt_ = -1, dstW_ = 0, dstH_ = 0;
    int srcSpace_ = -1, srcRange_ = -1;
    bool srcAlpha_ = false;
    std::vector<std::uint8_t> padded_; // swscale's output, with room for its overshoot
};

} // namespace reelcut
