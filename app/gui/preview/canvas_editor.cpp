#include "preview/canvas_editor.h"

#include "commands/project_document.h"
#include "model/edits.h"
#include "model/placement.h"
#include "preview/preview_widget.h"
#include "render/at_rest.h"
#include "window/theme.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPlainTextEdit>
#include <cmath>
#include <numbers>

namespace reelcut::gui {

namespace {

constexpr double kHandleRadius = 7;    // widget pixels; what the mouse can grab
constexpr double kRotateDistance = 26; // the rotate handle's distance above the box
constexpr double kMinScale = 0.05;
constexpr int kDragThreshold = 3;
// Merge keys of preview gestures; apart from the inspector's (which stay below 2^30).
constexpr int kMergeBase = 0x40000000;

// A change to where a clip sits, applied to its transform and, when it is animated by
// keyframes, to every key, so the whole motion moves, grows or turns with it.
struct TransformDelta {
    double dx = 0;
    double dy = 0;
    double scale = 1;
    double rotation = 0;
};

void applyDelta(Transform& t, const TransformDelta& d) {
    t.x += d.dx;
    t.y += d.dy;
    t.scale = std::max(kMinScale, t.scale * d.scale);
    t.rotation += d.rotation;
    // Keep angles readable in the inspector (-180..180].
    t.rotation = std::remainder(t.rotation, 360.0);
}

Clip withDelta(const Clip& original, const TransformDelta& d) {
    Clip c = original;
    applyDelta(c.transform, d);
    for (TransformKey& k : c.keyframes) {
        applyDelta(k.value, d);
    }
    return c;
}

double degrees(double radians) {
    return radians * 180.0 / std::numbers::pi;
}

} // namespace

CanvasEditor::CanvasEditor(ProjectDocument& doc, PreviewWidget* preview)
    : QWidget(preview), doc_(doc), preview_(preview) {
    setMouseTracking(true);
    setGeometry(preview->rect());
    preview->installEventFilter(this);
    connect(&doc_, &ProjectDocument::changed, this, [this] {
        if (doc_.project().findClip(selected_).second == nullptr) {
            selected_ = 0;
        }
        update();
    });
}

void CanvasEditor::setTime(const Time& t) {
    time_ = t;
    update();
}

void CanvasEditor::setAtRest(bool atRest) {
    atRest_ = atRest;
    update();
}

void CanvasEditor::setSelectedClip(ObjectId clip) {
    if (clip != selected_ && textEdit_ != nullptr) {
        finishTextEdit(true);
    }
    selected_ = clip;
    update();
}

double CanvasEditor::pixelsPerCanvasPixel() const {
    const int w = std::max(1, doc_.project().width);
    return static_cast<double>(preview_->canvasRect().width()) / w;
}

QPointF CanvasEditor::canvasToWidget(const QPointF& p) const {
    return QPointF(preview_->canvasRect().topLeft()) + p * pixelsPerCanvasPixel();
}

QPointF CanvasEditor::widgetToCanvas(const QPointF& p) const {
    return (p - QPointF(preview_->canvasRect().topLeft())) / pixelsPerCanvasPixel();
}

std::optional<CanvasBox> CanvasEditor::selectedBox() {
    const auto [track, clip] = doc_.project().findClip(selected_);
    if (clip == nullptr || !isCanvasEditable(*track)) {
        return std::nullopt;
    }
    return geometry_.boxAt(doc_.project(), atRest_ ? clipAtRest(*clip) : *clip, time_);
}

std::optional<QPolygonF> CanvasEditor::selectionPolygon() {
    const auto box = selectedBox();
    if (!box) {
        return std::nullopt;
    }
    QPolygonF out;
    for (const QPointF& p : box->polygon()) {
        out << canvasToWidget(p);
    }
    return out;
}

QPointF CanvasEditor::handlePosition(Handle handle) {
    const auto poly = selectionPolygon();
    if (!poly) {
        return {};
    }
    switch (handle) {
    case Handle::TopLeft:
        return (*poly)[0];
    case Handle::TopRight:
        return (*poly)[1];
    case Handle::BottomRight:
        return (*poly)[2];
    case Handle::BottomLeft:
        return (*poly)[3];
    case Handle::Rotate: {
        const QPointF top = ((*poly)[0] + (*poly)[1]) / 2;
        const QPointF centre = ((*poly)[0] + (*poly)[2]) / 2;
        const QPointF up = top - centre;
        const double len = std::hypot(up.x(), up.y());
        return len > 0 ? top + up / len * kRotateDistance : top - QPointF(0, kRotateDistance);
    }
    case Handle::Body:
        return ((*poly)[0] + (*poly)[2]) / 2;
    case Handle::None:
        break;
    }
    return {};
}

CanvasEditor::Handle CanvasEditor::handleAt(const QPointF& p) {
    if (!selectionPolygon()) {
        return Handle::None;
    }
    for (Handle h : {Handle::Rotate, Handle::TopLeft, Handle::TopRight, Handle::BottomRight,
                     Handle::BottomLeft}) {
        const QPointF d = handlePosition(h) - p;
        if (std::hypot(d.x(), d.y()) <= kHandleRadius + 2) {
            return h;
        }
    }
    const auto box = selectedBox();
    return box && box->contains(widgetToCanvas(p)) ? Handle::Body : Handle::None;
}

void CanvasEditor::paintEvent(QPaintEvent*) {
    if (pickDone_) {
        QPainter p(this);
        const QString hint = tr("Click the colour on the picture (Esc cancels)");
        const QRect band(0, 0, width(), fontMetrics().height() + 12);
        p.fillRect(band, QColor(0, 0, 0, 170));
        p.setPen(Qt::white);
        p.drawText(band, Qt::AlignCenter, hint);
        return;
    }
    const auto poly = selectionPolygon();
    if (!poly) {
        return;
    }
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QPen(Qt::white, 1.5));
    p.setBrush(Qt::NoBrush);
    p.drawPolygon(*poly);
    const QPointF rotate = handlePosition(Handle::Rotate);
    p.drawLine(((*poly)[0] + (*poly)[1]) / 2, rotate);
    p.setPen(QPen(colors::accent, 2));
    p.setBrush(Qt::white);
    for (const QPointF& corner : *poly) {
        p.drawRect(QRectF(corner - QPointF(kHandleRadius - 2, kHandleRadius - 2),
                          QSizeF(2 * kHandleRadius - 4, 2 * kHandleRadius - 4)));
    }
    p.drawEllipse(rotate, kHandleRadius - 1, kHandleRadius - 1);
}

