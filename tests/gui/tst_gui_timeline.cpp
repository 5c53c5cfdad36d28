// The timeline as a creator meets it (issue 10, section 3): drops snap to 0, to clip edges
// and the playhead; the bottom video track is a magnetic main track (no gaps) that can be
// switched off; the two video tracks have different names.

#include "builtin_effects.h"
#include "gui_test_util.h"
#include "model/main_track.h"
#include "model/project_file.h"
#include "panels/media_bin.h"
#include "preview/player.h"
#include "support/test_media.h"
#include "timeline/timeline_view.h"
#include "window/theme.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QMimeData>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>

using namespace reelcut;

class TestGuiTimeline : public QObject {
    Q_OBJECT

private:
    QTemporaryDir dir_;
    QString clipFile_; // 1 s of video with sound
    test::AskLog log_;
    std::unique_ptr<gui::MainWindow> window_;

    gui::TimelineView* timeline() { return window_->timeline(); }
    const Project& project() { return window_->document().project(); }
    ObjectId mainTrackId() { return mainTrack(project())->id; }
    std::vector<Time> startsOn(ObjectId track) {
        std::vector<Time> out;
        for (const Clip& c : project().findTrack(track)->clips) {
            out.push_back(c.start);
        }
        return out;
    }

    // The drag-enter, drag-move and drop a drag from the bin delivers (a real QDrag needs
    // a window system's drag loop, which the offscreen platform has not).
    void dropAt(const QString& path, const QPoint& at) {
        QMimeData mime;
        mime.setData(QString::fromLatin1(gui::kMediaMimeType), path.toUtf8());
        QWidget* lanes = timeline()->viewport();
        QDragEnterEvent enter(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(lanes, &enter);
        QDragMoveEvent move(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(lanes, &move);
        QDropEvent drop(QPointF(at), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(lanes, &drop);
    }
    QPoint pointOn(ObjectId track, const Time& t) {
        return {timeline()->xForTime(t), timeline()->trackRect(track).center().y()};
    }
    void freshProject() {
        window_->document().undoStack().setClean();
        window_->newProject(1080, 1920, FrameRate(30));
        timeline()->setPixelsPerSecond(80);
        timeline()->setSnapping(true);
        window_->player()->seek(0);
    }

private Q_SLOTS:
    void initTestCase() {
        test::startGuiTest();
        QVERIFY(dir_.isValid());
        clipFile_ = test::makeFrameCodeVideo(dir_.path(), QStringLiteral("clip.mp4"),
                                             QStringLiteral("30"), 30, 160, 284, true);
        window_ = test::makeWindow(log_);
        window_->show();
        QVERIFY(QTest::qWaitForWindowExposed(window_.get()));
    }

    void dropNearTheStartLandsAtZero() {
        freshProject();
        QVERIFY(project().magneticMainTrack); // a new project has CapCut's main track
        // Five frames in, as a hand lets go near the start (13 px at this zoom).
        dropAt(clipFile_, pointOn(mainTrackId(), Rational(5, 30)));
        QCOMPARE(startsOn(mainTrackId()), std::vector<Time>{Time(0)});
    }

    void dropAfterAClipLeavesNoGap() {
        // Three frames after the first clip's end: the second clip starts where it ends.
        dropAt(clipFile_, pointOn(mainTrackId(), Time(1) + Rational(3, 30)));
        QCOMPARE(startsOn(mainTrackId()), (std::vector<Time>{Time(0), Time(1)}));
        dropAt(clipFile_, pointOn(mainTrackId(), Time(2) + Rational(12, 30)));
        QCOMPARE(startsOn(mainTrackId()), (std::vector<Time>{Time(0), Time(1), Time(2)}));
    }

    void deleteClosesTheMainTrack() {
        const ObjectId middle = project().findTrack(mainTrackId())->clips[1].id;
        timeline()->setSelection({middle});
        timeline()->deleteSelection(false); // plain Delete, not ripple delete
        QCOMPARE(startsOn(mainTrackId()), (std::vector<Time>{Time(0), Time(1)}));
        window_->document().undoStack().undo();
        QCOMPARE(startsOn(mainTrackId()), (std::vector<Time>{Time(0), Time(1), Time(2)}));
    }

    void draggingAClipReordersWithoutGaps() {
        const Track& main = *project().findTrack(mainTrackId());
        const ObjectId first = main.clips[0].id;
        const QRect r = timeline()->clipRect(first);
        QWidget* lanes = timeline()->viewport();
        const QPoint from = r.center();
        const QPoint to =
            from + QPoint(timeline()->xForTime(Rational(3, 2)) - timeline()->xForTime(Time(0)), 0);
        QTest::mousePress(lanes, Qt::LeftButton, Qt::NoModifier, from);
        for (int i = 1; i <= 4; ++i) {
            QTest::mouseMove(lanes, from + (to - from) * i / 4);
        }
        QTest::mouseRelease(lanes, Qt::LeftButton, Qt::NoModifier, to);
        const Track& after = *project().findTrack(mainTrackId());
        QCOMPARE(after.clips[1].id, first); // now second
        QCOMPARE(startsOn(mainTrackId()), (std::vector<Time>{Time(0), Time(1), Time(2)}));
    }

    void dropsSnapOnOtherTracks() {
        // Off the main track nothing is packed, but drops still snap within a few pixels:
        // to the playhead, and to the end of another clip.
        timeline()->addTrack(TrackKind::Overlay);
        ObjectId overlay = 0;
        for (const Track& t : project().tracks) {
            if (t.kind == TrackKind::Overlay) {
                overlay = t.id;
            }
        }
        QVERIFY(overlay != 0);
        window_->player()->seek(45); // 1.5 s
        dropAt(clipFile_, pointOn(overlay, Rational(45 + 3, 30)));
        QCOMPARE(startsOn(overlay), std::vector<Time>{Rational(3, 2)});
        dropAt(clipFile_, pointOn(overlay, Rational(5, 2) + Rational(3, 30)));
        QCOMPARE(startsOn(overlay), (std::vector<Time>{Rational(3, 2), Rational(5, 2)}));
        // Far from any edge, a drop lands where it was let go.
        dropAt(clipFile_, pointOn(overlay, Time(5)));
        QCOMPARE(startsOn(overlay).back(), Time(5));
    }

    void magnetCanBeSwitchedOffAndIsSaved() {
        freshProject();
        // The switch is on the timeline's tool bar.
        QAction* magnet = nullptr;
        for (QToolBar* bar : window_->findChildren<QToolBar*>()) {
            for (QAction* a : bar->actions()) {
                if (a->isCheckable() &&
                    a->text().contains(QStringLiteral("main track"), Qt::CaseInsensitive)) {
                    magnet = a;
                }
            }
        }
        QVERIFY(magnet != nullptr);
        QVERIFY(magnet->isChecked());
        magnet->trigger();
        QVERIFY(!project().magneticMainTrack);
        // Off, a drop lands where it was let go, gaps and all.
        dropAt(clipFile_, pointOn(mainTrackId(), Time(2)));
        QCOMPARE(startsOn(mainTrackId()), std::vector<Time>{Time(2)});
        const QString file = dir_.filePath(QStringLiteral("off.reelcut"));
        QVERIFY(window_->saveProjectAs(file));
        QVERIFY(!loadProject(file.toStdString()).magneticMainTrack);
        // On again: the gap closes, as one undo step; saved, it stays on.
        magnet->trigger();
        QVERIFY(project().magneticMainTrack);
        QCOMPARE(startsOn(mainTrackId()), std::vector<Time>{Time(0)});
        QVERIFY(window_->saveProjectAs(file));
        QVERIFY(loadProject(file.toStdString()).magneticMainTrack);
        window_->document().undoStack().undo();
        QVERIFY(!magnet->isChecked());
        QCOMPARE(startsOn(mainTrackId()), std::vector<Time>{Time(2)});
    }

    void videoTracksHaveTheirOwnNames() {
        freshProject();
        timeline()->addTrack(TrackKind::Video);
        timeline()->addTrack(TrackKind::Video);
        QStringList names;
        for (const Track& t : project().tracks) {
            if (t.kind == TrackKind::Video) {
                names << timeline()->trackTitle(t.id);
            }
        }
        QCOMPARE(names.size(), 3);
        QCOMPARE(names.front(), QStringLiteral("Main")); // the bottom one, CapCut's main track
        QCOMPARE(QSet<QString>(names.begin(), names.end()).size(), 3);
    }

    void cleanupTestCase() {
        window_->document().undoStack().setClean();
        window_.reset();
    }
};

QTEST_MAIN(TestGuiTimeline)
#include "tst_gui_timeline.moc"
