#pragma once

#include <chrono>
#include <cstdint>

namespace reelcut::gui {

// The one clock the Record window stamps camera pictures, microphone sound and the song's
// playback on (microseconds, monotonic), so the recorder can compare them.
inline std::int64_t captureClockUs() {
    return std::chrono::duration_cast<std::chrono::microseconds>(
               std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

} // namespace reelcut::gui
