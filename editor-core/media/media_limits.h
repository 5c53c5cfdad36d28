#pragma once

// How large a picture the media layer accepts and keeps, so that no file (however its
// header is crafted) makes a decoder or a cache allocate without bound.

#include <cstdint>

namespace reelcut::media_limits {

// A video frame or a still picture: 8192 x 8192 (a 48-megapixel phone photo fits).
inline constexpr std::int64_t kMaxPixels = 8192LL * 8192LL;
inline constexpr int kMaxSide = 16384;
// Stills are kept at most this long on their longest side once decoded: enough for a
// 4K canvas, a quarter of the memory of a 48-megapixel photo.
inline constexpr int kMaxStillSide = 4096;
// All frames of one animated sticker (GIF, APNG, WebP) together.
inline constexpr std::int64_t kMaxAnimationBytes = 256LL * 1024 * 1024;
// Any file the media layer reads whole (SVG, project files are bounded elsewhere).
inline constexpr std::int64_t kMaxWholeFileBytes = 16LL * 1024 * 1024;

} // namespace reelcut::media_limits
