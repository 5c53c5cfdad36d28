#include "audio/beat_tracker.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace reelcut::beat {

namespace {

constexpr double kMinBpm = 40;
constexpr double kMaxBpm = 250;
// The metrical level tapped along to lies in this range for nearly all music.
constexpr double kMinLevelBpm = 55;
constexpr double kMaxLevelBpm = 210;

// An onset curve without its slow trend, rises only, in units of its own spread: the
// tracker compares beats with each other, not with loud or quiet passages.
std::vector<float> normalise(const std::vector<float>& c, double frameRate) {
    const std::size_t n = c.size();
    std::vector<float> out(n, 0.0f);
    if (n == 0) {
        return out;
    }
    const auto half = std::size_t(std::max(1.0, 0.25 * frameRate));
    std::vector<double> prefix(n + 1, 0.0);
    for (std::size_t i = 0; i < n; ++i) {
        prefix[i + 1] = prefix[i] + c[i];
    }
    double sum = 0, sum2 = 0;
    for (std::size_t i = 0; i < n; ++i) {
        const std::size_t a = i > half ? i - half : 0;
        const std::size_t b = std::min(n, i + half + 1);
        const double mean = (prefix[b] - prefix[a]) / double(b - a);
        const double v = std::max(0.0, double(c[i]) - mean);
        out[i] = float(v);
        sum += v;
        sum2 += v * v;
    }
    const double mean = sum / double(n);
    const double sd = std::sqrt(std::max(1e-12, sum2 / double(n) - mean * mean));
    for (float& v : out) {
        v = float(v / sd);
    }
    return out;
}

std::vector<double> autocorrelation(const std::vector<float>& x, int maxLag) {
    const auto n = int(x.size());
    std::vector<double> r(std::size_t(maxLag) + 1, 0.0);
    for (int lag = 0; lag <= maxLag && lag < n; ++lag) {
        double s = 0;
        for (int i = 0; i + lag < n; ++i) {
            s += double(x[std::size_t(i)]) * x[std::size_t(i + lag)];
        }
        r[std::size_t(lag)] = s / double(n - lag);
    }
    return r;
}

double at(const std::vector<double>& r, double x) {
    if (x < 0 || x >= double(r.size() - 1)) {
        return 0;
    }
    const auto i = std::size_t(x);
    const double f = x - double(i);
    return r[i] * (1 - f) + r[i + 1] * f;
}

// The strongest value of `x` within +-radius frames of position p (fractional), and where.
std::pair<double, double> peakNear(const std::vector<float>& x, double p, int radius) {
    const auto n = int(x.size());
    const int c = int(std::lround(p));
    int best = -1;
    for (int i = std::max(0, c - radius); i <= std::min(n - 1, c + radius); ++i) {
        if (best < 0 || x[std::size_t(i)] > x[std::size_t(best)]) {
            best = i;
        }
    }
    if (best < 0) {
        return {0.0, p};
    }
    double where = best;
    if (best > 0 && best + 1 < n) {
        // Parabola through the peak and its neighbours: sub-frame position.
        const double a = x[std::size_t(best - 1)], b = x[std::size_t(best)],
                     d = x[std::size_t(best + 1)];
        const double den = a - 2 * b + d;
        if (den < 0) {
            where += std::clamp(0.5 * (a - d) / den, -0.5, 0.5);
        }
    }
    return {x[std::size_t(best)], where};
}

double median(std::vector<double> v) {
    if (v.empty()) {
        return 0;
    }
    const auto mid = v.begin() + std::ptrdiff_t(v.size() / 2);
    std::nth_element(v.begin(), mid, v.end());
    return *mid;
}

// How strongly the midpoints between beats are hit, relative to the beats.
double offBeatRatio(const std::vector<float>& x, const std::vector<int>& beats) {
    if (beats.size() < 8) {
        return 1;
    }
    double on = 0, off = 0;
    for (std::size_t i = 1; i < beats.size(); ++i) {
        on += peakNear(x, beats[i], 2).first;
        off += peakNear(x, 0.5 * (beats[i - 1] + beats[i]), 2).first;
    }
    return on > 0 ? off / on : 1;
}

} // namespace

double estimateTempo(const std::vector<float>& curve, double frameRate) {
    const std::vector<float> x = normalise(curve, frameRate);
    const int maxLag = int(std::ceil(2 * 60 * frameRate / kMinBpm)) + 2;
    if (x.size() < std::size_t(4 * 60 * frameRate / kMinBpm)) {
        return 0; // too short to show four beats at the slowest tempo
    }
    const std::vector<double> r = autocorrelation(x, maxLag);
    auto score = [&](double bpm) {
        const double lag = 60 * frameRate / bpm;
        // The period and its double both line up with the beats; a mild preference for
        // the tempi people dance to keeps a slow and a fast reading from tying.
        const double w = std::exp(-0.5 * std::pow(std::log2(bpm / 110) / 1.5, 2));
        return w * (at(r, lag) + 0.5 * at(r, 2 * lag));
    };
    double best = 0, bestScore = -1e30;
    for (double bpm = kMinBpm; bpm <= kMaxBpm; bpm += 0.25) {
        const double s = score(bpm);
        if (s > bestScore) {
            bestScore = s;
            best = bpm;
        }
    }
    // Periodic onsets give a clear peak; noise and speech hardly any.
    if (at(r, 60 * frameRate / best) < 0.05 * r[0] || bestScore <= 0) {
        return 0;
    }
    // Refine within +-3 % in fine steps.
    double refined = best, refinedScore = score(best);
    for (double bpm = best * 0.97; bpm <= best * 1.03; bpm += best * 0.0005) {
        const double s = score(bpm);
        if (s > refinedScore) {
            refinedScore = s;
            refined = bpm;
        }
    }
    return refined;
}

