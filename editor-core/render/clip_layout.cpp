#include "render/clip_layout.h"

#include <algorithm>

namespace reelcut {

Time effectiveTransition(const Track& track, std::size_t i) {
    if (i == 0 || i >= track.clips.size() || !track.clips[i].transitionIn) {
        return Time(0);
    }
    const Clip& prev = track.clips[i - 1];
    const Clip& next = track.clips[i];
    if (prev.end() != next.start) {
        return Time(0);  // a gap: nothing to cross-fade from
    }
    return min(next.transitionIn->duration, min(prev.duration(), next.duration()));
}

TrackSample sampleTrack(const Track& track, const Time& t) {
    TrackSample s;
    const auto& clips = track.clips;
    // Clips are sorted; find the first clip ending after t.
    auto it = std::upper_bound(clips.begin(), clips.end(), t,
                               [](const Time& v, const Clip& c) { return v < c.end(); });
    const std::size_t i = static_cast<std::size_t>(it - clips.begin());
    // A transition straddles the cut between clip k-1 and k: [cut - d/2, cut + d/2).
    for (std::size_t k : {i, i + 1}) {
        if (k == 0 || k >= clips.size()) {
            continue;
        }
        const Time d = effectiveTransition(track, k);
        if (d.isZero()) {
            continue;
        }
        const Time half = d / Rational(2);
        const Time begin = clips[k].start - half;
        if (begin <= t && t < clips[k].start + half) {
            s.outgoing = &clips[k - 1];
            s.incoming = &clips[k];
            s.mix = ((t - begin) / d).toDouble();
            return s;
        }
    }
    if (it != clips.end() && it->contains(t)) {
        s.outgoing = &*it;
    }
    return s;
}

double fadeFactor(const Clip& clip, const Time& t) {
    double f = 1.0;
    if (!clip.fadeIn.isZero()) {
        const Time since = t - clip.start;
        if (!since.isNegative() && since < clip.fadeIn) {
            f = std::min(f, std::max(0.0, (since / clip.fadeIn).toDouble()));
        }
    }
    if (!clip.fadeOut.isZero()) {
        const Time left = clip.end() - t;
        if (left > Time(0) && left < clip.fadeOut) {
            f = std::min(f, std::max(0.0, (left / clip.fadeOut).toDouble()));
        }
    }
    return f;
}

QSizeF fittedSize(FitMode mode, const QSizeF& source, const QSizeF& canvas) {
    if (source.isEmpty()) {
        return canvas;
    }
    switch (mode) {
    case FitMode::Stretch:
        return canvas;
    case FitMode::Fill: {
        const double s = std::max(canvas.width() / source.width(), canvas.height() / source.height());
        return source * s;
    }
    case FitMode::Fit:
        break;
    }
    const double s = std::min(canvas.width() / source.width(), canvas.height() / source.height());
    return source * s;
}

Placement placeClip(const Clip& clip, const QSizeF& source, const QSizeF& canvas) {
    Placement p;
    p.size = fittedSize(clip.fit, source, canvas) * clip.transform.scale;
    p.center = QPointF(clip.transform.x * canvas.width(), clip.transform.y * canvas.height());
    p.rotation = clip.transform.rotation;
    p.opacity = std::clamp(clip.transform.opacity, 0.0, 1.0);
    return p;
}

} // namespace reelcut
