// Nothing the user owns is ever destroyed by reelcut-cli, whatever the output is called:
// the project, its media and the captions are refused as outputs under any name (links,
// hard links, ".."), names that do not fit what is written are refused before any work,
// existing files are replaced only with --force, and temporaries never outlive a run.
// Each case here destroyed a file or exited 0 before the safe-output module.

#include "cli_test_util.h"

#include <QProcess>
#include <QTemporaryDir>
#include <csignal>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace reelcut::test;

class TestCliSafety : public QObject {
    Q_OBJECT

private:
    QTemporaryDir dir_;
    QString clip_;    // 2 s of video with sound
    QString project_; // one video clip of clip_
    QByteArray clipBytes_, projectBytes_;

    QString path(const QString& name) const { return dir_.filePath(name); }

    // The user's files must be exactly as they were.
    void verifyUntouched() {
        QCOMPARE(readFile(clip_), clipBytes_);
        QCOMPARE(readFile(project_), projectBytes_);
    }

    void verifyRefused(const LimitedRun& r, const QString& expected) {
        QVERIFY2(r.exitCode != 0 && !r.timedOut, qPrintable(r.out + r.err));
        QVERIFY2(r.err.contains(expected), qPrintable(r.err));
        QCOMPARE(r.err.trimmed().count('\n'), 0); // one line
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(dir_.isValid());
        clip_ = makeFrameCodeVideo(dir_.path(), "clip.mp4", "30", 60, 320, 240, true);
        project_ = path("p.reelcut");
        writeFile(project_, projectJson("[" + trackWith("video", "clip.mp4", 1) + "]"));
        clipBytes_ = readFile(clip_);
        projectBytes_ = readFile(project_);
        QVERIFY(QDir(dir_.path()).mkdir("sub"));
        QVERIFY(QFile::link(clip_, path("link.mp4")));
        QVERIFY(::link(clip_.toUtf8().constData(), path("hard.mp4").toUtf8().constData()) == 0);
    }

    void renderNeverWritesOverAnInput_data() {
        QTest::addColumn<QString>("output");
        QTest::addColumn<QString>("expected");
        QTest::newRow("the project") << "p.reelcut"
                                     << "must end in .mp4";
        QTest::newRow("a media file") << "clip.mp4"
                                      << "which this run reads";
        QTest::newRow("through ..") << "sub/../clip.mp4"
                                    << "which this run reads";
        QTest::newRow("through a link") << "link.mp4"
                                        << "which this run reads";
        QTest::newRow("a hard link") << "hard.mp4"
                                     << "which this run reads";
    }
    void renderNeverWritesOverAnInput() {
        QFETCH(QString, output);
        QFETCH(QString, expected);
        for (const QStringList& extra : {QStringList{}, QStringList{"--force"}}) {
            const LimitedRun r =
                cli(QStringList{"render", project_, "-o", path(output), "--quiet"} + extra);
            verifyRefused(r, expected);
            verifyUntouched();
        }
        QVERIFY(hiddenFilesIn(dir_.path()).isEmpty());
    }

    void captionsAndFramesAreCheckedToo() {
        // --srt with an output named .srt would write captions over the video's name.
        verifyRefused(cli({"render", project_, "-o", path("x.srt"), "--srt", "--quiet"}),
                      "must end in .mp4");
        // captions -o over a media file wrote JSON into it.
        writeFile(path("subs.srt"), "1\n00:00:00,000 --> 00:00:01,000\nHello\n");
        verifyRefused(cli({"captions", project_, path("subs.srt"), "-o", clip_, "--force"}),
                      "must end in .reelcut");
        QVERIFY(::link(project_.toUtf8().constData(),
                       path("p-hard.reelcut").toUtf8().constData()) == 0);
        verifyRefused(
            cli({"captions", project_, path("subs.srt"), "-o", path("p-hard.reelcut"), "--force"}),
            "which this run reads");
        QVERIFY(QFile::remove(path("p-hard.reelcut")));
        // frame -o notes.txt truncated the notes to 0 bytes, then failed on the format.
        writeFile(path("notes.txt"), "my notes");
        verifyRefused(cli({"frame", project_, "--at", "0.5", "-o", path("notes.txt"), "--force"}),
                      "must end in .png");
        QCOMPARE(readFile(path("notes.txt")), QByteArray("my notes"));
        verifyUntouched();
    }

