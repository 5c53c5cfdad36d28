// The look from the editor, as a creator reaches it: a transition dragged from the
// Transitions tab onto a cut, a filter applied from the Filters tab, and a green screen
// keyed with its colour picked from the preview. Checked on rendered pixels.

#include "builtin_effects.h"
#include "gui_test_util.h"
#include "inspector/effects_inspector.h"
#include "inspector/inspector.h"
#include "model/edits.h"
#include "panels/asset_list.h"
#include "panels/filters_tab.h"
#include "panels/transitions_tab.h"
#include "preview/canvas_editor.h"
#include "render/frame_renderer.h"
#include "support/test_media.h"
#include "timeline/timeline_view.h"
#include "window/theme.h"

#include <QApplication>
#include <QMimeData>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace reelcut;

namespace {

// The share of pixels of `img` within 40 of the colour (r, g, b) on every channel.
double shareOf(const QImage& img, int r, int g, int b) {
    int n = 0;
    for (int y = 0; y < img.height(); ++y) {
        for (int x = 0; x < img.width(); ++x) {
            const QColor c = img.pixelColor(x, y);
            if (std::abs(c.red() - r) < 40 && std::abs(c.green() - g) < 40 &&
                std::abs(c.blue() - b) < 40) {
                ++n;
            }
        }
    }
    return double(n) / (img.width() * img.height());
}

QColor pixelAt(const Project& p, const Time& t, QPoint canvas) {
    FrameRenderer renderer;
    return renderer.frameAt(p, t, QSize(p.width, p.height)).pixelColor(canvas);
}

QPushButton* buttonWithText(QWidget* parent, const QString& text) {
    for (QPushButton* b : parent->findChildren<QPushButton*>()) {
        if (b->text() == text) {
            return b;
        }
    }
    return nullptr;
}

} // namespace

class TestGuiLook : public QObject {
    Q_OBJECT

private:
    QTemporaryDir dir_;
    QString red_, blue_, greenScreen_;
    test::AskLog log_;
    std::unique_ptr<gui::MainWindow> window_;

    gui::TimelineView* timeline() { return window_->timeline(); }
    const Project& project() { return window_->document().project(); }
    ObjectId videoTrack() {
        for (const Track& t : project().tracks) {
            if (t.kind == TrackKind::Video) {
                return t.id;
            }
        }
        return 0;
    }
    void freshProject() {
        window_->newProject(1080, 1920, FrameRate(30));
        timeline()->setSnapping(false);
        QApplication::processEvents();
    }

private Q_SLOTS:
    void initTestCase() {
        test::startGuiTest();
        QVERIFY(dir_.isValid());
        red_ = dir_.filePath("red.png");
        blue_ = dir_.filePath("blue.png");
        greenScreen_ = dir_.filePath("green-screen.png");
        test::ffmpeg({"-f", "lavfi", "-i", "color=c=red:s=1080x1920", "-frames:v", "1", red_});
        test::ffmpeg({"-f", "lavfi", "-i", "color=c=blue:s=1080x1920", "-frames:v", "1", blue_});
        // A studio green with a red subject in the middle, filling the canvas.
        test::ffmpeg(
            {"-f", "lavfi", "-i",
             "color=c=0x00b140:s=1080x1920,drawbox=x=340:y=760:w=400:h=400:color=red:t=fill",
             "-frames:v", "1", greenScreen_});
        window_ = test::makeWindow(log_);
        window_->show();
        QVERIFY(QTest::qWaitForWindowExposed(window_.get()));
    }

