#pragma once

#include <QRect>
#include <QString>

class QPainter;

namespace reelcut::gui {

// How a transition shows on the timeline: a badge over the cut, as wide as the transition
// (at least kMinTransitionWidth px), with bowtie arrows and, when it fits, its name. Its
// left and right edges are handles that change the duration.
inline constexpr int kMinTransitionWidth = 18;
inline constexpr int kTransitionHandle = 5; // px of each edge that grab the duration

void paintTransitionMark(QPainter& p, const QRect& rect, const QString& name, bool selected);
// A cut that a dragged transition would land on.
void paintCutTarget(QPainter& p, int x, const QRect& lane);

} // namespace reelcut::gui
