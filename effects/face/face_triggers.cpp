#include "face/face_triggers.h"

#include <algorithm>
#include <cmath>

namespace reelcut::face {

namespace {

struct Eyes {
    double lx, ly, rx, ry, iod;
};

Eyes eyes(const Face& f) {
    Eyes e{0, 0, 0, 0, 0};
    for (int i = 0; i < 6; ++i) {
        e.lx += f.points[36 + i].x / 6.0;
        e.ly += f.points[36 + i].y / 6.0;
        e.rx += f.points[42 + i].x / 6.0;
        e.ry += f.points[42 + i].y / 6.0;
    }
    e.iod = std::hypot(e.rx - e.lx, e.ry - e.ly);
    return e;
}

double dist(const Point2& a, const Point2& b) {
    return std::hypot(double(a.x) - b.x, double(a.y) - b.y);
}

} // namespace

double mouthOpenness(const Face& f) {
    const Eyes e = eyes(f);
    if (e.iod < 1) {
        return 0;
    }
    const auto& p = f.points;
    const double gap = (dist(p[61], p[67]) + dist(p[62], p[66]) + dist(p[63], p[65])) / 3;
    return gap / e.iod;
}

double browHeight(const Face& f) {
    const Eyes e = eyes(f);
    if (e.iod < 1) {
        return 0;
    }
    // Distance of each brow point above the eye line (the line through both eye centres),
    // signed: up is positive whatever the roll.
    const double ux = (e.rx - e.lx) / e.iod, uy = (e.ry - e.ly) / e.iod;
    double sum = 0;
    for (int i = 17; i <= 26; ++i) {
        const double dx = f.points[i].x - e.lx, dy = f.points[i].y - e.ly;
        sum += -(dx * -uy + dy * ux); // component along "up" (-normal in y-down space)
    }
    return sum / 10 / e.iod;
}

TriggerThresholds triggerThresholds(Trigger trigger) {
    switch (trigger) {
    case Trigger::MouthOpen:
        return {0.35, 0.25};
    case Trigger::BrowsUp:
        return {0.08, 0.05};
    case Trigger::Always:
        break;
    }
    return {-1, -2};
}

double triggerValue(Trigger trigger, const Face& face, double browRest) {
    switch (trigger) {
    case Trigger::MouthOpen:
        return mouthOpenness(face);
    case Trigger::BrowsUp:
        return browHeight(face) - browRest;
    case Trigger::Always:
        break;
    }
    return 0;
}

std::vector<bool> triggerStates(Trigger trigger, std::span<const double> values) {
    TriggerState s(triggerThresholds(trigger));
    std::vector<bool> out;
    out.reserve(values.size());
    for (double v : values) {
        out.push_back(s.update(v));
    }
    return out;
}

} // namespace reelcut::face
