#include "preview/player.h"

#include "preview/playback_clock.h"

#include <algorithm>
#include <cmath>

namespace reelcut::gui {

Player::Player(QObject* parent) : QObject(parent), clock_(new PlaybackClock(this)) {
    // 4 ms: well under a frame at 60 fps, so a due frame is asked for promptly.
    timer_.setInterval(4);
    timer_.setTimerType(Qt::PreciseTimer);
    connect(&timer_, &QTimer::timeout, this, &Player::tick);
}

Player::~Player() = default;

void Player::setProject(std::shared_ptr<const Project> project) {
    project_ = std::move(project);
    clock_->setProject(project_);
    if (frame_ > lastFrame()) {
        seek(lastFrame());
    }
}

std::int64_t Player::lastFrame() const {
    return project_ ? std::max<std::int64_t>(0, project_->frameCount() - 1) : 0;
}

void Player::startAt(double rate) {
    if (!project_) {
        return;
    }
    if (rate > 0 && frame_ >= lastFrame()) {
        frame_ = 0; // play from the start again, as players do at the end
        Q_EMIT positionChanged(frame_);
    }
    rate_ = rate;
    clock_->start(frameTime(frame_, project_->frameRate).toDouble(), rate);
    timer_.start();
    if (!playing_) {
        playing_ = true;
        Q_EMIT playingChanged(true);
    }
}

void Player::play() {
    startAt(1.0);
}

void Player::pause() {
    timer_.stop();
    clock_->stop();
    rate_ = 1;
    if (playing_) {
        playing_ = false;
        Q_EMIT playingChanged(false);
    }
}

void Player::togglePlay() {
    if (playing_) {
        pause();
    } else {
        play();
    }
}

void Player::seek(std::int64_t frame) {
    const bool wasPlaying = playing_;
    const double rate = rate_;
    if (wasPlaying) {
        clock_->stop();
    }
    frame = std::clamp<std::int64_t>(frame, 0, lastFrame());
    if (frame != frame_) {
        frame_ = frame;
        Q_EMIT positionChanged(frame_);
    }
    if (wasPlaying && project_) {
        clock_->start(frameTime(frame_, project_->frameRate).toDouble(), rate);
    }
}

void Player::step(std::int64_t frames) {
    pause();
    seek(frame_ + frames);
}

void Player::stepSeconds(double seconds) {
    if (project_) {
        step(static_cast<std::int64_t>(std::llround(seconds * project_->frameRate.toDouble())));
    }
}

void Player::toStart() {
    seek(0);
}
void Player::toEnd() {
    seek(lastFrame());
}

void Player::shuttleBackward() {
    startAt(playing_ && rate_ < 0 ? std::max(-8.0, rate_ * 2) : -1.0);
}

void Player::shuttleStop() {
    pause();
}

void Player::shuttleForward() {
    startAt(playing_ && rate_ > 0 ? std::min(8.0, rate_ * 2) : 1.0);
}

void Player::tick() {
    if (!project_) {
        return;
    }
    const double seconds = clock_->position();
    auto frame = static_cast<std::int64_t>(std::floor(seconds * project_->frameRate.toDouble()));
    // The audio clock can start a few ms behind the wall clock it takes over from; never
    // step back while playing forward.
    if (rate_ > 0) {
        frame = std::max(frame, frame_);
    }
    const std::int64_t last = lastFrame();
    if (frame >= last || frame <= 0) {
        const bool atEnd = rate_ > 0 ? frame >= last : frame <= 0;
        if (atEnd) {
            frame = std::clamp<std::int64_t>(frame, 0, last);
            if (frame != frame_) {
                frame_ = frame;
                Q_EMIT positionChanged(frame_);
            }
            pause();
            return;
        }
    }
    if (frame != frame_) {
        frame_ = frame;
        Q_EMIT positionChanged(frame_);
    }
}

} // namespace reelcut::gui
