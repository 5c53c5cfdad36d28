#pragma once

#include "media/audio_reader.h"
#include "model/project.h"
#include "render/audio_mixer.h"

#include <QAudioDevice>
#include <QElapsedTimer>
#include <QIODevice>
#include <QObject>
#include <atomic>
#include <memory>
#include <mutex>

class QAudioSink;

namespace reelcut::gui {

// Pulls the mixed project sound into the sound card. Lives on its own thread with its own
// AudioMixer, so a slow video frame never starves the device. Tracks how much audio the
// device has taken, which PlaybackClock turns into the playback position.
class AudioOutput : public QIODevice {
    Q_OBJECT
public:
    explicit AudioOutput(QAudioDevice device);
    ~AudioOutput() override;

    void setProject(std::shared_ptr<const Project> project); // any thread
    // Position in timeline samples of what is being heard now (any thread).
    double playedSample() const;
    bool active() const { return active_.load(); }
    // Plays silence instead of the mix, the clock going on (any thread): a voice-over is
    // recorded against the picture without the speakers leaking into the microphone.
    void setMuted(bool muted) { muted_ = muted; }

    // Called on the audio thread (queued).
    Q_INVOKABLE void startAt(qint64 firstSample);
    Q_INVOKABLE void halt();

Q_SIGNALS:
    void failed(const QString& reason);

protected:
    qint64 readData(char* data, qint64 maxSize) override;
    qint64 writeData(const char*, qint64) override { return -1; }
    qint64 bytesAvailable() const override;
    bool isSequential() const override { return true; }

private:
    QAudioDevice device_;
    std::unique_ptr<QAudioSink> sink_;
    AudioMixer mixer_;
    std::mutex projectMutex_;
    std::shared_ptr<const Project> project_;
    std::atomic<qint64> first_{0};
    std::atomic<qint64> delivered_{0};      // frames handed to the device since start
    std::atomic<qint64> bufferedFrames_{0}; // the device's buffer, not yet heard
    std::atomic<qint64> lastReadNs_{0};
    std::atomic<bool> active_{false};
    std::atomic<bool> muted_{false};
    QElapsedTimer clock_;
};

} // namespace reelcut::gui
