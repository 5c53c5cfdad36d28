// Cut to the beat: clips laid so every cut lands on a beat (every 1, 2, 4 beats or on bar
// starts), trimmed around their most active part; end to end through reelcut-cli autocut
// with a drum track whose beats are known and clips whose motion is where we put it.

#include "autocut/autocut.h"
#include "autocut/cut_to_beat.h"
#include "model/edits.h"
#include "model/project_file.h"
#include "support/drum_track.h"
#include "support/test_media.h"

#include <QCoreApplication>
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

// Beats every 0.5 s from 0.3 s, bars of four.
BeatAnalysis steadyBeats(double seconds = 30) {
    BeatAnalysis b;
    b.bpm = 120;
    b.beatsPerBar = 4;
    for (int i = 0; 0.3 + 0.5 * i < seconds; ++i) {
        b.beats.push_back(0.3 + 0.5 * i);
        if (i % 4 == 0) {
            b.downbeats.push_back(b.beats.back());
        }
    }
    return b;
}

AutocutSource video(const std::string& name, double seconds) {
    AutocutSource s;
    s.media = name;
    s.duration = Rational::fromDouble(seconds);
    return s;
}

// Timeline times of the cuts (each clip's end) of a plan.
std::vector<double> cutTimes(const AutocutPlan& plan) {
    std::vector<double> cuts;
    for (const AutocutSegment& s : plan.segments) {
        cuts.push_back((s.start + (s.out - s.in) / s.speed).toDouble());
    }
    return cuts;
}

// True when song time t (seconds) is within tolerance of one of the beats.
bool onBeat(const std::vector<double>& beats, double t, double tolerance) {
    for (double b : beats) {
        if (std::abs(b - t) <= tolerance) {
            return true;
        }
    }
    return false;
}

} // namespace

