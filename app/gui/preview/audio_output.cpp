#include "preview/audio_output.h"

#include <QAudioFormat>
#include <QAudioSink>
#include <algorithm>
#include <cstring>

namespace reelcut::gui {

AudioOutput::AudioOutput(QAudioDevice device) : device_(std::move(device)) {
    clock_.start();
}

AudioOutput::~AudioOutput() {
    if (sink_) {
        sink_->stop();
    }
}

void AudioOutput::setProject(std::shared_ptr<const Project> project) {
    std::lock_guard lock(projectMutex_);
    project_ = std::move(project);
}

void AudioOutput::startAt(qint64 firstSample) {
    halt();
    QAudioFormat format;
    format.setSampleRate(kMixSampleRate);
    format.setChannelCount(kMixChannels);
    format.setSampleFormat(QAudioFormat::Float);
    if (!device_.isFormatSupported(format)) {
        Q_EMIT failed(tr("The sound device does not take 48 kHz float stereo; playing silently"));
        return;
    }
    first_ = firstSample;
    delivered_ = 0;
    bufferedFrames_ = 0;
    lastReadNs_ = clock_.nsecsElapsed();
    if (!isOpen()) {
        open(QIODevice::ReadOnly);
    }
    sink_ = std::make_unique<QAudioSink>(device_, format);
    // ~100 ms: short enough that pausing feels immediate, long enough not to underrun.
    sink_->setBufferSize(kMixSampleRate / 10 * kMixChannels * static_cast<int>(sizeof(float)));
    connect(sink_.get(), &QAudioSink::stateChanged, this, [this](QAudio::State state) {
        if (state == QAudio::StoppedState && sink_ && sink_->error() != QAudio::NoError &&
            active_) {
            active_ = false;
            Q_EMIT failed(tr("The sound device stopped (error %1); playing silently")
                              .arg(static_cast<int>(sink_->error())));
        }
    });
    sink_->start(this);
    if (sink_->error() != QAudio::NoError) {
        Q_EMIT failed(tr("Cannot open the sound device; playing silently"));
        sink_.reset();
        return;
    }
    bufferedFrames_ = sink_->bufferSize() / static_cast<qint64>(kMixChannels * sizeof(float));
    active_ = true;
}

void AudioOutput::halt() {
    active_ = false;
    if (sink_) {
        sink_->stop();
        sink_.reset();
    }
}

qint64 AudioOutput::bytesAvailable() const {
    // Endless: the mixer yields silence past the end.
    return 1 << 20;
}

qint64 AudioOutput::readData(char* data, qint64 maxSize) {
    constexpr qint64 frameBytes = kMixChannels * sizeof(float);
    const auto frames = static_cast<int>(std::min<qint64>(maxSize / frameBytes, 48000));
    if (frames <= 0) {
        return 0;
    }
    std::shared_ptr<const Project> project;
    {
        std::lock_guard lock(projectMutex_);
        project = project_;
    }
    auto* out = reinterpret_cast<float*>(data);
    if (project && !muted_) {
        try {
            mixer_.mix(*project, first_ + delivered_, frames, out);
        } catch (const std::exception&) {
            std::memset(data, 0, static_cast<std::size_t>(frames * frameBytes));
        }
    } else {
        std::memset(data, 0, static_cast<std::size_t>(frames * frameBytes));
    }
    delivered_ += frames;
    lastReadNs_ = clock_.nsecsElapsed();
    return frames * frameBytes;
}

double AudioOutput::playedSample() const {
    // What the device has taken minus what still sits in its buffer; between reads,
    // advance with the wall clock, never past what has been delivered.
    const double delivered = static_cast<double>(delivered_.load());
    const double buffered = static_cast<double>(bufferedFrames_.load());
    const double since =
        static_cast<double>(clock_.nsecsElapsed() - lastReadNs_.load()) * kMixSampleRate / 1e9;
    const double played = std::clamp(delivered - buffered + since, 0.0, delivered);
    return static_cast<double>(first_.load()) + played;
}

} // namespace reelcut::gui
