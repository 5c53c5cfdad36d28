// The project as a whole, as a creator meets it (issue 10, section 3): built-in stickers
// survive moving the project; File > Collect project files makes a project that can be
// sent; media in the bin survive save and reopen; the player gets most of the window;
// the export dialog says what the exporter really does.

#include "builtin_effects.h"
#include "dialogs/export_dialog.h"
#include "gui_test_util.h"
#include "model/builtin_assets.h"
#include "model/project_file.h"
#include "panels/asset_list.h"
#include "panels/media_bin.h"
#include "panels/sticker_tab.h"
#include "preview/player.h"
#include "preview/preview_widget.h"
#include "support/test_media.h"
#include "timeline/timeline_view.h"
#include "window/theme.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <boost/filesystem/operations.hpp>

using namespace reelcut;
namespace fs = boost::filesystem;

class TestGuiProject : public QObject {
    Q_OBJECT

private:
    QTemporaryDir dir_;
    QString video_;

    QByteArray readAll(const QString& file) {
        QFile f(file);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

private Q_SLOTS:
    void initTestCase() {
        test::startGuiTest();
        QVERIFY(dir_.isValid());
        QDir(dir_.path()).mkpath(QStringLiteral("shoot"));
        video_ = test::makeFrameCodeVideo(dir_.filePath(QStringLiteral("shoot")),
                                          QStringLiteral("clip.mp4"), QStringLiteral("30"), 30, 160,
                                          284, true);
    }

    void builtinStickerTravelsWithTheProject() {
        test::AskLog log;
        auto w = test::makeWindow(log);
        w->newProject(1080, 1920, FrameRate(30));
        w->show();
        QVERIFY(QTest::qWaitForWindowExposed(w.get()));
        // The Stickers tab's first sticker, as a click adds it.
        gui::AssetList* list = w->stickerTab()->list();
        QVERIFY(list->count() > 0);
        const QString payload = list->item(0)->data(gui::AssetList::kPayloadRole).toString();
        const ObjectId id = w->addSticker(payload);
        QVERIFY(id != 0);
        const std::string media = w->document().project().findClip(id).second->media;
        QVERIFY2(isBuiltinReference(media), media.c_str());
        const QString file = dir_.filePath(QStringLiteral("a/b/c/stickers.reelcut"));
        QDir().mkpath(QFileInfo(file).absolutePath());
        QVERIFY(w->saveProjectAs(file));
        QVERIFY(readAll(file).contains(QByteArray::fromStdString("\"" + media + "\"")));
        // Sent to someone: another folder, another depth. It opens with nothing missing.
        const QString moved = dir_.filePath(QStringLiteral("inbox.reelcut"));
        QVERIFY(QFile::copy(file, moved));
        auto other = test::makeWindow(log);
        log.titles.clear();
        QVERIFY(other->openProject(moved));
        QVERIFY2(log.titles.isEmpty(), qPrintable(log.titles.join(QStringLiteral(", "))));
        QVERIFY(mediaExists(other->document().project().findClip(id).second->media));
    }

    void oldProjectsPointingIntoResourcesLoad() {
        // Saved by an older ReelCut in a source tree that is not on this machine.
        const QString file = dir_.filePath(QStringLiteral("old/old.reelcut"));
        QDir().mkpath(QFileInfo(file).absolutePath());
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"({"reelcut": 1, "canvas": {}, "tracks": [{"kind": "video", "clips": []},
            {"kind": "overlay", "name": "Stickers", "clips": [
              {"media": "../../../src/reelcut/resources/stickers/heart.svg", "start": 0, "out": 3}]}]})");
        f.close();
        test::AskLog log;
        auto w = test::makeWindow(log);
        QVERIFY(w->openProject(file));
        QVERIFY2(log.titles.isEmpty(), qPrintable(log.titles.join(QStringLiteral(", "))));
        QCOMPARE(w->document().project().tracks[1].clips[0].media,
                 std::string("builtin:stickers/heart.svg"));
    }

    void collectMakesAProjectThatCanBeSent() {
        test::AskLog log;
        auto w = test::makeWindow(log);
        w->newProject(1080, 1920, FrameRate(30));
        QVERIFY(w->timeline()->dropMedia(video_, 0, Time(0)) != 0);
        w->addSticker(QStringLiteral("builtin:stickers/star.svg"));
        const QString file = dir_.filePath(QStringLiteral("work/trip.reelcut"));
        QDir().mkpath(QFileInfo(file).absolutePath());
        QVERIFY(w->saveProjectAs(file));
        QVERIFY(w->collectProjectFiles());
        const QString folder = dir_.filePath(QStringLiteral("work/trip-media"));
        QVERIFY(QFileInfo::exists(folder + QStringLiteral("/clip.mp4")));
        QVERIFY(!QFileInfo::exists(folder + QStringLiteral("/star.svg"))); // every ReelCut has it
        QVERIFY(!w->document().isModified());                              // saved
        const QByteArray saved = readAll(file);
        QVERIFY2(saved.contains("\"trip-media/clip.mp4\""), saved.constData());
        // Zipped and unpacked elsewhere: everything is there.
        const QString there = dir_.filePath(QStringLiteral("unpacked"));
        QVERIFY(QDir().rename(dir_.filePath(QStringLiteral("work")), there));
        auto other = test::makeWindow(log);
        log.titles.clear();
        QVERIFY(other->openProject(there + QStringLiteral("/trip.reelcut")));
        QVERIFY2(log.titles.isEmpty(), qPrintable(log.titles.join(QStringLiteral(", "))));
    }

    void unusedMediaStayInTheBin() {
        test::AskLog log;
        auto w = test::makeWindow(log);
        w->newProject(1080, 1920, FrameRate(30));
        QCOMPARE(w->importFiles({video_}), 1);
        QCOMPARE(w->mediaBin()->files(), QStringList{video_});
        const QString file = dir_.filePath(QStringLiteral("bin.reelcut"));
        QVERIFY(w->saveProjectAs(file));
        auto reopened = test::makeWindow(log);
        QVERIFY(reopened->openProject(file));
        QCOMPARE(reopened->mediaBin()->files(), QStringList{video_});
        // Undo takes an import back, like any other change.
        QCOMPARE(
            reopened->importFiles({dir_.filePath(QStringLiteral("unpacked/trip-media/clip.mp4"))}),
            1);
        QCOMPARE(reopened->mediaBin()->files().size(), 2);
        reopened->document().undoStack().undo();
        QCOMPARE(reopened->mediaBin()->files(), QStringList{video_});
    }

    void thePlayerGetsMostOfTheWindow() {
        test::AskLog log;
        auto w = std::make_unique<gui::MainWindow>();
        w->setAskHandler([](const QString&, const QString&, QMessageBox::StandardButtons) {
            return QMessageBox::No;
        });
        w->resize(1500, 940);
        w->newProject(1080, 1920, FrameRate(30));
        w->show();
        QVERIFY(QTest::qWaitForWindowExposed(w.get()));
        QApplication::processEvents();
        const QRect shown = w->preview()->canvasRect();
        qInfo("9:16 player in a 1500x940 window: %dx%d", shown.width(), shown.height());
        // It was 210x370; the window is 940 px high.
        QVERIFY2(shown.height() >= 480 && shown.width() >= 270,
                 qPrintable(QStringLiteral("%1x%2").arg(shown.width()).arg(shown.height())));
        // The timeline still shows five compact tracks without scrolling.
        for (TrackKind kind : {TrackKind::Overlay, TrackKind::Overlay}) {
            w->timeline()->addTrack(kind);
        }
        w->document().apply(QStringLiteral("text track"), [](Project& p) {
            Track text;
            text.id = p.newId();
            text.kind = TrackKind::Text;
            p.tracks.insert(p.tracks.end() - 1, text);
        });
        const Project& p = w->document().project();
        int lowest = 0;
        for (const Track& t : p.tracks) {
            lowest = std::max(lowest, w->timeline()->trackRect(t.id).bottom());
        }
        QVERIFY2(lowest <= w->timeline()->viewport()->height(),
                 qPrintable(QStringLiteral("%1 > %2").arg(lowest).arg(
                     w->timeline()->viewport()->height())));
        w->document().undoStack().setClean();
    }

    void exportDialogShowsTheRealSettings() {
        Project p = makeDefaultProject();
        gui::ExportDialog dialog(p, QString());
        QVERIFY(dialog.selectPreset(QStringLiteral("tiktok")));
        const QString info = dialog.presetInfoText();
        QVERIFY2(info.contains(QStringLiteral("CRF 21")), qPrintable(info));
        QVERIFY2(info.contains(QStringLiteral("16 Mbit/s")), qPrintable(info));
        QVERIFY2(!info.contains(QStringLiteral("10 Mbit/s")), qPrintable(info));
        QVERIFY(dialog.selectPreset(QStringLiteral("square")));
        QVERIFY2(dialog.presetInfoText().contains(QStringLiteral("12 Mbit/s")),
                 qPrintable(dialog.presetInfoText()));
    }
};

QTEST_MAIN(TestGuiProject)
#include "tst_gui_project.moc"
