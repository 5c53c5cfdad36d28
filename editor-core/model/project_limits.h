#pragma once

// What a project may hold. Every limit is far beyond what an edit of short video needs and
// keeps what the renderer can be asked to do bounded in memory and time; a file beyond one
// is refused with a message naming the field and the limit (docs/project-format.md).

#include <cstdint>

namespace reelcut::limits {

inline constexpr std::int64_t kMaxProjectFileBytes = 16 * 1024 * 1024;
// Projects are saved indented up to this size, compact beyond it.
inline constexpr std::int64_t kIndentedProjectBytes = 4 * 1024 * 1024;
inline constexpr int kMinCanvas = 16;
inline constexpr int kMaxCanvas = 4096; // 4K vertical (2160x3840) fits
inline constexpr int kMaxTracks = 32;
inline constexpr int kMaxClips = 20000;         // in the whole project
inline constexpr int kMaxTextCharacters = 2000; // in one text clip
inline constexpr int kMaxEffectsPerClip = 16;
inline constexpr int kMaxKeyframes = 1000;                  // per clip, and per animated parameter
inline constexpr int kMaxNameCharacters = 256;              // track names, font families
inline constexpr int kMaxPathCharacters = 4096;             // media paths
inline constexpr std::int64_t kMaxSeconds = 24 * 3600;      // any time on the timeline
inline constexpr std::int64_t kMaxDenominator = 1000000000; // of any time: 1 ns
inline constexpr std::int64_t kMaxRateDenominator = 10000;  // of a frame rate
inline constexpr int kMaxCaptions = kMaxClips;              // cues in one SubRip file
inline constexpr int kMaxBinMedia = 10000;                  // files in the project's media bin

} // namespace reelcut::limits
