#pragma once

#include <stdexcept>
#include <string>

namespace reelcut {

// Every media failure names the file, the stage (open, probe, decode, encode, write...)
// and the reason, so that a user can act on it: "clip.mp4: decode: Invalid data found".
class MediaError : public std::runtime_error {
public:
    MediaError(std::string file, std::string stage, std::string reason);

    const std::string& file() const { return file_; }
    const std::string& stage() const { return stage_; }
    const std::string& reason() const { return reason_; }

private:
    std::string file_;
    std::string stage_;
    std::string reason_;
};

// Text of an FFmpeg error code (av_strerror).
std::string ffmpegErrorText(int code);

} // namespace reelcut
