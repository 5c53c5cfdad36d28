#include "builtin_effects.h"
#include "model/project_file.h"
#include "model/project_json.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <atomic>
#include <boost/filesystem/directory.hpp>
#include <boost/filesystem/operations.hpp>
#include <csignal>
#include <sys/resource.h>
#include <thread>

using namespace reelcut;
namespace fs = boost::filesystem;

namespace {

// A project exercising every field, with times at awkward rates.
Project richProject(const fs::path& dir) {
    Project p = makeDefaultProject(1080, 1920, FrameRate(30000, 1001));
    p.background = 0xff202020;
    Clip a;
    a.id = p.newId();
    a.media = (dir / "media" / "a.mp4").string();
    a.start = Rational(0);
    a.in = Rational(1001, 30000) * Rational(17); // frame 17 at 29.97
    a.out = Rational(1001, 30000) * Rational(95);
    a.speed = Rational(3, 2);
    a.volumeDb = -6.5;
    a.fadeIn = Rational(1, 4);
    a.fadeOut = Rational(1, 3);
    a.transform = Transform{0.25, 0.75, 1.5, -12.5, 0.8};
    a.fit = FitMode::Fill;
    a.background = BackgroundFill::Color;
    a.backgroundColor = 0x80ff8800;
    a.effects.push_back({"color.adjust", {{"brightness", 0.25}, {"saturation", -0.5}}, false, {}});
    a.effects.back().keyframes["contrast"] = {ParamKey{Rational(1, 3), -0.5},
                                              ParamKey{Time(2), 0.5}};
    a.keyframes = {TransformKey{Time(0), Transform{0.1, 0.2, 1, 0, 1},
                                KeyEasing{Easing::Bezier, 0.3, -0.2, 0.6, 1.4}},
                   TransformKey{Rational(1001, 1000), Transform{0.9, 0.8, 2, 45, 0.5},
                                KeyEasing{Easing::Hold}}};
    // Typed parameters: a file (relative to the project), a built-in look, a choice by
    // name, a colour, keyframes with easing.
    EffectInstance lut;
    lut.type = "color.lut";
    lut.params = {{"file", (dir / "grades" / "teal.cube").string()}, {"intensity", 0.75}};
    lut.keyframes["intensity"] = {ParamKey{Time(0), 0, KeyEasing{Easing::EaseInOut}},
                                  ParamKey{Time(1), 1, KeyEasing{Easing::EaseOut}}};
    a.effects.push_back(lut);
    EffectInstance look;
    look.type = "color.lut";
    look.params = {{"file", "builtin:luts/warm.cube"}};
    a.effects.push_back(look);
    a.animationIn = ClipAnimation{AnimationType::Pop, 0.4};
    a.animationOut = ClipAnimation{AnimationType::SlideDown, 0.25};
    a.loop = true;
    a.keepPitch = false;
    Clip b = a;
    b.id = p.newId();
    b.start = a.end();
    b.in = Rational(1, 25) * Rational(3); // a 25 fps source
    b.out = Rational(4);
    b.speed = Rational(1);
    b.transitionIn = Transition{"wipe", Rational(1001, 2000)};
    b.transitionIn->params = {{"direction", "up"}, {"softness", 0.25}};
    b.transitionIn->keyframes["softness"] = {ParamKey{Time(0), 0.1, KeyEasing{Easing::EaseIn}},
                                             ParamKey{Rational(1, 4), 0.4}};
    b.background = BackgroundFill::Blur;
    p.tracks[0].clips = {a, b};
    p.tracks[1].muted = true;
    p.tracks[1].volumeDb = -12;
    Clip music;
    music.id = p.newId();
    music.media = "/elsewhere/music.flac"; // outside the project folder: stays absolute
    music.start = Rational(0);
    music.out = Rational(10);
    p.tracks[1].clips = {music};
    Track text = makeTrack(p.newId(), TrackKind::Text, "Captions");
    Clip title;
    title.id = p.newId();
    title.kind = ClipKind::Text;
    title.text = "Hello \xF0\x9F\x98\x80\nsecond line";
    title.start = Rational(1, 2);
    title.out = Rational(2);
    title.style.fontFamily = "Bebas Neue";
    title.style.fontSize = 133.5;
    title.style.strokeWidth = 4;
    title.style.strokeColor = 0xff112233;
    title.style.shadowColor = 0x80000000;
    title.style.shadowOffsetX = 3;
    title.style.shadowBlur = 5;
    title.style.boxColor = 0xcc000000;
    title.style.boxPadding = 12;
    title.style.boxRadius = 7;
    title.style.align = TextAlign::Left;
    title.style.lineSpacing = 1.25;
    title.style.letterSpacing = 2;
    title.style.wrapWidth = 0.7;
    title.animationIn = ClipAnimation{AnimationType::Typewriter, 1.5};
    text.clips = {title};
    p.tracks.insert(p.tracks.begin() + 1, text);
    return p;
}

} // namespace

