#pragma once

#include "model/project.h"

#include <QDialog>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <functional>
#include <memory>

class QCheckBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;

namespace reelcut::gui {

// Export: pick a platform preset (its specs are shown), an output file, and go. The
// render runs in a separate process (reelcut-cli render), so a crash while exporting
// cannot take the editor or the open project down, and the UI stays responsive.
class ExportDialog : public QDialog {
    Q_OBJECT
public:
    ExportDialog(const Project& project, const QString& projectFile, QWidget* parent = nullptr);
    ~ExportDialog() override;

    // Where the CLI is: REELCUT_CLI, next to this program (installed), or the build tree's
    // app/cli/ beside app/gui/ (or, for tests, REELCUT_BINARY_DIR/app/cli).
    static QString cliPath();

    void setOutputFile(const QString& file);
    QString outputFile() const;
    bool selectPreset(const QString& id);
    QString presetId() const;
    // Also write the captions (text tracks) as a .srt beside the video.
    void setWriteCaptions(bool on);
    bool writesCaptions() const;
    // The face analysis caches the preview used, so the export sees the same faces.
    void setAnalysisDir(const QString& dir) { analysisDir_ = dir; }
    bool isRunning() const;
    int progress() const;
    QString statusText() const;
    // The preset's description as shown (for tests).
    QString presetInfoText() const;
    QStringList warnings() const { return warnings_; }
    // Finished and the file is there.
    bool succeeded() const { return succeeded_; }
    // Asked before an existing file is replaced (default: a question box); false keeps it.
    void setConfirmReplace(std::function<bool(const QString& file)> confirm) {
        confirmReplace_ = std::move(confirm);
    }

public Q_SLOTS:
    void startExport();
    void cancelExport();

Q_SIGNALS:
    void finished(bool ok);

protected:
    void reject() override;

private:
    void onOutput();
    void onFinished(int exitCode, QProcess::ExitStatus status);
    void parseLine(const QString& line);
    void addMessage(const QString& level, const QString& text);
    void removeTemporaries();
    void onProgressOutput();
    void parseEvent(const QByteArray& line);
    void updatePresetInfo();
    void setRunning(bool running);

    Project project_;
    QString projectName_;
    std::unique_ptr<QTemporaryDir> tempDir_;
    QProcess* process_ = nullptr;
    QListWidget* presets_ = nullptr;
    QLabel* presetInfo_ = nullptr;
    QLineEdit* output_ = nullptr;
    QPushButton* browse_ = nullptr;
    QCheckBox* srt_ = nullptr;
    QString analysisDir_;
    QProgressBar* progress_ = nullptr;
    QLabel* status_ = nullptr;
    QPlainTextEdit* log_ = nullptr;
    QPushButton* exportButton_ = nullptr;
    QPushButton* cancelButton_ = nullptr;
    QPushButton* showButton_ = nullptr;
    QPushButton* closeButton_ = nullptr;
    QString pendingText_;
    QByteArray pendingEvents_; // stdout: one JSON object per line (--progress json)
    QStringList warnings_;
    QString soundSummary_; // integrated loudness, range and true peak of the file
    QStringList errors_;
    bool succeeded_ = false;
    bool cancelled_ = false;
    qint64 enginePid_ = 0;        // of the reelcut-cli that runs the export
    QString replaceConfirmedFor_; // the file the user agreed to replace
    std::function<bool(const QString&)> confirmReplace_;
    QElapsedTimer elapsed_;
};

} // namespace reelcut::gui
