#include "dialogs/export_dialog.h"

#include "export/encode_settings.h"
#include "export/exporter.h"
#include "export/preset.h"
#include "io/temporary_files.h"
#include "model/project_file.h"
#include "window/gui_util.h"
#include "window/theme.h"

#include <QCheckBox>
#include <QCoreApplication>
#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProcessEnvironment>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QUrl>
#include <QVBoxLayout>
#include <cmath>

namespace reelcut::gui {

namespace {

QString megabits(std::int64_t bits) {
    return QString::number(static_cast<double>(bits) / 1e6, 'g', 3);
}

} // namespace

QString ExportDialog::cliPath() {
    if (const QString env = qEnvironmentVariable("REELCUT_CLI"); !env.isEmpty()) {
        return env;
    }
    const QDir here(QCoreApplication::applicationDirPath());
    QStringList candidates{here.filePath(QStringLiteral("reelcut-cli")),
                           here.filePath(QStringLiteral("../cli/reelcut-cli"))};
    if (const QString build = qEnvironmentVariable("REELCUT_BINARY_DIR"); !build.isEmpty()) {
        candidates << QDir(build).filePath(QStringLiteral("app/cli/reelcut-cli"));
    }
    for (const QString& c : candidates) {
        if (QFileInfo(c).isExecutable()) {
            return QFileInfo(c).absoluteFilePath();
        }
    }
    return QStringLiteral("reelcut-cli"); // from PATH
}

ExportDialog::ExportDialog(const Project& project, const QString& projectFile, QWidget* parent)
    : QDialog(parent), project_(project) {
    setWindowTitle(tr("Export video"));
    setMinimumSize(720, 520);
    projectName_ =
        projectFile.isEmpty() ? tr("Untitled") : QFileInfo(projectFile).completeBaseName();

    auto* layout = new QVBoxLayout(this);
    auto* top = new QHBoxLayout;
    presets_ = new QListWidget(this);
    presets_->setFixedWidth(200);
    presets_->setIconSize(QSize(20, 20));
    for (const Preset& p : builtinPresets()) {
        auto* item =
            new QListWidgetItem(QCoreApplication::translate("Preset", p.name.c_str()), presets_);
        item->setData(Qt::UserRole, QString::fromStdString(p.id));
        item->setSizeHint(QSize(180, 34));
    }
    top->addWidget(presets_);
    presetInfo_ = new QLabel(this);
    presetInfo_->setWordWrap(true);
    presetInfo_->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    presetInfo_->setTextFormat(Qt::RichText);
    presetInfo_->setStyleSheet(
        QStringLiteral("padding: 8px; background: #1f1f26; border-radius: 6px;"));
    top->addWidget(presetInfo_, 1);
    layout->addLayout(top, 1);

    auto* form = new QFormLayout;
    auto* outRow = new QHBoxLayout;
    output_ = new QLineEdit(this);
    browse_ = new QPushButton(icon(QStringLiteral("folder")), tr("Browse..."), this);
    outRow->addWidget(output_, 1);
    outRow->addWidget(browse_);
    form->addRow(tr("Save as"), outRow);
    srt_ = new QCheckBox(tr("Also write captions (.srt)"), this);
    srt_->setToolTip(tr("Writes the text of the text tracks as a SubRip file beside the video, "
                        "for platforms that take captions separately"));
    form->addRow(QString(), srt_);
    layout->addLayout(form);

    progress_ = new QProgressBar(this);
    progress_->setRange(0, 100);
    progress_->setValue(0);
    status_ = new QLabel(tr("Ready"), this);
    layout->addWidget(progress_);
    layout->addWidget(status_);
    log_ = new QPlainTextEdit(this);
    log_->setReadOnly(true);
    log_->setMaximumHeight(110);
    log_->setPlaceholderText(tr("Warnings from the platform check appear here."));
    layout->addWidget(log_);

    auto* buttons = new QHBoxLayout;
    showButton_ = new QPushButton(icon(QStringLiteral("folder")), tr("Show in folder"), this);
    showButton_->setVisible(false);
    buttons->addWidget(showButton_);
    buttons->addStretch(1);
    cancelButton_ = new QPushButton(tr("Cancel export"), this);
    cancelButton_->setEnabled(false);
    closeButton_ = new QPushButton(tr("Close"), this);
    exportButton_ = new QPushButton(icon(QStringLiteral("export")), tr("Export"), this);
    exportButton_->setObjectName(QStringLiteral("accent"));
    exportButton_->setDefault(true);
    buttons->addWidget(cancelButton_);
    buttons->addWidget(closeButton_);
    buttons->addWidget(exportButton_);
    layout->addLayout(buttons);

    connect(presets_, &QListWidget::currentRowChanged, this, &ExportDialog::updatePresetInfo);
    connect(browse_, &QPushButton::clicked, this, [this] {
        const QString f = QFileDialog::getSaveFileName(this, tr("Export video"), output_->text(),
                                                       tr("MP4 video (*.mp4)"));
        if (!f.isEmpty()) {
            const bool named = f.endsWith(QStringLiteral(".mp4"), Qt::CaseInsensitive);
            setOutputFile(named ? f : f + QStringLiteral(".mp4"));
            // The file dialog has already asked about replacing the file it returned.
            replaceConfirmedFor_ = named ? f : QString();
        }
    });
    connect(exportButton_, &QPushButton::clicked, this, &ExportDialog::startExport);
    connect(cancelButton_, &QPushButton::clicked, this, &ExportDialog::cancelExport);
    connect(closeButton_, &QPushButton::clicked, this, &ExportDialog::reject);
    connect(showButton_, &QPushButton::clicked, this, [this] {
        QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(outputFile()).absolutePath()));
    });
    presets_->setCurrentRow(0);

    QString dir = projectFile.isEmpty()
                      ? QStandardPaths::writableLocation(QStandardPaths::MoviesLocation)
                      : QFileInfo(projectFile).absolutePath();
    if (dir.isEmpty()) {
        dir = QDir::homePath();
    }
    setOutputFile(QDir(dir).filePath(projectName_ + QStringLiteral("-") + presetId() +
                                     QStringLiteral(".mp4")));
}

