#include "preview/playback_clock.h"

#include "preview/audio_output.h"
#include "util/log.h"

#include <QMediaDevices>
#include <cmath>

namespace reelcut::gui {

PlaybackClock::PlaybackClock(QObject* parent) : QObject(parent) {
    const QAudioDevice device = QMediaDevices::defaultAudioOutput();
    hasDevice_ = !device.isNull() && qEnvironmentVariableIsEmpty("REELCUT_NO_AUDIO");
    if (!hasDevice_) {
        qCInfo(lcGui, "reelcut: no audio output device; playback is silent");
        return;
    }
    audio_ = new AudioOutput(device);
    audio_->moveToThread(&thread_);
    connect(&thread_, &QThread::finished, audio_, &QObject::deleteLater);
    connect(audio_, &AudioOutput::failed, this, [this](const QString& reason) {
        qCWarning(lcGui, "reelcut: %s", qPrintable(reason));
        // Keep going on the wall clock from where the audio was.
        if (running_ && useAudio_) {
            startSeconds_ = position();
            timer_.restart();
            useAudio_ = false;
        }
        Q_EMIT message(reason);
    });
    thread_.setObjectName(QStringLiteral("audio"));
    thread_.start();
}

PlaybackClock::~PlaybackClock() {
    if (audio_ != nullptr) {
        QMetaObject::invokeMethod(audio_, &AudioOutput::halt, Qt::BlockingQueuedConnection);
        thread_.quit();
        thread_.wait();
    }
}

void PlaybackClock::setProject(std::shared_ptr<const Project> project) {
    if (audio_ != nullptr) {
        audio_->setProject(std::move(project));
    }
}

void PlaybackClock::start(double seconds, double rate) {
    stop();
    startSeconds_ = seconds;
    rate_ = rate;
    running_ = true;
    timer_.start();
    useAudio_ = audio_ != nullptr && rate == 1.0;
    if (useAudio_) {
        const auto first = static_cast<qint64>(std::llround(seconds * kMixSampleRate));
        QMetaObject::invokeMethod(
            audio_, [a = audio_, first] { a->startAt(first); }, Qt::QueuedConnection);
    }
}

void PlaybackClock::stop() {
    if (!running_) {
        return;
    }
    running_ = false;
    if (useAudio_ && audio_ != nullptr) {
        QMetaObject::invokeMethod(audio_, &AudioOutput::halt, Qt::QueuedConnection);
    }
}

void PlaybackClock::setMuted(bool muted) {
    muted_ = muted;
    if (audio_ != nullptr) {
        audio_->setMuted(muted);
    }
}

bool PlaybackClock::audioActive() const {
    return running_ && useAudio_ && audio_ != nullptr && audio_->active();
}

double PlaybackClock::position() const {
    if (!running_) {
        return startSeconds_;
    }
    if (audioActive()) {
        return audio_->playedSample() / kMixSampleRate;
    }
    // Until the device has started (or if it never does), run on the wall clock.
    return startSeconds_ + rate_ * static_cast<double>(timer_.nsecsElapsed()) / 1e9;
}

} // namespace reelcut::gui