void CanvasEditor::startColorPick(PickDone done) {
    pickDone_ = std::move(done);
    setCursor(Qt::CrossCursor);
    setFocusPolicy(Qt::StrongFocus);
    setFocus(Qt::OtherFocusReason);
    update();
}

void CanvasEditor::cancelColorPick() {
    pickDone_ = nullptr;
    unsetCursor();
    update();
}

void CanvasEditor::keyPressEvent(QKeyEvent* event) {
    if (pickDone_ && event->key() == Qt::Key_Escape) {
        cancelColorPick();
        event->accept();
        return;
    }
    QWidget::keyPressEvent(event);
}

void CanvasEditor::mousePressEvent(QMouseEvent* event) {
    if (pickDone_) {
        // Picking: a left click on the picture takes its colour, anything else cancels.
        const QPointF canvas = widgetToCanvas(event->position());
        const Project& p = doc_.project();
        // Ended before the callback runs (it may start another pick); the cursor goes back.
        const PickDone done = pickDone_;
        cancelColorPick();
        if (event->button() == Qt::LeftButton && canvas.x() >= 0 && canvas.y() >= 0 &&
            canvas.x() < p.width && canvas.y() < p.height) {
            done(canvas);
        }
        return;
    }
    if (event->button() != Qt::LeftButton) {
        return;
    }
    if (textEdit_ != nullptr) {
        finishTextEdit(true);
    }
    const QPointF pos = event->position();
    Handle handle = handleAt(pos);
    if (handle == Handle::None) {
        const ObjectId hit = geometry_.clipAt(doc_.project(), time_, widgetToCanvas(pos));
        selected_ = hit;
        Q_EMIT clipClicked(hit);
        update();
        handle = hit != 0 ? Handle::Body : Handle::None;
    }
    const auto box = selectedBox();
    const Clip* clip = doc_.project().findClip(selected_).second;
    if (handle == Handle::None || !box || clip == nullptr) {
        gesture_ = {};
        return;
    }
    gesture_ =
        Gesture{handle, widgetToCanvas(pos), *box, *clip, false, kMergeBase + ++gestureCount_};
}

void CanvasEditor::mouseMoveEvent(QMouseEvent* event) {
    const QPointF pos = event->position();
    if (pickDone_) {
        return; // the cross stays while picking
    }
    if (gesture_.handle == Handle::None) {
        const Handle h = handleAt(pos);
        setCursor(h == Handle::Body                                  ? Qt::SizeAllCursor
                  : h == Handle::Rotate                              ? Qt::CrossCursor
                  : h == Handle::TopLeft || h == Handle::BottomRight ? Qt::SizeFDiagCursor
                  : h == Handle::TopRight || h == Handle::BottomLeft ? Qt::SizeBDiagCursor
                                                                     : Qt::ArrowCursor);
        return;
    }
    const QPointF press = canvasToWidget(gesture_.pressCanvas);
    if (!gesture_.started && (pos - press).manhattanLength() < kDragThreshold) {
        return;
    }
    gesture_.started = true;
    applyGesture(widgetToCanvas(pos));
}