ExportDialog::~ExportDialog() {
    if (isRunning()) {
        cancelExport();
    }
}

void ExportDialog::setOutputFile(const QString& file) {
    output_->setText(file);
}
QString ExportDialog::outputFile() const {
    return output_->text().trimmed();
}
QString ExportDialog::presetId() const {
    const QListWidgetItem* item = presets_->currentItem();
    return item != nullptr ? item->data(Qt::UserRole).toString() : QString();
}

bool ExportDialog::selectPreset(const QString& id) {
    for (int i = 0; i < presets_->count(); ++i) {
        if (presets_->item(i)->data(Qt::UserRole).toString() == id) {
            presets_->setCurrentRow(i);
            return true;
        }
    }
    return false;
}

void ExportDialog::setWriteCaptions(bool on) {
    srt_->setChecked(on);
}
bool ExportDialog::writesCaptions() const {
    return srt_->isChecked();
}

bool ExportDialog::isRunning() const {
    return process_ != nullptr && process_->state() != QProcess::NotRunning;
}
int ExportDialog::progress() const {
    return progress_->value();
}
QString ExportDialog::statusText() const {
    return status_->text();
}
QString ExportDialog::presetInfoText() const {
    return presetInfo_->text();
}

void ExportDialog::updatePresetInfo() {
    const Preset* p = findPreset(presetId().toStdString());
    if (p == nullptr) {
        return;
    }
    const QString fps = p->frameRate
                            ? QString::number(p->frameRate->toDouble(), 'g', 4)
                            : tr("project rate (%1)").arg(project_.frameRate.toDouble(), 0, 'g', 4);
    QString limits;
    if (p->maxDuration > Time(0)) {
        limits += tr("<br>Longest video: %1 s").arg(p->maxDuration.toDouble(), 0, 'g', 4);
    }
    if (p->maxFileBytes > 0) {
        limits += tr("<br>Largest file: %1 MB").arg(p->maxFileBytes / 1000000);
    }
    const double projectSeconds = project_.duration().toDouble();
    QString fitNote;
    if (p->maxDuration > Time(0) && projectSeconds > p->maxDuration.toDouble()) {
        fitNote = tr("<p style='color:#ff8a8a'>Your video is %1 s long: longer than %2 allows.</p>")
                      .arg(projectSeconds, 0, 'f', 1)
                      .arg(QString::fromStdString(p->name));
    }
    // What the exporter will really use (the same settings reelcut-cli render derives):
    // constant quality (CRF), with the bit rate capped where the platform re-encodes.
    const EncodeSettings enc = encodeSettingsFor(*p, project_.frameRate, true);
    presetInfo_->setText(
        tr("<h3>%1</h3><p>%2</p><p>%3 x %4 pixels, %5 fps<br>H.264 High, quality CRF %6, "
           "at most %7 Mbit/s<br>AAC audio at %8 kbit/s, %9 kHz<br>Loudness target %10 "
           "LUFS%11</p>%12")
            .arg(QCoreApplication::translate("Preset", p->name.c_str()),
                 QCoreApplication::translate("Preset", p->notes.c_str()))
            .arg(enc.width)
            .arg(enc.height)
            .arg(fps)
            .arg(enc.crf)
            .arg(megabits(enc.maxBitrate))
            .arg(enc.audioBitrate / 1000)
            .arg(enc.sampleRate / 1000.0, 0, 'g', 3)
            .arg(p->loudnessTarget, 0, 'g', 3)
            .arg(limits, fitNote));
    // Keep the suggested file name in step with the preset unless the user typed one.
    const QFileInfo out(outputFile());
    if (!out.fileName().isEmpty() &&
        out.completeBaseName().startsWith(projectName_ + QLatin1Char('-'))) {
        setOutputFile(out.dir().filePath(projectName_ + QLatin1Char('-') + presetId() +
                                         QStringLiteral(".mp4")));
    }
}

