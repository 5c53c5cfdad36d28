#include "timeline/overlay_clips.h"

#include "commands/project_document.h"
#include "export/safe_zone_check.h"
#include "window/gui_util.h"
#include "model/edits.h"
#include "render/clip_layout.h"
#include "text/text_rasterizer.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <algorithm>

namespace reelcut::gui {

namespace {

// Share of the safe area's width a new sticker takes: big enough to see, small enough
// to leave the subject visible.
constexpr double kStickerWidth = 0.4;

bool isFree(const Track& t, const Time& from, const Time& to) {
    return !t.locked && std::none_of(t.clips.begin(), t.clips.end(),
                                     [&](const Clip& c) { return c.start < to && from < c.end(); });
}

// The first track of `kind` with room at [from, to); a new one named `name` if none.
ObjectId trackWithRoom(Project& p, TrackKind kind, const QString& name, const Time& from,
                       const Time& to) {
    for (const Track& t : p.tracks) {
        if (t.kind == kind && isFree(t, from, to)) {
            return t.id;
        }
    }
    return edit::addTrack(p, kind, name.toStdString());
}

ObjectId addOnTrack(ProjectDocument& doc, Clip clip, TrackKind kind, const QString& trackName,
                    const QString& undoText) {
    ObjectId id = 0;
    doc.apply(undoText, [&](Project& p) {
        const ObjectId track = trackWithRoom(p, kind, trackName, clip.start, clip.end());
        id = edit::addClip(p, track, clip);
    });
    return id;
}

} // namespace

QSizeF textBlockSize(const Clip& clip, int canvasWidth) {
    TextRasterizer raster;
    const QImage& img =
        raster.render(clip.text, clip.style, 1.0, clip.style.wrapWidth * canvasWidth, 1.0, false);
    return QSizeF(img.size());
}

ObjectId addTextClip(ProjectDocument& doc, const TextPreset& preset, const QString& text,
                     const Time& at, const SafeZone& zone, double fontSize) {
    const Project& p = doc.project();
    const QSizeF canvas(p.width, p.height);
    const QRectF safe = safeRect(zone, canvas);
    Clip clip;
    clip.kind = ClipKind::Text;
    clip.text = text.toStdString();
    clip.style = preset.style;
    if (fontSize > 0) {
        clip.style.fontSize = fontSize;
    }
    clip.animationIn = preset.animationIn;
    clip.animationOut = preset.animationOut;
    clip.start = snapToFrame(at, p.frameRate);
    clip.in = Time(0);
    clip.out = Time(kOverlaySeconds);
    // Lines wrap inside the safe area, and a block still too big (one long word) is scaled
    // down until it fits, so new text is never under the platform's buttons.
    clip.style.wrapWidth = std::min(clip.style.wrapWidth, 0.92 * safe.width() / canvas.width());
    const QSizeF block = textBlockSize(clip, p.width);
    if (!block.isEmpty()) {
        clip.transform.scale = std::min(
            {1.0, 0.96 * safe.width() / block.width(), 0.96 * safe.height() / block.height()});
    }
    clip.transform.x = safe.center().x() / canvas.width();
    clip.transform.y = safe.center().y() / canvas.height();
    return addOnTrack(doc, clip, TrackKind::Text,
                      QCoreApplication::translate("OverlayClips", "Text"),
                      QCoreApplication::translate("OverlayClips", "Add text"));
}

ObjectId addStickerClip(ProjectDocument& doc, const QString& path, const QSizeF& sourceSize,
                        const Time& at, const SafeZone& zone) {
    const Project& p = doc.project();
    const QSizeF canvas(p.width, p.height);
    const QRectF safe = safeRect(zone, canvas);
    Clip clip;
    clip.media = QFileInfo(path).absoluteFilePath().toStdString();
    clip.start = snapToFrame(at, p.frameRate);
    clip.in = Time(0);
    clip.out = Time(kOverlaySeconds);
    clip.fit = FitMode::Fit;
    const QSizeF source = sourceSize.isEmpty() ? QSizeF(512, 512) : sourceSize;
    const QSizeF fitted = fittedSize(FitMode::Fit, source, canvas);
    if (!fitted.isEmpty()) {
        clip.transform.scale = std::min(kStickerWidth * safe.width() / fitted.width(),
                                        0.9 * safe.height() / fitted.height());
    }
    clip.transform.x = safe.center().x() / canvas.width();
    clip.transform.y = safe.center().y() / canvas.height();
    clip.animationIn = {AnimationType::Pop, 0.35};
    return addOnTrack(doc, clip, TrackKind::Overlay,
                      QCoreApplication::translate("OverlayClips", "Stickers"),
                      QCoreApplication::translate("OverlayClips", "Add sticker %1")
                          .arg(QFileInfo(path).baseName()));
}

} // namespace reelcut::gui
