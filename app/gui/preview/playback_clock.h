#pragma once

#include "model/project.h"

#include <QElapsedTimer>
#include <QObject>
#include <QThread>
#include <memory>

namespace reelcut::gui {

class AudioOutput;

// The master clock of playback. At normal speed with a sound device, the sound card
// drives it: position = samples the device has consumed, so the picture follows the
// audio and never drifts (MLT's design). Without a device (CI, headless), or when
// shuttling at other speeds, a QElapsedTimer drives it and playback is silent.
class PlaybackClock : public QObject {
    Q_OBJECT
public:
    explicit PlaybackClock(QObject* parent = nullptr);
    ~PlaybackClock() override;

    // The project whose sound is played; shared with the audio thread.
    void setProject(std::shared_ptr<const Project> project);
    // Starts at `seconds` at `rate` (1 = normal, negative = backwards).
    void start(double seconds, double rate);
    void stop();
    bool running() const { return running_; }
    double position() const; // seconds
    bool audioActive() const;
    // False when no output device exists; decided once, at construction.
    bool hasAudioDevice() const { return hasDevice_; }
    // Silences the sound while the clock runs on (recording a voice-over).
    void setMuted(bool muted);
    bool muted() const { return muted_; }

Q_SIGNALS:
    void message(const QString& text);

private:
    QThread thread_;
    AudioOutput* audio_ = nullptr; // lives on thread_
    bool hasDevice_ = false;
    bool running_ = false;
    bool useAudio_ = false;
    bool muted_ = false;
    double startSeconds_ = 0;
    double rate_ = 1;
    QElapsedTimer timer_;
};

} // namespace reelcut::gui
