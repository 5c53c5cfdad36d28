#pragma once

#include "time/rational.h"

#include <optional>
#include <string_view>

namespace reelcut {

// Parses a time typed by a person: seconds ("2.5"), a rational ("1001/30000"),
// a timecode ("00:01:02.500" or "1:02.5"), or a frame number at `rate` ("75f").
std::optional<Time> parseTimeText(std::string_view text, const FrameRate& rate);

} // namespace reelcut
