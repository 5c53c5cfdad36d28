#include "record/voice_over_dialog.h"

#include "record/capture_clock.h"
#include "record/level_meter.h"
#include "record/mic_input.h"
#include "window/gui_util.h"
#include "window/theme.h"

#include <QCheckBox>
#include <QCloseEvent>
#include <QComboBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QMediaDevices>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace reelcut::gui {

namespace {

QString recordingText(double seconds) {
    return QStringLiteral("\u25CF ") + shortDuration(seconds);
}

} // namespace

VoiceOverDialog::VoiceOverDialog(const QString& folder, QWidget* parent)
    : QDialog(parent), folder_(folder) {
    setWindowTitle(tr("Record voice-over"));
    setObjectName(QStringLiteral("voiceOverDialog"));
    input_ =
        std::make_unique<MicInput>([this](const float* s, int frames, int channels,
                                          std::int64_t t) { onSound(s, frames, channels, t); });
    buildUi();
    devices_ = new QMediaDevices(this);
    connect(devices_, &QMediaDevices::audioInputsChanged, this, [this] {
        if (!fileSource_ && state_ == State::Idle) {
            fillDevices();
            startDevice();
        }
    });
    fillDevices();
    const QString injected = qEnvironmentVariable("REELCUT_RECORD_SOURCE");
    if (!injected.isEmpty() && QMediaDevices::audioInputs().isEmpty()) {
        useFileSource(injected);
    } else {
        startDevice();
    }
}

VoiceOverDialog::~VoiceOverDialog() {
    input_->stop();
    // The editor closing while a voice-over records: the recording is kept in the takes
    // folder (nothing is there to place it on the timeline any more).
    if (writer_) {
        try {
            writer_->finish();
        } catch (const std::exception&) {
            // nothing more can be done while closing; the unfinished file is removed
        }
    }
}

void VoiceOverDialog::buildUi() {
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    microphones_ = new QComboBox(this);
    meter_ = new LevelMeter(this);
    meter_->setToolTip(tr("Speak as you will in the recording: the bar should reach the yellow "
                          "part and stay out of the red"));
    form->addRow(tr("Microphone:"), microphones_);
    form->addRow(tr("Level:"), meter_);
    clipping_ = new QLabel(this);
    clipping_->setStyleSheet(QStringLiteral("color: %1;").arg(colors::accent.name()));
    form->addRow(QString(), clipping_);
    layout->addLayout(form);
    clipTimer_ = new QTimer(this);
    clipTimer_->setSingleShot(true);
    clipTimer_->setInterval(2000);
    connect(clipTimer_, &QTimer::timeout, clipping_, &QLabel::clear);

    countdownBox_ = new QCheckBox(tr("3-2-1 countdown"), this);
    countdownBox_->setChecked(true);
    playTimeline_ = new QCheckBox(tr("Play the timeline while recording"), this);
    playTimeline_->setChecked(true);
    muteTimeline_ = new QCheckBox(tr("Mute the timeline while recording"), this);
    muteTimeline_->setChecked(true);
    muteTimeline_->setToolTip(tr("Unmute to speak over the sound; use headphones, or the "
                                 "speakers are recorded too"));
    layout->addWidget(countdownBox_);
    layout->addWidget(playTimeline_);
    layout->addWidget(muteTimeline_);
    connect(countdownBox_, &QCheckBox::toggled, this,
            [this](bool on) { countdownSeconds_ = on ? 3 : 0; });
    connect(playTimeline_, &QCheckBox::toggled, muteTimeline_, &QWidget::setEnabled);

    big_ = new QLabel(this);
    big_->setAlignment(Qt::AlignCenter);
    QFont bigFont = big_->font();
    bigFont.setPointSizeF(bigFont.pointSizeF() * 2.4);
    bigFont.setBold(true);
    big_->setFont(bigFont);
    big_->setMinimumHeight(QFontMetrics(bigFont).height() + 8);
    layout->addWidget(big_);

    status_ = new QLabel(this);
    status_->setWordWrap(true);
    layout->addWidget(status_);

    auto* buttons = new QHBoxLayout;
    record_ = new QPushButton(tr("Record"), this);
    record_->setDefault(true);
    auto* close = new QPushButton(tr("Close"), this);
    buttons->addStretch(1);
    buttons->addWidget(record_);
    buttons->addWidget(close);
    layout->addLayout(buttons);
    connect(record_, &QPushButton::clicked, this, [this] {
        if (state_ == State::Idle) {
            startRecording();
        } else {
            stopRecording();
        }
    });
    connect(close, &QPushButton::clicked, this, &QDialog::close);
    connect(microphones_, &QComboBox::activated, this, [this] { startDevice(); });

    countdownTimer_ = new QTimer(this);
    countdownTimer_->setInterval(1000);
    connect(countdownTimer_, &QTimer::timeout, this, [this] { tickCountdown(); });
    updateUi();
}

