#include "timeline/clip_painter.h"

#include "audio/ducking.h"
#include "panels/media_cache.h"
#include "window/gui_util.h"
#include "window/theme.h"

#include <QCoreApplication>
#include <QPainter>
#include <QPainterPath>
#include <algorithm>
#include <cmath>

namespace reelcut::gui {

namespace {

QColor baseColor(TrackKind kind, const MediaEntry* media) {
    if (media != nullptr && media->missing) {
        return colors::missingClip;
    }
    switch (kind) {
    case TrackKind::Video:
        return colors::videoClip;
    case TrackKind::Overlay:
        return colors::overlayClip;
    case TrackKind::Text:
        return colors::textClip;
    case TrackKind::Audio:
        return colors::audioClip;
    }
    return colors::videoClip;
}

// Thumbnails tiled along the clip, each showing the source time at its left edge.
void paintFilmstrip(QPainter& p, const QRectF& body, const Clip& clip, const MediaEntry& m,
                    const ClipLook& look) {
    if (m.strip.empty()) {
        return;
    }
    const QImage& sample = m.strip.front();
    const double tileH = body.height();
    const double tileW = std::max(16.0, tileH * sample.width() / std::max(1, sample.height()));
    const double left = std::max(body.left(), look.visibleLeft - tileW);
    const double right = std::min(body.right(), look.visibleRight);
    const double first = body.left() + std::floor((left - body.left()) / tileW) * tileW;
    for (double x = first; x < right; x += tileW) {
        const double timelineOffset = (x - body.left()) / look.pixelsPerSecond;
        const double source =
            clip.sourceTime(clip.start + Rational::fromDouble(timelineOffset, 1000)).toDouble();
        const auto index = std::clamp<long>(std::lround(std::floor(source / m.stripStep)), 0,
                                            static_cast<long>(m.strip.size()) - 1);
        const QImage& img = m.strip[static_cast<std::size_t>(index)];
        const QRectF target(x, body.top(), tileW, tileH);
        // Crop to the tile's aspect so pictures are never squashed.
        const double srcAspect = static_cast<double>(img.width()) / std::max(1, img.height());
        const double tileAspect = tileW / tileH;
        QRectF crop(0, 0, img.width(), img.height());
        if (srcAspect > tileAspect) {
            const double w = img.height() * tileAspect;
            crop = QRectF((img.width() - w) / 2, 0, w, img.height());
        } else {
            const double h = img.width() / tileAspect;
            crop = QRectF(0, (img.height() - h) / 2, img.width(), h);
        }
        p.drawImage(target, img, crop);
    }
}

void paintWaveform(QPainter& p, const QRectF& body, const Clip& clip, const MediaEntry& m,
                   const QColor& color, const ClipLook& look) {
    if (m.waveform.empty()) {
        return;
    }
    const double mid = body.center().y();
    const double half = body.height() / 2 - 2;
    const double gain = std::pow(10.0, clip.volumeDb / 20.0);
    p.setPen(QPen(color, 1));
    const int left = static_cast<int>(std::max(body.left(), look.visibleLeft));
    const int right = static_cast<int>(std::min(body.right(), look.visibleRight));
    for (int x = left; x < right; ++x) {
        const double a = (x - body.left()) / look.pixelsPerSecond;
        const double b = (x + 1 - body.left()) / look.pixelsPerSecond;
        if (clip.freezeAt) {
            break; // silent
        }
        // Through the clip's own time mapping: ramps and reversed clips draw what plays.
        const double pa =
            clip.sourcePosition(clip.start + Rational::fromDouble(a, 48000)).toDouble();
        const double pb =
            clip.sourcePosition(clip.start + Rational::fromDouble(b, 48000)).toDouble();
        // The volume envelope and ducking shape the drawing as they shape the sound.
        double envelopeDb = clip.volumeKeys.empty() ? 0.0 : volumeKeyDbAt(clip.volumeKeys, a);
        if (look.ducking != nullptr && look.ducking->active()) {
            envelopeDb += look.ducking->gainDbAt(clip.start.toDouble() + a);
        }
        const double envelope = envelopeDb == 0.0 ? 1.0 : std::pow(10.0, envelopeDb / 20.0);
        // A square-root curve shows quiet passages that a linear scale would flatten.
        const double v = std::sqrt(
            std::min(1.0, m.waveform.peak(std::min(pa, pb), std::max(pa, pb)) * gain * envelope));
        const double h = std::max(0.5, v * half);
        p.drawLine(QPointF(x + 0.5, mid - h), QPointF(x + 0.5, mid + h));
    }
}

// Beat markers of a song where its beats fall on the clip: a dot on every beat, a line
// through the waveform on bar starts.
void paintBeats(QPainter& p, const QRectF& body, const Clip& clip, const MediaEntry& m,
                const ClipLook& look) {
    if (m.beats.beats.empty() || look.pixelsPerSecond * 60 / std::max(1.0, m.beats.bpm) < 4) {
        return; // zoomed out too far for ticks to mean anything
    }
    const double in = clip.in.toDouble();
    const double out = clip.out.toDouble();
    auto x = [&](double source) {
        const std::optional<double> t = clip.timelineOf(source);
        return t ? body.left() + (*t - clip.start.toDouble()) * look.pixelsPerSecond : -1e9;
    };
    auto it = std::lower_bound(m.beats.beats.begin(), m.beats.beats.end(), in);
    auto down = std::lower_bound(m.beats.downbeats.begin(), m.beats.downbeats.end(), in);
    for (; it != m.beats.beats.end() && *it < out; ++it) {
        const double px = x(*it);
        if (px < look.visibleLeft - 2 || px > look.visibleRight + 2) {
            continue;
        }
        while (down != m.beats.downbeats.end() && *down < *it - 1e-6) {
            ++down;
        }
        const bool bar = down != m.beats.downbeats.end() && std::abs(*down - *it) < 1e-6;
        // A dot on every beat along the bottom edge, as CapCut marks them; bar starts get
        // a line through the waveform too.
        const QColor gold(255, 214, 102);
        if (bar) {
            p.setPen(QPen(QColor(255, 214, 102, 200), 1.5));
            p.drawLine(QPointF(px, body.top()), QPointF(px, body.bottom() - 6));
        }
        p.setPen(Qt::NoPen);
        p.setBrush(gold);
        const double r = bar ? 3 : 2.5;
        p.drawEllipse(QPointF(px, body.bottom() - 4), r, r);
    }
}

void paintBadge(QPainter& p, QPointF& at, const QString& text, const QColor& bg) {
    const QRectF r = QRectF(p.fontMetrics().boundingRect(text)).adjusted(-4, -1, 4, 1);
    const QRectF box(at.x(), at.y(), r.width(), r.height());
    p.setPen(Qt::NoPen);
    p.setBrush(bg);
    p.drawRoundedRect(box, 3, 3);
    p.setPen(Qt::white);
    p.drawText(box, Qt::AlignCenter, text);
    at.rx() += box.width() + 4;
}

} // namespace

void paintClip(QPainter& p, const QRectF& rect, const Clip& clip, TrackKind kind,
               const MediaEntry* media, const ClipLook& look) {
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    if (look.ghost) {
        p.setOpacity(0.6);
    }
    const QColor base = baseColor(kind, media);
    QPainterPath shape;
    shape.addRoundedRect(rect, 5, 5);
    p.fillPath(shape, base.darker(135));
    p.setClipPath(shape);

    const bool pictures = kind != TrackKind::Audio && media != nullptr && media->info.hasVideo;
    if (pictures && media != nullptr) {
        const QRectF strip = rect.adjusted(0, 16, 0, 0);
        paintFilmstrip(p, strip, clip, *media, look);
    } else if (media != nullptr) {
        paintWaveform(p, rect.adjusted(0, 16, 0, -2), clip, *media, base.lighter(190), look);
        paintBeats(p, rect.adjusted(0, 16, 0, 0), clip, *media, look);
    }
    // Title strip: readable over any thumbnail.
    const QRectF title(rect.left(), rect.top(), rect.width(), 16);
    p.fillRect(title, QColor(base.red(), base.green(), base.blue(), 235));

    // Fades as darkened wedges, the way audio editors draw them.
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(0, 0, 0, 110));
    const double fadeIn = clip.fadeIn.toDouble() * look.pixelsPerSecond;
    const double fadeOut = clip.fadeOut.toDouble() * look.pixelsPerSecond;
    if (fadeIn > 1) {
        p.drawPolygon(QPolygonF(
            {rect.topLeft(), rect.bottomLeft(), QPointF(rect.left() + fadeIn, rect.top())}));
    }
    if (fadeOut > 1) {
        p.drawPolygon(QPolygonF(
            {rect.topRight(), rect.bottomRight(), QPointF(rect.right() - fadeOut, rect.top())}));
    }

