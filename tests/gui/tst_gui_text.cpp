// Text, emoji, stickers and captions as a creator adds them: from the assets panel, edited
// in the inspector and directly on the preview, each change one undo step.

#include "builtin_effects.h"
#include "export/safe_zone_check.h"
#include "gui_test_util.h"
#include "inspector/inspector.h"
#include "inspector/text_inspector.h"
#include "panels/asset_list.h"
#include "panels/sticker_tab.h"
#include "panels/text_tab.h"
#include "preview/canvas_editor.h"
#include "preview/player.h"
#include "preview/preview_widget.h"
#include "text/text_presets.h"
#include "timeline/clip_geometry.h"
#include "timeline/timeline_view.h"
#include "window/theme.h"

#include <QApplication>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QPlainTextEdit>
#include <QTemporaryDir>
#include <QTest>

using namespace reelcut;

class TestGuiText : public QObject {
    Q_OBJECT

private:
    QTemporaryDir dir_;
    test::AskLog log_;
    QString lastAskText_;
    std::unique_ptr<gui::MainWindow> window_;
    ObjectId textClip_ = 0;

    const Project& project() { return window_->document().project(); }
    gui::CanvasEditor* canvas() { return window_->canvasEditor(); }
    const Clip& clip(ObjectId id) { return *project().findClip(id).second; }

    void clickItem(QListWidget* list, int row) {
        QListWidgetItem* item = list->item(row);
        list->scrollToItem(item);
        QTest::mouseClick(list->viewport(), Qt::LeftButton, Qt::NoModifier,
                          list->visualItemRect(item).center());
    }
    // Moves the playhead into the middle of a clip (past its in animation).
    void showMiddleOf(ObjectId id) {
        const Clip& c = clip(id);
        const Time mid = c.start + c.duration() / 2;
        window_->player()->seek(frameAtTime(mid, project().frameRate));
        QApplication::processEvents();
    }
    void drag(QPointF from, QPointF to) {
        QWidget* w = canvas();
        QTest::mousePress(w, Qt::LeftButton, Qt::NoModifier, from.toPoint());
        for (int i = 1; i <= 5; ++i) {
            QTest::mouseMove(w, (from + (to - from) * i / 5.0).toPoint());
        }
        QTest::mouseRelease(w, Qt::LeftButton, Qt::NoModifier, to.toPoint());
    }

private Q_SLOTS:
    void initTestCase() {
        test::startGuiTest();
        QVERIFY(dir_.isValid());
        window_ = test::makeWindow(log_);
        window_->setAskHandler(
            [this](const QString& title, const QString& text, QMessageBox::StandardButtons) {
                log_.titles << title;
                lastAskText_ = text;
                return QMessageBox::Ok;
            });
        window_->newProject(1080, 1920, FrameRate(30));
        window_->show();
        QVERIFY(QTest::qWaitForWindowExposed(window_.get()));
    }

    void presetTileAddsTextInsideSafeZone() {
        window_->assetTabs()->setCurrentWidget(window_->textTab());
        gui::AssetList* tiles = window_->textTab()->presets();
        QVERIFY(tiles->count() >= 5);
        const auto undoBefore = window_->document().undoStack().index();
        clickItem(tiles, 0);
        QCOMPARE(window_->document().undoStack().index(), undoBefore + 1);
        const Track* text = nullptr;
        for (const Track& t : project().tracks) {
            if (t.kind == TrackKind::Text) {
                text = &t;
            }
        }
        QVERIFY(text != nullptr);
        QCOMPARE(text->clips.size(), std::size_t(1));
        const Clip& c = text->clips.front();
        textClip_ = c.id;
        QCOMPARE(c.kind, ClipKind::Text);
        QCOMPARE(c.start, frameTime(window_->player()->position(), project().frameRate));
        QCOMPARE(c.duration(), Time(3));
        QCOMPARE(window_->timeline()->selection(), std::vector<ObjectId>{c.id});
        gui::ClipGeometry geometry;
        const auto box = geometry.boxAt(project(), c, c.start + Time(3, 2));
        QVERIFY(box.has_value());
        const QRectF safe = safeRect(findPreset("tiktok")->safeZone, QSizeF(1080, 1920));
        QVERIFY2(safe.contains(box->polygon().boundingRect()),
                 qPrintable(QStringLiteral("text box %1,%2 %3x%4 outside the safe area")
                                .arg(box->polygon().boundingRect().x())
                                .arg(box->polygon().boundingRect().y())
                                .arg(box->size.width())
                                .arg(box->size.height())));
    }

