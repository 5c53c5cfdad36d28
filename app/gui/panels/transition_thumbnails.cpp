#include "panels/transition_thumbnails.h"

#include "effect/effect.h"

#include <QLinearGradient>
#include <QPainter>

namespace reelcut::gui {

namespace {

QImage scene(const QSize& size, QColor top, QColor bottom, QColor sun, QColor hill) {
    QImage img(size, QImage::Format_ARGB32_Premultiplied);
    QPainter p(&img);
    p.setRenderHint(QPainter::Antialiasing);
    QLinearGradient sky(0, 0, 0, size.height());
    sky.setColorAt(0, top);
    sky.setColorAt(1, bottom);
    p.fillRect(img.rect(), sky);
    p.setPen(Qt::NoPen);
    p.setBrush(sun);
    p.drawEllipse(QPointF(size.width() * 0.7, size.height() * 0.3), size.width() * 0.15,
                  size.width() * 0.15);
    p.setBrush(hill);
    p.drawEllipse(QPointF(size.width() * 0.3, size.height() * 1.05), size.width() * 0.6,
                  size.height() * 0.35);
    return img;
}

} // namespace

QImage transitionThumbnail(const std::string& id, const QSize& size) {
    const QImage from = scene(size, QColor(0x3b, 0x82, 0xf6), QColor(0x93, 0xc5, 0xfd),
                              QColor(0xfd, 0xe0, 0x47), QColor(0x16, 0xa3, 0x4a));
    const QImage to = scene(size, QColor(0x7c, 0x2d, 0x12), QColor(0xf9, 0x73, 0x16),
                            QColor(0xfe, 0xf3, 0xc7), QColor(0x43, 0x14, 0x07));
    QImage out(size, QImage::Format_ARGB32_Premultiplied);
    out.fill(Qt::black);
    if (const TransitionEffect* t = EffectRegistry::instance().findTransition(id)) {
        TransitionContext ctx;
        ctx.renderScale = double(size.width()) / 1080.0 * 4;
        try {
            // Dips are black or white at the middle; a little before it both show.
            t->apply(from, to, 0.4, {}, ctx, out);
        } catch (const std::exception&) {
            return from;
        }
    }
    return out;
}

} // namespace reelcut::gui
