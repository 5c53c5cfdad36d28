#include "record/capture_feed.h"

#include "record/capture_clock.h"
#include "record/file_source.h"
#include "record/recorder.h"
#include "util/log.h"

#include <QAudioSource>
#include <QCamera>
#include <QMediaCaptureSession>
#include <QVideoFrame>
#include <QVideoSink>
#include <cstring>
#include <vector>

namespace reelcut::gui {

CaptureFeed::CaptureFeed(Recorder& recorder, QObject* parent)
    : QObject(parent), recorder_(recorder) {
    worker_.setObjectName(QStringLiteral("capture"));
    workerContext_ = new QObject;
    workerContext_->moveToThread(&worker_);
    connect(&worker_, &QThread::finished, workerContext_, &QObject::deleteLater);
    worker_.start();
}

CaptureFeed::~CaptureFeed() {
    stop();
    worker_.quit();
    worker_.wait();
}

void CaptureFeed::stop() {
    if (sink_) {
        disconnect(sink_.get(), nullptr, this, nullptr);
    }
    if (camera_) {
        camera_->stop();
    }
    if (microphone_) {
        microphone_->stop();
    }
    micDevice_ = nullptr;
    stopFile_ = true;
    if (fileThread_.joinable()) {
        fileThread_.join();
    }
    // Pictures already queued to the worker are pushed before the camera goes away.
    QMetaObject::invokeMethod(
        workerContext_, [] {}, Qt::BlockingQueuedConnection);
    microphone_.reset();
    session_.reset();
    camera_.reset();
    sink_.reset();
    running_ = false;
}

bool CaptureFeed::startCamera(const QCameraDevice& device, const QAudioDevice& microphone) {
    stop();
    error_.clear();
    camera_ = std::make_unique<QCamera>(device);
    session_ = std::make_unique<QMediaCaptureSession>();
    sink_ = std::make_unique<QVideoSink>();
    session_->setCamera(camera_.get());
    session_->setVideoSink(sink_.get());
    connect(camera_.get(), &QCamera::errorOccurred, this,
            [this](QCamera::Error, const QString& text) {
                error_ = text;
                Q_EMIT cameraFailed(text);
            });
    // Any thread may deliver frames; the worker converts and pushes them, one at a time.
    connect(
        sink_.get(), &QVideoSink::videoFrameChanged, this,
        [this](const QVideoFrame& frame) { onFrame(frame); }, Qt::DirectConnection);
    camera_->start();
    if (!microphone.isNull()) {
        QAudioFormat format;
        format.setSampleRate(48000);
        format.setChannelCount(2);
        format.setSampleFormat(QAudioFormat::Float);
        if (!microphone.isFormatSupported(format)) {
            format.setSampleFormat(QAudioFormat::Int16);
        }
        if (!microphone.isFormatSupported(format)) {
            format.setChannelCount(1);
        }
        if (microphone.isFormatSupported(format)) {
            micChannels_ = format.channelCount();
            micRate_ = format.sampleRate();
            micFloat_ = format.sampleFormat() == QAudioFormat::Float;
            microphone_ = std::make_unique<QAudioSource>(microphone, format);
            micDevice_ = microphone_->start();
            if (micDevice_ != nullptr) {
                connect(micDevice_, &QIODevice::readyRead, this, [this] { onAudio(); });
            }
        } else {
            qCWarning(lcRecord) << "the microphone takes no 48 kHz format; recording without sound";
        }
    }
    running_ = camera_->isActive() || camera_->error() == QCamera::NoError;
    if (!running_) {
        error_ = camera_->errorString();
    }
    return running_;
}

bool CaptureFeed::startFile(const QString& file) {
    stop();
    error_.clear();
    std::shared_ptr<FileCaptureSource> source;
    try {
        source = std::make_shared<FileCaptureSource>(file.toStdString());
    } catch (const std::exception& e) {
        error_ = QString::fromUtf8(e.what());
        return false;
    }
    stopFile_ = false;
    fileThread_ = std::thread([this, source] {
        FileCaptureSource::Options o;
        o.realTime = true;
        o.loop = true;
        o.seconds = 24 * 3600;
        o.startUs = captureClockUs();
        try {
            source->play(recorder_, o, [this](std::int64_t, std::int64_t) { return !stopFile_; });
        } catch (const std::exception& e) {
            qCWarning(lcRecord) << "file source stopped:" << e.what();
        }
    });
    running_ = true;
    return true;
}

void CaptureFeed::onFrame(const QVideoFrame& frame) {
    const std::int64_t stamp = captureClockUs();
    if (framesInFlight_.load() > 0) {
        return; // the worker is still on the previous picture: drop this one
    }
    ++framesInFlight_;
    QMetaObject::invokeMethod(
        workerContext_,
        [this, frame, stamp] {
            QImage image = frame.toImage();
            if (!image.isNull()) {
                recorder_.pushVideo(image, stamp);
            }
            --framesInFlight_;
        },
        Qt::QueuedConnection);
}

void CaptureFeed::onAudio() {
    if (micDevice_ == nullptr) {
        return;
    }
    const QByteArray bytes = micDevice_->readAll();
    const int bytesPerSample = micFloat_ ? 4 : 2;
    const int frames = int(bytes.size() / (bytesPerSample * micChannels_));
    if (frames <= 0 || micRate_ != 48000) {
        return;
    }
    // The last sample read was heard about now.
    const std::int64_t stamp = captureClockUs() - std::int64_t(frames) * 1'000'000 / micRate_;
    std::vector<float> stereo(std::size_t(frames) * 2);
    for (int i = 0; i < frames; ++i) {
        for (int ch = 0; ch < 2; ++ch) {
            const int from = i * micChannels_ + std::min(ch, micChannels_ - 1);
            float v = 0;
            if (micFloat_) {
                std::memcpy(&v, bytes.constData() + std::size_t(from) * 4, 4);
            } else {
                std::int16_t s = 0;
                std::memcpy(&s, bytes.constData() + std::size_t(from) * 2, 2);
                v = float(s) / 32768.0f;
            }
            stereo[std::size_t(i) * 2 + std::size_t(ch)] = v;
        }
    }
    // Encoded on the capture thread with the pictures: the window never waits for the
    // encoder.
    QMetaObject::invokeMethod(
        workerContext_,
        [this, stereo = std::move(stereo), frames, stamp] {
            recorder_.pushAudio(stereo.data(), frames, stamp);
        },
        Qt::QueuedConnection);
}

} // namespace reelcut::gui
