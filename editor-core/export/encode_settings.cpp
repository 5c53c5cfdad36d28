#include "export/encode_settings.h"

#include <algorithm>
#include <stdexcept>

namespace reelcut {

namespace {

// No platform asks for more than this at 1080p; Meta refuses above 25 Mbit/s.
constexpr std::int64_t kBitrateCeiling = 20'000'000;

// Motion costs bits per second, not per frame: YouTube recommends 1.5x the 30 fps rate for
// 48-60 fps, and the same factor keeps the other platforms' numbers in range.
std::int64_t scaleForRate(std::int64_t bitsPerSecond, const FrameRate& rate) {
    if (rate.toDouble() > 31.0) {
        return bitsPerSecond * 3 / 2;
    }
    return bitsPerSecond;
}

} // namespace

EncodeSettings encodeSettingsFor(const Preset& preset, const FrameRate& rate, bool hasAudio) {
    const FrameRate fps = preset.frameRate.value_or(rate);
    if (fps.num() <= 0) {
        throw std::invalid_argument("export frame rate must be positive, got " + fps.toString());
    }
    EncodeSettings s;
    s.width = preset.width;
    s.height = preset.height;
    s.frameRate = fps;
    // A preset may carry its own higher cap; never lower it below what the preset asks for.
    s.maxBitrate = std::min(scaleForRate(preset.maxBitrate, fps),
                            std::max(preset.maxBitrate, kBitrateCeiling));
    // A two-second buffer lets CRF spend bits on a hard scene while the average over any
    // two seconds stays under maxrate, which is what upload checks measure.
    s.bufferSize = 2 * s.maxBitrate;
    s.gopSeconds = 2;
    s.hasAudio = hasAudio;
    s.audioBitrate = preset.audioBitrate;
    s.sampleRate = preset.sampleRate;
    s.channels = preset.channels;
    return s;
}

} // namespace reelcut
