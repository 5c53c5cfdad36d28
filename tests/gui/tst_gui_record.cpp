// The Record window on the offscreen platform: what a machine without a camera shows, a
// take recorded from a media file played as the camera (real time, real encoder), live
// face effects in the preview, and the take landing on the editor's timeline.

#include "builtin_effects.h"
#include "face/face_engine.h"
#include "gui_test_util.h"
#include "jobs/face_analysis_runner.h"
#include "media/pcm_decoder.h"
#include "model/edits.h"
#include "preview/playback_clock.h"
#include "preview/player.h"
#include "record/level_meter.h"
#include "record/record_preview.h"
#include "record/record_window.h"
#include "record/voice_over_dialog.h"
#include "support/limited_run.h"
#include "support/test_media.h"
#include "timeline/timeline_view.h"
#include "window/theme.h"

#include <QAction>
#include <QApplication>
#include <QAudioDevice>
#include <QCameraDevice>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QMediaDevices>
#include <QPushButton>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

using namespace reelcut;

namespace {

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

// The face analysis of a take runs dlib on every frame: a sanitized build on a busy
// machine took 82 s for what takes 10 s otherwise, so its waits scale as the suite's time
// limit does (tests/CMakeLists.txt).
int analysisSlowdown() {
    return test::sanitizedBuild() ? 4 : 1;
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
        test::saveShot(&window, "record-no-camera.png");
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
        test::saveShot(window, "record-recording.png");
        window->stopRecording();
        QTRY_COMPARE_WITH_TIMEOUT(window->takesList()->count(), 1, 5000);
        const RecordedTake take = window->recorder().takes().at(0);
        // A checked (sanitized) build on a busy machine drops more pictures: the take still
        // runs on the wall clock, only fewer distinct source frames reach it.
        const int slack = test::sanitizedBuild() ? 3 : 10;
        QVERIFY2(take.frames >= 45 && take.frames < 120, qPrintable(QString::number(take.frames)));
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
        QVERIFY2(steps <= int(frames.size()) / slack,
                 qPrintable(QString("%1 of %2").arg(steps).arg(frames.size())));

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
        QTRY_COMPARE_WITH_TIMEOUT(analysed.count(), 1, 60000 * analysisSlowdown());
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
        QTRY_COMPARE_WITH_TIMEOUT(analysed.count(), 2, 120000 * analysisSlowdown());
        QVERIFY2(
            analysed.at(0).at(0).toBool() && analysed.at(1).at(0).toBool(),
            qPrintable(analysed.at(0).at(1).toString() + " / " + analysed.at(1).at(1).toString()));
        const auto engine = face::FaceEngine::fromRegistry();
        QVERIFY(engine != nullptr);
        const std::string dir = main->analysisDir().toStdString();
        QVERIFY(engine->hasAnalysis(first.file, dir));
        QVERIFY(engine->hasAnalysis(later.file, dir));
    }

