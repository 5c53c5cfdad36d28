#pragma once

#include "time/rational.h"

#include <QRect>
#include <cstdint>

class QPainter;

namespace reelcut::gui {

// Maps timeline seconds to x and back for the visible part of the timeline.
struct TimeScale {
    double pixelsPerSecond = 80;
    double originX = 0; // x of time 0 (negative once scrolled)

    double x(double seconds) const { return originX + seconds * pixelsPerSecond; }
    double seconds(double xPos) const { return (xPos - originX) / pixelsPerSecond; }
};

// Draws the ruler: ticks at a spacing that keeps labels apart at any zoom, timecode
// labels ("0:05", or "0:05:12f" when single frames are visible), and the playhead head.
void paintRuler(QPainter& p, const QRect& area, const TimeScale& scale, const FrameRate& rate,
                double playheadSeconds);

} // namespace reelcut::gui
