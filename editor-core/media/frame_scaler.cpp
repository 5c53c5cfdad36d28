#include "media/frame_scaler.h"

#include "media/media_error.h"

#include <QtEndian>
#include <cstdint>
#include <cstring>
#include <stdexcept>

extern "C" {
#include <libavutil/pixdesc.h>
}

namespace reelcut {

namespace {

// QImage::Format_ARGB32_Premultiplied is 0xAARRGGBB in native 32-bit words.
constexpr AVPixelFormat kQImagePixFmt =
    Q_BYTE_ORDER == Q_LITTLE_ENDIAN ? AV_PIX_FMT_BGRA : AV_PIX_FMT_ARGB;

bool isYuv(const AVPixFmtDescriptor& d) {
    return (d.flags & AV_PIX_FMT_FLAG_RGB) == 0 && (d.flags & AV_PIX_FMT_FLAG_PAL) == 0 &&
           d.nb_components >= 3;
}

bool isFullRangeYuvjFormat(AVPixelFormat f) {
    return f == AV_PIX_FMT_YUVJ420P || f == AV_PIX_FMT_YUVJ422P || f == AV_PIX_FMT_YUVJ444P ||
           f == AV_PIX_FMT_YUVJ440P || f == AV_PIX_FMT_YUVJ411P;
}

// Untagged video follows the convention of its size: HD and larger is BT.709, SD is BT.601.
int swsColorspace(const AVFrame& f) {
    switch (f.colorspace) {
    case AVCOL_SPC_BT709:
        return SWS_CS_ITU709;
    case AVCOL_SPC_FCC:
        return SWS_CS_FCC;
    case AVCOL_SPC_BT470BG:
    case AVCOL_SPC_SMPTE170M:
        return SWS_CS_ITU601;
    case AVCOL_SPC_SMPTE240M:
        return SWS_CS_SMPTE240M;
    case AVCOL_SPC_BT2020_NCL:
    case AVCOL_SPC_BT2020_CL:
        return SWS_CS_BT2020;
    default:
        return (f.width >= 1280 || f.height > 576) ? SWS_CS_ITU709 : SWS_CS_ITU601;
    }
}

// swscale writes straight alpha; QImage's premultiplied format wants colour scaled by it.
void premultiply(QImage& img) {
    for (int y = 0; y < img.height(); ++y) {
        auto* px = reinterpret_cast<QRgb*>(img.scanLine(y));
        for (int x = 0; x < img.width(); ++x) {
            const QRgb p = px[x];
            const unsigned a = qAlpha(p);
            if (a == 255) {
                continue;
            }
            auto mul = [a](unsigned c) {
                return (c * a + 127) / 255;
            };
            px[x] = qRgba(int(mul(qRed(p))), int(mul(qGreen(p))), int(mul(qBlue(p))), int(a));
        }
    }
}

} // namespace

FrameScaler::FrameScaler() = default;
FrameScaler::~FrameScaler() = default;

void FrameScaler::scale(const AVFrame& src, QImage& dst) {
    if (dst.format() != QImage::Format_ARGB32_Premultiplied || dst.isNull()) {
        throw std::invalid_argument("FrameScaler: target must be a Format_ARGB32_Premultiplied "
                                    "image");
    }
    const auto fmt = AVPixelFormat(src.format);
    const AVPixFmtDescriptor* desc = av_pix_fmt_desc_get(fmt);
    if (desc == nullptr || src.width <= 0 || src.height <= 0) {
        throw MediaError("", "scale",
                         Message(QT_TRANSLATE_NOOP3("Engine", "a frame without a picture",
                                                    "media.empty-frame")));
    }
    int space = -1;
    int range = -1;
    if (isYuv(*desc)) {
        space = swsColorspace(src);
        range = (src.color_range == AVCOL_RANGE_JPEG || isFullRangeYuvjFormat(fmt)) ? 1 : 0;
    } else if ((desc->flags & AV_PIX_FMT_FLAG_RGB) == 0 &&
               (desc->flags & AV_PIX_FMT_FLAG_PAL) == 0) {
        // Grey: full range unless a video decoder says otherwise.
        range = src.color_range == AVCOL_RANGE_MPEG ? 0 : 1;
    }
    if (!ctx_ || srcW_ != src.width || srcH_ != src.height || srcFmt_ != src.format ||
        dstW_ != dst.width() || dstH_ != dst.height() || srcSpace_ != space || srcRange_ != range) {
        // Bilinear is sharp enough near 1:1; strong reductions need area averaging or
        // they alias (thumbnails, filmstrips).
        const bool bigReduction = dst.width() * 2 < src.width || dst.height() * 2 < src.height;
        // No SWS_ACCURATE_RND / SWS_FULL_CHR_H_*: they switch off swscale's SIMD paths and
        // made this conversion the most expensive step of an export (measured with perf),
        // for differences of a level or two.
        const int flags = bigReduction ? SWS_AREA : SWS_BILINEAR;
        ctx_.reset(sws_getContext(src.width, src.height, fmt, dst.width(), dst.height(),
                                  kQImagePixFmt, flags, nullptr, nullptr, nullptr));
        if (!ctx_) {
            srcFmt_ = -1;
            throw MediaError(
                "", "scale",
                Message(QT_TRANSLATE_NOOP3("Engine", "cannot convert pictures in %1 at %2x%3",
                                           "media.cannot-convert"))
                    .arg(desc->name)
                    .arg(src.width)
                    .arg(src.height));
        }
        if (space >= 0 || range >= 0) {
            const int* coeffs = sws_getCoefficients(space >= 0 ? space : SWS_CS_DEFAULT);
            sws_setColorspaceDetails(ctx_.get(), coeffs, range, sws_getCoefficients(SWS_CS_DEFAULT),
                                     1, 0, 1 << 16, 1 << 16);
        }
        srcW_ = src.width;
        srcH_ = src.height;
        srcFmt_ = src.format;
        dstW_ = dst.width();
        dstH_ = dst.height();
        srcSpace_ = space;
        srcRange_ = range;
        srcAlpha_ = (desc->flags & (AV_PIX_FMT_FLAG_ALPHA | AV_PIX_FMT_FLAG_PAL)) != 0;
    }
    // swscale's SIMD output writes whole blocks of pixels, up to 15 past the end of a row
    // (and so past the end of the last row's buffer, or over a neighbour's pixels when dst
    // is a view into a bigger canvas). It writes into a padded buffer of ours instead, and
    // the rows are copied out: a memcpy is cheap next to the scaling itself.
    const int w = dst.width();
    const int h = dst.height();
    const int stride = ((w + 15) & ~15) * 4 + 64;
    const std::size_t need = std::size_t(stride) * std::size_t(h + 1) + 64;
    if (padded_.size() < need) {
        padded_.resize(need);
    }
    auto* base = reinterpret_cast<std::uint8_t*>(
        (reinterpret_cast<std::uintptr_t>(padded_.data()) + 63) & ~std::uintptr_t(63));
    uint8_t* const dstData[4] = {base, nullptr, nullptr, nullptr};
    const int dstStride[4] = {stride, 0, 0, 0};
    sws_scale(ctx_.get(), src.data, src.linesize, 0, src.height, dstData, dstStride);
    const std::size_t rowBytes = std::size_t(w) * 4;
    for (int y = 0; y < h; ++y) {
        std::memcpy(dst.scanLine(y), base + std::size_t(y) * std::size_t(stride), rowBytes);
    }
    if (srcAlpha_) {
        premultiply(dst);
    }
}

} // namespace reelcut
