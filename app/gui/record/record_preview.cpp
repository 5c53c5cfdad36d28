#include "record/record_preview.h"

#include "window/gui_util.h"
#include "window/theme.h"

#include <QDateTime>
#include <QPainter>
#include <QPainterPath>
#include <cmath>

namespace reelcut::gui {

RecordPreview::RecordPreview(QWidget* parent) : QWidget(parent) {
    setMinimumSize(180, 320);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void RecordPreview::showFrame(const QImage& frame, const Recorder::Status& status) {
    frame_ = frame;
    status_ = status;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    ++framesInWindow_;
    if (now - windowStartMs_ >= 1000) {
        fps_ = windowStartMs_ == 0 ? 0 : framesInWindow_ * 1000.0 / double(now - windowStartMs_);
        windowStartMs_ = now;
        framesInWindow_ = 0;
    }
    update();
}

void RecordPreview::setMessage(const QString& text) {
    message_ = text;
    update();
}

void RecordPreview::paintEvent(QPaintEvent*) {
    QPainter p(this);
    p.fillRect(rect(), colors::panelDark);
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::SmoothPixmapTransform);
    // The take's shape (9:16), as large as fits.
    const QSizeF shape = frame_.isNull() ? QSizeF(9, 16) : QSizeF(frame_.size());
    const QSizeF fitted = shape.scaled(QSizeF(size()) - QSizeF(16, 16), Qt::KeepAspectRatio);
    const QRectF area(QPointF((width() - fitted.width()) / 2, (height() - fitted.height()) / 2),
                      fitted);
    p.fillRect(area, Qt::black);
    if (!message_.isEmpty()) {
        p.setPen(colors::textDim);
        p.drawRoundedRect(area.adjusted(0.5, 0.5, -0.5, -0.5), 6, 6);
        QFont f = font();
        f.setPointSizeF(f.pointSizeF() * 1.15);
        p.setFont(f);
        p.setPen(colors::text);
        p.drawText(area.adjusted(20, 20, -20, -20), Qt::AlignCenter | Qt::TextWordWrap, message_);
        return;
    }
    if (!frame_.isNull()) {
        p.drawImage(area, frame_);
    }
    if (status_.state == Recorder::State::Countdown) {
        QFont f = font();
        f.setPixelSize(int(area.height() / 4));
        f.setBold(true);
        p.setFont(f);
        const QString left = QString::number(int(std::ceil(std::max(0.0, status_.countdownLeft))));
        p.setPen(QColor(0, 0, 0, 140)); // a shadow, so it reads over a white wall too
        p.drawText(area.translated(3, 3), Qt::AlignCenter, left);
        p.setPen(QColor(255, 255, 255, 235));
        p.drawText(area, Qt::AlignCenter, left);
    } else if (status_.state == Recorder::State::Recording) {
        // A red dot and the time, and a progress bar along the top as TikTok shows it.
        const double total = status_.length > 0 ? status_.length : 0;
        if (total > 0) {
            const QRectF bar(area.left() + 8, area.top() + 8, area.width() - 16, 5);
            p.fillRect(bar, QColor(255, 255, 255, 90));
            QRectF done = bar;
            done.setWidth(bar.width() * std::min(1.0, status_.recorded / total));
            p.fillRect(done, colors::accent);
        }
        const QString text = total > 0 ? QStringLiteral("%1 / %2").arg(
                                             shortDuration(status_.recorded), shortDuration(total))
                                       : shortDuration(status_.recorded);
        // On a dark pill, so it reads over any picture.
        const QRectF pill(area.left() + 10, area.top() + 18,
                          fontMetrics().horizontalAdvance(text) + 36, fontMetrics().height() + 8);
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(0, 0, 0, 150));
        p.drawRoundedRect(pill, pill.height() / 2, pill.height() / 2);
        p.setBrush(colors::accent);
        p.drawEllipse(QPointF(pill.left() + 13, pill.center().y()), 5, 5);
        p.setPen(Qt::white);
        p.drawText(pill.adjusted(24, 0, 0, 0), Qt::AlignVCenter | Qt::AlignLeft, text);
    }
}

} // namespace reelcut::gui
