// Time effects in the model: speed ramps (exact, frame-aligned length; splits and trims
// keep the speeds), reverse, freeze frames, crop/flip/rotate; their project-file round
// trip and errors naming the broken field.

#include "model/edits.h"
#include "model/project_json.h"

#include <QTest>
#include <cmath>

using namespace reelcut;
namespace fs = boost::filesystem;

namespace {

Clip videoClip(Time start, Time in, Time out) {
    Clip c;
    c.media = "/m/a.mp4";
    c.start = start;
    c.in = in;
    c.out = out;
    return c;
}

// The curve's integral in closed form, for the check.
double meanOf(const ParamCurve& c) {
    double sum = 0;
    for (std::size_t i = 1; i < c.size(); ++i) {
        sum += (c[i].x - c[i - 1].x) * (c[i].y + c[i - 1].y) / 2;
    }
    return sum;
}

} // namespace

class TestTimeModel : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void presetsAreValidAndDistinct() {
        QCOMPARE(int(speedRampPresets().size()), 5);
        for (std::string_view id : speedRampPresets()) {
            const ParamCurve c = speedRampPreset(id);
            QVERIFY2(speedCurveProblem(c).empty(), std::string(id).c_str());
            QVERIFY(std::fabs(curveMean(c) - meanOf(c)) < 1e-12);
        }
        QVERIFY(speedRampPreset("nope").empty());
    }

    void progressIsMonotonicAndInverts() {
        const ParamCurve c = speedRampPreset("bullet");
        double last = -1;
        for (int i = 0; i <= 1000; ++i) {
            const double x = i / 1000.0;
            const double p = curveProgress(c, x);
            QVERIFY(p > last || (i == 0 && p == 0));
            last = p;
            QVERIFY(std::fabs(curveInverse(c, p) - x) < 1e-9);
        }
        QCOMPARE(curveProgress(c, 1.0), 1.0);
    }

    void rampLengthIsTheIntegralOnTheFrameGrid() {
        for (const auto& [rate, preset] :
             std::vector<std::pair<FrameRate, std::string>>{{FrameRate(30), "montage"},
                                                            {FrameRate(30000, 1001), "hero"},
                                                            {FrameRate(25), "bullet"},
                                                            {FrameRate(60), "flash_in"},
                                                            {FrameRate(24), "flash_out"}}) {
            Project p = makeDefaultProject(320, 240, rate);
            const ObjectId track = p.tracks[0].id;
            const ObjectId id =
                edit::addClip(p, track, videoClip(Time(0), Time(1, 3), Time(73, 10)));
            edit::setSpeedRamp(p, id, SpeedRamp{preset, speedRampPreset(preset)});
            const Clip& c = *p.findClip(id).second;
            const Time d = c.duration();
            // On the grid, exactly; within half a frame of source / mean speed.
            QCOMPARE((d * rate).den(), std::int64_t(1));
            const double ideal = (c.out - c.in).toDouble() / curveMean(c.ramp.points);
            QVERIFY2(std::fabs(d.toDouble() - ideal) <= 0.5 / rate.toDouble() + 1e-9,
                     preset.c_str());
            // Starts on in, ends on out, exactly; moves forward in between.
            QCOMPARE(c.sourcePosition(c.start), c.in);
            QCOMPARE(c.sourcePosition(c.end()), c.out);
            Time last = c.in;
            for (std::int64_t f = 1; f < (d * rate).floor(); ++f) {
                const Time s = c.sourcePosition(frameTime(f, rate));
                QVERIFY(s > last);
                last = s;
            }
            // Round trip keeps it exactly.
            const Project back = projectFromJson(projectToJson(p, fs::path("/m")), "/m");
            QCOMPARE(back.tracks[0].clips[0], c);
        }
    }

    void splittingARampKeepsItsSpeeds() {
        Project p = makeDefaultProject(320, 240, FrameRate(30));
        const ObjectId track = p.tracks[0].id;
        const ObjectId id = edit::addClip(p, track, videoClip(Time(0), Time(0), Time(6)));
        edit::setSpeedRamp(p, id, SpeedRamp{"hero", speedRampPreset("hero")});
        const Clip whole = *p.findClip(id).second;
        const Time cut = frameTime(37, p.frameRate);
        const ObjectId right = edit::splitClip(p, id, cut);
        const Clip& a = *p.findClip(id).second;
        const Clip& b = *p.findClip(right).second;
        QCOMPARE(a.end(), cut);
        QCOMPARE(b.start, cut);
        QCOMPARE(b.end(), whole.end());
        QCOMPARE(a.out, b.in);
        // The same source shows at every frame as before the split (to the microsecond
        // the ramp is read at).
        for (std::int64_t f = 0; f < frameAtTime(whole.end(), p.frameRate); ++f) {
            const Time t = frameTime(f, p.frameRate);
            const Clip& part = a.contains(t) ? a : b;
            QVERIFY2(std::fabs((part.sourceTime(t) - whole.sourceTime(t)).toDouble()) < 2e-5,
                     qPrintable(QString::number(f)));
        }
    }

    void reverseMirrorsTheSource() {
        Project p = makeDefaultProject(320, 240, FrameRate(30));
        const ObjectId track = p.tracks[0].id;
        const ObjectId id = edit::addClip(p, track, videoClip(Time(2), Time(1), Time(3)));
        edit::setReverse(p, id, true);
        const Clip c = *p.findClip(id).second;
        QCOMPARE(c.duration(), Time(2));
        QCOMPARE(c.sourcePosition(Time(2)), Time(3));
        QCOMPARE(c.sourcePosition(Time(4)), Time(1));
        // Source frames (30 fps) shown at timeline frames: 89, 88, ... 30.
        for (int k = 0; k < 60; ++k) {
            const Time t = Time(2) + frameTime(k, FrameRate(30));
            QCOMPARE(frameAtTime(c.sourceTime(t), FrameRate(30)), std::int64_t(89 - k));
        }
        // Splitting a reversed clip: the left part shows the later source.
        const ObjectId right = edit::splitClip(p, id, Time(3));
        QCOMPARE(p.findClip(id).second->in, Time(2));
        QCOMPARE(p.findClip(id).second->out, Time(3));
        QCOMPARE(p.findClip(right).second->in, Time(1));
        QCOMPARE(p.findClip(right).second->out, Time(2));
        // Trimming its start moves its out point.
        edit::trimStart(p, id, Time(5, 2));
        QCOMPARE(p.findClip(id).second->out, Time(5, 2));
        QCOMPARE(p.findClip(id).second->in, Time(2));
    }

    void freezeFrameSplitsAndInserts() {
        Project p = makeDefaultProject(320, 240, FrameRate(30));
        const ObjectId track = p.tracks[0].id;
        const ObjectId id = edit::addClip(p, track, videoClip(Time(0), Time(1), Time(5)));
        Clip after = videoClip(Time(4), Time(0), Time(1));
        after.media = "/m/b.mp4";
        edit::addClip(p, track, after);
        const Time at = frameTime(45, p.frameRate); // 1.5 s
        const ObjectId still = edit::freezeFrame(p, id, at);
        const Track& t = p.tracks[0];
        QCOMPARE(int(t.clips.size()), 4);
        QCOMPARE(t.clips[0].end(), at);
        const Clip& f = *p.findClip(still).second;
        QCOMPARE(f.start, at);
        QCOMPARE(f.duration(), Time(3));
        QCOMPARE(*f.freezeAt, Time(5, 2)); // source 1 + 1.5
        QCOMPARE(f.sourceTime(at), Time(5, 2));
        QCOMPARE(f.sourceTime(at + Time(2)), Time(5, 2));
        QCOMPARE(t.clips[2].start, at + Time(3));
        QCOMPARE(t.clips[2].in, Time(5, 2));
        QCOMPARE(t.clips[3].start, Time(7)); // rippled right by the freeze
        QVERIFY_THROWS_EXCEPTION(EditError, edit::freezeFrame(p, id, Time(100)));
        QVERIFY_THROWS_EXCEPTION(EditError, edit::setReverse(p, still, true));
    }

    void geometryIsChecked() {
        Project p = makeDefaultProject(320, 240, FrameRate(30));
        const ObjectId id = edit::addClip(p, p.tracks[0].id, videoClip(Time(0), Time(0), Time(2)));
        edit::setGeometry(p, id, Crop{0.1, 0.2, 0.3, 0.05}, true, false, -90);
        QCOMPARE(p.findClip(id).second->rotate, 270);
        QVERIFY_THROWS_EXCEPTION(EditError,
                                 edit::setGeometry(p, id, Crop{0.5, 0, 0.5, 0}, false, false, 0));
        QVERIFY_THROWS_EXCEPTION(EditError, edit::setGeometry(p, id, Crop{}, false, false, 45));
    }

    void everyNewFieldRoundTrips() {
        Project p = makeDefaultProject(320, 240, FrameRate(30));
        const ObjectId track = p.tracks[0].id;
        Clip a = videoClip(Time(0), Time(1, 2), Time(5, 2));
        a.reverse = true;
        a.crop = Crop{0.125, 0.25, 0.0625, 0.5};
        a.flipH = true;
        a.flipV = true;
        a.rotate = 90;
        const ObjectId ida = edit::addClip(p, track, a);
        const ObjectId idb = edit::addClip(p, track, videoClip(Time(2), Time(0), Time(3)));
        edit::setSpeedRamp(p, idb, SpeedRamp{"", {{0, 0.5}, {0.4, 7.25}, {1, 1}}});
        edit::freezeFrame(p, ida, Time(1));
        const QByteArray json = projectToJson(p, fs::path("/m"));
        for (const char* key : {"\"reverse\"", "\"crop\"", "\"flip_h\"", "\"flip_v\"", "\"rotate\"",
                                "\"speed_ramp\"", "\"freeze_at\"", "\"points\""}) {
            QVERIFY2(json.contains(key), key);
        }
        const Project back = projectFromJson(json, "/m");
        QCOMPARE(back.tracks, p.tracks);
    }

    void brokenFieldsAreNamed_data() {
        QTest::addColumn<QByteArray>("clip");
        QTest::addColumn<QString>("expected");
        QTest::newRow("rotate") << QByteArray("\"rotate\":45") << "clips[0].rotate: 45 is not 0";
        QTest::newRow("rotate range") << QByteArray("\"rotate\":360") << "clips[0].rotate";
        QTest::newRow("reverse") << QByteArray("\"reverse\":\"yes\"") << "clips[0].reverse";
        QTest::newRow("flip") << QByteArray("\"flip_h\":1") << "clips[0].flip_h";
        QTest::newRow("crop value")
            << QByteArray("\"crop\":{\"left\":1.5}") << "clips[0].crop.left";
        QTest::newRow("crop sum") << QByteArray("\"crop\":{\"top\":0.5,\"bottom\":0.5}")
                                  << "clips[0].crop.bottom";
        QTest::newRow("freeze negative") << QByteArray("\"freeze_at\":-1") << "clips[0].freeze_at";
        QTest::newRow("freeze reversed")
            << QByteArray("\"freeze_at\":1,\"reverse\":true") << "clips[0].freeze_at";
        QTest::newRow("ramp preset")
            << QByteArray("\"speed_ramp\":{\"preset\":\"herro\",\"points\":[[0,1],[1,1]]}")
            << "clips[0].speed_ramp.preset: unknown speed curve \"herro\"";
        QTest::newRow("ramp speed")
            << QByteArray("\"speed_ramp\":{\"points\":[[0,1],[1,20]]}")
            << "clips[0].speed_ramp.points: point 2: speed 20 is not between 0.1 and 10";
        QTest::newRow("ramp order")
            << QByteArray("\"speed_ramp\":{\"points\":[[0,1],[0.6,2],[0.5,1],[1,1]]}")
            << "clips[0].speed_ramp.points: point 3";
        QTest::newRow("ramp ends") << QByteArray("\"speed_ramp\":{\"points\":[[0.1,1],[1,1]]}")
                                   << "clips[0].speed_ramp.points: must run from x = 0 to x = 1";
        QTest::newRow("ramp points") << QByteArray("\"speed_ramp\":{\"points\":[[0,1],\"fast\"]}")
                                     << "clips[0].speed_ramp.points: point 2";
        QTest::newRow("ramp missing")
            << QByteArray("\"speed_ramp\":{}") << "clips[0].speed_ramp.points: missing";
    }
    void brokenFieldsAreNamed() {
        QFETCH(QByteArray, clip);
        QFETCH(QString, expected);
        const QByteArray json = "{\"reelcut\":1,\"canvas\":{},\"tracks\":[{\"clips\":["
                                "{\"media\":\"a.mp4\",\"start\":0,\"out\":2," +
                                clip + "}]}]}";
        try {
            projectFromJson(json, fs::path("/p"));
            QFAIL("a broken field was accepted");
        } catch (const ProjectError& e) {
            QVERIFY2(QString::fromUtf8(e.what()).contains("tracks[0]." + expected), e.what());
        }
    }

    void handWrittenRampGetsItsLength() {
        const QByteArray json =
            "{\"reelcut\":1,\"canvas\":{\"fps\":25},\"tracks\":[{\"clips\":["
            "{\"media\":\"a.mp4\",\"start\":0,\"out\":4,"
            "\"speed_ramp\":{\"preset\":\"flash_in\",\"points\":[[0,5],[0.25,5],[0.5,1],[1,1]]}}"
            "]}]}";
        const Project p = projectFromJson(json, fs::path("/p"));
        const Clip& c = p.tracks[0].clips[0];
        QCOMPARE((c.duration() * FrameRate(25)).den(), std::int64_t(1));
        QVERIFY(std::fabs(c.duration().toDouble() - 4 / curveMean(c.ramp.points)) <= 0.02);
    }
};

QTEST_GUILESS_MAIN(TestTimeModel)
#include "tst_time_model.moc"