    void emojiAddsLargeText() {
        gui::AssetList* emoji = window_->textTab()->emoji();
        window_->player()->seek(150); // 5 s: the first text is over by then
        clickItem(emoji, 0);
        const ObjectId id = window_->timeline()->selection().front();
        QCOMPARE(QString::fromStdString(clip(id).text), emoji->item(0)->text());
        QVERIFY(clip(id).style.fontSize >= 150);
        window_->document().undoStack().undo();
        QVERIFY(project().findClip(id).second == nullptr);
    }

    void inspectorEditsTextAndUndoRestores() {
        window_->timeline()->setSelection({textClip_});
        gui::TextInspector* page = window_->inspector()->textPage();
        QVERIFY(page->isVisible());
        const Clip before = clip(textClip_);
        page->sizeBox()->setValue(130);
        QCOMPARE(clip(textClip_).style.fontSize, 130.0);
        page->applyColor(gui::TextInspector::ColorRole::Fill, QColor(255, 0, 0));
        QCOMPARE(clip(textClip_).style.color, 0xffff0000u);
        QComboBox* anim = page->animationInBox();
        const int fade = anim->findData(static_cast<int>(AnimationType::Fade));
        anim->setCurrentIndex(fade);
        Q_EMIT anim->activated(fade);
        QCOMPARE(clip(textClip_).animationIn.type, AnimationType::Fade);
        page->animationInDuration()->setValue(1.25);
        QCOMPARE(clip(textClip_).animationIn.duration, 1.25);
        // The inspector shows what the model says.
        QCOMPARE(page->sizeBox()->value(), 130.0);
        for (int i = 0; i < 4; ++i) {
            window_->document().undoStack().undo();
        }
        QCOMPARE(clip(textClip_), before);
        QCOMPARE(page->sizeBox()->value(), before.style.fontSize);
    }

    void dragOnPreviewMovesText() {
        showMiddleOf(textClip_);
        window_->timeline()->setSelection({textClip_});
        QVERIFY(canvas()->selectionPolygon().has_value());
        const Transform before = clip(textClip_).transform;
        const QPointF from = canvas()->handlePosition(gui::CanvasEditor::Handle::Body);
        const QPointF by(40, -60);
        const auto undoBefore = window_->document().undoStack().index();
        drag(from, from + by);
        const QRect canvasRect = window_->preview()->canvasRect();
        const Transform after = clip(textClip_).transform;
        QVERIFY(std::abs(after.x - (before.x + by.x() / canvasRect.width())) < 0.004);
        QVERIFY(std::abs(after.y - (before.y + by.y() / canvasRect.height())) < 0.004);
        QCOMPARE(window_->document().undoStack().index(), undoBefore + 1); // one step
        window_->document().undoStack().undo();
        QCOMPARE(clip(textClip_).transform, before);
    }

    void cornerHandleScales() {
        showMiddleOf(textClip_);
        window_->timeline()->setSelection({textClip_});
        const double before = clip(textClip_).transform.scale;
        const QPointF centre = canvas()->handlePosition(gui::CanvasEditor::Handle::Body);
        const QPointF corner = canvas()->handlePosition(gui::CanvasEditor::Handle::BottomRight);
        // Drag the corner to 1.5x its distance from the centre.
        drag(corner, centre + (corner - centre) * 1.5);
        QVERIFY2(std::abs(clip(textClip_).transform.scale - before * 1.5) < 0.03 * before,
                 qPrintable(QString::number(clip(textClip_).transform.scale / before)));
        window_->document().undoStack().undo();
        QCOMPARE(clip(textClip_).transform.scale, before);
    }

    void rotateHandleRotates() {
        showMiddleOf(textClip_);
        window_->timeline()->setSelection({textClip_});
        const QPointF centre = canvas()->handlePosition(gui::CanvasEditor::Handle::Body);
        const QPointF handle = canvas()->handlePosition(gui::CanvasEditor::Handle::Rotate);
        const double r = std::hypot(handle.x() - centre.x(), handle.y() - centre.y());
        // From straight above the centre to straight right of it: a quarter turn clockwise.
        drag(handle, centre + QPointF(r, 0));
        QVERIFY2(std::abs(clip(textClip_).transform.rotation - 90) < 2,
                 qPrintable(QString::number(clip(textClip_).transform.rotation)));
        window_->document().undoStack().undo();
    }