    void existingOutputsNeedForce() {
        const QString out = path("old.png");
        writeFile(out, "last week's frame");
        verifyRefused(cli({"frame", project_, "--at", "0.5", "-o", out}), "already exists");
        QCOMPARE(readFile(out), QByteArray("last week's frame"));
        const LimitedRun r = cli({"frame", project_, "--at", "0.5", "-o", out, "--force"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(QImage(out).size(), QSize(540, 960));
        // A link is never "a plain existing output", even with --force.
        QVERIFY(QFile::link(out, path("frame-link.png")));
        verifyRefused(
            cli({"frame", project_, "--at", "0.5", "-o", path("frame-link.png"), "--force"}),
            "not a plain file");
        QVERIFY(hiddenFilesIn(dir_.path()).isEmpty());
    }

    void aFolderIsRefusedBeforeRendering() {
        // It used to render everything and fail at the rename.
        QVERIFY(QDir(dir_.path()).mkdir("out.mp4"));
        const LimitedRun r = cli({"render", project_, "-o", path("out.mp4"), "--quiet"});
        verifyRefused(r, "is a folder");
        QVERIFY2(r.seconds < 10, qPrintable(QString::number(r.seconds)));
        verifyRefused(cli({"render", project_, "-o", path("none/x.mp4")}), "does not exist");
    }

    void staleTemporariesAreRemovedByTheNextRun() {
        QTemporaryDir out;
        // A temporary left by an export that was killed (its process is gone).
        const pid_t dead = ::fork();
        if (dead == 0) {
            ::_exit(0);
        }
        ::waitpid(dead, nullptr, 0);
        const QString stale = out.filePath(QStringLiteral(".v.partial-%1.mp4").arg(dead));
        writeFile(stale, QByteArray(3 << 20, 'x'));
        const LimitedRun r =
            cli({"render", project_, "-o", out.filePath("v.mp4"), "--preset", "square", "--quiet"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(!QFile::exists(stale));
        QVERIFY(hiddenFilesIn(out.path()).isEmpty());
    }

    void terminatedRenderLeavesNothing() {
        // SIGTERM (the editor's Cancel) stops the export and removes its temporary file.
        QTemporaryDir out;
        const QString target = out.filePath("long.mp4");
        QProcess p;
        p.start(cliProgram(), {"render", project_, "-o", target, "--preset", "youtube"});
        QVERIFY(p.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(!hiddenFilesIn(out.path()).isEmpty(), 30000);
        ::kill(pid_t(p.processId()), SIGTERM);
        QVERIFY(p.waitForFinished(30000));
        QVERIFY(p.exitCode() != 0);
        QVERIFY2(QString::fromUtf8(p.readAllStandardError()).contains("cancelled"),
                 "no word of the cancel");
        QVERIFY(!QFile::exists(target));
        QVERIFY(hiddenFilesIn(out.path()).isEmpty());
    }

    void audioClipsFailLikeVideoClips() {
        // A missing, unreadable or not-audio file on an audio track rendered silence and
        // exited 0.
        QTemporaryDir out;
        writeFile(path("notes.mp3"), "root:x:0:0:root:/root:/bin/bash\n");
        makeFrameCodeVideo(dir_.path(), "silent.mp4", "30", 30, 160, 120, false);
        struct Case {
            const char* media;
            const char* expected;
        };
        for (const Case& c : {Case{"gone.mp3", "gone.mp3: open: file not found"},
                              Case{"notes.mp3", "notes.mp3: open: not a media file"},
                              Case{"silent.mp4", "silent.mp4: audio: the file has no sound"}}) {
            const QString project = path(QStringLiteral("audio-%1.reelcut").arg(c.media));
            writeFile(project, projectJson("[" + trackWith("video", "clip.mp4", 1) + "," +
                                           trackWith("audio", c.media, 1) + "]"));
            const LimitedRun r =
                cli({"render", project, "-o", out.filePath("a.mp4"), "--preset", "square"});
            verifyRefused(r, c.expected);
            QVERIFY(!QFile::exists(out.filePath("a.mp4")));
            QVERIFY(hiddenFilesIn(out.path()).isEmpty());
        }
    }

    void probeReadsWhatRenderReads() {
        writeFile(path("star.svg"), "<svg xmlns='http://www.w3.org/2000/svg' width='30' "
                                    "height='20'><rect width='30' height='20'/></svg>");
        const LimitedRun r = cli({"probe", path("star.svg")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains("\"width\": 30") && r.out.contains("\"still\": true"),
                 qPrintable(r.out));
    }

    void failedAnalysisLeavesNoCacheFolder() {
        // analyze made the cache folder first and left it empty when the analysis failed.
        writeFile(path("notes.mp4"), "not a video at all\n");
        const QString project = path("faces.reelcut");
        writeFile(project, projectJson("[" +
                                       trackWith("video", "notes.mp4", 1,
                                                 R"("effects": [{"type": "face.sticker"}])") +
                                       "]"));
        const LimitedRun r = cli({"analyze", project, "--quiet"});
        verifyRefused(r, "notes.mp4");
        QVERIFY(!QFileInfo::exists(path("faces.reelcut-cache")));
    }

    void framePastTheEndIsAnError() {
        verifyRefused(cli({"frame", project_, "--at", "5", "-o", path("late.png")}),
                      "past the end of the project");
        QVERIFY(!QFile::exists(path("late.png")));
    }
};

QTEST_GUILESS_MAIN(TestCliSafety)
#include "tst_cli_safety.moc"