class TestProjectFile : public QObject {
    Q_OBJECT
private Q_SLOTS:
    // Effects and transitions are checked against the registry when a project is read.
    void initTestCase() { registerBuiltinEffects(); }

    void roundTripIsExact() {
        QTemporaryDir dir;
        const fs::path base(dir.path().toStdString());
        const Project p = richProject(base);
        const fs::path file = base / "edit.reelcut";
        saveProject(p, file);
        const Project q = loadProject(file);
        QVERIFY(p == q);
        // Media inside the project folder is stored relative, so the folder can move.
        QFile f(QString::fromStdString(file.string()));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray text = f.readAll();
        QVERIFY(text.contains("\"media/a.mp4\""));
        // Typed parameters are written by name, in their natural form.
        QVERIFY(text.contains("\"file\": \"grades/teal.cube\""));
        QVERIFY(text.contains("\"file\": \"builtin:luts/warm.cube\""));
        QVERIFY(text.contains("\"direction\": \"up\""));
        QVERIFY(text.contains("\"easing\": \"ease-in-out\""));
        QVERIFY(text.contains("\"handles\""));
        QVERIFY(text.contains("\"30000/1001\"")); // the rate, exact
        QVERIFY(!text.contains(base.string().c_str()));
        // Saved twice, the bytes are identical: no drift on repeated save/load.
        saveProject(q, file);
        QFile g(QString::fromStdString(file.string()));
        QVERIFY(g.open(QIODevice::ReadOnly));
        QCOMPARE(g.readAll(), text);
    }

    void movedFolderStillResolves() {
        QTemporaryDir dir;
        const fs::path base(dir.path().toStdString());
        fs::create_directories(base / "one");
        saveProject(richProject(base / "one"), base / "one" / "p.reelcut");
        fs::rename(base / "one", base / "two");
        const Project q = loadProject(base / "two" / "p.reelcut");
        QCOMPARE(QString::fromStdString(q.tracks[0].clips[0].media),
                 QString::fromStdString((base / "two" / "media" / "a.mp4").string()));
    }

