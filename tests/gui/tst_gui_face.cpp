// Face effects from the GUI: applied from the Effects tab, parameters edited in the
// inspector, and the landmark analysis run in the background into the project's cache.

#include "builtin_effects.h"
#include "face/face_stickers.h"
#include "gui_test_util.h"
#include "inspector/effects_inspector.h"
#include "inspector/inspector.h"
#include "jobs/face_analysis_runner.h"
#include "model/brand_kit.h"
#include "panels/asset_list.h"
#include "panels/effects_tab.h"
#include "support/test_media.h"
#include "timeline/timeline_view.h"
#include "window/theme.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace reelcut;

class TestGuiFace : public QObject {
    Q_OBJECT

private:
    QTemporaryDir dir_;
    QString video_;
    test::AskLog log_;
    std::unique_ptr<gui::MainWindow> window_;
    ObjectId clip_ = 0;

    const Project& project() { return window_->document().project(); }
    const Clip& clip() { return *project().findClip(clip_).second; }

private Q_SLOTS:
    void initTestCase() {
        test::startGuiTest();
        QVERIFY(dir_.isValid());
        // One second of a real face (the test portrait), small enough to analyse quickly.
        video_ = dir_.filePath(QStringLiteral("face.mp4"));
        test::ffmpeg({QStringLiteral("-loop"), QStringLiteral("1"), QStringLiteral("-i"),
                      QStringLiteral(REELCUT_TEST_DATA "/astronaut.png"), QStringLiteral("-t"),
                      QStringLiteral("1"), QStringLiteral("-r"), QStringLiteral("30"),
                      QStringLiteral("-vf"), QStringLiteral("scale=540:-2"),
                      QStringLiteral("-pix_fmt"), QStringLiteral("yuv420p"), video_});
        window_ = test::makeWindow(log_);
        window_->newProject(1080, 1920, FrameRate(30));
        window_->show();
        QVERIFY(QTest::qWaitForWindowExposed(window_.get()));
        clip_ = window_->timeline()->dropMedia(video_, 0, Time(0));
        QVERIFY(clip_ != 0);
    }

    void effectsTabGroupsByCategory() {
        gui::AssetList* list = window_->effectsTab()->list();
        QListWidgetItem* faceHeader = nullptr;
        QListWidgetItem* sticker = nullptr;
        for (int i = 0; i < list->count(); ++i) {
            QListWidgetItem* item = list->item(i);
            if (item->text() == QStringLiteral("FACE")) {
                faceHeader = item;
            }
            if (item->data(gui::AssetList::kPayloadRole).toString() ==
                QStringLiteral("face.sticker")) {
                sticker = item;
            }
        }
        QVERIFY(faceHeader != nullptr);
        QVERIFY(sticker != nullptr);
        QVERIFY(list->row(sticker) > list->row(faceHeader));
        QTRY_VERIFY_WITH_TIMEOUT(window_->effectsTab()->thumbnailsReady(), 20000);
        QVERIFY(!sticker->icon().isNull());
    }

    void applyFromTabAddsFaceEffect() {
        window_->timeline()->setSelection({clip_});
        gui::AssetList* list = window_->effectsTab()->list();
        list->setCurrentItem(list->itemFor(QStringLiteral("face.sticker")));
        QSignalSpy progress(window_->faceAnalysis(), &gui::FaceAnalysisRunner::progress);
        QPushButton* apply =
            window_->effectsTab()->findChild<QPushButton*>(QStringLiteral("applyEffect"));
        QVERIFY(apply != nullptr && apply->isEnabled());
        QTest::mouseClick(apply, Qt::LeftButton);
        QCOMPARE(clip().effects.size(), std::size_t(1));
        QCOMPARE(clip().effects[0].type, std::string("face.sticker"));
        QVERIFY(clip().effects[0].enabled);

        // The analysis starts by itself, shows its progress and writes its cache.
        QVERIFY(window_->faceAnalysis()->isRunning() || window_->faceAnalysis()->percent() == 100);
        QTRY_COMPARE_WITH_TIMEOUT(window_->faceAnalysis()->percent(), 100, 90000);
        QTRY_VERIFY(!window_->faceAnalysis()->isRunning());
        QVERIFY(!progress.isEmpty());
        QCOMPARE(progress.last().at(0).toInt(), 100);
        const QDir cache(window_->analysisDir());
        QVERIFY2(!cache.entryList(QDir::Files | QDir::NoDotAndDotDot).isEmpty(),
                 qPrintable(cache.path()));
        QVERIFY(!gui::FaceAnalysisRunner::needsAnalysis(project(), window_->analysisDir()));
    }

