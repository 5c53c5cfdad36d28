#include "util/log.h"

extern "C" {
#include <libavutil/log.h>
}

namespace reelcut {

Q_LOGGING_CATEGORY(lcExport, "reelcut.export", QtInfoMsg)
Q_LOGGING_CATEGORY(lcMedia, "reelcut.media", QtInfoMsg)
Q_LOGGING_CATEGORY(lcFace, "reelcut.face", QtInfoMsg)
Q_LOGGING_CATEGORY(lcBatch, "reelcut.batch", QtInfoMsg)
Q_LOGGING_CATEGORY(lcGui, "reelcut.gui", QtInfoMsg)
Q_LOGGING_CATEGORY(lcRecord, "reelcut.record", QtInfoMsg)

void enableVerboseLogging() {
    QLoggingCategory::setFilterRules(QStringLiteral("reelcut.*=true"));
    av_log_set_level(AV_LOG_WARNING);
}

} // namespace reelcut