    void brokenFilesNameTheProblem_data() {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");
        QTest::newRow("truncated")
            << QByteArray("{\n  \"reelcut\": 1,\n  \"canvas\": {\"width\": 10") << "line 3";
        QTest::newRow("not a project") << QByteArray("{\"hello\": 1}") << "reelcut: missing";
        QTest::newRow("newer") << QByteArray("{\"reelcut\": 7, \"canvas\": {}}")
                               << "newer ReelCut (format 7)";
        QTest::newRow("bad time")
            << QByteArray("{\"reelcut\":1,\"canvas\":{},\"tracks\":[{\"kind\":\"video\",\"clips\":["
                          "{\"media\":\"a.mp4\",\"start\":0,\"out\":2},"
                          "{\"media\":\"a.mp4\",\"start\":\"soon\",\"out\":2}]}]}")
            << "tracks[0].clips[1].start: expected a time";
        QTest::newRow("bad kind")
            << QByteArray("{\"reelcut\":1,\"canvas\":{},\"tracks\":[{\"kind\":\"smell\"}]}")
            << "tracks[0].kind: \"smell\" is not one of";
        QTest::newRow("odd width") << QByteArray("{\"reelcut\":1,\"canvas\":{\"width\":1081}}")
                                   << "canvas.width: must be even";
        QTest::newRow("overlap") << QByteArray(
                                        "{\"reelcut\":1,\"canvas\":{},\"tracks\":[{\"clips\":["
                                        "{\"media\":\"a.mp4\",\"start\":0,\"out\":2},"
                                        "{\"media\":\"b.mp4\",\"start\":1,\"out\":2}]}]}")
                                 << "tracks[0].clips: clips";
        QTest::newRow("speed") << QByteArray(
                                      "{\"reelcut\":1,\"canvas\":{},\"tracks\":[{\"clips\":["
                                      "{\"media\":\"a.mp4\",\"start\":0,\"out\":2,\"speed\":9}]}]}")
                               << "tracks[0].clips[0].speed: must be between 0.25 and 4";
        // Values that were accepted and then cut, wrapped or undefined.
        QTest::newRow("fractional width")
            << QByteArray("{\"reelcut\":1,\"canvas\":{\"width\":180.5}}")
            << "canvas.width: 180.5 is not a whole number";
        QTest::newRow("NUL in a path")
            << QByteArray("{\"reelcut\":1,\"canvas\":{},\"tracks\":[{\"clips\":["
                          "{\"media\":\"a.mp4\\u0000../../etc/passwd\",\"start\":0,"
                          "\"out\":2}]}]}")
            << "tracks[0].clips[0].media: the path contains a NUL character";
        QTest::newRow("INT64_MIN negated")
            << QByteArray("{\"reelcut\":1,\"canvas\":{},\"tracks\":[{\"clips\":["
                          "{\"media\":\"a.mp4\",\"start\":\"-9223372036854775808/-1\","
                          "\"out\":2}]}]}")
            << "tracks[0].clips[0].start: expected a time";
        QTest::newRow("huge time")
            << QByteArray("{\"reelcut\":1,\"canvas\":{},\"tracks\":[{\"clips\":["
                          "{\"media\":\"a.mp4\",\"start\":\"9223372036854775807/2\","
                          "\"out\":2}]}]}")
            << "tracks[0].clips[0].start: \"9223372036854775807/2\" is too far from 0";
        QTest::newRow("fps overflow")
            << QByteArray("{\"reelcut\":1,\"canvas\":{\"fps\":\"9223372036854775807/"
                          "38430716820228233\"}}")
            << "canvas.fps: ";
        QTest::newRow("coprime times")
            << QByteArray("{\"reelcut\":1,\"canvas\":{},\"tracks\":[{\"clips\":["
                          "{\"media\":\"a.mp4\",\"start\":\"1/999999937\",\"in\":"
                          "\"1/999999929\",\"out\":\"3/999999893\",\"speed\":"
                          "\"999999883/999999877\"}]}]}")
            << "tracks[0].clips[0].out: the clip's times cannot be combined";
        // Limits (docs/project-format.md).
        QByteArray tracks = "{\"reelcut\":1,\"canvas\":{},\"tracks\":[";
        for (int i = 0; i < 33; ++i) {
            tracks += QByteArray(i ? "," : "") + "{\"kind\":\"overlay\"}";
        }
        QTest::newRow("too many tracks") << tracks + "]}"
                                         << "tracks: has 33 entries; at most 32 are allowed";
        QTest::newRow("long text")
            << "{\"reelcut\":1,\"canvas\":{},\"tracks\":[{\"kind\":\"text\",\"clips\":["
               "{\"text\":\"" +
                   QByteArray(2001, 'a') + "\",\"start\":0,\"out\":2}]}]}"
            << "tracks[0].clips[0].text: is 2001 characters long; at most 2000";
        QTest::newRow("huge file")
            << "{\"reelcut\":1,\"canvas\":{},\"x\":\"" + QByteArray(17 << 20, ' ') + "\"}"
            << "larger than 16 MB";
    }
    void badParametersNameTheField_data() {
        QTest::addColumn<QByteArray>("clip");
        QTest::addColumn<QString>("expected");
        const QByteArray head = "{\"media\":\"a.mp4\",\"start\":0,\"out\":2,";
        QTest::newRow("unknown effect")
            << head + "\"effects\":[{\"type\":\"color.sparkle\"}]}"
            << "clips[0].effects[0].type: unknown effect \"color.sparkle\"";
        QTest::newRow("unknown parameter")
            << head + "\"effects\":[{\"type\":\"blur.gaussian\",\"params\":{\"size\":3}}]}"
            << "effects[0].params.size: blur.gaussian has no parameter with this name (it has "
               "radius)";
        QTest::newRow("out of range")
            << head + "\"effects\":[{\"type\":\"blur.gaussian\",\"params\":{\"radius\":300}}]}"
            << "effects[0].params.radius: 300 is out of range (0 to 100)";
        QTest::newRow("number as text")
            << head + "\"effects\":[{\"type\":\"blur.gaussian\",\"params\":{\"radius\":\"big\"}}]}"
            << "params.radius: expected a number";
        QTest::newRow("wrong file")
            << head + "\"effects\":[{\"type\":\"color.lut\",\"params\":{\"file\":\"look.png\"}}]}"
            << "params.file: \"/tmp/look.png\" is not a .cube file";
        QTest::newRow("unknown transition")
            << head + "\"transition_in\":{\"type\":\"star-wipe\",\"duration\":1}}"
            << "clips[0].transition_in.type: unknown transition \"star-wipe\"";
        QTest::newRow("bad choice")
            << head + "\"transition_in\":{\"type\":\"wipe\",\"duration\":1,"
                      "\"params\":{\"direction\":\"diagonal\"}}}"
            << "transition_in.params.direction: \"diagonal\" is not one of \"left\", \"right\", "
               "\"up\", \"down\"";
        QTest::newRow("bad colour")
            << head + "\"transition_in\":{\"type\":\"dip-black\",\"duration\":1,"
                      "\"params\":{\"color\":\"red\"}}}"
            << "transition_in.params.color: expected a colour";
        QTest::newRow("keyframed choice")
            << head + "\"transition_in\":{\"type\":\"wipe\",\"duration\":1,"
                      "\"keyframes\":{\"direction\":[{\"time\":0,\"value\":1}]}}}"
            << "transition_in.keyframes.direction: only numeric, animatable parameters";
        QTest::newRow("bad easing") << head + "\"keyframes\":[{\"time\":0,\"easing\":\"wobbly\"}]}"
                                    << "clips[0].keyframes[0].easing: \"wobbly\" is not one of";
        QTest::newRow("bad handles")
            << head + "\"keyframes\":[{\"time\":0,\"easing\":\"bezier\",\"handles\":[2,0,1,1]}]}"
            << "clips[0].keyframes[0].handles: x1 and x2 must be between 0 and 1";
        QTest::newRow("keyed value out of range")
            << head + "\"effects\":[{\"type\":\"blur.gaussian\",\"keyframes\":{\"radius\":"
                      "[{\"time\":0,\"value\":5},{\"time\":1,\"value\":-5}]}}]}"
            << "keyframes.radius[1].value: -5 is out of range (0 to 100)";
    }
    void badParametersNameTheField() {
        QFETCH(QByteArray, clip);
        QFETCH(QString, expected);
        const QByteArray json =
            "{\"reelcut\":1,\"canvas\":{},\"tracks\":[{\"kind\":\"video\",\"clips\":[" + clip +
            "]}]}";
        try {
            projectFromJson(json, fs::path("/tmp"));
            QFAIL("accepted");
        } catch (const ProjectError& e) {
            QVERIFY2(QString::fromUtf8(e.what()).contains(expected), e.what());
        }
    }

