#include "batch/batch_dialog.h"

#include "batch/batch_report.h"
#include "batch/batch_runner.h"
#include "dialogs/export_dialog.h"
#include "export/preset.h"
#include "util/message_list.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QProcessEnvironment>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace reelcut::gui {

namespace {

constexpr int kThumbHeight = 96;
const char* const kRatios[] = {"9:16", "1:1", "16:9", "4:5"};

QColor statusColor(const QString& s) {
    if (s == QLatin1String("invalid") || s == QLatin1String("failed")) {
        return QColor(127, 29, 29);
    }
    if (s == QLatin1String("done") || s == QLatin1String("up-to-date")) {
        return QColor(20, 83, 45);
    }
    if (s == QLatin1String("running")) {
        return QColor(30, 64, 120);
    }
    return QColor(40, 40, 48);
}

QString statusLabel(const QString& s) {
    if (s == QLatin1String("valid")) {
        return BatchDialog::tr("ready");
    }
    if (s == QLatin1String("invalid")) {
        return BatchDialog::tr("invalid");
    }
    if (s == QLatin1String("running")) {
        return BatchDialog::tr("rendering");
    }
    if (s == QLatin1String("done")) {
        return BatchDialog::tr("done");
    }
    if (s == QLatin1String("up-to-date")) {
        return BatchDialog::tr("up to date");
    }
    if (s == QLatin1String("failed")) {
        return BatchDialog::tr("failed");
    }
    if (s == QLatin1String("pending")) {
        return BatchDialog::tr("not made");
    }
    return s;
}

} // namespace

BatchDialog::BatchDialog(const QString& templateFile, QWidget* parent)
    : QDialog(parent), templateFile_(templateFile) {
    setWindowTitle(tr("Batch export"));
    resize(1100, 720);
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    form->addRow(tr("Template:"), new QLabel(QFileInfo(templateFile).fileName(), this));

    auto* dataRow = new QHBoxLayout;
    data_ = new QLineEdit(this);
    data_->setPlaceholderText(tr("A CSV file or a JSON list of rows"));
    auto* browseData = new QPushButton(tr("Browse..."), this);
    connect(browseData, &QPushButton::clicked, this, &BatchDialog::browseData);
    dataRow->addWidget(data_);
    dataRow->addWidget(browseData);
    form->addRow(tr("Data:"), dataRow);

    auto* ratioRow = new QHBoxLayout;
    for (const char* r : kRatios) {
        auto* box = new QCheckBox(QString::fromLatin1(r), this);
        box->setChecked(QLatin1String(r) == QLatin1String("9:16"));
        ratioBoxes_[QString::fromLatin1(r)] = box;
        ratioRow->addWidget(box);
    }
    ratioRow->addStretch();
    form->addRow(tr("Formats:"), ratioRow);
    preset_ = new QComboBox(this);
    preset_->addItem(tr("Each format's usual platform"), QString());
    for (const Preset& p : builtinPresets()) {
        preset_->addItem(QCoreApplication::translate("Preset", p.name.c_str()),
                         QString::fromStdString(p.id));
    }
    form->addRow(tr("Platform:"), preset_);

    auto* outRow = new QHBoxLayout;
    output_ =
        new QLineEdit(QFileInfo(templateFile).absolutePath() + QStringLiteral("/batch"), this);
    auto* browseOut = new QPushButton(tr("Browse..."), this);
    connect(browseOut, &QPushButton::clicked, this, &BatchDialog::browseOutput);
    outRow->addWidget(output_);
    outRow->addWidget(browseOut);
    form->addRow(tr("Output folder:"), outRow);
    name_ = new QLineEdit(QStringLiteral("{{row}}_{{ratio}}.mp4"), this);
    name_->setToolTip(
        tr("Output names: any field as {{name}}, and {{row}}, {{ratio}}, {{preset}}"));
    form->addRow(tr("File names:"), name_);
    layout->addLayout(form);

    auto* split = new QSplitter(Qt::Horizontal, this);
    table_ = new QTableWidget(split);
    table_->setIconSize(QSize(kThumbHeight, kThumbHeight));
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table_->setSelectionMode(QAbstractItemView::SingleSelection);
    table_->verticalHeader()->setDefaultSectionSize(kThumbHeight + 8);
    connect(table_, &QTableWidget::cellClicked, this, [this](int row, int column) {
        if (column >= 1) {
            showPreview(row, column - 1);
        }
    });
    previewLabel_ = new QLabel(split);
    previewLabel_->setAlignment(Qt::AlignCenter);
    previewLabel_->setMinimumWidth(300);
    previewLabel_->setText(tr("Click a thumbnail to preview that row."));
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    layout->addWidget(split, 1);

    message_ = new QLabel(this);
    message_->setWordWrap(true);
    layout->addWidget(message_);
    auto* buttons = new QHBoxLayout;
    checkButton_ = new QPushButton(tr("Check rows"), this);
    renderButton_ = new QPushButton(tr("Render all"), this);
    reportButton_ = new QPushButton(tr("Open report"), this);
    auto* close = new QPushButton(tr("Close"), this);
    renderButton_->setEnabled(false);
    reportButton_->setEnabled(false);
    connect(checkButton_, &QPushButton::clicked, this, &BatchDialog::checkRows);
    connect(renderButton_, &QPushButton::clicked, this, &BatchDialog::startRender);
    connect(reportButton_, &QPushButton::clicked, this,
            [this] { QDesktopServices::openUrl(QUrl::fromLocalFile(reportFile())); });
    connect(close, &QPushButton::clicked, this, &QDialog::reject);
    buttons->addWidget(checkButton_);
    buttons->addWidget(renderButton_);
    buttons->addWidget(reportButton_);
    buttons->addStretch();
    buttons->addWidget(close);
    layout->addLayout(buttons);
}

