#pragma once

#include "export/preset.h"
#include "time/rational.h"

#include <cstdint>
#include <string>

namespace reelcut {

// Encoder parameters for one export: H.264 High yuv420p BT.709, constant frame rate,
// closed GOP, AAC-LC, MP4 with +faststart and no edit lists.
struct EncodeSettings {
    int width = 1080;
    int height = 1920;
    FrameRate frameRate{30};
    std::string x264Preset = "veryfast";
    int crf = 21;                         // quality target, capped by maxBitrate
    std::int64_t maxBitrate = 16'000'000; // VBV maxrate, bits/s
    std::int64_t bufferSize = 32'000'000; // VBV buffer, bits
    int gopSeconds = 2;                   // keyframe interval
    bool hasAudio = true;
    std::int64_t audioBitrate = 192'000;
    int sampleRate = 48000;
    int channels = 2;
    int threads = 0; // 0: x264 picks
    // A live recording (the recorder's takes): fragmented MP4, one fragment per keyframe
    // (gopSeconds apart), each written out as soon as it is complete, no B-frames and
    // x264's zero-latency tuning, so a crash loses at most the fragment being filled.
    // No +faststart (the index is spread over the fragments).
    bool fragmented = false;
};

EncodeSettings encodeSettingsFor(const Preset& preset, const FrameRate& rate, bool hasAudio);

} // namespace reelcut
