#include "window/gui_util.h"

#include <cmath>

namespace reelcut::gui {

QString frameTimecode(std::int64_t frame, const FrameRate& rate) {
    frame = std::max<std::int64_t>(frame, 0);
    // Frames within the second count at the nominal (rounded) rate, as editors show them.
    const std::int64_t perSecond = std::max<std::int64_t>(1, rate.roundMul(1));
    const Time t = frameTime(frame, rate);
    const std::int64_t seconds = t.floor();
    const std::int64_t ff = frameAtTime(t - Time(seconds), rate) % perSecond;
    return QStringLiteral("%1:%2:%3:%4")
        .arg(seconds / 3600, 2, 10, QLatin1Char('0'))
        .arg((seconds / 60) % 60, 2, 10, QLatin1Char('0'))
        .arg(seconds % 60, 2, 10, QLatin1Char('0'))
        .arg(ff, 2, 10, QLatin1Char('0'));
}

QString shortDuration(double seconds) {
    const auto total = static_cast<long long>(std::llround(std::max(0.0, seconds)));
    if (total >= 3600) {
        return QStringLiteral("%1:%2:%3")
            .arg(total / 3600)
            .arg((total / 60) % 60, 2, 10, QLatin1Char('0'))
            .arg(total % 60, 2, 10, QLatin1Char('0'));
    }
    return QStringLiteral("%1:%2").arg(total / 60).arg(total % 60, 2, 10, QLatin1Char('0'));
}

} // namespace reelcut::gui
