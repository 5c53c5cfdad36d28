#pragma once

#include "media/ffmpeg_ptr.h"
#include "model/project.h"

namespace reelcut {

struct LoudnessMeasure {
    double integratedLufs = -70; // EBU R128 integrated loudness (-70: silence)
    double samplePeakDb = -120;  // highest sample, dBFS
};

// Measures 48 kHz stereo float audio as it streams past, the way platforms measure a
// video before turning it up or down (EBU R128 integrated loudness, FFmpeg's ebur128).
class LoudnessMeter {
public:
    LoudnessMeter();
    void add(const float* interleaved, int frames);
    // Flushes the meter; call once, at the end.
    LoudnessMeasure finish();

private:
    void drain();

    ff::FilterGraphPtr graph_;
    AVFilterContext* src_ = nullptr;
    AVFilterContext* sink_ = nullptr;
    ff::FramePtr in_;
    ff::FramePtr out_;
    std::int64_t pts_ = 0;
    LoudnessMeasure result_;
};

// The project's mix over [from, to), measured. Mixing audio alone is fast.
LoudnessMeasure measureLoudness(const Project& project, const Time& from, const Time& to);

// The gain (dB) that brings the mix to `targetLufs`, limited so that no sample peak goes
// above -1 dBFS (a clipped video sounds worse than a quiet one).
double normalisationGainDb(const LoudnessMeasure& m, double targetLufs);

} // namespace reelcut
