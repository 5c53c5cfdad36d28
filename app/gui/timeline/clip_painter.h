#pragma once

#include "model/track.h"

#include <QRectF>

class QPainter;

namespace reelcut {
struct DuckingEnvelope;
}

namespace reelcut::gui {

struct MediaEntry;

struct ClipLook {
    bool selected = false;
    bool ghost = false; // a clip being dragged or dropped, drawn translucent
    double pixelsPerSecond = 80;
    double visibleLeft = 0; // x range actually on screen, so long clips draw only what shows
    double visibleRight = 1e9;
    // The track's ducking, which the waveform shows as it shows the volume envelope.
    const DuckingEnvelope* ducking = nullptr;
};

// Draws one clip: a rounded body in its track's colour, a filmstrip of thumbnails for
// pictures or a waveform for sound, fades, name, duration and badges (speed, fx).
void paintClip(QPainter& p, const QRectF& rect, const Clip& clip, TrackKind kind,
               const MediaEntry* media, const ClipLook& look);

} // namespace reelcut::gui
