#pragma once

// The Record window: the camera with its face effects live, a countdown timer so the
// phone (or laptop) can stand on a shelf, a record length that stops by itself, a song
// to lip-sync to, and the takes of the session. What is recorded and how is the core's
// Recorder; this window chooses devices and settings, shows the picture and hands the
// chosen takes to the editor.

#include "model/clip.h"
#include "record/recorder.h"

#include <QWidget>
#include <memory>
#include <vector>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QListWidget;
class QMediaDevices;
class QPushButton;
class QTimer;

namespace reelcut::gui {

class CaptureFeed;
class PlaybackClock;
class RecordPreview;

class RecordWindow : public QWidget {
    Q_OBJECT
public:
    // Takes go into `takeFolder`; the take's picture has the shape of `canvas`.
    // `clipEffects`: the face effects of the clip selected in the editor, offered first.
    RecordWindow(const QString& takeFolder, const QSize& canvas,
                 std::vector<EffectInstance> clipEffects, QWidget* parent = nullptr);
    ~RecordWindow() override;

    // Plays a media file as the camera and microphone (tests, and machines without a
    // camera when REELCUT_RECORD_SOURCE names a file).
    bool useFileSource(const QString& file);
    bool hasCamera() const;

    void setCountdown(int seconds); // 0, 3 or 10
    void setLength(int seconds);    // 15, 30 or 60
    void setLipSync(const QString& song, double start);
    void startRecording();
    void stopRecording();

    Recorder& recorder() { return *recorder_; }
    RecordPreview* preview() const { return preview_; }
    QListWidget* takesList() const { return takes_; }
    QPushButton* recordButton() const { return record_; }
    QComboBox* cameraBox() const { return cameras_; }
    QComboBox* effectBox() const { return effects_; }

Q_SIGNALS:
    // "Use take": put this take on the timeline (with its song in lip-sync mode).
    void takeChosen(const reelcut::RecordedTake& take);
    // "Import all": every take into the media bin.
    void takesImported(const std::vector<reelcut::RecordedTake>& takes);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void buildUi();
    void fillDevices();
    void startCamera();
    void applySettings();
    void updateEffects();
    void refreshTakes();
    void updateButtons();
    void chooseSong();
    void onCaptureStarted(qint64 firstFrameUs);
    std::vector<RecordedTake> selectedTakes() const;

    std::unique_ptr<Recorder> recorder_;
    std::unique_ptr<CaptureFeed> feed_;
    std::unique_ptr<PlaybackClock> song_;
    QSize canvas_;
    std::vector<EffectInstance> clipEffects_;
    QMediaDevices* devices_ = nullptr;
    RecordPreview* preview_ = nullptr;
    QComboBox* cameras_ = nullptr;
    QComboBox* microphones_ = nullptr;
    QComboBox* countdown_ = nullptr;
    QComboBox* length_ = nullptr;
    QComboBox* effects_ = nullptr;
    QCheckBox* lipSync_ = nullptr;
    QPushButton* songButton_ = nullptr;
    QDoubleSpinBox* songStart_ = nullptr;
    QPushButton* record_ = nullptr;
    QPushButton* stop_ = nullptr;
    QListWidget* takes_ = nullptr;
    QPushButton* useTake_ = nullptr;
    QPushButton* importAll_ = nullptr;
    QPushButton* deleteTake_ = nullptr;
    QLabel* status_ = nullptr;
    QTimer* songWatch_ = nullptr;
    QString songFile_;
    qint64 songRequestedUs_ = 0;
    bool fileSource_ = false;
};

} // namespace reelcut::gui
