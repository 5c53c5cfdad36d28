// SubRip captions: import into caption clips, export back, clear errors for bad files;
// the CLI writes an .srt sidecar beside the MP4 when asked.

#include "model/edits.h"
#include "model/project_file.h"
#include "model/srt.h"
#include "support/test_media.h"
#include "text/text_presets.h"
#include "text_test_util.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace reelcut;
using namespace reelcut::test;

namespace {

const char* kSrt = "\xEF\xBB\xBF"
                   "1\r\n"
                   "00:00:00,500 --> 00:00:02,000\r\n"
                   "Hello there\r\n"
                   "\r\n"
                   "2\r\n"
                   "00:00:02,250 --> 00:00:04,100\r\n"
                   "Two lines\r\n"
                   "of text \xC3\xA4\xC3\xB6\xC3\xBC\r\n"
                   "\r\n"
                   "3\r\n"
                   "00:01:02,003 --> 00:01:03.000\r\n"
                   "Late\r\n";

} // namespace

class TestCaptions : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void parses() {
        const auto caps = parseSrt(kSrt);
        QCOMPARE(int(caps.size()), 3);
        QCOMPARE(caps[0].start, Rational(1, 2));
        QCOMPARE(caps[0].end, Time(2));
        QCOMPARE(QString::fromStdString(caps[1].text), QString("Two lines\nof text äöü"));
        QCOMPARE(caps[2].start, Rational(62003, 1000));
        QCOMPARE(caps[2].end, Time(63));
    }

    void roundTripThroughAProject() {
        const auto caps = parseSrt(kSrt);
        Project p = makeDefaultProject();
        const ObjectId track = edit::addTrack(p, TrackKind::Text, "Captions");
        Clip look;
        look.style = findTextPreset("caption-box")->style;
        look.transform.y = 0.72;
        for (Clip& c : captionClips(caps, look)) {
            edit::addClip(p, track, c);
        }
        QCOMPARE(int(p.findTrack(track)->clips.size()), 3);
        QCOMPARE(p.findTrack(track)->clips[1].style, look.style);
        const std::string out = writeSrt(projectCaptions(p));
        const auto again = parseSrt(out);
        QCOMPARE(int(again.size()), 3);
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(again[size_t(i)].start, caps[size_t(i)].start);
            QCOMPARE(again[size_t(i)].end, caps[size_t(i)].end);
            QCOMPARE(again[size_t(i)].text, caps[size_t(i)].text);
        }
        QVERIFY(QString::fromStdString(out).startsWith(
            "1\n00:00:00,500 --> 00:00:02,000\nHello there\n\n2\n"));
    }

    void overlappingCuesDoNotOverlapClips() {
        const auto caps = parseSrt(
            "1\n00:00:01,000 --> 00:00:03,000\nA\n\n2\n00:00:02,000 --> 00:00:04,000\nB\n");
        const auto clips = captionClips(caps, Clip{});
        QCOMPARE(int(clips.size()), 2);
        QCOMPARE(clips[1].start, Time(3));
        QCOMPARE(clips[1].end(), Time(4));
    }

    void badFilesNameTheLine_data() {
        QTest::addColumn<QString>("srt");
        QTest::addColumn<QString>("expected");
        QTest::newRow("garbage") << "hello\n"
                                 << "line 1:";
        QTest::newRow("bad stamp") << "1\n00:00:01 --> 00:00:02,000\nx\n"
                                   << "line 2: bad time stamp";
        QTest::newRow("backwards") << "1\n00:00:05,000 --> 00:00:02,000\nx\n"
                                   << "line 2: the cue ends before";
        QTest::newRow("second cue")
            << "1\n00:00:01,000 --> 00:00:02,000\nx\n\n2\n00:00:03,000 -> 00:00:04,000\ny\n"
            << "line 6:";
        QTest::newRow("no timing") << "1\n"
                                   << "line 1: cue 1 has no timing line";
        // sscanf's %u wrapped this silently (undefined behaviour in C).
        QTest::newRow("huge hours") << "1\n99999999999999999999:00:00,000 --> 00:00:02,000\nx\n"
                                    << "line 2: bad time stamp";
        QTest::newRow("past a day") << "1\n30:00:00,000 --> 30:00:02,000\nx\n"
                                    << "line 2: the cue ends after 24 hours";
        QTest::newRow("huge caption")
            << "1\n00:00:01,000 --> 00:00:02,000\n" + QString(3000, 'x') + "\n"
            << "line 3: the caption is 3000 characters long; at most 2000";
    }

    void importIsLinear() {
        // 20000 cues took 250 s to import (one sort and one check of the whole project per
        // cue); 400000 never finished. Now the parse and the edit are linear, and a file
        // beyond the limit is refused at once.
        QString srt;
        for (int i = 0; i < 20000; ++i) {
            const int ms = i * 500;
            srt += QStringLiteral("%1\n%2 --> %3\nline %1\n\n")
                       .arg(i + 1)
                       .arg(QString::fromStdString(formatTimecode(Rational(ms, 1000)))
                                .replace('.', ','))
                       .arg(QString::fromStdString(formatTimecode(Rational(ms + 400, 1000)))
                                .replace('.', ','));
        }
        QElapsedTimer timer;
        timer.start();
        const std::vector<Caption> caps = parseSrt(srt.toStdString());
        QCOMPARE(int(caps.size()), 20000);
        Project p = makeDefaultProject();
        const ObjectId track = edit::addTrack(p, TrackKind::Text, "Captions");
        edit::addClips(p, track, captionClips(caps, Clip{}));
        QCOMPARE(int(p.findTrack(track)->clips.size()), 20000);
        QVERIFY2(timer.elapsed() < 10000, qPrintable(QString::number(timer.elapsed())));

        std::string many;
        for (int i = 0; i < 20001; ++i) {
            many += "00:00:00,000 --> 00:00:01,000\nx\n\n";
        }
        try {
            parseSrt(many);
            QFAIL("20001 cues accepted");
        } catch (const SrtError& e) {
            QVERIFY2(QString(e.what()).contains("more than 20000 captions"), e.what());
        }
    }
    void badFilesNameTheLine() {
        QFETCH(QString, srt);
        QFETCH(QString, expected);
        try {
            parseSrt(srt.toStdString());
            QFAIL("bad SRT accepted");
        } catch (const SrtError& e) {
            QVERIFY2(QString(e.what()).startsWith(expected), e.what());
        }
    }

    void cliImportsCaptions() {
        QTemporaryDir dir;
        Project p = makeDefaultProject(180, 320, FrameRate(30));
        saveProject(p, (dir.path() + "/p.reelcut").toStdString());
        QFile srt(dir.path() + "/c.srt");
        QVERIFY(srt.open(QIODevice::WriteOnly));
        srt.write(kSrt);
        srt.close();
        const QString cliPath = qEnvironmentVariable("REELCUT_BINARY_DIR") + "/app/cli/reelcut-cli";
        QProcess cli;
        cli.start(cliPath, {"captions", dir.path() + "/p.reelcut", dir.path() + "/c.srt",
                            "--preset", "typewriter-subtitle"});
        QVERIFY(cli.waitForFinished(60000));
        QVERIFY2(cli.exitCode() == 0, cli.readAllStandardError().constData());
        const Project q = loadProject((dir.path() + "/p.reelcut").toStdString());
        const Track* captions = nullptr;
        for (const auto& t : q.tracks) {
            if (t.kind == TrackKind::Text) {
                captions = &t;
            }
        }
        QVERIFY(captions != nullptr);
        QCOMPARE(int(captions->clips.size()), 3);
        QCOMPARE(captions->clips[2].start, Rational(62003, 1000));
        QCOMPARE(captions->clips[0].animationIn.type, AnimationType::Typewriter);

        // A broken SRT: one line naming the file and the line; the project is untouched.
        QVERIFY(srt.open(QIODevice::WriteOnly));
        srt.write("1\n00:00:01,000 --> 00:00:00,500\nbackwards\n");
        srt.close();
        QFile before(dir.path() + "/p.reelcut");
        QVERIFY(before.open(QIODevice::ReadOnly));
        const QByteArray saved = before.readAll();
        before.close();
        cli.start(cliPath, {"captions", dir.path() + "/p.reelcut", dir.path() + "/c.srt"});
        QVERIFY(cli.waitForFinished(60000));
        QVERIFY(cli.exitCode() != 0);
        const QString err = QString::fromUtf8(cli.readAllStandardError());
        QVERIFY2(err.contains("c.srt: line 2:"), qPrintable(err));
        QVERIFY(before.open(QIODevice::ReadOnly));
        QCOMPARE(before.readAll(), saved);
    }

    void cliWritesSidecar() {
        QTemporaryDir dir;
        const QString video = dir.path() + "/bg.mp4";
        ffmpeg({"-f", "lavfi", "-i", "color=c=navy:s=180x320:r=30:d=3", "-c:v", "libx264",
                "-preset", "ultrafast", video});
        Project p = makeDefaultProject(180, 320, FrameRate(30));
        Clip bg;
        bg.media = video.toStdString();
        bg.out = Time(3);
        edit::addClip(p, p.tracks[0].id, bg);
        const ObjectId track = edit::addTrack(p, TrackKind::Text, "Captions");
        Clip look;
        look.style = findTextPreset("caption-box")->style;
        look.transform.y = 0.6;
        for (Clip& c : captionClips(parseSrt("1\n00:00:00,500 --> 00:00:02,000\nHi\n"), look)) {
            edit::addClip(p, track, c);
        }
        saveProject(p, (dir.path() + "/c.reelcut").toStdString());
        QProcess cli;
        cli.start(
            qEnvironmentVariable("REELCUT_BINARY_DIR") + "/app/cli/reelcut-cli",
            {"render", dir.path() + "/c.reelcut", "-o", dir.path() + "/c.mp4", "--srt", "--quiet"});
        QVERIFY(cli.waitForFinished(120000));
        QVERIFY2(cli.exitCode() == 0, cli.readAllStandardError().constData());
        QFile srt(dir.path() + "/c.srt");
        QVERIFY(srt.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(srt.readAll()),
                 QString("1\n00:00:00,500 --> 00:00:02,000\nHi\n\n"));
    }
};

QTEST_GUILESS_MAIN(TestCaptions)
#include "tst_captions.moc"
