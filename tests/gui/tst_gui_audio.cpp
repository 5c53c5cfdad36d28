// Songs on the timeline: beat markers are drawn on the song's clip where its beats are,
// and a clip edge dragged near a beat snaps onto it.

#include "builtin_effects.h"
#include "commands/project_document.h"
#include "gui_test_util.h"
#include "inspector/inspector.h"
#include "inspector/voice_inspector.h"
#include "model/edits.h"
#include "model/project_file.h"
#include "model/volume_envelope.h"
#include "panels/asset_list.h"
#include "panels/audio_tab.h"
#include "panels/media_cache.h"
#include "record/voice_over_dialog.h"
#include "support/drum_track.h"
#include "support/test_media.h"
#include "timeline/ducking_curves.h"
#include "timeline/timeline_view.h"
#include "window/theme.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QMenu>
#include <QPushButton>
#include <QTabWidget>
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
    // A mouse drag on the timeline in four steps, as a hand makes it.
    void drag(const QPoint& from, const QPoint& to) {
        QTest::mousePress(timeline()->viewport(), Qt::LeftButton, Qt::NoModifier, from);
        for (int i = 1; i <= 4; ++i) {
            QTest::mouseMove(timeline()->viewport(), from + (to - from) * i / 4);
        }
        QTest::mouseRelease(timeline()->viewport(), Qt::LeftButton, Qt::NoModifier, to);
    }
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
        drag(from, to);
        const double end = project().tracks[0].clips[0].end().toDouble();
        // On the beat, to the frame (the analysis is within a few ms of the true beat).
        QVERIFY2(std::abs(end - target) <= 0.5 / 30 + 0.01,
                 qPrintable(QStringLiteral("edge at %1 s, beat at %2 s").arg(end).arg(target)));
    }

    // The selected clip's fade handles: dragged along its top edge they set the fade in and
    // out to the frame (each one undo step); a fade never runs into the other one.
    void fadeHandlesOnTheSelectedClip() {
        const ObjectId song = project().tracks[1].clips[0].id;
        const Clip before = *project().findClip(song).second;
        timeline()->setSelection({song});
        QApplication::processEvents();
        const int steps = window_->document().undoStack().count();
        const QRect r = timeline()->clipRect(song);
        const QPoint in = timeline()->fadeHandlePoint(song, false);
        const QPoint out = timeline()->fadeHandlePoint(song, true);
        QVERIFY(r.contains(in) && r.contains(out) && in.y() < r.center().y());
        drag(in, QPoint(timeline()->xForTime(before.start + Time(1)), in.y()));
        QCOMPARE(project().findClip(song).second->fadeIn, Time(1));
        QCOMPARE(project().findClip(song).second->start, before.start); // not trimmed
        drag(out, QPoint(timeline()->xForTime(before.end() - Time(1, 2)), out.y()));
        QCOMPARE(project().findClip(song).second->fadeOut, Time(1, 2));
        test::saveShot(timeline()->viewport(), QStringLiteral("timeline-fades.png"));
        // Dragged far past the other fade: it stops where the fade out begins.
        const QPoint moved = timeline()->fadeHandlePoint(song, false);
        QCOMPARE(moved.x(), timeline()->xForTime(before.start + Time(1)));
        drag(moved, QPoint(timeline()->xForTime(before.end() + Time(5)), moved.y()));
        QCOMPARE(project().findClip(song).second->fadeIn, before.duration() - Time(1, 2));
        QCOMPARE(window_->document().undoStack().count(), steps + 3);
        for (int i = 0; i < 3; ++i) {
            window_->document().undoStack().undo();
        }
        QCOMPARE(*project().findClip(song).second, before);
    }

    // The selected song's volume line: a double-click on it adds a point that changes
    // nothing yet, a point dragged down lowers the sound from there (to the frame, in
    // tenths of a dB), the context menu's delete removes one; each is one undo step.
    void volumeLineOnTheSelectedClip() {
        const ObjectId song = project().tracks[1].clips[0].id;
        const Clip before = *project().findClip(song).second;
        timeline()->setSelection({song});
        QApplication::processEvents();
        const int steps = window_->document().undoStack().index();
        const QRect r = timeline()->clipRect(song);
        for (int second : {2, 6}) {
            const Time at = before.start + Time(second);
            const QPoint p(timeline()->xForTime(at), timeline()->volumeLineY(song, Time(second)));
            QVERIFY(r.contains(p));
            QTest::mouseDClick(timeline()->viewport(), Qt::LeftButton, Qt::NoModifier, p);
        }
        const std::vector<VolumeKey>& keys = project().findClip(song).second->volumeKeys;
        QCOMPARE(keys.size(), std::size_t(2));
        QCOMPARE(keys[0].time, Time(2));
        QCOMPARE(keys[1].time, Time(6));
        QCOMPARE(keys[0].db, 0.0);
        QCOMPARE(keys[1].db, 0.0);
        QCOMPARE(project().findClip(song).second->start, before.start); // not moved

        // Point 2 to 7 s and -20 dB: where the line's scale (-60..+12 dB) puts -20 dB.
        const QPoint from = timeline()->volumeKeyPoint(song, 1);
        const double share = (envelope::kMaxDb + 20) / (envelope::kMaxDb - envelope::kMinDb);
        const int y = r.top() + 4 + int(std::lround(share * (r.height() - 8)));
        const QPoint to(timeline()->xForTime(before.start + Time(7)), y);
        drag(from, to);
        const std::vector<VolumeKey>& moved = project().findClip(song).second->volumeKeys;
        QCOMPARE(moved[1].time, Time(7));
        // One pixel is about 2 dB on a track this high.
        QVERIFY2(std::abs(moved[1].db + 20) <= 1.2, qPrintable(QString::number(moved[1].db)));
        QCOMPARE(moved[0].db, 0.0);
        // The mixer's gain halfway between the points is halfway in dB.
        QVERIFY(std::abs(volumeKeyDbAt(moved, 4.5) - moved[1].db / 2) < 1e-9);
        test::saveShot(timeline()->viewport(), QStringLiteral("timeline-volume-line.png"));
        QVERIFY(timeline()->removeVolumeKey(song, 0));
        QCOMPARE(project().findClip(song).second->volumeKeys.size(), std::size_t(1));
        QCOMPARE(window_->document().undoStack().index(), steps + 4);
        for (int i = 0; i < 4; ++i) {
            window_->document().undoStack().undo();
        }
        QCOMPARE(*project().findClip(song).second, before);
    }

    // Ducking drawn as it is applied: with real speech (espeak-ng) on a voice track, the
    // music track's curve is down by the depth while the voice speaks and at full level
    // before it, computed in the background, drawn in the track's clip, and gone with undo.
    void duckingCurveOnTheTimeline() {
        const QString voice = dir_.path() + "/voice.wav";
        test::run("espeak-ng", {"-w", voice, "Welcome to the show. Today we cut to the beat."});
        const double seconds = double(test::decodeAudio(voice).size()) / 2 / 48000;
        const ObjectId music = project().tracks[1].id;
        const int steps = window_->document().undoStack().index();
        QVERIFY(window_->document().apply("voice over music", [&](Project& p) {
            const ObjectId t = edit::addTrack(p, TrackKind::Audio, "Voice");
            Clip c;
            c.media = voice.toStdString();
            c.start = Time(2);
            c.out = Time::fromDouble(seconds, 1000);
            edit::addClip(p, t, c);
            p.findTrack(music)->ducking.enabled = true;
        }));
        QTRY_VERIFY_WITH_TIMEOUT(!timeline()->duckingCurves().busy(), 60000);
        const DuckingEnvelope* duck = timeline()->duckingCurves().envelope(music);
        QVERIFY(duck != nullptr && duck->active());
        const SpeechRegion& first = duck->speech.front();
        QVERIFY2(first.start >= 2 && first.end <= 2 + seconds + 0.1,
                 qPrintable(QString("%1-%2").arg(first.start).arg(first.end)));
        const double mid = (first.start + first.end) / 2;
        QCOMPARE(duck->gainDbAt(mid), -12.0);
        QCOMPARE(duck->gainDbAt(0.5), 0.0);
        // Drawn: the cyan curve crosses the song's clip at the -12 dB height during speech.
        QApplication::processEvents();
        const QImage shot = timeline()->viewport()->grab().toImage();
        test::saveShot(timeline()->viewport(), QStringLiteral("timeline-ducking.png"));
        const ObjectId song = project().tracks[1].clips[0].id;
        const QRect r = timeline()->clipRect(song);
        const int x = timeline()->xForTime(Time::fromDouble(mid, 1000));
        const double share = (envelope::kMaxDb + 12) / (envelope::kMaxDb - envelope::kMinDb);
        const int y = r.top() + 4 + int(std::lround(share * (r.height() - 8)));
        bool cyan = false;
        for (int dy = -2; dy <= 2 && !cyan; ++dy) {
            const QColor c = shot.pixelColor(x, y + dy);
            cyan = c.blue() > 180 && c.green() > 150 && c.red() < 120;
        }
        QVERIFY2(cyan, "no ducking curve at the -12 dB height during the speech");
        window_->document().undoStack().undo();
        QCOMPARE(window_->document().undoStack().index(), steps);
        QTRY_VERIFY_WITH_TIMEOUT(timeline()->duckingCurves().envelope(music) == nullptr, 5000);
    }

    // The Voice section of the inspector: a voice changer, noise reduction and, on the
    // music track, ducking under voice, each one undo step; a silent clip has no Voice
    // section.
    void voiceControlsInTheInspector() {
        const ObjectId song = project().tracks[1].clips[0].id;
        timeline()->setSelection({song});
        QApplication::processEvents();
        gui::VoiceInspector* voice = window_->inspector()->voicePage();
        QVERIFY(voice->isVisibleTo(window_.get()));
        QVERIFY(voice->duckBox()->isVisibleTo(window_.get()));
        const int steps = window_->document().undoStack().index();
        voice->voiceBox()->setCurrentIndex(voice->voiceBox()->findData(int(VoiceEffect::Robot)));
        QCOMPARE(project().findClip(song).second->voice, VoiceEffect::Robot);
        voice->denoiseBox()->setChecked(true);
        QVERIFY(project().findClip(song).second->denoise);
        voice->duckBox()->setChecked(true);
        QVERIFY(project().tracks[1].ducking.enabled);
        QVERIFY(voice->duckDepthBox()->isEnabled());
        voice->duckDepthBox()->setValue(18);
        QCOMPARE(project().tracks[1].ducking.depthDb, 18.0);
        test::saveShot(window_.get(), QStringLiteral("gui-voice.png"));
        QCOMPARE(window_->document().undoStack().index(), steps + 4);
        window_->document().undoStack().undo();
        window_->document().undoStack().undo();
        QVERIFY(!project().tracks[1].ducking.enabled);
        QCOMPARE(project().tracks[1].ducking.depthDb, 12.0);
        QVERIFY(!voice->duckBox()->isChecked()); // the inspector follows the undo
        QVERIFY(project().findClip(song).second->denoise);

        // The video clip has no sound: nothing to change its voice on.
        timeline()->setSelection({project().tracks[0].clips[0].id});
        QApplication::processEvents();
        QVERIFY(!voice->isVisibleTo(window_.get()));
    }

    // Edit > Cut to the beat on three selected clips: they are laid again from where the
    // song starts, every cut on a beat (every two beats), the song ending with the last
    // cut; one undo step brings the clips back.
    void cutSelectedClipsToTheBeat() {
        for (const char* colour : {"red", "green"}) {
            const QString file = dir_.path() + "/" + colour + ".mp4";
            test::ffmpeg({"-f", "lavfi", "-i",
                          QStringLiteral("color=c=%1:s=160x120:r=30:d=3").arg(colour), "-pix_fmt",
                          "yuv420p", file});
            const ObjectId track = project().tracks[0].id;
            QVERIFY(timeline()->dropMedia(file, track, project().tracks[0].end()) != 0);
        }
        std::vector<ObjectId> clips;
        for (const Clip& c : project().tracks[0].clips) {
            clips.push_back(c.id);
        }
        QCOMPARE(clips.size(), std::size_t(3));
        const Project before = project();
        timeline()->setSelection(clips);
        QVERIFY(window_->cutToBeat(2, false));
        const Track& video = project().tracks[0];
        QCOMPARE(video.clips.size(), std::size_t(3));
        const double frame = 1.0 / 30;
        for (std::size_t i = 1; i < video.clips.size(); ++i) {
            const double cut = video.clips[i].start.toDouble();
            QCOMPARE(video.clips[i - 1].end(), video.clips[i].start); // no gaps
            double nearest = 1e9;
            for (double b : beats_) {
                nearest = std::min(nearest, std::abs(b - cut));
            }
            QVERIFY2(nearest <= 0.5 * frame + 0.01,
                     qPrintable(
                         QStringLiteral("cut at %1 s is %2 s from a beat").arg(cut).arg(nearest)));
            // Every two beats: 1.2 s at 100 BPM.
            const double length = (video.clips[i].start - video.clips[i - 1].start).toDouble();
            if (i > 1) {
                QVERIFY2(std::abs(length - 1.2) <= frame + 0.01,
                         qPrintable(QString::number(length)));
            }
        }
        const Clip& song = project().tracks[1].clips[0];
        QVERIFY(std::abs((song.end() - video.clips.back().end()).toDouble()) <= frame);
        window_->document().undoStack().undo();
        QCOMPARE(project().tracks[0].clips, before.tracks[0].clips);
        QCOMPARE(project().tracks[1].clips, before.tracks[1].clips);
    }

    // The Audio tab lists the songs and sounds (not the videos) with their tempo; "Cut to
    // the beat" with a song that is not on the timeline yet puts it there and cuts the
    // selected clips to its beats, all in one undo step; the voice-over button opens the
    // recorder.
    void audioTabCutsToAChosenSong() {
        test::DrumTrackSpec spec;
        spec.bpm = 120;
        spec.seconds = 10;
        const test::DrumTrack drums = test::makeDrumTrack(spec);
        const QString file = dir_.path() + "/fast.wav";
        test::writeWav(file, drums.samples, drums.sampleRate);
        QVERIFY(window_->document().apply(
            "import", [&](Project& p) { p.bin.push_back(file.toStdString()); }));
        gui::AudioTab* tab = window_->audioTab();
        QTRY_COMPARE_WITH_TIMEOUT(tab->list()->count(), 2, 30000);
        QVERIFY(tab->list()->itemFor(dir_.path() + "/song.wav") != nullptr);
        QVERIFY(tab->list()->itemFor(dir_.path() + "/clip.mp4") == nullptr);
        QTRY_COMPARE_WITH_TIMEOUT(tab->tempoText(file), QString("120 BPM"), 60000);
        QVERIFY(tab->list()->itemFor(file)->text().contains("120 BPM"));

        std::vector<ObjectId> clips;
        for (const Clip& c : project().tracks[0].clips) {
            clips.push_back(c.id);
        }
        QCOMPARE(clips.size(), std::size_t(3));
        const Project before = project();
        const int steps = window_->document().undoStack().count();
        timeline()->setSelection(clips);
        QVERIFY(!tab->cutButton()->isEnabled());
        tab->list()->setCurrentItem(tab->list()->itemFor(file));
        QVERIFY(tab->cutButton()->isEnabled());
        QTabWidget* tabs = nullptr;
        for (QWidget* w = tab->parentWidget(); w != nullptr && tabs == nullptr;
             w = w->parentWidget()) {
            tabs = qobject_cast<QTabWidget*>(w);
        }
        QVERIFY(tabs != nullptr);
        tabs->setCurrentWidget(tab);
        QVERIFY(tab->isVisible());
        test::saveShot(window_.get(), QStringLiteral("gui-audio-tab.png"));

        // Resting the pointer on a song plays it from its first beat; leaving stops it.
        gui::AssetList* songs = tab->list();
        const QRect fastRect = songs->visualItemRect(songs->itemFor(file));
        QTest::mouseMove(songs->viewport(), fastRect.center());
        QTRY_COMPARE_WITH_TIMEOUT(tab->previewing(), file, 3000);
        QTRY_VERIFY_WITH_TIMEOUT(tab->previewPosition() > drums.beats.front() + 0.1, 3000);
        QEvent leave(QEvent::Leave);
        QApplication::sendEvent(songs->viewport(), &leave);
        QVERIFY(tab->previewing().isEmpty());
        QAction* everyTwo = tab->cutButton()->menu()->actions().at(1);
        QVERIFY(everyTwo->text().contains("2"));
        everyTwo->trigger();
        QCOMPARE(window_->document().undoStack().count(), steps + 1);

        const Clip* song = nullptr;
        for (const Track& t : project().tracks) {
            for (const Clip& c : t.clips) {
                if (c.media == file.toStdString()) {
                    QCOMPARE(t.kind, TrackKind::Audio);
                    song = &c;
                }
            }
        }
        QVERIFY(song != nullptr);
        QCOMPARE(song->start, Time(0)); // where the first selected clip starts
        const Track& video = project().tracks[0];
        const double frame = 1.0 / 30;
        for (std::size_t i = 1; i < video.clips.size(); ++i) {
            const double cut = video.clips[i].start.toDouble();
            double nearest = 1e9;
            for (double b : drums.beats) {
                nearest = std::min(nearest, std::abs(b - cut));
            }
            QVERIFY2(nearest <= 0.5 * frame + 0.01,
                     qPrintable(
                         QStringLiteral("cut at %1 s is %2 s from a beat").arg(cut).arg(nearest)));
            if (i > 1) { // every two beats at 120 BPM: 1 s
                const double length = (video.clips[i].start - video.clips[i - 1].start).toDouble();
                QVERIFY2(std::abs(length - 1.0) <= frame + 0.01,
                         qPrintable(QString::number(length)));
            }
        }
        window_->document().undoStack().undo();
        QCOMPARE(project().tracks.size(), before.tracks.size());
        QCOMPARE(project().tracks[0].clips, before.tracks[0].clips);

        QTest::mouseClick(tab->voiceOverButton(), Qt::LeftButton);
        auto* dialog = window_->findChild<gui::VoiceOverDialog*>();
        QVERIFY(dialog != nullptr && dialog->isVisible());
        dialog->close();
    }

    // Without a song, or without clips, it says what is missing and changes nothing.
    void cutToTheBeatNeedsClipsAndASong() {
        const int steps = window_->document().undoStack().count();
        timeline()->setSelection({});
        QVERIFY(!window_->cutToBeat(1, false));
        QCOMPARE(window_->document().undoStack().count(), steps);
    }
};

int main(int argc, char** argv) {
    QApplication app(argc, argv);
    TestGuiAudio t;
    return QTest::qExec(&t, argc, argv);
}
#include "tst_gui_audio.moc"
