#pragma once

// Editors shared by the inspector's pages.

#include "model/clip.h"

#include <QString>
#include <functional>

class QDoubleSpinBox;
class QPushButton;
class QWidget;

namespace reelcut::gui {

// How a page changes the selected clip: one undoable edit named `text`; edits with the
// same mergeKey (>= 0) merge into one undo step.
using ClipEditFn = std::function<void(const QString& text, const std::function<void(Clip&)>& change,
                                      int mergeKey)>;

// A compact spin box that commits on Enter or focus-out (typing "75" is one step).
QDoubleSpinBox* makeSpin(QWidget* parent, double min, double max, double step, int decimals,
                         const QString& suffix = {});
// A flat button showing a colour swatch.
QPushButton* makeColorButton(QWidget* parent, const QString& toolTip);
void setSwatch(QPushButton* button, std::uint32_t argb);
// Asks for a colour (with alpha); returns false if the user cancelled.
bool pickColor(QWidget* parent, const QString& title, std::uint32_t& argb);

} // namespace reelcut::gui
