// Files: save and open, export through the dialog (a separate reelcut-cli process),
// crash recovery from the autosave file, missing media on open.

#include "builtin_effects.h"
#include "dialogs/export_dialog.h"
#include "gui_test_util.h"
#include "model/edits.h"
#include "model/project_file.h"
#include "support/test_media.h"
#include "timeline/timeline_view.h"
#include "window/autosave.h"
#include "window/gui_util.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>
#include <boost/filesystem/operations.hpp>

using namespace reelcut;

class TestGuiFiles : public QObject {
    Q_OBJECT

private:
    QTemporaryDir dir_;
    QString clipFile_;

    // A project with the test clip on its video track.
    Project makeProject(Time length = Time(1)) {
        Project p = makeDefaultProject(1080, 1920, FrameRate(30));
        Clip c;
        c.media = clipFile_.toStdString();
        c.out = length;
        c.background = BackgroundFill::Blur;
        edit::addClip(p, p.tracks.front().id, c);
        return p;
    }

private Q_SLOTS:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        qputenv("REELCUT_NO_AUDIO", "1");
        registerBuiltinEffects();
        QVERIFY(dir_.isValid());
        clipFile_ = test::makeFrameCodeVideo(dir_.path(), QStringLiteral("clip.mp4"),
                                             QStringLiteral("30"), 45, 320, 240, true);
    }

    void saveAndOpenRoundTrip() {
        test::AskLog log;
        auto w = test::makeWindow(log);
        const Project p = makeProject();
        w->document().reset(p);
        w->document().apply(QStringLiteral("edit"),
                            [](Project& proj) { proj.tracks.front().clips.front().volumeDb = -3; });
        QVERIFY(w->document().isModified());
        const QString file = dir_.filePath(QStringLiteral("round.reelcut"));
        QVERIFY(w->saveProjectAs(file));
        QVERIFY(!w->document().isModified());
        QVERIFY(w->windowTitle().startsWith(QStringLiteral("round.reelcut")));
        const Project saved = w->document().project();

        auto w2 = test::makeWindow(log);
        QVERIFY(w2->openProject(file));
        QVERIFY(w2->document().project() == saved);
        QVERIFY(log.titles.isEmpty()); // nothing to recover, nothing missing
    }

    void unsavedChangesPromptOnClose() {
        test::AskLog log;
        log.answer = QMessageBox::Cancel;
        auto w = test::makeWindow(log);
        w->show();
        w->document().apply(QStringLiteral("edit"), [](Project& p) { p.background = 0xff112233; });
        QVERIFY(!w->close()); // cancelled
        QCOMPARE(log.titles.size(), 1);
        log.answer = QMessageBox::Discard;
        QVERIFY(w->close());
    }

    void exportViaDialogWritesValidMp4() {
        test::AskLog log;
        auto w = test::makeWindow(log);
        w->document().reset(makeProject(Time(1)));
        gui::ExportDialog* dialog = w->openExportDialog();
        QVERIFY(dialog->selectPreset(QStringLiteral("tiktok")));
        const QString out = dir_.filePath(QStringLiteral("export.mp4"));
        dialog->setOutputFile(out);
        QVERIFY(QFileInfo(gui::ExportDialog::cliPath()).isExecutable());
        dialog->startExport();
        QVERIFY(dialog->isRunning());
        // The UI keeps running while the separate process renders.
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isRunning(), 150000);
        QVERIFY2(dialog->succeeded(), qPrintable(dialog->statusText()));
        QCOMPARE(dialog->progress(), 100);
        const QJsonObject probe = test::ffprobe(out);
        const QJsonObject video = test::probeStream(probe, QStringLiteral("video"));
        QCOMPARE(video.value(QStringLiteral("codec_name")).toString(), QStringLiteral("h264"));
        QCOMPARE(video.value(QStringLiteral("width")).toInt(), 1080);
        QCOMPARE(video.value(QStringLiteral("height")).toInt(), 1920);
        QCOMPARE(test::probeStream(probe, QStringLiteral("audio"))
                     .value(QStringLiteral("codec_name"))
                     .toString(),
                 QStringLiteral("aac"));
        const double seconds = probe.value(QStringLiteral("format"))
                                   .toObject()
                                   .value(QStringLiteral("duration"))
                                   .toString()
                                   .toDouble();
        QVERIFY(std::abs(seconds - 1.0) < 0.1);
    }

    void exportCanBeCancelled() {
        test::AskLog log;
        auto w = test::makeWindow(log);
        w->document().reset(makeProject(Time(3, 2)));
        gui::ExportDialog* dialog = w->openExportDialog();
        const QString out = dir_.filePath(QStringLiteral("cancelled.mp4"));
        dialog->setOutputFile(out);
        dialog->startExport();
        QVERIFY(dialog->isRunning());
        dialog->cancelExport();
        QVERIFY(!dialog->isRunning());
        QVERIFY(!QFileInfo::exists(out));
        QVERIFY(!dialog->succeeded());
    }

    void crashLeavesRecoveryThatIsOffered() {
        const QString file = dir_.filePath(QStringLiteral("crash.reelcut"));
        const Project original = makeProject();
        saveProject(original, gui::toPath(file));
        Project edited = original;
        edit::splitClip(edited, edited.tracks.front().clips.front().id, Time(1, 2));
        {
            // An editor session that autosaves and then "crashes" (is never closed).
            test::AskLog log;
            auto w = test::makeWindow(log);
            QVERIFY(w->openProject(file));
            const Project e = edited;
            w->document().apply(QStringLiteral("split"), [&](Project& p) { p = e; });
            QVERIFY(w->autosave()->saveNow());
            QVERIFY(QFileInfo::exists(gui::toQString(recoveryPathFor(gui::toPath(file)))));
            w->document().undoStack().setClean(); // skip the close prompt
            // Simulate the crash: the recovery file is left where a crash would leave it.
            saveProject(edited, recoveryPathFor(gui::toPath(file)));
            w.release()->deleteLater(); // no closeEvent, like a crash
        }
        test::AskLog log;
        log.answer = QMessageBox::Yes;
        auto w = test::makeWindow(log);
        QVERIFY(w->openProject(file));
        QCOMPARE(log.titles.size(), 1);
        QVERIFY(log.titles.front().contains(QStringLiteral("Recover")));
        QVERIFY(w->document().project() == edited);
        QVERIFY(w->document().isModified());
        // The recovery is one undo step on top of the saved file.
        w->document().undoStack().undo();
        QVERIFY(w->document().project() == original);
        w->document().undoStack().redo();
        QVERIFY(w->document().project() == edited);
    }

    void damagedRecoveryIsSetAsideNotFatal() {
        const QString file = dir_.filePath(QStringLiteral("damaged.reelcut"));
        const Project original = makeProject();
        saveProject(original, gui::toPath(file));
        const auto recovery = recoveryPathFor(gui::toPath(file));
        writeFileAtomically(recovery, QByteArray("{ this is not json"));
        test::AskLog log;
        log.answer = QMessageBox::Yes;
        auto w = test::makeWindow(log);
        QVERIFY(w->openProject(file));
        QCOMPARE(log.titles.size(), 2); // the offer, then the explanation
        QVERIFY(w->document().project() == original);
        QVERIFY(!boost::filesystem::exists(recovery));
        QVERIFY(boost::filesystem::exists(recovery.string() + ".broken"));
        // Opening again asks nothing.
        log.titles.clear();
        auto w2 = test::makeWindow(log);
        QVERIFY(w2->openProject(file));
        QVERIFY(log.titles.isEmpty());
    }

    void missingMediaIsReportedNotDropped() {
        const QString file = dir_.filePath(QStringLiteral("missing.reelcut"));
        Project p = makeProject();
        p.tracks.front().clips.front().media =
            dir_.filePath(QStringLiteral("gone.mp4")).toStdString();
        saveProject(p, gui::toPath(file));
        test::AskLog log;
        log.answer = QMessageBox::No;
        auto w = test::makeWindow(log);
        QVERIFY(w->openProject(file));
        QCOMPARE(log.titles.size(), 1);
        QVERIFY(log.titles.front().contains(QStringLiteral("missing"), Qt::CaseInsensitive));
        QCOMPARE(w->document().project().tracks.front().clips.size(), std::size_t(1));
    }
};

QTEST_MAIN(TestGuiFiles)
#include "tst_gui_files.moc"
