#pragma once

// Where text, stickers and overlays sit on the canvas at a time, computed the way the
// renderer draws them (placeClip/appearanceAt for pictures, the text raster's size for
// text), so the preview's selection box hugs what the user sees.

#include "model/project.h"
#include "render/media_pool.h"
#include "text/text_rasterizer.h"

#include <QPointF>
#include <QPolygonF>
#include <QSizeF>
#include <map>
#include <optional>

namespace reelcut::gui {

// A rotated rectangle in canvas pixels.
struct CanvasBox {
    QPointF center;
    QSizeF size;
    double rotation = 0; // degrees clockwise

    QPolygonF polygon() const;
    // The point in the box's own frame (origin at its centre, unrotated).
    QPointF toLocal(const QPointF& canvasPoint) const;
    QPointF toCanvas(const QPointF& local) const;
    bool contains(const QPointF& canvasPoint) const;
};

class ClipGeometry {
public:
    // The clip's box at timeline time t; nullopt if it is not shown then or has no size.
    std::optional<CanvasBox> boxAt(const Project& project, const Clip& clip, const Time& t);
    // The topmost clip on a visible, unlocked Text or Overlay track under the point.
    ObjectId clipAt(const Project& project, const Time& t, const QPointF& canvasPoint);
    // The display size of a picture file; empty if it cannot be read.
    QSizeF mediaSize(const std::string& path);
    // The text block at transform scale 1, in canvas pixels.
    QSizeF textSize(const Project& project, const Clip& clip);

private:
    MediaPool pool_;
    std::map<ObjectId, TextRasterizer> texts_;
};

// Tracks whose clips can be grabbed on the preview.
bool isCanvasEditable(const Track& track);

} // namespace reelcut::gui
