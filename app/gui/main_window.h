#pragma once

#include "commands/project_document.h"

#include <QLabel>
#include <QMainWindow>
#include <memory>

namespace reelcut {

class FrameRenderer;

// The editor window. The window itself composes nothing: it asks the core's renderer
// for frames and changes the project only through ProjectDocument.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    bool openProject(const QString& file);
    ProjectDocument& document() { return doc_; }

private:
    void createMenus();
    void refreshPreview();
    void updateTitle();

    ProjectDocument doc_;
    std::unique_ptr<FrameRenderer> renderer_;
    QLabel* preview_ = nullptr;
    QLabel* status_ = nullptr;
};

} // namespace reelcut
