#include "record/mic_input.h"

#include "media/pcm_decoder.h"
#include "record/capture_clock.h"
#include "record/voice_over.h"
#include "window/gui_util.h"

#include <QAudioFormat>
#include <QAudioSource>
#include <algorithm>
#include <cstring>

namespace reelcut::gui {

namespace {

constexpr int kRate = VoiceOverWriter::kSampleRate;
constexpr int kFileTickMs = 10; // a sound card's period, roughly

} // namespace

MicInput::MicInput(Sink sink, QObject* parent) : QObject(parent), sink_(std::move(sink)) {
    fileTimer_.setInterval(kFileTickMs);
    connect(&fileTimer_, &QTimer::timeout, this, [this] { feedFile(); });
}

MicInput::~MicInput() {
    stop();
}

bool MicInput::startDevice(const QAudioDevice& device) {
    stop();
    error_.clear();
    if (device.isNull()) {
        error_ = tr("No microphone found.");
        return false;
    }
    QAudioFormat format;
    format.setSampleRate(kRate);
    format.setChannelCount(1);
    format.setSampleFormat(QAudioFormat::Float);
    if (!device.isFormatSupported(format)) {
        format.setSampleFormat(QAudioFormat::Int16);
    }
    if (!device.isFormatSupported(format)) {
        format.setChannelCount(2);
    }
    if (!device.isFormatSupported(format)) {
        error_ = tr("The microphone does not record at 48 kHz.");
        return false;
    }
    channels_ = format.channelCount();
    float_ = format.sampleFormat() == QAudioFormat::Float;
    source_ = std::make_unique<QAudioSource>(device, format);
    io_ = source_->start();
    if (io_ == nullptr) {
        error_ = tr("The microphone could not start.");
        source_.reset();
        return false;
    }
    connect(io_, &QIODevice::readyRead, this, [this] { readDevice(); });
    running_ = true;
    return true;
}

bool MicInput::startFile(const QString& file) {
    stop();
    error_.clear();
    try {
        file_ = decodeMono(toPath(file), kRate, 600);
    } catch (const std::exception& e) {
        error_ = errorText(e);
        return false;
    }
    if (file_.empty()) {
        error_ = tr("%1 has no sound.").arg(file);
        return false;
    }
    fileSent_ = 0;
    fileStartUs_ = captureClockUs();
    fileTimer_.start();
    running_ = true;
    return true;
}

void MicInput::stop() {
    fileTimer_.stop();
    if (source_) {
        source_->stop();
        source_.reset();
    }
    io_ = nullptr;
    running_ = false;
}

void MicInput::readDevice() {
    if (io_ == nullptr) {
        return;
    }
    const QByteArray bytes = io_->readAll();
    const int sampleBytes = float_ ? 4 : 2;
    const int frames = int(bytes.size() / (sampleBytes * channels_));
    if (frames <= 0) {
        return;
    }
    // The last sample read was heard about now.
    const std::int64_t stamp = captureClockUs() - std::int64_t(frames) * 1'000'000 / kRate;
    const std::size_t n = std::size_t(frames) * std::size_t(channels_);
    converted_.resize(n);
    if (float_) {
        std::memcpy(converted_.data(), bytes.constData(), n * sizeof(float));
    } else {
        for (std::size_t i = 0; i < n; ++i) {
            std::int16_t s = 0;
            std::memcpy(&s, bytes.constData() + i * 2, 2);
            converted_[i] = float(s) / 32768.0f;
        }
    }
    sink_(converted_.data(), frames, channels_, stamp);
}

void MicInput::feedFile() {
    // Everything due by now, in one piece: a late timer delivers more at once, as a sound
    // card's buffer would after a busy moment.
    const std::int64_t due = (captureClockUs() - fileStartUs_) * kRate / 1'000'000;
    const auto size = std::int64_t(file_.size());
    while (fileSent_ < due) {
        const std::int64_t at = fileSent_ % size;
        const int frames = int(std::min({due - fileSent_, size - at, std::int64_t(kRate)}));
        sink_(file_.data() + at, frames, 1, fileStartUs_ + fileSent_ * 1'000'000 / kRate);
        fileSent_ += frames;
    }
}

} // namespace reelcut::gui