    void olderChoiceIndexesBecomeNames() {
        const QByteArray json =
            "{\"reelcut\":1,\"canvas\":{},\"tracks\":[{\"kind\":\"video\",\"clips\":["
            "{\"media\":\"a.mp4\",\"start\":0,\"out\":2,\"effects\":[{\"type\":\"face.sticker\","
            "\"params\":{\"anchor\":2}}]}]}]}";
        const Project p = projectFromJson(json, fs::path("/tmp"));
        QCOMPARE(p.tracks[0].clips[0].effects[0].params.at("anchor").text(),
                 std::string("forehead"));
        QVERIFY(projectToJson(p, fs::path("/tmp")).contains("\"anchor\": \"forehead\""));
    }

    void brokenFilesNameTheProblem() {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        const fs::path file = fs::path(dir.path().toStdString()) / "bad.reelcut";
        QFile f(QString::fromStdString(file.string()));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(json);
        f.close();
        try {
            loadProject(file);
            QFAIL("a broken project was accepted");
        } catch (const ProjectError& e) {
            const QString msg = QString::fromUtf8(e.what());
            QVERIFY2(msg.contains(expected), qPrintable(msg));
            QVERIFY2(msg.contains("bad.reelcut"), qPrintable(msg));
        }
    }

    void effectsAreChecked_data() {
        QTest::addColumn<QByteArray>("effect");
        QTest::addColumn<QString>("expected");
        QTest::newRow("negative radius")
            << QByteArray("{\"type\":\"blur.gaussian\",\"params\":{\"radius\":-5}}")
            << "effects[0].params.radius: -5 is out of range (0 to 100)";
        QTest::newRow("huge radius")
            << QByteArray("{\"type\":\"blur.gaussian\",\"params\":{\"radius\":1e308}}")
            << "effects[0].params.radius: 1e+308 is out of range (0 to 100)";
        QTest::newRow("unknown effect") << QByteArray("{\"type\":\"blur.gausian\"}")
                                        << "effects[0].type: unknown effect \"blur.gausian\"";
        QTest::newRow("unknown parameter")
            << QByteArray("{\"type\":\"blur.gaussian\",\"params\":{\"radus\":5}}")
            << "effects[0].params.radus: blur.gaussian has no parameter with this name (it has "
               "radius)";
        QTest::newRow("keyframed out of range")
            << QByteArray("{\"type\":\"color.adjust\",\"keyframes\":{\"contrast\":"
                          "[{\"time\":0,\"value\":7}]}}")
            << "effects[0].keyframes.contrast[0].value: 7 is out of range (-1 to 1)";
    }
    void effectsAreChecked() {
        QFETCH(QByteArray, effect);
        QFETCH(QString, expected);
        registerBuiltinEffects();
        const QByteArray json = "{\"reelcut\":1,\"canvas\":{},\"tracks\":[{\"clips\":["
                                "{\"media\":\"a.mp4\",\"start\":0,\"out\":2,\"effects\":[" +
                                effect + "]}]}]}";
        try {
            projectFromJson(json, fs::path("/p"));
            QFAIL("a bad effect was accepted");
        } catch (const ProjectError& e) {
            QVERIFY2(QString::fromUtf8(e.what()).contains("tracks[0].clips[0]." + expected),
                     e.what());
        }
    }