void ExportDialog::setRunning(bool running) {
    exportButton_->setEnabled(!running);
    presets_->setEnabled(!running);
    output_->setEnabled(!running);
    browse_->setEnabled(!running);
    cancelButton_->setEnabled(running);
}

void ExportDialog::startExport() {
    if (isRunning()) {
        return;
    }
    const QString out = outputFile();
    if (out.isEmpty()) {
        status_->setText(tr("Choose where to save the video first."));
        return;
    }
    // The engine refuses to replace a file unless told to (--force), and never replaces a
    // file the project uses; it says so itself, in the user's language.
    bool replace = false;
    if (QFileInfo(out).isFile()) {
        if (replaceConfirmedFor_ != out) {
            const bool yes =
                confirmReplace_
                    ? confirmReplace_(out)
                    : QMessageBox::question(this, tr("Replace the file?"),
                                            tr("%1 already exists. Replace it with the new "
                                               "export?")
                                                .arg(QFileInfo(out).fileName()),
                                            QMessageBox::Yes | QMessageBox::No,
                                            QMessageBox::No) == QMessageBox::Yes;
            if (!yes) {
                status_->setText(tr("Choose another name to keep the existing file."));
                return;
            }
            replaceConfirmedFor_ = out;
        }
        replace = true;
    }
    // The CLI reads a project file: hand it the current state, unsaved edits included.
    tempDir_ = std::make_unique<QTemporaryDir>();
    const QString projectCopy = tempDir_->filePath(QStringLiteral("export.reelcut"));
    try {
        saveProject(project_, toPath(projectCopy));
    } catch (const std::exception& e) {
        status_->setText(tr("Cannot prepare the export: %1").arg(errorText(e)));
        return;
    }
    warnings_.clear();
    errors_.clear();
    soundSummary_.clear();
    log_->clear();
    pendingText_.clear();
    pendingEvents_.clear();
    succeeded_ = false;
    cancelled_ = false;
    showButton_->setVisible(false);
    progress_->setValue(0);
    status_->setText(tr("Starting..."));

    delete process_;
    enginePid_ = 0;
    process_ = new QProcess(this);
    process_->setProcessChannelMode(QProcess::SeparateChannels);
    // Messages come as JSON (id, English text, values), shown here in the editor's language.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("REELCUT_MESSAGE_FORMAT"), QStringLiteral("json"));
    process_->setProcessEnvironment(env);
    connect(process_, &QProcess::started, this, [this] { enginePid_ = process_->processId(); });
    connect(process_, &QProcess::readyReadStandardError, this, &ExportDialog::onOutput);
    connect(process_, &QProcess::readyReadStandardOutput, this, &ExportDialog::onProgressOutput);
    connect(process_, &QProcess::finished, this, &ExportDialog::onFinished);
    connect(process_, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart) {
            status_->setText(tr("Cannot start the export engine (%1).").arg(cliPath()));
            setRunning(false);
            Q_EMIT finished(false);
        }
    });
    setRunning(true);
    elapsed_.start();
    // The CLI looks for analysis caches beside the project file it is given; point the
    // copy's cache folder at the editor's, so export uses the faces the preview showed.
    if (!analysisDir_.isEmpty() && QFileInfo(analysisDir_).isDir()) {
        QFile::link(analysisDir_, projectCopy + QStringLiteral("-cache"));
    }
    // Progress and the result come as JSON lines on stdout; stderr has only messages.
    QStringList args{QStringLiteral("render"),     projectCopy,
                     QStringLiteral("-o"),         out,
                     QStringLiteral("--preset"),   presetId(),
                     QStringLiteral("--progress"), QStringLiteral("json")};
    if (srt_->isChecked()) {
        args << QStringLiteral("--srt");
    }
    if (replace) {
        args << QStringLiteral("--force");
    }
    process_->start(cliPath(), args);
}

