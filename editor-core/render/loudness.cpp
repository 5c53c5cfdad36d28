#include "render/loudness.h"

#include "media/audio_reader.h"
#include "media/media_error.h"
#include "media/media_info.h"
#include "render/audio_mixer.h"
#include "render/true_peak_limiter.h"
#include "util/system_error.h"

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <cstdlib>
#include <cstring>

extern "C" {
#include <libavfilter/buffersink.h>
#include <libavfilter/buffersrc.h>
#include <libavutil/channel_layout.h>
}

namespace reelcut {

namespace {

void check(int r, const char* what) {
    if (r < 0) {
        throw MediaError("", "loudness",
                         Message(QT_TRANSLATE_NOOP3("Engine", "%1: %2", "loudness.step"))
                             .arg(what)
                             .arg(ffmpegErrorMessage(r)));
    }
}

} // namespace

LoudnessMeter::LoudnessMeter()
    : graph_(avfilter_graph_alloc()), in_(ff::makeFrame()), out_(ff::makeFrame()) {
    if (!graph_ || !in_ || !out_) {
        throw MediaError("", "loudness", systemErrorMessage(ENOMEM));
    }
    graph_->nb_threads = 1;
    AVFilterContext* meter = nullptr;
    check(avfilter_graph_create_filter(
              &src_, avfilter_get_by_name("abuffer"), "in",
              "sample_rate=48000:sample_fmt=flt:channel_layout=stereo:time_base=1/48000", nullptr,
              graph_.get()),
          "abuffer");
    // metadata=1 puts the running measurement on every output frame; the last one holds
    // the integrated value for everything fed so far.
    check(avfilter_graph_create_filter(&meter, avfilter_get_by_name("ebur128"), "meter",
                                       "metadata=1:peak=sample+true", nullptr, graph_.get()),
          "ebur128");
    check(avfilter_graph_create_filter(&sink_, avfilter_get_by_name("abuffersink"), "out", nullptr,
                                       nullptr, graph_.get()),
          "abuffersink");
    check(avfilter_link(src_, 0, meter, 0), "link");
    check(avfilter_link(meter, 0, sink_, 0), "link");
    check(avfilter_graph_config(graph_.get(), nullptr), "configure");
}

void LoudnessMeter::add(const float* interleaved, int frames) {
    if (frames <= 0) {
        return;
    }
    in_->nb_samples = frames;
    in_->format = AV_SAMPLE_FMT_FLT;
    in_->sample_rate = kMixSampleRate;
    av_channel_layout_default(&in_->ch_layout, kMixChannels);
    in_->pts = pts_;
    pts_ += frames;
    check(av_frame_get_buffer(in_.get(), 0), "buffer");
    std::memcpy(in_->data[0], interleaved, std::size_t(frames) * kMixChannels * sizeof(float));
    check(av_buffersrc_add_frame(src_, in_.get()), "feed");
    av_frame_unref(in_.get());
    drain();
}

LoudnessMeasure LoudnessMeter::finish() {
    check(av_buffersrc_add_frame(src_, nullptr), "flush");
    drain();
    return result_;
}

void LoudnessMeter::drain() {
    while (av_buffersink_get_frame(sink_, out_.get()) >= 0) {
        if (const AVDictionaryEntry* e = av_dict_get(out_->metadata, "lavfi.r128.I", nullptr, 0)) {
            result_.integratedLufs = std::atof(e->value);
        }
        if (const AVDictionaryEntry* e =
                av_dict_get(out_->metadata, "lavfi.r128.LRA", nullptr, 0)) {
            result_.rangeLu = std::atof(e->value);
        }
        auto peak = [&](const char* key, double& db) {
            if (const AVDictionaryEntry* e = av_dict_get(out_->metadata, key, nullptr, 0)) {
                const double lin = std::atof(e->value);
                if (lin > 0) {
                    db = std::max(db, 20 * std::log10(lin));
                }
            }
        };
        peak("lavfi.r128.sample_peak", result_.samplePeakDb);
        peak("lavfi.r128.true_peak", result_.truePeakDb);
        av_frame_unref(out_.get());
    }
}

LoudnessMeasure measureLoudness(const Project& project, const Time& from, const Time& to,
                                double gainDb, bool limit) {
    LoudnessMeter meter;
    AudioMixer mixer(AudioMixer::MissingMedia::Throw);
    TruePeakLimiter limiter(kExportTruePeakCeilingDb);
    constexpr int kBlock = 4800; // 100 ms
    std::vector<float> block(std::size_t(kBlock) * kMixChannels);
    const auto gain = float(std::pow(10.0, gainDb / 20.0));
    const std::int64_t first = (from * Rational(kMixSampleRate)).floor();
    const std::int64_t last = (to * Rational(kMixSampleRate)).floor();
    // The limiter's output lags: mix that much further and skip its first samples.
    const int lag = limit ? limiter.latency() : 0;
    std::int64_t skip = lag;
    for (std::int64_t pos = first; pos < last + lag; pos += kBlock) {
        const int n = static_cast<int>(std::min<std::int64_t>(kBlock, last + lag - pos));
        mixer.mix(project, pos, n, block.data());
        if (gain != 1.0f) {
            for (int i = 0; i < n * kMixChannels; ++i) {
                block[std::size_t(i)] *= gain;
            }
        }
        if (limit) {
            limiter.process(block.data(), block.data(), n);
        }
        const auto dropped = int(std::min<std::int64_t>(skip, n));
        skip -= dropped;
        meter.add(block.data() + std::size_t(dropped) * kMixChannels, n - dropped);
    }
    return meter.finish();
}

LoudnessMeasure measureFileLoudness(const boost::filesystem::path& file) {
    LoudnessMeter meter;
    AudioReader reader(file);
    const Time length = probeMedia(file).duration;
    constexpr int kBlock = 4800;
    std::vector<float> block(std::size_t(kBlock) * kMixChannels);
    const std::int64_t total = (length * Rational(kMixSampleRate)).floor();
    for (std::int64_t pos = 0; pos < total; pos += kBlock) {
        const int n = static_cast<int>(std::min<std::int64_t>(kBlock, total - pos));
        reader.read(Rational(pos, kMixSampleRate), Rational(1), block.data(), n);
        meter.add(block.data(), n);
    }
    return meter.finish();
}

double normalisationGainDb(const LoudnessMeasure& m, double targetLufs) {
    if (m.integratedLufs <= -69) {
        return 0; // silence (or nearly): nothing to bring up
    }
    return std::min(30.0, targetLufs - m.integratedLufs);
}

} // namespace reelcut
