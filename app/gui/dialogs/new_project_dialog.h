#pragma once

#include "time/rational.h"

#include <QDialog>
#include <QSize>

class QButtonGroup;
class QComboBox;

namespace reelcut::gui {

struct AspectChoice {
    const char* label; // "9:16"
    const char* use;   // what it is for, English (translated at display)
    int width;
    int height;
};
// The canvases offered for new projects and by the preview's aspect switch.
const std::vector<AspectChoice>& aspectChoices();

// Asks for the canvas of a new project: aspect ratio as picture buttons and frame rate.
class NewProjectDialog : public QDialog {
    Q_OBJECT
public:
    explicit NewProjectDialog(QWidget* parent = nullptr);
    QSize canvasSize() const;
    FrameRate frameRate() const;

private:
    QButtonGroup* aspects_ = nullptr;
    QComboBox* rate_ = nullptr;
};

} // namespace reelcut::gui
