#pragma once

#include <vector>

namespace reelcut {

// Keeps 48 kHz stereo below a ceiling in true peak (ITU-R BS.1770: the peaks between
// samples too, here estimated by 8x oversampling), the way a mastering limiter does: it looks
// ahead, so the gain is already down when a peak arrives (no overshoot, no clipping), and
// comes back up over the release time. The output lags the input by latency() samples.
class TruePeakLimiter {
public:
    explicit TruePeakLimiter(double ceilingDb = -1.5, double releaseSeconds = 0.15,
                             double lookaheadSeconds = 0.002);

    int latency() const { return latency_; }
    // Interleaved stereo in, the same number of frames out (`in` and `out` may be the
    // same buffer): output frame i is input frame i - latency(), limited.
    void process(const float* in, float* out, int frames);
    // The largest gain reduction so far, dB (0: never limited).
    double maxReductionDb() const;

private:
    static constexpr int kHalfTaps = 16; // interpolation filter: 32 taps per phase
    static constexpr int kPhases = 7;    // points between samples: 8x oversampling
    static constexpr int kRing = 1024;   // power of two above lookahead + filter span
    static constexpr int kMask = kRing - 1;

    double ceiling_;
    double release_;
    int lookahead_;
    int latency_;
    long long index_ = 0; // absolute index of the next input frame
    double phases_[kPhases][2 * kHalfTaps];
    std::vector<float> x_;     // input history, stereo interleaved, ring
    std::vector<double> need_; // gain each sample needs, ring
    std::vector<double> env_;  // gain after look-ahead minimum and release, ring
    double envSum_ = 0;        // sum of env over the last `lookahead_` samples
    double lastEnv_ = 1;
    double minGain_ = 1;
};

} // namespace reelcut
