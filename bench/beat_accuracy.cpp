// Beat accuracy and analysis speed: synthetic drum tracks at 70-180 BPM (straight,
// swung, drifting) with known beats, and the songs of Debian's fretsonfire-songs-*
// packages, whose rhythm-game charts (notes.mid) carry the exact beat grid.
// Usage: reelcut-beat-bench [--quick] [SONGS_DIR]

#include "audio/beat_analysis.h"
#include "support/drum_track.h"
#include "support/midi_tempo.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>

using namespace reelcut;
using namespace reelcut::test;

namespace {

struct Score {
    double f = 0;
    double aubioF = 0;
    double tempoError = 0; // relative
    double downbeatF = -1;
};

double medianBpm(const std::vector<double>& beats) {
    std::vector<double> ibi;
    for (std::size_t i = 1; i < beats.size(); ++i) {
        ibi.push_back(beats[i] - beats[i - 1]);
    }
    if (ibi.empty()) {
        return 0;
    }
    std::nth_element(ibi.begin(), ibi.begin() + std::ptrdiff_t(ibi.size() / 2), ibi.end());
    return 60 / ibi[ibi.size() / 2];
}

Score score(const BeatAnalysis& a, const std::vector<double>& aubio,
            const std::vector<double>& truth, const std::vector<double>& downTruth) {
    Score s;
    s.f = beatFMeasure(truth, a.beats);
    s.aubioF = beatFMeasure(truth, aubio);
    const double bpm = medianBpm(truth);
    s.tempoError = bpm > 0 ? std::abs(a.bpm - bpm) / bpm : 1;
    if (!downTruth.empty()) {
        s.downbeatF = a.downbeats.empty() ? 0 : beatFMeasure(downTruth, a.downbeats);
    }
    return s;
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    const bool quick = args.removeAll("--quick") > 0;
    const QString songs =
        args.isEmpty() ? QStringLiteral("/usr/share/games/fretsonfire/data/songs") : args.first();

    std::printf("%-34s %7s %7s %6s %6s %7s %6s\n", "track", "bpm", "found", "F", "aubio", "tempo%",
                "downF");
    double worstF = 1, worstTempo = 0, sumF = 0, sumAubio = 0;
    int count = 0;
    const double tempi[] = {70, 78, 85, 92, 100, 108, 116, 124, 132, 140, 150, 160, 170, 180};
    int variant = 0;
    for (double bpm : tempi) {
        for (int kind = 0; kind < (quick ? 1 : 3); ++kind, ++variant) {
            DrumTrackSpec spec;
            spec.bpm = bpm;
            spec.seconds = 40;
            spec.seed = std::uint32_t(variant + 1);
            spec.swing = kind == 1 ? 1.0 / 6 : 0;
            spec.drift = kind == 2 ? 0.05 : 0;
            const DrumTrack track = makeDrumTrack(spec);
            std::vector<double> aubio;
            const BeatAnalysis a = analyzeBeatSamples(track.samples, track.sampleRate, &aubio);
            const Score s = score(a, aubio, track.beats, track.downbeats);
            const char* names[] = {"straight", "swing", "drift 5%"};
            const QString name = QStringLiteral("synthetic %1 %2").arg(bpm).arg(names[kind]);
            std::printf("%-34s %7.1f %7.1f %6.3f %6.3f %7.2f %6.3f\n", qPrintable(name), track.bpm,
                        a.bpm, s.f, s.aubioF, 100 * s.tempoError, s.downbeatF);
            worstF = std::min(worstF, s.f);
            worstTempo = std::max(worstTempo, s.tempoError);
            sumF += s.f;
            sumAubio += s.aubioF;
            ++count;
        }
    }
    std::printf("synthetic: mean F %.3f (aubio alone %.3f), worst F %.3f, worst tempo error "
                "%.2f%%\n",
                sumF / count, sumAubio / count, worstF, 100 * worstTempo);

    // Real music.
    double songF = 0, songAubio = 0, songWorst = 1, songSeconds = 0, songTime = 0;
    int songCount = 0;
    QDirIterator it(songs, {"notes.mid"}, QDir::Files, QDirIterator::Subdirectories);
    QStringList charts;
    while (it.hasNext()) {
        charts << it.next();
    }
    charts.sort();
    for (const QString& chart : charts) {
        const QString song = QFileInfo(chart).dir().filePath("song.ogg");
        if (!QFileInfo::exists(song)) {
            continue;
        }
        const auto t0 = std::chrono::steady_clock::now();
        std::vector<double> aubio;
        const BeatAnalysis a = analyzeBeats(song.toStdString());
        const double took =
            std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
        // The chart's grid runs on after the music ends; compare where there is music.
        std::vector<double> truth = midiBeatTimes(chart, a.duration);
        const double offset = chartOffset(midiNoteTimes(chart), a.onsets);
        for (double& t : truth) {
            t += offset;
        }
        const double firstOnset = a.onsets.empty() ? 0 : a.onsets.front();
        const double lastOnset = a.onsets.empty() ? a.duration : a.onsets.back();
        std::erase_if(truth, [&](double t) { return t < firstOnset - 0.1 || t > lastOnset; });
        const Score s = score(a, {}, truth, {});
        const QString name = QFileInfo(QFileInfo(chart).path()).fileName();
        std::printf("%-34s %7.1f %7.1f %6.3f %6s %7.2f %6s  (%.0f s in %.2f s; chart %+.0f ms)\n",
                    qPrintable(name.left(34)), medianBpm(truth), a.bpm, s.f, "-",
                    100 * s.tempoError, "-", a.duration, took, 1000 * offset);
        songF += s.f;
        songWorst = std::min(songWorst, s.f);
        songSeconds += a.duration;
        songTime += took;
        ++songCount;
    }
    if (songCount > 0) {
        std::printf("songs: %d, mean F %.3f, worst F %.3f; analysis %.1fx real time (%.2f s "
                    "per 3 minutes)\n",
                    songCount, songF / songCount, songWorst, songSeconds / songTime,
                    180 * songTime / songSeconds);
    } else {
        std::printf("songs: none found under %s (apt-get install fretsonfire-songs-muldjord "
                    "fretsonfire-songs-sectoid)\n",
                    qPrintable(songs));
    }
    (void)songAubio;
    return 0;
}
