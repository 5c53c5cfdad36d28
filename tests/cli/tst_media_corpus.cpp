// 200 damaged media files (25 mutants of each of 8 formats, made the same way on every
// run): each must end in either a correct result or one clear line naming the file, in
// under 30 s and 500 MB. Pictures and videos are composed into a frame (`frame`), sound is
// mixed into a short export (`render`), as a user's project would use them.

#include "cli_test_util.h"

#include <QFuture>
#include <QImage>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QtConcurrent/QtConcurrent>

using namespace reelcut::test;

namespace {

// REELCUT_CORPUS_MUTANTS overrides it (the sanitized run of the test command uses fewer:
// there the point is memory errors, and each run is several times slower).
int mutantsPerFormat() {
    const int n = qEnvironmentVariableIntValue("REELCUT_CORPUS_MUTANTS");
    return n > 0 ? n : 25;
}
constexpr qint64 kMemoryBound = 500LL << 20;

struct Format {
    const char* name; // file name of the original
    bool sound;       // used on an audio track (else as a picture)
};

const Format kFormats[] = {{"clip.mp4", false},  {"clip.webm", false}, {"clip.mov", false},
                           {"clip.avi", false},  {"song.mp3", true},   {"song.flac", true},
                           {"still.png", false}, {"anim.gif", false}};

// One of several kinds of damage, chosen and placed by the seed.
QByteArray mutate(const QByteArray& original, quint32 seed) {
    QRandomGenerator rng(seed);
    QByteArray b = original;
    auto at = [&](qsizetype size) {
        return qsizetype(rng.bounded(quint32(std::max<qsizetype>(1, size))));
    };
    switch (seed % 6) {
    case 0: // a few flipped bytes, mostly near the start where headers are
        for (int i = 0, n = 1 + int(rng.bounded(20u)); i < n; ++i) {
            b[at(rng.bounded(2u) ? std::min<qsizetype>(b.size(), 512) : b.size())] ^=
                char(1 + rng.bounded(255u));
        }
        break;
    case 1: // cut off (a download that stopped)
        b.truncate(at(b.size()));
        break;
    case 2: // a run of zeros (a bad sector)
        b.replace(at(b.size()), qsizetype(rng.bounded(4096u)), QByteArray(4096, '\0'));
        break;
    case 3: { // a chunk copied elsewhere
        const qsizetype from = at(b.size()), len = std::min<qsizetype>(b.size() - from, 2048);
        b.insert(at(b.size()), b.mid(from, len));
        break;
    }
    case 4: // random sizes: 32-bit fields set to huge values
        for (int i = 0; i < 8; ++i) {
            const qsizetype p = at(std::min<qsizetype>(b.size(), 4096) - 4);
            const quint32 v = rng.bounded(2u) ? 0xffffffffu : 0x7fff0000u + rng.bounded(65536u);
            memcpy(b.data() + p, &v, 4);
        }
        break;
    default: // noise after a valid start
        for (qsizetype i = at(b.size()); i < b.size(); i += 1 + qsizetype(rng.bounded(64u))) {
            b[i] = char(rng.generate());
        }
        break;
    }
    return b;
}

struct Outcome {
    QString name;
    QString problem; // empty: fine
    double seconds = 0;
    qint64 peak = 0;
    bool rendered = false;
};

} // namespace

class TestMediaCorpus : public QObject {
    Q_OBJECT

private:
    QTemporaryDir dir_;

