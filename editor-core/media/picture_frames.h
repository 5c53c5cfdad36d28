#pragma once

// Every frame of a picture file decoded once: a still (PNG, JPEG, WebP...) gives one frame,
// an animated GIF, APNG or WebP all of its frames with their times. What face stickers
// use: they play on their own clock and are drawn every frame, so nothing is decoded per
// frame. SVG is not handled here (drawn from its vectors at the size it is shown).
//
// Animated WebP comes through Qt's image plugin (FFmpeg 5.1 cannot decode it), GIF and
// APNG through FFmpeg (Qt reads only the first frame of an APNG), stills through FFmpeg
// with their orientation applied (loadStillImage).

#include "media/animated_picture.h"

#include <boost/filesystem/path.hpp>

namespace reelcut {

// Frames are Format_ARGB32_Premultiplied; starts[0] is 0 and length is 0 for a still.
// The total is bounded like any animation (media_limits::kMaxAnimationBytes, 1000
// frames). Throws MediaError naming the file when it is missing or unreadable.
AnimatedPicture loadPictureFrames(const boost::filesystem::path& file);

// The index of the frame shown at `t` seconds of an animation that loops (or, with
// loop false, holds its last frame).
std::size_t pictureFrameAt(const AnimatedPicture& picture, double t, bool loop = true);

} // namespace reelcut
