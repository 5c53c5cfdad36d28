#include "transitions/move_transitions.h"

#include <cmath>
#include <cstring>

namespace reelcut::transitions {

namespace {

// How far (in pixels, signed) the incoming picture still is from its place at progress p,
// and the unit step of the motion: left moves towards negative x.
struct Motion {
    int dx = 0;
    int dy = 0;
};

Motion remaining(Direction dir, double eased, int w, int h) {
    const int mx = static_cast<int>(std::lround((1 - eased) * w));
    const int my = static_cast<int>(std::lround((1 - eased) * h));
    switch (dir) {
    case Direction::Left:
        return {mx, 0}; // comes from the right
    case Direction::Right:
        return {-mx, 0};
    case Direction::Up:
        return {0, my}; // comes from below
    case Direction::Down:
        return {0, -my};
    }
    return {};
}

} // namespace

Slide::Slide()
    : DescribedTransition({"slide",
                           QT_TRANSLATE_NOOP("Effect", "Slide"),
                           QT_TRANSLATE_NOOP("EffectCategory", "Motion"),
                           {directionParam("left")}}) {}

void Slide::apply(const QImage& from, const QImage& to, double progress, const ParamValues& params,
                  const TransitionContext&, QImage& out) const {
    const Motion m = remaining(directionOf(descriptor_, params), easeInOutCubic(progress),
                               from.width(), from.height());
    for (int y = 0; y < from.height(); ++y) {
        std::memcpy(out.scanLine(y), from.constScanLine(y), std::size_t(from.width()) * 4);
    }
    drawShifted(to, m.dx, m.dy, out, true);
}

Push::Push()
    : DescribedTransition({"push",
                           QT_TRANSLATE_NOOP("Effect", "Push"),
                           QT_TRANSLATE_NOOP("EffectCategory", "Motion"),
                           {directionParam("left")}}) {}

void Push::apply(const QImage& from, const QImage& to, double progress, const ParamValues& params,
                 const TransitionContext&, QImage& out) const {
    const int w = from.width();
    const int h = from.height();
    const Direction dir = directionOf(descriptor_, params);
    const Motion m = remaining(dir, easeInOutCubic(progress), w, h);
    // The outgoing picture sits one frame-length behind the incoming one; between them
    // they cover every pixel, so both are plain copies.
    const int fx = m.dx == 0 ? 0 : (m.dx > 0 ? m.dx - w : m.dx + w);
    const int fy = m.dy == 0 ? 0 : (m.dy > 0 ? m.dy - h : m.dy + h);
    const bool vertical = dir == Direction::Up || dir == Direction::Down;
    if (progress >= 1 || (vertical ? m.dy == 0 : m.dx == 0)) {
        drawShifted(to, 0, 0, out, false);
        return;
    }
    drawShifted(from, vertical ? 0 : fx, vertical ? fy : 0, out, false);
    drawShifted(to, m.dx, m.dy, out, false);
}

} // namespace reelcut::transitions