void VoiceOverDialog::fillDevices() {
    const QString current = microphones_->currentData().toString();
    microphones_->clear();
    for (const QAudioDevice& a : QMediaDevices::audioInputs()) {
        microphones_->addItem(a.description(), QString::fromUtf8(a.id()));
    }
    if (microphones_->count() == 0) {
        microphones_->addItem(fileSource_ ? tr("Media file") : tr("No microphone"));
        microphones_->setEnabled(false);
        return;
    }
    microphones_->setEnabled(!fileSource_);
    const int keep = microphones_->findData(current);
    if (keep >= 0) {
        microphones_->setCurrentIndex(keep);
    } else {
        const QString preferred = QString::fromUtf8(QMediaDevices::defaultAudioInput().id());
        microphones_->setCurrentIndex(std::max(0, microphones_->findData(preferred)));
    }
}

void VoiceOverDialog::forgetProblem() {
    if (!problem_.isEmpty() && status_->text() == problem_) {
        status_->clear();
    }
    problem_.clear();
}

void VoiceOverDialog::startDevice() {
    forgetProblem();
    const QString id = microphones_->currentData().toString();
    QAudioDevice chosen;
    for (const QAudioDevice& a : QMediaDevices::audioInputs()) {
        if (QString::fromUtf8(a.id()) == id) {
            chosen = a;
        }
    }
    if (chosen.isNull()) {
        input_->stop();
        problem_ = tr("No microphone found. Connect one (or allow ReelCut to use it) and it "
                      "appears here; the editor works on without it.");
    } else if (!input_->startDevice(chosen)) {
        problem_ = input_->error();
    }
    updateUi();
}

bool VoiceOverDialog::useFileSource(const QString& file) {
    fileSource_ = true;
    fillDevices();
    forgetProblem();
    if (!input_->startFile(file)) {
        problem_ = input_->error();
    }
    updateUi();
    return problem_.isEmpty();
}

bool VoiceOverDialog::hasInput() const {
    return input_->running();
}

void VoiceOverDialog::setCountdown(int seconds) {
    countdownBox_->setChecked(seconds > 0);
    countdownSeconds_ = std::max(0, seconds);
}

bool VoiceOverDialog::playsTimeline() const {
    return playTimeline_->isChecked();
}

bool VoiceOverDialog::mutesTimeline() const {
    return playTimeline_->isChecked() && muteTimeline_->isChecked();
}

QString VoiceOverDialog::clipWarning() const {
    return clipping_->text();
}

QString VoiceOverDialog::message() const {
    return problem_;
}

double VoiceOverDialog::recordedSeconds() const {
    return writer_ ? writer_->seconds() : 0.0;
}

void VoiceOverDialog::startRecording() {
    if (state_ != State::Idle || !hasInput()) {
        return;
    }
    status_->clear();
    if (countdownSeconds_ <= 0) {
        begin();
        return;
    }
    state_ = State::Countdown;
    countdownLeft_ = countdownSeconds_;
    countdownTimer_->start();
    updateUi();
}

void VoiceOverDialog::tickCountdown() {
    if (--countdownLeft_ > 0) {
        updateUi();
        return;
    }
    countdownTimer_->stop();
    begin();
}

