#pragma once

// The colour under a point of the canvas, as a key colour is picked from the preview:
// the frame as it would be without the effect being set (a keyed green screen has no
// green left to pick), averaged over a few pixels so that noise and compression do not
// decide the key.

#include "model/project.h"

#include <QPointF>
#include <cstdint>
#include <optional>

namespace reelcut {

// ARGB (alpha 255) of the frame at timeline time `t` around `canvasPoint` (canvas
// pixels), rendered with effect `effectIndex` of clip `clip` switched off. nullopt when
// the point is outside the canvas or the clip or effect does not exist. Throws what the
// renderer throws for unreadable media.
std::optional<std::uint32_t> colorUnderPoint(const Project& project, ObjectId clip,
                                             std::size_t effectIndex, const Time& t,
                                             const QPointF& canvasPoint);

} // namespace reelcut
