// Text and captions on the preview as a creator meets them (issue 10, section 3): a new
// title is visible where it is added and centred; scaling a title with its corner handle
// keeps it on the canvas; imported SRT captions are readable, in the lower third and
// inside the platform's safe zone.

#include "builtin_effects.h"
#include "export/safe_zone_check.h"
#include "gui_test_util.h"
#include "preview/canvas_editor.h"
#include "preview/player.h"
#include "preview/preview_widget.h"
#include "support/test_media.h"
#include "text/text_presets.h"
#include "timeline/clip_geometry.h"
#include "timeline/timeline_view.h"
#include "window/theme.h"

#include <QApplication>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace reelcut;

namespace {

// Share of the pixels in `area` of the image that are near white.
double whiteShare(const QImage& img, const QRect& area) {
    const QRect r = area.intersected(img.rect());
    if (r.isEmpty()) {
        return 0;
    }
    int white = 0;
    for (int y = r.top(); y <= r.bottom(); ++y) {
        for (int x = r.left(); x <= r.right(); ++x) {
            const QColor c = img.pixelColor(x, y);
            white += c.red() > 200 && c.green() > 200 && c.blue() > 200 ? 1 : 0;
        }
    }
    return static_cast<double>(white) / (r.width() * r.height());
}

} // namespace

class TestGuiCanvas : public QObject {
    Q_OBJECT

private:
    QTemporaryDir dir_;
    test::AskLog log_;
    std::unique_ptr<gui::MainWindow> window_;

    const Project& project() { return window_->document().project(); }
    gui::CanvasEditor* canvas() { return window_->canvasEditor(); }
    const Clip& clip(ObjectId id) { return *project().findClip(id).second; }

private Q_SLOTS:
    void initTestCase() {
        test::startGuiTest();
        QVERIFY(dir_.isValid());
        window_ = test::makeWindow(log_);
        window_->newProject(1080, 1920, FrameRate(30));
        window_->show();
        QVERIFY(QTest::qWaitForWindowExposed(window_.get()));
        // Eight seconds of black to put titles on.
        const QString black = dir_.filePath(QStringLiteral("black.mp4"));
        test::ffmpeg({QStringLiteral("-f"), QStringLiteral("lavfi"), QStringLiteral("-i"),
                      QStringLiteral("color=c=black:s=180x320:r=30:d=8"), QStringLiteral("-c:v"),
                      QStringLiteral("libx264"), QStringLiteral("-preset"),
                      QStringLiteral("ultrafast"), black});
        QVERIFY(window_->timeline()->dropMedia(black, 0, Time(0)) != 0);
        window_->timeline()->setSelection({});
    }

    void newTextIsVisibleAndCentred() {
        window_->player()->seek(30);
        // "Bold outline" pops in: frame 0 of its animation draws nothing.
        const ObjectId id = window_->addTextPreset(QStringLiteral("bold-outline"));
        QVERIFY(id != 0);
        QCOMPARE(clip(id).start, Time(1));
        QCOMPARE(clip(id).animationIn.type, AnimationType::Pop);
        QCOMPARE(clip(id).transform.x, 0.5);
        // Paused with the new title selected, the preview shows it at rest, on the black
        // canvas as white letters where its box is.
        gui::PreviewWidget* preview = window_->preview();
        QVERIFY(canvas()->selectionPolygon().has_value());
        const QRectF box = canvas()->selectionPolygon()->boundingRect();
        QVERIFY(box.width() > 20);
        const QRect canvasRect = preview->canvasRect();
        auto shown = [&] {
            const QImage& img = preview->currentImage();
            if (img.isNull() || preview->currentFrame() != 30) {
                return 0.0;
            }
            // The box in the rendered image's pixels.
            const double k = static_cast<double>(img.width()) / canvasRect.width();
            const QRectF inImage((box.topLeft() - canvasRect.topLeft()) * k, box.size() * k);
            return whiteShare(img, inImage.toAlignedRect());
        };
        QTRY_VERIFY_WITH_TIMEOUT(shown() > 0.05, 10000);
        // Playing shows the animation again; pausing brings the title back at rest.
        window_->player()->play();
        window_->player()->pause();
        window_->player()->seek(30);
        QTRY_VERIFY_WITH_TIMEOUT(shown() > 0.05, 10000);
    }

