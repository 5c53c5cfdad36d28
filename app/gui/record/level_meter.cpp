#include "record/level_meter.h"

#include <QPainter>
#include <algorithm>

namespace reelcut::gui {

namespace {

constexpr float kFloorDb = -60;

double fraction(float db) {
    return std::clamp((db - kFloorDb) / -kFloorDb, 0.0f, 1.0f);
}

} // namespace

LevelMeter::LevelMeter(QWidget* parent) : QWidget(parent) {
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setAccessibleName(tr("Microphone level"));
}

void LevelMeter::setLevel(const SoundLevel& level) {
    level_ = level;
    if (level.peakDb >= heldPeak_ || !heldSince_.isValid() || heldSince_.elapsed() > 1000) {
        heldPeak_ = level.peakDb;
        heldSince_.start();
    }
    update();
}

void LevelMeter::paintEvent(QPaintEvent*) {
    QPainter p(this);
    const QRectF r = QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5);
    p.fillRect(r, QColor(30, 30, 34));
    const double w = r.width();
    const double bar = fraction(level_.rmsDb) * w;
    // Zones drawn up to the bar's end, so the colour says how loud, not just the length.
    const struct {
        float fromDb;
        float toDb;
        QColor colour;
    } zones[] = {{kFloorDb, -18, QColor(70, 190, 90)},
                 {-18, -6, QColor(230, 200, 60)},
                 {-6, 0, QColor(225, 70, 60)}};
    for (const auto& z : zones) {
        const double from = fraction(z.fromDb) * w;
        const double to = std::min(fraction(z.toDb) * w, bar);
        if (to > from) {
            p.fillRect(QRectF(r.left() + from, r.top() + 1, to - from, r.height() - 2), z.colour);
        }
    }
    if (heldPeak_ > kFloorDb) {
        const double x = r.left() + fraction(heldPeak_) * w;
        p.setPen(QPen(heldPeak_ > -1 ? QColor(255, 90, 80) : QColor(235, 235, 235), 2));
        p.drawLine(QPointF(x, r.top()), QPointF(x, r.bottom()));
    }
    p.setPen(QColor(90, 90, 96));
    p.drawRect(r);
}

} // namespace reelcut::gui
