#include "transitions/transition_util.h"

#include <cstring>

namespace reelcut::transitions {

ParamDescriptor directionParam(const char* defaultId) {
    ParamDescriptor d{"direction",
                      QT_TRANSLATE_NOOP("Effect", "Direction"),
                      ParamType::Choice,
                      0,
                      3,
                      0,
                      false,
                      {{"left", QT_TRANSLATE_NOOP("Effect", "Left")},
                       {"right", QT_TRANSLATE_NOOP("Effect", "Right")},
                       {"up", QT_TRANSLATE_NOOP("Effect", "Up")},
                       {"down", QT_TRANSLATE_NOOP("Effect", "Down")}}};
    d.defaultText = defaultId;
    return d;
}

Direction directionOf(const EffectDescriptor& d, const ParamValues& params) {
    const std::string dir = paramText(d, params, "direction");
    if (dir == "right") {
        return Direction::Right;
    }
    if (dir == "up") {
        return Direction::Up;
    }
    if (dir == "down") {
        return Direction::Down;
    }
    return Direction::Left;
}

void mixByColumn(const QImage& a, const QImage& b, const std::vector<int>& weights, QImage& out) {
    const int w = a.width();
    for (int y = 0; y < a.height(); ++y) {
        const auto* pa = reinterpret_cast<const std::uint32_t*>(a.constScanLine(y));
        const auto* pb = reinterpret_cast<const std::uint32_t*>(b.constScanLine(y));
        auto* po = reinterpret_cast<std::uint32_t*>(out.scanLine(y));
        int x = 0;
        while (x < w) {
            // Runs of 0 or 256 are copies: most of a wipe is one picture or the other.
            const int wx = weights[std::size_t(x)];
            int end = x + 1;
            while (end < w && weights[std::size_t(end)] == wx && (wx == 0 || wx == 256)) {
                ++end;
            }
            if (wx == 0 || wx == 256) {
                std::memcpy(po + x, (wx == 0 ? pa : pb) + x, std::size_t(end - x) * 4);
            } else {
                po[x] = lerpPixel(pa[x], pb[x], wx);
            }
            x = end;
        }
    }
}

void mixByRow(const QImage& a, const QImage& b, const std::vector<int>& weights, QImage& out) {
    const int w = a.width();
    for (int y = 0; y < a.height(); ++y) {
        const auto* pa = reinterpret_cast<const std::uint32_t*>(a.constScanLine(y));
        const auto* pb = reinterpret_cast<const std::uint32_t*>(b.constScanLine(y));
        auto* po = reinterpret_cast<std::uint32_t*>(out.scanLine(y));
        const int wy = weights[std::size_t(y)];
        if (wy == 0 || wy == 256) {
            std::memcpy(po, wy == 0 ? pa : pb, std::size_t(w) * 4);
            continue;
        }
        for (int x = 0; x < w; ++x) {
            po[x] = lerpPixel(pa[x], pb[x], wy);
        }
    }
}

void drawShifted(const QImage& src, int dx, int dy, QImage& out, bool blend) {
    const int w = out.width();
    const int h = out.height();
    const int x0 = std::max(0, dx);
    const int x1 = std::min(w, src.width() + dx);
    if (x1 <= x0) {
        return;
    }
    for (int y = std::max(0, dy); y < std::min(h, src.height() + dy); ++y) {
        const auto* ps = reinterpret_cast<const std::uint32_t*>(src.constScanLine(y - dy)) - dx;
        auto* po = reinterpret_cast<std::uint32_t*>(out.scanLine(y));
        if (!blend) {
            std::memcpy(po + x0, ps + x0, std::size_t(x1 - x0) * 4);
            continue;
        }
        for (int x = x0; x < x1; ++x) {
            po[x] = over(ps[x], po[x]);
        }
    }
}

void clear(QImage& out) {
    for (int y = 0; y < out.height(); ++y) {
        std::memset(out.scanLine(y), 0, std::size_t(out.width()) * 4);
    }
}

} // namespace reelcut::transitions
