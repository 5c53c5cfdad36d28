#pragma once

// Feeds a Recorder from a camera and a microphone (Qt Multimedia), or from a media file
// played as if it were a camera (tests, demos, machines without a camera). Pictures are
// converted and pushed on a worker thread; when it falls behind, pictures are dropped
// rather than queued, so the preview never lags.

#include <QAudioDevice>
#include <QCameraDevice>
#include <QObject>
#include <QThread>
#include <atomic>
#include <memory>
#include <thread>

class QAudioSource;
class QCamera;
class QIODevice;
class QMediaCaptureSession;
class QVideoFrame;
class QVideoSink;

namespace reelcut {
class Recorder;
}

namespace reelcut::gui {

class CaptureFeed : public QObject {
    Q_OBJECT
public:
    explicit CaptureFeed(Recorder& recorder, QObject* parent = nullptr);
    ~CaptureFeed() override;

    // Starts the camera (and the microphone, unless it is null); stops what ran before.
    // False (and `error` set) if the camera cannot start.
    bool startCamera(const QCameraDevice& camera, const QAudioDevice& microphone);
    // Plays `file` in real time, looping, as the camera and microphone.
    bool startFile(const QString& file);
    void stop();
    bool running() const { return running_; }
    QString error() const { return error_; }

Q_SIGNALS:
    void cameraFailed(const QString& reason);

private:
    void onFrame(const QVideoFrame& frame);
    void onAudio();

    Recorder& recorder_;
    QThread worker_;
    QObject* workerContext_ = nullptr; // lives on worker_
    std::unique_ptr<QCamera> camera_;
    std::unique_ptr<QMediaCaptureSession> session_;
    std::unique_ptr<QVideoSink> sink_;
    std::unique_ptr<QAudioSource> microphone_;
    QIODevice* micDevice_ = nullptr;
    int micChannels_ = 2;
    int micRate_ = 48000;
    bool micFloat_ = false;
    std::atomic<int> framesInFlight_{0};
    std::thread fileThread_;
    std::atomic<bool> stopFile_{false};
    bool running_ = false;
    QString error_;
};

} // namespace reelcut::gui
