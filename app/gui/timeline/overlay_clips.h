#pragma once

// Adding text and stickers: each lands on a Text / Stickers track (created when none has
// room), at a given time, for three seconds, placed inside the platform's safe zone so it
// is not hidden under the app's buttons or caption.

#include "export/preset.h"
#include "model/project.h"
#include "text/text_presets.h"

#include <QSizeF>
#include <QString>

namespace reelcut {
class ProjectDocument;
}

namespace reelcut::gui {

inline constexpr int kOverlaySeconds = 3;

// Adds a text clip in the preset's look. fontSize > 0 overrides the preset's (emoji).
// Returns the new clip's id, 0 on failure (doc.lastError() says why).
ObjectId addTextClip(ProjectDocument& doc, const TextPreset& preset, const QString& text,
                     const Time& at, const SafeZone& zone, double fontSize = 0);
// Adds a picture file (SVG, PNG, GIF, WebP) as a sticker of `sourceSize` display pixels.
ObjectId addStickerClip(ProjectDocument& doc, const QString& path, const QSizeF& sourceSize,
                        const Time& at, const SafeZone& zone);

// The size a text clip's block takes on the canvas at transform scale 1 (canvas pixels).
QSizeF textBlockSize(const Clip& clip, int canvasWidth);

} // namespace reelcut::gui
