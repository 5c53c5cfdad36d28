// The Record window on the offscreen platform: what a machine without a camera shows, a
// take recorded from a media file played as the camera (real time, real encoder), live
// face effects in the preview, and the take landing on the editor's timeline.

#include "builtin_effects.h"
#include "face/face_engine.h"
#include "gui_test_util.h"
#include "jobs/face_analysis_runner.h"
#include "record/record_preview.h"
#include "record/record_window.h"
#include "support/test_media.h"
#include "timeline/timeline_view.h"
#include "window/theme.h"

#include <QAction>
#include <QApplication>
#include <QCameraDevice>
#include <QComboBox>
#include <QListWidget>
#include <QMediaDevices>
#include <QPushButton>
#include <QTemporaryDir>
#include <QtTest>

using namespace reelcut;

namespace {

void saveShot(QWidget* w, const QString& name) {
    const QString dir = qEnvironmentVariable("REELCUT_SCREENSHOT_DIR");
    if (!dir.isEmpty()) {
        w->grab().save(dir + "/" + name);
    }
}

// Waits until the preview has shown `count` more pictures.
bool waitFrames(gui::RecordPreview* preview, int count) {
    QImage last = preview->frame();
    int seen = 0;
    QElapsedTimer t;
    t.start();
    while (seen < count && t.elapsed() < 20000) {
        QTest::qWait(20);
        if (preview->frame().cacheKey() != last.cacheKey() && !preview->frame().isNull()) {
            last = preview->frame();
            ++seen;
        }
    }
    return seen >= count;
}

double meanDiff(const QImage& a, const QImage& b, const QRect& area) {
    const QImage x = a.convertToFormat(QImage::Format_RGB888);
    const QImage y = b.convertToFormat(QImage::Format_RGB888);
    return test::meanAbsDiff(x, y, area);
}

} // namespace