    void inspectorShowsAndEditsParameters() {
        window_->timeline()->setSelection({clip_});
        gui::EffectsInspector* page = window_->inspector()->effectsPage();
        QVERIFY(page->isVisible());
        auto* scale = qobject_cast<QDoubleSpinBox*>(page->paramEditor(0, "scale"));
        QVERIFY(scale != nullptr);
        QCOMPARE(scale->value(), 1.0); // the descriptor's default
        QCOMPARE(scale->minimum(), 0.1);
        QCOMPARE(scale->maximum(), 5.0);
        QVERIFY(page->paramEditor(0, "strength") != nullptr);
        scale->setValue(2.5);
        QCOMPARE(clip().effects[0].params.at("scale"), 2.5);
        window_->document().undoStack().undo();
        QVERIFY(!clip().effects[0].params.contains("scale"));
        QCOMPARE(scale->value(), 1.0);

        // Stickers and anchors are picked by name, not by number.
        auto* sticker = qobject_cast<QComboBox*>(page->paramEditor(0, "sticker"));
        QVERIFY(sticker != nullptr);
        QCOMPARE(sticker->count(), int(face::builtinStickers().size()));
        QCOMPARE(sticker->itemText(1), QString::fromUtf8(face::builtinStickers()[1].name));
        sticker->setCurrentIndex(2);
        QCOMPARE(clip().effects[0].params.at("sticker").text(),
                 std::string(face::builtinStickers()[2].id));
        auto* anchor = qobject_cast<QComboBox*>(page->paramEditor(0, "anchor"));
        QVERIFY(anchor != nullptr);
        QCOMPARE(anchor->itemText(1), QString("Eyes"));
        window_->document().undoStack().undo();
        QCOMPARE(sticker->currentIndex(), 0);
    }

    void enableBoxAndLandmarkToggle() {
        window_->timeline()->setSelection({clip_});
        QCheckBox* enabled = window_->inspector()->effectsPage()->findChild<QCheckBox*>();
        QVERIFY(enabled != nullptr);
        enabled->setChecked(false);
        QVERIFY(!clip().effects[0].enabled);
        window_->document().undoStack().undo();
        QVERIFY(clip().effects[0].enabled);
    }

    // The brand kit's logo on a cheek from the clip menu: refused without a kit; with one,
    // a face sticker with the logo file on the right cheek is added (once, not twice).
    void brandLogoOnTheFace() {
        QVERIFY(!window_->putBrandLogoOnFace(1, clip_)); // no brand kit yet
        QImage logo(100, 100, QImage::Format_ARGB32);
        logo.fill(QColor(0, 200, 255));
        const QString logoFile = dir_.filePath(QStringLiteral("logo.png"));
        QVERIFY(logo.save(logoFile));
        BrandKit kit;
        kit.name = "Acme";
        kit.logo = logoFile.toStdString();
        const std::string kitFile = dir_.filePath(QStringLiteral("brand.json")).toStdString();
        saveBrandKit(kit, kitFile);
        window_->document().apply(QStringLiteral("kit"),
                                  [&](Project& p) { p.templateSpec.brandFile = kitFile; });
        window_->timeline()->setSelection({clip_});
        const std::size_t before = clip().effects.size();
        Q_EMIT window_->timeline()->brandLogoOnFaceRequested(1);
        Q_EMIT window_->timeline()->brandLogoOnFaceRequested(1);
        QCOMPARE(clip().effects.size(), before + 1);
        const EffectInstance& fx = clip().effects.back();
        QCOMPARE(fx.type, std::string("face.sticker"));
        QCOMPARE(fx.params.at("file").text(), logoFile.toStdString());
        QCOMPARE(fx.params.at("anchor").text(), std::string("right-cheek"));
        if (qEnvironmentVariableIsSet("REELCUT_GUI_SAVE")) {
            QTest::qWait(1500);
            window_->grab().save(qEnvironmentVariable("REELCUT_GUI_SAVE") + "/brand-face.png");
        }
    }

    void cleanupTestCase() {
        window_->faceAnalysis()->cancel();
        window_->document().undoStack().setClean();
        window_.reset();
    }
};

QTEST_MAIN(TestGuiFace)
#include "tst_gui_face.moc"
