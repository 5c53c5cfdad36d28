#pragma once

#include <QImage>
#include <QRect>
#include <QRgb>
#include <cstdint>

struct AVFrame;

namespace reelcut {

// A picture being composed for export: 8-bit 4:2:0 planes (Y, Cb, Cr), BT.709 limited
// range, which is what the encoder takes, so an export frame is never converted to RGB and
// back as a whole. Views an AVFrame (or any planes) without owning it.
//
// Rows must have at least kRowPadding bytes of slack after `width` (luma) and
// `width / 2` (chroma): swscale's SIMD output writes whole blocks past the end of a row,
// and scaling straight into the canvas relies on that slack (see scaleInto).
struct YuvCanvas {
    static constexpr int kRowPadding = 64;

    std::uint8_t* data[3] = {nullptr, nullptr, nullptr};
    int linesize[3] = {0, 0, 0};
    int width = 0;
    int height = 0;

    static YuvCanvas of(AVFrame& frame);
    QRect rect() const { return QRect(0, 0, width, height); }

    // Fills `area` (clipped to the canvas) with an opaque colour, or blends it over what
    // is there at `opacity`.
    void fill(const QRect& area, QRgb color, double opacity = 1.0);
    // Draws a premultiplied ARGB image with its top-left corner at `at`, over what is
    // there, at `opacity`. Pixels outside the canvas are skipped.
    void blend(const QImage& image, const QPoint& at, double opacity = 1.0);
    // Replaces `area` with the same area of `layer` (premultiplied ARGB) blended over the
    // canvas: the hand-over point of everything composed in RGB (rotated clips, effects,
    // transitions, text).
    void blendArea(const QImage& layer, const QRect& area, double opacity = 1.0);
    // Copies the pixels of `piece`, placed with its top-left corner at `at` (even), that
    // fall inside `visible`; chroma samples only partly inside are mixed by coverage, as
    // blend() does for an opaque picture with edges on odd coordinates.
    void paste(const YuvCanvas& piece, const QPoint& at, const QRect& visible);
    // Weighted mix towards `other` (same size): this = this * (1 - w) + other * w.
    void mixWith(const YuvCanvas& other, double w);
    // Converts to Format_ARGB32_Premultiplied (opaque) at the canvas size.
    void toImage(QImage& out) const;
};

// Allocates a reference-counted YUV 4:2:0 frame whose rows carry YuvCanvas::kRowPadding
// spare bytes, tagged BT.709 limited range.
void allocateCanvasFrame(AVFrame& frame, int width, int height);

// Y, Cb, Cr (BT.709, limited range) of an opaque colour.
struct Yuv {
    int y, u, v;
};
Yuv toYuv(QRgb color);

} // namespace reelcut
