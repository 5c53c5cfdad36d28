#pragma once

#include "util/message.h"

#include <QDialog>
#include <QImage>
#include <QProcess>
#include <map>
#include <memory>
#include <vector>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace reelcut::batch {
class BatchRunner;
}

namespace reelcut::gui {

// File > Batch export: the open template with a data file. The rows are shown in a table
// with their validation state and a thumbnail per row and format (composed by the core);
// any row and format can be previewed large; rendering runs `reelcut-cli batch` in a
// separate process with progress per row, and the report opens when it is done.
class BatchDialog : public QDialog {
    Q_OBJECT
public:
    BatchDialog(const QString& templateFile, QWidget* parent = nullptr);
    ~BatchDialog() override;

    void setDataFile(const QString& file);
    void setOutputDir(const QString& dir);
    void setRatios(const QStringList& ratios); // "9:16", "1:1", "16:9", "4:5"
    void setNamePattern(const QString& pattern);
    // The preset for its own shape (e.g. "shorts" for 9:16); empty: each shape's default.
    void setPreset(const QString& id);

    // Reads the data and checks every row in every format; false (and the error shown)
    // when the template or data cannot be read at all.
    bool checkRows();
    int rowCount() const;
    int formatCount() const;
    // "valid", "invalid", "running", "done", "up-to-date", "failed" for a row and format.
    QString status(int row, int format) const;
    QString problem(int row, int format) const; // the errors, if any, translated
    QImage thumbnail(int row, int format) const;
    // The composed picture of a row in a format, larger (the preview pane).
    QImage preview(int row, int format, int height);
    void showPreview(int row, int format);

    void startRender();
    bool isRunning() const;
    QString reportFile() const;
    QString errorText() const;

Q_SIGNALS:
    void renderFinished(bool allOk);

private:
    void browseData();
    void browseOutput();
    void onOutput();
    void onFinished(int code, QProcess::ExitStatus status);
    void setCell(int row, int format, const QString& status, const QString& tip,
                 const QImage& thumb);
    // A job's cell with its problems in the editor's language (problem() and the tooltip).
    void setJobCell(int row, int format, const QString& status, const std::vector<Message>& errors,
                    const std::vector<Message>& warnings, const QImage& thumb);
    QStringList ratios() const;

    QString templateFile_;
    QLineEdit* data_ = nullptr;
    QLineEdit* output_ = nullptr;
    QLineEdit* name_ = nullptr;
    QComboBox* preset_ = nullptr;
    std::map<QString, QCheckBox*> ratioBoxes_;
    QTableWidget* table_ = nullptr;
    QLabel* previewLabel_ = nullptr;
    QLabel* message_ = nullptr;
    QPushButton* checkButton_ = nullptr;
    QPushButton* renderButton_ = nullptr;
    QPushButton* reportButton_ = nullptr;
    std::unique_ptr<batch::BatchRunner> runner_;
    QStringList formats_;
    std::map<std::pair<int, int>, QString> status_;
    std::map<std::pair<int, int>, QString> problems_;
    std::map<std::pair<int, int>, QImage> thumbs_;
    QProcess* process_ = nullptr;
    QByteArray pending_;
    bool allOk_ = false;
};

} // namespace reelcut::gui
