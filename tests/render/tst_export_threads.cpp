// Exports composed on several render threads must be the same file as on one: frames are
// fetched from shared decoders in timeline order and handed to the encoder in order,
// whatever the threads' timing. Checked with ffmpeg's framemd5 of every video frame and
// audio packet, on an edit that takes every compose path: sources of other rates cut
// mid-GOP, a cross-fade, a clip with an effect (RGB layer), a fade, a logo, animated text.

#include "builtin_effects.h"
#include "export/exporter.h"
#include "media/media_error.h"
#include "model/edits.h"
#include "render_test_util.h"
#include "support/test_media.h"

#include <QGuiApplication>
#include <QPainter>
#include <QTemporaryDir>
#include <QTest>
#include <boost/filesystem/operations.hpp>

using namespace reelcut;
using namespace reelcut::test;

class TestExportThreads : public QObject {
    Q_OBJECT
private:
    QTemporaryDir dir_;
    QString a_, b_, logo_;

    Project edit() const {
        Project p = makeDefaultProject(1080, 1920, FrameRate(30));
        // 25 fps, keyframes every 12 frames, cut in mid-GOP.
        Clip first = makeClip(a_, Time(0), Rational(13, 10), Rational(29, 10), FitMode::Fill);
        EffectInstance fx;
        fx.type = "color.adjust";
        fx.params["saturation"] = 0.4;
        first.effects.push_back(fx);
        edit::addClip(p, p.tracks[0].id, first);
        // 60 fps shown at 30, cross-faded in, fitted on a blur.
        Clip second = makeClip(b_, Rational(8, 5), Rational(7, 10), Rational(22, 10), FitMode::Fit);
        second.background = BackgroundFill::Blur;
        second.transitionIn = Transition{"crossfade", Rational(1, 2)};
        second.fadeOut = Rational(1, 2);
        edit::addClip(p, p.tracks[0].id, second);
        const ObjectId logos = edit::addTrack(p, TrackKind::Overlay, "Logo");
        Clip logo = makeClip(logo_, Time(0), Time(0), Time(3));
        logo.transform.x = 0.8;
        logo.transform.y = 0.1;
        logo.transform.scale = 0.25;
        edit::addClip(p, logos, logo);
        const ObjectId text = edit::addTrack(p, TrackKind::Text, "Title");
        Clip title;
        title.kind = ClipKind::Text;
        title.text = "SAME EVERY TIME";
        title.start = Rational(1, 2);
        title.in = Time(0);
        title.out = Time(2);
        title.transform.y = 0.3;
        title.style.fontSize = 90;
        title.style.strokeWidth = 6;
        title.animationIn.type = AnimationType::Pop;
        title.animationIn.duration = 0.5;
        edit::addClip(p, text, title);
        return p;
    }

    QByteArray exportWith(const Project& p, int threads, const QString& name) {
        ExportRequest req;
        req.output = (dir_.path() + "/" + name).toStdString();
        req.preset = smallPreset(270, 480);
        req.to = Time(3);
        req.renderThreads = threads;
        req.encoderThreads = 1;
        const ExportResult r = exportProject(p, req);
        if (r.renderThreads != threads || r.frames != 90) {
            throw std::runtime_error("unexpected export: " + std::to_string(r.renderThreads) +
                                     " threads, " + std::to_string(r.frames) + " frames");
        }
        return run(REELCUT_FFMPEG,
                   {"-v", "error", "-i", dir_.path() + "/" + name, "-f", "framemd5", "-"});
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(dir_.isValid());
        a_ = makeFrameCodeVideo(dir_.path(), "a.mp4", "25", 100, 320, 240, true);
        // Re-encoded with short GOPs and B-frames, so cuts land mid-GOP.
        ffmpeg({"-i", a_, "-c:v", "libx264", "-preset", "ultrafast", "-g", "12", "-bf", "2", "-c:a",
                "copy", dir_.path() + "/a12.mp4"});
        a_ = dir_.path() + "/a12.mp4";
        b_ = dir_.path() + "/b.mp4";
        ffmpeg({"-f", "lavfi", "-i", "testsrc2=s=480x270:r=60:d=3", "-f", "lavfi", "-i",
                "sine=f=660:d=3", "-c:v", "libx264", "-preset", "ultrafast", "-g", "30", "-c:a",
                "aac", b_});
        QImage logo(120, 120, QImage::Format_ARGB32);
        logo.fill(Qt::transparent);
        QPainter painter(&logo);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setBrush(QColor(225, 29, 72, 200));
        painter.drawEllipse(5, 5, 110, 110);
        painter.end();
        logo_ = dir_.path() + "/logo.png";
        logo.save(logo_);
    }

    void sameFramesOnAnyNumberOfThreads() {
        const Project p = edit();
        QByteArray one, three;
        try {
            one = exportWith(p, 1, "one.mp4");
            three = exportWith(p, 3, "three.mp4");
        } catch (const std::exception& e) {
            QFAIL(e.what());
        }
        const QList<QByteArray> lines = one.split('\n');
        int video = 0;
        for (const QByteArray& line : lines) {
            video += line.startsWith("0,") ? 1 : 0;
        }
        QCOMPARE(video, 90);
        QCOMPARE(three, one);
    }

    void failureOnOneThreadStopsThemAll() {
        // A clip whose file goes missing halfway: every thread stops, the error names the
        // file, and nothing is left at the target.
        Project p = edit();
        const QString gone = dir_.path() + "/gone.mp4";
        QFile::copy(b_, gone);
        const ObjectId over = edit::addTrack(p, TrackKind::Overlay, "Late");
        edit::addClip(p, over, makeClip(gone, Time(2), Time(0), Time(1), FitMode::Fit));
        QFile::remove(gone);
        ExportRequest req;
        req.output = (dir_.path() + "/failed.mp4").toStdString();
        req.preset = smallPreset(270, 480);
        req.renderThreads = 3;
        try {
            exportProject(p, req);
            QFAIL("the export should have failed");
        } catch (const MediaError& e) {
            QVERIFY2(QString(e.what()).contains("gone.mp4"), e.what());
        }
        QVERIFY(!QFile::exists(dir_.path() + "/failed.mp4"));
    }
};

int main(int argc, char** argv) {
    QGuiApplication app(argc, argv);
    registerBuiltinEffects();
    TestExportThreads t;
    return QTest::qExec(&t, argc, argv);
}
#include "tst_export_threads.moc"