    Outcome runOne(const Format& format, int index) {
        const QString base = dir_.filePath(format.name);
        const QString ext = QFileInfo(base).suffix();
        const QString name =
            QStringLiteral("m%1-%2.%3").arg(index).arg(QFileInfo(base).completeBaseName()).arg(ext);
        writeFile(dir_.filePath(name),
                  mutate(readFile(base), quint32(index * 7919 + int(qHash(QString(format.name))))));
        const QString project = dir_.filePath(name + ".reelcut");
        writeFile(project, projectJson("[" +
                                           trackWith(format.sound ? "audio" : "video", name, 1,
                                                     format.sound ? "" : R"("fit": "fill")") +
                                           "]",
                                       180, 320));
        const QString out = dir_.filePath(name + (format.sound ? ".mp4" : ".png"));
        const QStringList args =
            format.sound ? QStringList{"render", project, "-o",  out,       "--preset",
                                       "square", "--to",  "0.2", "--quiet", "--force"}
                         : QStringList{"frame", project, "--at", "0.4", "-o", out, "--force"};
        const LimitedRun r =
            runLimited(cliProgram(), args, sanitizedBuild() ? 120000 : 30000, 2LL << 30);
        Outcome o{name, {}, r.seconds, r.peakBytes, r.exitCode == 0};
        const QString err = r.err.trimmed();
        if (r.timedOut) {
            o.problem = "did not finish in 30 s";
        } else if (r.signal != 0) {
            o.problem = QStringLiteral("crashed (signal %1): %2").arg(r.signal).arg(err.right(300));
        } else if (!sanitizedBuild() && r.peakBytes > kMemoryBound) {
            o.problem = "used " + QString::number(r.peakBytes >> 20) + " MB";
        } else if (r.exitCode == 0) {
            // A correct result: a picture of the canvas size, or a video with sound.
            if (format.sound) {
                const QJsonObject probe = ffprobe(out);
                if (probeStream(probe, "audio").value("codec_name").toString() != "aac") {
                    o.problem = "rendered a file without sound";
                }
            } else if (QImage(out).size() != QSize(180, 320)) {
                o.problem = "wrote no picture";
            }
        } else if (err.count('\n') != 0 || !err.startsWith("reelcut-cli: ") ||
                   !err.contains(name)) {
            o.problem = "unclear error: " + err.left(400);
        } else if (err.contains("Generic error") || err.contains("Assertion") ||
                   err.contains("Invalid data found")) {
            o.problem = "raw library text: " + err;
        }
        return o;
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(dir_.isValid());
        auto make = [&](const QStringList& args) {
            ffmpeg(args);
        };
        const QString video = "testsrc2=s=160x120:r=15:d=1";
        const QString tone = "sine=frequency=330:d=1";
        make({"-f", "lavfi", "-i", video, "-f", "lavfi", "-i", tone, "-c:v", "libx264", "-preset",
              "ultrafast", "-g", "5", "-c:a", "aac", "-shortest", dir_.filePath("clip.mp4")});
        make({"-f", "lavfi", "-i", video, "-f", "lavfi", "-i", tone, "-c:v", "libvpx-vp9", "-b:v",
              "100k", "-deadline", "realtime", "-c:a", "libopus", "-shortest",
              dir_.filePath("clip.webm")});
        make({"-f", "lavfi", "-i", video, "-f", "lavfi", "-i", tone, "-c:v", "mjpeg", "-c:a",
              "pcm_s16le", "-shortest", dir_.filePath("clip.mov")});
        make({"-f", "lavfi", "-i", video, "-f", "lavfi", "-i", tone, "-c:v", "mpeg4", "-c:a",
              "libmp3lame", "-shortest", dir_.filePath("clip.avi")});
        make({"-f", "lavfi", "-i", tone, "-c:a", "libmp3lame", dir_.filePath("song.mp3")});
        make({"-f", "lavfi", "-i", tone, "-c:a", "flac", dir_.filePath("song.flac")});
        make({"-f", "lavfi", "-i", "testsrc2=s=160x120", "-frames:v", "1",
              dir_.filePath("still.png")});
        make({"-f", "lavfi", "-i", "testsrc2=s=80x60:r=10:d=1", dir_.filePath("anim.gif")});
    }

    void everyMutantEndsWell() {
        QList<std::pair<const Format*, int>> jobs;
        for (const Format& f : kFormats) {
            for (int i = 0; i < mutantsPerFormat(); ++i) {
                jobs.append({&f, i});
            }
        }
        QThreadPool pool;
        pool.setMaxThreadCount(std::max(2, QThread::idealThreadCount()));
        const QList<Outcome> outcomes = QtConcurrent::blockingMapped(
            &pool, jobs,
            [this](const std::pair<const Format*, int>& j) { return runOne(*j.first, j.second); });
        QStringList problems;
        int rendered = 0;
        double slowest = 0;
        qint64 peak = 0;
        for (const Outcome& o : outcomes) {
            rendered += o.rendered ? 1 : 0;
            slowest = std::max(slowest, o.seconds);
            peak = std::max(peak, o.peak);
            if (!o.problem.isEmpty()) {
                problems << o.name + ": " + o.problem;
            }
        }
        qInfo("%d mutants: %d rendered, %d refused with one line; slowest %.1f s, peak %lld MB",
              int(outcomes.size()), rendered,
              int(outcomes.size()) - rendered - int(problems.size()), slowest, peak >> 20);
        QCOMPARE(int(outcomes.size()), 8 * mutantsPerFormat());
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join('\n')));
    }
};

QTEST_GUILESS_MAIN(TestMediaCorpus)
#include "tst_media_corpus.moc"