BatchDialog::~BatchDialog() {
    if (process_ != nullptr && process_->state() != QProcess::NotRunning) {
        // The batch resumes where it stopped; nothing half-written stays behind.
        process_->kill();
        process_->waitForFinished(5000);
    }
}

void BatchDialog::setDataFile(const QString& file) {
    data_->setText(file);
}

void BatchDialog::setOutputDir(const QString& dir) {
    output_->setText(dir);
}

void BatchDialog::setRatios(const QStringList& ratios) {
    for (auto& [r, box] : ratioBoxes_) {
        box->setChecked(ratios.contains(r));
    }
}

void BatchDialog::setNamePattern(const QString& pattern) {
    name_->setText(pattern);
}

void BatchDialog::setPreset(const QString& id) {
    preset_->setCurrentIndex(std::max(0, preset_->findData(id)));
}

QStringList BatchDialog::ratios() const {
    QStringList out;
    for (const char* r : kRatios) {
        if (ratioBoxes_.at(QString::fromLatin1(r))->isChecked()) {
            out << QString::fromLatin1(r);
        }
    }
    return out;
}

void BatchDialog::browseData() {
    const QString f = QFileDialog::getOpenFileName(this, tr("Data file"), data_->text(),
                                                   tr("Rows (*.csv *.tsv *.json)"));
    if (!f.isEmpty()) {
        data_->setText(f);
        checkRows();
    }
}

void BatchDialog::browseOutput() {
    const QString d = QFileDialog::getExistingDirectory(this, tr("Output folder"), output_->text());
    if (!d.isEmpty()) {
        output_->setText(d);
    }
}

bool BatchDialog::checkRows() {
    runner_.reset();
    status_.clear();
    problems_.clear();
    thumbs_.clear();
    table_->clear();
    renderButton_->setEnabled(false);
    formats_ = ratios();
    batch::BatchOptions o;
    o.templateFile = templateFile_.toStdString();
    o.dataFile = data_->text().toStdString();
    o.outDir = output_->text().toStdString();
    o.ratios = formats_.join(QLatin1Char(',')).toStdString();
    o.namePattern = name_->text().toStdString();
    o.presetId = preset_->currentData().toString().toStdString();
    if (formats_.isEmpty()) {
        message_->setText(tr("Pick at least one format."));
        return false;
    }
    try {
        runner_ = std::make_unique<batch::BatchRunner>(o);
    } catch (const std::exception& e) {
        message_->setText(tr("Cannot start the batch: %1").arg(messageOf(e).translated()));
        return false;
    }
    const batch::BatchPlan& plan = runner_->plan();
    table_->setRowCount(int(plan.data.rows.size()));
    table_->setColumnCount(int(formats_.size()) + 1);
    QStringList headers{tr("Row")};
    headers += formats_;
    table_->setHorizontalHeaderLabels(headers);
    for (std::size_t r = 0; r < plan.data.rows.size(); ++r) {
        QStringList values;
        for (const FieldSpec& f : plan.tpl.spec.fields) {
            const auto it = plan.data.rows[r].values.find(f.name);
            if (it != plan.data.rows[r].values.end() && !it->second.empty()) {
                values << QString::fromStdString(it->second).simplified().left(30);
            }
        }
        auto* item = new QTableWidgetItem(QStringLiteral("%1\n%2")
                                              .arg(plan.data.rows[r].number)
                                              .arg(values.join(QStringLiteral("\n"))));
        table_->setItem(int(r), 0, item);
    }
    int invalid = 0;
    for (const batch::JobReport& j : runner_->validate()) {
        const batch::PlannedJob& job = plan.jobs[j.index];
        const QImage thumb = runner_->preview(j.index, kThumbHeight);
        const bool ok = j.status != batch::JobStatus::Invalid;
        invalid += ok ? 0 : 1;
        setJobCell(int(job.row), int(job.format),
                   ok ? QStringLiteral("valid") : QStringLiteral("invalid"), j.errors, j.warnings,
                   thumb);
    }
    table_->resizeColumnToContents(0);
    for (int c = 1; c < table_->columnCount(); ++c) {
        table_->setColumnWidth(c, 300);
    }
    const int total = int(plan.jobs.size());
    message_->setText(invalid == 0 ? tr("%n video(s) ready to render.", nullptr, total)
                                   : tr("%1 of %2 videos are invalid (hover for the reason); "
                                        "the others can render.")
                                         .arg(invalid)
                                         .arg(total));
    renderButton_->setEnabled(invalid < total);
    return true;
}

