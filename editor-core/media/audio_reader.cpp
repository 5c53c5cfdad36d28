#include "media/audio_reader.h"

#include "media/input_file.h"
#include "media/media_error.h"
#include "media/media_internal.h"
#include "util/system_error.h"

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <vector>

extern "C" {
#include <libavfilter/buffersink.h>
#include <libavfilter/buffersrc.h>
#include <libavutil/channel_layout.h>
#include <libavutil/samplefmt.h>
}

namespace reelcut {

using namespace media_detail;

namespace {

struct InOutDeleter {
    void operator()(AVFilterInOut* p) const { avfilter_inout_free(&p); }
};
using InOutPtr = std::unique_ptr<AVFilterInOut, InOutDeleter>;

// Decoders may leave the layout unspecified (WAV without a channel mask); abuffer and the
// downmix need a real one, so the usual layout for that channel count stands in.
void normalisedLayout(const AVChannelLayout& in, AVChannelLayout& out) {
    av_channel_layout_uninit(&out);
    if (in.order == AV_CHANNEL_ORDER_UNSPEC || av_channel_layout_check(&in) == 0) {
        av_channel_layout_default(&out, std::max(1, in.nb_channels));
    } else {
        av_channel_layout_copy(&out, &in);
    }
}

// atempo's range per instance is limited, so speeds beyond 0.5..2 chain two of them.
// Without pitch keeping, the samples are simply played faster (relabelled rate, then
// resampled): the sound goes up in pitch but every transient lands exactly, where atempo
// can move a click by up to ~35 ms of source time.
std::string tempoFilters(const Rational& speed, bool keepPitch) {
    const double s = speed.toDouble();
    char buf[96];
    if (speed == Rational(1)) {
        return {};
    }
    if (!keepPitch) {
        std::snprintf(buf, sizeof buf, "asetrate=%lld,aresample=48000,",
                      static_cast<long long>((speed * Rational(kMixSampleRate)).roundMul(1)));
        return buf;
    }
    if (s < 0.5) {
        std::snprintf(buf, sizeof buf, "atempo=0.5,atempo=%.17g,", s / 0.5);
    } else if (s > 2.0) {
        std::snprintf(buf, sizeof buf, "atempo=2,atempo=%.17g,", s / 2.0);
    } else {
        std::snprintf(buf, sizeof buf, "atempo=%.17g,", s);
    }
    return buf;
}

} // namespace

struct AudioReader::Impl {
    std::string file;
    ff::InputFormatPtr fmt;
    ff::CodecContextPtr dec;
    int index = -1;
    Rational tb{1};
    std::int64_t originTicks = 0;
    std::int64_t streamStart = INT64_MIN;
    std::unique_ptr<FrameSource> source;
    ff::FramePtr inFrame = ff::makeFrame();
    ff::FramePtr outFrame = ff::makeFrame();

    ff::FilterGraphPtr graph;
    AVFilterContext* src = nullptr;
    AVFilterContext* sink = nullptr;
    int graphRate = 0;
    int graphFormat = -1;
    AVChannelLayout graphLayout{};
    AVChannelLayout frameLayout{};
    std::int64_t inputPts = 0;

    // Where the stream is: output frame k of the current run is source time
    // runStart + k * speed / 48000.
    bool positioned = false;
    Time runStart{0};
    Rational speed{1};
    bool keepPitch = true;
    std::int64_t runFrames = 0;
    std::int64_t leadSilence = 0; // output frames of silence before source time 0
    Time sourceTarget{0};         // first source time to feed after a seek
    bool trimming = false;        // still discarding decoded samples before the target
    bool inputDone = false;
    bool outputDone = false;

    std::vector<float> fifo; // interleaved stereo, consumed from fifoPos
    std::size_t fifoPos = 0;
    int seeks = 0;

    ~Impl() {
        av_channel_layout_uninit(&graphLayout);
        av_channel_layout_uninit(&frameLayout);
    }

    [[noreturn]] void fail(const Message& why) const { throw MediaError(file, "decode", why); }

