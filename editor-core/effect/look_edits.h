#pragma once

#include "effect/effect.h"
#include "model/clip.h"

namespace reelcut {

// Puts a look (a filter) on a clip as CapCut does: one look per clip, so a clip that has
// the look's effect already gets the new look's parameters there (keeping its intensity
// and keyframes), otherwise the effect is added.
void applyLook(Clip& clip, const Look& look);

// A LUT file as a look on a clip (an imported .cube): the same, with the file.
void applyLutFile(Clip& clip, const std::string& file);

} // namespace reelcut
