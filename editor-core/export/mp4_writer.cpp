#include "export/mp4_writer.h"

#include "media/ffmpeg_ptr.h"
#include "media/media_error.h"

#include <algorithm>
#include <cstring>

extern "C" {
#include <libavutil/channel_layout.h>
#include <libavutil/opt.h>
#include <libavutil/pixdesc.h>
}

// Timeline of the file this writer makes. It has no edit lists (several upload pipelines
// refuse or misread them), so every sample is presented exactly where its timestamps put
// it, and the file is exactly as long as the caller's frames:
//
//   video: frame n at n / fps. x264's B-frames make decoding run ahead of presentation
//          (the first frame has dts < 0); the track keeps pts 0 for frame 0 and stores the
//          signed difference in a version 1 `ctts` (negative composition offsets), so no
//          delay is added to the picture.
//   audio: the AAC encoder emits `initial_padding` samples of priming before the input,
//          which a decoder without an edit list plays. The writer therefore drops the first
//          `initial_padding` samples of the caller's audio: decoded sample k is caller
//          sample k from k = initial_padding on, and the first ~21 ms play the priming
//          (near silence) instead. The last packet is cut short so the track ends where
//          the caller's audio ends.

namespace reelcut {

namespace {

constexpr int kBFrames = 2; // YouTube's recommendation: two consecutive B-frames

} // namespace

struct Mp4Writer::Impl {
    std::string file;
    EncodeSettings s;

    ff::OutputFormatPtr out;
    ff::CodecContextPtr venc;
    ff::CodecContextPtr aenc;
    AVStream* vst = nullptr;
    AVStream* ast = nullptr;
    ff::FramePtr vframe;
    ff::FramePtr vref; // a caller's YUV frame on its way into the encoder
    ff::FramePtr aframe;
    ff::PacketPtr pkt;
    ff::SwsPtr sws;

    std::int64_t framesSent = 0;
    std::int64_t audioToDrop = 0; // caller samples still to drop for the encoder's priming
    std::int64_t samplesSent = 0; // into the audio encoder
    int audioFill = 0;            // samples waiting in aframe
    bool finished = false;
    bool failed = false;

    [[noreturn]] void fail(const std::string& stage, const std::string& reason) {
        failed = true;
        throw MediaError(file, stage, reason);
    }
    void check(int ret, const std::string& stage) {
        if (ret < 0) {
            fail(stage, ffmpegErrorText(ret));
        }
    }