    void buildGraph(const AVFrame& f) {
        graph.reset(avfilter_graph_alloc());
        if (!graph) {
            fail(systemErrorMessage(ENOMEM));
        }
        // Audio filtering is light; worker threads per graph would cost more than they save.
        graph->nb_threads = 1;
        normalisedLayout(f.ch_layout, graphLayout);
        char layoutName[128] = {};
        av_channel_layout_describe(&graphLayout, layoutName, sizeof layoutName);
        const char* sampleFmt = av_get_sample_fmt_name(AVSampleFormat(f.format));
        if (sampleFmt == nullptr || f.sample_rate <= 0) {
            fail(Message(QT_TRANSLATE_NOOP3("Engine", "the decoded sound has no usable format",
                                            "audio.no-format")));
        }
        char args[320];
        std::snprintf(args, sizeof args,
                      "time_base=1/%d:sample_rate=%d:sample_fmt=%s:channel_layout=%s",
                      f.sample_rate, f.sample_rate, sampleFmt, layoutName);
        int r = avfilter_graph_create_filter(&src, avfilter_get_by_name("abuffer"), "in", args,
                                             nullptr, graph.get());
        if (r >= 0) {
            r = avfilter_graph_create_filter(&sink, avfilter_get_by_name("abuffersink"), "out",
                                             nullptr, nullptr, graph.get());
        }
        if (r < 0) {
            fail(Message(QT_TRANSLATE_NOOP3("Engine", "the sound cannot be converted: %1",
                                            "audio.conversion"))
                     .arg(ffmpegErrorMessage(r)));
        }
        // Mono is meant to be heard on both sides at its own level; the default downmix
        // matrix would put it 3 dB lower on each. Tempo runs after the downmix, on two
        // channels only.
        std::string chain = graphLayout.nb_channels == 1 ? "pan=stereo|c0=c0|c1=c0," : "";
        chain += "aresample=48000,aformat=sample_fmts=flt:sample_rates=48000:channel_layouts="
                 "stereo";
        const std::string tempo = tempoFilters(speed, keepPitch);
        if (!tempo.empty()) {
            chain += "," + tempo.substr(0, tempo.size() - 1) +
                     ",aformat=sample_fmts=flt:sample_rates=48000:channel_layouts=stereo";
        }
        InOutPtr outputs(avfilter_inout_alloc());
        InOutPtr inputs(avfilter_inout_alloc());
        if (!outputs || !inputs) {
            fail(systemErrorMessage(ENOMEM));
        }
        outputs->name = av_strdup("in");
        outputs->filter_ctx = src;
        inputs->name = av_strdup("out");
        inputs->filter_ctx = sink;
        AVFilterInOut* in = inputs.release();
        AVFilterInOut* out = outputs.release();
        r = avfilter_graph_parse_ptr(graph.get(), chain.c_str(), &in, &out, nullptr);
        avfilter_inout_free(&in);
        avfilter_inout_free(&out);
        if (r >= 0) {
            r = avfilter_graph_config(graph.get(), nullptr);
        }
        if (r < 0) {
            fail(Message(QT_TRANSLATE_NOOP3("Engine", "the sound cannot be converted: %1",
                                            "audio.conversion"))
                     .arg(ffmpegErrorMessage(r)));
        }
        graphRate = f.sample_rate;
        graphFormat = f.format;
        inputPts = 0;
    }

    bool graphMatches(const AVFrame& f) {
        if (!graph || f.sample_rate != graphRate || f.format != graphFormat) {
            return false;
        }
        normalisedLayout(f.ch_layout, frameLayout);
        return av_channel_layout_compare(&frameLayout, &graphLayout) == 0;
    }

    void push(AVFrame& f) {
        if (f.ch_layout.order == AV_CHANNEL_ORDER_UNSPEC) {
            av_channel_layout_uninit(&f.ch_layout);
            av_channel_layout_copy(&f.ch_layout, &graphLayout);
        }
        f.pts = inputPts;
        inputPts += f.nb_samples;
        if (const int r = av_buffersrc_add_frame(src, &f); r < 0) {
            fail(Message(QT_TRANSLATE_NOOP3("Engine", "the sound cannot be converted: %1",
                                            "audio.conversion"))
                     .arg(ffmpegErrorMessage(r)));
        }
    }

    void pushSilence(const AVFrame& like, int samples) {
        ff::FramePtr gap = ff::makeFrame();
        gap->format = like.format;
        gap->sample_rate = like.sample_rate;
        gap->nb_samples = samples;
        av_channel_layout_copy(&gap->ch_layout, &graphLayout);
        if (av_frame_get_buffer(gap.get(), 0) < 0) {
            fail(systemErrorMessage(ENOMEM));
        }
        av_samples_set_silence(gap->extended_data, 0, samples, gap->ch_layout.nb_channels,
                               AVSampleFormat(gap->format));
        push(*gap);
    }

