#include "render/yuv_canvas.h"

#include "media/ffmpeg_ptr.h"
#include "media/media_error.h"

#include <algorithm>
#include <cmath>
#include <cstring>

namespace reelcut {

namespace {

// BT.709 limited range in 16.16 fixed point, applied to premultiplied 8-bit RGB: a pixel
// of alpha a contributes a/255 of its colour's Y, Cb, Cr, so the offsets (16, 128) are
// weighted by alpha as well.
constexpr double kKr = 0.2126, kKb = 0.0722, kKg = 1.0 - kKr - kKb;
constexpr double kYScale = 219.0 / 255.0, kCScale = 224.0 / 255.0;
constexpr int fx(double v) {
    return int(v * 65536.0 + (v < 0 ? -0.5 : 0.5));
}
constexpr int kYR = fx(kKr * kYScale), kYG = fx(kKg * kYScale), kYB = fx(kKb * kYScale);
constexpr int kY0 = fx(16.0 / 255.0); // times alpha
constexpr int kUR = fx(-kKr / (2 * (1 - kKb)) * kCScale),
              kUG = fx(-kKg / (2 * (1 - kKb)) * kCScale), kUB = fx(0.5 * kCScale);
constexpr int kVR = fx(0.5 * kCScale), kVG = fx(-kKg / (2 * (1 - kKr)) * kCScale),
              kVB = fx(-kKb / (2 * (1 - kKr)) * kCScale);
constexpr int kC0 = fx(128.0 / 255.0); // times alpha

inline std::uint8_t clamp8(int v) {
    return std::uint8_t(std::clamp(v, 0, 255));
}

// out = bg * (1 - alpha) + add, alpha in 0..255, add already premultiplied (16.16).
inline std::uint8_t over(std::uint8_t bg, int alpha, std::int64_t add16) {
    const int kept = (int(bg) * (255 - alpha) + 127) / 255;
    return clamp8(kept + int((add16 + 32768) >> 16));
}

// The source pixels of `image` inside `src` blended with their top-left at `at`.
void blendPixels(YuvCanvas& c, const QImage& image, QRect src, QPoint at, double opacity) {
    // Clip to the canvas.
    QRect dst(at, src.size());
    const QRect clipped = dst.intersected(c.rect());
    if (clipped.isEmpty() || opacity <= 0.0) {
        return;
    }
    src.translate(clipped.topLeft() - dst.topLeft());
    src.setSize(clipped.size());
    dst = clipped;
    const int op = std::clamp(int(std::lround(opacity * 256.0)), 0, 256);
    const int dx = src.left() - dst.left();
    const int dy = src.top() - dst.top();
    auto row = [&](int y) {
        return reinterpret_cast<const QRgb*>(image.constScanLine(y + dy)) + dx;
    };
    auto scaled = [op](int v) {
        return (v * op + 128) >> 8;
    };

    // Luma: one pixel at a time.
    for (int y = dst.top(); y <= dst.bottom(); ++y) {
        std::uint8_t* out = c.data[0] + std::ptrdiff_t(y) * c.linesize[0];
        const QRgb* in = row(y);
        for (int x = dst.left(); x <= dst.right(); ++x) {
            const QRgb p = in[x];
            const int a = scaled(qAlpha(p));
            if (a == 0) {
                continue;
            }
            const std::int64_t add =
                (std::int64_t(kYR) * qRed(p) + std::int64_t(kYG) * qGreen(p) +
                 std::int64_t(kYB) * qBlue(p) + std::int64_t(kY0) * qAlpha(p)) *
                    op >>
                8;
            out[x] = a == 255 ? clamp8(int((add + 32768) >> 16)) : over(out[x], a, add);
        }
    }
    // Chroma: each sample covers 2x2 pixels; pixels of the block outside `dst` count as
    // transparent, so edges on odd coordinates get partial coverage.
    for (int cy = dst.top() / 2; cy <= dst.bottom() / 2; ++cy) {
        std::uint8_t* u = c.data[1] + std::ptrdiff_t(cy) * c.linesize[1];
        std::uint8_t* v = c.data[2] + std::ptrdiff_t(cy) * c.linesize[2];
        const bool top = 2 * cy >= dst.top();
        const bool bottom = 2 * cy + 1 <= dst.bottom();
        const QRgb* in0 = top ? row(2 * cy) : nullptr;
        const QRgb* in1 = bottom ? row(2 * cy + 1) : nullptr;
        for (int cx = dst.left() / 2; cx <= dst.right() / 2; ++cx) {
            const int x0 = 2 * cx, x1 = 2 * cx + 1;
            const bool left = x0 >= dst.left(), right = x1 <= dst.right();
            int r = 0, g = 0, b = 0, a = 0;
            auto add = [&](QRgb p) {
                r += qRed(p);
                g += qGreen(p);
                b += qBlue(p);
                a += qAlpha(p);
            };
            if (in0 != nullptr) {
                if (left) {
                    add(in0[x0]);
                }
                if (right) {
                    add(in0[x1]);
                }
            }
            if (in1 != nullptr) {
                if (left) {
                    add(in1[x0]);
                }
                if (right) {
                    add(in1[x1]);
                }
            }
            if (a == 0) {
                continue;
            }
            const int alpha = scaled((a + 2) / 4);
            // Sums of four pixels: /4 for the average, then * op / 256.
            const std::int64_t addU = (std::int64_t(kUR) * r + std::int64_t(kUG) * g +
                                       std::int64_t(kUB) * b + std::int64_t(kC0) * a) *
                                          op >>
                                      10;
            const std::int64_t addV = (std::int64_t(kVR) * r + std::int64_t(kVG) * g +
                                       std::int64_t(kVB) * b + std::int64_t(kC0) * a) *
                                          op >>
                                      10;
            u[cx] = over(u[cx], alpha, addU);
            v[cx] = over(v[cx], alpha, addV);
        }
    }
}

} // namespace

Yuv toYuv(QRgb color) {
    const int r = qRed(color), g = qGreen(color), b = qBlue(color);
    return {clamp8((kYR * r + kYG * g + kYB * b + kY0 * 255 + 32768) >> 16),
            clamp8((kUR * r + kUG * g + kUB * b + kC0 * 255 + 32768) >> 16),
            clamp8((kVR * r + kVG * g + kVB * b + kC0 * 255 + 32768) >> 16)};
}

YuvCanvas YuvCanvas::of(AVFrame& frame) {
    YuvCanvas c;
    for (int i = 0; i < 3; ++i) {
        c.data[i] = frame.data[i];
        c.linesize[i] = frame.linesize[i];
    }
    c.width = frame.width;
    c.height = frame.height;
    return c;
}

void YuvCanvas::fill(const QRect& area, QRgb color, double opacity) {
    const QRect r = area.intersected(rect());
    if (r.isEmpty() || opacity <= 0.0) {
        return;
    }
    const bool wholeBlocks =
        r.left() % 2 == 0 && r.top() % 2 == 0 && r.width() % 2 == 0 && r.height() % 2 == 0;
    if (opacity >= 1.0 && wholeBlocks) {
        const Yuv c = toYuv(color);
        for (int y = r.top(); y <= r.bottom(); ++y) {
            std::memset(data[0] + std::ptrdiff_t(y) * linesize[0] + r.left(), c.y,
                        std::size_t(r.width()));
        }
        for (int y = r.top() / 2; y <= r.bottom() / 2; ++y) {
            std::memset(data[1] + std::ptrdiff_t(y) * linesize[1] + r.left() / 2, c.u,
                        std::size_t(r.width() / 2));
            std::memset(data[2] + std::ptrdiff_t(y) * linesize[2] + r.left() / 2, c.v,
                        std::size_t(r.width() / 2));
        }
        return;
    }
    // Rare (partial blocks or translucent): a one-colour image through the blend.
    QImage solid(r.size(), QImage::Format_ARGB32_Premultiplied);
    solid.fill(QColor::fromRgba(color | 0xff000000));
    blend(solid, r.topLeft(), opacity);
}

void YuvCanvas::blend(const QImage& image, const QPoint& at, double opacity) {
    if (image.isNull()) {
        return;
    }
    if (image.format() != QImage::Format_ARGB32_Premultiplied) {
        blendPixels(*this, image.convertToFormat(QImage::Format_ARGB32_Premultiplied), image.rect(),
                    at, opacity);
        return;
    }
    blendPixels(*this, image, image.rect(), at, opacity);
}

void YuvCanvas::blendArea(const QImage& layer, const QRect& area, double opacity) {
    const QRect r = area.intersected(layer.rect());
    if (!r.isEmpty()) {
        blendPixels(*this, layer, r, r.topLeft(), opacity);
    }
}

void YuvCanvas::paste(const YuvCanvas& piece, const QPoint& at, const QRect& visible) {
    const QRect area =
        visible.intersected(QRect(at, QSize(piece.width, piece.height))).intersected(rect());
    if (area.isEmpty()) {
        return;
    }
    for (int y = area.top(); y <= area.bottom(); ++y) {
        std::memcpy(data[0] + std::ptrdiff_t(y) * linesize[0] + area.left(),
                    piece.data[0] + std::ptrdiff_t(y - at.y()) * piece.linesize[0] +
                        (area.left() - at.x()),
                    std::size_t(area.width()));
    }
    for (int cy = area.top() / 2; cy <= area.bottom() / 2; ++cy) {
        const int rows = int(2 * cy >= area.top()) + int(2 * cy + 1 <= area.bottom());
        for (int p = 1; p < 3; ++p) {
            std::uint8_t* out = data[p] + std::ptrdiff_t(cy) * linesize[p];
            const std::uint8_t* in =
                piece.data[p] + std::ptrdiff_t(cy - at.y() / 2) * piece.linesize[p] - at.x() / 2;
            for (int cx = area.left() / 2; cx <= area.right() / 2; ++cx) {
                const int cols = int(2 * cx >= area.left()) + int(2 * cx + 1 <= area.right());
                const int covered = rows * cols; // of 4
                out[cx] = covered == 4
                              ? in[cx]
                              : std::uint8_t(out[cx] + ((int(in[cx]) - int(out[cx])) * covered +
                                                        (in[cx] > out[cx] ? 2 : -2)) /
                                                           4);
            }
        }
    }
}

void YuvCanvas::mixWith(const YuvCanvas& other, double w) {
    const int wi = std::clamp(int(std::lround(w * 256.0)), 0, 256);
    for (int plane = 0; plane < 3; ++plane) {
        const int pw = plane == 0 ? width : (width + 1) / 2;
        const int ph = plane == 0 ? height : (height + 1) / 2;
        for (int y = 0; y < ph; ++y) {
            std::uint8_t* a = data[plane] + std::ptrdiff_t(y) * linesize[plane];
            const std::uint8_t* b = other.data[plane] + std::ptrdiff_t(y) * other.linesize[plane];
            for (int x = 0; x < pw; ++x) {
                a[x] = std::uint8_t(a[x] + (((int(b[x]) - int(a[x])) * wi + 128) >> 8));
            }
        }
    }
}

void allocateCanvasFrame(AVFrame& frame, int width, int height) {
    av_frame_unref(&frame);
    frame.format = AV_PIX_FMT_YUV420P;
    // Allocated wider than shown, so every row has spare bytes after its last pixel.
    frame.width = width + 2 * YuvCanvas::kRowPadding;
    frame.height = height;
    if (av_frame_get_buffer(&frame, 64) < 0) {
        throw MediaError("", "render",
                         "out of memory for a " + std::to_string(width) + "x" +
                             std::to_string(height) + " frame");
    }
    frame.width = width;
    frame.color_primaries = AVCOL_PRI_BT709;
    frame.color_trc = AVCOL_TRC_BT709;
    frame.colorspace = AVCOL_SPC_BT709;
    frame.color_range = AVCOL_RANGE_MPEG;
}

} // namespace reelcut
