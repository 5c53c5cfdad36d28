#pragma once

#include "media/ffmpeg_ptr.h"

#include <QImage>
#include <cstdint>
#include <vector>

namespace reelcut {

// Scales and converts decoded frames in one swscale pass (the cheapest place to resize),
// either into QImage::Format_ARGB32_Premultiplied images or into 8-bit 4:2:0 planes
// (BT.709 limited range, what the encoder takes). The SwsContext is cached and rebuilt
// only when the source or target geometry/format changes. Sources with alpha (PNG, WebP,
// ProRes 4444) keep it, premultiplied, in the ARGB target.
//
// swscale's SIMD output writes whole blocks of pixels past the end of a row (valgrind
// found the heap corruption this causes). A target whose rows are followed by kRowSlack
// bytes of the same picture (padded canvases, see makePaddedImage) is written straight:
// those bytes are saved and put back, so neighbouring pixels of a bigger canvas survive.
// Other QImages go through a padded buffer of ours and a row copy.
class FrameScaler {
public:
    static constexpr int kRowSlack = 64;

    FrameScaler();
    ~FrameScaler();
    FrameScaler(const FrameScaler&) = delete;
    FrameScaler& operator=(const FrameScaler&) = delete;

    // dst must already have the wanted size and Format_ARGB32_Premultiplied.
    // dstHasRowSlack: every row of dst is followed by kRowSlack bytes that belong to the
    // same picture (a makePaddedImage image or a view into one); they are written and put
    // back. Does not apply display rotation: the caller folds it into its transform.
    void scale(const AVFrame& src, QImage& dst, bool dstHasRowSlack = false);

    // Into 4:2:0 planes of w x h (both even) at dst, e.g. a region of a bigger canvas;
    // rows must have kRowSlack writable bytes after the region (w / 2 for chroma).
    void scaleToYuv(const AVFrame& src, std::uint8_t* const dst[3], const int dstStride[3], int w,
                    int h);

    // Whether scaleToYuv reproduces the source's colours exactly: swscale converts the
    // range between YUV formats but not the matrix, so only BT.709 sources (and untagged
    // HD, by convention) qualify.
    static bool yuvMatrixIsBt709(const AVFrame& src);

private:
    void prepare(const AVFrame& src, int dstW, int dstH, AVPixelFormat dstFmt);

    ff::SwsPtr ctx_;
    int srcW_ = 0, srcH_ = 0, srcFmt_ = -1, dstW_ = 0, dstH_ = 0, dstFmt_ = -1;
    int srcSpace_ = -1, srcRange_ = -1;
    bool srcAlpha_ = false;
    std::vector<std::uint8_t> padded_; // for targets without row slack
    std::vector<std::uint8_t> saved_;  // bytes after the target area, put back afterwards
};

// An ARGB32 premultiplied image whose rows have FrameScaler::kRowSlack spare bytes, so
// frames are scaled into it (or into parts of it) without a copy.
QImage makePaddedImage(const QSize& size);

} // namespace reelcut
