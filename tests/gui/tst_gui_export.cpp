// The export dialog as a creator meets it: Cancel and a failed export leave nothing in the
// output folder (a cancelled export said "Nothing was written" but left its temporary
// file), a temporary left by a killed export is removed by the next export to that
// folder, an existing file is replaced only after asking, and the engine's messages
// (errors, platform warnings) appear in the editor's language.

#include "builtin_effects.h"
#include "dialogs/export_dialog.h"
#include "gui_test_util.h"
#include "model/edits.h"
#include "support/test_media.h"

#include <QDir>
#include <QFileInfo>
#include <QPlainTextEdit>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <sys/wait.h>
#include <unistd.h>

using namespace reelcut;

namespace {

QStringList hiddenFiles(const QString& dir) {
    return QDir(dir)
        .entryList(QDir::Files | QDir::Hidden | QDir::System)
        .filter(QRegularExpression("^\\."));
}

pid_t deadPid() {
    const pid_t pid = ::fork();
    if (pid == 0) {
        ::_exit(0);
    }
    ::waitpid(pid, nullptr, 0);
    return pid;
}

} // namespace

class TestGuiExport : public QObject {
    Q_OBJECT

private:
    QTemporaryDir media_;
    QString clip_;

    Project makeProject(Time length, const QString& media = QString()) {
        Project p = makeDefaultProject(1080, 1920, FrameRate(30));
        Clip c;
        c.media = (media.isEmpty() ? clip_ : media).toStdString();
        c.out = length;
        edit::addClip(p, p.tracks.front().id, c);
        return p;
    }

