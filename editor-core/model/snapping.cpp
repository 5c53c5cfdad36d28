#include "model/snapping.h"

#include <algorithm>

namespace reelcut {

std::vector<Time> snapTargets(const Project& project, const Time& playhead,
                              const std::vector<ObjectId>& ignore) {
    std::vector<Time> targets{Time(0), playhead};
    for (const Track& track : project.tracks) {
        for (const Clip& c : track.clips) {
            if (std::find(ignore.begin(), ignore.end(), c.id) == ignore.end()) {
                targets.push_back(c.start);
                targets.push_back(c.end());
            }
        }
    }
    return targets;
}

std::optional<Time> nearestTarget(const std::vector<Time>& targets, const Time& t,
                                  const Time& tolerance) {
    std::optional<Time> best;
    Time bestDistance = tolerance;
    for (const Time& target : targets) {
        const Time d = target < t ? t - target : target - t;
        if (d <= bestDistance && (!best || d < bestDistance)) {
            best = target;
            bestDistance = d;
        }
    }
    return best;
}

SpanSnap snapSpan(const std::vector<Time>& targets, const Time& start, const Time& duration,
                  const Time& tolerance) {
    const std::optional<Time> head = nearestTarget(targets, start, tolerance);
    const std::optional<Time> tail = nearestTarget(targets, start + duration, tolerance);
    auto distance = [](const Time& a, const Time& b) {
        return a < b ? b - a : a - b;
    };
    if (head && (!tail || distance(*head, start) <= distance(*tail, start + duration))) {
        return {*head, head};
    }
    if (tail) {
        return {max(Time(0), *tail - duration), tail};
    }
    return {start, std::nullopt};
}

} // namespace reelcut