std::vector<int> trackBeats(const std::vector<float>& curve, double period,
                            const std::vector<float>* localPeriod, double tightness) {
    const auto n = int(curve.size());
    if (n == 0 || period < 2) {
        return {};
    }
    std::vector<double> score(std::size_t(n), 0.0);
    std::vector<int> from(std::size_t(n), -1);
    for (int t = 0; t < n; ++t) {
        const double p = localPeriod != nullptr ? (*localPeriod)[std::size_t(t)] : period;
        const int a = std::max(0, t - int(std::ceil(2 * p)));
        const int b = t - int(std::floor(p / 2));
        double best = 0;
        int arg = -1;
        for (int tau = a; tau <= b; ++tau) {
            const double l = std::log(double(t - tau) / p);
            const double s = score[std::size_t(tau)] - tightness * l * l;
            if (arg < 0 || s > best) {
                best = s;
                arg = tau;
            }
        }
        score[std::size_t(t)] = curve[std::size_t(t)] + (arg >= 0 ? std::max(0.0, best) : 0.0);
        from[std::size_t(t)] = arg >= 0 && best > 0 ? arg : -1;
    }
    // The chain ends at the best score within the last period.
    int last = n - 1;
    for (int t = std::max(0, n - int(std::ceil(period))); t < n; ++t) {
        if (score[std::size_t(t)] > score[std::size_t(last)]) {
            last = t;
        }
    }
    std::vector<int> beats;
    for (int t = last; t >= 0; t = from[std::size_t(t)]) {
        beats.push_back(t);
    }
    std::reverse(beats.begin(), beats.end());
    return beats;
}

double chooseMetricalLevel(const OnsetCurves& curves, double bpm) {
    const double fr = curves.frameRate;
    const std::vector<float> full = normalise(curves.full, fr);
    const std::vector<float> drums = normalise(curves.drums, fr);
    std::vector<double> levels;
    for (double f : {0.25, 0.5, 1.0, 2.0, 4.0}) {
        if (bpm * f >= kMinLevelBpm && bpm * f <= kMaxLevelBpm) {
            levels.push_back(bpm * f);
        }
    }
    // Slowest first: a level is the beat when its off-beats are clearly weaker than its
    // beats, in the drum band (cymbals on the eighths do not count against it) or in the
    // whole spectrum. Too slow a level has real beats as its off-beats.
    double chosen = bpm, lowest = 1e9;
    for (double level : levels) {
        const std::vector<int> beats = trackBeats(drums, 60 * fr / level);
        const double inDrums = offBeatRatio(drums, beats);
        const double inFull = offBeatRatio(full, beats);
        if (inDrums < 0.5 || inFull < 0.6) {
            return level;
        }
        if (inDrums + inFull < lowest) {
            lowest = inDrums + inFull;
            chosen = level;
        }
    }
    return chosen;
}

