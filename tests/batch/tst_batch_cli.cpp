// reelcut-cli batch as a marketer and a cluster use it: real renders of a small template,
// a bad row among good ones, kill -9 in the middle and --resume, shards sharing a folder.

#include "batch_test_util.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <map>

using namespace reelcut::test;

namespace {

struct Result {
    int code = -1;
    QString out;
    QString err;
};

QString cliPath() {
    return qEnvironmentVariable("REELCUT_BINARY_DIR") + "/app/cli/reelcut-cli";
}

Result cli(const QStringList& args,
           const QProcessEnvironment& env = QProcessEnvironment::systemEnvironment()) {
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(cliPath(), args);
    p.waitForFinished(300000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

QJsonObject readJson(const QString& file) {
    QFile f(file);
    f.open(QIODevice::ReadOnly);
    return QJsonDocument::fromJson(f.readAll()).object();
}

// Every manifest line of the output folder, all shards.
std::vector<QJsonObject> manifestRecords(const QString& out) {
    std::vector<QJsonObject> records;
    QDirIterator it(out + "/.reelcut-batch", {"manifest-*.jsonl"}, QDir::Files);
    while (it.hasNext()) {
        QFile f(it.next());
        f.open(QIODevice::ReadOnly);
        for (const QByteArray& line : f.readAll().split('\n')) {
            const QJsonObject o = QJsonDocument::fromJson(line).object();
            if (!o.isEmpty()) {
                records.push_back(o);
            }
        }
    }
    return records;
}

// The finished videos in the output folder (hidden staging files excluded).
QStringList outputs(const QString& out) {
    QStringList files;
    QDirIterator it(out, {"*.mp4"}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString f = it.next();
        if (!f.contains("/.")) {
            files << QDir(out).relativeFilePath(f);
        }
    }
    files.sort();
    return files;
}

QString sha256(const QString& file) {
    QFile f(file);
    f.open(QIODevice::ReadOnly);
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(&f);
    return QString::fromLatin1(h.result().toHex());
}

// A template (0.5 s, 9:16 for Shorts) and rows in dir.
struct Fixture {
    QTemporaryDir dir;
    QString tpl;
    QString data;
    QString out;

    explicit Fixture(const QByteArray& rows) {
        makePicture(dir.path() + "/media", "red.png", "red");
        makePicture(dir.path() + "/media", "blue.png", "blue", 300, 200);
        tpl = dir.filePath("card.reelcut");
        writeText(tpl, productTemplate(0.5));
        data = dir.filePath("rows.csv");
        writeText(data, rows);
        out = dir.filePath("out");
    }
    QStringList args(const QStringList& extra = {}) const {
        return QStringList{"batch", tpl,        "--data", data,     "-o",
                           out,     "--preset", "shorts", "--name", "{{row}}-{{headline}}"} +
               extra;
    }
};

} // namespace

class TestBatchCli : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void badRowDoesNotStopTheOthers() {
        Fixture fx("headline,product,badge\n"
                   "Alpha,media/red.png,sale\n"
                   "Broken,media/missing.png,none\n"
                   "Gamma,media/blue.png,new\n");
        const Result r = cli(fx.args({"--jobs", "2"}));
        QCOMPARE(r.code, 1); // not every row succeeded
        QVERIFY2(r.out.contains("missing.png: file not found"), qPrintable(r.out));
        QCOMPARE(outputs(fx.out), (QStringList{"0001-Alpha.mp4", "0003-Gamma.mp4"}));
        for (const QString& f : outputs(fx.out)) {
            const std::vector<QImage> frames = decodeFrames(fx.out + "/" + f);
            QCOMPARE(int(frames.size()), 15);
            QCOMPARE(frames[0].size(), QSize(1080, 1920));
        }
        // The first row's product is red, the third's blue: each row got its own values.
        const QImage a = decodeFrames(fx.out + "/0001-Alpha.mp4", 1)[0];
        const QImage g = decodeFrames(fx.out + "/0003-Gamma.mp4", 1)[0];
        QVERIFY(averageColor(a, QRect(500, 940, 80, 40)).red() > 180);
        QVERIFY(averageColor(g, QRect(500, 940, 80, 40)).blue() > 180);

        const QJsonObject report = readJson(fx.out + "/report.json");
        const QJsonArray jobs = report.value("jobs").toArray();
        QCOMPARE(jobs.size(), 3);
        QCOMPARE(jobs[0].toObject().value("status").toString(), QString("done"));
        QCOMPARE(jobs[1].toObject().value("status").toString(), QString("invalid"));
        QVERIFY(jobs[1].toObject().value("error").toString().contains("missing.png"));
        // Beside the English text (what scripts read) the message: its id and values, so a
        // script can match the problem and the editor can show it in its language.
        const QJsonArray messages = jobs[1].toObject().value("errorMessages").toArray();
        QCOMPARE(messages.size(), 1);
        const QJsonObject problem = messages[0].toObject();
        QCOMPARE(problem.value("id").toString(), QString("batch.at"));
        QCOMPARE(problem.value("args").toArray()[0].toString(), QString("product"));
        const QJsonObject detail = problem.value("args").toArray()[1].toObject();
        QCOMPARE(detail.value("id").toString(), QString("batch.file-missing"));
        QCOMPARE(detail.value("text").toString(), QString("%1: file not found"));
        QCOMPARE(detail.value("args").toArray()[0].toString(),
                 QDir(fx.dir.path()).filePath("media/missing.png"));
        QCOMPARE(jobs[1].toObject().value("error").toString(),
                 "product: " + QDir(fx.dir.path()).filePath("media/missing.png") +
                     ": file not found");
        QVERIFY(jobs[0].toObject().value("warningMessages").isArray());
        QVERIFY(!jobs[0].toObject().contains("errorMessages"));
        QCOMPARE(report.value("totals").toObject().value("ok").toInt(), 2);
        for (const QJsonValue& j : jobs) {
            const QString thumb = j.toObject().value("thumbnail").toString();
            if (j.toObject().value("status").toString() == "done") {
                QVERIFY2(!QImage(fx.out + "/" + thumb).isNull(), qPrintable(thumb));
            }
        }
        QFile html(fx.out + "/report.html");
        QVERIFY(html.open(QIODevice::ReadOnly));
        const QString page = QString::fromUtf8(html.readAll());
        QVERIFY(page.contains("0001-Alpha.mp4") && page.contains("missing.png: file not found"));
        QCOMPARE(readJson(fx.out + "/manifest.json").value("outputs").toArray().size(), 2);

        // A manifest and reports written before messages were kept (no "warningMessages",
        // no "errorMessages") are still read: the outputs stay up to date.
        for (const QString& name :
             QDir(fx.out + "/.reelcut-batch").entryList({"manifest-*.jsonl"}, QDir::Files)) {
            QFile f(fx.out + "/.reelcut-batch/" + name);
            QVERIFY(f.open(QIODevice::ReadOnly));
            QByteArray old;
            for (const QByteArray& line : f.readAll().split('\n')) {
                QJsonObject o = QJsonDocument::fromJson(line).object();
                if (o.isEmpty()) {
                    continue;
                }
                QVERIFY(o.value("warningMessages").isArray());
                o.remove("warningMessages");
                old += QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n';
            }
            f.close();
            writeText(f.fileName(), old);
        }
        // Again with --resume: nothing is made twice.
        const QDateTime before = QFileInfo(fx.out + "/0001-Alpha.mp4").lastModified();
        const Result again = cli(fx.args({"--resume"}));
        QCOMPARE(again.code, 1);
        QCOMPARE(again.out.count("up-to-date"), 2);
        QCOMPARE(QFileInfo(fx.out + "/0001-Alpha.mp4").lastModified(), before);
        QCOMPARE(int(manifestRecords(fx.out).size()), 2);
    }

    void killNineThenResumeMakesExactlyTheMissing() {
        Fixture fx("headline,product\nA,media/red.png\nB,media/blue.png\nC,media/red.png\n"
                   "D,media/blue.png\nE,media/red.png\n");
        QProcess p;
        p.start(cliPath(), fx.args({"--jobs", "1"}));
        QVERIFY(p.waitForStarted());
        // Kill as soon as the first video is recorded: mid-batch, most likely mid-render.
        QElapsedTimer timer;
        timer.start();
        while (manifestRecords(fx.out).empty() && timer.elapsed() < 240000 &&
               p.state() == QProcess::Running) {
            QThread::msleep(20);
        }
        QVERIFY2(p.state() == QProcess::Running, "the batch ended before it could be killed");
        p.kill(); // SIGKILL
        p.waitForFinished();
        QCOMPARE(p.exitStatus(), QProcess::CrashExit);

        // Whatever is in place is complete and recorded: nothing half-written.
        std::map<QString, QString> recorded;
        for (const QJsonObject& r : manifestRecords(fx.out)) {
            recorded[r.value("output").toString()] = r.value("sha256").toString();
        }
        const QStringList early = outputs(fx.out);
        QVERIFY(early.size() < 5);
        std::map<QString, QDateTime> stamps;
        for (const QString& f : early) {
            QVERIFY2(recorded.count(f) == 1, qPrintable(f));
            QCOMPARE(sha256(fx.out + "/" + f), recorded[f]);
            stamps[f] = QFileInfo(fx.out + "/" + f).lastModified();
        }

        const Result r = cli(fx.args({"--resume", "--jobs", "2"}));
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
        QCOMPARE(outputs(fx.out).size(), 5);
        // None twice: every output recorded once, the early ones untouched.
        std::map<QString, int> times;
        for (const QJsonObject& rec : manifestRecords(fx.out)) {
            ++times[rec.value("output").toString()];
            QCOMPARE(sha256(fx.out + "/" + rec.value("output").toString()),
                     rec.value("sha256").toString());
        }
        QCOMPARE(int(times.size()), 5);
        for (const auto& [f, n] : times) {
            QVERIFY2(n == 1, qPrintable(f));
        }
        for (const auto& [f, when] : stamps) {
            QCOMPARE(QFileInfo(fx.out + "/" + f).lastModified(), when);
        }
        // Everything recorded before the kill counts as made: a video recorded but not yet
        // renamed (killed in between) is moved into place, not rendered again.
        QCOMPARE(r.out.count("up-to-date"), int(recorded.size()));
        for (const auto& [f, hash] : recorded) {
            QCOMPARE(sha256(fx.out + "/" + f), hash);
        }
        // No staged or partial files left behind.
        QDirIterator hidden(fx.out, {".*.mp4"}, QDir::Files | QDir::Hidden);
        QVERIFY2(!hidden.hasNext(), qPrintable(hidden.hasNext() ? hidden.next() : QString()));
        for (const QString& f : outputs(fx.out)) {
            QCOMPARE(int(decodeFrames(fx.out + "/" + f).size()), 15);
        }
        QVERIFY(readJson(fx.out + "/report.json").value("complete").toBool());
    }

    void shardsShareAFolderAndCoverEverythingOnce() {
        Fixture fx("headline,product\nA,media/red.png\nB,media/blue.png\nC,media/red.png\n"
                   "D,media/blue.png\n");
        // Three shards at once into one folder; the last through the Kubernetes index.
        std::vector<std::unique_ptr<QProcess>> shards;
        for (int i = 0; i < 3; ++i) {
            auto p = std::make_unique<QProcess>();
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            QStringList extra{"--jobs", "1"};
            if (i < 2) {
                extra << "--shard" << QStringLiteral("%1/3").arg(i);
            } else {
                env.insert("JOB_COMPLETION_INDEX", "2");
                extra << "--shard-count"
                      << "3";
            }
            p->setProcessEnvironment(env);
            p->start(cliPath(), fx.args(extra));
            shards.push_back(std::move(p));
        }
        for (auto& p : shards) {
            QVERIFY(p->waitForFinished(300000));
            QVERIFY2(p->exitCode() == 0, p->readAllStandardError().constData());
        }
        QCOMPARE(outputs(fx.out),
                 (QStringList{"0001-A.mp4", "0002-B.mp4", "0003-C.mp4", "0004-D.mp4"}));
        std::map<QString, int> times;
        for (const QJsonObject& rec : manifestRecords(fx.out)) {
            ++times[rec.value("output").toString()];
        }
        QCOMPARE(int(times.size()), 4);
        for (const auto& [f, n] : times) {
            QVERIFY2(n == 1, qPrintable(f));
        }
        const Result merged = cli({"batch-report", fx.out});
        QVERIFY2(merged.code == 0, qPrintable(merged.out + merged.err));
        const QJsonObject report = readJson(fx.out + "/report.json");
        QVERIFY(report.value("complete").toBool());
        QCOMPARE(report.value("jobs").toArray().size(), 4);
        QCOMPARE(report.value("missing_shards").toArray().size(), 0);
    }

    // An output never replaces what the batch reads: a name that lands on the template's
    // video (it was renamed over it, cutting the source to the template's length), or a
    // --report naming the data file (it was replaced by the JSON report after rendering).
    void outputsNeverReplaceWhatTheBatchReads() {
        QTemporaryDir dir;
        QDir().mkpath(dir.filePath("media"));
        const QString video = dir.filePath("media/bg.mp4");
        ffmpeg({"-f", "lavfi", "-i", "testsrc2=s=320x240:r=30:d=2", "-c:v", "libx264", "-preset",
                "ultrafast", video});
        const QString before = sha256(video);
        const QString tpl = dir.filePath("card.reelcut");
        writeText(tpl, R"({ "reelcut": 1,
  "canvas": { "width": 1080, "height": 1920, "fps": 30 },
  "fields": [ { "name": "headline", "type": "text", "required": true } ],
  "tracks": [
    { "kind": "video", "clips": [ { "media": "media/bg.mp4", "start": 0, "out": 0.5 } ] },
    { "kind": "text", "clips": [ { "text": "{{headline}}", "start": 0, "out": 0.5 } ] } ] })");
        const QString data = dir.filePath("rows.csv");
        const QByteArray rows = "headline\nAlpha\n";
        writeText(data, rows);

        const Result onMedia = cli({"batch", tpl, "--data", data, "-o", dir.path(), "--preset",
                                    "shorts", "--name", "media/bg"});
        QCOMPARE(onMedia.code, 1);
        QVERIFY2(onMedia.out.contains("media/bg.mp4 is a media file of the project"),
                 qPrintable(onMedia.out + onMedia.err));
        QCOMPARE(sha256(video), before);

        const QString out = dir.filePath("out");
        const Result onData =
            cli({"batch", tpl, "--data", data, "-o", out, "--preset", "shorts", "--report", data});
        QVERIFY(onData.code != 0);
        QVERIFY2(onData.err.contains("the batch's data file"), qPrintable(onData.err));
        QCOMPARE(outputs(out), QStringList()); // refused before anything rendered
        QFile f(data);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), rows);
        QCOMPARE(sha256(video), before);
    }

    void dryRunWritesNothingAndEmitWritesJobFiles() {
        Fixture fx("headline,product\nA,media/red.png\nB,media/none.png\n");
        const Result dry = cli(fx.args({"--dry-run", "--report", fx.dir.filePath("check.json")}));
        QCOMPARE(dry.code, 1);
        QVERIFY(dry.out.contains("1 valid, 1 invalid"));
        QVERIFY(!QFileInfo::exists(fx.out));
        QCOMPARE(readJson(fx.dir.filePath("check.json")).value("jobs").toArray().size(), 2);

        Fixture ok("headline,product\nA,media/red.png\n");
        const Result slurm = cli(ok.args({"--emit", "slurm", "--tasks", "4"}));
        QVERIFY2(slurm.code == 0, qPrintable(slurm.err));
        QFile script(ok.out + "/batch.sbatch");
        QVERIFY(script.open(QIODevice::ReadOnly));
        const QString s = QString::fromUtf8(script.readAll());
        QVERIFY(s.contains("#SBATCH --array=0-3"));
        QVERIFY(s.contains("--resume"));
        QVERIFY(s.contains("/logs/task-%a.log"));
        QVERIFY(s.contains("'{{row}}-{{headline}}'"));
        const Result k8s = cli(ok.args({"--emit", "k8s", "--tasks", "3", "--image", "reelcut:1"}));
        QVERIFY2(k8s.code == 0, qPrintable(k8s.err));
        QFile yaml(ok.out + "/batch-job.yaml");
        QVERIFY(yaml.open(QIODevice::ReadOnly));
        const QString y = QString::fromUtf8(yaml.readAll());
        for (const char* part :
             {"completionMode: Indexed", "completions: 3", "parallelism: 3",
              "persistentVolumeClaim", "\"--shard-count\", \"3\"", "image: \"reelcut:1\""}) {
            QVERIFY2(y.contains(part), part);
        }
        // The job file goes through the safe path: a template kept in the output folder
        // under the job file's name is refused and left as it was.
        const QString inOut = ok.out + "/batch.sbatch";
        QVERIFY(QFile::remove(inOut));
        QVERIFY(QFile::copy(ok.tpl, inOut));
        QStringList args = ok.args({"--emit", "slurm"});
        args[1] = inOut;
        const Result over = cli(args);
        QVERIFY(over.code != 0);
        QVERIFY2(over.err.contains("the batch's template"), qPrintable(over.err));
        QFile kept(inOut);
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QCOMPARE(kept.readAll(), productTemplate(0.5));

        // A broken template is found when emitting, not by every task on the cluster.
        writeText(ok.tpl, "{ broken");
        QVERIFY(cli(ok.args({"--emit", "slurm"})).code != 0);
    }
};

int main(int argc, char** argv) {
    QGuiApplication app(argc, argv);
    TestBatchCli t;
    return QTest::qExec(&t, argc, argv);
}
#include "tst_batch_cli.moc"
