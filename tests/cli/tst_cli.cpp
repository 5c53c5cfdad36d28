// reelcut-cli as a person uses it: exit codes, one clear line on bad input, and real
// files out (the bundled sample project renders to a valid MP4).

#include "support/test_media.h"

#include <QCoreApplication>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace reelcut::test;

namespace {

struct Result {
    int code = -1;
    QString out;
    QString err;
};

Result cli(const QStringList& args) {
    QProcess p;
    p.start(qEnvironmentVariable("REELCUT_BINARY_DIR") + "/app/cli/reelcut-cli", args);
    p.waitForFinished(300000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

const QString kSample = QStringLiteral(REELCUT_SOURCE_DIR "/resources/sample/sample.reelcut");

} // namespace

class TestCli : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void helpAndPresets() {
        const Result help = cli({"--help"});
        QCOMPARE(help.code, 0);
        QVERIFY(help.out.contains("render PROJECT"));
        for (const char* cmd : {"render", "frame", "probe", "presets"}) {
            const Result r = cli({cmd, "--help"});
            QCOMPARE(r.code, 0);
            QVERIFY2(r.out.contains("--help"), cmd);
        }
        const Result presets = cli({"presets"});
        QCOMPARE(presets.code, 0);
        for (const char* id : {"tiktok", "reels", "shorts", "youtube", "square", "feed-4x5"}) {
            QVERIFY2(presets.out.contains(id), id);
        }
    }

    void probePrintsJson() {
        QTemporaryDir dir;
        const QString f = makeFrameCodeVideo(dir.path(), "a.mp4", "25", 10, 320, 240, true);
        const Result r = cli({"probe", f});
        QCOMPARE(r.code, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(o.value("video").toObject().value("width").toInt(), 320);
        QCOMPARE(o.value("video").toObject().value("frame_rate").toString(), QString("25"));
        QCOMPARE(o.value("audio").toObject().value("codec").toString(), QString("aac"));
    }

    void badInputGivesOneClearLine_data() {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("expected");
        QTest::newRow("no command") << QStringList{} << "Usage";
        QTest::newRow("unknown command") << QStringList{"dance"} << "unknown command 'dance'";
        QTest::newRow("missing project")
            << QStringList{"render", "/nope/x.reelcut", "-o", "/tmp/x.mp4"}
            << "/nope/x.reelcut: file not found";
        QTest::newRow("missing output")
            << QStringList{"render", kSample} << "-o OUT.mp4 is required";
        QTest::newRow("bad preset")
            << QStringList{"render", kSample, "-o", "/tmp/x.mp4", "--preset", "myspace"}
            << "unknown preset 'myspace'";
        QTest::newRow("bad time") << QStringList{"frame", kSample, "--at",
                                                 "noon",  "-o",    "/tmp/x.png"}
                                  << "'noon' is not a time";
        QTest::newRow("bad size") << QStringList{"frame", kSample,      "--at",   "1",
                                                 "-o",    "/tmp/x.png", "--size", "big"}
                                  << "--size must look like";
        QTest::newRow("probe corrupt") << QStringList{"probe", kSample} << "sample.reelcut";
    }
    void badInputGivesOneClearLine() {
        QFETCH(QStringList, args);
        QFETCH(QString, expected);
        const Result r = cli(args);
        QVERIFY2(r.code != 0, qPrintable(r.out + r.err));
        const QString text = args.isEmpty() ? r.out : r.err;
        QVERIFY2(text.contains(expected), qPrintable(text));
        if (!args.isEmpty()) {
            QCOMPARE(r.err.trimmed().count('\n'), 0); // one line
        }
    }

    void frameWritesAComposedImage() {
        QTemporaryDir dir;
        const QString png = dir.path() + "/f.png";
        const Result r = cli({"frame", kSample, "--at", "2", "-o", png, "--size", "270x480"});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QImage img(png);
        QCOMPARE(img.size(), QSize(270, 480));
        // The sample's first clip fills the canvas with a colourful fractal: not black.
        QVERIFY(qGray(averageColor(img, img.rect()).rgb()) > 20);
    }

    void renderSampleRange() {
        QTemporaryDir dir;
        const QString out = dir.path() + "/sample.mp4";
        const Result r = cli({"render", kSample, "-o", out, "--preset", "shorts", "--from", "3.5",
                              "--to", "4.5", "--quiet"});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(r.out.contains("wrote"));
        const QJsonObject probe = ffprobe(out);
        QCOMPARE(probeStream(probe, "video").value("height").toInt(), 1920);
        QCOMPARE(probeStream(probe, "video").value("nb_frames").toString(), QString("30"));
        QVERIFY(std::abs(probe.value("format").toObject().value("duration").toString().toDouble() -
                         1.0) < 0.1);
    }

    // Face analysis reports progress as JSON lines for scripts, like render and batch:
    // rising percents with the file being analysed, then a "done" object with each file's
    // result.
    void analyzeProgressAsJson() {
        QTemporaryDir dir;
        const QString video = makeFrameCodeVideo(dir.path(), "a.mp4", "25", 40, 320, 240, false);
        const QString project = dir.path() + "/p.reelcut";
        QFile f(project);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"({"reelcut":1,"canvas":{"width":180,"height":320,"fps":25},"tracks":[)"
                R"({"kind":"video","clips":[{"media":"a.mp4","start":0,"in":0,"out":1.6,)"
                R"("effects":[{"type":"face.sticker"}]}]}]})");
        f.close();
        const Result r = cli(
            {"analyze", project, "--progress", "json", "--analysis-dir", dir.path() + "/cache"});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QVERIFY2(lines.size() >= 2, qPrintable(r.out));
        double last = -1;
        for (const QString& line : lines.mid(0, lines.size() - 1)) {
            QJsonParseError error{};
            const QJsonObject o = QJsonDocument::fromJson(line.toUtf8(), &error).object();
            QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(line));
            QCOMPARE(o.value("stage").toString(), QStringLiteral("analyse"));
            QVERIFY2(o.value("media").toString().endsWith("a.mp4"), qPrintable(line));
            QCOMPARE(o.value("count").toInt(), 1);
            const double percent = o.value("percent").toDouble(-1);
            QVERIFY2(percent >= last && percent <= 100, qPrintable(line));
            QVERIFY(o.contains("fps") && o.contains("eta"));
            last = percent;
        }
        const QJsonObject done = QJsonDocument::fromJson(lines.last().toUtf8()).object();
        QCOMPARE(done.value("stage").toString(), QStringLiteral("done"));
        QCOMPARE(done.value("ok").toBool(), true);
        const QJsonObject media = done.value("media").toArray().at(0).toObject();
        QCOMPARE(media.value("frames").toInt(), 40);
        QCOMPARE(media.value("faces").toInt(), 0); // frame numbers, no face
        QVERIFY(QFile::exists(media.value("cache").toString()));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
