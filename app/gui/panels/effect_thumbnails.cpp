#include "panels/effect_thumbnails.h"

#include "effect/effect.h"
#include "face/face_analysis.h"
#include "face/face_stickers.h"
#include "window/theme.h"

#include <QLinearGradient>
#include <QPainter>
#include <QSvgRenderer>
#include <cmath>

namespace reelcut::gui {

namespace {

QImage scene() {
    QImage img(kEffectThumbSize, QImage::Format_ARGB32_Premultiplied);
    QPainter p(&img);
    p.setRenderHint(QPainter::Antialiasing);
    QLinearGradient sky(0, 0, 0, img.height());
    sky.setColorAt(0, QColor(0x3b, 0x82, 0xf6));
    sky.setColorAt(1, QColor(0xf9, 0xa8, 0xd4));
    p.fillRect(img.rect(), sky);
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(0xfd, 0xe0, 0x47));
    p.drawEllipse(QPointF(44, 20), 10, 10);
    p.setBrush(QColor(0x16, 0xa3, 0x4a));
    p.drawEllipse(QPointF(14, 70), 34, 24);
    p.setBrush(QColor(0x15, 0x80, 0x3d));
    p.drawEllipse(QPointF(54, 74), 30, 22);
    return img;
}

// An illustrated face: never detected by the tracker, so each effect's mark is drawn.
void drawFace(QPainter& p, const QRectF& face) {
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(0xf2, 0xc1, 0x9e));
    p.drawEllipse(face);
    p.setBrush(QColor(0x3f, 0x2a, 0x1d));
    const double ex = face.width() * 0.18;
    const double ey = face.top() + face.height() * 0.42;
    p.drawEllipse(QPointF(face.center().x() - ex, ey), 2.6, 2.6);
    p.drawEllipse(QPointF(face.center().x() + ex, ey), 2.6, 2.6);
    p.setPen(QPen(QColor(0x9a, 0x3b, 0x3b), 2, Qt::SolidLine, Qt::RoundCap));
    p.setBrush(Qt::NoBrush);
    const QRectF mouth(face.center().x() - 8, face.top() + face.height() * 0.58, 16, 9);
    p.drawArc(mouth, 200 * 16, 140 * 16);
}

QImage faceThumbnail(const std::string& id) {
    QImage img(kEffectThumbSize, QImage::Format_ARGB32_Premultiplied);
    img.fill(QColor(0x2a, 0x2a, 0x36));
    QPainter p(&img);
    p.setRenderHint(QPainter::Antialiasing);
    const QRectF face(14, 10, 36, 46);
    drawFace(p, face);
    if (id == "face.sticker" && !face::builtinStickers().empty()) {
        const face::StickerInfo& s = face::builtinStickers().front();
        QSvgRenderer svg(QString::fromLatin1(s.resource));
        QSizeF size = svg.defaultSize().isEmpty() ? QSizeF(40, 20) : QSizeF(svg.defaultSize());
        size.scale(QSizeF(44, 30), Qt::KeepAspectRatio);
        svg.render(&p, QRectF(QPointF(32 - size.width() / 2, 30 - size.height() / 2), size));
    } else if (id == "face.debug") {
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(0, 255, 120));
        for (int i = 0; i < 9; ++i) {
            const double a = 3.14159 * (0.1 + 0.8 * i / 8.0);
            p.drawEllipse(QPointF(32 - 17 * std::cos(a), 30 + 22 * std::sin(a)), 1.6, 1.6);
        }
    } else if (id == "face.privacy") {
        for (int y = 0; y < 5; ++y) {
            for (int x = 0; x < 4; ++x) {
                p.fillRect(QRectF(16 + x * 8, 12 + y * 9, 8, 9),
                           QColor::fromHsl(20, 60, 120 + ((x + y) % 3) * 30));
            }
        }
    } else if (id == "face.beauty") {
        p.setPen(QPen(QColor(0xff, 0xf1, 0x76), 1.5));
        for (const QPointF c : {QPointF(52, 14), QPointF(10, 22), QPointF(54, 48)}) {
            p.drawLine(c - QPointF(4, 0), c + QPointF(4, 0));
            p.drawLine(c - QPointF(0, 4), c + QPointF(0, 4));
        }
    } else if (id == "face.warp") {
        p.setPen(QPen(Qt::white, 1.2));
        p.setBrush(QColor(0x3f, 0x2a, 0x1d));
        p.drawEllipse(QPointF(25.5, 29), 5, 5);
        p.drawEllipse(QPointF(38.5, 29), 5, 5);
    }
    return img;
}

} // namespace

QImage effectThumbnail(const std::string& id) {
    if (face::isFaceEffect(id)) {
        return faceThumbnail(id);
    }
    QImage img = scene();
    if (const Effect* e = EffectRegistry::instance().find(id)) {
        EffectContext ctx;
        ctx.renderScale = static_cast<double>(img.width()) / 1080.0 * 8;
        ctx.sourceSize = img.size();
        // Half way from the default towards the maximum: defaults are often "no change".
        ParamValues params;
        for (const ParamDescriptor& d : e->descriptor().params) {
            if (d.type == ParamType::Number) {
                params[d.id] = d.defaultValue + 0.5 * (d.maximum - d.defaultValue);
            }
        }
        try {
            e->apply(img, params, ctx);
        } catch (const std::exception&) {
            // A thumbnail is decoration: the untouched scene will do.
        }
    }
    return img;
}

} // namespace reelcut::gui
