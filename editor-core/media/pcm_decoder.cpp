#include "media/pcm_decoder.h"

#include "media/input_file.h"
#include "media/media_error.h"
#include "media/media_internal.h"

#include <algorithm>

extern "C" {
#include <libavutil/channel_layout.h>
}

namespace reelcut {

using namespace media_detail;

std::vector<float> decodeMono(const boost::filesystem::path& file, int sampleRate,
                              double maxSeconds) {
    const std::string name = file.string();
    ff::InputFormatPtr fmt = openInputFile(file);
    const int index = findAudioStream(*fmt);
    if (index < 0) {
        return {};
    }
    for (unsigned i = 0; i < fmt->nb_streams; ++i) {
        fmt->streams[i]->discard = int(i) == index ? AVDISCARD_DEFAULT : AVDISCARD_ALL;
    }
    const AVStream& st = *fmt->streams[index];
    ff::CodecContextPtr dec = openDecoder(st, name, "decode", 1);
    FrameSource source(*fmt, *dec, index);
    const Rational tb = toRational(st.time_base, Rational(1, 48000));
    const Time origin = sourceOrigin(*fmt);

    std::vector<float> out;
    const std::size_t limit = maxSeconds > 0 ? std::size_t(maxSeconds * sampleRate) : SIZE_MAX;
    if (st.duration > 0) {
        const double seconds = (Rational(st.duration) * tb).toDouble();
        out.reserve(std::min(limit, std::size_t(seconds * sampleRate) + 4096));
    }
    ff::SwrPtr swr;
    AVChannelLayout mono = AV_CHANNEL_LAYOUT_MONO;
    int swrRate = 0, swrFormat = -1, swrChannels = 0;
    std::vector<float> buffer;
    ff::FramePtr frame = ff::makeFrame();
    bool first = true;
    auto convert = [&](const AVFrame* f) {
        const int inSamples = f != nullptr ? f->nb_samples : 0;
        const int room = swr_get_out_samples(swr.get(), inSamples);
        if (room <= 0) {
            return;
        }
        buffer.resize(std::size_t(room));
        auto* dst = reinterpret_cast<std::uint8_t*>(buffer.data());
        const int n = swr_convert(
            swr.get(), &dst, room,
            f != nullptr ? const_cast<const std::uint8_t**>(f->extended_data) : nullptr, inSamples);
        if (n < 0) {
            throw MediaError(name, "decode", "resampling failed: " + ffmpegErrorText(n));
        }
        const std::size_t take = std::min<std::size_t>(std::size_t(n), limit - out.size());
        out.insert(out.end(), buffer.begin(), buffer.begin() + std::ptrdiff_t(take));
    };
    while (out.size() < limit && source.next(*frame)) {
        AVFrame& f = *frame;
        if (f.nb_samples <= 0 || f.sample_rate <= 0) {
            av_frame_unref(&f);
            continue;
        }
        if (first) {
            // Audio that starts after source time 0 keeps its place.
            first = false;
            if (f.best_effort_timestamp != AV_NOPTS_VALUE) {
                const double lead = (Rational(f.best_effort_timestamp) * tb - origin).toDouble();
                if (lead > 0) {
                    out.resize(std::min(limit, std::size_t(lead * sampleRate)), 0.0f);
                }
            }
        }
        if (!swr || f.sample_rate != swrRate || f.format != swrFormat ||
            f.ch_layout.nb_channels != swrChannels) {
            AVChannelLayout in{};
            if (f.ch_layout.order == AV_CHANNEL_ORDER_UNSPEC ||
                av_channel_layout_check(&f.ch_layout) == 0) {
                av_channel_layout_default(&in, std::max(1, f.ch_layout.nb_channels));
            } else {
                av_channel_layout_copy(&in, &f.ch_layout);
            }
            SwrContext* raw = nullptr;
            int r = swr_alloc_set_opts2(&raw, &mono, AV_SAMPLE_FMT_FLT, sampleRate, &in,
                                        AVSampleFormat(f.format), f.sample_rate, 0, nullptr);
            av_channel_layout_uninit(&in);
            swr.reset(raw);
            if (r >= 0) {
                r = swr_init(swr.get());
            }
            if (r < 0) {
                throw MediaError(name, "decode", "cannot convert audio: " + ffmpegErrorText(r));
            }
            swrRate = f.sample_rate;
            swrFormat = f.format;
            swrChannels = f.ch_layout.nb_channels;
        }
        convert(&f);
        av_frame_unref(&f);
    }
    if (swr && out.size() < limit) {
        convert(nullptr);
    }
    return out;
}

} // namespace reelcut