std::vector<double> findBeats(const OnsetCurves& curves) {
    const double fr = curves.frameRate;
    const double bpm0 = estimateTempo(curves.full, fr);
    if (bpm0 <= 0) {
        return {};
    }
    const double bpm = chooseMetricalLevel(curves, bpm0);
    const std::vector<float> x = normalise(curves.drums, fr);
    const double period = 60 * fr / bpm;
    std::vector<int> beats = trackBeats(x, period);
    if (beats.size() >= 16) {
        // The tempo as the first pass found it: the median of nine intervals around each
        // beat, held between beats.
        std::vector<double> around(beats.size() - 1);
        std::vector<float> local(x.size(), float(period));
        for (std::size_t i = 0; i + 1 < beats.size(); ++i) {
            std::vector<double> near;
            for (std::size_t j = i >= 4 ? i - 4 : 0; j <= i + 4 && j + 1 < beats.size(); ++j) {
                near.push_back(beats[j + 1] - beats[j]);
            }
            around[i] = std::clamp(median(near), 0.8 * period, 1.25 * period);
            for (int t = beats[i]; t < beats[i + 1]; ++t) {
                local[std::size_t(t)] = float(around[i]);
            }
        }
        for (std::size_t t = std::size_t(beats.back()); t < local.size(); ++t) {
            local[t] = float(around.back());
        }
        std::vector<double> sorted = around;
        std::sort(sorted.begin(), sorted.end());
        const double spread = (sorted[sorted.size() * 9 / 10] - sorted[sorted.size() / 10]) /
                              sorted[sorted.size() / 2];
        // The second pass is strict: with the tempo known, it keeps the phase through
        // passages where the off-beats (guitar chugs, open hi-hats) are the louder hits.
        constexpr double kStrict = 3000;
        if (spread < 0.03) {
            // Played to a click: one period for the whole song, measured over eight-beat
            // spans (a single interval is only known to a frame).
            std::vector<double> spans;
            for (std::size_t i = 0; i + 8 < beats.size(); ++i) {
                spans.push_back((beats[i + 8] - beats[i]) / 8.0);
            }
            beats = trackBeats(x, median(spans), nullptr, kStrict);
        } else {
            beats = trackBeats(x, period, &local, kStrict);
        }
    }
    // Put each beat on its hit (sub-frame), where there is one close by.
    std::vector<double> strength;
    for (int b : beats) {
        strength.push_back(peakNear(x, b, 1).first);
    }
    const double typical = median(strength);
    std::vector<double> out;
    const int radius = std::max(1, int(std::lround(0.035 * fr)));
    for (std::size_t i = 0; i < beats.size(); ++i) {
        auto [value, where] = peakNear(x, beats[i], radius);
        if (value < 0.25 * typical) {
            where = beats[i];
        }
        out.push_back(where);
    }
    // No beats before the music starts or after it ends.
    std::size_t first = 0, end = out.size();
    while (first < end && strength[first] < 0.15 * typical) {
        ++first;
    }
    while (end > first && strength[end - 1] < 0.15 * typical) {
        --end;
    }
    std::vector<double> seconds;
    for (std::size_t i = first; i < end; ++i) {
        seconds.push_back(curves.offset + out[i] / fr);
    }
    return seconds;
}

std::vector<double> findDownbeats(const std::vector<double>& beats, const HarmonyFrames& harmony,
                                  int& beatsPerBar) {
    beatsPerBar = 0;
    const std::size_t n = beats.size();
    if (n < 16 || harmony.bins <= 0) {
        return {};
    }
    // Per beat: the average bass/chord spectrum until the next beat.
    const auto frames = harmony.values.size() / std::size_t(harmony.bins);
    const auto bins = std::size_t(harmony.bins);
    std::vector<std::vector<double>> spectra(n, std::vector<double>(bins, 0.0));
    for (std::size_t i = 0; i < n; ++i) {
        const double end = i + 1 < n ? beats[i + 1] : beats[i] + (beats[i] - beats[i - 1]);
        auto a = std::size_t(std::max(0.0, (beats[i] - harmony.offset) * harmony.frameRate));
        auto b = std::size_t(std::max(0.0, (end - harmony.offset) * harmony.frameRate));
        b = std::min(std::max(b, a + 1), frames);
        for (std::size_t f = a; f < b; ++f) {
            for (std::size_t k = 0; k < bins; ++k) {
                spectra[i][k] += harmony.values[f * bins + k] / double(b - a);
            }
        }
    }
    // For each meter and phase: how much the harmony differs between consecutive bars.
    // Bars that start where the chords change each hold one chord and differ a lot;
    // windows across bar lines mix two chords and differ less.
    auto barChange = [&](int meter, int phase) {
        double sum = 0;
        int count = 0;
        std::vector<double> prev, cur(bins);
        for (std::size_t start = std::size_t(phase); start + std::size_t(meter) <= n;
             start += std::size_t(meter)) {
            std::fill(cur.begin(), cur.end(), 0.0);
            for (std::size_t i = start; i < start + std::size_t(meter); ++i) {
                for (std::size_t k = 0; k < bins; ++k) {
                    cur[k] += spectra[i][k] / meter;
                }
            }
            if (!prev.empty()) {
                double d = 0;
                for (std::size_t k = 0; k < bins; ++k) {
                    d += std::abs(cur[k] - prev[k]);
                }
                sum += d / double(bins);
                ++count;
            }
            prev = cur;
        }
        return count > 0 ? sum / count : 0.0;
    };
    struct Choice {
        int meter = 0;
        int phase = 0;
        double contrast = -1e9;
    };
    Choice best;
    for (int meter : {4, 3}) {
        std::vector<double> scores;
        for (int phase = 0; phase < meter; ++phase) {
            scores.push_back(barChange(meter, phase));
        }
        const auto top = std::max_element(scores.begin(), scores.end());
        double others = 0;
        for (auto it = scores.begin(); it != scores.end(); ++it) {
            others += it == top ? 0.0 : *it;
        }
        others /= double(meter - 1);
        // How much the best phase stands out; four-four is far more common, so three-four
        // must stand out clearly more.
        const double contrast = others > 0 ? *top / others - 1 - (meter == 3 ? 0.1 : 0.0) : 0;
        if (contrast > best.contrast) {
            best = {meter, int(top - scores.begin()), contrast};
        }
    }
    if (best.contrast < 0.1) {
        return {}; // no bar structure stands out: better none than wrong ones
    }
    beatsPerBar = best.meter;
    std::vector<double> down;
    for (std::size_t i = std::size_t(best.phase); i < n; i += std::size_t(best.meter)) {
        down.push_back(beats[i]);
    }
    return down;
}

} // namespace reelcut::beat
