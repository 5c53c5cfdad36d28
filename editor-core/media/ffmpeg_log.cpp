#include "media/ffmpeg_log.h"

#include <cstdlib>
#include <cstring>

extern "C" {
#include <libavutil/log.h>
}

namespace reelcut {

void configureFfmpegLogging() {
    const char* verbose = std::getenv("REELCUT_VERBOSE");
    const bool on = verbose != nullptr && std::strcmp(verbose, "0") != 0;
    av_log_set_level(on ? AV_LOG_WARNING : AV_LOG_FATAL);
}

} // namespace reelcut
