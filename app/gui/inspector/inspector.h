#pragma once

#include "model/project.h"
#include "render/media_pool.h"

#include <QWidget>
#include <functional>

class QComboBox;
class QFormLayout;
class QLayout;
class QScrollArea;
class QDoubleSpinBox;
class QLabel;
class QPushButton;
class QSlider;
class QStackedWidget;
class QGroupBox;

namespace reelcut {
class ProjectDocument;
}

namespace reelcut::gui {

class EffectsInspector;
class TextInspector;
class TransitionInspector;
class VoiceInspector;
class TimeInspector;

// Properties of the selected clip: transform (and keyframes), opacity, fit, canvas fill,
// text style and animation, effects and their parameters, volume, fades, speed. Values can be typed
// or dragged; each committed change is one undo step, and a slider drag is merged into one step by
// a merge key unique to that drag.
class Inspector : public QWidget {
    Q_OBJECT
public:
    explicit Inspector(ProjectDocument& doc, QWidget* parent = nullptr);

    void setClip(ObjectId clip);
    ObjectId clip() const { return clip_; }
    // Where "Add keyframe at playhead" puts its key.
    void setPlayheadTime(const Time& t);

    // The editors, exposed for tests.
    QLabel* fieldsLabel() const { return fields_; }
    QDoubleSpinBox* opacityBox() const { return opacity_; }
    QDoubleSpinBox* xBox() const { return x_; }
    QComboBox* backgroundBox() const { return background_; }
    QScrollArea* scrollArea() const { return scroll_; }
    QWidget* page() const { return page_; }
    QDoubleSpinBox* scaleBox() const { return scale_; }
    QDoubleSpinBox* volumeBox() const { return volume_; }
    QDoubleSpinBox* speedBox() const { return speed_; }
    QSlider* opacitySlider() const { return opacitySlider_; }
    QComboBox* fitBox() const { return fit_; }
    TextInspector* textPage() const { return textPage_; }
    EffectsInspector* effectsPage() const { return effectsPage_; }
    TransitionInspector* transitionPage() const { return transitionPage_; }
    VoiceInspector* voicePage() const { return voicePage_; }
    TimeInspector* timePage() const { return timePage_; }
    QPushButton* keyframeButton() const { return keyframe_; }

public Q_SLOTS:
    void refresh();

Q_SIGNALS:
    void message(const QString& text);

private:
    // Applies `change` to a copy of the selected clip as one undoable edit.
    void edit(const QString& text, const std::function<void(Clip&)>& change, int mergeKey = -1);
    void addKeyframe();
    QDoubleSpinBox* addSpin(double min, double max, double step, int decimals,
                            const QString& suffix);
    static void setUpForm(QFormLayout* form);
    const MediaInfo* mediaInfo(const Clip& clip);
    int dragKey(int field);

    ProjectDocument& doc_;
    ObjectId clip_ = 0;
    int dragSession_ = 0;
    QStackedWidget* stack_ = nullptr;
    QLabel* title_ = nullptr;
    QLabel* timing_ = nullptr;
    QLabel* fields_ = nullptr; // the clip's template fields
    QDoubleSpinBox* x_ = nullptr;
    QDoubleSpinBox* y_ = nullptr;
    QDoubleSpinBox* scale_ = nullptr;
    QDoubleSpinBox* rotation_ = nullptr;
    QDoubleSpinBox* opacity_ = nullptr;
    QSlider* opacitySlider_ = nullptr;
    QComboBox* fit_ = nullptr;
    QComboBox* background_ = nullptr;
    QPushButton* color_ = nullptr;
    QDoubleSpinBox* volume_ = nullptr;
    QSlider* volumeSlider_ = nullptr;
    QDoubleSpinBox* fadeIn_ = nullptr;
    QDoubleSpinBox* fadeOut_ = nullptr;
    QDoubleSpinBox* speed_ = nullptr;
    QWidget* pictureGroup_ = nullptr;
    QGroupBox* soundGroup_ = nullptr;
    VoiceInspector* voicePage_ = nullptr;
    QPushButton* keyframe_ = nullptr;
    TextInspector* textPage_ = nullptr;
    EffectsInspector* effectsPage_ = nullptr;
    TransitionInspector* transitionPage_ = nullptr;
    TimeInspector* timePage_ = nullptr;
    QScrollArea* scroll_ = nullptr;
    QWidget* page_ = nullptr;
    QLayout* backgroundRow_ = nullptr;
    QLayout* volumeRow_ = nullptr;
    MediaPool media_; // probes only: what kind of media the selected clip shows
    Time playhead_{0};
};

} // namespace reelcut::gui
