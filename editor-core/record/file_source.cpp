#include "record/file_source.h"

#include "media/audio_reader.h"
#include "media/frame_scaler.h"
#include "media/video_decoder.h"
#include "record/recorder.h"

#include <chrono>
#include <thread>
#include <vector>

extern "C" {
#include <libavutil/frame.h>
}

namespace reelcut {

struct FileCaptureSource::Impl {
    boost::filesystem::path file;
    VideoDecoder video;
    AudioReader audio;
    FrameScaler scaler;
    QImage picture;
    std::vector<float> sound;

    explicit Impl(boost::filesystem::path f) : file(f), video(f, 1), audio(f) {}
};

FileCaptureSource::FileCaptureSource(boost::filesystem::path file)
    : impl_(std::make_unique<Impl>(std::move(file))) {}

FileCaptureSource::~FileCaptureSource() = default;

void FileCaptureSource::play(Recorder& recorder, const Options& o,
                             const std::function<bool(std::int64_t, std::int64_t)>& afterFrame) {
    Impl& d = *impl_;
    const MediaInfo& info = d.video.info();
    const FrameRate rate = info.frameRate.num() > 0 ? info.frameRate : FrameRate(30);
    const double fileSeconds = info.duration.toDouble();
    const double seconds = o.seconds > 0 ? o.seconds : fileSeconds;
    const std::int64_t frames = frameAtTime(Time(std::int64_t(seconds * 1e6), 1'000'000), rate);
    const std::int64_t fileFrames = std::max<std::int64_t>(1, frameAtTime(info.duration, rate));
    const bool withAudio = o.audio && d.audio.hasAudio();
    const int chunk = std::max(1, o.audioChunk);
    d.sound.resize(std::size_t(chunk) * kMixChannels);
    std::int64_t samplesPushed = 0;
    const auto clockStart = std::chrono::steady_clock::now();

    for (std::int64_t k = 0; k < frames; ++k) {
        const std::int64_t inFile = o.loop ? k % fileFrames : std::min(k, fileFrames - 1);
        const Time fileTime = frameTime(inFile, rate);
        const std::int64_t stampUs =
            o.startUs + (frameTime(k, rate) * Rational(1'000'000)).roundMul(1);
        if (o.realTime) {
            std::this_thread::sleep_until(clockStart +
                                          std::chrono::microseconds(stampUs - o.startUs));
        }
        // Sound first, up to this picture's time: a sound card delivers a chunk once it
        // has been heard, so a chunk's stamp is when its first sample was heard.
        while (withAudio) {
            const std::int64_t chunkUs = o.startUs + samplesPushed * 1'000'000 / kMixSampleRate;
            if (chunkUs > stampUs) {
                break;
            }
            const double t = double(samplesPushed) / kMixSampleRate;
            const double inFileT = o.loop && fileSeconds > 0 ? std::fmod(t, fileSeconds) : t;
            d.audio.read(Time(std::int64_t(inFileT * kMixSampleRate), kMixSampleRate), Rational(1),
                         d.sound.data(), chunk);
            recorder.pushAudio(d.sound.data(), chunk, chunkUs);
            samplesPushed += chunk;
        }
        const AVFrame& f = d.video.frameAt(fileTime);
        const QSize size(f.width, f.height);
        if (d.picture.size() != size) {
            d.picture = makePaddedImage(size);
        }
        d.scaler.scale(f, d.picture, true);
        recorder.pushVideo(d.picture, stampUs);
        if (afterFrame && !afterFrame(k, stampUs)) {
            return;
        }
    }
}

} // namespace reelcut
