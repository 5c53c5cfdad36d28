#include "timeline/timeline_ruler.h"

#include "window/theme.h"

#include <QPainter>
#include <QPainterPath>
#include <array>
#include <cmath>

namespace reelcut::gui {

namespace {

QString label(double seconds, bool withFrames, double fps) {
    const auto whole = static_cast<long long>(std::floor(seconds + 1e-9));
    QString text = QStringLiteral("%1:%2").arg(whole / 60).arg(whole % 60, 2, 10, QLatin1Char('0'));
    if (withFrames) {
        const auto frame = static_cast<long long>(std::llround((seconds - whole) * fps));
        text += QStringLiteral(".%1f").arg(frame, 2, 10, QLatin1Char('0'));
    }
    return text;
}

} // namespace

void paintRuler(QPainter& p, const QRect& area, const TimeScale& scale, const FrameRate& rate,
                double playheadSeconds) {
    p.fillRect(area, colors::panelDark);
    p.setPen(colors::border);
    p.drawLine(area.bottomLeft(), area.bottomRight());

    const double fps = rate.toDouble();
    const double frame = 1.0 / fps;
    // Major steps from one frame to ten minutes; pick the first that leaves room for text.
    const std::array<double, 14> steps{frame, 2 * frame, 5 * frame, 10 * frame, 0.5, 1,   2,
                                       5,     10,        15,        30,         60,  120, 600};
    double major = steps.back();
    for (double s : steps) {
        if (s * scale.pixelsPerSecond >= 90) {
            major = s;
            break;
        }
    }
    const bool withFrames = major < 0.999;
    const double minor = major / (withFrames && major <= 2 * frame ? 1 : 5);
    const double first = std::floor(scale.seconds(area.left()) / major) * major;
    const double last = scale.seconds(area.right());

    QFont f = p.font();
    f.setPointSizeF(8);
    p.setFont(f);
    for (double t = std::max(0.0, first); t <= last; t += minor) {
        const double x = std::round(scale.x(t)) + 0.5;
        const double ratio = t / major;
        const bool isMajor = std::abs(ratio - std::round(ratio)) < 1e-6;
        p.setPen(isMajor ? colors::textDim : colors::border.lighter(140));
        p.drawLine(QPointF(x, area.bottom() - (isMajor ? 10 : 5)), QPointF(x, area.bottom()));
        if (isMajor) {
            p.setPen(colors::textDim);
            p.drawText(QPointF(x + 4, area.top() + 13), label(t, withFrames, fps));
        }
    }

    // The playhead's head: a rounded tab on the ruler, the line is drawn over the tracks.
    const double px = scale.x(playheadSeconds);
    if (px >= area.left() - 8 && px <= area.right() + 8) {
        QPainterPath head;
        head.addRoundedRect(QRectF(px - 6, area.bottom() - 14, 12, 10), 3, 3);
        head.moveTo(px - 6, area.bottom() - 6);
        head.lineTo(px, area.bottom());
        head.lineTo(px + 6, area.bottom() - 6);
        p.setRenderHint(QPainter::Antialiasing);
        p.setPen(Qt::NoPen);
        p.setBrush(colors::accent);
        p.drawPath(head.simplified());
        p.setRenderHint(QPainter::Antialiasing, false);
    }
}

} // namespace reelcut::gui
