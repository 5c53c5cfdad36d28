// The inspector as a creator meets it (issue 10, section 3): the wheel scrolls the panel
// and changes no field it passes over; the panel never scrolls sideways and cuts nothing
// off, even with several face effects; its width is remembered; a sticker or a sound
// shows only the fields that do something for it.

#include "builtin_effects.h"
#include "gui_test_util.h"
#include "inspector/inspector.h"
#include "inspector/text_inspector.h"
#include "preview/player.h"
#include "support/test_media.h"
#include "timeline/timeline_view.h"
#include "window/theme.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFontComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QSplitter>
#include <QStyleOptionComboBox>
#include <QTemporaryDir>
#include <QTest>

using namespace reelcut;

namespace {

void wheel(QWidget* w, int steps) {
    const QPointF at = QRectF(w->rect()).center();
    QWheelEvent e(at, w->mapToGlobal(at), QPoint(), QPoint(0, -120 * steps), Qt::NoButton,
                  Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(w, &e);
}

// Everything a user reads in the panel is whole: returns the first thing cut off, or "".
QString firstCutOff(QWidget* page, QWidget* viewport) {
    for (QWidget* w : page->findChildren<QWidget*>()) {
        if (!w->isVisibleTo(page) || w->width() <= 0) {
            continue;
        }
        const QRect inViewport(w->mapTo(viewport, QPoint(0, 0)), w->size());
        if (inViewport.left() < -1 || inViewport.right() > viewport->width() + 1) {
            const auto* label = qobject_cast<QLabel*>(w);
            const auto* button = qobject_cast<QAbstractButton*>(w);
            const QString what = label != nullptr    ? label->text()
                                 : button != nullptr ? button->text()
                                                     : w->objectName();
            return QStringLiteral("%1 \"%2\" reaches past the panel (%3..%4 of %5)")
                .arg(QString::fromLatin1(w->metaObject()->className()), what)
                .arg(inViewport.left())
                .arg(inViewport.right())
                .arg(viewport->width());
        }
        const QFontMetrics fm(w->font());
        if (auto* label = qobject_cast<QLabel*>(w);
            label != nullptr && !label->text().isEmpty() && label->textFormat() != Qt::RichText) {
            const bool fits =
                label->wordWrap()
                    ? label->heightForWidth(label->width()) <= label->height() + 1
                    : fm.horizontalAdvance(label->text()) <= label->contentsRect().width() + 1;
            if (!fits) {
                return QStringLiteral("label \"%1\" (%2 px wide)")
                    .arg(label->text())
                    .arg(label->width());
            }
        } else if (auto* spin = qobject_cast<QAbstractSpinBox*>(w)) {
            const QLineEdit* edit = spin->findChild<QLineEdit*>();
            const int need = fm.horizontalAdvance(spin->text());
            if (edit != nullptr && need > edit->width()) {
                return QStringLiteral("number \"%1\" (%2 of %3 px)")
                    .arg(spin->text())
                    .arg(edit->width())
                    .arg(need);
            }
        } else if (auto* combo = qobject_cast<QComboBox*>(w)) {
            QStyleOptionComboBox opt;
            opt.initFrom(combo);
            opt.editable = combo->isEditable();
            const QRect field = combo->style()->subControlRect(QStyle::CC_ComboBox, &opt,
                                                               QStyle::SC_ComboBoxEditField, combo);
            if (fm.horizontalAdvance(combo->currentText()) > field.width()) {
                return QStringLiteral("choice \"%1\" (%2 px field)")
                    .arg(combo->currentText())
                    .arg(field.width());
            }
        } else if (auto* button = qobject_cast<QAbstractButton*>(w);
                   button != nullptr && !button->text().isEmpty()) {
            if (button->sizeHint().width() > button->width() + 1) {
                return QStringLiteral("button \"%1\"").arg(button->text());
            }
        }
    }
    return {};
}

} // namespace

class TestGuiInspector : public QObject {
    Q_OBJECT

private:
    QTemporaryDir dir_;
    QString video_; // with sound
    QString sound_;
    test::AskLog log_;
    std::unique_ptr<gui::MainWindow> window_;
    ObjectId videoClip_ = 0;

