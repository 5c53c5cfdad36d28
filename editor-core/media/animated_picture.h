#pragma once

#include "time/rational.h"

#include <QImage>
#include <boost/filesystem/path.hpp>
#include <vector>

namespace reelcut {

// An animated sticker FFmpeg cannot decode (animated WebP), read through Qt's image
// plugins. All frames are decoded once and kept: stickers are small, and the total is
// bounded (media_limits::kMaxAnimationBytes, at most 1000 frames).
struct AnimatedPicture {
    std::vector<QImage> frames; // Format_ARGB32_Premultiplied
    std::vector<Time> starts;   // start time of each frame
    Time length{0};
};

// A WebP file with more than one frame (the file is checked first, see checkMediaFile).
bool isAnimatedWebp(const boost::filesystem::path& file);
// Throws MediaError naming the file when it has no frame or is too large.
AnimatedPicture loadAnimatedPicture(const boost::filesystem::path& file);

} // namespace reelcut
