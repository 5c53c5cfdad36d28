#pragma once

// Sound from a microphone (Qt Multimedia), or from a media file played in real time as if
// it were one (tests, demos, machines without a microphone), handed on as float samples
// stamped on the capture clock.

#include <QAudioDevice>
#include <QElapsedTimer>
#include <QObject>
#include <QTimer>
#include <cstdint>
#include <functional>
#include <memory>
#include <vector>

class QAudioSource;
class QIODevice;

namespace reelcut::gui {

class MicInput : public QObject {
    Q_OBJECT
public:
    // Runs on the GUI thread: `interleaved` holds `frames` of `channels` at 48 kHz, the
    // first heard at `timeUs` (captureClockUs()).
    using Sink = std::function<void(const float* interleaved, int frames, int channels,
                                    std::int64_t timeUs)>;

    explicit MicInput(Sink sink, QObject* parent = nullptr);
    ~MicInput() override;

    // Starts the device; stops what ran before. False (and error() set) if it cannot.
    bool startDevice(const QAudioDevice& device);
    // Plays the sound of `file`, looping, in real time.
    bool startFile(const QString& file);
    void stop();
    bool running() const { return running_; }
    QString error() const { return error_; }

private:
    void readDevice();
    void feedFile();

    Sink sink_;
    std::unique_ptr<QAudioSource> source_;
    QIODevice* io_ = nullptr;
    int channels_ = 1;
    bool float_ = true;
    std::vector<float> converted_;
    std::vector<float> file_; // mono
    std::int64_t fileSent_ = 0;
    std::int64_t fileStartUs_ = 0;
    QTimer fileTimer_;
    bool running_ = false;
    QString error_;
};

} // namespace reelcut::gui
