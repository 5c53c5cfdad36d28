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
        return Time(0); // a gap: nothing to cross-fade from
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
            s.sinceTransition = t - begin;
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
        const double s =
            std::max(canvas.width() / source.width(), canvas.height() / source.height());
        return source * s;
    }
    case FitMode::Fit:
        break;
    }
    const double s = std::min(canvas.width() / source.width(), canvas.height() / source.height());
    return source * s;
}

QPointF anchorToCenter(const Clip& clip, const QSizeF& size) {
    return QPointF((0.5 - clip.anchorX) * size.width(), (0.5 - clip.anchorY) * size.height());
}

QSizeF geometrySize(const Clip& clip, const QSizeF& display) {
    const QSizeF kept(display.width() * (1 - clip.crop.left - clip.crop.right),
                      display.height() * (1 - clip.crop.top - clip.crop.bottom));
    return clip.rotate % 180 != 0 ? kept.transposed() : kept;
}

QPointF focusAt(const Clip& clip, const Time& sourceTime) {
    const auto& keys = clip.focusKeys;
    if (keys.empty()) {
        return QPointF(clip.focusX, clip.focusY);
    }
    if (sourceTime <= keys.front().time) {
        return QPointF(keys.front().x, keys.front().y);
    }
    if (sourceTime >= keys.back().time) {
        return QPointF(keys.back().x, keys.back().y);
    }
    auto next = std::upper_bound(keys.begin(), keys.end(), sourceTime,
                                 [](const Time& v, const FocusKey& k) { return v < k.time; });
    const FocusKey& b = *next;
    const FocusKey& a = *(next - 1);
    const double f = ((sourceTime - a.time) / (b.time - a.time)).toDouble();
    return QPointF(a.x + (b.x - a.x) * f, a.y + (b.y - a.y) * f);
}

QPointF focusShift(const QPointF& focus, const QSizeF& size, const QSizeF& canvas) {
    const double overX = std::max(0.0, size.width() - canvas.width()) / 2;
    const double overY = std::max(0.0, size.height() - canvas.height()) / 2;
    return QPointF(std::clamp((0.5 - focus.x()) * size.width(), -overX, overX),
                   std::clamp((0.5 - focus.y()) * size.height(), -overY, overY));
}

Placement placeClip(const Clip& clip, const Transform& transform, const QSizeF& source,
                    const QSizeF& canvas) {
    Placement p;
    p.size = fittedSize(clip.fit, source, canvas) * transform.scale;
    p.center = QPointF(transform.x * canvas.width(), transform.y * canvas.height()) +
               anchorToCenter(clip, p.size);
    p.rotation = transform.rotation;
    p.opacity = std::clamp(transform.opacity, 0.0, 1.0);
    return p;
}

Transform keyframedTransform(const Clip& clip, const Time& since) {
    const auto& keys = clip.keyframes;
    if (keys.empty()) {
        return clip.transform;
    }
    const KeySegment s = findSegment(keys, since);
    if (s.index < 0) {
        return keys.front().value;
    }
    const TransformKey& a = keys[std::size_t(s.index)];
    if (std::size_t(s.index) + 1 >= keys.size()) {
        return a.value;
    }
    const TransformKey& b = keys[std::size_t(s.index) + 1];
    auto mix = [f = s.progress](double u, double v) {
        return u + (v - u) * f;
    };
    return Transform{mix(a.value.x, b.value.x), mix(a.value.y, b.value.y),
                     mix(a.value.scale, b.value.scale), mix(a.value.rotation, b.value.rotation),
                     mix(a.value.opacity, b.value.opacity)};
}

namespace {

double easeOutCubic(double p) {
    const double q = 1 - p;
    return 1 - q * q * q;
}

// Overshoots a little past 1 and settles: the "pop" every short-video app has.
double easeOutBack(double p) {
    constexpr double c1 = 1.70158;
    constexpr double c3 = c1 + 1;
    const double q = p - 1;
    return 1 + c3 * q * q * q + c1 * q * q;
}

double easeOutBounce(double p) {
    constexpr double n = 7.5625, d = 2.75;
    if (p < 1 / d) {
        return n * p * p;
    }
    if (p < 2 / d) {
        p -= 1.5 / d;
        return n * p * p + 0.75;
    }
    if (p < 2.5 / d) {
        p -= 2.25 / d;
        return n * p * p + 0.9375;
    }
    p -= 2.625 / d;
    return n * p * p + 0.984375;
}

// Applies one animation at progress p (0 = hidden/off-screen, 1 = in place).
void animate(AnimationType type, double p, ClipAppearance& a) {
    p = std::clamp(p, 0.0, 1.0);
    constexpr double kSlide = 0.6; // fraction of the canvas travelled by a slide
    switch (type) {
    case AnimationType::None:
        return;
    case AnimationType::Fade:
        a.opacity *= p;
        return;
    case AnimationType::Pop:
        a.animationScale *= std::max(0.0, easeOutBack(p));
        a.opacity *= std::min(1.0, p * 3);
        return;
    case AnimationType::SlideLeft:
        a.transform.x -= (1 - easeOutCubic(p)) * kSlide;
        a.opacity *= std::min(1.0, p * 2);
        return;
    case AnimationType::SlideRight:
        a.transform.x += (1 - easeOutCubic(p)) * kSlide;
        a.opacity *= std::min(1.0, p * 2);
        return;
    case AnimationType::SlideUp:
        a.transform.y += (1 - easeOutCubic(p)) * kSlide;
        a.opacity *= std::min(1.0, p * 2);
        return;
    case AnimationType::SlideDown:
        a.transform.y -= (1 - easeOutCubic(p)) * kSlide;
        a.opacity *= std::min(1.0, p * 2);
        return;
    case AnimationType::Typewriter:
        a.visibleFraction = std::min(a.visibleFraction, p);
        return;
    case AnimationType::Bounce:
        a.transform.y -= (1 - easeOutBounce(p)) * 0.3;
        return;
    }
}

} // namespace

ClipAppearance appearanceAt(const Clip& clip, const Time& t) {
    ClipAppearance a;
    a.transform = keyframedTransform(clip, t - clip.start);
    const double since = (t - clip.start).toDouble();
    const double until = (clip.end() - t).toDouble();
    if (clip.animationIn.type != AnimationType::None && since < clip.animationIn.duration) {
        animate(clip.animationIn.type, since / clip.animationIn.duration, a);
    }
    if (clip.animationOut.type != AnimationType::None && until < clip.animationOut.duration) {
        animate(clip.animationOut.type, until / clip.animationOut.duration, a);
    }
    a.opacity *= std::clamp(a.transform.opacity, 0.0, 1.0) * fadeFactor(clip, t);
    return a;
}

} // namespace reelcut
