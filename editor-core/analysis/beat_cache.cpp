#include "analysis/beat_cache.h"

#include <QJsonArray>
#include <cmath>
#include <stdexcept>

namespace reelcut {

namespace {

// Bump when the analysis changes what it finds, so old caches are not reused.
constexpr int kBeatVersion = 1;

QJsonArray times(const std::vector<double>& v) {
    QJsonArray a;
    for (double t : v) {
        a.append(std::round(t * 1e4) / 1e4); // 0.1 ms is finer than any use
    }
    return a;
}

std::vector<double> times(const QJsonValue& v) {
    if (!v.isArray()) {
        throw std::runtime_error("not a beat analysis");
    }
    std::vector<double> out;
    for (const QJsonValue& t : v.toArray()) {
        out.push_back(t.toDouble());
    }
    return out;
}

} // namespace

QJsonObject beatAnalysisToJson(const BeatAnalysis& a) {
    return QJsonObject{{"bpm", std::round(a.bpm * 100) / 100},
                       {"beats_per_bar", a.beatsPerBar},
                       {"duration", std::round(a.duration * 1e4) / 1e4},
                       {"beats", times(a.beats)},
                       {"downbeats", times(a.downbeats)},
                       {"onsets", times(a.onsets)}};
}

BeatAnalysis beatAnalysisFromJson(const QJsonObject& o) {
    BeatAnalysis a;
    a.bpm = o.value("bpm").toDouble();
    a.beatsPerBar = o.value("beats_per_bar").toInt();
    a.duration = o.value("duration").toDouble();
    a.beats = times(o.value("beats"));
    a.downbeats = times(o.value("downbeats"));
    a.onsets = times(o.value("onsets"));
    return a;
}

BeatAnalysis cachedBeatAnalysis(const boost::filesystem::path& media, const AnalysisStore& store,
                                bool force, bool* fromCache) {
    const std::string key = AnalysisStore::keyFor(media, "beats",
                                                  "rate=" + std::to_string(kBeatAnalysisRate) +
                                                      ";v=" + std::to_string(kBeatVersion));
    if (!force) {
        if (const auto cached = store.load(key)) {
            try {
                BeatAnalysis a = beatAnalysisFromJson(*cached);
                if (fromCache != nullptr) {
                    *fromCache = true;
                }
                return a;
            } catch (const std::exception&) {
                // damaged: analyse again
            }
        }
    }
    BeatAnalysis a = analyzeBeats(media);
    // Store what the JSON holds, so a cached and a fresh result are identical.
    a = beatAnalysisFromJson(beatAnalysisToJson(a));
    store.save(key, beatAnalysisToJson(a));
    if (fromCache != nullptr) {
        *fromCache = false;
    }
    return a;
}

} // namespace reelcut
