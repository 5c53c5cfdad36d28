// The one path every file ReelCut writes goes through: nothing the run reads and nothing
// the user did not ask to replace is ever overwritten, under any name; a failure leaves no
// temporary behind, and temporaries of dead processes are swept.

#include "io/output_file.h"
#include "io/temporary_files.h"
#include "model/project.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <boost/filesystem/operations.hpp>
#include <csignal>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace reelcut;
namespace fs = boost::filesystem;

namespace {

void writeText(const QString& file, const QByteArray& bytes) {
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

QByteArray readText(const QString& file) {
    QFile f(file);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("<missing>");
}

fs::path p(const QString& s) {
    return fs::path(s.toStdString());
}

// The message of the OutputError `fn` throws; empty if it throws nothing.
template <typename Fn> QString refusal(Fn fn) {
    try {
        fn();
    } catch (const OutputError& e) {
        return QString::fromStdString(e.what());
    }
    return {};
}

// A process id that is certainly not running: a child that has exited and been reaped.
pid_t deadPid() {
    const pid_t pid = ::fork();
    if (pid == 0) {
        ::_exit(0);
    }
    ::waitpid(pid, nullptr, 0);
    return pid;
}

QStringList hiddenFiles(const QString& dir) {
    return QDir(dir).entryList(QDir::Files | QDir::Hidden | QDir::System);
}

} // namespace

class TestOutputFile : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void refusesInputsUnderAnyName() {
        QTemporaryDir dir;
        const QString media = dir.filePath("clip.mp4");
        writeText(media, "the only copy of a 20 s clip");
        QVERIFY(QDir(dir.path()).mkdir("sub"));
        QVERIFY(QFile::link(media, dir.filePath("link.mp4")));
        QVERIFY(::link(media.toUtf8().constData(), dir.filePath("hard.mp4").toUtf8().constData()) ==
                0);
        RunInputs inputs;
        inputs.add(p(media), verbatim("a media file of the project"));
        for (const QString& name : {media, dir.filePath("sub/../clip.mp4"),
                                    dir.filePath("link.mp4"), dir.filePath("hard.mp4")}) {
            const QString why = refusal([&] {
                checkOutput(OutputTarget{p(name), OutputKind::Video, true}, inputs);
            });
            QVERIFY2(why.contains("which this run reads"), qPrintable(name + ": " + why));
            QVERIFY2(why.contains(name), qPrintable(why)); // names the file as given
        }
        // Writing through the module is refused too, and the input is untouched.
        QVERIFY(!refusal([&] {
                     writeFileSafely(
                         OutputTarget{p(dir.filePath("hard.mp4")), OutputKind::Data, true}, inputs,
                         "mp4 bytes");
                 }).isEmpty());
        QCOMPARE(readText(media), QByteArray("the only copy of a 20 s clip"));
    }

    void projectMediaAreInputs() {
        QTemporaryDir dir;
        Project project = makeDefaultProject();
        Clip c;
        c.media = dir.filePath("music.mp3").toStdString();
        c.out = Time(5);
        project.tracks.back().clips.push_back(c);
        RunInputs inputs;
        inputs.addProject(project, p(dir.filePath("p.reelcut")));
        QVERIFY(inputs.find(p(dir.filePath("music.mp3"))) != nullptr);
        QVERIFY(inputs.find(p(dir.filePath("./p.reelcut"))) != nullptr);
        QVERIFY(inputs.find(p(dir.filePath("out.mp4"))) == nullptr);
    }

    void extensionMustFitWhatIsWritten() {
        QTemporaryDir dir;
        const RunInputs none;
        struct Case {
            OutputKind kind;
            const char* good;
            const char* bad;
        };
        for (const Case& c : {Case{OutputKind::Video, "a.mp4", "a.srt"},
                              Case{OutputKind::Image, "a.PNG", "notes.txt"},
                              Case{OutputKind::Subtitles, "a.srt", "a.mp4"},
                              Case{OutputKind::Project, "a.reelcut", "a.mp4"}}) {
            QVERIFY(refusal([&] {
                        checkOutput(OutputTarget{p(dir.filePath(c.good)), c.kind, false}, none);
                    }).isEmpty());
            const QString why = refusal([&] {
                checkOutput(OutputTarget{p(dir.filePath(c.bad)), c.kind, false}, none);
            });
            QVERIFY2(why.contains("so the name must end in"), qPrintable(why));
        }
    }

