#pragma once

#include "inspector/param_form.h"
#include "model/project.h"

#include <QGroupBox>
#include <QPointer>
#include <string>

class QComboBox;
class QDoubleSpinBox;
class QPushButton;
class QVBoxLayout;

namespace reelcut {
class ProjectDocument;
}

namespace reelcut::gui {

// The transition into the selected clip (from the clip before it): its kind, duration
// and parameters, and a button to remove it. Hidden when the clip has none.
class TransitionInspector : public QGroupBox {
    Q_OBJECT
public:
    TransitionInspector(ProjectDocument& doc, QWidget* parent = nullptr);

    void showClip(const Clip& clip);
    QComboBox* typeBox() const { return type_; }
    QDoubleSpinBox* durationBox() const { return duration_; }
    ParamForm* params() const { return form_; }

Q_SIGNALS:
    void message(const QString& text);

private:
    // Changes the transition of the shown clip as one undoable edit.
    void change(const QString& text, const std::function<void(Transition&)>& fn, int mergeKey = -1);

    ProjectDocument& doc_;
    ObjectId clip_ = 0;
    std::string shownType_;
    QComboBox* type_ = nullptr;
    QDoubleSpinBox* duration_ = nullptr;
    QPushButton* remove_ = nullptr;
    QVBoxLayout* layout_ = nullptr;
    QPointer<ParamForm> form_;
};

} // namespace reelcut::gui