    gui::Inspector* inspector() { return window_->inspector(); }
    const Project& project() { return window_->document().project(); }
    void select(ObjectId id) {
        window_->timeline()->setSelection({id});
        QApplication::processEvents();
    }
    void setInspectorWidth(int width) {
        QSplitter* split = window_->topSplitter();
        QList<int> sizes = split->sizes();
        const int total = sizes[0] + sizes[1] + sizes[2];
        sizes[2] = width;
        sizes[1] = total - sizes[0] - width;
        split->setSizes(sizes);
        QApplication::processEvents();
    }

private Q_SLOTS:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        qputenv("REELCUT_NO_AUDIO", "1");
        registerBuiltinEffects();
        gui::applyDarkTheme(*qApp);
        QVERIFY(dir_.isValid());
        video_ = test::makeFrameCodeVideo(dir_.path(), QStringLiteral("clip.mp4"),
                                          QStringLiteral("30"), 30, 160, 284, true);
        sound_ = dir_.filePath(QStringLiteral("tone.wav"));
        test::ffmpeg({QStringLiteral("-f"), QStringLiteral("lavfi"), QStringLiteral("-i"),
                      QStringLiteral("sine=frequency=440:duration=1"), sound_});
        window_ = test::makeWindow(log_);
        window_->resize(1500, 940);
        window_->newProject(1080, 1920, FrameRate(30));
        window_->show();
        QVERIFY(QTest::qWaitForWindowExposed(window_.get()));
        videoClip_ = window_->timeline()->dropMedia(video_, 0, Time(0));
        QVERIFY(videoClip_ != 0);
    }

