#pragma once

#include "util/message.h"

namespace reelcut {

// What an errno value means, in words a user understands and translated when shown ("the
// disk is full" rather than "ENOSPC"); the C library's text for the rare ones.
Message systemErrorMessage(int errnum);

} // namespace reelcut
