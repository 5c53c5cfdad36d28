#include "media/media_info.h"

#include "media/input_file.h"
#include "media/media_error.h"
#include "media/media_internal.h"
#include "media/media_limits.h"
#include "util/system_error.h"

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <string_view>
#include <vector>

extern "C" {
#include <libavutil/display.h>
#include <libavutil/pixdesc.h>
}

namespace reelcut {

namespace media_detail {

namespace {

int findStream(const AVFormatContext& ctx, AVMediaType type) {
    auto usable = [&](int i) {
        if (i < 0) {
            return false;
        }
        const AVStream* st = ctx.streams[i];
        const AVCodecParameters* par = st->codecpar;
        if (par->codec_type != type || avcodec_find_decoder(par->codec_id) == nullptr) {
            return false;
        }
        if (type == AVMEDIA_TYPE_VIDEO) {
            // Cover art in an MP3 or M4A is not the clip's picture.
            return (st->disposition & AV_DISPOSITION_ATTACHED_PIC) == 0 && par->width > 0 &&
                   par->height > 0;
        }
        return par->sample_rate > 0 && par->ch_layout.nb_channels > 0;
    };
    const int best =
        av_find_best_stream(const_cast<AVFormatContext*>(&ctx), type, -1, -1, nullptr, 0);
    if (usable(best)) {
        return best;
    }
    for (unsigned i = 0; i < ctx.nb_streams; ++i) {
        if (usable(int(i))) {
            return int(i);
        }
    }
    return -1;
}

std::int64_t streamStart(const AVStream& st) {
    return st.start_time != AV_NOPTS_VALUE ? st.start_time : 0;
}

} // namespace

int findVideoStream(const AVFormatContext& ctx) {
    return findStream(ctx, AVMEDIA_TYPE_VIDEO);
}

int findAudioStream(const AVFormatContext& ctx) {
    return findStream(ctx, AVMEDIA_TYPE_AUDIO);
}

Time sourceOrigin(const AVFormatContext& ctx) {
    int idx = findVideoStream(ctx);
    if (idx < 0) {
        idx = findAudioStream(ctx);
    }
    if (idx < 0) {
        return Time(0);
    }
    const AVStream& st = *ctx.streams[idx];
    return Rational(streamStart(st)) * toRational(st.time_base, Rational(1));
}

int rotationFromMatrix(const std::uint8_t* matrix, std::size_t size) {
    if (matrix == nullptr || size < 9 * sizeof(std::int32_t)) {
        return 0;
    }
    // av_display_rotation_get answers counter-clockwise degrees; the editor applies
    // clockwise turns.
    const double ccw = av_display_rotation_get(reinterpret_cast<const std::int32_t*>(matrix));
    if (std::isnan(ccw)) {
        return 0;
    }
    const long quarter = std::lround(-ccw / 90.0);
    return int(((quarter % 4) + 4) % 4) * 90;
}

int streamRotation(const AVStream& st) {
    size_t size = 0;
    const std::uint8_t* m = av_stream_get_side_data(&st, AV_PKT_DATA_DISPLAYMATRIX, &size);
    return rotationFromMatrix(m, size);
}

ff::CodecContextPtr openDecoder(const AVStream& st, const std::string& file, const char* stage,
                                int threads) {
    const AVCodec* codec = avcodec_find_decoder(st.codecpar->codec_id);
    if (codec == nullptr) {
        throw MediaError(file, stage,
                         Message(QT_TRANSLATE_NOOP3("Engine",
                                                    "the file uses %1, which this installation "
                                                    "cannot decode",
                                                    "media.no-decoder"))
                             .arg(avcodec_get_name(st.codecpar->codec_id)));
    }
    ff::CodecContextPtr cc(avcodec_alloc_context3(codec));
    if (!cc) {
        throw MediaError(file, stage, systemErrorMessage(ENOMEM));
    }
    if (const int r = avcodec_parameters_to_context(cc.get(), st.codecpar); r < 0) {
        throw MediaError(file, stage, ffmpegErrorMessage(r));
    }
    cc->pkt_timebase = st.time_base;
    // Whatever a crafted header says, a frame never needs more than this.
    cc->max_pixels = media_limits::kMaxPixels;
    cc->thread_count = threads;
    if (threads != 1) {
        cc->thread_type = FF_THREAD_FRAME | FF_THREAD_SLICE;
    }
    if (const int r = avcodec_open2(cc.get(), codec, nullptr); r < 0) {
        throw MediaError(file, stage, ffmpegErrorMessage(r));
    }
    return cc;
}

} // namespace media_detail

namespace {

using namespace media_detail;

bool isImageDemuxer(std::string_view name) {
    return name == "image2" || (name.size() > 5 && name.substr(name.size() - 5) == "_pipe");
}

Time streamDuration(const AVStream& st) {
    if (st.duration == AV_NOPTS_VALUE || st.duration <= 0 || st.time_base.den == 0) {
        return Time(0);
    }
    return Rational(st.duration) * toRational(st.time_base);
}

struct FrameTiming {
    bool variable = false;
    FrameRate measured{0};
};

// Container frame rates are declarations; whether the timestamps keep to one is only
// known by looking. Sorting the first packets' timestamps into presentation order and
// comparing the steps is cheap (no decoding) and catches phone recordings and screen
// captures. Steps within one tick or 10% of each other count as steady, which tolerates
// millisecond time bases (33/34/33 ms at 29.97 fps).
FrameTiming sampleFrameTiming(AVFormatContext& ctx, int videoIndex) {
    constexpr int kWantedFrames = 90;
    constexpr int kMaxPackets = 3000;
    std::vector<std::int64_t> pts;
    pts.reserve(kWantedFrames);
    ff::PacketPtr pkt = ff::makePacket();
    for (int n = 0; n < kMaxPackets && int(pts.size()) < kWantedFrames; ++n) {
        if (av_read_frame(&ctx, pkt.get()) < 0) {
            break;
        }
        if (pkt->stream_index == videoIndex) {
            const std::int64_t ts = pkt->pts != AV_NOPTS_VALUE ? pkt->pts : pkt->dts;
            if (ts != AV_NOPTS_VALUE) {
                pts.push_back(ts);
            }
        }
        av_packet_unref(pkt.get());
    }
    FrameTiming out;
    std::sort(pts.begin(), pts.end());
    pts.erase(std::unique(pts.begin(), pts.end()), pts.end());
    if (pts.size() < 3) {
        return out;
    }
    std::int64_t minStep = INT64_MAX, maxStep = 0;
    for (std::size_t i = 1; i < pts.size(); ++i) {
        const std::int64_t step = pts[i] - pts[i - 1];
        minStep = std::min(minStep, step);
        maxStep = std::max(maxStep, step);
    }
    out.variable = maxStep - minStep > 1 && maxStep * 10 > minStep * 11;
    const Rational span = Rational(pts.back() - pts.front()) *
                          toRational(ctx.streams[videoIndex]->time_base, Rational(1));
    if (!span.isZero()) {
        out.measured = Rational(std::int64_t(pts.size() - 1)) / span;
    }
    return out;
}

void checkPictureSize(const std::string& file, int width, int height) {
    if (width > media_limits::kMaxSide || height > media_limits::kMaxSide ||
        std::int64_t(width) * height > media_limits::kMaxPixels) {
        throw MediaError(file, "probe",
                         Message(QT_TRANSLATE_NOOP3("Engine",
                                                    "the picture is %1x%2 pixels; ReelCut reads "
                                                    "pictures up to 8192x8192 (64 megapixels)",
                                                    "media.too-many-pixels"))
                             .arg(width)
                             .arg(height));
    }
}

bool validRate(AVRational r) {
    return r.num > 0 && r.den > 0;
}

} // namespace

MediaInfo probeMedia(const boost::filesystem::path& file) {
    const std::string name = file.string();
    ff::InputFormatPtr ctx = openInputFile(file);
    MediaInfo info;
    info.path = name;
    info.container = ctx->iformat->name;

    const int vi = findVideoStream(*ctx);
    const int ai = findAudioStream(*ctx);
    if (vi < 0 && ai < 0) {
        throw MediaError(
            name, "probe",
            Message(QT_TRANSLATE_NOOP3("Engine", "no video or audio stream that can be decoded",
                                       "media.no-streams")));
    }

    Time longest(0);
    if (vi >= 0) {
        const AVStream& st = *ctx->streams[vi];
        const AVCodecParameters& par = *st.codecpar;
        info.hasVideo = true;
        info.videoCodec = avcodec_get_name(par.codec_id);
        checkPictureSize(name, par.width, par.height);
        info.codedWidth = par.width;
        info.codedHeight = par.height;
        info.rotation = streamRotation(st);
        const bool swap = info.rotation == 90 || info.rotation == 270;
        info.width = swap ? par.height : par.width;
        info.height = swap ? par.width : par.height;
        if (const char* pf = av_get_pix_fmt_name(AVPixelFormat(par.format))) {
            info.pixelFormat = pf;
        }
        info.isStill = isImageDemuxer(info.container) && ai < 0 && st.nb_frames <= 1;
        if (info.isStill) {
            info.frameCount = 1;
        } else {
            longest = max(longest, streamDuration(st));
            const FrameTiming timing = sampleFrameTiming(*ctx, vi);
            info.variableFrameRate = timing.variable;
            if (validRate(st.avg_frame_rate)) {
                info.frameRate = toRational(st.avg_frame_rate);
            } else if (!timing.measured.isZero()) {
                info.frameRate = timing.measured;
            } else if (validRate(st.r_frame_rate)) {
                info.frameRate = toRational(st.r_frame_rate);
            }
            info.frameCount = st.nb_frames;
        }
    }
    if (ai >= 0) {
        const AVStream& st = *ctx->streams[ai];
        info.hasAudio = true;
        info.audioCodec = avcodec_get_name(st.codecpar->codec_id);
        info.sampleRate = st.codecpar->sample_rate;
        info.channels = st.codecpar->ch_layout.nb_channels;
        longest = max(longest, streamDuration(st));
    }
    if (info.isStill) {
        info.duration = Time(0);
    } else {
        if (longest.isZero() && ctx->duration != AV_NOPTS_VALUE && ctx->duration > 0) {
            longest = Rational(ctx->duration, AV_TIME_BASE);
        }
        info.duration = longest;
        if (info.hasVideo && info.frameCount <= 0) {
            info.frameCount = (info.duration * info.frameRate).roundMul(1);
        }
    }
    return info;
}

} // namespace reelcut
