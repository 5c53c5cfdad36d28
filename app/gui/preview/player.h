#pragma once

#include "model/project.h"

#include <QObject>
#include <QTimer>
#include <cstdint>
#include <memory>

namespace reelcut::gui {

class PlaybackClock;

// The transport: playhead position (a frame index), play/pause, J/K/L shuttle and frame
// steps. While playing, a fast timer reads the clock and announces the frame due now;
// frames the renderer could not keep up with are simply never asked for, so the picture
// stays in sync with the sound.
class Player : public QObject {
    Q_OBJECT
public:
    explicit Player(QObject* parent = nullptr);
    ~Player() override;

    void setProject(std::shared_ptr<const Project> project);
    std::int64_t position() const { return frame_; }
    bool isPlaying() const { return playing_; }
    double rate() const { return rate_; }
    PlaybackClock& clock() { return *clock_; }

public Q_SLOTS:
    void play();
    void pause();
    void togglePlay();
    void seek(std::int64_t frame);
    void step(std::int64_t frames);
    void stepSeconds(double seconds);
    void toStart();
    void toEnd();
    // J / K / L: each J or L press doubles the speed in its direction; K stops.
    void shuttleBackward();
    void shuttleStop();
    void shuttleForward();

Q_SIGNALS:
    void positionChanged(std::int64_t frame);
    void playingChanged(bool playing);

private:
    void startAt(double rate);
    void tick();
    std::int64_t lastFrame() const;

    std::shared_ptr<const Project> project_;
    PlaybackClock* clock_ = nullptr; // child
    QTimer timer_;
    std::int64_t frame_ = 0;
    bool playing_ = false;
    double rate_ = 1;
};

} // namespace reelcut::gui
