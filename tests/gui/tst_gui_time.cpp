// Time and geometry from the editor: the inspector's speed curve presets, reverse, flips,
// quarter turn and crop each make one undoable edit through the core's edits; "Freeze
// frame" in the Edit menu splits the clip at the playhead and inserts a 3 s still.

#include "builtin_effects.h"
#include "gui_test_util.h"
#include "inspector/inspector.h"
#include "inspector/time_inspector.h"
#include "preview/player.h"
#include "support/test_media.h"
#include "timeline/timeline_view.h"
#include "window/theme.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace reelcut;

class TestGuiTime : public QObject {
    Q_OBJECT

    QTemporaryDir dir_;
    test::AskLog log_;
    std::unique_ptr<gui::MainWindow> window_;
    ObjectId clip_ = 0;

    const Project& project() { return window_->document().project(); }
    const Clip& clip(ObjectId id) { return *project().findClip(id).second; }
    gui::TimeInspector* page() { return window_->inspector()->timePage(); }

    QAction* editAction(const QString& text) {
        for (QAction* menu : window_->menuBar()->actions()) {
            if (menu->menu() == nullptr) {
                continue;
            }
            for (QAction* a : menu->menu()->actions()) {
                if (a->text().remove(QLatin1Char('&')) == text) {
                    return a;
                }
            }
        }
        return nullptr;
    }

private Q_SLOTS:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        qputenv("REELCUT_NO_AUDIO", "1");
        registerBuiltinEffects();
        gui::applyDarkTheme(*qApp);
        const QString video = test::makeFrameCodeVideo(dir_.path(), QStringLiteral("clip.mp4"),
                                                       QStringLiteral("30"), 90, 320, 180, true);
        window_ = test::makeWindow(log_);
        window_->newProject(1080, 1920, FrameRate(30));
        window_->show();
        QVERIFY(QTest::qWaitForWindowExposed(window_.get()));
        clip_ = window_->timeline()->dropMedia(video, 0, Time(0));
        QVERIFY(clip_ != 0);
        window_->timeline()->setSelection({clip_});
        QApplication::processEvents();
    }

    void speedCurveAndReverse() {
        QVERIFY(page()->isVisible());
        QComboBox* curve = page()->curveBox();
        QCOMPARE(curve->count(), 6); // none and the five presets
        const int hero = curve->findData(QStringLiteral("hero"));
        QVERIFY(hero > 0);
        curve->setCurrentIndex(hero);
        Q_EMIT curve->activated(hero);
        QCOMPARE(clip(clip_).ramp.preset, std::string("hero"));
        QCOMPARE((clip(clip_).duration() * FrameRate(30)).den(), std::int64_t(1));
        QVERIFY(clip(clip_).duration() != Time(3));
        QVERIFY(!window_->inspector()->speedBox()->isEnabled()); // the curve sets the speed
        page()->reverseBox()->click();
        QVERIFY(clip(clip_).reverse);
        window_->document().undoStack().undo();
        QVERIFY(!clip(clip_).reverse);
        Q_EMIT curve->activated(0);
        QVERIFY(!clip(clip_).ramp.active());
        QCOMPARE(clip(clip_).duration(), Time(3));
    }

    void flipRotateCrop() {
        page()->flipHButton()->click();
        QVERIFY(clip(clip_).flipH);
        page()->rotateButton()->click();
        QCOMPARE(clip(clip_).rotate, 90);
        QVERIFY(clip(clip_).flipH); // the turn keeps the flip
        page()->cropBox(0)->setValue(10);
        QCOMPARE(clip(clip_).crop.left, 0.1);
        QCOMPARE(clip(clip_).rotate, 90);
        if (qEnvironmentVariableIsSet("REELCUT_SCREENSHOT_DIR")) {
            window_->grab().save(qEnvironmentVariable("REELCUT_SCREENSHOT_DIR") +
                                 "/time-inspector.png");
        }
        for (int i = 0; i < 3; ++i) {
            window_->document().undoStack().undo();
        }
        QCOMPARE(clip(clip_).rotate, 0);
        QVERIFY(!clip(clip_).flipH);
        QVERIFY(clip(clip_).crop.isNone());
    }

    void freezeFrameFromTheEditMenu() {
        QAction* freeze = editAction(QStringLiteral("Freeze frame"));
        QVERIFY(freeze != nullptr);
        window_->player()->seek(15);
        QApplication::processEvents();
        freeze->trigger();
        const Track& t = project().tracks[0];
        QCOMPARE(int(t.clips.size()), 3);
        QCOMPARE(t.clips[0].end(), Time(1, 2));
        QVERIFY(t.clips[1].freezeAt.has_value());
        QCOMPARE(*t.clips[1].freezeAt, Time(1, 2));
        QCOMPARE(t.clips[1].duration(), Time(3));
        QCOMPARE(t.clips[2].start, Time(7, 2));
        QCOMPARE(project().duration(), Time(6));
        // The still is selected; it has no speed or reverse to offer.
        QApplication::processEvents();
        QVERIFY(page()->isVisible());
        QVERIFY(!page()->reverseBox()->isVisibleTo(page()));
        if (qEnvironmentVariableIsSet("REELCUT_SCREENSHOT_DIR")) {
            window_->grab().save(qEnvironmentVariable("REELCUT_SCREENSHOT_DIR") +
                                 "/time-freeze.png");
        }
        window_->document().undoStack().undo();
        QCOMPARE(int(project().tracks[0].clips.size()), 1);
    }
};

QTEST_MAIN(TestGuiTime)
#include "tst_gui_time.moc"
