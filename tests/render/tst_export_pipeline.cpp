// The export pipeline as a user meets it: a real preset end to end, progress, cancel,
// failures that leave nothing behind, and an existing file never clobbered by a failure.

#include "builtin_effects.h"
#include "export/exporter.h"
#include "media/media_error.h"
#include "model/edits.h"
#include "render_test_util.h"
#include "support/test_media.h"

#include <QFile>
#include <QGuiApplication>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>
#include <boost/filesystem/directory.hpp>
#include <boost/filesystem/operations.hpp>

using namespace reelcut;
using namespace reelcut::test;
namespace fs = boost::filesystem;

namespace {

QString makeSource(const QString& dir, double seconds = 2) {
    const QString file = dir + "/src.mp4";
    ffmpeg({"-f", "lavfi", "-i", QString("testsrc2=s=320x240:r=30:d=%1").arg(seconds), "-f",
            "lavfi", "-i", QString("sine=f=440:d=%1").arg(seconds), "-c:v", "libx264", "-preset",
            "ultrafast", "-c:a", "aac", file});
    return file;
}

int filesIn(const QString& dir) {
    int n = 0;
    for (auto it = fs::directory_iterator(dir.toStdString()); it != fs::directory_iterator();
         ++it) {
        ++n;
    }
    return n;
}

} // namespace

class TestExportPipeline : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void tiktokPresetEndToEnd() {
        // A 9:16 project from a 4:3 source with a blurred background, exported with the
        // real TikTok preset: ffprobe must find exactly what the platform asks for.
        QTemporaryDir dir;
        Project p = makeDefaultProject();
        Clip c = makeClip(makeSource(dir.path(), 1), Time(0), Time(0), Time(1), FitMode::Fit);
        c.background = BackgroundFill::Blur;
        edit::addClip(p, p.tracks[0].id, c);
        ExportRequest req;
        req.output = (dir.path() + "/tiktok.mp4").toStdString();
        req.preset = *findPreset("tiktok");
        std::vector<ExportProgress> progress;
        req.onProgress = [&](const ExportProgress& e) {
            progress.push_back(e);
        };
        const ExportResult r = exportProject(p, req);
        QVERIFY2(r.report.ok(),
                 r.report.errors.empty() ? "" : r.report.errors.front().english().c_str());
        QCOMPARE(progress.size(), size_t(30));
        QCOMPARE(progress.back().percent, 100.0);

        const QJsonObject probe = ffprobe(dir.path() + "/tiktok.mp4");
        const QJsonObject v = probeStream(probe, "video");
        const QJsonObject a = probeStream(probe, "audio");
        QCOMPARE(v.value("codec_name").toString(), QString("h264"));
        QCOMPARE(v.value("profile").toString(), QString("High"));
        QCOMPARE(v.value("pix_fmt").toString(), QString("yuv420p"));
        QCOMPARE(v.value("width").toInt(), 1080);
        QCOMPARE(v.value("height").toInt(), 1920);
        QCOMPARE(v.value("r_frame_rate").toString(), QString("30/1"));
        QCOMPARE(v.value("avg_frame_rate").toString(), QString("30/1"));
        QCOMPARE(v.value("color_primaries").toString(), QString("bt709"));
        QCOMPARE(v.value("color_transfer").toString(), QString("bt709"));
        QCOMPARE(v.value("color_space").toString(), QString("bt709"));
        QCOMPARE(a.value("codec_name").toString(), QString("aac"));
        QCOMPARE(a.value("profile").toString(), QString("LC"));
        QCOMPARE(a.value("sample_rate").toString(), QString("48000"));
        QCOMPARE(a.value("channels").toInt(), 2);
        QFile f(dir.path() + "/tiktok.mp4");
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY(bytes.indexOf("moov") < bytes.indexOf("mdat"));
        QCOMPARE(filesIn(dir.path()), 2); // source and export, no leftovers
    }

    void cancelLeavesNothing() {
        QTemporaryDir dir;
        Project p = makeDefaultProject(320, 240, FrameRate(30));
        edit::addClip(p, p.tracks[0].id,
                      makeClip(makeSource(dir.path()), Time(0), Time(0), Time(2)));
        std::atomic<bool> cancel{false};
        ExportRequest req;
        req.output = (dir.path() + "/cancelled.mp4").toStdString();
        req.preset = smallPreset(320, 240);
        req.cancel = &cancel;
        req.onProgress = [&](const ExportProgress& e) {
            if (e.framesDone == 10) {
                cancel = true;
            }
        };
        QVERIFY_THROWS_EXCEPTION(ExportCancelled, exportProject(p, req));
        QVERIFY(!QFile::exists(dir.path() + "/cancelled.mp4"));
        QCOMPARE(filesIn(dir.path()), 1);
    }

    void failureKeepsAnExistingFile() {
        // Re-exporting over last week's upload: if the new export fails half-way (here a
        // source that vanished), the old file must still be there, unchanged.
        QTemporaryDir dir;
        const QString out = dir.path() + "/upload.mp4";
        QFile old(out);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("last week's video");
        old.close();
        Project p = makeDefaultProject(320, 240, FrameRate(30));
        const QString src = makeSource(dir.path());
        edit::addClip(p, p.tracks[0].id, makeClip(src, Time(0), Time(0), Time(2)));
        edit::addClip(p, p.tracks[0].id,
                      makeClip(dir.path() + "/vanished.mp4", Time(2), Time(0), Time(1)));
        ExportRequest req;
        req.output = out.toStdString();
        req.preset = smallPreset(320, 240);
        req.replaceExisting = true; // the user chose to replace it
        try {
            exportProject(p, req);
            QFAIL("export of a project with missing media succeeded");
        } catch (const MediaError& e) {
            QVERIFY2(QString(e.what()).contains("vanished.mp4"), e.what());
        }
        QVERIFY(old.open(QIODevice::ReadOnly));
        QCOMPARE(old.readAll(), QByteArray("last week's video"));
        QCOMPARE(filesIn(dir.path()), 2);
    }

    void impossibleRequests() {
        QTemporaryDir dir;
        Project p = makeDefaultProject(320, 240, FrameRate(30));
        ExportRequest req;
        req.output = (dir.path() + "/x.mp4").toStdString();
        req.preset = smallPreset(320, 240);
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, exportProject(p, req)); // empty
        edit::addClip(p, p.tracks[0].id,
                      makeClip(makeSource(dir.path()), Time(0), Time(0), Time(2)));
        req.from = Time(2);
        req.to = Time(1);
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, exportProject(p, req));
        req.from.reset();
        req.to.reset();
        req.output = (dir.path() + "/no/such/folder/x.mp4").toStdString();
        try {
            exportProject(p, req);
            QFAIL("export into a missing folder succeeded");
        } catch (const OutputError& e) {
            QVERIFY2(QString(e.what()).contains("does not exist"), e.what());
        }
    }
};

int main(int argc, char** argv) {
    QGuiApplication app(argc, argv);
    registerBuiltinEffects();
    TestExportPipeline t;
    return QTest::qExec(&t, argc, argv);
}
#include "tst_export_pipeline.moc"
