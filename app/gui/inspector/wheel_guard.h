#pragma once

#include <QObject>
#include <QPointer>

class QAbstractScrollArea;
class QWidget;

namespace reelcut::gui {

// The mouse wheel over a panel full of fields scrolls the panel: a combo box, spin box or
// slider under the pointer changes its value by the wheel only while it has the keyboard
// focus (clicked or tabbed into), so scrolling past the font box never switches the font.
// Watches the whole application for fields inside `root`, including ones built later
// (effect parameters).
class WheelGuard : public QObject {
    Q_OBJECT
public:
    WheelGuard(QWidget* root, QAbstractScrollArea* scrollArea);
    ~WheelGuard() override;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QWidget* fieldFor(QObject* watched) const;

    QPointer<QWidget> root_;
    QPointer<QAbstractScrollArea> scroll_;
};

} // namespace reelcut::gui
