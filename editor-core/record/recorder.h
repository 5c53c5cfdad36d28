#pragma once

// The recorder: a camera (or any picture and sound source) in, takes out. TikTok's own
// recorder in the engine, without widgets: a countdown before capture starts, a record
// length that stops by itself, face effects shown live, lip-sync to a song, and takes
// written so that a crash loses at most the last second (take_writer.h).
//
// The source pushes pictures and sound stamped on one monotonic clock (microseconds): the
// camera's arrival times in the editor, a file's own times in the tests
// (FileCaptureSource). Everything the recorder decides (when the countdown ends, which
// camera frame goes into which frame of the take, where the song is heard) is computed on
// those stamps, so a test that injects a latency gets exact answers.

#include "effect/effect.h"
#include "model/clip.h"
#include "record/live_effects.h"
#include "time/rational.h"

#include <QImage>
#include <QSize>
#include <boost/filesystem/path.hpp>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

namespace reelcut {

class TakeWriter;

// Lip-sync: the song that plays while recording, from `start` (source seconds).
struct LipSync {
    std::string song;
    Time start{0};

    friend bool operator==(const LipSync&, const LipSync&) = default;
};

struct RecordSettings {
    int countdownSeconds = 0; // before capture starts: 0, 3 or 10
    int lengthSeconds = 15;   // the take stops by itself after this: 15, 30 or 60; 0: at stop()
    QSize size{1080, 1920};   // the take's picture (even); the camera's is cropped to its shape
    FrameRate frameRate{30};  // the take's constant rate; camera frames are held or dropped
    bool audio = true;        // the microphone's sound (48 kHz stereo float) goes in the take
    QSize previewSize{540, 960};
    std::optional<LipSync> lipSync;
    std::string x264Preset = "superfast"; // live: the encoder must keep up with the camera
};

// The take's picture size for a camera picture of `camera` and a project canvas of
// `canvas`: the canvas's shape, as large as the camera's picture allows without scaling
// it up, at most the canvas, both sides even.
QSize recordSizeFor(const QSize& camera, const QSize& canvas);

struct RecordedTake {
    std::string file;
    std::int64_t frames = 0;
    Time duration{0};
    FrameRate frameRate{30};
    std::vector<EffectInstance> effects; // shown live while recording; the clip gets them
    std::optional<LipSync> lipSync;
    // Lip-sync: the take time (seconds from its first frame) at which the song's start
    // point was heard; negative if before it. Measured from the time stamps of the first
    // captured frame and of the playback's start (Recorder::playbackStarted).
    Time songOffset{0};
    bool songHeard = false; // playbackStarted was reported during the take
    bool recovered = false; // left by a crash, trimmed to its complete fragments
};

class Recorder {
public:
    enum class State {
        Idle,      // preview only
        Countdown, // preview, capture starts when the countdown ends
        Recording
    };

    struct Status {
        State state = State::Idle;
        double countdownLeft = 0; // seconds
        double recorded = 0;      // seconds of the take so far
        double length = 0;        // the take's length, 0 if open-ended
    };

    // Called on the thread that pushes pictures, outside the recorder's lock.
    struct Callbacks {
        // Every camera picture at preview size with the effects applied.
        std::function<void(const QImage& preview, const Status& status)> preview;
        // Capture has started (the countdown ended): lip-sync starts the song now and
        // reports when it is heard through playbackStarted().
        std::function<void(std::int64_t firstFrameUs)> captureStarted;
        std::function<void(const RecordedTake& take)> takeFinished;
        std::function<void(const std::string& error)> failed;
    };

    // Takes go into `takeFolder`. Takes a crash left there are recovered first and listed
    // with the others already in it.
    explicit Recorder(boost::filesystem::path takeFolder);
    ~Recorder(); // a take under way is ended as by stop()
    Recorder(const Recorder&) = delete;
    Recorder& operator=(const Recorder&) = delete;

    void setSettings(const RecordSettings& settings); // used from the next start()
    RecordSettings settings() const;
    // Live face effects (and any other): shown in the preview, given to the take's clip.
    void setEffects(std::vector<EffectInstance> effects);
    void setCallbacks(Callbacks callbacks);

    // Starts the countdown (measured from the next picture), then the take.
    void start();
    // Ends the take with what was recorded (or ends the countdown without a take).
    void stop();
    // Ends the take and removes its file.
    void cancel();
    Status status() const;

    // From the source. Pictures in any size and format (cropped to the take's shape);
    // sound as interleaved stereo float at 48 kHz. timeUs: when the picture was taken /
    // the first sample was heard, on the one clock of the source.
    void pushVideo(const QImage& frame, std::int64_t timeUs);
    void pushAudio(const float* interleaved, int frames, std::int64_t timeUs);
    // Lip-sync: the song's start point was heard at timeUs (same clock).
    void playbackStarted(std::int64_t timeUs);

    const boost::filesystem::path& takeFolder() const { return folder_; }
    std::vector<RecordedTake> takes() const;
    // Forgets a take and removes its file (the takes list's Delete).
    void removeTake(const std::string& file);

private:
    struct Event;
    void beginTake(std::int64_t timeUs, std::vector<Event>& events);
    void writeHeldUntil(std::int64_t timeUs, std::vector<Event>& events);
    void writeAudioUpTo(std::int64_t samples);
    void endTake(bool keep, std::vector<Event>& events);
    void fail(const std::string& error, std::vector<Event>& events);
    void deliver(std::vector<Event>& events);
    std::int64_t slotTimeUs(std::int64_t slot) const;
    std::int64_t targetFrames() const;
    std::int64_t samplesForFrames(std::int64_t frames) const;
    void frameToTake(const QImage& frame, QImage& out) const;

    boost::filesystem::path folder_;
    mutable std::mutex mutex_;
    RecordSettings settings_; // for the next take
    RecordSettings take_;     // of the take under way
    Callbacks callbacks_;
    LiveEffects effects_;
    State state_ = State::Idle;
    bool countdownArmed_ = false;
    std::int64_t countdownEndUs_ = 0;
    std::int64_t takeStartUs_ = 0;
    std::int64_t lastVideoUs_ = 0;
    std::unique_ptr<TakeWriter> writer_;
    RecordedTake current_;
    QImage held_; // the camera picture shown until the next one (take size)
    bool hasHeld_ = false;
    std::int64_t heldUs_ = 0;
    std::int64_t slot_ = 0; // take frames written
    // Sound waits here until the picture has caught up, so the take's tracks end together.
    std::vector<float> pendingAudio_;
    std::int64_t pendingStartSample_ = 0; // take sample of pendingAudio_[0]
    std::int64_t audioWritten_ = 0;       // take samples in the file
    bool audioStarted_ = false;
    QImage preview_;
    std::vector<RecordedTake> takes_;
};

} // namespace reelcut
