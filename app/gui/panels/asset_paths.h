#pragma once

#include <QString>

namespace reelcut::gui {

// The folder of the built-in SVG stickers. Sticker clips reference a file on disk (a
// project must open without the program's resources), so the stickers are not compiled
// in: REELCUT_STICKERS_DIR if set, <prefix>/share/reelcut/stickers when installed, else
// the source tree's resources/stickers (running from the build tree). Empty if none exists.
QString stickersDir();

} // namespace reelcut::gui
