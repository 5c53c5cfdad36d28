#pragma once

#include "inspector/inspector_widgets.h"
#include "inspector/param_form.h"

#include <QGroupBox>
#include <QPointer>
#include <string>
#include <vector>

class QVBoxLayout;

namespace reelcut::gui {

// The selected clip's effects: each with an on/off box, a remove button and editors
// generated from its typed parameter descriptors (ParamForm). Animatable numbers have a
// keyframe diamond: once a value is keyed, changing it changes (or adds) the key at the
// playhead, as in CapCut.
class EffectsInspector : public QGroupBox {
    Q_OBJECT
public:
    EffectsInspector(ClipEditFn edit, QWidget* parent = nullptr);

    void showClip(const Clip& clip);
    // Timeline time of the playhead: where keys are added and which value shows.
    void setPlayheadTime(const Time& t) { playhead_ = t; }
    // The editor of parameter `param` of effect number `index` (for tests).
    QWidget* paramEditor(std::size_t index, const std::string& param) const;
    QWidget* keyButton(std::size_t index, const std::string& param) const;
    QWidget* pickButton(std::size_t index, const std::string& param) const;

Q_SIGNALS:
    // The eyedropper of colour `param` of effect number `index` was pressed: the owner
    // lets the user click the colour on the preview.
    void colorPickRequested(int index, const QString& param);

private:
    void rebuild(const Clip& clip);
    QWidget* buildEffect(std::size_t index, const EffectInstance& fx);
    void setParam(std::size_t index, const std::string& param, ParamValue value, int mergeKey);
    void toggleKey(std::size_t index, const std::string& param, bool on);
    // Time since the shown clip's start of the playhead, inside the clip.
    Time since() const;

    ClipEditFn edit_;
    QVBoxLayout* layout_ = nullptr;
    QPointer<QWidget> content_;
    std::vector<std::string> shownTypes_; // what the widgets were built for
    std::vector<QPointer<ParamForm>> forms_;
    std::vector<std::function<void(bool)>> enabledSetters_;
    Time playhead_{0};
    Time clipStart_{0};
    Time clipDuration_{0};
    bool clipKeyed_ = false;
};

} // namespace reelcut::gui