    void doubleClickEditsTextInPlace() {
        showMiddleOf(textClip_);
        const QPointF at = canvas()->handlePosition(gui::CanvasEditor::Handle::Body);
        QTest::mouseDClick(canvas(), Qt::LeftButton, Qt::NoModifier, at.toPoint());
        QPlainTextEdit* editor = canvas()->textEditor();
        QVERIFY(editor != nullptr);
        QVERIFY(editor->isVisible());
        editor->selectAll();
        QTest::keyClicks(editor, QStringLiteral("Hello reels"));
        QTest::keyClick(editor, Qt::Key_Return);
        QVERIFY(!editor->isVisible());
        QCOMPARE(QString::fromStdString(clip(textClip_).text), QStringLiteral("Hello reels"));
        window_->document().undoStack().undo();
        QVERIFY(clip(textClip_).text != "Hello reels");
    }

    void stickerTabAddsOverlayClip() {
        window_->assetTabs()->setCurrentWidget(window_->stickerTab());
        gui::AssetList* list = window_->stickerTab()->list();
        QVERIFY(list->count() >= 5);
        const QString path = list->item(2)->data(gui::AssetList::kPayloadRole).toString();
        QVERIFY(path.endsWith(QStringLiteral(".svg")));
        window_->player()->seek(30);
        clickItem(list, 2);
        const ObjectId id = window_->timeline()->selection().front();
        const auto [track, c] = project().findClip(id);
        QCOMPARE(track->kind, TrackKind::Overlay);
        QCOMPARE(QString::fromStdString(c->media), path);
        gui::ClipGeometry geometry;
        const auto box = geometry.boxAt(project(), *c, c->start + Time(3, 2));
        QVERIFY(box.has_value());
        QVERIFY(safeRect(findPreset("tiktok")->safeZone, QSizeF(1080, 1920))
                    .contains(box->polygon().boundingRect()));
    }

    void importSrtCreatesCaptions() {
        const QString file = dir_.filePath(QStringLiteral("good.srt"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("1\n00:00:01,000 --> 00:00:02,500\nHello there\n\n"
                "2\n00:00:03,000 --> 00:00:04,000\nSecond line\nwraps here\n");
        f.close();
        const std::size_t tracks = project().tracks.size();
        QCOMPARE(window_->importCaptionsFile(file, QStringLiteral("caption-box")), 2);
        QCOMPARE(project().tracks.size(), tracks + 1);
        const Track* captions = nullptr;
        for (const Track& t : project().tracks) {
            if (t.kind == TrackKind::Text && t.clips.size() == 2) {
                captions = &t;
            }
        }
        QVERIFY(captions != nullptr);
        QCOMPARE(captions->clips[0].text, std::string("Hello there"));
        QCOMPARE(captions->clips[0].start, Time(1));
        QCOMPARE(captions->clips[1].text, std::string("Second line\nwraps here"));
        QCOMPARE(captions->clips[0].style.boxColor, findTextPreset("caption-box")->style.boxColor);
    }

    void brokenSrtNamesTheLineAndChangesNothing() {
        const QString file = dir_.filePath(QStringLiteral("broken.srt"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("1\n00:00:01,000 --> 00:00:02,000\nFine\n\n2\n00:00:03,000 -> nonsense\nBad\n");
        f.close();
        const Project before = project();
        const auto undoBefore = window_->document().undoStack().index();
        log_.titles.clear();
        QCOMPARE(window_->importCaptionsFile(file, QStringLiteral("caption-box")), 0);
        QCOMPARE(log_.titles, QStringList{QStringLiteral("Cannot import captions")});
        QVERIFY2(lastAskText_.contains(QStringLiteral("line 6")), qPrintable(lastAskText_));
        QCOMPARE(window_->document().undoStack().index(), undoBefore);
        QVERIFY(project() == before);
    }

    void cleanupTestCase() {
        window_->document().undoStack().setClean();
        window_.reset();
    }
};

QTEST_MAIN(TestGuiText)
#include "tst_gui_text.moc"
