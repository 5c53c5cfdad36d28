#include "render/color_pick.h"

#include "render/frame_renderer.h"

#include <QColor>
#include <QImage>
#include <algorithm>
#include <cmath>

namespace reelcut {

namespace {

// Pixels averaged on each side of the point (a 5 x 5 patch on a 1080-wide canvas).
constexpr int kRadius = 2;

} // namespace

std::optional<std::uint32_t> colorUnderPoint(const Project& project, ObjectId clip,
                                             std::size_t effectIndex, const Time& t,
                                             const QPointF& canvasPoint) {
    if (canvasPoint.x() < 0 || canvasPoint.y() < 0 || canvasPoint.x() >= project.width ||
        canvasPoint.y() >= project.height) {
        return std::nullopt;
    }
    Project without = project;
    Clip* c = without.findClip(clip).second;
    if (c == nullptr || effectIndex >= c->effects.size()) {
        return std::nullopt;
    }
    c->effects[effectIndex].enabled = false;
    FrameRenderer renderer(FrameRenderer::MissingMedia::Placeholder);
    const QImage& frame = renderer.frameAt(without, t, QSize(project.width, project.height));
    const int cx = std::clamp(int(std::floor(canvasPoint.x())), 0, frame.width() - 1);
    const int cy = std::clamp(int(std::floor(canvasPoint.y())), 0, frame.height() - 1);
    double r = 0, g = 0, b = 0;
    int n = 0;
    for (int y = std::max(0, cy - kRadius); y <= std::min(frame.height() - 1, cy + kRadius); ++y) {
        for (int x = std::max(0, cx - kRadius); x <= std::min(frame.width() - 1, cx + kRadius);
             ++x) {
            const QColor px = frame.pixelColor(x, y);
            r += px.red();
            g += px.green();
            b += px.blue();
            ++n;
        }
    }
    const auto channel = [n](double sum) {
        return std::uint32_t(std::lround(sum / n));
    };
    return 0xff000000u | channel(r) << 16 | channel(g) << 8 | channel(b);
}

} // namespace reelcut
