#include "media/audio_reader.h"

#include "media/input_file.h"
#include "media/media_error.h"
#include "media/media_internal.h"
#include "util/system_error.h"

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <rubberband/RubberBandStretcher.h>
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

// Without pitch keeping, the samples are simply played faster (relabelled rate, then
// resampled): the sound goes up in pitch and every transient lands exactly. With pitch
// keeping, Rubber Band stretches after the graph (see Stretch).
std::string tapeSpeedFilter(const Rational& speed) {
    char buf[96];
    std::snprintf(buf, sizeof buf, "asetrate=%lld,aresample=48000",
                  static_cast<long long>((speed * Rational(kMixSampleRate)).roundMul(1)));
    return buf;
}

// Rubber Band in real-time mode, fed from the graph's output. R3 ("finer") keeps
// transients sharp and in place; its start delay is compensated so that output sample k
// stands for source time start + k * speed exactly, as without stretching.
class Stretch {
public:
    // `prerollFrames` frames of source before the wanted start are fed first (see
    // prerollFor) and their stretched output dropped.
    Stretch(double timeRatio, double pitchScale, std::size_t prerollFrames)
        : rb_(kMixSampleRate, kMixChannels,
              RubberBand::RubberBandStretcher::OptionProcessRealTime |
                  RubberBand::RubberBandStretcher::OptionEngineFiner |
                  RubberBand::RubberBandStretcher::OptionChannelsTogether,
              timeRatio, pitchScale) {
        rb_.setMaxProcessSize(kChunk);
        // The start delay the library reports leaves slowed-down sound early by about
        // 5.9 ms of output per unit of stretch beyond 1 (measured with clicks at 0.25x,
        // 0.5x and 0.75x in tests/audio/tst_voice: -17.8, -5.1 and -1.1 ms with Rubber
        // Band 3.1); that much more output is kept, so hits land on their frame.
        const std::size_t late = lateFrames(timeRatio);
        const std::size_t delay =
            rb_.getStartDelay() + std::size_t(std::lround(double(prerollFrames) * timeRatio));
        discard_ = delay > late ? delay - late : 0;
        silence_ = late > delay ? late - delay : 0;
        // Silence in front, as the library asks, so the first samples come out whole.
        std::size_t pad = rb_.getPreferredStartPad();
        std::fill(left_.begin(), left_.end(), 0.0f);
        std::fill(right_.begin(), right_.end(), 0.0f);
        while (pad > 0) {
            const std::size_t n = std::min(pad, kChunk);
            const float* in[2] = {left_.data(), right_.data()};
            rb_.process(in, n, false);
            pad -= n;
        }
    }

    // Source frames to feed before the start so that the extra output kept for a slow
    // stretch is real sound rather than inserted silence (a gap at every seek).
    static std::size_t prerollFor(double timeRatio) {
        const std::size_t late = lateFrames(timeRatio);
        return late == 0 ? 0 : std::size_t(std::ceil(double(late) / timeRatio)) + 1;
    }

    // Stretches interleaved stereo and appends what is ready to `fifo`.
    void push(const float* interleaved, std::size_t frames, std::vector<float>& fifo) {
        while (frames > 0) {
            const std::size_t n = std::min(frames, kChunk);
            for (std::size_t i = 0; i < n; ++i) {
                left_[i] = interleaved[2 * i];
                right_[i] = interleaved[2 * i + 1];
            }
            const float* in[2] = {left_.data(), right_.data()};
            rb_.process(in, n, false);
            interleaved += 2 * n;
            frames -= n;
            drain(fifo);
        }
    }
    // End of input: everything left comes out.
    void finish(std::vector<float>& fifo) {
        const float* in[2] = {left_.data(), right_.data()};
        rb_.process(in, 0, true);
        drain(fifo);
    }

private:
    static constexpr std::size_t kChunk = 2048;
    static constexpr double kSlowDownLag = 0.0059;

    static std::size_t lateFrames(double timeRatio) {
        return std::size_t(
            std::lround(std::max(0.0, timeRatio - 1.0) * kSlowDownLag * kMixSampleRate));
    }

