#include "timeline/clip_geometry.h"

#include "render/clip_layout.h"

#include <QTransform>

namespace reelcut::gui {

QPolygonF CanvasBox::polygon() const {
    const double w = size.width() / 2;
    const double h = size.height() / 2;
    return QPolygonF({toCanvas({-w, -h}), toCanvas({w, -h}), toCanvas({w, h}), toCanvas({-w, h})});
}

QPointF CanvasBox::toLocal(const QPointF& p) const {
    QTransform t;
    t.rotate(-rotation);
    return t.map(p - center);
}

QPointF CanvasBox::toCanvas(const QPointF& local) const {
    QTransform t;
    t.rotate(rotation);
    return t.map(local) + center;
}

bool CanvasBox::contains(const QPointF& p) const {
    const QPointF l = toLocal(p);
    return std::abs(l.x()) <= size.width() / 2 && std::abs(l.y()) <= size.height() / 2;
}

bool isCanvasEditable(const Track& track) {
    return (track.kind == TrackKind::Text || track.kind == TrackKind::Overlay) && !track.hidden &&
           !track.locked;
}

QSizeF ClipGeometry::mediaSize(const std::string& path) {
    try {
        const MediaInfo& info = pool_.info(path);
        return QSizeF(info.width, info.height);
    } catch (const std::exception&) {
        return {};
    }
}

QSizeF ClipGeometry::textSize(const Project& project, const Clip& clip) {
    // Scale 1 so a scale drag does not re-rasterise; the raster is cached per clip.
    const QImage& img = texts_[clip.id].render(clip.text, clip.style, 1.0,
                                               clip.style.wrapWidth * project.width, 1.0, false);
    return QSizeF(img.size());
}

std::optional<CanvasBox> ClipGeometry::boxAt(const Project& project, const Clip& clip,
                                             const Time& t) {
    if (!clip.contains(t)) {
        return std::nullopt;
    }
    const ClipAppearance look = appearanceAt(clip, t);
    CanvasBox box;
    const QSizeF canvas(project.width, project.height);
    if (clip.kind == ClipKind::Text) {
        box.size = textSize(project, clip) * look.transform.scale;
        box.center = QPointF(look.transform.x * canvas.width(), look.transform.y * canvas.height());
        box.rotation = look.transform.rotation;
    } else {
        const QSizeF source = mediaSize(clip.media);
        if (source.isEmpty()) {
            return std::nullopt;
        }
        const Placement place = placeClip(clip, look.transform, geometrySize(clip, source), canvas);
        box.size = place.size;
        box.center = place.center;
        box.rotation = place.rotation;
    }
    box.size *= look.animationScale;
    if (box.size.isEmpty()) {
        return std::nullopt;
    }
    return box;
}

ObjectId ClipGeometry::clipAt(const Project& project, const Time& t, const QPointF& point) {
    // Tracks are drawn first to last, so the last one hit is on top.
    for (auto track = project.tracks.rbegin(); track != project.tracks.rend(); ++track) {
        if (!isCanvasEditable(*track)) {
            continue;
        }
        for (const Clip& c : track->clips) {
            if (const auto box = boxAt(project, c, t); box && box->contains(point)) {
                return c.id;
            }
        }
    }
    return 0;
}

} // namespace reelcut::gui
