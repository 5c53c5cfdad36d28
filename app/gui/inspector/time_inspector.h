#pragma once

#include "model/project.h"

#include <QGroupBox>
#include <functional>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QLabel;
class QPushButton;

namespace reelcut {
class ProjectDocument;
}

namespace reelcut::gui {

// The clip's time and picture geometry: speed curve (CapCut's presets), reverse, flips,
// quarter turns and crop. Each change is one undoable edit made by the core's edits
// (edit::setSpeedRamp, setReverse, setGeometry); the constant speed stays in the
// inspector's timing group.
class TimeInspector : public QGroupBox {
    Q_OBJECT
public:
    explicit TimeInspector(ProjectDocument& doc, QWidget* parent = nullptr);

    // still: a picture (no speed, no reverse); only the geometry rows show.
    void showClip(const Clip& clip, bool still);

    QComboBox* curveBox() const { return curve_; }
    QCheckBox* reverseBox() const { return reverse_; }
    QPushButton* flipHButton() const { return flipH_; }
    QPushButton* flipVButton() const { return flipV_; }
    QPushButton* rotateButton() const { return rotate_; }
    QDoubleSpinBox* cropBox(int edge) const { return crop_[edge]; } // left, top, right, bottom

Q_SIGNALS:
    void message(const QString& text);

private:
    void apply(const QString& text, const std::function<void(Project&, ObjectId)>& change);
    void applyGeometry();

    ProjectDocument& doc_;
    ObjectId clip_ = 0;
    QComboBox* curve_ = nullptr;
    QLabel* curveInfo_ = nullptr;
    QCheckBox* reverse_ = nullptr;
    QPushButton* flipH_ = nullptr;
    QPushButton* flipV_ = nullptr;
    QPushButton* rotate_ = nullptr;
    QLabel* rotation_ = nullptr;
    QDoubleSpinBox* crop_[4] = {};
    QFormLayout* form_ = nullptr;
};

} // namespace reelcut::gui
