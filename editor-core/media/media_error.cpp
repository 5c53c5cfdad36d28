#include "media/media_error.h"

extern "C" {
#include <libavutil/error.h>
}

namespace reelcut {

MediaError::MediaError(std::string file, std::string stage, std::string reason)
    : std::runtime_error(file + ": " + stage + ": " + reason), file_(std::move(file)),
      stage_(std::move(stage)), reason_(std::move(reason)) {}

std::string ffmpegErrorText(int code) {
    char buf[AV_ERROR_MAX_STRING_SIZE] = {};
    av_strerror(code, buf, sizeof buf);
    return buf;
}

} // namespace reelcut