    // Drops the first `n` samples of a decoded frame in place; the frame keeps its buffer
    // references, only the data pointers move.
    static void dropLeadingSamples(AVFrame& f, int n) {
        const auto sf = AVSampleFormat(f.format);
        const int bytes = av_get_bytes_per_sample(sf);
        const int channels = f.ch_layout.nb_channels;
        if (av_sample_fmt_is_planar(sf)) {
            for (int c = 0; c < channels; ++c) {
                f.extended_data[c] += std::ptrdiff_t(n) * bytes;
            }
            if (f.extended_data != f.data) {
                for (int c = 0; c < std::min(channels, AV_NUM_DATA_POINTERS); ++c) {
                    f.data[c] = f.extended_data[c];
                }
            }
        } else {
            f.extended_data[0] += std::ptrdiff_t(n) * bytes * channels;
            f.data[0] = f.extended_data[0];
        }
        f.nb_samples -= n;
    }

    // Decodes one frame into the graph; at the end of the stream, closes the graph input.
    void feed() {
        if (!source->next(*inFrame)) {
            if (!graph || av_buffersrc_add_frame(src, nullptr) < 0) {
                outputDone = true;
            }
            inputDone = true;
            return;
        }
        AVFrame& f = *inFrame;
        if (f.nb_samples <= 0) {
            av_frame_unref(&f);
            return;
        }
        if (!graphMatches(f)) {
            buildGraph(f);
        }
        if (trimming) {
            const Rational rate(f.sample_rate);
            const std::int64_t target = (sourceTarget * rate).roundMul(1);
            const std::int64_t start =
                f.best_effort_timestamp == AV_NOPTS_VALUE
                    ? target
                    : (Rational(f.best_effort_timestamp - originTicks) * tb * rate).roundMul(1);
            if (start + f.nb_samples <= target) {
                av_frame_unref(&f);
                return;
            }
            if (start < target) {
                dropLeadingSamples(f, int(target - start));
            } else if (start > target) {
                // The seek landed late, or the audio starts after the video: the missing
                // part is silence so that later samples stay at their times.
                pushSilence(f, int(std::min<std::int64_t>(start - target, 60 * f.sample_rate)));
            }
            trimming = false;
        }
        push(f);
    }

    // Moves converted samples into the FIFO; false when nothing more will come.
    bool pull() {
        for (;;) {
            if (outputDone) {
                return false;
            }
            if (graph) {
                const int r = av_buffersink_get_frame(sink, outFrame.get());
                if (r >= 0) {
                    const std::size_t n = std::size_t(outFrame->nb_samples) * kMixChannels;
                    if (fifoPos > 0 && fifo.size() + n > fifo.capacity()) {
                        fifo.erase(fifo.begin(), fifo.begin() + std::ptrdiff_t(fifoPos));
                        fifoPos = 0;
                    }
                    const auto* data = reinterpret_cast<const float*>(outFrame->data[0]);
                    fifo.insert(fifo.end(), data, data + n);
                    av_frame_unref(outFrame.get());
                    return true;
                }
                if (r == AVERROR_EOF) {
                    outputDone = true;
                    return false;
                }
                if (r != AVERROR(EAGAIN)) {
                    fail(Message(QT_TRANSLATE_NOOP3("Engine", "the sound cannot be converted: %1",
                                                    "audio.conversion"))
                             .arg(ffmpegErrorMessage(r)));
                }
            }
            if (inputDone) {
                outputDone = true;
                return false;
            }
            feed();
        }
    }

