#include "export/safe_zone_check.h"

#include "media/media_error.h"
#include "render/clip_layout.h"
#include "render/media_pool.h"
#include "text/text_fit.h"
#include "text/text_rasterizer.h"

#include <QTransform>
#include <algorithm>

namespace reelcut {

QRectF safeRect(const SafeZone& z, const QSizeF& f) {
    return QRectF(z.left * f.width(), z.top * f.height(), f.width() * (1 - z.left - z.right),
                  f.height() * (1 - z.top - z.bottom));
}

namespace {

Message describe(const Clip& c) {
    if (c.kind == ClipKind::Text) {
        std::string t = QString::fromStdString(c.text).left(30).toStdString();
        std::replace(t.begin(), t.end(), '\n', ' ');
        return Message(QT_TRANSLATE_NOOP3("Engine", "The text \"%1\"", "safe-zone.text"))
            .arg(t + (c.text.size() > t.size() ? "..." : ""));
    }
    return Message(QT_TRANSLATE_NOOP3("Engine", "The sticker %1", "safe-zone.sticker"))
        .arg(boost::filesystem::path(c.media).filename().string());
}

} // namespace

std::vector<Message> safeZoneWarnings(const Project& project, const Preset& preset) {
    std::vector<Message> out;
    const QSizeF frame(preset.width, preset.height);
    const QRectF safe = safeRect(preset.safeZone, frame);
    const double scale = std::min(frame.width() / project.width, frame.height() / project.height);
    MediaPool pool;
    TextRasterizer text;
    for (const Track& track : project.tracks) {
        if (track.kind != TrackKind::Overlay && track.kind != TrackKind::Text) {
            continue;
        }
        if (track.hidden) {
            continue;
        }
        for (const Clip& c : track.clips) {
            const Time settleIn =
                c.start +
                Rational::fromDouble(
                    c.animationIn.type == AnimationType::None ? 0 : c.animationIn.duration, 1000);
            const Time settleOut = c.end() -
                                   Rational::fromDouble(c.animationOut.type == AnimationType::None
                                                            ? 0
                                                            : c.animationOut.duration,
                                                        1000) -
                                   Rational(1, 1000);
            for (const Time& t : {min(settleIn, c.end() - Rational(1, 1000)),
                                  c.start + c.duration() / Rational(2), max(settleOut, c.start)}) {
                const ClipAppearance look = appearanceAt(c, t);
                if (look.opacity <= 0.01) {
                    continue;
                }
                QSizeF size;
                QSizeF anchored; // the box the clip's anchor refers to
                try {
                    if (c.kind == ClipKind::Text) {
                        const TextStyle style =
                            fittedStyle(c.text, c.style, project.width, project.height);
                        const QSize raster =
                            text.render(c.text, style, scale * look.transform.scale,
                                        wrapWidthFor(style, project.width), 1.0, false,
                                        4 * std::int64_t(preset.width) * preset.height)
                                .size();
                        size = QSizeF(raster) / text.rasterScale();
                        anchored = text.blockSize() / text.rasterScale();
                    } else {
                        const MediaInfo& info = pool.info(c.media);
                        size = placeClip(c, look.transform,
                                         geometrySize(c, QSizeF(info.width, info.height)), frame)
                                   .size;
                        anchored = size;
                    }
                } catch (const std::exception&) {
                    continue; // missing media is reported by the export itself
                }
                size *= look.animationScale;
                anchored *= look.animationScale;
                const QPointF center =
                    QPointF(look.transform.x * frame.width(), look.transform.y * frame.height()) +
                    anchorToCenter(c, anchored);
                QTransform turn;
                turn.translate(center.x(), center.y());
                turn.rotate(look.transform.rotation);
                const QRectF box =
                    turn.mapRect(QRectF(QPointF(-size.width() / 2, -size.height() / 2), size));
                std::vector<Message> sides;
                if (box.left() < safe.left() - 0.5) {
                    sides.push_back(
                        Message(QT_TRANSLATE_NOOP3("Engine", "left edge", "safe-zone.left")));
                }
                if (box.top() < safe.top() - 0.5) {
                    sides.push_back(
                        Message(QT_TRANSLATE_NOOP3("Engine", "top bar", "safe-zone.top")));
                }
                if (box.right() > safe.right() + 0.5) {
                    sides.push_back(Message(
                        QT_TRANSLATE_NOOP3("Engine", "buttons on the right", "safe-zone.right")));
                }
                if (box.bottom() > safe.bottom() + 0.5) {
                    sides.push_back(Message(QT_TRANSLATE_NOOP3(
                        "Engine", "caption area at the bottom", "safe-zone.bottom")));
                }
                if (sides.empty()) {
                    continue;
                }
                // "a", "a and b", "a, b and c": the joining words are translated too.
                Message where = sides.back();
                for (std::size_t i = sides.size() - 1; i-- > 0;) {
                    where =
                        (i + 2 == sides.size()
                             ? Message(QT_TRANSLATE_NOOP3("Engine", "%1 and %2", "safe-zone.and"))
                             : Message(QT_TRANSLATE_NOOP3("Engine", "%1, %2", "safe-zone.comma")))
                            .arg(sides[i])
                            .arg(where);
                }
                out.push_back(Message(QT_TRANSLATE_NOOP3("Engine",
                                                         "%1 at %2 is partly hidden by %3's "
                                                         "%4; move it towards the middle.",
                                                         "safe-zone.hidden"))
                                  .arg(describe(c))
                                  .arg(formatTimecode(t))
                                  .arg(presetName(preset))
                                  .arg(where));
                break; // one warning per clip is enough
            }
        }
    }
    return out;
}

} // namespace reelcut
