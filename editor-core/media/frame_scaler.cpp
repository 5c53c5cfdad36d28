#include "media/frame_scaler.h"

#include "media/media_error.h"

#include <QtEndian>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <new>
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

// The bytes after each row's written part: saved before swscale overshoots into them and
// put back after.
class RowTails {
public:
    RowTails(std::vector<std::uint8_t>& store) : store_(store) {}
    void save(std::uint8_t* base, int stride, int rowBytes, int rows) {
        planes_[count_++] = {base, stride, rowBytes, rows, used_};
        store_.resize(used_ + std::size_t(rows) * FrameScaler::kRowSlack);
        for (int y = 0; y < rows; ++y) {
            std::memcpy(store_.data() + used_ + std::size_t(y) * FrameScaler::kRowSlack,
                        base + std::ptrdiff_t(y) * stride + rowBytes, FrameScaler::kRowSlack);
        }
        used_ += std::size_t(rows) * FrameScaler::kRowSlack;
    }
    void restore() {
        for (int i = 0; i < count_; ++i) {
            const Plane& p = planes_[i];
            for (int y = 0; y < p.rows; ++y) {
                std::memcpy(p.base + std::ptrdiff_t(y) * p.stride + p.rowBytes,
                            store_.data() + p.offset + std::size_t(y) * FrameScaler::kRowSlack,
                            FrameScaler::kRowSlack);
            }
        }
    }

private:
    struct Plane {
        std::uint8_t* base;
        int stride, rowBytes, rows;
        std::size_t offset;
    };
    std::vector<std::uint8_t>& store_;
    Plane planes_[3] = {};
    int count_ = 0;
    std::size_t used_ = 0;
};

} // namespace

FrameScaler::FrameScaler() = default;
FrameScaler::~FrameScaler() = default;

QImage makePaddedImage(const QSize& size) {
    const int w = std::max(1, size.width());
    const int h = std::max(1, size.height());
    // 64-byte aligned rows with room for swscale's overshoot after the last pixel.
    const qsizetype stride = ((qsizetype(w) * 4 + FrameScaler::kRowSlack + 63) / 64) * 64;
    auto* buffer = static_cast<uchar*>(std::aligned_alloc(64, std::size_t(stride) * h));
    if (buffer == nullptr) {
        throw std::bad_alloc();
    }
    return QImage(buffer, w, h, stride, QImage::Format_ARGB32_Premultiplied, std::free, buffer);
}

QImage makeTransparentPaddedImage(const QSize& size) {
    const int w = std::max(1, size.width());
    const int h = std::max(1, size.height());
    const qsizetype stride = ((qsizetype(w) * 4 + FrameScaler::kRowSlack + 63) / 64) * 64;
    // calloc of a large block maps fresh zero pages: nothing is touched here.
    auto* buffer = static_cast<uchar*>(std::calloc(std::size_t(stride) * h, 1));
    if (buffer == nullptr) {
        throw std::bad_alloc();
    }
    return QImage(buffer, w, h, stride, QImage::Format_ARGB32_Premultiplied, std::free, buffer);
}

bool FrameScaler::yuvMatrixIsBt709(const AVFrame& src) {
    const AVPixFmtDescriptor* desc = av_pix_fmt_desc_get(AVPixelFormat(src.format));
    return desc != nullptr && isYuv(*desc) && swsColorspace(src) == SWS_CS_ITU709;
}

