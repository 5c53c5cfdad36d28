#pragma once

#include "model/text_style.h"

#include <QFont>
#include <functional>

class QTextLayout;
class QTextLine;

namespace reelcut {

// The font a text clip draws with: `family` at `pixelSize`, the style's weight, slant and
// letter spacing (times `scale`). Shared by drawing and measuring, so a fit measured for a
// box is the fit drawn.
QFont styledFont(const TextStyle& style, const QString& family, double pixelSize, double scale = 1);

// Lays out every line of `layout` at `width`, each line below the last by its own height
// times `lineSpacing` (fallback fonts for CJK, Devanagari or emoji are taller than the
// chosen font, and lines of them would overlap at its height); calls `onLine` for each.
// Returns the block's height, the last line counted in full; `emptyHeight` for no lines.
double stackLines(QTextLayout& layout, double width, double lineSpacing, double emptyHeight,
                  const std::function<void(const QTextLine&)>& onLine);

} // namespace reelcut
