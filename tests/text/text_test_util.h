#pragma once

#include "model/edits.h"
#include "model/project.h"

#include <QColor>
#include <QImage>
#include <QRect>

namespace reelcut::test {

inline Clip textClip(const std::string& text, Time start, Time duration) {
    Clip c;
    c.kind = ClipKind::Text;
    c.text = text;
    c.start = start;
    c.in = Time(0);
    c.out = duration;
    c.style.shadowColor = 0;
    return c;
}

// Bounding box of pixels that differ from `background` by more than `tol` per channel.
inline QRect inkBox(const QImage& img, QColor background, int tol = 40) {
    int l = img.width(), t = img.height(), r = -1, b = -1;
    for (int y = 0; y < img.height(); ++y) {
        for (int x = 0; x < img.width(); ++x) {
            const QColor c(img.pixel(x, y));
            if (std::abs(c.red() - background.red()) > tol ||
                std::abs(c.green() - background.green()) > tol ||
                std::abs(c.blue() - background.blue()) > tol) {
                l = std::min(l, x);
                r = std::max(r, x);
                t = std::min(t, y);
                b = std::max(b, y);
            }
        }
    }
    return r < 0 ? QRect() : QRect(QPoint(l, t), QPoint(r, b));
}

// How many pixels are close to colour c.
inline int countNear(const QImage& img, QColor c, int tol = 40) {
    int n = 0;
    for (int y = 0; y < img.height(); ++y) {
        for (int x = 0; x < img.width(); ++x) {
            const QColor p(img.pixel(x, y));
            if (std::abs(p.red() - c.red()) <= tol && std::abs(p.green() - c.green()) <= tol &&
                std::abs(p.blue() - c.blue()) <= tol) {
                ++n;
            }
        }
    }
    return n;
}

} // namespace reelcut::test