    void wheelScrollsThePanelNotTheFields() {
        window_->player()->seek(0);
        const ObjectId text = window_->addTextPreset(QStringLiteral("bold-outline"));
        select(text);
        gui::TextInspector* page = inspector()->textPage();
        QVERIFY(page->isVisible());
        QScrollBar* bar = inspector()->scrollArea()->verticalScrollBar();
        QVERIFY2(bar->maximum() > 0, "the text page should be taller than the panel");
        const std::string font = project().findClip(text).second->style.fontFamily;
        const double size = project().findClip(text).second->style.fontSize;
        bar->setValue(0);
        QFontComboBox* fontBox = page->fontBox();
        QVERIFY(!fontBox->hasFocus());
        wheel(fontBox, 3);
        wheel(page->sizeBox(), 3);
        QCOMPARE(project().findClip(text).second->style.fontFamily, font);
        QCOMPARE(project().findClip(text).second->style.fontSize, size);
        QCOMPARE(fontBox->currentFont().family(), QString::fromStdString(font));
        QVERIFY2(bar->value() > 0, "the wheel did not scroll the panel");
        // A field with the focus takes the wheel: that is how a user asks for it.
        window_->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(window_.get()));
        page->sizeBox()->setFocus();
        QVERIFY(page->sizeBox()->hasFocus());
        wheel(page->sizeBox(), 1);
        QVERIFY(project().findClip(text).second->style.fontSize != size);
        window_->document().undoStack().undo();
        page->sizeBox()->clearFocus();
    }

    void panelNeverScrollsSideways() {
        // A video clip with several face effects and a colour effect: long parameter names
        // ("Leave this face visible (0 = none)", "Where it belongs").
        for (const char* fx : {"face.sticker", "face.privacy", "face.warp", "color.adjust"}) {
            QVERIFY(window_->applyEffect(QString::fromLatin1(fx), videoClip_));
        }
        select(videoClip_);
        QScrollArea* scroll = inspector()->scrollArea();
        for (int width : {260, 300, 340}) {
            setInspectorWidth(width);
            QTRY_COMPARE(inspector()->parentWidget()->width(), width);
            QCOMPARE(scroll->horizontalScrollBarPolicy(), Qt::ScrollBarAlwaysOff);
            QWidget* viewport = scroll->viewport();
            QVERIFY2(inspector()->page()->width() <= viewport->width(),
                     qPrintable(QStringLiteral("page %1 px in a %2 px panel")
                                    .arg(inspector()->page()->width())
                                    .arg(viewport->width())));
            const QString cut = firstCutOff(inspector()->page(), viewport);
            QVERIFY2(cut.isEmpty(), qPrintable(QStringLiteral("at %1 px: %2").arg(width).arg(cut)));
        }
        // The text page too.
        const ObjectId text = window_->addTextPreset(QStringLiteral("typewriter-subtitle"));
        select(text);
        setInspectorWidth(260);
        const QString cut = firstCutOff(inspector()->page(), scroll->viewport());
        QVERIFY2(cut.isEmpty(), qPrintable(cut));
        window_->document().undoStack().undo();
    }

    void panelWidthIsRemembered() {
        // As a user leaves it, even if ReelCut is then killed (no close event).
        test::AskLog log;
        auto first = test::makeWindow(log);
        first->restoreLayout();
        first->show();
        QVERIFY(QTest::qWaitForWindowExposed(first.get()));
        QSplitter* split = first->topSplitter();
        QSplitterHandle* handle = split->handle(2);
        const QPoint grab = handle->rect().center();
        const int before = split->sizes()[2];
        QTest::mousePress(handle, Qt::LeftButton, Qt::NoModifier, grab);
        QTest::mouseMove(handle, grab - QPoint(40, 0));
        QTest::mouseMove(handle, grab - QPoint(80, 0));
        QTest::mouseRelease(handle, Qt::LeftButton, Qt::NoModifier, grab - QPoint(80, 0));
        const int wanted = split->sizes()[2];
        QVERIFY2(wanted > before + 40, qPrintable(QString::number(wanted - before)));
        first.reset();
        auto second = test::makeWindow(log);
        second->restoreLayout();
        second->show();
        QVERIFY(QTest::qWaitForWindowExposed(second.get()));
        QCOMPARE(second->topSplitter()->sizes()[2], wanted);
    }

    void stickerAndSoundShowOnlyWhatApplies() {
        window_->player()->seek(0);
        const ObjectId sticker = window_->addSticker(QStringLiteral("builtin:stickers/star.svg"));
        QVERIFY(sticker != 0);
        select(sticker);
        gui::Inspector* in = inspector();
        QVERIFY(in->scaleBox()->isVisibleTo(in));
        QVERIFY(in->opacityBox()->isVisibleTo(in));
        QVERIFY2(!in->fitBox()->isVisibleTo(in), "Fit does nothing for a sticker");
        QVERIFY2(!in->backgroundBox()->isVisibleTo(in), "Background does nothing for a sticker");
        QVERIFY2(!in->volumeBox()->isVisibleTo(in), "a sticker has no sound");
        QVERIFY2(!in->speedBox()->isVisibleTo(in), "a still has no speed");

        const ObjectId tone = window_->timeline()->dropMedia(sound_, 0, Time(0));
        QVERIFY(tone != 0);
        QCOMPARE(project().findClip(tone).first->kind, TrackKind::Audio);
        select(tone);
        QVERIFY2(!in->xBox()->isVisibleTo(in), "a sound has no position");
        QVERIFY(!in->scaleBox()->isVisibleTo(in));
        QVERIFY(!in->fitBox()->isVisibleTo(in));
        QVERIFY(in->volumeBox()->isVisibleTo(in));
        QVERIFY(in->speedBox()->isVisibleTo(in));

        // A video with sound keeps them all.
        select(videoClip_);
        QVERIFY(in->fitBox()->isVisibleTo(in));
        QVERIFY(in->backgroundBox()->isVisibleTo(in));
        QVERIFY(in->volumeBox()->isVisibleTo(in));
        QVERIFY(in->speedBox()->isVisibleTo(in));
    }

    void cleanupTestCase() {
        window_->document().undoStack().setClean();
        window_.reset();
    }
};

QTEST_MAIN(TestGuiInspector)
#include "tst_gui_inspector.moc"
