#pragma once

// Pure geometry and timing of clips on the canvas: which clips show at a time, where
// and how opaque. Shared by the picture compositor and the audio mixer so the two can
// never disagree about transitions and fades.

#include "model/project.h"

#include <QRectF>
#include <QSizeF>

namespace reelcut {

// What a track shows at one time: one clip, or two mid-transition.
struct TrackSample {
    const Clip* outgoing = nullptr; // the clip before the cut (or the only clip)
    const Clip* incoming = nullptr; // set during a transition
    double mix = 0;                 // weight of `incoming`, 0..1: the transition's progress
    Time sinceTransition{0};        // time since the transition began

    bool empty() const { return outgoing == nullptr && incoming == nullptr; }
};

TrackSample sampleTrack(const Track& track, const Time& t);

// The transition into clip index i of the track, if it applies: its duration clamped to
// both clips and the two clips adjacent. Zero when there is none.
Time effectiveTransition(const Track& track, std::size_t index);

// 0..1 gain of a clip's fade in/out at timeline time t.
double fadeFactor(const Clip& clip, const Time& t);

// Where a clip's picture goes: centre, size before rotation, rotation and opacity, in
// canvas pixels. `source` is the media's display size.
struct Placement {
    QPointF center;
    QSizeF size;
    double rotation = 0; // degrees clockwise
    double opacity = 1;
};

QSizeF fittedSize(FitMode mode, const QSizeF& source, const QSizeF& canvas);
// The shape of the clip's picture once its crop and quarter turns are applied, from the
// media's display size: what is fitted to the canvas.
QSizeF geometrySize(const Clip& clip, const QSizeF& display);
// From the clip's anchor point (where transform x, y put it) to the centre of a box of
// this size: zero for the default centre anchor.
QPointF anchorToCenter(const Clip& clip, const QSizeF& size);
// The clip's focus point (fractions of the source picture) at a source time: from its
// focus keys (auto reframe) when it has them, else its fixed focus.
QPointF focusAt(const Clip& clip, const Time& sourceTime);
// How far a picture of `size` placed centred on the canvas moves so that its focus point
// comes as near the canvas centre as it can while still covering what it covered.
QPointF focusShift(const QPointF& focus, const QSizeF& size, const QSizeF& canvas);
Placement placeClip(const Clip& clip, const Transform& transform, const QSizeF& source,
                    const QSizeF& canvas);

// How a clip looks at timeline time t once keyframes and in/out animations are applied.
struct ClipAppearance {
    Transform transform;        // keyframed (or the clip's own) transform, animation offsets added
    double animationScale = 1;  // pop: multiplies the drawn size
    double opacity = 1;         // animation and fade factor, times transform.opacity
    double visibleFraction = 1; // typewriter: share of the text's characters shown
};

ClipAppearance appearanceAt(const Clip& clip, const Time& t);
// The keyframed transform at clip-relative time (no animations).
Transform keyframedTransform(const Clip& clip, const Time& sinceStart);

} // namespace reelcut
