#include "support/drum_track.h"

#include <QFile>
#include <algorithm>
#include <cmath>
#include <random>
#include <stdexcept>

namespace reelcut::test {

namespace {

constexpr double kPi = 3.14159265358979323846;

class Synth {
public:
    Synth(std::vector<float>& out, int rate, std::uint32_t seed)
        : out_(out), rate_(rate), rng_(seed) {}

    void kick(double t, double gain) {
        double phase = 0;
        forEach(t, 0.35, [&](double s) {
            const double f = 48 + 110 * std::exp(-s / 0.025);
            phase += 2 * kPi * f / rate_;
            return gain * std::sin(phase) * std::exp(-s / 0.12);
        });
    }
    void snare(double t, double gain) {
        double hp = 0, prev = 0;
        forEach(t, 0.25, [&](double s) {
            const double n = noise();
            hp = 0.7 * (hp + n - prev); // one-pole high-pass: the rattle, not a thud
            prev = n;
            return gain * (0.8 * hp * std::exp(-s / 0.07) +
                           0.5 * std::sin(2 * kPi * 185 * s) * std::exp(-s / 0.04));
        });
    }
    void hat(double t, double gain, double decay) {
        double a = 0, b = 0;
        forEach(t, decay * 5, [&](double s) {
            const double n = noise();
            const double d1 = n - a; // two differences: energy above ~8 kHz
            a = n;
            const double d2 = d1 - b;
            b = d1;
            return gain * 0.5 * d2 * std::exp(-s / decay);
        });
    }
    void bass(double t, double length, double freq, double gain) {
        forEach(t, length, [&](double s) {
            const double env = std::min(1.0, s / 0.005) * (0.55 + 0.45 * std::exp(-s / 0.08)) *
                               std::min(1.0, (length - s) / 0.02);
            const double w = 2 * kPi * freq * s;
            return gain * env * (std::sin(w) + 0.5 * std::sin(2 * w) + 0.25 * std::sin(3 * w));
        });
    }
    double noise() { return dist_(rng_); }
    double jitter(double amount) { return amount * noise(); }

private:
    template <typename F> void forEach(double t, double length, F&& f) {
        const auto a = std::int64_t(std::llround(t * rate_));
        const auto n = std::int64_t(length * rate_);
        for (std::int64_t i = std::max<std::int64_t>(0, -a); i < n; ++i) {
            const std::int64_t k = a + i;
            if (k >= std::int64_t(out_.size())) {
                break;
            }
            out_[std::size_t(k)] += float(f(double(i) / rate_));
        }
    }
    std::vector<float>& out_;
    int rate_;
    std::mt19937 rng_;
    std::uniform_real_distribution<double> dist_{-1.0, 1.0};
};

} // namespace

DrumTrack makeDrumTrack(const DrumTrackSpec& spec) {
    DrumTrack track;
    track.sampleRate = spec.sampleRate;
    track.samples.assign(std::size_t(spec.seconds * spec.sampleRate), 0.0f);
    Synth synth(track.samples, spec.sampleRate, spec.seed);
    // Roots of a four-bar progression (A, F, C, G), in the bass register.
    const double roots[] = {55.0, 43.65, 65.41, 49.0};
    const double barBeats = spec.beatsPerBar;
    double t = 0.05 + 0.2 * (spec.seed % 5) / 5.0; // the music does not start at 0
    for (int beat = 0; t < spec.seconds; ++beat) {
        const double bpm = spec.bpm * (1 + spec.drift * std::sin(2 * kPi * beat / (16 * barBeats)));
        const double period = 60.0 / bpm;
        const int inBar = beat % spec.beatsPerBar;
        const int bar = beat / spec.beatsPerBar;
        track.beats.push_back(t);
        if (inBar == 0) {
            track.downbeats.push_back(t);
        }
        const double vel = 0.9 + 0.1 * synth.noise();
        synth.kick(t + synth.jitter(spec.jitter), 0.8 * vel);
        if (inBar % 2 == 1) {
            synth.snare(t + synth.jitter(spec.jitter), 0.55 * vel);
        }
        if (inBar == 0 && bar % 4 == 0) {
            synth.hat(t, 0.35, 0.25); // crash
        }
        synth.hat(t + synth.jitter(spec.jitter), 0.25, 0.02);
        synth.hat(t + period * (0.5 + spec.swing) + synth.jitter(spec.jitter), 0.18, 0.02);
        // Bass: the bar's root on the beat, its octave on the off-beat of beats 2 and 4.
        const double root = roots[bar % 4];
        synth.bass(t, period * 0.45, inBar == 2 ? root * 1.5 : root, 0.22);
        if (inBar % 2 == 1) {
            synth.bass(t + period * (0.5 + spec.swing), period * 0.3, root * 2, 0.16);
        }
        t += period;
    }
    float peak = 0;
    for (float v : track.samples) {
        peak = std::max(peak, std::abs(v));
    }
    if (peak > 0) {
        for (float& v : track.samples) {
            v *= 0.9f / peak;
        }
    }
    std::vector<double> ibi;
    for (std::size_t i = 1; i < track.beats.size(); ++i) {
        ibi.push_back(track.beats[i] - track.beats[i - 1]);
    }
    std::nth_element(ibi.begin(), ibi.begin() + std::ptrdiff_t(ibi.size() / 2), ibi.end());
    track.bpm = ibi.empty() ? 0 : 60.0 / ibi[ibi.size() / 2];
    return track;
}

void writeWav(const QString& file, const std::vector<float>& samples, int sampleRate) {
    QFile f(file);
    if (!f.open(QIODevice::WriteOnly)) {
        throw std::runtime_error(("cannot write " + file).toStdString());
    }
    auto u32 = [&](std::uint32_t v) {
        const char b[4] = {char(v), char(v >> 8), char(v >> 16), char(v >> 24)};
        f.write(b, 4);
    };
    auto u16 = [&](std::uint16_t v) {
        const char b[2] = {char(v), char(v >> 8)};
        f.write(b, 2);
    };
    const auto bytes = std::uint32_t(samples.size() * 2);
    f.write("RIFF", 4);
    u32(36 + bytes);
    f.write("WAVEfmt ", 8);
    u32(16);
    u16(1);
    u16(1);
    u32(std::uint32_t(sampleRate));
    u32(std::uint32_t(sampleRate * 2));
    u16(2);
    u16(16);
    f.write("data", 4);
    u32(bytes);
    QByteArray pcm(qsizetype(bytes), Qt::Uninitialized);
    for (std::size_t i = 0; i < samples.size(); ++i) {
        const auto v = std::int16_t(std::lround(std::clamp(samples[i], -1.0f, 1.0f) * 32767));
        pcm[qsizetype(2 * i)] = char(v & 0xff);
        pcm[qsizetype(2 * i + 1)] = char((v >> 8) & 0xff);
    }
    f.write(pcm);
}

double beatFMeasure(const std::vector<double>& reference, const std::vector<double>& detected,
                    double window, double skip) {
    std::vector<double> ref, det;
    for (double r : reference) {
        if (r >= skip) {
            ref.push_back(r);
        }
    }
    for (double d : detected) {
        if (d >= skip - window) {
            det.push_back(d);
        }
    }
    if (ref.empty() || det.empty()) {
        return 0;
    }
    std::vector<bool> used(ref.size(), false);
    int hits = 0;
    for (double d : det) {
        auto it = std::lower_bound(ref.begin(), ref.end(), d - window);
        for (; it != ref.end() && *it <= d + window; ++it) {
            const auto i = std::size_t(it - ref.begin());
            if (!used[i]) {
                used[i] = true;
                ++hits;
                break;
            }
        }
    }
    const double precision = double(hits) / double(det.size());
    const double recall = double(hits) / double(ref.size());
    return hits == 0 ? 0 : 2 * precision * recall / (precision + recall);
}

} // namespace reelcut::test