    void cornerScaleKeepsTextOnTheCanvas() {
        window_->player()->seek(150);
        const ObjectId id = window_->addTextPreset(QStringLiteral("shadow-title"));
        window_->document().apply(QStringLiteral("long text"), [&](Project& p) {
            p.findClip(id).second->text = "WAIT FOR IT, THE BEST PART IS COMING";
        });
        window_->player()->seek(180);
        QApplication::processEvents();
        const double before = clip(id).transform.scale;
        const QPointF centre = canvas()->handlePosition(gui::CanvasEditor::Handle::Body);
        const QPointF corner = canvas()->handlePosition(gui::CanvasEditor::Handle::BottomRight);
        // Drag the corner to three times its distance from the centre.
        const QPointF to = centre + (corner - centre) * 3.0;
        QWidget* w = canvas();
        QTest::mousePress(w, Qt::LeftButton, Qt::NoModifier, corner.toPoint());
        for (int i = 1; i <= 6; ++i) {
            QTest::mouseMove(w, (corner + (to - corner) * (i / 6.0)).toPoint());
        }
        QTest::mouseRelease(w, Qt::LeftButton, Qt::NoModifier, to.toPoint());
        const Clip& c = clip(id);
        QVERIFY2(c.transform.scale > before * 1.1, qPrintable(QString::number(c.transform.scale)));
        // The whole block (font and wrap box scaled together) is on the canvas.
        gui::ClipGeometry geometry;
        const auto placed = geometry.boxAt(project(), c, c.start + Time(2));
        QVERIFY(placed.has_value());
        const QRectF bounds = placed->polygon().boundingRect();
        QVERIFY2(QRectF(0, 0, 1080, 1920).adjusted(-1, -1, 1, 1).contains(bounds),
                 qPrintable(QStringLiteral("%1,%2 %3x%4")
                                .arg(bounds.x())
                                .arg(bounds.y())
                                .arg(bounds.width())
                                .arg(bounds.height())));
    }

    void srtCaptionsUseTheCaptionLook() {
        const QString file = dir_.filePath(QStringLiteral("talk.srt"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("1\n00:00:01,000 --> 00:00:02,500\nHello there\n\n"
                "2\n00:00:03,000 --> 00:00:05,000\nThis one is long enough to need a second "
                "line on a phone\n");
        f.close();
        QCOMPARE(window_->importCaptionsFile(file, QStringLiteral("caption-box")), 2);
        const Track* captions = nullptr;
        for (const Track& t : project().tracks) {
            if (t.kind == TrackKind::Text && !t.clips.empty() &&
                t.clips.front().text == "Hello there") {
                captions = &t;
            }
        }
        QVERIFY(captions != nullptr);
        // The placement zone is the preview's platform, TikTok when none is shown.
        const QRectF safe = safeRect(findPreset("tiktok")->safeZone, QSizeF(1080, 1920));
        gui::ClipGeometry geometry;
        for (const Clip& c : captions->clips) {
            QCOMPARE(c.style.boxColor, findTextPreset("caption-box")->style.boxColor);
            QVERIFY2(c.style.fontSize * c.transform.scale >= 60,
                     qPrintable(QString::number(c.style.fontSize)));
            const auto box = geometry.boxAt(project(), c, c.start + c.duration() / Rational(2));
            QVERIFY(box.has_value());
            const QRectF r = box->polygon().boundingRect();
            QVERIFY2(safe.contains(r), qPrintable(QString::number(r.bottom())));
            QVERIFY2(r.center().y() > 1920.0 * 2 / 3, qPrintable(QString::number(r.center().y())));
        }
    }

    void cleanupTestCase() {
        window_->document().undoStack().setClean();
        window_.reset();
    }
};

QTEST_MAIN(TestGuiCanvas)
#include "tst_gui_canvas.moc"