void CanvasEditor::applyGesture(const QPointF& at) {
    const Project& p = doc_.project();
    const CanvasBox& box = gesture_.box;
    TransformDelta d;
    QString text;
    switch (gesture_.handle) {
    case Handle::Body:
        d.dx = (at.x() - gesture_.pressCanvas.x()) / p.width;
        d.dy = (at.y() - gesture_.pressCanvas.y()) / p.height;
        text = tr("Move on canvas");
        break;
    case Handle::Rotate: {
        const QPointF a = gesture_.pressCanvas - box.center;
        const QPointF b = at - box.center;
        d.rotation = degrees(std::atan2(b.y(), b.x()) - std::atan2(a.y(), a.x()));
        text = tr("Rotate on canvas");
        break;
    }
    case Handle::None:
        return;
    default: {
        // Corners scale about the centre, by how far the mouse is from it now versus at
        // the press, so the grabbed corner follows the mouse.
        const QPointF a = gesture_.pressCanvas - box.center;
        const QPointF b = at - box.center;
        const double from = std::hypot(a.x(), a.y());
        d.scale = from > 0 ? std::hypot(b.x(), b.y()) / from : 1;
        text = tr("Scale on canvas");
        break;
    }
    }
    Clip next = withDelta(gesture_.original, d);
    if (next.kind == ClipKind::Text && d.scale != 1) {
        // The whole block grows (font, wrap width, box), up to the canvas's edges: text
        // scaled past them would be cut off in the video.
        const QSizeF block = geometry_.textSize(p, next);
        const QSizeF canvas(p.width, p.height);
        next.transform = keepBlockInCanvas(next.transform, block, canvas);
        for (TransformKey& k : next.keyframes) {
            k.value = keepBlockInCanvas(k.value, block, canvas);
        }
    }
    doc_.apply(
        text, [&](Project& proj) { edit::updateClip(proj, next); }, gesture_.mergeKey);
}

void CanvasEditor::mouseReleaseEvent(QMouseEvent* event) {
    if (gesture_.handle != Handle::None && gesture_.started) {
        applyGesture(widgetToCanvas(event->position()));
    }
    gesture_ = {};
}

void CanvasEditor::mouseDoubleClickEvent(QMouseEvent* event) {
    if (pickDone_) {
        return;
    }
    const ObjectId hit = geometry_.clipAt(doc_.project(), time_, widgetToCanvas(event->position()));
    const Clip* clip = doc_.project().findClip(hit).second;
    if (clip != nullptr && clip->kind == ClipKind::Text) {
        selected_ = hit;
        Q_EMIT clipClicked(hit);
        beginTextEdit(hit);
    }
}

void CanvasEditor::beginTextEdit(ObjectId id) {
    const Clip* clip = doc_.project().findClip(id).second;
    const auto poly = selectionPolygon();
    if (clip == nullptr || !poly) {
        return;
    }
    editingClip_ = id;
    if (textEdit_ == nullptr) {
        textEdit_ = new QPlainTextEdit(this);
        textEdit_->setObjectName(QStringLiteral("inPlaceTextEditor"));
        textEdit_->setToolTip(tr("Enter: done, Shift+Enter: new line, Esc: cancel"));
        textEdit_->setStyleSheet(
            QStringLiteral("QPlainTextEdit { background: rgba(20, 20, 28, 215); color: white; "
                           "border: 2px solid #ff3d71; border-radius: 6px; }"));
        textEdit_->installEventFilter(this);
    }
    QRectF r = poly->boundingRect().adjusted(-6, -6, 6, 6);
    r.setWidth(std::max(r.width(), 160.0));
    r.setHeight(std::max(r.height(), 48.0));
    textEdit_->setGeometry(r.toAlignedRect().intersected(rect()));
    QFont f = textEdit_->font();
    f.setPixelSize(std::clamp(
        static_cast<int>(clip->style.fontSize * pixelsPerCanvasPixel() * clip->transform.scale), 12,
        48));
    textEdit_->setFont(f);
    textEdit_->setPlainText(QString::fromStdString(clip->text));
    textEdit_->selectAll();
    textEdit_->show();
    textEdit_->setFocus();
}

void CanvasEditor::finishTextEdit(bool commit) {
    if (textEdit_ == nullptr || !textEdit_->isVisible()) {
        return;
    }
    const QString text = textEdit_->toPlainText();
    const ObjectId id = editingClip_;
    editingClip_ = 0;
    textEdit_->hide();
    const Clip* clip = doc_.project().findClip(id).second;
    if (!commit || clip == nullptr || text.toStdString() == clip->text) {
        return;
    }
    Clip next = *clip;
    next.text = text.toStdString();
    doc_.apply(tr("Edit text"), [&](Project& p) { edit::updateClip(p, next); });
}

bool CanvasEditor::eventFilter(QObject* watched, QEvent* event) {
    if (watched == preview_ && event->type() == QEvent::Resize) {
        setGeometry(preview_->rect());
        if (textEdit_ != nullptr) {
            finishTextEdit(true);
        }
    } else if (watched == textEdit_ && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) &&
            !(key->modifiers() & Qt::ShiftModifier)) {
            finishTextEdit(true);
            return true;
        }
        if (key->key() == Qt::Key_Escape) {
            finishTextEdit(false);
            return true;
        }
    } else if (watched == textEdit_ && event->type() == QEvent::FocusOut) {
        finishTextEdit(true);
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace reelcut::gui