    void existingFilesNeedReplaceAndMustBePlain() {
        QTemporaryDir dir;
        const RunInputs none;
        const QString out = dir.filePath("out.mp4");
        writeText(out, "last week's upload");
        QVERIFY(refusal([&] {
                    checkOutput(OutputTarget{p(out), OutputKind::Video, false}, none);
                }).contains("already exists"));
        QVERIFY(refusal([&] {
                    checkOutput(OutputTarget{p(out), OutputKind::Video, true}, none);
                }).isEmpty());
        // Not plain: a link (even to a plain file), a folder, a pipe.
        QVERIFY(QFile::link(out, dir.filePath("link.mp4")));
        QVERIFY(QDir(dir.path()).mkdir("folder.mp4"));
        QVERIFY(::mkfifo(dir.filePath("pipe.mp4").toUtf8().constData(), 0644) == 0);
        for (const char* name : {"link.mp4", "folder.mp4", "pipe.mp4"}) {
            const QString why = refusal([&] {
                checkOutput(OutputTarget{p(dir.filePath(name)), OutputKind::Video, true}, none);
            });
            QVERIFY2(why.contains("not a plain file") || why.contains("is a folder"),
                     qPrintable(QString(name) + ": " + why));
        }
        QVERIFY(refusal([&] {
                    checkOutput(
                        OutputTarget{p(dir.filePath("no/such/out.mp4")), OutputKind::Video, false},
                        none);
                }).contains("does not exist"));
        QVERIFY(refusal([&] {
                    checkOutput(OutputTarget{fs::path(std::string("a\0b.mp4", 7)),
                                             OutputKind::Video, false},
                                none);
                }).contains("NUL"));
        QVERIFY(refusal([&] {
                    checkOutputs({OutputTarget{p(dir.filePath("x.srt")), OutputKind::Subtitles},
                                  OutputTarget{p(dir.filePath("./x.srt")), OutputKind::Subtitles}},
                                 none);
                }).contains("two outputs"));
        QCOMPARE(readText(out), QByteArray("last week's upload"));
    }

    void pendingFileIsRemovedUnlessCommitted() {
        QTemporaryDir dir;
        const QString out = dir.filePath("frame.png");
        fs::path temporary;
        {
            PendingFile f(OutputTarget{p(out), OutputKind::Image, false}, RunInputs());
            temporary = f.temporaryPath();
            QVERIFY(fs::exists(temporary));
            QCOMPARE(temporary.parent_path(), fs::absolute(p(out)).parent_path());
            QVERIFY(temporary.filename().string().rfind(".frame.partial-", 0) == 0);
            f.write("abc", 3);
            // Destroyed without commit: a failure or a cancel.
        }
        QVERIFY(!fs::exists(temporary));
        QVERIFY(!QFile::exists(out));
        QVERIFY(hiddenFiles(dir.path()).isEmpty());
        {
            PendingFile f(OutputTarget{p(out), OutputKind::Image, false}, RunInputs());
            f.write("png", 3);
            f.commit();
        }
        QCOMPARE(readText(out), QByteArray("png"));
        QCOMPARE(hiddenFiles(dir.path()), QStringList{"frame.png"});
    }

    void fileThatAppearsWhileWritingIsKept() {
        QTemporaryDir dir;
        const QString out = dir.filePath("out.srt");
        PendingFile f(OutputTarget{p(out), OutputKind::Subtitles, false}, RunInputs());
        f.write("new", 3);
        writeText(out, "made by someone else meanwhile");
        QVERIFY(!refusal([&] { f.commit(); }).isEmpty());
        QCOMPARE(readText(out), QByteArray("made by someone else meanwhile"));
        QCOMPARE(hiddenFiles(dir.path()), QStringList{"out.srt"});
    }

    void failedWriteKeepsTheOldFile() {
        QTemporaryDir dir;
        const QString out = dir.filePath("p.reelcut");
        writeText(out, "the saved project");
        // A full disk, as a file size limit makes it (works as root, unlike a read-only
        // folder).
        ::signal(SIGXFSZ, SIG_IGN);
        rlimit old{};
        ::getrlimit(RLIMIT_FSIZE, &old);
        rlimit tiny = old;
        tiny.rlim_cur = 16;
        ::setrlimit(RLIMIT_FSIZE, &tiny);
        const QString why = refusal([&] {
            writeFileSafely(OutputTarget{p(out), OutputKind::Project, true}, RunInputs(),
                            QByteArray(4096, 'x'));
        });
        ::setrlimit(RLIMIT_FSIZE, &old);
        QVERIFY2(why.contains("p.reelcut") && why.contains("cannot write"), qPrintable(why));
        QCOMPARE(readText(out), QByteArray("the saved project"));
        QCOMPARE(hiddenFiles(dir.path()), QStringList{"p.reelcut"});
    }

