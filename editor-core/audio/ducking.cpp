#include "audio/ducking.h"

#include <algorithm>

namespace reelcut {

double DuckingEnvelope::gainDbAt(double t) const {
    if (!active()) {
        return 0;
    }
    const double a = settings.attack;
    const double r = settings.release;
    // The first region whose release could still reach t.
    auto it = std::lower_bound(speech.begin(), speech.end(), t,
                               [&](const SpeechRegion& s, double v) { return s.end + r < v; });
    double shape = 0;
    for (; it != speech.end() && it->start - a <= t; ++it) {
        double s = 0;
        if (t >= it->start && t <= it->end) {
            s = 1;
        } else if (t < it->start) {
            s = a > 0 ? (t - (it->start - a)) / a : 0;
        } else {
            s = r > 0 ? 1 - (t - it->end) / r : 0;
        }
        shape = std::max(shape, std::clamp(s, 0.0, 1.0));
        if (shape >= 1) {
            break;
        }
    }
    return -settings.depthDb * shape;
}

DuckingEnvelope duckingEnvelope(const Project& project, const Track& ducked, SpeechIndex& index) {
    DuckingEnvelope env;
    env.settings = ducked.ducking;
    if (!ducked.ducking.enabled) {
        return env;
    }
    std::vector<SpeechRegion> all;
    for (const Track& track : project.tracks) {
        if (track.id == ducked.id || track.muted || track.ducking.enabled) {
            continue;
        }
        for (const Clip& clip : track.clips) {
            if (clip.kind != ClipKind::Media || clip.volumeDb + track.volumeDb < -40) {
                continue;
            }
            const double start = clip.start.toDouble();
            const double end = clip.end().toDouble();
            for (const SpeechRegion& s : index.regions(clip.media)) {
                const std::optional<double> ta = clip.timelineOf(s.start);
                const std::optional<double> tb = clip.timelineOf(s.end);
                if (!ta || !tb) {
                    break; // a freeze frame is silent
                }
                const double a = std::max(start, std::min(*ta, *tb));
                const double b = std::min(end, std::max(*ta, *tb));
                if (b > a) {
                    all.push_back({a, b});
                }
            }
        }
    }
    std::sort(all.begin(), all.end(),
              [](const SpeechRegion& x, const SpeechRegion& y) { return x.start < y.start; });
    for (const SpeechRegion& s : all) {
        if (!env.speech.empty() && s.start <= env.speech.back().end) {
            env.speech.back().end = std::max(env.speech.back().end, s.end);
        } else {
            env.speech.push_back(s);
        }
    }
    return env;
}

} // namespace reelcut