    void seek(const Time& start, const Rational& newSpeed, bool newKeepPitch) {
        ++seeks;
        positioned = true;
        speed = newSpeed;
        keepPitch = newKeepPitch;
        runStart = start;
        runFrames = 0;
        fifo.clear();
        fifoPos = 0;
        graph.reset();
        src = sink = nullptr;
        graphRate = 0;
        graphFormat = -1;
        leadSilence = 0;
        inputDone = outputDone = false;
        trimming = true;
        sourceTarget = start;
        if (start.isNegative()) {
            // Silence up to source time 0, rounded up to a whole output frame; the source
            // then starts from the time that frame stands for.
            const Rational framesBefore = -start * Rational(kMixSampleRate) / speed;
            leadSilence = -((-framesBefore).floor());
            sourceTarget = start + Rational(leadSilence) * speed / Rational(kMixSampleRate);
        }
        // Start decoding a little early: AAC, MP3 and Opus need the preceding frames to
        // rebuild the first samples properly.
        const Time from = sourceTarget - Rational(1, 5);
        // Some demuxers (MP3) refuse a target before their first packet instead of landing
        // on it.
        const std::int64_t ts = std::max(originTicks + (from / tb).floor(), streamStart);
        int r = av_seek_frame(fmt.get(), index, ts, AVSEEK_FLAG_BACKWARD);
        if (r < 0) {
            r = avformat_seek_file(fmt.get(), index, INT64_MIN, ts, ts, 0);
        }
        if (r < 0) {
            fail(Message(QT_TRANSLATE_NOOP3("Engine", "cannot jump to a time in the file: %1",
                                            "media.seek"))
                     .arg(ffmpegErrorMessage(r)));
        }
        source->restart();
    }

    void read(const Time& start, const Rational& sp, bool pitch, float* out, int frames) {
        const bool continues =
            positioned && sp == speed && pitch == keepPitch &&
            start == runStart + Rational(runFrames) * speed / Rational(kMixSampleRate);
        if (!continues) {
            seek(start, sp, pitch);
        }
        std::size_t pos = 0;
        const std::size_t total = std::size_t(frames) * kMixChannels;
        const auto lead = std::size_t(std::min<std::int64_t>(leadSilence, frames));
        std::fill(out, out + lead * kMixChannels, 0.0f);
        leadSilence -= std::int64_t(lead);
        pos = lead * kMixChannels;
        while (pos < total) {
            const std::size_t avail = fifo.size() - fifoPos;
            if (avail > 0) {
                const std::size_t n = std::min(avail, total - pos);
                std::memcpy(out + pos, fifo.data() + fifoPos, n * sizeof(float));
                fifoPos += n;
                pos += n;
                if (fifoPos == fifo.size()) {
                    fifo.clear();
                    fifoPos = 0;
                }
            } else if (!pull()) {
                std::fill(out + pos, out + total, 0.0f);
                break;
            }
        }
        runFrames += frames;
    }
};

AudioReader::AudioReader(const boost::filesystem::path& file) : impl_(std::make_unique<Impl>()) {
    Impl& d = *impl_;
    d.file = file.string();
    d.fmt = openInputFile(file);
    d.index = findAudioStream(*d.fmt);
    if (d.index < 0) {
        if (findVideoStream(*d.fmt) < 0) {
            throw MediaError(d.file, "probe",
                             Message(QT_TRANSLATE_NOOP3("Engine",
                                                        "no video or audio stream that can be "
                                                        "decoded",
                                                        "media.no-streams")));
        }
        return;
    }
    for (unsigned i = 0; i < d.fmt->nb_streams; ++i) {
        d.fmt->streams[i]->discard = int(i) == d.index ? AVDISCARD_DEFAULT : AVDISCARD_ALL;
    }
    const AVStream& st = *d.fmt->streams[d.index];
    d.tb = toRational(st.time_base, Rational(1, 48000));
    d.originTicks = (sourceOrigin(*d.fmt) / d.tb).roundMul(1);
    if (st.start_time != AV_NOPTS_VALUE) {
        d.streamStart = st.start_time;
    }
    d.dec = openDecoder(st, d.file, "decode", 1);
    d.source = std::make_unique<FrameSource>(*d.fmt, *d.dec, d.index);
    d.fifo.reserve(std::size_t(kMixSampleRate) * kMixChannels);
}

AudioReader::~AudioReader() = default;

bool AudioReader::hasAudio() const {
    return impl_->index >= 0;
}

void AudioReader::read(const Time& start, const Rational& speed, float* out, int frames,
                       bool keepPitch) {
    if (frames <= 0) {
        return;
    }
    if (!hasAudio()) {
        std::fill(out, out + std::size_t(frames) * kMixChannels, 0.0f);
        return;
    }
    const Rational s = max(Rational(1, 4), min(Rational(4), speed));
    impl_->read(start, s, keepPitch, out, frames);
}

int AudioReader::seekCount() const {
    return impl_->seeks;
}

} // namespace reelcut
