// Beats: synthetic drum tracks at 70-180 BPM (straight, swung, drifting) with known beats
// reach an F-measure of 0.9 (+-70 ms) and the tempo within 2 %; so do real songs from
// Debian's fretsonfire-songs packages, whose charts carry the beat grid. reelcut-cli beats
// prints the JSON and caches it by content.

#include "analysis/beat_cache.h"
#include "audio/beat_analysis.h"
#include "support/drum_track.h"
#include "support/midi_tempo.h"
#include "support/test_media.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <cmath>

using namespace reelcut;
using namespace reelcut::test;

namespace {

QString cli() {
    return qEnvironmentVariable("REELCUT_BINARY_DIR") + "/app/cli/reelcut-cli";
}

double medianBpm(const std::vector<double>& beats) {
    std::vector<double> ibi;
    for (std::size_t i = 1; i < beats.size(); ++i) {
        ibi.push_back(beats[i] - beats[i - 1]);
    }
    std::nth_element(ibi.begin(), ibi.begin() + std::ptrdiff_t(ibi.size() / 2), ibi.end());
    return 60 / ibi[ibi.size() / 2];
}

const char* kSongs = "/usr/share/games/fretsonfire/data/songs";

} // namespace

class TestBeats : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void syntheticDrums_data() {
        QTest::addColumn<double>("bpm");
        QTest::addColumn<double>("swing");
        QTest::addColumn<double>("drift");
        // Slow to fast; every third swung, every third drifting by +-5 %.
        const double tempi[] = {70, 84, 96, 108, 122, 134, 148, 163, 180};
        int i = 0;
        for (double bpm : tempi) {
            const double swing = i % 3 == 1 ? 1.0 / 6 : 0;
            const double drift = i % 3 == 2 ? 0.05 : 0;
            QTest::newRow(qPrintable(QStringLiteral("%1 bpm%2%3")
                                         .arg(bpm)
                                         .arg(swing > 0 ? " swing" : "")
                                         .arg(drift > 0 ? " drift" : "")))
                << bpm << swing << drift;
            ++i;
        }
    }
    void syntheticDrums() {
        QFETCH(double, bpm);
        QFETCH(double, swing);
        QFETCH(double, drift);
        DrumTrackSpec spec;
        spec.bpm = bpm;
        spec.swing = swing;
        spec.drift = drift;
        spec.seconds = 30;
        spec.seed = std::uint32_t(bpm);
        const DrumTrack track = makeDrumTrack(spec);
        const BeatAnalysis a = analyzeBeatSamples(track.samples, track.sampleRate);
        const double f = beatFMeasure(track.beats, a.beats);
        QVERIFY2(f >= 0.9, qPrintable(QStringLiteral("F-measure %1 (%2 beats found, %3 true)")
                                          .arg(f)
                                          .arg(a.beats.size())
                                          .arg(track.beats.size())));
        QVERIFY2(std::abs(a.bpm - track.bpm) / track.bpm <= 0.02,
                 qPrintable(QStringLiteral("tempo %1, true %2").arg(a.bpm).arg(track.bpm)));
        if (drift == 0) {
            // Bars: the bass changes root on every first beat.
            QCOMPARE(a.beatsPerBar, 4);
            const double fd = beatFMeasure(track.downbeats, a.downbeats);
            QVERIFY2(fd >= 0.9, qPrintable(QStringLiteral("downbeat F-measure %1").arg(fd)));
        }
        QVERIFY(!a.onsets.empty());
    }

    void noBeatInSpeechOrSilence() {
        QTemporaryDir dir;
        const QString speech = dir.path() + "/speech.wav";
        run("espeak-ng", {"-w", speech,
                          "This is a sentence without any beat. It goes on for a "
                          "while, with pauses, and then it stops."});
        const BeatAnalysis talk = analyzeBeats(speech.toStdString());
        QVERIFY2(talk.beats.size() < 4 || talk.bpm == 0,
                 qPrintable(QStringLiteral("%1 beats at %2 bpm in speech")
                                .arg(talk.beats.size())
                                .arg(talk.bpm)));
        const BeatAnalysis quiet =
            analyzeBeatSamples(std::vector<float>(22050 * 10, 0.0f), kBeatAnalysisRate);
        QVERIFY(quiet.beats.empty());
        QCOMPARE(quiet.bpm, 0.0);
    }

    void realSongs_data() {
        QTest::addColumn<QString>("song");
        for (const char* s : {"muldjord/chaos_god", "sectoid/Feelings"}) {
            QTest::newRow(s) << QStringLiteral("%1/%2").arg(kSongs, s);
        }
    }
    void realSongs() {
        QFETCH(QString, song);
        if (!QFileInfo::exists(song + "/song.ogg")) {
            QSKIP("fretsonfire-songs-muldjord and -sectoid are not installed "
                  "(scripts/install-deps.sh installs them)");
        }
        const BeatAnalysis a = analyzeBeats((song + "/song.ogg").toStdString());
        std::vector<double> truth = midiBeatTimes(song + "/notes.mid", a.duration);
        // Charts are placed by hand, some tens of milliseconds off their recording: the
        // grid moves by the offset that best lines its notes up with the audio's hits.
        const double offset = chartOffset(midiNoteTimes(song + "/notes.mid"), a.onsets);
        for (double& t : truth) {
            t += offset;
        }
        // The chart's grid runs before the first note and after the last: compare where
        // the music plays.
        std::erase_if(truth,
                      [&](double t) { return t < a.onsets.front() - 0.1 || t > a.onsets.back(); });
        const double f = beatFMeasure(truth, a.beats);
        QVERIFY2(f >= 0.9, qPrintable(QStringLiteral("F-measure %1").arg(f)));
        const double bpm = medianBpm(truth);
        QVERIFY2(std::abs(a.bpm - bpm) / bpm <= 0.02,
                 qPrintable(QStringLiteral("tempo %1, charted %2").arg(a.bpm).arg(bpm)));
    }

    void cliPrintsJsonAndCaches() {
        QTemporaryDir dir;
        DrumTrackSpec spec;
        spec.bpm = 128;
        spec.seconds = 12;
        const DrumTrack track = makeDrumTrack(spec);
        const QString wav = dir.path() + "/loop.wav";
        writeWav(wav, track.samples, track.sampleRate);
        const QString cache = dir.path() + "/cache";
        const QStringList args{"beats", wav, "--cache-dir", cache};
        const QJsonObject first = QJsonDocument::fromJson(run(cli(), args)).object();
        QVERIFY(!first.value("cached").toBool());
        QVERIFY(std::abs(first.value("bpm").toDouble() - 128) < 128 * 0.02);
        const QJsonArray beats = first.value("beats").toArray();
        QVERIFY(beats.size() >= 20);
        QVERIFY(first.value("downbeats").isArray());
        QVERIFY(first.value("onsets").toArray().size() >= beats.size());
        // Second run: from the cache, the same result.
        const QJsonObject second = QJsonDocument::fromJson(run(cli(), args)).object();
        QVERIFY(second.value("cached").toBool());
        QCOMPARE(second.value("beats"), first.value("beats"));
        QCOMPARE(second.value("bpm"), first.value("bpm"));
        // Another file (new content) is analysed, not served from the old entry.
        spec.bpm = 100;
        writeWav(wav, makeDrumTrack(spec).samples, track.sampleRate);
        const QJsonObject third = QJsonDocument::fromJson(run(cli(), args)).object();
        QVERIFY(!third.value("cached").toBool());
        QVERIFY(std::abs(third.value("bpm").toDouble() - 100) < 2);
        // A damaged cache entry is analysed again, not an error.
        for (const QFileInfo& f : QDir(cache).entryInfoList({"*.json"}, QDir::Files)) {
            QFile file(f.filePath());
            QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
            file.write("{broken");
        }
        const QJsonObject fourth = QJsonDocument::fromJson(run(cli(), args)).object();
        QVERIFY(!fourth.value("cached").toBool());
        QCOMPARE(fourth.value("beats"), third.value("beats"));
    }

    void cliNamesBadInput() {
        QTemporaryDir dir;
        const QString bogus = dir.path() + "/not-audio.mp3";
        QFile f(bogus);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("this is not an mp3 file at all");
        f.close();
        QProcess p;
        p.start(cli(), {"beats", bogus, "--no-cache"});
        QVERIFY(p.waitForFinished(30000));
        QVERIFY(p.exitCode() != 0);
        const QString err = QString::fromUtf8(p.readAllStandardError());
        QVERIFY2(err.contains("not-audio.mp3"), qPrintable(err));
        QCOMPARE(err.count('\n'), 1);
    }
};

QTEST_GUILESS_MAIN(TestBeats)
#include "tst_beats.moc"
