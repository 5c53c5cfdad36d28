#pragma once

#include "media/ffmpeg_ptr.h"
#include "model/project.h"

#include <boost/filesystem/path.hpp>

namespace reelcut {

struct LoudnessMeasure {
    double integratedLufs = -70; // EBU R128 integrated loudness (-70: silence)
    double samplePeakDb = -120;  // highest sample, dBFS
    double truePeakDb = -120;    // highest true peak (ITU-R BS.1770, 4x oversampled), dBTP
    double rangeLu = 0;          // loudness range (EBU Tech 3342), LU
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

// The project's mix over [from, to), measured. Mixing audio alone is fast. With `limit`,
// the mix is measured as the export plays it: raised by gainDb and through the
// true-peak limiter.
LoudnessMeasure measureLoudness(const Project& project, const Time& from, const Time& to,
                                double gainDb = 0, bool limit = false);

// A finished file's sound, measured as the platforms will (after encoding).
LoudnessMeasure measureFileLoudness(const boost::filesystem::path& file);

// The ceiling exports are limited to, dBTP. Platforms ask for -1 dBTP; encoding to AAC
// adds new peaks (about half a dB on ordinary mixes, 1.5 dB on a mix limited hard),
// hence the margin; an export whose file still measures above -1 dBTP is made again
// with the ceiling lowered by the excess (see exportProject).
inline constexpr double kExportTruePeakCeilingDb = -2.0;
inline constexpr double kPlatformTruePeakDb = -1.0;

// The gain (dB) that brings the mix to `targetLufs`; peaks it pushes too high are for the
// true-peak limiter (not a gain capped at the loudest sample, which leaves a mix with one
// drum hit far too quiet). At most +30 dB, so near-silence is not blown up into noise.
double normalisationGainDb(const LoudnessMeasure& m, double targetLufs);

} // namespace reelcut