void BatchDialog::setJobCell(int row, int format, const QString& status,
                             const std::vector<Message>& errors,
                             const std::vector<Message>& warnings, const QImage& thumb) {
    // Shown in the editor's language; the report files keep the English.
    const QString problem = joinedTranslated(errors, QStringLiteral("; "));
    problems_[{row, format}] = problem;
    QStringList tip;
    if (!problem.isEmpty()) {
        tip << problem;
    }
    if (!warnings.empty()) {
        tip << joinedTranslated(warnings, QStringLiteral("\n"));
    }
    // Never a null tip: a job that is fine now clears what an earlier state showed.
    setCell(row, format, status, tip.isEmpty() ? QStringLiteral("") : tip.join(QLatin1Char('\n')),
            thumb);
}

void BatchDialog::setCell(int row, int format, const QString& status, const QString& tip,
                          const QImage& thumb) {
    status_[{row, format}] = status;
    if (!thumb.isNull()) {
        thumbs_[{row, format}] = thumb;
    }
    auto* item = table_->item(row, format + 1);
    if (item == nullptr) {
        item = new QTableWidgetItem;
        table_->setItem(row, format + 1, item);
    }
    // An invalid or failed video says why right in its cell, the rest in the tooltip.
    const QString reason = problem(row, format);
    item->setText(reason.isEmpty() ? statusLabel(status)
                                   : statusLabel(status) + QLatin1Char('\n') + reason.left(90));
    if (!tip.isNull()) {
        item->setToolTip(tip);
    }
    item->setBackground(statusColor(status));
    item->setForeground(Qt::white);
    const auto t = thumbs_.find({row, format});
    if (t != thumbs_.end()) {
        item->setIcon(QIcon(QPixmap::fromImage(t->second)));
    }
}

int BatchDialog::rowCount() const {
    return runner_ ? int(runner_->plan().data.rows.size()) : 0;
}

int BatchDialog::formatCount() const {
    return int(formats_.size());
}

QString BatchDialog::status(int row, int format) const {
    const auto it = status_.find({row, format});
    return it == status_.end() ? QString() : it->second;
}

QString BatchDialog::problem(int row, int format) const {
    const auto it = problems_.find({row, format});
    return it == problems_.end() ? QString() : it->second;
}

QImage BatchDialog::thumbnail(int row, int format) const {
    const auto it = thumbs_.find({row, format});
    return it == thumbs_.end() ? QImage() : it->second;
}

QImage BatchDialog::preview(int row, int format, int height) {
    if (!runner_) {
        return {};
    }
    const std::size_t index = std::size_t(row) * std::size_t(formats_.size()) + std::size_t(format);
    return index < runner_->plan().jobs.size() ? runner_->preview(index, height) : QImage();
}

void BatchDialog::showPreview(int row, int format) {
    const QImage img = preview(row, format, std::max(200, previewLabel_->height() - 20));
    if (!img.isNull()) {
        previewLabel_->setPixmap(QPixmap::fromImage(img));
        previewLabel_->setToolTip(problem(row, format));
    }
}

