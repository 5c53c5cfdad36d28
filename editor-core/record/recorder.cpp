#include "record/recorder.h"

#include "media/media_info.h"
#include "record/take_writer.h"
#include "util/log.h"

#include <QPainter>
#include <algorithm>
#include <boost/filesystem/operations.hpp>
#include <cmath>

namespace fs = boost::filesystem;

namespace reelcut {

namespace {

constexpr std::int64_t kMicro = 1'000'000;
constexpr int kRate = 48000;
constexpr int kChannels = 2;

// The centre of `from` in the shape of `to`.
QRect cropToShape(const QSize& from, const QSize& to) {
    if (from.isEmpty() || to.isEmpty()) {
        return QRect(QPoint(0, 0), from);
    }
    const double want = double(to.width()) / to.height();
    if (double(from.width()) / from.height() > want) {
        const int w = std::max(1, int(std::lround(from.height() * want)));
        return QRect((from.width() - w) / 2, 0, w, from.height());
    }
    const int h = std::max(1, int(std::lround(from.width() / want)));
    return QRect(0, (from.height() - h) / 2, from.width(), h);
}

// Draws the centre of `frame` (its shape cut to out's) into `out`, which keeps its size.
void drawCropped(const QImage& frame, QImage& out) {
    const QRect source = cropToShape(frame.size(), out.size());
    if (source.size() == out.size() && frame.format() == out.format()) {
        for (int y = 0; y < out.height(); ++y) {
            std::memcpy(out.scanLine(y), frame.constScanLine(y + source.y()) + source.x() * 4,
                        std::size_t(out.width()) * 4);
        }
        return;
    }
    QPainter p(&out);
    p.setCompositionMode(QPainter::CompositionMode_Source);
    p.setRenderHint(QPainter::SmoothPixmapTransform, true);
    p.drawImage(QRect(QPoint(0, 0), out.size()), frame, source);
}

void ensureImage(QImage& image, const QSize& size) {
    if (image.size() != size || image.format() != QImage::Format_ARGB32_Premultiplied) {
        image = QImage(size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::black);
    }
}

} // namespace

struct Recorder::Event {
    enum Kind { Started, Finished, Failed } kind = Started;
    std::int64_t timeUs = 0;
    RecordedTake take;
    std::string error;
};

QSize recordSizeFor(const QSize& camera, const QSize& canvas) {
    if (canvas.isEmpty()) {
        return QSize(1080, 1920);
    }
    if (camera.isEmpty()) {
        return canvas;
    }
    const QRect crop = cropToShape(camera, canvas);
    const double scale = std::min(1.0, double(canvas.height()) / crop.height());
    const int w = std::max(2, int(crop.width() * scale) & ~1);
    const int h = std::max(2, int(crop.height() * scale) & ~1);
    return QSize(w, h);
}

Recorder::Recorder(fs::path takeFolder) : folder_(std::move(takeFolder)) {
    boost::system::error_code ec;
    if (!fs::is_directory(folder_, ec)) {
        return;
    }
    std::vector<fs::path> recovered = recoverInterruptedTakes(folder_);
    for (const fs::path& file : listTakes(folder_)) {
        try {
            const MediaInfo info = probeMedia(file);
            RecordedTake t;
            t.file = file.string();
            t.frameRate = info.frameRate;
            t.duration = info.duration;
            t.frames = info.frameCount;
            t.recovered = std::find(recovered.begin(), recovered.end(), file) != recovered.end();
            takes_.push_back(std::move(t));
        } catch (const std::exception& e) {
            qCWarning(lcRecord) << "skipping take" << file.c_str() << e.what();
        }
    }
}

Recorder::~Recorder() {
    std::lock_guard lock(mutex_);
    if (writer_) {
        std::vector<Event> ignored;
        endTake(true, ignored);
    }
}

void Recorder::setSettings(const RecordSettings& settings) {
    if (settings.size.width() < 2 || settings.size.height() < 2 || settings.size.width() % 2 ||
        settings.size.height() % 2 || settings.previewSize.isEmpty() ||
        settings.countdownSeconds < 0 || settings.countdownSeconds > 60 ||
        settings.lengthSeconds < 0 || settings.lengthSeconds > 600 ||
        settings.frameRate.num() <= 0 || settings.frameRate.den() <= 0 ||
        settings.frameRate.toDouble() > 120) {
        throw InvalidRequest(Message(QT_TRANSLATE_NOOP3(
            "Engine", "the recording settings are impossible (size, countdown, length or rate)",
            "record.bad-settings")));
    }
    std::lock_guard lock(mutex_);
    settings_ = settings;
}

RecordSettings Recorder::settings() const {
    std::lock_guard lock(mutex_);
    return settings_;
}

void Recorder::setEffects(std::vector<EffectInstance> effects) {
    std::lock_guard lock(mutex_);
    effects_.setEffects(std::move(effects));
}

void Recorder::setCallbacks(Callbacks callbacks) {
    std::lock_guard lock(mutex_);
    callbacks_ = std::move(callbacks);
}

void Recorder::start() {
    std::lock_guard lock(mutex_);
    if (state_ != State::Idle) {
        return;
    }
    take_ = settings_;
    state_ = State::Countdown;
    countdownArmed_ = false;
}

void Recorder::stop() {
    std::vector<Event> events;
    {
        std::lock_guard lock(mutex_);
        if (state_ == State::Countdown) {
            state_ = State::Idle;
        } else if (state_ == State::Recording) {
            endTake(true, events);
        }
    }
    deliver(events);
}

void Recorder::cancel() {
    std::vector<Event> events;
    {
        std::lock_guard lock(mutex_);
        if (state_ == State::Recording) {
            endTake(false, events);
        }
        state_ = State::Idle;
    }
    deliver(events);
}

Recorder::Status Recorder::status() const {
    std::lock_guard lock(mutex_);
    Status s;
    s.state = state_;
    const RecordSettings& r = state_ == State::Idle ? settings_ : take_;
    s.length = r.lengthSeconds;
    s.countdownLeft =
        state_ == State::Countdown
            ? (countdownArmed_
                   ? std::max<double>(0, double(countdownEndUs_ - lastVideoUs_) / kMicro)
                   : r.countdownSeconds)
            : 0;
    s.recorded = state_ == State::Recording ? (Time(slot_) / take_.frameRate).toDouble() : 0;
    return s;
}

std::int64_t Recorder::slotTimeUs(std::int64_t slot) const {
    const FrameRate& r = take_.frameRate;
    return takeStartUs_ + slot * kMicro * r.den() / r.num();
}

std::int64_t Recorder::targetFrames() const {
    if (take_.lengthSeconds <= 0) {
        return INT64_MAX;
    }
    const FrameRate& r = take_.frameRate;
    return take_.lengthSeconds * r.num() / r.den();
}

std::int64_t Recorder::samplesForFrames(std::int64_t frames) const {
    const FrameRate& r = take_.frameRate;
    return frames * kRate * r.den() / r.num();
}

void Recorder::frameToTake(const QImage& frame, QImage& out) const {
    ensureImage(out, take_.size);
    drawCropped(frame, out);
}

void Recorder::beginTake(std::int64_t timeUs, std::vector<Event>& events) {
    try {
        EncodeSettings es;
        es.width = take_.size.width();
        es.height = take_.size.height();
        es.frameRate = take_.frameRate;
        es.x264Preset = take_.x264Preset;
        es.crf = 20;
        es.hasAudio = take_.audio;
        es.sampleRate = kRate;
        es.channels = kChannels;
        writer_ = std::make_unique<TakeWriter>(nextTakePath(folder_), es);
    } catch (const std::exception& e) {
        fail(e.what(), events);
        return;
    }
    current_ = RecordedTake{};
    current_.file = writer_->takePath().string();
    current_.frameRate = take_.frameRate;
    current_.effects = effects_.effects();
    current_.lipSync = take_.lipSync;
    state_ = State::Recording;
    takeStartUs_ = timeUs;
    slot_ = 0;
    hasHeld_ = false;
    pendingAudio_.clear();
    pendingStartSample_ = 0;
    audioWritten_ = 0;
    audioStarted_ = false;
    qCInfo(lcRecord) << "take" << current_.file.c_str() << "starts at" << timeUs << "us";
    Event e;
    e.kind = Event::Started;
    e.timeUs = timeUs;
    events.push_back(std::move(e));
}

void Recorder::writeAudioUpTo(std::int64_t samples) {
    if (!take_.audio) {
        return;
    }
    const std::int64_t available =
        pendingStartSample_ + std::int64_t(pendingAudio_.size() / kChannels);
    const std::int64_t n = std::min(samples, available) - audioWritten_;
    if (n <= 0) {
        return;
    }
    const std::int64_t from = audioWritten_ - pendingStartSample_;
    writer_->writeAudio(pendingAudio_.data() + from * kChannels, int(n));
    audioWritten_ += n;
    const std::int64_t used = audioWritten_ - pendingStartSample_;
    pendingAudio_.erase(pendingAudio_.begin(), pendingAudio_.begin() + used * kChannels);
    pendingStartSample_ = audioWritten_;
}

void Recorder::writeHeldUntil(std::int64_t timeUs, std::vector<Event>& events) {
    const FrameRate& r = take_.frameRate;
    const std::int64_t half = kMicro * r.den() / (2 * r.num());
    const std::int64_t target = targetFrames();
    // Each take frame shows the camera picture nearest its time: the held one while the
    // next picture is more than half a frame later.
    while (slot_ < target && slotTimeUs(slot_) + half < timeUs) {
        writer_->writeVideo(held_);
        ++slot_;
    }
    writeAudioUpTo(samplesForFrames(slot_));
    if (slot_ >= target) {
        endTake(true, events);
    }
}

void Recorder::endTake(bool keep, std::vector<Event>& events) {
    if (!writer_) {
        state_ = State::Idle;
        return;
    }
    try {
        if (keep && hasHeld_ && slot_ < targetFrames()) {
            // The picture on screen when stop was pressed still gets its frame.
            const FrameRate& r = take_.frameRate;
            const std::int64_t frame = kMicro * r.den() / r.num();
            const std::int64_t target = targetFrames();
            while (slot_ < target && slotTimeUs(slot_) <= heldUs_ + frame / 2) {
                writer_->writeVideo(held_);
                ++slot_;
            }
        }
        if (!keep || slot_ == 0) {
            writer_->abandon();
            writer_.reset();
            state_ = State::Idle;
            return;
        }
        writeAudioUpTo(samplesForFrames(slot_));
        if (take_.audio && audioWritten_ < samplesForFrames(slot_)) {
            // The microphone's last samples had not arrived (or there is no microphone):
            // the sound track still ends with the picture.
            const std::int64_t missing = samplesForFrames(slot_) - audioWritten_;
            pendingAudio_.assign(std::size_t(missing) * kChannels, 0.0f);
            pendingStartSample_ = audioWritten_;
            writeAudioUpTo(samplesForFrames(slot_));
        }
        writer_->finish();
    } catch (const std::exception& e) {
        fail(e.what(), events);
        return;
    }
    writer_.reset();
    state_ = State::Idle;
    current_.frames = slot_;
    current_.duration = Time(slot_) / take_.frameRate;
    takes_.push_back(current_);
    qCInfo(lcRecord) << "take" << current_.file.c_str() << "ends:" << slot_ << "frames";
    Event e;
    e.kind = Event::Finished;
    e.take = current_;
    events.push_back(std::move(e));
}

void Recorder::fail(const std::string& error, std::vector<Event>& events) {
    qCWarning(lcRecord) << "recording failed:" << error.c_str();
    writer_.reset(); // its fragments stay: recovered below
    state_ = State::Idle;
    boost::system::error_code ec;
    if (fs::is_directory(folder_, ec)) {
        for (const fs::path& file : recoverInterruptedTakes(folder_)) {
            RecordedTake t = current_;
            t.file = file.string();
            t.recovered = true;
            try {
                const MediaInfo info = probeMedia(file);
                t.duration = info.duration;
                t.frames = info.frameCount;
                takes_.push_back(std::move(t));
            } catch (const std::exception&) {
            }
        }
    }
    Event e;
    e.kind = Event::Failed;
    e.error = error;
    events.push_back(std::move(e));
}

void Recorder::deliver(std::vector<Event>& events) {
    for (const Event& e : events) {
        switch (e.kind) {
        case Event::Started:
            if (callbacks_.captureStarted) {
                callbacks_.captureStarted(e.timeUs);
            }
            break;
        case Event::Finished:
            if (callbacks_.takeFinished) {
                callbacks_.takeFinished(e.take);
            }
            break;
        case Event::Failed:
            if (callbacks_.failed) {
                callbacks_.failed(e.error);
            }
            break;
        }
    }
    events.clear();
}

void Recorder::pushVideo(const QImage& frame, std::int64_t timeUs) {
    if (frame.isNull()) {
        return;
    }
    std::vector<Event> events;
    Status status;
    {
        std::lock_guard lock(mutex_);
        lastVideoUs_ = timeUs;
        if (state_ == State::Countdown) {
            if (!countdownArmed_) {
                countdownArmed_ = true;
                countdownEndUs_ = timeUs + std::int64_t(take_.countdownSeconds) * kMicro;
            }
            if (timeUs >= countdownEndUs_) {
                beginTake(timeUs, events);
            }
        }
        if (state_ == State::Recording) {
            try {
                if (!hasHeld_) {
                    frameToTake(frame, held_);
                    hasHeld_ = true;
                } else {
                    writeHeldUntil(timeUs, events);
                    if (state_ == State::Recording) {
                        frameToTake(frame, held_);
                    }
                }
                heldUs_ = timeUs;
            } catch (const std::exception& e) {
                fail(e.what(), events);
            }
        }
        if (callbacks_.preview) {
            const QSize previewSize =
                state_ == State::Idle ? settings_.previewSize : take_.previewSize;
            ensureImage(preview_, previewSize);
            drawCropped(frame, preview_);
            const Time since =
                state_ == State::Recording ? Time(timeUs - takeStartUs_, kMicro) : Time(0);
            const RecordSettings& r = state_ == State::Idle ? settings_ : take_;
            effects_.apply(preview_, Time(timeUs, kMicro), since,
                           double(previewSize.height()) / std::max(1, r.size.height()));
        }
    }
    deliver(events);
    if (callbacks_.preview) {
        status = this->status();
        callbacks_.preview(preview_, status);
    }
}

void Recorder::pushAudio(const float* interleaved, int frames, std::int64_t timeUs) {
    if (interleaved == nullptr || frames <= 0) {
        return;
    }
    std::vector<Event> events;
    {
        std::lock_guard lock(mutex_);
        if (state_ != State::Recording || !writer_ || !take_.audio) {
            return;
        }
        // Where these samples belong in the take, on the pictures' clock.
        const std::int64_t at = (timeUs - takeStartUs_) * kRate / kMicro;
        const std::int64_t received =
            pendingStartSample_ + std::int64_t(pendingAudio_.size() / kChannels);
        int skip = 0;
        if (!audioStarted_ || at > received + kRate / 20) {
            // The first sound of the take, or a gap of more than 50 ms (the microphone
            // stalled): silence up to where these samples belong; sound from before the
            // first picture is left out.
            audioStarted_ = true;
            if (at > received) {
                pendingAudio_.insert(pendingAudio_.end(), std::size_t(at - received) * kChannels,
                                     0.0f);
            } else if (at < received && received == 0) {
                skip = int(std::min<std::int64_t>(frames, received - at));
            }
        }
        std::int64_t keep = frames - skip;
        const std::int64_t limit =
            take_.lengthSeconds > 0 ? std::int64_t(take_.lengthSeconds) * kRate : INT64_MAX;
        const std::int64_t now =
            pendingStartSample_ + std::int64_t(pendingAudio_.size() / kChannels);
        keep = std::max<std::int64_t>(0, std::min(keep, limit - now));
        pendingAudio_.insert(pendingAudio_.end(), interleaved + std::size_t(skip) * kChannels,
                             interleaved + std::size_t(skip + keep) * kChannels);
        try {
            writeAudioUpTo(samplesForFrames(slot_));
        } catch (const std::exception& e) {
            fail(e.what(), events);
        }
    }
    deliver(events);
}

void Recorder::playbackStarted(std::int64_t timeUs) {
    std::lock_guard lock(mutex_);
    if (state_ == State::Recording) {
        current_.songOffset = Time(timeUs - takeStartUs_, kMicro);
        current_.songHeard = true;
    }
}

std::vector<RecordedTake> Recorder::takes() const {
    std::lock_guard lock(mutex_);
    return takes_;
}

void Recorder::removeTake(const std::string& file) {
    std::lock_guard lock(mutex_);
    const auto it = std::find_if(takes_.begin(), takes_.end(),
                                 [&](const RecordedTake& t) { return t.file == file; });
    if (it == takes_.end()) {
        return;
    }
    boost::system::error_code ec;
    fs::remove(it->file, ec);
    takes_.erase(it);
}

} // namespace reelcut
