// Preferences: the editor's own settings in QSettings (language, the export preset chosen
// first, the autosave interval, recent files), the dialog that edits them, and what the
// window does with them at once.

#include "builtin_effects.h"
#include "dialogs/export_dialog.h"
#include "dialogs/preferences_dialog.h"
#include "gui_test_util.h"
#include "window/app_settings.h"
#include "window/translations.h"

#include <QComboBox>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTest>

using namespace reelcut;
using gui::AppSettings;
using gui::PreferencesDialog;

class TestGuiPreferences : public QObject {
    Q_OBJECT

private:
    static void choose(QComboBox* box, const QString& data) {
        const int i = box->findData(data);
        QVERIFY2(i >= 0, qPrintable(data));
        box->setCurrentIndex(i);
    }

    static QMenu* recentMenu(gui::MainWindow& w) {
        for (QMenu* m : w.menuBar()->findChildren<QMenu*>()) {
            if (m->title() == QStringLiteral("Open &recent")) {
                return m;
            }
        }
        return nullptr;
    }

private Q_SLOTS:
    void initTestCase() {
        // Settings go to a test location, never the user's.
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("ReelCutTest"));
        QCoreApplication::setApplicationName(QStringLiteral("ReelCutPreferences"));
        qputenv("REELCUT_NO_AUDIO", "1");
        registerBuiltinEffects();
    }

    void init() { QSettings().clear(); }

    void defaultsAndBadValues() {
        const AppSettings d = AppSettings::load();
        QCOMPARE(d.language, QString());
        QCOMPARE(d.defaultPreset, QStringLiteral("tiktok"));
        QCOMPARE(d.autosaveSeconds, 60);
        // A hand-edited settings file cannot break the editor.
        QSettings s;
        s.setValue(QStringLiteral("export/defaultPreset"), QStringLiteral("no-such-preset"));
        s.setValue(QStringLiteral("general/autosaveSeconds"), QStringLiteral("often"));
        s.sync();
        QCOMPARE(AppSettings::load().defaultPreset, QStringLiteral("tiktok"));
        QCOMPARE(AppSettings::load().autosaveSeconds, 60);
        s.setValue(QStringLiteral("general/autosaveSeconds"), 999999);
        QCOMPARE(AppSettings::load().autosaveSeconds, 3600);

        AppSettings a;
        a.language = QStringLiteral("nl");
        a.defaultPreset = QStringLiteral("shorts");
        a.autosaveSeconds = 15;
        a.save();
        const AppSettings b = AppSettings::load();
        QCOMPARE(b.language, QStringLiteral("nl"));
        QCOMPARE(b.defaultPreset, QStringLiteral("shorts"));
        QCOMPARE(b.autosaveSeconds, 15);
    }

    void settingsFileIsInTheStandardPlace() {
        AppSettings{}.save();
        const QString file = QSettings().fileName();
        QVERIFY2(file.startsWith(
                     QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation)),
                 qPrintable(file));
    }

    void dialogChangesApplyToTheWindow() {
        test::AskLog log;
        auto w = test::makeWindow(log);
        w->show();
        QCOMPARE(w->autosaveInterval(), 60000);

        PreferencesDialog* dialog = w->openPreferences();
        QVERIFY(dialog->isVisible());
        QCOMPARE(dialog->presetBox()->currentData().toString(), QStringLiteral("tiktok"));
        QVERIFY(!dialog->restartNote()->isVisible());
        choose(dialog->languageBox(), QStringLiteral("de"));
        // The window's texts are built once: the dialog says when a new language applies.
        QVERIFY(dialog->restartNote()->isVisible());
        choose(dialog->languageBox(), QString());
        QVERIFY(!dialog->restartNote()->isVisible());
        choose(dialog->languageBox(), QStringLiteral("de"));
        choose(dialog->presetBox(), QStringLiteral("youtube"));
        dialog->autosaveBox()->setValue(30);
        dialog->accept();

        const AppSettings saved = AppSettings::load();
        QCOMPARE(saved.language, QStringLiteral("de"));
        QCOMPARE(saved.defaultPreset, QStringLiteral("youtube"));
        QCOMPARE(saved.autosaveSeconds, 30);
        QCOMPARE(w->autosaveInterval(), 30000);

        gui::ExportDialog* exportDialog = w->openExportDialog();
        QCOMPARE(exportDialog->presetId(), QStringLiteral("youtube"));
        exportDialog->close();

        // Autosave off.
        dialog = w->openPreferences();
        QCOMPARE(dialog->autosaveBox()->value(), 30);
        dialog->autosaveBox()->setValue(0);
        QCOMPARE(dialog->autosaveBox()->text(), QStringLiteral("Off"));
        dialog->accept();
        QCOMPARE(w->autosaveInterval(), 0);

        // Cancel changes nothing.
        dialog = w->openPreferences();
        choose(dialog->presetBox(), QStringLiteral("square"));
        dialog->reject();
        QCOMPARE(AppSettings::load().defaultPreset, QStringLiteral("youtube"));
    }

    void recentFilesAreKeptAndCleared() {
        for (int i = 0; i < 12; ++i) {
            AppSettings::addRecentFile(QStringLiteral("/tmp/p%1.reelcut").arg(i));
        }
        AppSettings::addRecentFile(QStringLiteral("/tmp/p3.reelcut"));
        QStringList recent = AppSettings::recentFiles();
        QCOMPARE(recent.size(), AppSettings::kMaxRecentFiles);
        QCOMPARE(recent.first(), QStringLiteral("/tmp/p3.reelcut"));
        QCOMPARE(recent.count(QStringLiteral("/tmp/p3.reelcut")), 1);

        test::AskLog log;
        auto w = test::makeWindow(log);
        QMenu* menu = recentMenu(*w);
        QVERIFY(menu != nullptr);
        QVERIFY(menu->isEnabled());
        PreferencesDialog* dialog = w->openPreferences();
        QVERIFY(dialog->clearRecentButton()->isEnabled());
        QTest::mouseClick(dialog->clearRecentButton(), Qt::LeftButton);
        QVERIFY(!dialog->clearRecentButton()->isEnabled());
        dialog->accept();
        QVERIFY(AppSettings::recentFiles().isEmpty());
        QVERIFY(!menu->isEnabled());
    }

    void languagesAreFoundAndLoaded() {
        const QStringList codes = gui::Translations::available();
        QVERIFY2(codes.contains(QStringLiteral("en")), qPrintable(codes.join(',')));
        QVERIFY2(codes.contains(QStringLiteral("de")), qPrintable(codes.join(',')));
        QVERIFY2(codes.contains(QStringLiteral("nl")), qPrintable(codes.join(',')));
        QCOMPARE(gui::Translations::nativeName(QStringLiteral("de")), QStringLiteral("Deutsch"));
        QCOMPARE(gui::Translations::nativeName(QStringLiteral("nl")), QStringLiteral("Nederlands"));
        {
            gui::Translations t;
            QVERIFY(t.install(QStringLiteral("de")));
            PreferencesDialog dialog;
            QCOMPARE(dialog.windowTitle(), QStringLiteral("Einstellungen"));
        }
        {
            gui::Translations t;
            QVERIFY(t.install(QStringLiteral("nl")));
            PreferencesDialog dialog;
            QCOMPARE(dialog.windowTitle(), QStringLiteral("Voorkeuren"));
        }
        // English is the source language: nothing to install, the texts stay.
        gui::Translations t;
        QVERIFY(!t.install(QStringLiteral("en")));
        PreferencesDialog dialog;
        QCOMPARE(dialog.windowTitle(), QStringLiteral("Preferences"));
    }
};

QTEST_MAIN(TestGuiPreferences)
#include "tst_gui_preferences.moc"