    void staleTemporariesOfDeadProcessesAreSwept() {
        QTemporaryDir dir;
        const fs::path folder = p(dir.path());
        const pid_t dead = deadPid();
        // Left by a killed export and a killed save (the older ".tmp-PID" name too).
        const fs::path video = temporaryPathFor(folder / "out.mp4", dead);
        const fs::path save = folder / (".p.reelcut.tmp-" + std::to_string(dead));
        writeText(QString::fromStdString(video.string()), QByteArray(1 << 20, 'v'));
        writeText(QString::fromStdString(save.string()), "{}");
        // Kept: one of a running process (this one), one locked by a live writer elsewhere
        // (a dead id, but the lock says someone still writes), a user's own files.
        const fs::path mine = temporaryPathFor(folder / "mine.mp4");
        writeText(QString::fromStdString(mine.string()), "mine");
        const fs::path locked = temporaryPathFor(folder / "locked.mp4", deadPid());
        writeText(QString::fromStdString(locked.string()), "locked");
        const int lockFd = ::open(locked.c_str(), O_RDONLY);
        QVERIFY(::flock(lockFd, LOCK_EX) == 0);
        writeText(dir.filePath(".notes.txt"), "hidden but mine");
        writeText(dir.filePath("clip.partial-12.mp4"), "not hidden: not ours");
        QVERIFY(
            QFile::link(dir.filePath("clip.partial-12.mp4"),
                        QString::fromStdString(temporaryPathFor(folder / "l.mp4", dead).string())));

        QCOMPARE(removeStaleTemporaries(folder), 2);
        QVERIFY(!fs::exists(video));
        QVERIFY(!fs::exists(save));
        QVERIFY(fs::exists(mine));
        QVERIFY(fs::exists(locked));
        QVERIFY(QFile::exists(dir.filePath(".notes.txt")));
        QVERIFY(QFile::exists(dir.filePath("clip.partial-12.mp4")));
        ::close(lockFd);

        // Writing any file into the folder sweeps it.
        QCOMPARE(removeStaleTemporaries(folder), 1); // the lock is gone now
        writeText(QString::fromStdString(video.string()), "again");
        writeFileSafely(OutputTarget{folder / "x.srt", OutputKind::Subtitles}, RunInputs(), "1");
        QVERIFY(!fs::exists(video));
    }

    // The editor's export dialog removes what its engine process (any thread of it) left
    // for the output it was asked for, and nothing else.
    void temporariesOfOneProcessAndTarget() {
        QTemporaryDir dir;
        const fs::path folder = p(dir.path());
        const pid_t engine = deadPid();
        const std::vector<fs::path> theirs = {
            temporaryPathFor(folder / "out.mp4", engine),
            temporaryPathFor(folder / "out.mp4", engine, engine + 1),
            folder / (".out.partial-" + std::to_string(engine) + ".mp4")};
        const std::vector<fs::path> others = {
            temporaryPathFor(folder / "out.mov", engine),
            temporaryPathFor(folder / "other.mp4", engine),
            temporaryPathFor(folder / "out.mp4", engine + 2, engine + 1), folder / "out.mp4"};
        for (const fs::path& f : theirs) {
            writeText(QString::fromStdString(f.string()), "x");
        }
        for (const fs::path& f : others) {
            writeText(QString::fromStdString(f.string()), "x");
        }
        QCOMPARE(removeTemporariesOf(folder / "out.mp4", engine), 3);
        for (const fs::path& f : theirs) {
            QVERIFY2(!fs::exists(f), f.c_str());
        }
        for (const fs::path& f : others) {
            QVERIFY2(fs::exists(f), f.c_str());
        }
    }

    void temporaryNames() {
        QCOMPARE(temporaryPathFor(fs::path("/a/out.mp4"), 42, 43).string(),
                 std::string("/a/.out.partial-42-43.mp4"));
        QCOMPARE(temporaryPathFor(fs::path("/a/out.mp4"), 42).string(),
                 std::string("/a/.out.partial-42-42.mp4"));
        QCOMPARE(temporaryOwner(".out.partial-42-43.mp4").value_or(0), 42);
        QCOMPARE(temporaryOwner(".out.partial-42.mp4").value_or(0), 42);
        QCOMPARE(temporaryOwner(".p.reelcut.tmp-7-9").value_or(0), 7);
        QVERIFY(!temporaryOwner(".out.partial-42-x.mp4"));
        QVERIFY(!temporaryOwner(".out.partial-42-.mp4"));
        QCOMPARE(temporaryOwner(".p.reelcut.tmp-7").value_or(0), 7);
        QCOMPARE(temporaryOwner(".p.partial-7.reelcut").value_or(0), 7);
        QVERIFY(!temporaryOwner("out.partial-42.mp4"));
        QVERIFY(!temporaryOwner(".out.partial-x.mp4"));
        QVERIFY(!temporaryOwner(".out.partial-42.tar.gz"));
        QVERIFY(!temporaryOwner(".bashrc"));
    }
};

QTEST_GUILESS_MAIN(TestOutputFile)
#include "tst_output_file.moc"
