#pragma once

#include "time/rational.h"

#include <boost/filesystem/path.hpp>
#include <string>

namespace reelcut {

// What a media file holds, as the editor needs it. Sizes are display sizes: a phone
// clip stored 1920x1080 with a 90 degree display matrix reports 1080x1920.
struct MediaInfo {
    std::string path;
    std::string container; // demuxer name, e.g. "mov,mp4,m4a,3gp,3g2,mj2"
    Time duration;         // of the longest stream; 0 for a still image
    bool isStill = false;  // a single picture (PNG/JPG/WebP...), used as a clip with a duration
    // An animated picture FFmpeg cannot decode (animated WebP): its frames come from Qt's
    // image reader instead. hasVideo is set, duration is the animation's length.
    bool animatedImage = false;

    bool hasVideo = false;
    std::string videoCodec; // e.g. "h264", "hevc", "vp9", "prores", "png"
    int width = 0;          // display width, rotation applied
    int height = 0;         // display height, rotation applied
    int codedWidth = 0;
    int codedHeight = 0;
    int rotation = 0;        // clockwise degrees to apply for display: 0, 90, 180 or 270
    FrameRate frameRate{30}; // average frame rate (what the container says, or measured)
    bool variableFrameRate = false;
    std::string pixelFormat;
    std::int64_t frameCount = 0; // estimate

    bool hasAudio = false;
    std::string audioCodec;
    int sampleRate = 0;
    int channels = 0;
};

// Opens the file (file protocol only, see input_file.h) and reads its stream facts.
// Throws MediaError naming the file and reason when it is missing, unreadable, corrupt
// or has no decodable stream.
MediaInfo probeMedia(const boost::filesystem::path& file);
// Any file ReelCut can use as media: SVG (drawn by Qt), animated WebP (read by Qt's
// plugins) and everything FFmpeg reads. What the editor, the renderer and `reelcut-cli
// probe` all use, so they agree on what a file is.
MediaInfo probeAnyMedia(const boost::filesystem::path& file);

} // namespace reelcut