void VoiceOverDialog::begin() {
    try {
        writer_ = std::make_unique<VoiceOverWriter>(toPath(folder_), captureClockUs());
    } catch (const std::exception& e) {
        state_ = State::Idle;
        status_->setText(tr("Cannot record: %1").arg(errorText(e)));
        updateUi();
        return;
    }
    state_ = State::Recording;
    updateUi();
    Q_EMIT recordingStarted();
}

void VoiceOverDialog::stopRecording() {
    if (state_ == State::Countdown) {
        countdownTimer_->stop();
        state_ = State::Idle;
        updateUi();
        return;
    }
    if (state_ != State::Recording) {
        return;
    }
    state_ = State::Idle;
    std::unique_ptr<VoiceOverWriter> writer = std::move(writer_);
    Q_EMIT recordingStopped();
    const double seconds = writer->seconds();
    if (seconds <= 0) {
        status_->setText(tr("Nothing was recorded: the microphone sent no sound."));
        updateUi();
        return;
    }
    try {
        const QString file = QString::fromStdString(writer->finish().string());
        status_->setText(
            tr("Saved %1 (%2).").arg(QFileInfo(file).fileName(), shortDuration(seconds)));
        updateUi();
        Q_EMIT recorded(file, seconds);
    } catch (const std::exception& e) {
        status_->setText(tr("The voice-over could not be saved: %1").arg(errorText(e)));
        updateUi();
    }
}

void VoiceOverDialog::onSound(const float* interleaved, int frames, int channels,
                              std::int64_t timeUs) {
    const SoundLevel level = measureLevel(interleaved, frames, channels);
    meter_->setLevel(level);
    // Clipped sound cannot be repaired afterwards: say so while there is time to act.
    if (level.peakDb > -0.5f) {
        clipping_->setText(tr("Too loud: the sound clips. Turn the input down."));
        clipTimer_->start();
    }
    if (state_ != State::Recording || !writer_) {
        return;
    }
    try {
        writer_->push(interleaved, frames, channels, timeUs);
    } catch (const std::exception& e) {
        // A full disk: keep what was recorded so far.
        const QString reason = errorText(e);
        stopRecording();
        status_->setText(tr("Recording stopped: %1").arg(reason));
        return;
    }
    if (state_ == State::Recording) {
        big_->setText(recordingText(writer_->seconds()));
    }
}

void VoiceOverDialog::updateUi() {
    const bool idle = state_ == State::Idle;
    record_->setText(idle ? tr("Record") : tr("Stop"));
    record_->setEnabled(!idle || hasInput());
    microphones_->setEnabled(idle && !fileSource_ && !QMediaDevices::audioInputs().isEmpty());
    for (QCheckBox* box : {countdownBox_, playTimeline_}) {
        box->setEnabled(idle);
    }
    muteTimeline_->setEnabled(idle && playTimeline_->isChecked());
    switch (state_) {
    case State::Idle:
        big_->setText(problem_.isEmpty() ? QString() : QStringLiteral("\u2014"));
        if (!problem_.isEmpty()) {
            status_->setText(problem_);
        }
        break;
    case State::Countdown:
        big_->setText(QString::number(countdownLeft_));
        break;
    case State::Recording:
        big_->setText(recordingText(recordedSeconds()));
        break;
    }
    // Red while the microphone is being recorded, as every recorder shows it.
    big_->setStyleSheet(state_ == State::Recording
                            ? QStringLiteral("color: %1;").arg(colors::accent.name())
                            : QString());
}

void VoiceOverDialog::keyPressEvent(QKeyEvent* event) {
    // Esc stops a recording (kept) or a countdown before it closes the dialog.
    if (event->key() == Qt::Key_Escape && state_ != State::Idle) {
        stopRecording();
        return;
    }
    QDialog::keyPressEvent(event);
}

void VoiceOverDialog::closeEvent(QCloseEvent* event) {
    stopRecording(); // a recording running when the dialog closes is kept, not lost
    input_->stop();
    QDialog::closeEvent(event);
}

} // namespace reelcut::gui
