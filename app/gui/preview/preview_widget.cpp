#include "preview/preview_widget.h"

#include "window/gui_util.h"
#include "window/theme.h"

#include <QCoreApplication>
#include <QPainter>
#include <QPainterPath>
#include <cmath>

namespace reelcut::gui {

PreviewWidget::PreviewWidget(QWidget* parent) : QWidget(parent) {
    setMinimumSize(200, 200);
    setAttribute(Qt::WA_OpaquePaintEvent);
    worker_ = new PreviewWorker;
    worker_->moveToThread(&thread_);
    connect(&thread_, &QThread::finished, worker_, &QObject::deleteLater);
    connect(worker_, &PreviewWorker::frameReady, this, &PreviewWidget::onFrame,
            Qt::QueuedConnection);
    thread_.setObjectName(QStringLiteral("preview"));
    thread_.start();
    clock_.start();
}

PreviewWidget::~PreviewWidget() {
    thread_.quit();
    thread_.wait();
}

void PreviewWidget::setMaxRenderSide(int pixels) {
    maxSide_ = std::max(64, pixels);
}

QRect PreviewWidget::canvasRect() const {
    const int w = project_ ? project_->width : 1080;
    const int h = project_ ? project_->height : 1920;
    const QRect area = rect().adjusted(6, 6, -6, -6);
    const QSize s = QSize(w, h).scaled(area.size(), Qt::KeepAspectRatio);
    return QRect(area.center() - QPoint(s.width() / 2, s.height() / 2), s);
}

QSize PreviewWidget::renderSize() const {
    if (!project_) {
        return {};
    }
    // Render at what the screen shows (device pixels), never above the canvas or the cap.
    const QSize shown = canvasRect().size() * devicePixelRatioF();
    QSize s = QSize(project_->width, project_->height).scaled(shown, Qt::KeepAspectRatio);
    s = s.boundedTo(QSize(project_->width, project_->height));
    if (std::max(s.width(), s.height()) > maxSide_) {
        s = s.scaled(maxSide_, maxSide_, Qt::KeepAspectRatio);
    }
    // Widths in whole multiples of 16 pixels: the core's swscale SIMD path writes past the
    // end of rows of other widths (seen with valgrind at 538 and 540 pixels; reported).
    const int w = std::max(16, (s.width() + 8) / 16 * 16);
    const int h =
        static_cast<int>(std::lround(static_cast<double>(w) * project_->height / project_->width));
    return QSize(w, std::max(2, h & ~1));
}

void PreviewWidget::showFrame(std::shared_ptr<const Project> project, std::int64_t frame) {
    project_ = std::move(project);
    requestedFrame_ = frame;
    ++requests_;
    worker_->request(project_, frame, renderSize());
}

void PreviewWidget::resizeEvent(QResizeEvent* event) {
    QWidget::resizeEvent(event);
    if (project_) {
        worker_->request(project_, requestedFrame_, renderSize());
    }
}

void PreviewWidget::onFrame(const PreviewFrame& frame) {
    image_ = frame.image;
    shownFrame_ = frame.frame;
    lastRenderMs_ = frame.renderMs;
    ++shown_;
    const qint64 now = clock_.elapsed();
    shownTimes_.push_back(now);
    while (!shownTimes_.empty() && shownTimes_.front() < now - 1000) {
        shownTimes_.pop_front();
    }
    if (frame.problems != lastProblems_) {
        lastProblems_ = frame.problems;
        if (!frame.problems.isEmpty()) {
            Q_EMIT mediaProblems(frame.problems);
        }
    }
    update();
    Q_EMIT frameShown(frame.frame);
}

double PreviewWidget::achievedFps() const {
    if (shownTimes_.size() < 2) {
        return 0;
    }
    const double span = static_cast<double>(shownTimes_.back() - shownTimes_.front()) / 1000.0;
    return span > 0 ? static_cast<double>(shownTimes_.size() - 1) / span : 0;
}

void PreviewWidget::setSafeZone(std::optional<Preset> preset) {
    safeZone_ = std::move(preset);
    update();
}

void PreviewWidget::setAnalysisDir(const QString& dir) {
    worker_->setAnalysisDir(dir.toStdString());
    if (project_) {
        worker_->request(project_, requestedFrame_, renderSize());
    }
}

void PreviewWidget::setDebugOverlay(bool on) {
    debug_ = on;
    update();
}

void PreviewWidget::paintEvent(QPaintEvent*) {
    QPainter p(this);
    p.fillRect(rect(), colors::panelDark);
    const QRect canvas = canvasRect();
    if (image_.isNull()) {
        p.fillRect(canvas, Qt::black);
    } else {
        p.setRenderHint(QPainter::SmoothPixmapTransform);
        p.drawImage(canvas, image_);
    }
    if (safeZone_) {
        const SafeZone& z = safeZone_->safeZone;
        const QRectF safe(
            canvas.left() + z.left * canvas.width(), canvas.top() + z.top * canvas.height(),
            canvas.width() * (1 - z.left - z.right), canvas.height() * (1 - z.top - z.bottom));
        QPainterPath outside;
        outside.addRect(canvas);
        QPainterPath inside;
        inside.addRect(safe);
        p.fillPath(outside.subtracted(inside), QColor(255, 61, 113, 55));
        p.setPen(QPen(QColor(255, 255, 255, 200), 1, Qt::DashLine));
        p.drawRect(safe);
        p.setPen(Qt::white);
        QFont f = font();
        f.setPointSizeF(8);
        p.setFont(f);
        p.drawText(
            safe.adjusted(4, 2, -4, -2), Qt::AlignTop | Qt::AlignLeft,
            tr("%1 safe zone").arg(QCoreApplication::translate("Preset", safeZone_->name.c_str())));
    }
    if (debug_) {
        const QString text = tr("%1 fps  |  render %2 ms  |  %3x%4  |  frame %5  |  dropped %6")
                                 .arg(achievedFps(), 0, 'f', 1)
                                 .arg(lastRenderMs_, 0, 'f', 1)
                                 .arg(image_.width())
                                 .arg(image_.height())
                                 .arg(shownFrame_)
                                 .arg(requests_ > shown_ ? requests_ - shown_ : 0);
        QFont f(QStringLiteral("monospace"));
        f.setPointSizeF(8);
        p.setFont(f);
        const QRect box = p.fontMetrics().boundingRect(text).adjusted(-6, -3, 6, 3);
        const QRect at(canvas.left() + 6, canvas.top() + 6, box.width(), box.height());
        p.fillRect(at, QColor(0, 0, 0, 170));
        p.setPen(QColor(120, 255, 160));
        p.drawText(at, Qt::AlignCenter, text);
    }
}

} // namespace reelcut::gui