class TestAutocut : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void everyCutOnTheBeat_data() {
        QTest::addColumn<int>("every");
        QTest::addColumn<bool>("downbeats");
        QTest::addColumn<double>("spacing");
        QTest::newRow("every beat") << 1 << false << 0.5;
        QTest::newRow("every 2 beats") << 2 << false << 1.0;
        QTest::newRow("every 4 beats") << 4 << false << 2.0;
        QTest::newRow("on bar starts") << 1 << true << 2.0;
        QTest::newRow("every 2 bars") << 2 << true << 4.0;
    }
    void everyCutOnTheBeat() {
        QFETCH(int, every);
        QFETCH(bool, downbeats);
        QFETCH(double, spacing);
        const BeatAnalysis beats = steadyBeats();
        AutocutOptions o;
        o.everyBeats = every;
        o.onDownbeats = downbeats;
        const std::vector<AutocutSource> sources = {video("a", 10), video("b", 10), video("c", 10)};
        const AutocutPlan plan = planAutocut(beats, sources, o, FrameRate(30));
        QCOMPARE(plan.segments.size(), std::size_t(3));
        const std::vector<double> cuts = cutTimes(plan);
        for (std::size_t i = 0; i < cuts.size(); ++i) {
            // Song time = timeline time (the song starts at 0 here); frames are 1/30 s.
            QVERIFY2(onBeat(beats.beats, cuts[i], 0.5 / 30 + 1e-9),
                     qPrintable(QStringLiteral("cut %1 at %2 s").arg(i).arg(cuts[i])));
            if (i > 0) {
                QVERIFY(std::abs(cuts[i] - cuts[i - 1] - spacing) < 1.0 / 30);
            }
            if (downbeats) {
                QVERIFY(onBeat(beats.downbeats, cuts[i], 0.5 / 30 + 1e-9));
            }
        }
        // The first clip carries the lead-in before the first beat.
        QCOMPARE(plan.segments.front().start, Time(0));
        QVERIFY(std::abs(cuts[0] - (0.3 + spacing)) < 1.0 / 30);
        // The song runs under exactly the cut clips.
        QCOMPARE(plan.songIn, Time(0));
        QVERIFY(std::abs(plan.length().toDouble() - cuts.back()) < 1e-9);
        // Clips are trimmed around their middle without motion data.
        for (const AutocutSegment& s : plan.segments) {
            QVERIFY(std::abs((s.in + s.out).toDouble() / 2 - 5) < 0.01);
        }
    }

    void shortClipsEndOnAnEarlierBeatOrSlowDown() {
        const BeatAnalysis beats = steadyBeats();
        AutocutOptions o;
        o.everyBeats = 4; // 2 s segments
        const std::vector<AutocutSource> sources = {video("short", 1.2), video("tiny", 0.3),
                                                    video("long", 10)};
        o.trim = AutocutTrim::Middle;
        const AutocutPlan plan = planAutocut(beats, sources, o, FrameRate(30));
        QCOMPARE(plan.segments.size(), std::size_t(3));
        const std::vector<double> cuts = cutTimes(plan);
        for (double c : cuts) {
            QVERIFY2(onBeat(beats.beats, c, 0.5 / 30 + 1e-9), qPrintable(QString::number(c)));
        }
        // 1.2 s from 0: the latest beat it reaches is 0.8 s (then 1.3 would need 1.3 s).
        QVERIFY(std::abs(cuts[0] - 0.8) < 1.0 / 30);
        QVERIFY(plan.segments[0].out.toDouble() <= 1.2 + 1e-9);
        // 0.3 s cannot reach a beat 0.5 s away at speed 1: slowed to fill it.
        QVERIFY(plan.segments[1].speed < Rational(1));
        QVERIFY(plan.segments[1].out.toDouble() <= 0.3 + 1e-9);
    }

    void stillsAndLengthFill() {
        const BeatAnalysis beats = steadyBeats(60);
        AutocutOptions o;
        o.everyBeats = 2;
        o.length = Time(12);
        AutocutSource photo;
        photo.media = "photo.png";
        photo.still = true;
        const std::vector<AutocutSource> sources = {video("a", 6), photo};
        const AutocutPlan plan = planAutocut(beats, sources, o, FrameRate(30));
        const std::vector<double> cuts = cutTimes(plan);
        QVERIFY(cuts.back() <= 12 + 1e-9);
        QVERIFY(cuts.back() > 12 - 1.01); // as close as the beat grid allows
        QVERIFY(plan.segments.size() >= 10);
        // Reused clip "a": its windows do not repeat while unused footage is left.
        std::vector<std::pair<double, double>> used;
        for (const AutocutSegment& s : plan.segments) {
            if (s.source == 0) {
                used.push_back({s.in.toDouble(), s.out.toDouble()});
            }
        }
        QVERIFY(used.size() >= 5);
        for (std::size_t i = 0; i + 1 < used.size() && i < 5; ++i) {
            for (std::size_t j = i + 1; j < used.size() && j < 5; ++j) {
                const double overlap = std::min(used[i].second, used[j].second) -
                                       std::max(used[i].first, used[j].first);
                QVERIFY2(overlap <= 1e-6, "a window of footage was used twice");
            }
        }
    }

    // A song chosen outside the timeline: its clip if it has one on an audio track, else a
    // new clip where the first selected picture clip starts, on a free audio track (a new
    // "Music" one when none is free), and in the bin.
    void songForTheCutFromTheAudioTab() {
        Project p = makeDefaultProject(1080, 1920, FrameRate(30));
        const ObjectId video = p.tracks[0].id;
        Clip a;
        a.media = "/a.mp4";
        a.start = Time(0);
        a.out = Time(3);
        Clip b = a;
        b.media = "/b.mp4";
        b.start = Time(3);
        edit::addClip(p, video, a);
        const ObjectId second = edit::addClip(p, video, b);
        const ObjectId music = p.tracks[1].id; // the default "Music" track
        Clip other;
        other.media = "/other.wav";
        other.start = Time(2);
        other.out = Time(30);
        edit::addClip(p, music, other);
        MediaInfo info;
        info.hasAudio = true;
        info.duration = Time(20);

        const ObjectId song = songForBeatCut(p, "/song.wav", info, {second}, "Music");
        const auto [track, clip] = p.findClip(song);
        QVERIFY(clip != nullptr);
        QCOMPARE(clip->start, Time(3));
        QCOMPARE(clip->end(), Time(23));
        QCOMPARE(track->kind, TrackKind::Audio);
        QVERIFY(track->id != music); // the other song is in the way there
        QCOMPARE(QString::fromStdString(track->name), QString("Music 2"));
        QVERIFY(std::find(p.bin.begin(), p.bin.end(), "/song.wav") != p.bin.end());
        // Asked again: the clip it has.
        const std::size_t tracks = p.tracks.size();
        QCOMPARE(songForBeatCut(p, "/song.wav", info, {second}, "Music"), song);
        QCOMPARE(p.tracks.size(), tracks);
        // Nothing selected: from the timeline's start; with the selection and that song the
        // cut has its targets.
        const ObjectId early = songForBeatCut(p, "/early.wav", info, {}, "Music");
        QCOMPARE(p.findClip(early).second->start, Time(0));
        const BeatCutTargets targets = beatCutTargets(p, {second, song});
        QCOMPARE(targets.song, song);
        QCOMPARE(targets.clips, std::vector<ObjectId>{second});
    }

    void badRequests() {
        const BeatAnalysis beats = steadyBeats();
        AutocutOptions o;
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, planAutocut(beats, {}, o, FrameRate(30)));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                                 planAutocut(BeatAnalysis{}, {video("a", 5)}, o, FrameRate(30)));
        o.everyBeats = 0;
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                                 planAutocut(beats, {video("a", 5)}, o, FrameRate(30)));
    }

    void cliCutsToTheSongOnTheMotion() {
        QTemporaryDir dir;
        // A 120 BPM drum track: its beats are known.
        DrumTrackSpec spec;
        spec.bpm = 120;
        spec.seconds = 20;
        const DrumTrack song = makeDrumTrack(spec);
        writeWav(dir.path() + "/song.wav", song.samples, song.sampleRate);
        // Clip "moving": 10 s, still except from 6 to 8 s where a pattern scrolls.
        ffmpeg({"-f", "lavfi", "-i", "color=c=gray:s=160x120:r=30:d=6", "-f", "lavfi", "-i",
                "testsrc2=s=160x120:r=30:d=2", "-f", "lavfi", "-i",
                "color=c=gray:s=160x120:r=30:d=2", "-filter_complex",
                "[0][1][2]concat=n=3:v=1:a=0,format=yuv420p", "-c:v", "libx264", "-preset",
                "ultrafast", dir.path() + "/moving.mp4"});
        ffmpeg({"-f", "lavfi", "-i", "testsrc=s=160x120:r=25:d=5", "-pix_fmt", "yuv420p", "-c:v",
                "libx264", "-preset", "ultrafast", dir.path() + "/plain.mp4"});
        const QString out = dir.path() + "/cut.reelcut";
        run(cli(), {"autocut", "--music", dir.path() + "/song.wav", "--every", "2",
                    dir.path() + "/moving.mp4", dir.path() + "/plain.mp4", "-o", out, "--cache-dir",
                    dir.path() + "/cache"});
        const Project p = loadProject(out.toStdString());
        const Track& v = p.tracks[0];
        const Track& m = p.tracks[1];
        QCOMPARE(v.clips.size(), std::size_t(2));
        QCOMPARE(m.clips.size(), std::size_t(1));
        const double songIn = m.clips[0].in.toDouble();
        for (const Clip& c : v.clips) {
            // Every cut (clip end) on a true beat: within a frame plus the analysis' own
            // error (a few ms).
            const double cut = songIn + c.end().toDouble();
            QVERIFY2(onBeat(song.beats, cut, 0.5 / 30 + 0.02),
                     qPrintable(QStringLiteral("cut at song time %1").arg(cut)));
        }
        QVERIFY(std::abs(m.clips[0].end().toDouble() - v.clips.back().end().toDouble()) < 1e-9);
        // The moving clip is cut from its moving part (6-8 s): a 1 s window inside it.
        const Clip& moving = v.clips[0];
        QVERIFY2(moving.in.toDouble() >= 5.9 && moving.out.toDouble() <= 8.1,
                 qPrintable(QStringLiteral("used %1-%2 s")
                                .arg(moving.in.toDouble())
                                .arg(moving.out.toDouble())));
        // --trim middle takes the middle instead.
        run(cli(),
            {"autocut", "--music", dir.path() + "/song.wav", "--every", "2", "--trim", "middle",
             dir.path() + "/moving.mp4", "-o", out, "--cache-dir", dir.path() + "/cache"});
        const Clip middle = loadProject(out.toStdString()).tracks[0].clips[0];
        QVERIFY(std::abs((middle.in + middle.out).toDouble() / 2 - 5) < 0.05);
    }

    void cliNamesProblems() {
        QTemporaryDir dir;
        QProcess p;
        p.start(cli(), {"autocut", "--music", dir.path() + "/missing.mp3", "--every", "2",
                        dir.path() + "/also-missing.mp4", "-o", dir.path() + "/x.reelcut"});
        QVERIFY(p.waitForFinished(30000));
        QVERIFY(p.exitCode() != 0);
        QVERIFY(QString::fromUtf8(p.readAllStandardError()).contains("missing.mp3"));
        p.start(cli(), {"autocut", "--music", "a.mp3", "--every", "zero", "b.mp4", "-o", "x"});
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitCode(), 2);
        QVERIFY(!QFile::exists(dir.path() + "/x.reelcut"));
    }
};

QTEST_GUILESS_MAIN(TestAutocut)
#include "tst_autocut.moc"
