#pragma once

#include "inspector/inspector_widgets.h"

#include <QGroupBox>
#include <QPointer>
#include <map>
#include <string>
#include <vector>

class QVBoxLayout;

namespace reelcut::gui {

// The selected clip's effects: each with an on/off box, a remove button and editors
// generated from its parameter descriptors (number: slider and box in [min, max];
// toggle: check box; colour: swatch storing ARGB).
class EffectsInspector : public QGroupBox {
    Q_OBJECT
public:
    EffectsInspector(ClipEditFn edit, QWidget* parent = nullptr);

    void showClip(const Clip& clip);
    // The editor of parameter `param` of effect number `index` (for tests).
    QWidget* paramEditor(std::size_t index, const std::string& param) const;

private:
    void rebuild(const Clip& clip);
    QWidget* buildEffect(std::size_t index, const EffectInstance& fx);
    void setParam(std::size_t index, const std::string& param, double value, int mergeKey);

    ClipEditFn edit_;
    QVBoxLayout* layout_ = nullptr;
    QPointer<QWidget> content_;
    std::vector<std::string> shownTypes_; // what the widgets were built for
    // Per effect and parameter: a setter that shows a value without emitting.
    std::vector<std::map<std::string, std::function<void(double)>>> setters_;
    std::vector<std::map<std::string, QWidget*>> editors_;
    std::vector<std::function<void(bool)>> enabledSetters_;
    int dragSession_ = 0;
};

} // namespace reelcut::gui