void ExportDialog::cancelExport() {
    if (!isRunning()) {
        return;
    }
    cancelled_ = true;
    process_->terminate();
    if (!process_->waitForFinished(3000)) {
        process_->kill();
        process_->waitForFinished(3000);
    }
}

void ExportDialog::onOutput() {
    pendingText_ += QString::fromUtf8(process_->readAllStandardError());
    const qsizetype end = pendingText_.lastIndexOf(QLatin1Char('\n'));
    if (end < 0) {
        return;
    }
    const QStringList lines = pendingText_.left(end).split(QLatin1Char('\n'));
    pendingText_ = pendingText_.mid(end + 1);
    for (const QString& line : lines) {
        parseLine(line.trimmed());
    }
}

void ExportDialog::onProgressOutput() {
    pendingEvents_ += process_->readAllStandardOutput();
    qsizetype start = 0;
    for (qsizetype nl = pendingEvents_.indexOf('\n'); nl >= 0;
         nl = pendingEvents_.indexOf('\n', start)) {
        parseEvent(pendingEvents_.mid(start, nl - start));
        start = nl + 1;
    }
    pendingEvents_.remove(0, start);
}

void ExportDialog::parseEvent(const QByteArray& line) {
    const QJsonObject event = QJsonDocument::fromJson(line).object();
    const QString stage = event.value(QStringLiteral("stage")).toString();
    if (stage == QLatin1String("render")) {
        const int percent = static_cast<int>(event.value(QStringLiteral("percent")).toDouble());
        const double eta = event.value(QStringLiteral("eta")).toDouble();
        progress_->setValue(percent);
        status_->setText(tr("Rendering: %1%, %2 fps, about %3 left")
                             .arg(percent)
                             .arg(event.value(QStringLiteral("fps")).toDouble(), 0, 'f', 1)
                             .arg(eta >= 60 ? tr("%1 min").arg(std::ceil(eta / 60))
                                            : tr("%1 s").arg(std::ceil(eta))));
    } else if (stage == QLatin1String("done")) {
        // The sound as the platform will measure it (decoded from the finished file).
        soundSummary_ = tr("Sound: %1 LUFS, range %2 LU, true peak %3 dBTP")
                            .arg(event.value(QStringLiteral("lufs")).toDouble(), 0, 'f', 1)
                            .arg(event.value(QStringLiteral("lra")).toDouble(), 0, 'f', 1)
                            .arg(event.value(QStringLiteral("truePeak")).toDouble(), 0, 'f', 1);
        log_->appendPlainText(soundSummary_);
    }
}