class TstGuiRecord : public QObject {
    Q_OBJECT

private:
    QTemporaryDir dir_;
    QString face_;  // a face, looped as the camera
    QString codes_; // frame numbers and a tone

private Q_SLOTS:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        qputenv("REELCUT_NO_AUDIO", "1");
        qunsetenv("REELCUT_RECORD_SOURCE");
        registerBuiltinEffects();
        gui::applyDarkTheme(*qApp);
        QVERIFY(dir_.isValid());
        face_ = dir_.filePath("face.mp4");
        test::ffmpeg(
            {"-loop",     "1",
             "-i",        REELCUT_TEST_DATA "/astronaut.png",
             "-f",        "lavfi",
             "-i",        "sine=frequency=440:sample_rate=48000",
             "-t",        "2",
             "-r",        "30",
             "-vf",       "scale=540:960:force_original_aspect_ratio=increase,crop=540:960",
             "-pix_fmt",  "yuv420p",
             "-c:a",      "aac",
             "-shortest", face_});
        codes_ = test::makeFrameCodeVideo(dir_.path(), "codes.mp4", "30", 90, 270, 480, true);
    }

    // The test machine has no camera: the window says so where the picture would be, and
    // Record is off.
    void noCameraMessage() {
        if (!QMediaDevices::videoInputs().isEmpty()) {
            QSKIP("this machine has a camera");
        }
        gui::RecordWindow window(dir_.filePath("none"), QSize(1080, 1920), {});
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.preview()->message().contains("No camera found"));
        QVERIFY(!window.recordButton()->isEnabled());
        QVERIFY(!window.cameraBox()->isEnabled());
        QCOMPARE(window.cameraBox()->currentText(), QString("No camera"));
        saveShot(&window, "record-no-camera.png");
    }

    // The editor reaches the window through File > Record (Ctrl+R); takes go beside the
    // saved project.
    void openedFromEditor() {
        test::AskLog log;
        auto main = test::makeWindow(log);
        main->newProject(1080, 1920, FrameRate(30));
        QVERIFY(main->saveProjectAs(dir_.filePath("show.reelcut")));
        main->show();
        QAction* record = nullptr;
        for (QAction* a : main->actions()) {
            if (a->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_R)) {
                record = a;
            }
        }
        QVERIFY(record != nullptr);
        record->trigger();
        auto* window = main->findChild<gui::RecordWindow*>();
        QVERIFY(window != nullptr && window->isVisible());
        QCOMPARE(main->takeFolder(), dir_.filePath("show-takes"));
        window->close();
    }

    // A file played as the camera: record, stop by hand, the take is listed and plays the
    // frames that were shown; "Use take" puts it on the timeline and the face analysis
    // runs over it in the background.
    void takeFromFileSource() {
        test::AskLog log;
        auto main = test::makeWindow(log);
        main->newProject(1080, 1920, FrameRate(30));
        QVERIFY(main->saveProjectAs(dir_.filePath("takes.reelcut")));
        main->show();
        gui::RecordWindow* window = main->openRecordWindow();
        QVERIFY(window->useFileSource(codes_));
        QVERIFY(waitFrames(window->preview(), 3));
        window->setCountdown(0);
        window->setLength(15);
        QVERIFY(window->recordButton()->isEnabled());
        QTest::mouseClick(window->recordButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(window->recorder().status().state, Recorder::State::Recording,
                                  5000);
        QTRY_VERIFY_WITH_TIMEOUT(window->recorder().status().recorded >= 1.5, 10000);
        saveShot(window, "record-recording.png");
        window->stopRecording();
        QTRY_COMPARE_WITH_TIMEOUT(window->takesList()->count(), 1, 5000);
        const RecordedTake take = window->recorder().takes().at(0);
        QVERIFY(take.frames >= 45 && take.frames < 120);
        QVERIFY(QString::fromStdString(take.file).startsWith(dir_.filePath("takes-takes/")));
        // The take's frames are consecutive frames of the source.
        const std::vector<QImage> frames = test::decodeFrames(QString::fromStdString(take.file));
        QCOMPARE(std::int64_t(frames.size()), take.frames);
        int previous = -1;
        int steps = 0;
        for (const QImage& f : frames) {
            const int code = test::readFrameCode(f, f.rect());
            if (previous >= 0 && code != (previous + 1) % 90) {
                ++steps; // a picture dropped or held while the machine was busy
            }
            previous = code;
        }
        QVERIFY2(steps <= int(frames.size()) / 10, qPrintable(QString::number(steps)));

        // "Use take": the take lands at the playhead, in the bin, with its clip.
        window->takesList()->setCurrentRow(0);
        QPushButton* use = nullptr;
        for (QPushButton* b : window->findChildren<QPushButton*>()) {
            if (b->text() == QStringLiteral("Use take")) {
                use = b;
            }
        }
        QVERIFY(use != nullptr && use->isEnabled());
        QSignalSpy analysed(main->faceAnalysis(), &gui::FaceAnalysisRunner::finished);
        QTest::mouseClick(use, Qt::LeftButton);
        ObjectId clip = 0;
        for (const Track& t : main->document().project().tracks) {
            for (const Clip& c : t.clips) {
                if (c.media == take.file) {
                    clip = c.id;
                }
            }
        }
        QVERIFY(clip != 0);
        const Project& p = main->document().project();
        QVERIFY(std::find(p.bin.begin(), p.bin.end(), take.file) != p.bin.end());
        QCOMPARE(p.findClip(clip).second->media, take.file);
        QTRY_COMPARE_WITH_TIMEOUT(analysed.count(), 1, 60000);
        QVERIFY2(analysed.at(0).at(0).toBool(), qPrintable(analysed.at(0).at(1).toString()));
        window->close();
    }

    // Lip-sync from the window: the song starts with the capture (here on the wall clock:
    // the test machine has no sound card), its start is measured, and "Use take" puts it
    // on an audio track beside the take.
    void lipSyncTake() {
        const QString song = dir_.filePath("song.m4a");
        test::ffmpeg({"-f", "lavfi", "-i", "sine=frequency=660:sample_rate=48000:duration=20",
                      "-c:a", "aac", song});
        test::AskLog log;
        auto main = test::makeWindow(log);
        main->newProject(1080, 1920, FrameRate(30));
        QVERIFY(main->saveProjectAs(dir_.filePath("lipsync.reelcut")));
        gui::RecordWindow* window = main->openRecordWindow();
        QVERIFY(window->useFileSource(codes_));
        QVERIFY(waitFrames(window->preview(), 3));
        window->setCountdown(0);
        window->setLipSync(song, 2.0);
        QVERIFY(window->recordButton()->isEnabled());
        window->startRecording();
        QTRY_VERIFY_WITH_TIMEOUT(window->recorder().status().recorded >= 1.0, 10000);
        window->stopRecording();
        QTRY_COMPARE_WITH_TIMEOUT(window->takesList()->count(), 1, 5000);
        const RecordedTake take = window->recorder().takes().at(0);
        QVERIFY(take.lipSync && take.lipSync->song == song.toStdString());
        QCOMPARE(take.lipSync->start, Time(2));
        QVERIFY(take.songHeard);
        QVERIFY2(take.songOffset >= Time(0) && take.songOffset < Time(1, 2),
                 qPrintable(QString::number(take.songOffset.toDouble())));
        QVERIFY(main->useRecordedTake(take) != 0);
        int songs = 0;
        for (const Track& t : main->document().project().tracks) {
            for (const Clip& c : t.clips) {
                if (c.media == song.toStdString()) {
                    QCOMPARE(t.kind, TrackKind::Audio);
                    QVERIFY(c.in >= Time(2));
                    ++songs;
                }
            }
        }
        QCOMPARE(songs, 1);
        window->close();
    }

    // Takes imported while an analysis runs are analysed when it ends (they were dropped).
    void takesImportedDuringAnalysisAreAnalysed() {
        const QString second = dir_.filePath("face-mirrored.mp4");
        test::ffmpeg({"-i", face_, "-vf", "hflip", "-c:a", "copy", second});
        test::AskLog log;
        auto main = test::makeWindow(log);
        main->newProject(1080, 1920, FrameRate(30));
        QVERIFY(main->saveProjectAs(dir_.filePath("during.reelcut")));
        QSignalSpy analysed(main->faceAnalysis(), &gui::FaceAnalysisRunner::finished);
        RecordedTake first;
        first.file = face_.toStdString();
        RecordedTake later;
        later.file = second.toStdString();
        QCOMPARE(main->importRecordedTakes({first}), 1);
        QVERIFY(main->faceAnalysis()->isRunning());
        QCOMPARE(main->importRecordedTakes({later}), 1);
        QTRY_COMPARE_WITH_TIMEOUT(analysed.count(), 2, 120000);
        QVERIFY(analysed.at(0).at(0).toBool() && analysed.at(1).at(0).toBool());
        const auto engine = face::FaceEngine::fromRegistry();
        QVERIFY(engine != nullptr);
        const std::string dir = main->analysisDir().toStdString();
        QVERIFY(engine->hasAnalysis(first.file, dir));
        QVERIFY(engine->hasAnalysis(later.file, dir));
    }

    // A face effect chosen in the window is drawn on the live picture.
    void liveFaceEffect() {
        gui::RecordWindow window(dir_.filePath("face"), QSize(1080, 1920), {});
        window.show();
        QVERIFY(window.useFileSource(face_));
        QVERIFY(waitFrames(window.preview(), 3));
        const QImage plain = window.preview()->frame();
        QCOMPARE(plain.size(), QSize(540, 960));
        const int sticker = window.effectBox()->findData("face.sticker");
        QVERIFY(sticker > 0);
        window.effectBox()->setCurrentIndex(sticker);
        QVERIFY(waitFrames(window.preview(), 10));
        const QImage withEffect = window.preview()->frame();
        // The source is a still face: only the sticker changes the picture, and only on
        // the face (the sunglasses over the eyes, 540x960 preview).
        const double onFace = meanDiff(plain, withEffect, QRect(120, 150, 190, 80));
        const double corner = meanDiff(plain, withEffect, QRect(0, 860, 100, 100));
        QVERIFY2(onFace > 8 && corner < 3,
                 qPrintable(QString("face %1, corner %2").arg(onFace).arg(corner)));
        saveShot(&window, "record-face-effect.png");
    }
};

QTEST_MAIN(TstGuiRecord)
#include "tst_gui_record.moc"
