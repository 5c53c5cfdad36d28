#pragma once

#include "effect/effect.h"

#include <QWidget>
#include <functional>
#include <map>
#include <string>

class QFormLayout;
class QToolButton;

namespace reelcut::gui {

// Editors generated from a descriptor's typed parameters, as MLT's UIs are: a slider and
// a box for numbers, a check box for toggles, a swatch for colours, a list for choices
// (stored by id), a file field with "Choose..." for files, a line for text, x/y boxes
// for points. A change calls `set(param, value, mergeKey)`; a slider drag passes one
// merge key for the whole drag, so it is one undo step.
class ParamForm : public QWidget {
    Q_OBJECT
public:
    using SetFn =
        std::function<void(const std::string& param, const ParamValue& value, int mergeKey)>;
    // Adds (on) or removes (off) the key of `param` at the playhead.
    using KeyFn = std::function<void(const std::string& param, bool on)>;
    // Starts picking the colour of `param` from the preview.
    using PickFn = std::function<void(const std::string& param)>;

    // With `key`, animatable numbers get a diamond button that keys them at the playhead;
    // without, keyed parameters are shown read-only.
    ParamForm(const EffectDescriptor& descriptor, SetFn set, KeyFn key = {},
              QWidget* parent = nullptr);

    enum class KeyState { None, Keyed, KeyHere }; // not animated / animated / a key at the playhead
    // Shows `values` (defaults where missing) without emitting.
    void showValues(const ParamValues& values, const std::map<std::string, KeyState>& keys = {});
    QWidget* editor(const std::string& param) const;
    QWidget* keyButton(const std::string& param) const;
    // Colours get an eyedropper button that calls `pick` (none: no button).
    void setColorPicker(PickFn pick);
    QToolButton* pickButton(const std::string& param) const;

private:
    void addNumber(QFormLayout* form, const ParamDescriptor& d);
    void addFile(QFormLayout* form, const ParamDescriptor& d);
    void addPoint(QFormLayout* form, const ParamDescriptor& d);

    const EffectDescriptor& descriptor_;
    SetFn set_;
    KeyFn key_;
    PickFn pick_;
    std::map<std::string, std::function<void(const ParamValue&)>> setters_;
    std::map<std::string, QWidget*> editors_;
    std::map<std::string, QToolButton*> keyButtons_;
    std::map<std::string, QToolButton*> pickButtons_;
    int dragSession_ = 0;
};

} // namespace reelcut::gui