void ExportDialog::parseLine(const QString& line) {
    if (line.isEmpty()) {
        return;
    }
    if (line.startsWith(QStringLiteral("@json "))) {
        const QJsonObject o = QJsonDocument::fromJson(line.mid(6).toUtf8()).object();
        const Message m = Message::fromJson(o.value(QStringLiteral("message")).toObject());
        addMessage(o.value(QStringLiteral("level")).toString(), m.translated());
    } else if (line.startsWith(QStringLiteral("warning: "))) {
        addMessage(QStringLiteral("warning"), line.mid(9));
    } else if (line.startsWith(QStringLiteral("error: "))) {
        addMessage(QStringLiteral("error"), line.mid(7));
    } else {
        addMessage(QStringLiteral("fatal"), line);
    }
}

void ExportDialog::addMessage(const QString& level, const QString& text) {
    if (level == QLatin1String("warning")) {
        warnings_ << text;
        log_->appendPlainText(tr("Note: %1").arg(text));
    } else if (level == QLatin1String("error")) {
        errors_ << text;
        log_->appendPlainText(tr("Problem: %1").arg(text));
    } else {
        errors_ << text;
        log_->appendPlainText(text);
    }
}

void ExportDialog::removeTemporaries() {
    // The engine removes its temporary file when it stops; one it was killed before it
    // could is removed here (and any other left by a dead export, by the next export).
    const QString out = outputFile();
    if (out.isEmpty() || enginePid_ <= 0) {
        return;
    }
    QStringList outputs{out};
    outputs << QFileInfo(out).dir().filePath(QFileInfo(out).completeBaseName() +
                                             QStringLiteral(".srt"));
    for (const QString& file : outputs) {
        removeTemporariesOf(toPath(QFileInfo(file).absoluteFilePath()),
                            static_cast<pid_t>(enginePid_));
    }
}

void ExportDialog::onFinished(int exitCode, QProcess::ExitStatus status) {
    onOutput();
    onProgressOutput();
    if (!pendingText_.trimmed().isEmpty()) {
        parseLine(pendingText_.trimmed());
        pendingText_.clear();
    }
    if (!pendingEvents_.trimmed().isEmpty()) {
        parseEvent(pendingEvents_);
        pendingEvents_.clear();
    }
    setRunning(false);
    tempDir_.reset();
    const QString out = outputFile();
    removeTemporaries();
    if (cancelled_) {
        status_->setText(tr("Export cancelled. Nothing was written."));
        progress_->setValue(0);
        Q_EMIT finished(false);
        return;
    }
    if (status == QProcess::CrashExit) {
        status_->setText(tr("The export engine crashed. Your project is safe; please try again "
                            "or report the problem."));
        Q_EMIT finished(false);
        return;
    }
    succeeded_ = exitCode == 0 && QFileInfo::exists(out);
    if (succeeded_) {
        progress_->setValue(100);
        status_->setText(
            warnings_.isEmpty()
                ? tr("Done in %1 s: %2").arg(elapsed_.elapsed() / 1000.0, 0, 'f', 1).arg(out)
                : tr("Done, with %n note(s) below: %1", nullptr, static_cast<int>(warnings_.size()))
                      .arg(out));
        showButton_->setVisible(true);
    } else if (QFileInfo::exists(out)) {
        status_->setText(
            tr("Written, but the file does not meet the platform's rules (see below)."));
        showButton_->setVisible(true);
    } else {
        status_->setText(tr("Export failed. See the details below."));
    }
    Q_EMIT finished(succeeded_);
}

void ExportDialog::reject() {
    if (isRunning()) {
        cancelExport();
    }
    QDialog::reject();
}

} // namespace reelcut::gui
