#pragma once

#include "model/project.h"
#include "util/message.h"

#include <string>
#include <vector>

namespace reelcut {

// Gives every clip that asks for auto reframe (and has no focus keys yet) the focus keys
// of the registered subject tracker, for the part of its source it plays. Returns a
// warning per clip that could not be reframed (no tracker registered, no subject found);
// those keep their fixed focus point.
std::vector<Message> applyAutoReframe(Project& project, const std::string& analysisDir);

} // namespace reelcut