    void missingAndEmptyFiles() {
        QTemporaryDir dir;
        const fs::path base(dir.path().toStdString());
        QVERIFY_THROWS_EXCEPTION(ProjectError, loadProject(base / "nope.reelcut"));
        QFile f(QString::fromStdString((base / "empty.reelcut").string()));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        try {
            loadProject(base / "empty.reelcut");
            QFAIL("empty file accepted");
        } catch (const ProjectError& e) {
            QVERIFY(QString(e.what()).contains("empty"));
        }
    }

    void failedSaveKeepsTheOldFile() {
        QTemporaryDir dir;
        const fs::path base(dir.path().toStdString());
        const fs::path file = base / "keep.reelcut";
        Project p = richProject(base);
        saveProject(p, file);
        QFile f(QString::fromStdString(file.string()));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray before = f.readAll();
        f.close();
        // A file size limit makes every write past 64 bytes fail with EFBIG, as a full
        // disk would (and works as root, unlike a read-only folder). The save must fail
        // loudly and the old project must survive byte for byte.
        ::signal(SIGXFSZ, SIG_IGN);
        rlimit old{};
        ::getrlimit(RLIMIT_FSIZE, &old);
        rlimit tiny = old;
        tiny.rlim_cur = 64;
        ::setrlimit(RLIMIT_FSIZE, &tiny);
        p.width = 720;
        bool threw = false;
        try {
            saveProject(p, file);
        } catch (const ProjectError& e) {
            threw = true;
            QVERIFY2(QString(e.what()).contains("keep.reelcut"), e.what());
        }
        ::setrlimit(RLIMIT_FSIZE, &old);
        QVERIFY(threw);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), before);
        // No temporary files are left behind.
        int entries = 0;
        for (auto it = fs::directory_iterator(base); it != fs::directory_iterator(); ++it) {
            ++entries;
        }
        QCOMPARE(entries, 1);
    }

    // Whatever a project holds within its limits, what is saved opens again: a project of
    // 20000 captions was written indented (30 MB) and then refused by the loader (16 MB);
    // one too big even compact is refused at save, and the saved file stays as it was.
    void whatIsSavedOpensAgain() {
        QTemporaryDir dir;
        const fs::path base(dir.path().toStdString());
        const fs::path file = base / "captions.reelcut";
        Project p;
        Track captions;
        captions.id = 1;
        captions.kind = TrackKind::Text;
        for (int i = 0; i < 20000; ++i) {
            Clip c;
            c.id = ObjectId(i + 2);
            c.kind = ClipKind::Text;
            c.text = "Cue " + std::to_string(i);
            c.start = Time(i);
            c.out = Time(9, 10);
            c.transform.y = 0.75133333;
            captions.clips.push_back(c);
        }
        p.tracks.push_back(captions);
        saveProject(p, file);
        const Project back = loadProject(file);
        QCOMPARE(back.tracks.at(0).clips.size(), std::size_t(20000));
        QCOMPARE(back.tracks.at(0).clips.back().text, std::string("Cue 19999"));

        const QByteArray before = [&] {
            QFile f(QString::fromStdString(file.string()));
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        }();
        for (Clip& c : p.tracks[0].clips) {
            c.text = std::string(1500, 'w'); // 20000 x 1500 characters: 30 MB even compact
        }
        try {
            saveProject(p, file);
            QFAIL("saved a project the loader would refuse");
        } catch (const ProjectError& e) {
            QVERIFY2(QString(e.what()).contains("limited to 16 MB"), e.what());
        }
        QFile f(QString::fromStdString(file.string()));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), before);
    }

    void concurrentSavesOfOneFile() {
        // A preview thread and the analysis job both save a face cache when they finish the
        // same file; one shared temporary name made the second rename fail (ENOENT).
        QTemporaryDir dir;
        const fs::path file = fs::path(dir.path().toStdString()) / "shared.cache";
        std::atomic<int> failures{0};
        auto writer = [&](char c) {
            const QByteArray bytes(4096, c);
            for (int i = 0; i < 200; ++i) {
                try {
                    writeFileAtomically(file, bytes);
                } catch (const std::exception&) {
                    ++failures;
                }
            }
        };
        std::thread a(writer, 'a');
        std::thread b(writer, 'b');
        a.join();
        b.join();
        QCOMPARE(failures.load(), 0);
        QFile f(QString::fromStdString(file.string()));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray got = f.readAll();
        QCOMPARE(got.size(), 4096);
        QVERIFY(got == QByteArray(4096, 'a') || got == QByteArray(4096, 'b'));
    }
};

QTEST_GUILESS_MAIN(TestProjectFile)
#include "tst_project_file.moc"
