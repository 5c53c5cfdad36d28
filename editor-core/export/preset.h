#pragma once

#include "time/rational.h"
#include "util/message.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace reelcut {

// Fractions of the frame (0..1) that a platform's own UI covers: buttons on the right,
// caption and username at the bottom, the top bar. Text placed inside stays visible.
struct SafeZone {
    double left = 0;
    double top = 0;
    double right = 0;
    double bottom = 0;
};

// What a platform accepts, and how we encode for it. The numbers come from each
// platform's published upload specs; docs/presets.md lists them with the date checked.
struct Preset {
    std::string id;   // "tiktok", "reels", "shorts", "youtube", "square", "feed-4x5"
    std::string name; // "TikTok"
    int width = 1080;
    int height = 1920;
    std::optional<FrameRate> frameRate;     // unset: the project's rate
    std::int64_t videoBitrate = 10'000'000; // target, bits/s
    std::int64_t maxBitrate = 16'000'000;   // VBV cap, bits/s
    std::int64_t audioBitrate = 192'000;
    int sampleRate = 48000;
    int channels = 2;
    Time minDuration{0};
    Time maxDuration{0};           // 0: no limit
    std::int64_t maxFileBytes = 0; // 0: no limit
    double loudnessTarget = -14.0; // integrated LUFS the platform normalises to
    SafeZone safeZone;
    std::string notes; // one line shown in the export dialog
    // Frame rates the platform takes without converting; 0: no bound.
    FrameRate minFrameRate{0};
    FrameRate maxFrameRate{0};
};

const std::vector<Preset>& builtinPresets();
// nullptr when no preset has that id.
const Preset* findPreset(std::string_view id);
// The preset's name as a message (translated in the "Preset" context, like the editor).
Message presetName(const Preset& preset);

} // namespace reelcut
