#pragma once

#include "model/project.h"
#include "timeline/clip_geometry.h"

#include <QPointer>
#include <QWidget>
#include <functional>
#include <optional>

class QPlainTextEdit;

namespace reelcut {
class ProjectDocument;
}

namespace reelcut::gui {

class PreviewWidget;

// Direct manipulation on the preview: a transparent layer over it. Click selects the
// topmost text, sticker or overlay under the mouse; dragging moves it, a corner handle
// scales it, the round handle above rotates it; a double-click on text edits it in place.
// Each gesture is one undo step (its moves merge under one key).
class CanvasEditor : public QWidget {
    Q_OBJECT
public:
    enum class Handle { None, Body, TopLeft, TopRight, BottomRight, BottomLeft, Rotate };

    CanvasEditor(ProjectDocument& doc, PreviewWidget* preview);

    void setTime(const Time& t);
    // While paused the selected clip is shown at rest (render/at_rest.h): its box then
    // ignores the in/out animation too.
    void setAtRest(bool atRest);
    void setSelectedClip(ObjectId clip);
    ObjectId selectedClip() const { return selected_; }

    // Geometry in this widget's coordinates (which are the preview's), for tests.
    std::optional<QPolygonF> selectionPolygon();
    QPointF handlePosition(Handle handle);
    QPointF canvasToWidget(const QPointF& canvasPoint) const;
    QPlainTextEdit* textEditor() const { return textEdit_; }

    // Colour picking (a key colour from the picture): the next left click on the canvas
    // calls `done` with its canvas point; Esc, another button or a click off the canvas
    // cancels. The selection is not drawn meanwhile, so the colour is seen unobstructed.
    using PickDone = std::function<void(const QPointF& canvasPoint)>;
    void startColorPick(PickDone done);
    void cancelColorPick();
    bool isPickingColor() const { return bool(pickDone_); }

Q_SIGNALS:
    // The user clicked a clip on the preview (0: empty space).
    void clipClicked(ObjectId clip);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    struct Gesture {
        Handle handle = Handle::None;
        QPointF pressCanvas;
        CanvasBox box; // at the press
        Clip original;
        bool started = false;
        int mergeKey = 0;
    };
    double pixelsPerCanvasPixel() const;
    QPointF widgetToCanvas(const QPointF& widgetPoint) const;
    std::optional<CanvasBox> selectedBox();
    Handle handleAt(const QPointF& widgetPoint);
    void applyGesture(const QPointF& canvasPoint);
    void beginTextEdit(ObjectId clip);
    void finishTextEdit(bool commit);

    ProjectDocument& doc_;
    PreviewWidget* preview_;
    ClipGeometry geometry_;
    Time time_{0};
    bool atRest_ = true;
    ObjectId selected_ = 0;
    Gesture gesture_;
    int gestureCount_ = 0;
    QPlainTextEdit* textEdit_ = nullptr;
    ObjectId editingClip_ = 0;
    PickDone pickDone_;
};

} // namespace reelcut::gui