    void openVideoEncoder();
    void openAudioEncoder();
    void openOutput();
    void sendVideo(const AVFrame* frame);
    void sendAudioFrame(const AVFrame* frame);
    void drain(AVCodecContext* enc, bool video, const std::string& stage);
    void writePacket(bool video);
    void appendAudio(const float* interleaved, int frames);
    void appendSilence(std::int64_t frames);
};

void Mp4Writer::Impl::openVideoEncoder() {
    const AVCodec* codec = avcodec_find_encoder_by_name("libx264");
    if (codec == nullptr) {
        fail("open encoder", "this FFmpeg build has no libx264 encoder");
    }
    venc.reset(avcodec_alloc_context3(codec));
    if (!venc) {
        fail("open encoder", "out of memory");
    }
    const FrameRate& r = s.frameRate;
    AVCodecContext* c = venc.get();
    c->width = s.width;
    c->height = s.height;
    c->pix_fmt = AV_PIX_FMT_YUV420P;
    c->sample_aspect_ratio = AVRational{1, 1};
    // Frame n has pts n: x264's rate control and VBV reason in frames, and a constant
    // frame rate is then a property of the stream rather than of rounding.
    c->time_base = AVRational{int(r.den()), int(r.num())};
    c->framerate = AVRational{int(r.num()), int(r.den())};
    c->gop_size = std::max(1, int((r * Rational(s.gopSeconds)).roundMul(1)));
    c->keyint_min = c->gop_size;
    // A live take has no B-frames: x264 then holds no frames back, so what was captured
    // is in the file one fragment later (see EncodeSettings::fragmented).
    c->max_b_frames = s.fragmented ? 0 : kBFrames;
    c->rc_max_rate = s.maxBitrate;
    c->rc_buffer_size = int(std::min<std::int64_t>(s.bufferSize, INT32_MAX));
    c->color_primaries = AVCOL_PRI_BT709;
    c->color_trc = AVCOL_TRC_BT709;
    c->colorspace = AVCOL_SPC_BT709;
    c->color_range = AVCOL_RANGE_MPEG;
    c->thread_count = s.threads;
    if (out->oformat->flags & AVFMT_GLOBALHEADER) {
        c->flags |= AV_CODEC_FLAG_GLOBAL_HEADER;
    }
    av_opt_set(c->priv_data, "preset", s.x264Preset.c_str(), 0);
    av_opt_set(c->priv_data, "profile", "high", 0);
    if (s.fragmented) {
        av_opt_set(c->priv_data, "tune", "zerolatency", 0);
    }
    av_opt_set_double(c->priv_data, "crf", s.crf, 0);
    // scenecut=0: an extra IDR at a scene cut would break the fixed keyframe interval
    // that platforms' segmenters expect; open-gop=0 keeps every GOP closed. x264 signals
    // the lowest profile its tools need, so fast presets would come out Main or Baseline;
    // the 8x8 transform is a High-only tool and makes the stream High whatever the preset.
    av_opt_set(c->priv_data, "x264-params", "scenecut=0:open-gop=0:8x8dct=1", 0);
    check(avcodec_open2(c, codec, nullptr), "open encoder");
}

void Mp4Writer::Impl::openAudioEncoder() {
    const AVCodec* codec = avcodec_find_encoder_by_name("aac");
    if (codec == nullptr) {
        fail("open encoder", "this FFmpeg build has no aac encoder");
    }
    aenc.reset(avcodec_alloc_context3(codec));
    if (!aenc) {
        fail("open encoder", "out of memory");
    }
    AVCodecContext* c = aenc.get();
    c->sample_fmt = AV_SAMPLE_FMT_FLTP;
    c->sample_rate = s.sampleRate;
    av_channel_layout_default(&c->ch_layout, s.channels);
    c->bit_rate = s.audioBitrate;
    c->profile = FF_PROFILE_AAC_LOW;
    c->time_base = AVRational{1, s.sampleRate};
    if (out->oformat->flags & AVFMT_GLOBALHEADER) {
        c->flags |= AV_CODEC_FLAG_GLOBAL_HEADER;
    }
    check(avcodec_open2(c, codec, nullptr), "open encoder");
    if (c->frame_size <= 0) {
        fail("open encoder", "the aac encoder reported no frame size");
    }
}

void Mp4Writer::Impl::openOutput() {
    vst = avformat_new_stream(out.get(), nullptr);
    if (vst == nullptr) {
        fail("open output", "out of memory");
    }
    check(avcodec_parameters_from_context(vst->codecpar, venc.get()), "open output");
    // The muxer picks its track timescale from this (a multiple of it), so frame times
    // stay exact.
    vst->time_base = venc->time_base;
    vst->avg_frame_rate = venc->framerate;
    vst->r_frame_rate = venc->framerate;
    if (s.hasAudio) {
        ast = avformat_new_stream(out.get(), nullptr);
        if (ast == nullptr) {
            fail("open output", "out of memory");
        }
        check(avcodec_parameters_from_context(ast->codecpar, aenc.get()), "open output");
        // The priming is compensated on the input side (see the top of this file); a muxer
        // that also saw it here could try to compensate a second time.
        ast->codecpar->initial_padding = 0;
        ast->time_base = AVRational{1, s.sampleRate};
    }
    check(avio_open(&out->pb, file.c_str(), AVIO_FLAG_WRITE), "open output");

    AVDictionary* opts = nullptr;
    // negative_cts_offsets: B-frames get negative composition offsets (ctts version 1)
    // instead of a delay, so the first frame is presented at 0 without an edit list.
    if (s.fragmented) {
        // empty_moov: the header holds no samples, every fragment (moof + mdat) carries
        // its own, so the file is playable up to its last complete fragment whenever the
        // writing stops. frag_keyframe: a fragment per keyframe (gopSeconds).
        av_dict_set(&opts, "movflags", "+frag_keyframe+empty_moov+default_base_moof", 0);
        // Each fragment goes to the file as soon as it is complete, not when AVIO's
        // buffer happens to fill.
        out->flush_packets = 1;
    } else {
        av_dict_set(&opts, "movflags", "+faststart+negative_cts_offsets", 0);
    }
    // Edit lists are refused or misread by several upload pipelines (YouTube names them
    // explicitly); the timestamps above make them unnecessary.
    av_dict_set(&opts, "use_editlist", "0", 0);
    const int ret = avformat_write_header(out.get(), &opts);
    std::unique_ptr<AVDictionary, ff::DictDeleter> left(opts);
    // The header is the first write; a full disk shows up here for short files.
    check(ret, out->pb->error < 0 ? "write" : "open output");
}

void Mp4Writer::Impl::writePacket(bool video) {
    AVStream* st = video ? vst : ast;
    AVPacket* p = pkt.get();
    if (video) {
        // Frame n has pts n; dts runs ahead by the B-frame reorder delay (negative at first),
        // which negative_cts_offsets keeps out of the presentation times.
        if (p->pts < 0 || p->pts < p->dts) {
            fail("encode video", "encoder produced out-of-order timestamps");
        }
        av_packet_rescale_ts(p, venc->time_base, st->time_base);
    } else {
        // The encoder stamps packets initial_padding samples early (the priming); the input
        // was advanced by as much, so the first packet, priming included, sits at 0.
        const std::int64_t shift = aenc->initial_padding;
        p->pts += shift;
        p->dts += shift;
        av_packet_rescale_ts(p, aenc->time_base, st->time_base);
    }
    p->stream_index = st->index;
    check(av_interleaved_write_frame(out.get(), p), "write");
}

void Mp4Writer::Impl::drain(AVCodecContext* enc, bool video, const std::string& stage) {
    for (;;) {
        const int ret = avcodec_receive_packet(enc, pkt.get());
        if (ret == AVERROR(EAGAIN) || ret == AVERROR_EOF) {
            return;
        }
        check(ret, stage);
        writePacket(video);
        av_packet_unref(pkt.get());
    }
}

void Mp4Writer::Impl::sendVideo(const AVFrame* frame) {
    check(avcodec_send_frame(venc.get(), frame), "encode video");
    drain(venc.get(), true, "encode video");
}

void Mp4Writer::Impl::sendAudioFrame(const AVFrame* frame) {
    check(avcodec_send_frame(aenc.get(), frame), "encode audio");
    drain(aenc.get(), false, "encode audio");
}

void Mp4Writer::Impl::appendAudio(const float* interleaved, int frames) {
    const int channels = s.channels;
    const int frameSize = aenc->frame_size;
    int done = 0;
    if (audioToDrop > 0) {
        done = int(std::min<std::int64_t>(audioToDrop, frames));
        audioToDrop -= done;
    }
    while (done < frames) {
        if (audioFill == 0) {
            // The encoder has released the previous chunk by now, so this does not copy.
            check(av_frame_make_writable(aframe.get()), "encode audio");
        }
        const int n = std::min(frames - done, frameSize - audioFill);
        for (int ch = 0; ch < channels; ++ch) {
            float* dst = reinterpret_cast<float*>(aframe->extended_data[ch]) + audioFill;
            if (interleaved == nullptr) {
                std::fill(dst, dst + n, 0.0f);
            } else {
                const float* src = interleaved + std::size_t(done) * channels + ch;
                for (int i = 0; i < n; ++i) {
                    dst[i] = src[std::size_t(i) * channels];
                }
            }
        }
        audioFill += n;
        done += n;
        if (audioFill == frameSize) {
            aframe->nb_samples = frameSize;
            aframe->pts = samplesSent;
            sendAudioFrame(aframe.get());
            samplesSent += frameSize;
            audioFill = 0;
        }
    }
}

void Mp4Writer::Impl::appendSilence(std::int64_t frames) {
    while (frames > 0) {
        const int n = int(std::min<std::int64_t>(frames, INT32_MAX));
        appendAudio(nullptr, n);
        frames -= n;
    }
}

Mp4Writer::Mp4Writer(const boost::filesystem::path& file, const EncodeSettings& settings)
    : impl_(std::make_unique<Impl>()) {
    Impl& d = *impl_;
    d.file = file.string();
    d.s = settings;
    if (settings.width <= 0 || settings.height <= 0 || settings.width % 2 != 0 ||
        settings.height % 2 != 0) {
        d.fail("open encoder", "frame size " + std::to_string(settings.width) + "x" +
                                   std::to_string(settings.height) +
                                   " must be positive and even for 4:2:0 video");
    }
    if (settings.frameRate.num() <= 0 || settings.frameRate.num() > INT32_MAX ||
        settings.frameRate.den() > INT32_MAX) {
        d.fail("open encoder", "unusable frame rate " + settings.frameRate.toString());
    }
    if (settings.hasAudio && (settings.sampleRate <= 0 || settings.channels <= 0)) {
        d.fail("open encoder", "audio needs a positive sample rate and channel count");
    }

    AVFormatContext* ctx = nullptr;
    const int ret = avformat_alloc_output_context2(&ctx, nullptr, "mp4", d.file.c_str());
    d.out.reset(ctx);
    d.check(ret, "open output");

    d.openVideoEncoder();
    if (settings.hasAudio) {
        d.openAudioEncoder();
    }
    d.openOutput();

    d.pkt = ff::makePacket();
    d.vframe = ff::makeFrame();
    d.vref = ff::makeFrame();
    if (!d.pkt || !d.vframe || !d.vref) {
        d.fail("open encoder", "out of memory");
    }
    d.vframe->format = AV_PIX_FMT_YUV420P;
    d.vframe->width = settings.width;
    d.vframe->height = settings.height;
    d.vframe->color_primaries = AVCOL_PRI_BT709;
    d.vframe->color_trc = AVCOL_TRC_BT709;
    d.vframe->colorspace = AVCOL_SPC_BT709;
    d.vframe->color_range = AVCOL_RANGE_MPEG;
    d.check(av_frame_get_buffer(d.vframe.get(), 0), "open encoder");

    // QImage's ARGB32 is a native-endian 32-bit word, which is what AV_PIX_FMT_RGB32 means.
    d.sws.reset(sws_getContext(settings.width, settings.height, AV_PIX_FMT_RGB32, settings.width,
                               settings.height, AV_PIX_FMT_YUV420P,
                               // Same size: the flag only picks the chroma filter. The
                               // accurate-rounding flags disable SIMD and cost ~3x.
                               SWS_BILINEAR, nullptr, nullptr, nullptr));
    if (!d.sws) {
        d.fail("open encoder", "cannot create the RGB to YUV converter");
    }
    // swscale defaults to BT.601; the stream is tagged BT.709 limited range, so the
    // conversion must use the same matrix or colours shift on every player.
    const int* bt709 = sws_getCoefficients(SWS_CS_ITU709);
    if (sws_setColorspaceDetails(d.sws.get(), bt709, 1, bt709, 0, 0, 1 << 16, 1 << 16) < 0) {
        d.fail("open encoder", "swscale cannot convert to BT.709 limited range");
    }

    if (settings.hasAudio) {
        d.aframe = ff::makeFrame();
        if (!d.aframe) {
            d.fail("open encoder", "out of memory");
        }
        d.aframe->format = d.aenc->sample_fmt;
        d.aframe->sample_rate = d.aenc->sample_rate;
        d.aframe->nb_samples = d.aenc->frame_size;
        d.check(av_channel_layout_copy(&d.aframe->ch_layout, &d.aenc->ch_layout), "open encoder");
        d.check(av_frame_get_buffer(d.aframe.get(), 0), "open encoder");
        d.audioToDrop = std::max(0, d.aenc->initial_padding);
    }
}

Mp4Writer::~Mp4Writer() = default;

void Mp4Writer::writeVideo(const QImage& frame) {
    Impl& d = *impl_;
    if (d.finished || d.failed) {
        throw MediaError(d.file, "encode video", "the writer is already finished or failed");
    }
    if (frame.width() != d.s.width || frame.height() != d.s.height) {
        d.fail("encode video", "frame is " + std::to_string(frame.width()) + "x" +
                                   std::to_string(frame.height()) + ", the export is " +
                                   std::to_string(d.s.width) + "x" + std::to_string(d.s.height));
    }
    // Composed frames arrive as ARGB32 premultiplied; anything else costs one conversion.
    QImage converted;
    const QImage* src = &frame;
    if (frame.format() != QImage::Format_ARGB32_Premultiplied &&
        frame.format() != QImage::Format_ARGB32 && frame.format() != QImage::Format_RGB32) {
        converted = frame.convertToFormat(QImage::Format_ARGB32_Premultiplied);
        src = &converted;
    }
    d.check(av_frame_make_writable(d.vframe.get()), "encode video");
    const uint8_t* srcData[4] = {src->constBits(), nullptr, nullptr, nullptr};
    const int srcStride[4] = {int(src->bytesPerLine()), 0, 0, 0};
    sws_scale(d.sws.get(), srcData, srcStride, 0, d.s.height, d.vframe->data, d.vframe->linesize);
    d.vframe->pts = d.framesSent;
    d.sendVideo(d.vframe.get());
    ++d.framesSent;
}

void Mp4Writer::writeVideo(const AVFrame& frame) {
    Impl& d = *impl_;
    if (d.finished || d.failed) {
        throw MediaError(d.file, "encode video", "the writer is already finished or failed");
    }
    if (frame.format != AV_PIX_FMT_YUV420P || frame.width != d.s.width ||
        frame.height != d.s.height) {
        const char* name = av_get_pix_fmt_name(AVPixelFormat(frame.format));
        d.fail("encode video", "frame is " + std::to_string(frame.width) + "x" +
                                   std::to_string(frame.height) + " " + (name ? name : "?") +
                                   ", the export is " + std::to_string(d.s.width) + "x" +
                                   std::to_string(d.s.height) + " yuv420p");
    }
    av_frame_unref(d.vref.get());
    d.check(av_frame_ref(d.vref.get(), &frame), "encode video");
    d.vref->pts = d.framesSent;
    d.vref->pict_type = AV_PICTURE_TYPE_NONE;
    d.sendVideo(d.vref.get());
    av_frame_unref(d.vref.get());
    ++d.framesSent;
}

void Mp4Writer::writeAudio(const float* interleaved, int frames) {
    Impl& d = *impl_;
    if (d.finished || d.failed) {
        throw MediaError(d.file, "encode audio", "the writer is already finished or failed");
    }
    if (!d.s.hasAudio || frames <= 0) {
        return;
    }
    d.appendAudio(interleaved, frames);
}

void Mp4Writer::finish() {
    Impl& d = *impl_;
    if (d.finished) {
        return;
    }
    if (d.failed) {
        throw MediaError(d.file, "finish", "an earlier step failed; the file is incomplete");
    }
    d.finished = true;
    try {
        if (d.s.hasAudio) {
            if (d.samplesSent == 0 && d.audioFill == 0) {
                // Shorter than the priming (under one 60 fps frame): the track still
                // needs a packet, and is then a little longer than the video.
                d.audioToDrop = 0;
                d.appendSilence(1);
            }
            if (d.audioFill > 0) {
                if (d.aenc->codec->capabilities & AV_CODEC_CAP_SMALL_LAST_FRAME) {
                    // A short last frame gives the last packet a short duration, so the
                    // track ends where the caller's audio ends, not up to 21 ms later.
                    d.check(av_frame_make_writable(d.aframe.get()), "encode audio");
                    d.aframe->nb_samples = d.audioFill;
                    d.aframe->pts = d.samplesSent;
                    d.sendAudioFrame(d.aframe.get());
                    d.samplesSent += d.audioFill;
                    d.audioFill = 0;
                } else {
                    d.appendSilence(d.aenc->frame_size - d.audioFill);
                }
            }
            d.sendAudioFrame(nullptr);
        }
        d.sendVideo(nullptr);
        d.check(av_write_trailer(d.out.get()), "finish");
        // Closing flushes the last buffered bytes; a full disk often shows up only here.
        d.check(avio_closep(&d.out->pb), "finish");
    } catch (const MediaError& e) {
        d.failed = true;
        if (e.stage() == "write" || e.stage() == "finish") {
            throw;
        }
        throw MediaError(d.file, "finish", e.reason());
    }
}

std::int64_t Mp4Writer::videoFramesWritten() const {
    return impl_->framesSent;
}

} // namespace reelcut