    // No microphone: the dialog says so where the countdown would be, Record is off, and
    // the editor goes on as before.
    void voiceOverWithoutMicrophone() {
        if (!QMediaDevices::audioInputs().isEmpty()) {
            QSKIP("this machine has a microphone");
        }
        test::AskLog log;
        auto main = test::makeWindow(log);
        main->newProject(1080, 1920, FrameRate(30));
        main->show();
        QAction* voice = nullptr;
        for (QAction* a : main->actions()) {
            if (a->shortcut() == QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R)) {
                voice = a;
            }
        }
        QVERIFY(voice != nullptr);
        voice->trigger();
        auto* dialog = main->findChild<gui::VoiceOverDialog*>();
        QVERIFY(dialog != nullptr && dialog->isVisible());
        QVERIFY2(dialog->message().contains("No microphone found"), qPrintable(dialog->message()));
        QVERIFY(!dialog->recordButton()->isEnabled());
        QCOMPARE(dialog->microphoneBox()->currentText(), QString("No microphone"));
        dialog->startRecording(); // refused: nothing happens
        QCOMPARE(dialog->state(), gui::VoiceOverDialog::State::Idle);
        QCOMPARE(main->document().undoStack().count(), 0);
        QVERIFY(!main->player()->isPlaying());
        test::saveShot(dialog, "voice-over-no-microphone.png");
        dialog->close();
    }

    // A voice (a tone at -12 dBFS) played as the microphone: the meter moves before
    // recording, Record counts 3-2-1, then the timeline plays muted from the playhead while
    // the voice is recorded; Stop puts it on a new "Voice-over" track where playback
    // started, at the level it was spoken, in one undo step.
    void voiceOverRecordedOntoTheTimeline() {
        const QString voice = dir_.filePath("voice.wav");
        const QString music = dir_.filePath("music.m4a");
        test::ffmpeg({"-f", "lavfi", "-i", "sine=frequency=300:sample_rate=48000:duration=10",
                      "-af", "volume=6.02dB", "-ac", "1", voice}); // lavfi's sine peaks at -18 dB
        test::ffmpeg({"-f", "lavfi", "-i", "sine=frequency=660:sample_rate=48000:duration=10",
                      "-c:a", "aac", music});
        test::AskLog log;
        auto main = test::makeWindow(log);
        main->newProject(1080, 1920, FrameRate(30));
        QVERIFY(main->document().apply("music", [&](Project& p) {
            const ObjectId t = edit::addTrack(p, TrackKind::Audio, "Music");
            Clip c;
            c.media = music.toStdString();
            c.in = Time(0);
            c.out = Time(10);
            edit::addClip(p, t, c);
        }));
        QVERIFY(main->saveProjectAs(dir_.filePath("narrated.reelcut")));
        main->show();
        main->player()->seek(30); // 1 s
        const int undoBefore = main->document().undoStack().count();

        gui::VoiceOverDialog* dialog = main->openVoiceOverDialog();
        QVERIFY(dialog->useFileSource(voice));
        QVERIFY(dialog->playsTimeline() && dialog->mutesTimeline());
        QTRY_VERIFY_WITH_TIMEOUT(dialog->meter()->level().peakDb > -13, 5000);
        QVERIFY2(dialog->meter()->level().peakDb < -11,
                 qPrintable(QString::number(dialog->meter()->level().peakDb)));

        QTest::mouseClick(dialog->recordButton(), Qt::LeftButton);
        QCOMPARE(dialog->state(), gui::VoiceOverDialog::State::Countdown);
        QCOMPARE(dialog->countdownLabel()->text(), QString("3"));
        QVERIFY(!main->player()->isPlaying());
        QTRY_COMPARE_WITH_TIMEOUT(dialog->countdownLabel()->text(), QString("2"), 3000);
        QTRY_COMPARE_WITH_TIMEOUT(dialog->countdownLabel()->text(), QString("1"), 3000);
        QTRY_COMPARE_WITH_TIMEOUT(dialog->state(), gui::VoiceOverDialog::State::Recording, 3000);
        QVERIFY(main->player()->isPlaying());
        QVERIFY(main->player()->clock().muted());
        QCOMPARE(dialog->recordButton()->text(), QString("Stop"));
        QTRY_VERIFY_WITH_TIMEOUT(dialog->recordedSeconds() >= 1.5, 10000);
        test::saveShot(dialog, "voice-over-recording.png");
        const std::int64_t playedTo = main->player()->position();
        QVERIFY2(playedTo > 30 + 20, qPrintable(QString::number(playedTo)));
        QTest::mouseClick(dialog->recordButton(), Qt::LeftButton);
        QCOMPARE(dialog->state(), gui::VoiceOverDialog::State::Idle);
        QVERIFY(!main->player()->isPlaying());
        QVERIFY(!main->player()->clock().muted());
        QCOMPARE(main->player()->position(), std::int64_t(30));

        // On its own track at 1 s, as long as what was recorded, in the takes folder.
        const Project& p = main->document().project();
        const Track* track = nullptr;
        for (const Track& t : p.tracks) {
            if (t.name == "Voice-over") {
                track = &t;
            }
        }
        QVERIFY(track != nullptr);
        QCOMPARE(track->kind, TrackKind::Audio);
        QCOMPARE(int(track->clips.size()), 1);
        const Clip& clip = track->clips.front();
        QCOMPARE(clip.start, Time(1));
        QCOMPARE(QString::fromStdString(clip.media), dir_.filePath("narrated-takes/voice-001.wav"));
        const double length = (clip.out - clip.in).toDouble();
        QVERIFY2(length >= 1.5 && length < 4, qPrintable(QString::number(length)));
        // At the level it was spoken, as the engine reads it back.
        const std::vector<float> heard = decodeMono(clip.media, 48000);
        const SoundLevel level = measureLevel(heard.data(), int(heard.size()), 1);
        QVERIFY2(std::abs(level.rmsDb + 15) < 0.5, qPrintable(QString::number(level.rmsDb)));
        QCOMPARE(main->document().undoStack().count(), undoBefore + 1);
        main->document().undoStack().undo();
        for (const Track& t : main->document().project().tracks) {
            QVERIFY(t.name != "Voice-over");
        }
        dialog->close();
    }

    // Sound that clips is called out under the meter while it clips and goes away when it
    // stops; a voice at -12 dBFS raises no warning.
    void voiceOverWarnsWhenTooLoud() {
        const QString loud = dir_.filePath("loud.wav");
        const QString quiet = dir_.filePath("quiet.wav");
        test::ffmpeg({"-f", "lavfi", "-i", "sine=frequency=300:sample_rate=48000:duration=3", "-af",
                      "volume=24dB", "-ac", "1", loud});
        test::ffmpeg({"-f", "lavfi", "-i", "sine=frequency=300:sample_rate=48000:duration=3", "-af",
                      "volume=6.02dB", "-ac", "1", quiet});
        gui::VoiceOverDialog dialog(dir_.filePath("loudness-takes"));
        dialog.show();
        QVERIFY(dialog.useFileSource(quiet));
        QTRY_VERIFY_WITH_TIMEOUT(dialog.meter()->level().peakDb > -13, 5000);
        QTest::qWait(300);
        QVERIFY2(dialog.clipWarning().isEmpty(), qPrintable(dialog.clipWarning()));
        QVERIFY(dialog.useFileSource(loud));
        QTRY_VERIFY_WITH_TIMEOUT(dialog.clipWarning().contains("Too loud"), 5000);
        test::saveShot(&dialog, "voice-over-too-loud.png");
        QVERIFY(dialog.useFileSource(quiet));
        QTRY_VERIFY_WITH_TIMEOUT(dialog.clipWarning().isEmpty(), 6000);
    }

    // The editor closing while a voice-over records (the dialog destroyed, no close
    // event): what was said is kept as a finished file in the takes folder.
    void voiceOverKeptWhenTheEditorCloses() {
        const QString quiet = dir_.filePath("kept.wav");
        test::ffmpeg({"-f", "lavfi", "-i", "sine=frequency=300:sample_rate=48000:duration=3", "-ac",
                      "1", quiet});
        const QString folder = dir_.filePath("closing-takes");
        {
            gui::VoiceOverDialog dialog(folder);
            QVERIFY(dialog.useFileSource(quiet));
            dialog.setCountdown(0);
            dialog.startRecording();
            QCOMPARE(dialog.state(), gui::VoiceOverDialog::State::Recording);
            QTRY_VERIFY_WITH_TIMEOUT(dialog.recordedSeconds() >= 0.5, 5000);
        }
        const QStringList files = QDir(folder).entryList(QDir::Files | QDir::Hidden);
        QCOMPARE(files, QStringList{"voice-001.wav"});
        const QJsonObject probe = test::ffprobe(folder + "/voice-001.wav");
        QVERIFY(probe["format"].toObject()["duration"].toString().toDouble() >= 0.5);
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
        test::saveShot(&window, "record-face-effect.png");
    }
};

QTEST_MAIN(TstGuiRecord)
#include "tst_gui_record.moc"
