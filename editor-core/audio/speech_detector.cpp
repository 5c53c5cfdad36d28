#include "audio/speech_detector.h"

#include "media/pcm_decoder.h"

#include <QJsonArray>
#include <algorithm>
#include <cmath>
#include <numeric>

namespace reelcut {

namespace {

constexpr int kFrame = kSpeechAnalysisRate / 50; // 20 ms
constexpr int kHop = kSpeechAnalysisRate / 100;  // 10 ms
constexpr double kHopSeconds = double(kHop) / kSpeechAnalysisRate;
constexpr int kMinLag = kSpeechAnalysisRate / 400; // 400 Hz
constexpr int kMaxLag = kSpeechAnalysisRate / 70;  // 70 Hz
constexpr int kSpeechVersion = 2;

struct FrameFeatures {
    double db = -120;   // frame level, dBFS
    double voicing = 0; // normalised autocorrelation at the pitch lag (0..1)
    int lag = 0;        // pitch period in samples
};

FrameFeatures analyseFrame(const float* x) {
    FrameFeatures f;
    double energy = 0;
    for (int i = 0; i < kFrame; ++i) {
        energy += double(x[i]) * x[i];
    }
    f.db = 10 * std::log10(energy / kFrame + 1e-12);
    if (f.db < -60) {
        return f;
    }
    // Normalised autocorrelation over pitch lags; the window is the frame plus the lag,
    // so the caller provides kFrame + kMaxLag samples.
    double best = 0;
    for (int lag = kMinLag; lag <= kMaxLag; ++lag) {
        double xy = 0, xx = 0, yy = 0;
        for (int i = 0; i < kFrame; ++i) {
            const double a = x[i], b = x[i + lag];
            xy += a * b;
            xx += a * a;
            yy += b * b;
        }
        const double r = xy / std::sqrt(xx * yy + 1e-12);
        if (r > best) {
            best = r;
            f.lag = lag;
        }
    }
    f.voicing = best;
    return f;
}

} // namespace

std::vector<SpeechRegion> detectSpeech(const std::vector<float>& mono) {
    std::vector<SpeechRegion> regions;
    if (mono.size() < std::size_t(kFrame + kMaxLag)) {
        return regions;
    }
    const std::size_t frames = (mono.size() - kFrame - kMaxLag) / kHop + 1;
    std::vector<FrameFeatures> features(frames);
    for (std::size_t i = 0; i < frames; ++i) {
        features[i] = analyseFrame(mono.data() + i * kHop);
    }
    // The noise floor: the level most quiet frames have (10th percentile).
    std::vector<double> levels;
    levels.reserve(frames);
    for (const auto& f : features) {
        levels.push_back(f.db);
    }
    std::nth_element(levels.begin(), levels.begin() + std::ptrdiff_t(frames / 10), levels.end());
    const double floorDb = levels[frames / 10];
    const double threshold = std::max(-55.0, floorDb + 12);

    std::vector<bool> voiced(frames);
    for (std::size_t i = 0; i < frames; ++i) {
        voiced[i] = features[i].db > threshold && features[i].voicing > 0.55;
    }
    // Runs of voiced frames, with gaps up to 300 ms between syllables and words closed.
    constexpr std::size_t kGap = 30;
    std::size_t i = 0;
    while (i < frames) {
        if (!voiced[i]) {
            ++i;
            continue;
        }
        std::size_t end = i + 1, lastVoiced = i;
        while (end < frames && end - lastVoiced <= kGap) {
            if (voiced[end]) {
                lastVoiced = end;
            }
            ++end;
        }
        // The run is [i, lastVoiced]. Speech changes: its level moves by several dB and
        // its pitch wanders; a held tone does neither.
        std::vector<double> db, pitch;
        for (std::size_t k = i; k <= lastVoiced; ++k) {
            db.push_back(features[k].db);
            if (voiced[k]) {
                pitch.push_back(double(features[k].lag));
            }
        }
        auto spread = [](const std::vector<double>& v) {
            const double mean = std::accumulate(v.begin(), v.end(), 0.0) / double(v.size());
            double var = 0;
            for (double x : v) {
                var += (x - mean) * (x - mean);
            }
            return std::pair{mean, std::sqrt(var / double(v.size()))};
        };
        const auto [dbMean, dbSpread] = spread(db);
        const auto [lagMean, lagSpread] = spread(pitch);
        (void)dbMean;
        const bool changing = dbSpread > 3 || lagSpread / lagMean > 0.03;
        const std::size_t length = lastVoiced + 1 - i;
        if (length >= 8 && changing) {
            // Frame k covers [k, k + 2) hops; unvoiced consonants before and after the
            // voiced part belong to the speech too (50 ms each side).
            const double start = std::max(0.0, double(i) * kHopSeconds - 0.05);
            const double stop = (double(lastVoiced) + 2) * kHopSeconds + 0.05;
            if (!regions.empty() && start <= regions.back().end) {
                regions.back().end = std::max(regions.back().end, stop);
            } else {
                regions.push_back({start, stop});
            }
        }
        i = lastVoiced + 1;
    }
    return regions;
}

double noiseFloorDb(const std::vector<float>& mono) {
    std::vector<double> levels;
    for (std::size_t a = 0; a + kFrame <= mono.size(); a += kFrame) {
        double e = 0;
        for (std::size_t i = a; i < a + kFrame; ++i) {
            e += double(mono[i]) * mono[i];
        }
        levels.push_back(10 * std::log10(e / kFrame + 1e-12));
    }
    if (levels.empty()) {
        return -90;
    }
    std::nth_element(levels.begin(), levels.begin() + std::ptrdiff_t(levels.size() / 10),
                     levels.end());
    return std::max(-90.0, levels[levels.size() / 10]);
}

const SpeechIndex::Entry& SpeechIndex::entry(const std::string& media) {
    if (auto it = known_.find(media); it != known_.end()) {
        return it->second;
    }
    Entry found;
    try {
        const std::string key = AnalysisStore::keyFor(
            media, "speech",
            "rate=" + std::to_string(kSpeechAnalysisRate) + ";v=" + std::to_string(kSpeechVersion));
        if (const auto cached = store_.load(key)) {
            for (const QJsonValue& v : cached->value("regions").toArray()) {
                const QJsonArray r = v.toArray();
                found.regions.push_back({r.at(0).toDouble(), r.at(1).toDouble()});
            }
            found.noiseFloorDb = cached->value("noise_floor_db").toDouble(-90);
        } else {
            const std::vector<float> mono = decodeMono(media, kSpeechAnalysisRate, 4 * 3600);
            found.regions = detectSpeech(mono);
            found.noiseFloorDb = noiseFloorDb(mono);
            QJsonArray list;
            for (const SpeechRegion& r : found.regions) {
                list.append(
                    QJsonArray{std::round(r.start * 1000) / 1000, std::round(r.end * 1000) / 1000});
            }
            store_.save(key,
                        QJsonObject{{"regions", list},
                                    {"noise_floor_db", std::round(found.noiseFloorDb * 10) / 10}});
        }
    } catch (const std::exception&) {
        found = Entry{};
    }
    return known_.emplace(media, std::move(found)).first->second;
}

const std::vector<SpeechRegion>& SpeechIndex::regions(const std::string& media) {
    return entry(media).regions;
}

double SpeechIndex::noiseFloor(const std::string& media) {
    return entry(media).noiseFloorDb;
}

} // namespace reelcut