void BatchDialog::startRender() {
    if (!runner_ || isRunning()) {
        return;
    }
    QStringList args{QStringLiteral("batch"),    templateFile_,
                     QStringLiteral("--data"),   data_->text(),
                     QStringLiteral("-o"),       output_->text(),
                     QStringLiteral("--ratios"), formats_.join(QLatin1Char(',')),
                     QStringLiteral("--name"),   name_->text(),
                     QStringLiteral("--jobs"),   QStringLiteral("auto"),
                     QStringLiteral("--resume"), QStringLiteral("--json-progress")};
    if (!preset_->currentData().toString().isEmpty()) {
        args << QStringLiteral("--preset") << preset_->currentData().toString();
    }
    process_ = new QProcess(this);
    // A batch that cannot start says why as a message (id, English text, values), shown
    // here in the editor's language.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("REELCUT_MESSAGE_FORMAT"), QStringLiteral("json"));
    process_->setProcessEnvironment(env);
    connect(process_, &QProcess::readyReadStandardOutput, this, &BatchDialog::onOutput);
    connect(process_, &QProcess::finished, this, &BatchDialog::onFinished);
    for (const auto& [key, s] : std::map<std::pair<int, int>, QString>(status_)) {
        if (s == QLatin1String("valid")) {
            setCell(key.first, key.second, QStringLiteral("running"), QString(), QImage());
        }
    }
    renderButton_->setEnabled(false);
    checkButton_->setEnabled(false);
    message_->setText(tr("Rendering..."));
    process_->start(ExportDialog::cliPath(), args);
}

void BatchDialog::onOutput() {
    pending_ += process_->readAllStandardOutput();
    qsizetype nl;
    while ((nl = pending_.indexOf('\n')) >= 0) {
        const QJsonObject o = QJsonDocument::fromJson(pending_.left(nl)).object();
        pending_.remove(0, nl + 1);
        const QString event = o.value(QStringLiteral("event")).toString();
        if (event == QLatin1String("job") || event == QLatin1String("progress")) {
            const auto index = std::size_t(o.value(QStringLiteral("index")).toInteger());
            if (!runner_ || index >= runner_->plan().jobs.size()) {
                continue;
            }
            const batch::PlannedJob& job = runner_->plan().jobs[index];
            const int row = int(job.row), format = int(job.format);
            if (event == QLatin1String("progress")) {
                if (auto* item = table_->item(row, format + 1)) {
                    item->setText(tr("rendering %1%")
                                      .arg(int(o.value(QStringLiteral("percent")).toDouble())));
                }
                continue;
            }
            const QString s = o.value(QStringLiteral("status")).toString();
            const QString thumbFile = o.value(QStringLiteral("thumbnail")).toString();
            const QImage thumb = thumbFile.isEmpty()
                                     ? QImage()
                                     : QImage(QDir(output_->text()).filePath(thumbFile))
                                           .scaledToHeight(kThumbHeight, Qt::SmoothTransformation);
            // The job as the report has it; its messages are translated here.
            const batch::JobReport report = batch::jobFromJson(o);
            setJobCell(row, format, s, report.errors, report.warnings, thumb);
        } else if (event == QLatin1String("summary")) {
            allOk_ = o.value(QStringLiteral("failed")).toInt() == 0 &&
                     o.value(QStringLiteral("invalid")).toInt() == 0;
        }
    }
}

void BatchDialog::onFinished(int code, QProcess::ExitStatus status) {
    onOutput();
    QStringList errors;
    for (const QString& line :
         QString::fromUtf8(process_->readAllStandardError()).split(QLatin1Char('\n'))) {
        if (line.startsWith(QStringLiteral("@json "))) {
            const QJsonObject o = QJsonDocument::fromJson(line.mid(6).toUtf8()).object();
            errors << Message::fromJson(o.value(QStringLiteral("message")).toObject()).translated();
        } else if (!line.trimmed().isEmpty()) {
            errors << line.trimmed();
        }
    }
    const QString err = errors.join(QLatin1Char('\n'));
    process_->deleteLater();
    process_ = nullptr;
    checkButton_->setEnabled(true);
    reportButton_->setEnabled(QFileInfo::exists(reportFile()));
    const bool ok = status == QProcess::NormalExit && code == 0;
    message_->setText(
        ok ? tr("All videos are made. The report shows every one of them.")
           : (err.isEmpty() ? tr("Some videos could not be made; the report says why.") : err));
    Q_EMIT renderFinished(ok && allOk_);
}

bool BatchDialog::isRunning() const {
    return process_ != nullptr && process_->state() != QProcess::NotRunning;
}

QString BatchDialog::reportFile() const {
    return QDir(output_->text()).filePath(QStringLiteral("report.html"));
}

QString BatchDialog::errorText() const {
    return message_->text();
}

} // namespace reelcut::gui