    gui::ExportDialog* exportTo(gui::MainWindow& w, const Project& p, const QString& out) {
        w.document().reset(p);
        gui::ExportDialog* dialog = w.openExportDialog();
        dialog->selectPreset(QStringLiteral("tiktok"));
        dialog->setOutputFile(out);
        dialog->setConfirmReplace([](const QString&) { return true; });
        return dialog;
    }

private Q_SLOTS:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        qputenv("REELCUT_NO_AUDIO", "1");
        registerBuiltinEffects();
        clip_ = test::makeFrameCodeVideo(media_.path(), QStringLiteral("clip.mp4"),
                                         QStringLiteral("30"), 150, 320, 240, true);
    }

    void cancelLeavesNothing() {
        QTemporaryDir out;
        test::AskLog log;
        auto w = test::makeWindow(log);
        gui::ExportDialog* dialog = exportTo(*w, makeProject(Time(5)), out.filePath("v.mp4"));
        dialog->startExport();
        // Well into the export: the engine is writing its temporary file.
        QTRY_VERIFY_WITH_TIMEOUT(dialog->progress() >= 5, 120000);
        QCOMPARE(hiddenFiles(out.path()).size(), 1);
        dialog->cancelExport();
        QVERIFY(!dialog->isRunning());
        QVERIFY2(hiddenFiles(out.path()).isEmpty(), qPrintable(hiddenFiles(out.path()).join(", ")));
        QVERIFY(QDir(out.path()).entryList(QDir::Files).isEmpty());
        QVERIFY(dialog->statusText().contains(QStringLiteral("Nothing was written")));
    }

    void failureLeavesNothing() {
        QTemporaryDir out;
        test::AskLog log;
        auto w = test::makeWindow(log);
        Project p = makeProject(Time(1));
        Clip gone;
        gone.media = media_.filePath(QStringLiteral("gone.mp4")).toStdString();
        gone.start = Time(1);
        gone.out = Time(1);
        edit::addClip(p, p.tracks.front().id, gone);
        gui::ExportDialog* dialog = exportTo(*w, p, out.filePath("v.mp4"));
        dialog->startExport();
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isRunning(), 120000);
        QVERIFY(!dialog->succeeded());
        QVERIFY(QDir(out.path()).entryList(QDir::Files | QDir::Hidden).isEmpty());
        const QString shown = dialog->findChild<QPlainTextEdit*>()->toPlainText();
        QVERIFY2(shown.contains(QStringLiteral("gone.mp4")), qPrintable(shown));
    }

    void theNextExportSweepsWhatAKilledOneLeft() {
        QTemporaryDir out;
        const QString stale = out.filePath(QStringLiteral(".old.partial-%1.mp4").arg(deadPid()));
        {
            QFile f(stale);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QByteArray(3 << 20, 'x')); // 3.6 MB were left in the report
        }
        test::AskLog log;
        auto w = test::makeWindow(log);
        gui::ExportDialog* dialog = exportTo(*w, makeProject(Time(1, 2)), out.filePath("new.mp4"));
        dialog->startExport();
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isRunning(), 120000);
        QVERIFY2(dialog->succeeded(), qPrintable(dialog->statusText()));
        QVERIFY(!QFileInfo::exists(stale));
        QVERIFY(hiddenFiles(out.path()).isEmpty());
    }

    void replacingAFileIsAsked() {
        QTemporaryDir out;
        const QString target = out.filePath("v.mp4");
        {
            QFile f(target);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("last week's upload");
        }
        test::AskLog log;
        auto w = test::makeWindow(log);
        gui::ExportDialog* dialog = exportTo(*w, makeProject(Time(1, 2)), target);
        QStringList asked;
        dialog->setConfirmReplace([&](const QString& file) {
            asked << file;
            return false;
        });
        dialog->startExport();
        QVERIFY(!dialog->isRunning());
        QCOMPARE(asked, QStringList{target});
        QCOMPARE(QFileInfo(target).size(), qint64(18));
        dialog->setConfirmReplace([&](const QString& file) {
            asked << file;
            return true;
        });
        dialog->startExport();
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isRunning(), 120000);
        QVERIFY2(dialog->succeeded(), qPrintable(dialog->statusText()));
        QVERIFY(QFileInfo(target).size() > 1000);
    }

    void engineMessagesAreTranslated_data() {
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QString>("warning"); // TikTok wants at least 3 s
        QTest::addColumn<QString>("error");   // a missing file
        QTest::newRow("de") << "de"
                            << "mindestens 3 s"
                            << "Datei nicht gefunden";
        QTest::newRow("nl") << "nl"
                            << "minstens 3 s"
                            << "bestand niet gevonden";
    }
    void engineMessagesAreTranslated() {
        QFETCH(QString, lang);
        QFETCH(QString, warning);
        QFETCH(QString, error);
        QTranslator translator;
        QVERIFY(translator.load(QStringLiteral("reelcut_") + lang,
                                qEnvironmentVariable("REELCUT_BINARY_DIR") +
                                    QStringLiteral("/translations")));
        QVERIFY(QCoreApplication::installTranslator(&translator));
        QTemporaryDir out;
        test::AskLog log;
        auto w = test::makeWindow(log);
        // A 1 s video: the platform check warns that TikTok wants 3 s.
        gui::ExportDialog* dialog = exportTo(*w, makeProject(Time(1)), out.filePath("v.mp4"));
        dialog->startExport();
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isRunning(), 120000);
        QVERIFY(dialog->succeeded());
        QVERIFY2(dialog->warnings().join('\n').contains(warning),
                 qPrintable(dialog->warnings().join('\n')));
        QVERIFY(!dialog->warnings().join('\n').contains(QStringLiteral("needs at least")));
        // A file that is gone.
        gui::ExportDialog* failing =
            exportTo(*w, makeProject(Time(1), media_.filePath(QStringLiteral("gone.mp4"))),
                     out.filePath("w.mp4"));
        failing->startExport();
        QTRY_VERIFY_WITH_TIMEOUT(!failing->isRunning(), 120000);
        const QString text = failing->findChild<QPlainTextEdit*>()->toPlainText();
        QVERIFY2(text.contains(error, Qt::CaseInsensitive), qPrintable(text));
        QVERIFY2(!text.contains(QStringLiteral("file not found")), qPrintable(text));
        QCoreApplication::removeTranslator(&translator);
    }
};

int main(int argc, char** argv) {
    QApplication app(argc, argv);
    TestGuiExport t;
    return QTest::qExec(&t, argc, argv);
}
#include "tst_gui_export.moc"
