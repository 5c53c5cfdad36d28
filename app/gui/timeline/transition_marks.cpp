#include "timeline/transition_marks.h"

#include "window/theme.h"

#include <QPainter>
#include <QPainterPath>

namespace reelcut::gui {

void paintTransitionMark(QPainter& p, const QRect& rect, const QString& name, bool selected) {
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QPen(selected ? colors::accent : QColor(255, 255, 255, 200), selected ? 2 : 1));
    p.setBrush(QColor(20, 20, 28, 215));
    p.drawRoundedRect(QRectF(rect).adjusted(0.5, 0.5, -0.5, -0.5), 5, 5);
    // Two triangles meeting in the middle: the classic transition mark.
    const QPointF c = QRectF(rect).center();
    const double s = std::min(6.0, rect.height() / 4.0);
    QPainterPath bowtie;
    bowtie.moveTo(c.x() - s, c.y() - s);
    bowtie.lineTo(c.x(), c.y());
    bowtie.lineTo(c.x() - s, c.y() + s);
    bowtie.closeSubpath();
    bowtie.moveTo(c.x() + s, c.y() - s);
    bowtie.lineTo(c.x(), c.y());
    bowtie.lineTo(c.x() + s, c.y() + s);
    bowtie.closeSubpath();
    p.setPen(Qt::NoPen);
    p.setBrush(selected ? colors::accent : colors::accent2);
    p.drawPath(bowtie);
    if (rect.width() > 70 && rect.height() >= 30) {
        QFont f = p.font();
        f.setPointSizeF(7.5);
        p.setFont(f);
        p.setPen(QColor(230, 230, 236));
        const QRect text(rect.left() + 4, rect.bottom() - 14, rect.width() - 8, 12);
        p.drawText(text, Qt::AlignCenter,
                   p.fontMetrics().elidedText(name, Qt::ElideRight, text.width()));
    }
    // The duration handles.
    p.setPen(QPen(QColor(255, 255, 255, 140), 2, Qt::SolidLine, Qt::RoundCap));
    const int h = rect.height() / 4;
    p.drawLine(QPointF(rect.left() + 3, c.y() - h), QPointF(rect.left() + 3, c.y() + h));
    p.drawLine(QPointF(rect.right() - 2, c.y() - h), QPointF(rect.right() - 2, c.y() + h));
    p.restore();
}

void paintCutTarget(QPainter& p, int x, const QRect& lane) {
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QPen(colors::accent2, 2));
    p.setBrush(QColor(34, 211, 238, 70));
    p.drawRoundedRect(QRectF(x - 12, lane.top() + 4, 24, lane.height() - 8), 5, 5);
    p.restore();
}

} // namespace reelcut::gui
