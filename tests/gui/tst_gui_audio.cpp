// Songs on the timeline: beat markers are drawn on the song's clip where its beats are,
// and a clip edge dragged near a beat snaps onto it.

#include "builtin_effects.h"
#include "commands/project_document.h"
#include "gui_test_util.h"
#include "model/edits.h"
#include "model/project_file.h"
#include "panels/media_cache.h"
#include "support/drum_track.h"
#include "support/test_media.h"
#include "timeline/timeline_view.h"
#include "window/theme.h"

#include <QApplication>
#include <QTemporaryDir>
#include <QTest>

using namespace reelcut;

class TestGuiAudio : public QObject {
    Q_OBJECT

private:
    QTemporaryDir dir_;
    test::AskLog log_;
    std::unique_ptr<gui::MainWindow> window_;
    std::vector<double> beats_; // the song's true beats

    gui::TimelineView* timeline() { return window_->timeline(); }
    const Project& project() { return window_->document().project(); }

private Q_SLOTS:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        qputenv("REELCUT_NO_AUDIO", "1");
        qputenv("XDG_CACHE_HOME", (dir_.path() + "/cache").toUtf8());
        registerBuiltinEffects();
        gui::applyDarkTheme(*qApp);
        test::DrumTrackSpec spec;
        spec.bpm = 100;
        spec.seconds = 12;
        const test::DrumTrack song = test::makeDrumTrack(spec);
        beats_ = song.beats;
        test::writeWav(dir_.path() + "/song.wav", song.samples, song.sampleRate);
        test::ffmpeg({"-f", "lavfi", "-i", "color=c=blue:s=160x120:r=30:d=6", "-pix_fmt", "yuv420p",
                      dir_.path() + "/clip.mp4"});
        Project p = makeDefaultProject(1080, 1920, FrameRate(30));
        Clip v;
        v.media = (dir_.path() + "/clip.mp4").toStdString();
        v.out = Time(4);
        edit::addClip(p, p.tracks[0].id, v);
        Clip m;
        m.media = (dir_.path() + "/song.wav").toStdString();
        m.out = Time(10);
        edit::addClip(p, p.tracks[1].id, m);
        saveProject(p, (dir_.path() + "/song.reelcut").toStdString());
        window_ = test::makeWindow(log_);
        window_->show();
        QVERIFY(window_->openProject(dir_.path() + "/song.reelcut"));
        QTRY_VERIFY_WITH_TIMEOUT(!window_->mediaCache()->busy(), 60000);
        const gui::MediaEntry* e = window_->mediaCache()->entry(dir_.path() + "/song.wav");
        QVERIFY(e != nullptr);
        QVERIFY2(std::abs(e->beats.bpm - 100) < 2, qPrintable(QString::number(e->beats.bpm)));
        timeline()->setPixelsPerSecond(120);
        QApplication::processEvents();
    }

    void beatMarkersOnTheSong() {
        const Clip& song = project().tracks[1].clips[0];
        const QRect r = timeline()->clipRect(song.id);
        const QImage shot = timeline()->viewport()->grab().toImage();
        if (!qEnvironmentVariableIsEmpty("REELCUT_SCREENSHOT_DIR")) {
            shot.save(qEnvironmentVariable("REELCUT_SCREENSHOT_DIR") + "/timeline-beats.png");
        }
        int marked = 0, checked = 0;
        for (double b : beats_) {
            const int x = timeline()->xForTime(Time::fromDouble(b, 1000));
            if (x < r.left() + 4 || x > std::min(r.right(), shot.width()) - 4) {
                continue;
            }
            ++checked;
            // A tick near the bottom of the clip, within a pixel of the beat.
            bool found = false;
            for (int dx = -2; dx <= 2 && !found; ++dx) {
                for (int dy = 2; dy <= 4 && !found; ++dy) {
                    const QColor c = shot.pixelColor(x + dx, r.bottom() - dy);
                    found = c.red() > c.blue() + 60 && c.green() > c.blue() + 30;
                }
            }
            marked += found ? 1 : 0;
            // And none halfway between beats.
            const int mid = timeline()->xForTime(Time::fromDouble(b + 0.3, 1000));
            const QColor between = shot.pixelColor(mid, r.bottom() - 3);
            QVERIFY(
                !(between.red() > between.blue() + 60 && between.green() > between.blue() + 30));
        }
        QVERIFY(checked >= 8);
        QVERIFY2(marked >= checked - 1,
                 qPrintable(QStringLiteral("%1 of %2 beats marked").arg(marked).arg(checked)));
    }

    void clipEdgeSnapsToABeat() {
        // The video clip's right edge (4.0 s) dragged to 5 px (42 ms) past a beat near
        // 4.9 s: within the snapping distance (8 px), further than a frame.
        const Clip video = project().tracks[0].clips[0];
        double target = 0;
        for (double b : beats_) {
            if (b > 4.6) {
                target = b;
                break;
            }
        }
        const QRect r = timeline()->clipRect(video.id);
        const int y = r.center().y();
        const QPoint from(r.right() - 1, y);
        const QPoint to(timeline()->xForTime(Time::fromDouble(target, 1000)) + 4, y);
        QTest::mousePress(timeline()->viewport(), Qt::LeftButton, Qt::NoModifier, from);
        for (int i = 1; i <= 4; ++i) {
            QTest::mouseMove(timeline()->viewport(), from + (to - from) * i / 4);
        }
        QTest::mouseRelease(timeline()->viewport(), Qt::LeftButton, Qt::NoModifier, to);
        const double end = project().tracks[0].clips[0].end().toDouble();
        // On the beat, to the frame (the analysis is within a few ms of the true beat).
        QVERIFY2(std::abs(end - target) <= 0.5 / 30 + 0.01,
                 qPrintable(QStringLiteral("edge at %1 s, beat at %2 s").arg(end).arg(target)));
    }
};

int main(int argc, char** argv) {
    QApplication app(argc, argv);
    TestGuiAudio t;
    return QTest::qExec(&t, argc, argv);
}
#include "tst_gui_audio.moc"
