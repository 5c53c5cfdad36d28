#include "inspector/inspector_widgets.h"

#include <QColorDialog>
#include <QDoubleSpinBox>
#include <QPushButton>

namespace reelcut::gui {

QDoubleSpinBox* makeSpin(QWidget* parent, double min, double max, double step, int decimals,
                         const QString& suffix) {
    auto* s = new QDoubleSpinBox(parent);
    s->setRange(min, max);
    s->setSingleStep(step);
    s->setDecimals(decimals);
    s->setSuffix(suffix);
    // A typed value is committed on Enter or focus-out, so typing "75" is one step, not two.
    s->setKeyboardTracking(false);
    s->setAccelerated(true);
    // Arrow buttons would crowd the narrow panel; wheel, arrow keys and typing still work.
    // No fixed minimum width: the box's own size hint fits its longest value ("100 %"),
    // so a narrow panel stacks the row instead of cutting the number off.
    s->setButtonSymbols(QAbstractSpinBox::NoButtons);
    return s;
}

QPushButton* makeColorButton(QWidget* parent, const QString& toolTip) {
    auto* b = new QPushButton(parent);
    b->setToolTip(toolTip);
    b->setFixedHeight(22);
    return b;
}

void setSwatch(QPushButton* b, std::uint32_t argb) {
    const QColor c = QColor::fromRgba(argb);
    // Transparent shows as a struck-through box: "none".
    b->setText(c.alpha() == 0 ? QStringLiteral("\u2205") : QString());
    b->setStyleSheet(
        QStringLiteral("background: %1; border: 1px solid #3a3a46; min-width: 36px; color: #ccc;")
            .arg(c.alpha() == 0 ? QStringLiteral("transparent") : c.name(QColor::HexRgb)));
}

bool pickColor(QWidget* parent, const QString& title, std::uint32_t& argb) {
    const QColor chosen = QColorDialog::getColor(QColor::fromRgba(argb), parent, title,
                                                 QColorDialog::ShowAlphaChannel);
    if (!chosen.isValid()) {
        return false;
    }
    argb = chosen.rgba();
    return true;
}

} // namespace reelcut::gui
