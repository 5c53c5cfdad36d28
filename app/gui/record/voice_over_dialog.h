#pragma once

// Recording a voice-over: choose the microphone, watch its level, press Record; after a
// 3-2-1 countdown the timeline plays from the playhead (muted or not) while you speak, and
// Stop puts the recording on an audio track at the playhead. What the recording is and
// where it goes are the core's (VoiceOverWriter, placeVoiceOver); the editor plays the
// timeline and places the clip when this dialog says so.

#include "record/voice_over.h"

#include <QDialog>
#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QMediaDevices;
class QPushButton;
class QTimer;

namespace reelcut::gui {

class LevelMeter;
class MicInput;

class VoiceOverDialog : public QDialog {
    Q_OBJECT
public:
    enum class State { Idle, Countdown, Recording };

    // Recordings go into `folder` (the project's takes folder).
    explicit VoiceOverDialog(const QString& folder, QWidget* parent = nullptr);
    ~VoiceOverDialog() override;

    // Plays the sound of a media file as the microphone (tests, and machines without one
    // when REELCUT_RECORD_SOURCE names a file).
    bool useFileSource(const QString& file);
    bool hasInput() const;

    void setCountdown(int seconds); // 0 or 3
    void startRecording();
    void stopRecording();

    State state() const { return state_; }
    bool playsTimeline() const;
    bool mutesTimeline() const;
    QString message() const;
    double recordedSeconds() const;
    QPushButton* recordButton() const { return record_; }
    QComboBox* microphoneBox() const { return microphones_; }
    LevelMeter* meter() const { return meter_; }
    QLabel* countdownLabel() const { return big_; }
    // "Too loud" while the input clips (and for two seconds after), else empty.
    QString clipWarning() const;

Q_SIGNALS:
    // The countdown is over and the recording has begun: the editor plays the timeline now.
    void recordingStarted();
    // The recording ended (or failed): the editor stops playing.
    void recordingStopped();
    // A finished recording of `seconds`, to go on the timeline where playback started.
    void recorded(const QString& file, double seconds);

protected:
    void closeEvent(QCloseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    void buildUi();
    void fillDevices();
    void startDevice();
    void onSound(const float* interleaved, int frames, int channels, std::int64_t timeUs);
    void tickCountdown();
    void begin();
    // Clears the last device problem (and the status line if it still shows it).
    void forgetProblem();
    void updateUi();

    QString folder_;
    std::unique_ptr<MicInput> input_;
    std::unique_ptr<VoiceOverWriter> writer_;
    State state_ = State::Idle;
    int countdownSeconds_ = 3;
    int countdownLeft_ = 0;
    bool fileSource_ = false;
    QString problem_;

    QMediaDevices* devices_ = nullptr;
    QComboBox* microphones_ = nullptr;
    QCheckBox* countdownBox_ = nullptr;
    QCheckBox* playTimeline_ = nullptr;
    QCheckBox* muteTimeline_ = nullptr;
    LevelMeter* meter_ = nullptr;
    QLabel* big_ = nullptr;
    QLabel* status_ = nullptr;
    QLabel* clipping_ = nullptr;
    QTimer* clipTimer_ = nullptr;
    QPushButton* record_ = nullptr;
    QTimer* countdownTimer_ = nullptr;
};

} // namespace reelcut::gui