    QFont f = p.font();
    f.setPointSizeF(8);
    p.setFont(f);
    QPointF at(rect.left() + 5, rect.top() + 1);
    if (clip.freezeAt) {
        paintBadge(p, at, QCoreApplication::translate("ClipPainter", "Freeze"),
                   QColor(0, 0, 0, 120));
    } else if (clip.ramp.active()) {
        paintBadge(p, at, QCoreApplication::translate("ClipPainter", "Curve"),
                   QColor(0, 0, 0, 120));
    } else if (clip.speed != Rational(1)) {
        paintBadge(p, at, QStringLiteral("%1x").arg(clip.speed.toDouble(), 0, 'g', 3),
                   QColor(0, 0, 0, 120));
    }
    if (clip.reverse) {
        paintBadge(p, at, QCoreApplication::translate("ClipPainter", "Reversed"),
                   QColor(0, 0, 0, 120));
    }
    if (!clip.effects.empty()) {
        paintBadge(p, at, QStringLiteral("fx"), QColor(0, 0, 0, 120));
    }
    p.setPen(colors::text);
    const QString name =
        clip.kind == ClipKind::Text
            ? QStringLiteral("T  ") + QString::fromStdString(clip.text).simplified()
            : fileName(clip.media);
    const QString length = shortDuration(clip.duration().toDouble());
    const QRectF textBox(at.x(), rect.top(), rect.right() - at.x() - 4, 16);
    const QString shown = media != nullptr && media->missing
                              ? QCoreApplication::translate("ClipPainter", "%1 (missing)").arg(name)
                              : QStringLiteral("%1  %2").arg(name, length);
    p.drawText(
        textBox, Qt::AlignVCenter | Qt::AlignLeft,
        p.fontMetrics().elidedText(shown, Qt::ElideRight, static_cast<int>(textBox.width())));

    p.setClipping(false);
    p.setBrush(Qt::NoBrush);
    if (look.selected) {
        p.setPen(QPen(Qt::white, 2));
        p.drawRoundedRect(rect.adjusted(1, 1, -1, -1), 5, 5);
        // Trim handles, the affordance CapCut users look for on a selected clip.
        p.setPen(Qt::NoPen);
        p.setBrush(Qt::white);
        const double hh = std::min(22.0, rect.height() - 12);
        const double cy = rect.center().y();
        p.drawRoundedRect(QRectF(rect.left() + 1, cy - hh / 2, 5, hh), 2, 2);
        p.drawRoundedRect(QRectF(rect.right() - 6, cy - hh / 2, 5, hh), 2, 2);
    } else {
        p.setPen(QPen(base.lighter(140), 1));
        p.drawRoundedRect(rect.adjusted(0.5, 0.5, -0.5, -0.5), 5, 5);
    }
    p.restore();
}

} // namespace reelcut::gui
