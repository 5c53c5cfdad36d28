#include "record/record_window.h"

#include "effect/effect.h"
#include "media/media_info.h"
#include "preview/playback_clock.h"
#include "record/capture_clock.h"
#include "record/capture_feed.h"
#include "record/record_preview.h"
#include "window/gui_util.h"
#include "window/theme.h"

#include <QCameraDevice>
#include <QCheckBox>
#include <QCloseEvent>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMediaDevices>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>
#include <atomic>

namespace reelcut::gui {

namespace {

// The preview's size: the canvas's shape at 960 pixels high (540x960 for 9:16).
QSize previewSizeFor(const QSize& canvas) {
    if (canvas.isEmpty()) {
        return QSize(540, 960);
    }
    const int h = 960;
    const int w = std::max(2, int(std::lround(double(h) * canvas.width() / canvas.height())) & ~1);
    return QSize(w, h);
}

QString takeLabel(const RecordedTake& t) {
    QString text =
        QStringLiteral("%1  ·  %2").arg(fileName(t.file), shortDuration(t.duration.toDouble()));
    if (t.lipSync) {
        text += QStringLiteral("  ·  ") + RecordWindow::tr("lip-sync");
    }
    if (t.recovered) {
        text += QStringLiteral("  ·  ") + RecordWindow::tr("recovered after a crash");
    }
    return text;
}

} // namespace

RecordWindow::RecordWindow(const QString& takeFolder, const QSize& canvas,
                           std::vector<EffectInstance> clipEffects, QWidget* parent)
    : QWidget(parent, Qt::Window), canvas_(canvas), clipEffects_(std::move(clipEffects)) {
    setWindowTitle(tr("Record"));
    setObjectName(QStringLiteral("recordWindow"));
    recorder_ = std::make_unique<Recorder>(toPath(takeFolder));
    song_ = std::make_unique<PlaybackClock>();
    buildUi();

    QPointer<RecordWindow> self(this);
    auto preview = std::make_shared<std::atomic<bool>>(false);
    Recorder::Callbacks cb;
    // On the capture thread: one picture at a time travels to the window; the others are
    // dropped, so a slow paint never holds the camera up.
    cb.preview = [self, preview](const QImage& frame, const Recorder::Status& status) {
        if (preview->exchange(true)) {
            return;
        }
        QImage copy = frame.copy();
        QMetaObject::invokeMethod(
            qApp,
            [self, preview, copy, status] {
                preview->store(false);
                if (self) {
                    self->preview_->showFrame(copy, status);
                    self->updateButtons();
                }
            },
            Qt::QueuedConnection);
    };
    cb.captureStarted = [self](std::int64_t us) {
        QMetaObject::invokeMethod(
            qApp,
            [self, us] {
                if (self) {
                    self->onCaptureStarted(us);
                }
            },
            Qt::QueuedConnection);
    };
    cb.takeFinished = [self](const RecordedTake& take) {
        QMetaObject::invokeMethod(
            qApp,
            [self, take] {
                if (!self) {
                    return;
                }
                self->song_->stop();
                self->songWatch_->stop();
                self->refreshTakes();
                self->status_->setText(
                    tr("Saved %1 (%2).")
                        .arg(fileName(take.file), shortDuration(take.duration.toDouble())));
                self->updateButtons();
            },
            Qt::QueuedConnection);
    };
    cb.failed = [self](const std::string& error) {
        QMetaObject::invokeMethod(
            qApp,
            [self, error] {
                if (!self) {
                    return;
                }
                self->song_->stop();
                self->refreshTakes();
                self->status_->setText(
                    tr("Recording stopped: %1").arg(QString::fromStdString(error)));
                self->updateButtons();
            },
            Qt::QueuedConnection);
    };
    recorder_->setCallbacks(cb);
    feed_ = std::make_unique<CaptureFeed>(*recorder_);
    connect(feed_.get(), &CaptureFeed::cameraFailed, this, [this](const QString& reason) {
        preview_->setMessage(tr("The camera could not start: %1").arg(reason));
        updateButtons();
    });

    devices_ = new QMediaDevices(this);
    connect(devices_, &QMediaDevices::videoInputsChanged, this, [this] {
        if (!fileSource_) {
            fillDevices();
            startCamera();
        }
    });
    connect(devices_, &QMediaDevices::audioInputsChanged, this, [this] { fillDevices(); });
    fillDevices();
    refreshTakes();
    const QString injected = qEnvironmentVariable("REELCUT_RECORD_SOURCE");
    if (!injected.isEmpty() && !hasCamera()) {
        useFileSource(injected);
    } else {
        startCamera();
    }
    updateEffects();
    updateButtons();
}

RecordWindow::~RecordWindow() {
    // Nothing may push into the recorder while it goes.
    feed_.reset();
    recorder_->stop();
}

void RecordWindow::buildUi() {
    auto* layout = new QHBoxLayout(this);
    preview_ = new RecordPreview(this);
    layout->addWidget(preview_, 3);

    auto* side = new QVBoxLayout;
    layout->addLayout(side, 2);
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    cameras_ = new QComboBox(this);
    microphones_ = new QComboBox(this);
    countdown_ = new QComboBox(this);
    countdown_->addItem(tr("Off"), 0);
    countdown_->addItem(tr("3 s"), 3);
    countdown_->addItem(tr("10 s"), 10);
    countdown_->setToolTip(tr("Wait this long after Record before capture starts, so you can "
                              "step back from the camera"));
    length_ = new QComboBox(this);
    length_->addItem(tr("15 s"), 15);
    length_->addItem(tr("30 s"), 30);
    length_->addItem(tr("60 s"), 60);
    length_->setToolTip(tr("The take stops by itself after this long"));
    effects_ = new QComboBox(this);
    form->addRow(tr("Camera:"), cameras_);
    form->addRow(tr("Microphone:"), microphones_);
    form->addRow(tr("Timer:"), countdown_);
    form->addRow(tr("Length:"), length_);
    form->addRow(tr("Face effect:"), effects_);
    side->addLayout(form);

    lipSync_ = new QCheckBox(tr("Lip-sync to a song"), this);
    lipSync_->setToolTip(tr("The song plays while you record (use headphones) and lands on "
                            "the timeline in time with the take"));
    side->addWidget(lipSync_);
    auto* songRow = new QHBoxLayout;
    songButton_ = new QPushButton(tr("Choose song..."), this);
    songStart_ = new QDoubleSpinBox(this);
    songStart_->setRange(0, 24 * 3600);
    songStart_->setDecimals(1);
    songStart_->setSuffix(tr(" s"));
    songStart_->setToolTip(tr("Where in the song to start"));
    songRow->addWidget(songButton_, 1);
    songRow->addWidget(new QLabel(tr("from"), this));
    songRow->addWidget(songStart_);
    side->addLayout(songRow);

    auto* buttons = new QHBoxLayout;
    record_ = new QPushButton(icon(QStringLiteral("record")), tr("Record"), this);
    record_->setObjectName(QStringLiteral("accent"));
    record_->setShortcut(QKeySequence(Qt::Key_R));
    record_->setToolTip(tr("Start recording (R)"));
    stop_ = new QPushButton(tr("Stop"), this);
    stop_->setShortcut(QKeySequence(Qt::Key_Space));
    stop_->setToolTip(tr("Stop and keep the take (Space)"));
    buttons->addWidget(record_, 1);
    buttons->addWidget(stop_);
    side->addLayout(buttons);
    status_ = new QLabel(this);
    status_->setWordWrap(true);
    side->addWidget(status_);

    side->addWidget(new QLabel(tr("Takes"), this));
    takes_ = new QListWidget(this);
    takes_->setSelectionMode(QAbstractItemView::ExtendedSelection);
    side->addWidget(takes_, 1);
    auto* takeButtons = new QHBoxLayout;
    useTake_ = new QPushButton(tr("Use take"), this);
    useTake_->setToolTip(tr("Put the selected take on the timeline at the playhead"));
    importAll_ = new QPushButton(tr("Import all"), this);
    importAll_->setToolTip(tr("Add every take to the media bin"));
    deleteTake_ = new QPushButton(icon(QStringLiteral("delete")), QString(), this);
    deleteTake_->setToolTip(tr("Delete the selected takes"));
    takeButtons->addWidget(useTake_, 1);
    takeButtons->addWidget(importAll_, 1);
    takeButtons->addWidget(deleteTake_);
    side->addLayout(takeButtons);

    connect(record_, &QPushButton::clicked, this, &RecordWindow::startRecording);
    connect(stop_, &QPushButton::clicked, this, &RecordWindow::stopRecording);
    connect(songButton_, &QPushButton::clicked, this, &RecordWindow::chooseSong);
    connect(lipSync_, &QCheckBox::toggled, this, [this](bool on) {
        if (on && songFile_.isEmpty()) {
            chooseSong();
        }
        updateButtons();
    });
    connect(effects_, &QComboBox::currentIndexChanged, this, [this] { updateEffects(); });
    connect(cameras_, &QComboBox::activated, this, [this] { startCamera(); });
    connect(microphones_, &QComboBox::activated, this, [this] { startCamera(); });
    connect(takes_, &QListWidget::itemSelectionChanged, this, [this] { updateButtons(); });
    connect(takes_, &QListWidget::itemDoubleClicked, this, [this] {
        for (const RecordedTake& t : selectedTakes()) {
            Q_EMIT takeChosen(t);
        }
    });
    connect(useTake_, &QPushButton::clicked, this, [this] {
        const std::vector<RecordedTake> chosen = selectedTakes();
        if (chosen.size() == 1) {
            Q_EMIT takeChosen(chosen.front());
            status_->setText(tr("%1 is on the timeline.").arg(fileName(chosen.front().file)));
        }
    });
    connect(importAll_, &QPushButton::clicked, this, [this] {
        const std::vector<RecordedTake> all = recorder_->takes();
        if (!all.empty()) {
            Q_EMIT takesImported(all);
            status_->setText(tr("%n take(s) added to the media bin.", nullptr, int(all.size())));
        }
    });
    connect(deleteTake_, &QPushButton::clicked, this, [this] {
        const std::vector<RecordedTake> chosen = selectedTakes();
        if (chosen.empty() || QMessageBox::question(this, tr("Delete takes"),
                                                    tr("Delete %n take(s) from the disk?", nullptr,
                                                       int(chosen.size()))) != QMessageBox::Yes) {
            return;
        }
        for (const RecordedTake& t : chosen) {
            recorder_->removeTake(t.file);
        }
        refreshTakes();
    });

    songWatch_ = new QTimer(this);
    songWatch_->setInterval(5);
    connect(songWatch_, &QTimer::timeout, this, [this] {
        // The song is heard from the moment the device has played its first samples: the
        // sound card's clock, less what it has played, is when its start point was heard.
        const double played = song_->position();
        if (played > 0 || captureClockUs() - songRequestedUs_ > 2'000'000) {
            recorder_->playbackStarted(captureClockUs() - std::int64_t(played * 1e6));
            songWatch_->stop();
        }
    });
    resize(900, 680);
}

void RecordWindow::fillDevices() {
    const QString currentCamera = cameras_->currentData().toString();
    cameras_->clear();
    for (const QCameraDevice& c : QMediaDevices::videoInputs()) {
        cameras_->addItem(c.description(), QString::fromUtf8(c.id()));
    }
    if (cameras_->count() == 0) {
        cameras_->addItem(fileSource_ ? tr("Media file") : tr("No camera"));
        cameras_->setEnabled(false);
    } else {
        cameras_->setEnabled(!fileSource_);
        const int keep = cameras_->findData(currentCamera);
        cameras_->setCurrentIndex(keep >= 0 ? keep : 0);
    }
    const QString currentMic = microphones_->currentData().toString();
    microphones_->clear();
    for (const QAudioDevice& a : QMediaDevices::audioInputs()) {
        microphones_->addItem(a.description(), QString::fromUtf8(a.id()));
    }
    microphones_->addItem(tr("No sound"), QStringLiteral("none"));
    const int keepMic = microphones_->findData(currentMic);
    microphones_->setCurrentIndex(keepMic >= 0 ? keepMic : 0);

    // The effects the take can show live: the selected clip's, or one face effect.
    if (effects_->count() == 0) {
        effects_->addItem(tr("None"), QString());
        if (!clipEffects_.empty()) {
            effects_->addItem(tr("The selected clip's effects"), QStringLiteral("clip"));
        }
        for (const Effect* e : EffectRegistry::instance().all()) {
            if (std::string(e->descriptor().category) == "Face") {
                effects_->addItem(QCoreApplication::translate("Effect", e->descriptor().name),
                                  QString::fromStdString(e->descriptor().id));
            }
        }
        effects_->setCurrentIndex(clipEffects_.empty() ? 0 : 1);
    }
}

bool RecordWindow::hasCamera() const {
    return !QMediaDevices::videoInputs().isEmpty();
}

void RecordWindow::startCamera() {
    if (fileSource_) {
        return;
    }
    const QList<QCameraDevice> cameras = QMediaDevices::videoInputs();
    if (cameras.isEmpty()) {
        feed_->stop();
        preview_->setMessage(
            tr("No camera found.\n\nConnect a webcam (or allow ReelCut to use it) and it "
               "appears here by itself."));
        updateButtons();
        return;
    }
    QCameraDevice camera = cameras.front();
    for (const QCameraDevice& c : cameras) {
        if (QString::fromUtf8(c.id()) == cameras_->currentData().toString()) {
            camera = c;
        }
    }
    QAudioDevice mic;
    for (const QAudioDevice& a : QMediaDevices::audioInputs()) {
        if (QString::fromUtf8(a.id()) == microphones_->currentData().toString()) {
            mic = a;
        }
    }
    preview_->setMessage(QString());
    if (!feed_->startCamera(camera, mic)) {
        preview_->setMessage(tr("The camera could not start: %1").arg(feed_->error()));
    }
    updateButtons();
}

bool RecordWindow::useFileSource(const QString& file) {
    fileSource_ = true;
    fillDevices();
    if (!feed_->startFile(file)) {
        preview_->setMessage(
            tr("Cannot play %1: %2").arg(QFileInfo(file).fileName(), feed_->error()));
        return false;
    }
    preview_->setMessage(QString());
    status_->setText(tr("Playing %1 as the camera.").arg(QFileInfo(file).fileName()));
    updateButtons();
    return true;
}

void RecordWindow::setCountdown(int seconds) {
    const int i = countdown_->findData(seconds);
    if (i >= 0) {
        countdown_->setCurrentIndex(i);
    }
}

void RecordWindow::setLength(int seconds) {
    const int i = length_->findData(seconds);
    if (i >= 0) {
        length_->setCurrentIndex(i);
    }
}

void RecordWindow::setLipSync(const QString& song, double start) {
    songFile_ = song;
    songButton_->setText(song.isEmpty() ? tr("Choose song...") : QFileInfo(song).fileName());
    songStart_->setValue(start);
    lipSync_->setChecked(!song.isEmpty());
}

void RecordWindow::chooseSong() {
    const QString file = QFileDialog::getOpenFileName(
        this, tr("Song to lip-sync to"), QString(),
        tr("Sound (*.mp3 *.m4a *.aac *.wav *.flac *.ogg *.opus *.mp4)"));
    if (file.isEmpty()) {
        if (songFile_.isEmpty()) {
            lipSync_->setChecked(false);
        }
        return;
    }
    setLipSync(file, songStart_->value());
}

void RecordWindow::applySettings() {
    RecordSettings s = recorder_->settings();
    s.countdownSeconds = countdown_->currentData().toInt();
    s.lengthSeconds = length_->currentData().toInt();
    // The take is as sharp as the camera allows in the project's shape: never scaled up
    // beyond the camera's picture, never beyond the canvas.
    QSize camera = preview_->frame().size();
    if (!fileSource_) {
        for (const QCameraDevice& c : QMediaDevices::videoInputs()) {
            if (QString::fromUtf8(c.id()) == cameras_->currentData().toString()) {
                for (const QCameraFormat& f : c.videoFormats()) {
                    if (f.resolution().height() > camera.height()) {
                        camera = f.resolution();
                    }
                }
            }
        }
    } else if (preview_->frame().isNull()) {
        camera = canvas_;
    }
    s.size = recordSizeFor(camera, canvas_);
    s.previewSize = previewSizeFor(canvas_);
    s.audio = microphones_->currentData().toString() != QStringLiteral("none");
    s.lipSync.reset();
    if (lipSync_->isChecked() && !songFile_.isEmpty()) {
        s.lipSync =
            LipSync{songFile_.toStdString(), Rational::fromDouble(songStart_->value(), 1000)};
    }
    recorder_->setSettings(s);
}

void RecordWindow::updateEffects() {
    const QString id = effects_->currentData().toString();
    std::vector<EffectInstance> chosen;
    if (id == QStringLiteral("clip")) {
        chosen = clipEffects_;
    } else if (!id.isEmpty()) {
        EffectInstance fx;
        fx.type = id.toStdString();
        chosen.push_back(std::move(fx));
    }
    recorder_->setEffects(std::move(chosen));
}

void RecordWindow::startRecording() {
    if (recorder_->status().state != Recorder::State::Idle || !feed_->running()) {
        return;
    }
    try {
        applySettings();
    } catch (const std::exception& e) {
        status_->setText(errorText(e));
        return;
    }
    recorder_->start();
    status_->setText(countdown_->currentData().toInt() > 0
                         ? tr("Recording starts when the countdown ends.")
                         : tr("Recording."));
    updateButtons();
}

void RecordWindow::stopRecording() {
    recorder_->stop();
    song_->stop();
    songWatch_->stop();
    updateButtons();
}

void RecordWindow::onCaptureStarted(qint64) {
    const std::optional<LipSync> lip = recorder_->settings().lipSync;
    if (!lip) {
        return;
    }
    // The song from its start point, played by the editor's own audio path.
    try {
        const MediaInfo info = probeMedia(lip->song);
        auto project = std::make_shared<Project>(makeDefaultProject());
        project->tracks.clear();
        Clip clip;
        clip.id = project->newId();
        clip.media = lip->song;
        clip.in = lip->start;
        clip.out = info.duration;
        Track track = makeTrack(project->newId(), TrackKind::Audio, "song", {clip});
        project->tracks.push_back(std::move(track));
        song_->setProject(project);
        songRequestedUs_ = captureClockUs();
        song_->start(0, 1);
        songWatch_->start();
    } catch (const std::exception& e) {
        status_->setText(tr("The song cannot play: %1").arg(errorText(e)));
    }
}

std::vector<RecordedTake> RecordWindow::selectedTakes() const {
    std::vector<RecordedTake> chosen;
    const std::vector<RecordedTake> all = recorder_->takes();
    for (const QListWidgetItem* item : takes_->selectedItems()) {
        for (const RecordedTake& t : all) {
            if (QString::fromStdString(t.file) == item->data(Qt::UserRole).toString()) {
                chosen.push_back(t);
            }
        }
    }
    return chosen;
}

void RecordWindow::refreshTakes() {
    takes_->clear();
    for (const RecordedTake& t : recorder_->takes()) {
        auto* item = new QListWidgetItem(takeLabel(t), takes_);
        item->setData(Qt::UserRole, QString::fromStdString(t.file));
        item->setToolTip(QString::fromStdString(t.file));
    }
    if (takes_->count() > 0) {
        takes_->setCurrentRow(takes_->count() - 1);
    }
    updateButtons();
}

void RecordWindow::updateButtons() {
    const Recorder::State state = recorder_->status().state;
    const bool idle = state == Recorder::State::Idle;
    const bool live = feed_ && feed_->running() && preview_->message().isEmpty();
    record_->setEnabled(idle && live && (!lipSync_->isChecked() || !songFile_.isEmpty()));
    stop_->setEnabled(!idle);
    // The take keeps the effects it started with: they are fixed while it records.
    for (QWidget* w : std::initializer_list<QWidget*>{countdown_, length_, effects_, lipSync_,
                                                      songButton_, songStart_, microphones_}) {
        w->setEnabled(idle);
    }
    cameras_->setEnabled(idle && !fileSource_ && hasCamera());
    songButton_->setEnabled(idle && lipSync_->isChecked());
    songStart_->setEnabled(idle && lipSync_->isChecked());
    const int selected = int(takes_->selectedItems().size());
    useTake_->setEnabled(idle && selected == 1);
    deleteTake_->setEnabled(idle && selected > 0);
    importAll_->setEnabled(idle && takes_->count() > 0);
}

void RecordWindow::closeEvent(QCloseEvent* event) {
    recorder_->stop(); // a take under way is kept
    song_->stop();
    feed_->stop(); // the camera's light goes off with the window
    QWidget::closeEvent(event);
}

} // namespace reelcut::gui
