#pragma once

#include "util/message.h"

#include <string>

namespace reelcut {

// Every media failure names the file, the stage (open, probe, decode, encode, write...)
// and the reason, so that a user can act on it: "clip.mp4: decode: the picture data is
// damaged". The reason is a message, translated when shown.
class MediaError : public Error {
public:
    MediaError(std::string file, std::string stage, Message reason);
    // A reason in plain words that need no translation (kept for callers that have one).
    MediaError(std::string file, std::string stage, std::string reason);

    const std::string& file() const { return file_; }
    const std::string& stage() const { return stage_; }
    std::string reason() const { return reason_.english(); }
    const Message& reasonMessage() const { return reason_; }

private:
    std::string file_;
    std::string stage_;
    Message reason_;
};

// What an FFmpeg error code means, in words a user understands ("the file ends too
// early (it may be cut off)" rather than "End of file"), as a message.
Message ffmpegErrorMessage(int code);
// The same in English.
std::string ffmpegErrorText(int code);
// The stage names used in MediaError ("open", "decode"...), as messages.
Message stageMessage(const std::string& stage);

} // namespace reelcut