void FrameScaler::prepare(const AVFrame& src, int dstW, int dstH, AVPixelFormat dstFmt) {
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
    if (ctx_ && srcW_ == src.width && srcH_ == src.height && srcFmt_ == src.format &&
        dstW_ == dstW && dstH_ == dstH && dstFmt_ == dstFmt && srcSpace_ == space &&
        srcRange_ == range) {
        return;
    }
    // Bilinear is sharp enough near 1:1; strong reductions need area averaging or they
    // alias (thumbnails, filmstrips, blurred backgrounds).
    const bool bigReduction = dstW * 2 < src.width || dstH * 2 < src.height;
    // No SWS_ACCURATE_RND / SWS_FULL_CHR_H_*: they switch off swscale's SIMD paths and
    // made this conversion the most expensive step of an export (measured with perf), for
    // differences of a level or two.
    const int flags = bigReduction ? SWS_AREA : SWS_BILINEAR;
    ctx_.reset(sws_getContext(src.width, src.height, fmt, dstW, dstH, dstFmt, flags, nullptr,
                              nullptr, nullptr));
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
    const bool toYuv = dstFmt == AV_PIX_FMT_YUV420P;
    if (space >= 0 || range >= 0 || toYuv) {
        // RGB targets: the source's matrix and range to full-range RGB. YUV targets:
        // BT.709 limited range, what the encoder is told it gets.
        const int* srcCoeffs = sws_getCoefficients(space >= 0 ? space : SWS_CS_DEFAULT);
        const int* dstCoeffs = sws_getCoefficients(toYuv ? SWS_CS_ITU709 : SWS_CS_DEFAULT);
        sws_setColorspaceDetails(ctx_.get(), srcCoeffs, std::max(range, 0), dstCoeffs,
                                 toYuv ? 0 : 1, 0, 1 << 16, 1 << 16);
    }
    srcW_ = src.width;
    srcH_ = src.height;
    srcFmt_ = src.format;
    dstW_ = dstW;
    dstH_ = dstH;
    dstFmt_ = dstFmt;
    srcSpace_ = space;
    srcRange_ = range;
    srcAlpha_ = (desc->flags & (AV_PIX_FMT_FLAG_ALPHA | AV_PIX_FMT_FLAG_PAL)) != 0;
}

void FrameScaler::scale(const AVFrame& src, QImage& dst, bool dstHasRowSlack) {
    if (dst.format() != QImage::Format_ARGB32_Premultiplied || dst.isNull()) {
        throw std::invalid_argument("FrameScaler: target must be a Format_ARGB32_Premultiplied "
                                    "image");
    }
    prepare(src, dst.width(), dst.height(), kQImagePixFmt);
    const int w = dst.width();
    const int h = dst.height();
    if (dstHasRowSlack) {
        RowTails tails(saved_);
        tails.save(dst.bits(), int(dst.bytesPerLine()), w * 4, h);
        uint8_t* const dstData[4] = {dst.bits(), nullptr, nullptr, nullptr};
        const int dstStride[4] = {int(dst.bytesPerLine()), 0, 0, 0};
        sws_scale(ctx_.get(), src.data, src.linesize, 0, src.height, dstData, dstStride);
        tails.restore();
    } else {
        // Into a padded buffer of ours, and the rows copied out.
        const int stride = ((w + 15) & ~15) * 4 + kRowSlack;
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
    }
    if (srcAlpha_) {
        premultiply(dst);
    }
}

void FrameScaler::scaleToYuv(const AVFrame& src, std::uint8_t* const dst[3], const int dstStride[3],
                             int w, int h) {
    if (w <= 0 || h <= 0 || w % 2 != 0 || h % 2 != 0) {
        throw std::invalid_argument("FrameScaler: 4:2:0 target sizes must be even");
    }
    prepare(src, w, h, AV_PIX_FMT_YUV420P);
    RowTails tails(saved_);
    tails.save(dst[0], dstStride[0], w, h);
    tails.save(dst[1], dstStride[1], w / 2, h / 2);
    tails.save(dst[2], dstStride[2], w / 2, h / 2);
    uint8_t* const data[4] = {dst[0], dst[1], dst[2], nullptr};
    const int stride[4] = {dstStride[0], dstStride[1], dstStride[2], 0};
    sws_scale(ctx_.get(), src.data, src.linesize, 0, src.height, data, stride);
    tails.restore();
}

} // namespace reelcut
