#include "inspector/wheel_guard.h"

#include <QAbstractScrollArea>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QEvent>
#include <QScrollBar>
#include <QWheelEvent>

namespace reelcut::gui {

WheelGuard::WheelGuard(QWidget* root, QAbstractScrollArea* scrollArea)
    : QObject(root), root_(root), scroll_(scrollArea) {
    qApp->installEventFilter(this);
}

WheelGuard::~WheelGuard() {
    qApp->removeEventFilter(this);
}

QWidget* WheelGuard::fieldFor(QObject* watched) const {
    // The field itself, or the line edit inside a spin box or editable combo.
    for (QObject* o = watched; o != nullptr; o = o->parent()) {
        auto* w = qobject_cast<QWidget*>(o);
        if (w == nullptr || w == root_) {
            return nullptr;
        }
        if (qobject_cast<QAbstractSpinBox*>(w) != nullptr ||
            qobject_cast<QComboBox*>(w) != nullptr ||
            (qobject_cast<QAbstractSlider*>(w) != nullptr &&
             qobject_cast<QScrollBar*>(w) == nullptr)) {
            return root_ != nullptr && root_->isAncestorOf(w) ? w : nullptr;
        }
        if (w->isWindow()) {
            return nullptr;
        }
    }
    return nullptr;
}

bool WheelGuard::eventFilter(QObject* watched, QEvent* event) {
    const QEvent::Type type = event->type();
    if (type != QEvent::Wheel && type != QEvent::Polish) {
        return false;
    }
    QWidget* field = fieldFor(watched);
    if (field == nullptr) {
        return false;
    }
    if (type == QEvent::Polish) {
        // Qt's default (WheelFocus) would hand the field the focus on the first wheel turn.
        field->setFocusPolicy(Qt::StrongFocus);
        return false;
    }
    if (field->hasFocus() || scroll_ == nullptr) {
        return false;
    }
    // Not focused: the wheel scrolls the panel instead.
    QApplication::sendEvent(scroll_->verticalScrollBar(), event);
    return true;
}

} // namespace reelcut::gui
