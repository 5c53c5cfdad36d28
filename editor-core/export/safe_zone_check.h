#pragma once

#include "export/preset.h"
#include "model/project.h"

#include <QRectF>
#include <QSizeF>
#include <string>
#include <vector>

namespace reelcut {

// The part of a frame of this size that the platform's own UI leaves visible.
QRectF safeRect(const SafeZone& zone, const QSizeF& frame);

// Warnings, in plain words, for every text, sticker or logo (clips on overlay and text
// tracks) that reaches into the area the preset's platform covers with its buttons,
// caption or top bar. Checked where each clip rests (after its in animation, midway,
// and before its out animation).
std::vector<Message> safeZoneWarnings(const Project& project, const Preset& preset);

} // namespace reelcut