    // A wipe dragged from the Transitions tab onto the cut between a red and a blue clip
    // lands on the cut; half-way through it the frame is half red, half blue.
    void transitionDraggedOntoCut() {
        freshProject();
        const ObjectId track = videoTrack();
        const ObjectId redClip = timeline()->dropMedia(red_, track, Time(0));
        QVERIFY(redClip != 0);
        const Time cut = project().findClip(redClip).second->end();
        const ObjectId blueClip = timeline()->dropMedia(blue_, track, cut);
        QVERIFY(blueClip != 0);
        QCOMPARE(project().findClip(blueClip).second->start, cut);

        gui::AssetList* list = window_->transitionsTab()->list();
        QListWidgetItem* wipe = list->itemFor(QStringLiteral("wipe"));
        QVERIFY(wipe != nullptr);
        std::unique_ptr<QMimeData> mime(
            list->model()->mimeData({list->model()->index(list->row(wipe), 0)}));
        QVERIFY(mime && mime->hasFormat(QString::fromLatin1(gui::kTransitionMimeType)));
        QWidget* lanes = timeline()->viewport();
        const QPoint at(timeline()->xForTime(cut), timeline()->trackRect(track).center().y());
        QDragEnterEvent enter(at, Qt::CopyAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(lanes, &enter);
        QDragMoveEvent move(at, Qt::CopyAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(lanes, &move);
        QVERIFY(move.isAccepted());
        QDropEvent drop(QPointF(at), Qt::CopyAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(lanes, &drop);

        const Clip& incoming = *project().findClip(blueClip).second;
        QVERIFY(incoming.transitionIn.has_value());
        QCOMPARE(incoming.transitionIn->type, std::string("wipe"));
        QVERIFY(!timeline()->transitionRect(blueClip).isEmpty());
        // A drop far from any cut is refused.
        const QPoint away(timeline()->xForTime(cut / Rational(4)), at.y());
        QDragMoveEvent moveAway(away, Qt::CopyAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(lanes, &moveAway);
        QVERIFY(!moveAway.isAccepted());

        FrameRenderer renderer;
        const QImage half = renderer.frameAt(project(), cut, QSize(108, 192)).copy();
        QVERIFY2(std::abs(shareOf(half, 255, 0, 0) - 0.5) < 0.08,
                 qPrintable(QString::number(shareOf(half, 255, 0, 0))));
        QVERIFY2(std::abs(shareOf(half, 0, 0, 255) - 0.5) < 0.08,
                 qPrintable(QString::number(shareOf(half, 0, 0, 255))));
        const Time before = cut - incoming.transitionIn->duration;
        QVERIFY(shareOf(renderer.frameAt(project(), before, QSize(108, 192)), 255, 0, 0) > 0.98);
    }

    // The black-and-white look from the Filters tab on the selected clip turns red grey;
    // undo gives the red back.
    void filterAppliedFromTab() {
        freshProject();
        const ObjectId clip = timeline()->dropMedia(red_, videoTrack(), Time(0));
        QVERIFY(clip != 0);
        timeline()->setSelection({clip});
        gui::FiltersTab* tab = window_->filtersTab();
        QListWidgetItem* bw = tab->list()->itemFor(QStringLiteral("bw"));
        QVERIFY(bw != nullptr);
        tab->list()->setCurrentItem(bw);
        QPushButton* apply = buttonWithText(tab, QStringLiteral("Apply"));
        QVERIFY(apply != nullptr && apply->isEnabled());
        QTest::mouseClick(apply, Qt::LeftButton);

        const Clip& c = *project().findClip(clip).second;
        QCOMPARE(c.effects.size(), std::size_t(1));
        QCOMPARE(c.effects[0].type, std::string("color.lut"));
        const QColor grey = pixelAt(project(), Time(1), QPoint(540, 960));
        QVERIFY2(std::abs(grey.red() - grey.green()) <= 6 &&
                     std::abs(grey.green() - grey.blue()) <= 6 && grey.red() < 200,
                 qPrintable(grey.name()));
        window_->document().undoStack().undo();
        QVERIFY(project().findClip(clip).second->effects.empty());
        const QColor red = pixelAt(project(), Time(1), QPoint(540, 960));
        QVERIFY2(red.red() > 220 && red.green() < 30, qPrintable(red.name()));
    }

    // A green screen over a blue clip: the key colour starts wrong (nothing keyed); the
    // eyedropper in the inspector, then a click on the green in the preview, sets it to
    // the studio green, and the blue shows through while the red subject stays.
    void keyColourPickedFromPreview() {
        freshProject();
        const ObjectId blueClip = timeline()->dropMedia(blue_, videoTrack(), Time(0));
        QVERIFY(blueClip != 0);
        ObjectId overlay = 0;
        QVERIFY(window_->document().apply(QStringLiteral("overlay track"), [&](Project& p) {
            overlay = edit::addTrack(p, TrackKind::Overlay, "Overlay");
        }));
        const ObjectId screen = timeline()->dropMedia(greenScreen_, overlay, Time(0));
        QVERIFY(screen != 0);
        QVERIFY(window_->applyEffect(QStringLiteral("key.chroma"), screen));
        QVERIFY(window_->document().apply(QStringLiteral("wrong key"), [&](Project& p) {
            Clip c = *p.findClip(screen).second;
            c.effects.at(0).params["color"] = double(0xffff00ffu); // magenta: keys nothing
            edit::updateClip(p, c);
        }));
        const QPoint green(150, 300);
        const QPoint subject(540, 960);
        QVERIFY2(pixelAt(project(), Time(1), green).green() > 150,
                 qPrintable(pixelAt(project(), Time(1), green).name()));

        timeline()->setSelection({screen});
        QApplication::processEvents();
        gui::EffectsInspector* effects = window_->inspector()->effectsPage();
        auto* pick = qobject_cast<QToolButton*>(effects->pickButton(0, "color"));
        QVERIFY(pick != nullptr);
        QVERIFY(pick->isVisibleTo(window_.get()));
        gui::CanvasEditor* canvas = window_->canvasEditor();

        // Esc cancels: nothing changes.
        const int steps = window_->document().undoStack().count();
        QTest::mouseClick(pick, Qt::LeftButton);
        QVERIFY(canvas->isPickingColor());
        QTest::keyClick(canvas, Qt::Key_Escape);
        QVERIFY(!canvas->isPickingColor());
        QCOMPARE(window_->document().undoStack().count(), steps);

        QTest::mouseClick(pick, Qt::LeftButton);
        QVERIFY(canvas->isPickingColor());
        const QPoint onPreview = canvas->canvasToWidget(QPointF(green)).toPoint();
        QTest::mouseClick(canvas, Qt::LeftButton, Qt::NoModifier, onPreview);
        QVERIFY(!canvas->isPickingColor());
        QVERIFY(canvas->cursor().shape() != Qt::CrossCursor); // the pick's cross is gone
        QCOMPARE(window_->document().undoStack().count(), steps + 1);

        const auto argb = std::uint32_t(
            project().findClip(screen).second->effects.at(0).params.at("color").number());
        const QColor picked = QColor::fromRgba(argb);
        QVERIFY2(std::abs(picked.red() - 0x00) <= 8 && std::abs(picked.green() - 0xb1) <= 8 &&
                     std::abs(picked.blue() - 0x40) <= 8,
                 qPrintable(picked.name()));
        const QColor keyed = pixelAt(project(), Time(1), green);
        QVERIFY2(keyed.blue() > 200 && keyed.green() < 60, qPrintable(keyed.name()));
        const QColor kept = pixelAt(project(), Time(1), subject);
        QVERIFY2(kept.red() > 200 && kept.green() < 60, qPrintable(kept.name()));
        if (qEnvironmentVariableIsSet("REELCUT_SCREENSHOT_DIR")) {
            QTest::qWait(1500); // the preview renders the keyed frame off the GUI thread
            test::saveShot(window_.get(), QStringLiteral("gui-look-keyed.png"));
        }
    }
};

QTEST_MAIN(TestGuiLook)
#include "tst_gui_look.moc"
