#include "render/true_peak_limiter.h"

#include <algorithm>
#include <cmath>

namespace reelcut {

TruePeakLimiter::TruePeakLimiter(double ceilingDb, double releaseSeconds, double lookaheadSeconds)
    : ceiling_(std::pow(10.0, ceilingDb / 20.0)),
      release_(1.0 - std::exp(-1.0 / (std::max(0.001, releaseSeconds) * 48000.0))),
      lookahead_(std::clamp(int(std::lround(lookaheadSeconds * 48000)), 1, kRing / 2)),
      latency_(lookahead_ - 1 + 2 * kHalfTaps), x_(2 * kRing, 0.0f), need_(kRing, 1.0),
      env_(kRing, 1.0) {
    // Windowed-sinc interpolators for the seven points between a sample and the next.
    constexpr double kPi = 3.14159265358979323846;
    for (int p = 0; p < kPhases; ++p) {
        const double phase = double(p + 1) / (kPhases + 1);
        double sum = 0;
        for (int k = 0; k < 2 * kHalfTaps; ++k) {
            const double t = phase - (k - kHalfTaps + 1); // distance to tap
            const double sinc = std::abs(t) < 1e-12 ? 1.0 : std::sin(kPi * t) / (kPi * t);
            const double w = 0.5 * (1 + std::cos(kPi * t / kHalfTaps));
            phases_[p][k] = sinc * w;
            sum += phases_[p][k];
        }
        for (double& c : phases_[p]) {
            c /= sum;
        }
    }
    envSum_ = lookahead_; // env is 1 before the start
}

double TruePeakLimiter::maxReductionDb() const {
    return -20 * std::log10(minGain_);
}

void TruePeakLimiter::process(const float* in, float* out, int frames) {
    for (int i = 0; i < frames; ++i) {
        const long long j = index_++;
        const auto slot = std::size_t(j & kMask);
        const float l = in[2 * i], r = in[2 * i + 1];
        x_[2 * slot] = l;
        x_[2 * slot + 1] = r;
        // The peak around sample c (between c and c + 1 included), now that the filter
        // has the samples after it.
        // From c = -kHalfTaps on: the silence before the first sample counts too, a loud
        // start rings just before it.
        const long long c = j - kHalfTaps;
        {
            double peak = 0;
            for (int ch = 0; ch < 2; ++ch) {
                peak = std::max(peak, double(std::abs(x_[2 * std::size_t(c & kMask) + ch])));
                for (const auto& taps : phases_) {
                    double v = 0;
                    for (int k = 0; k < 2 * kHalfTaps; ++k) {
                        const long long at = c + k - kHalfTaps + 1;
                        v += taps[k] * x_[2 * std::size_t(at & kMask) + ch];
                    }
                    peak = std::max(peak, std::abs(v));
                }
            }
            need_[std::size_t(c & kMask)] = peak > ceiling_ ? ceiling_ / peak : 1.0;
        }
        // Sample d gets the lowest gain needed anywhere in the look-ahead window after it
        // (widened by the interpolator's reach on both sides: a peak between samples is
        // made of its neighbours), released smoothly, then averaged over the window: the
        // average reaches a peak's gain by the time the peak plays, so nothing passes.
        const long long d = c - (lookahead_ - 1) - kHalfTaps;
        float ol = 0, orr = 0;
        if (d >= 0) {
            double g = 1;
            for (long long k = d - kHalfTaps; k <= c; ++k) {
                g = std::min(g, need_[std::size_t(k & kMask)]);
            }
            double env = std::min(g, lastEnv_ + (1 - lastEnv_) * release_);
            if (d == 0) {
                // Before the first sample the gain was what the first one needs, not 1:
                // a song that starts loud is held down from its first sample.
                env = g;
                for (int k = 1; k <= lookahead_; ++k) {
                    env_[std::size_t((d - k) & kMask)] = env;
                }
                envSum_ = env * lookahead_;
            }
            lastEnv_ = env;
            const auto e = std::size_t(d & kMask);
            envSum_ += env - env_[std::size_t((d - lookahead_) & kMask)];
            env_[e] = env;
            const double gain = std::min(1.0, envSum_ / lookahead_);
            minGain_ = std::min(minGain_, gain);
            ol = float(x_[2 * e] * gain);
            orr = float(x_[2 * e + 1] * gain);
        }
        out[2 * i] = ol;
        out[2 * i + 1] = orr;
    }
}

} // namespace reelcut