    void drain(std::vector<float>& fifo) {
        for (; silence_ > 0; --silence_) {
            fifo.push_back(0.0f);
            fifo.push_back(0.0f);
        }
        for (int avail = rb_.available(); avail > 0; avail = rb_.available()) {
            const std::size_t n = std::min<std::size_t>(std::size_t(avail), kChunk);
            float* out[2] = {outLeft_.data(), outRight_.data()};
            const std::size_t got = rb_.retrieve(out, n);
            std::size_t skip = std::min(discard_, got);
            discard_ -= skip;
            for (std::size_t i = skip; i < got; ++i) {
                fifo.push_back(outLeft_[i]);
                fifo.push_back(outRight_[i]);
            }
        }
    }

    RubberBand::RubberBandStretcher rb_;
    std::size_t discard_ = 0;
    std::size_t silence_ = 0;
    std::vector<float> left_ = std::vector<float>(kChunk), right_ = std::vector<float>(kChunk);
    std::vector<float> outLeft_ = std::vector<float>(kChunk),
                       outRight_ = std::vector<float>(kChunk);
};

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
    AudioShape shape;
    Rational speed{1};
    std::unique_ptr<Stretch> stretch;
    std::int64_t delayToDrop = 0; // graph output samples still to drop (filter latency)
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
        const std::string format =
            "aformat=sample_fmts=flt:sample_rates=48000:channel_layouts=stereo";
        std::string chain = graphLayout.nb_channels == 1 ? "pan=stereo|c0=c0|c1=c0," : "";
        chain += "aresample=48000," + format;
        if (!shape.filters.empty()) {
            chain += "," + shape.filters + "," + format;
        }
        if (speed != Rational(1) && !shape.keepPitch) {
            chain += "," + tapeSpeedFilter(speed) + "," + format;
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
                    if (fifoPos > 0 && fifo.size() + 2 * n > fifo.capacity()) {
                        fifo.erase(fifo.begin(), fifo.begin() + std::ptrdiff_t(fifoPos));
                        fifoPos = 0;
                    }
                    const auto* data = reinterpret_cast<const float*>(outFrame->data[0]);
                    const auto drop = std::min<std::int64_t>(delayToDrop, outFrame->nb_samples);
                    delayToDrop -= drop;
                    data += drop * kMixChannels;
                    const auto frames = std::size_t(outFrame->nb_samples - drop);
                    if (stretch) {
                        stretch->push(data, frames, fifo);
                    } else {
                        fifo.insert(fifo.end(), data, data + frames * kMixChannels);
                    }
                    av_frame_unref(outFrame.get());
                    return true;
                }
                if (r == AVERROR_EOF) {
                    if (stretch) {
                        stretch->finish(fifo);
                        stretch.reset();
                        return true;
                    }
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

    void seek(const Time& start, const AudioShape& newShape) {
        ++seeks;
        positioned = true;
        shape = newShape;
        speed = newShape.speed;
        const double pitch = std::pow(2.0, shape.pitchSemitones / 12.0);
        const bool stretching = shape.keepPitch && speed != Rational(1);
        stretch.reset();
        delayToDrop = std::max(0, shape.filterDelay);
        std::size_t preroll = 0;
        if (stretching || shape.pitchSemitones != 0) {
            const double ratio = stretching ? 1.0 / speed.toDouble() : 1.0;
            // Only where there is source before the start to feed.
            if (!start.isNegative() && (start * Rational(kMixSampleRate)).floor() >=
                                           std::int64_t(Stretch::prerollFor(ratio))) {
                preroll = Stretch::prerollFor(ratio);
            }
            stretch = std::make_unique<Stretch>(ratio, pitch, preroll);
        }
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
        sourceTarget = start - Rational(std::int64_t(preroll), kMixSampleRate);
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

    void read(const Time& start, const AudioShape& sh, float* out, int frames) {
        const bool continues =
            positioned && sh == shape &&
            start == runStart + Rational(runFrames) * speed / Rational(kMixSampleRate);
        if (!continues) {
            seek(start, sh);
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
    AudioShape shape;
    shape.speed = speed;
    shape.keepPitch = keepPitch;
    read(start, shape, out, frames);
}

void AudioReader::read(const Time& start, const AudioShape& shape, float* out, int frames) {
    if (frames <= 0) {
        return;
    }
    if (!hasAudio()) {
        std::fill(out, out + std::size_t(frames) * kMixChannels, 0.0f);
        return;
    }
    AudioShape s = shape;
    s.speed = max(Rational(1, 4), min(Rational(4), shape.speed));
    s.pitchSemitones = std::clamp(shape.pitchSemitones, -24.0, 24.0);
    impl_->read(start, s, out, frames);
}

int AudioReader::seekCount() const {
    return impl_->seeks;
}

} // namespace reelcut
