// reelcut: the desktop editor.

#include "builtin_effects.h"
#include "util/log.h"
#include "window/app_settings.h"
#include "window/main_window.h"
#include "window/screenshot.h"
#include "window/theme.h"
#include "window/translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTimer>

int main(int argc, char** argv) {
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("ReelCut"));
    QApplication::setOrganizationName(QStringLiteral("ReelCut"));
    QApplication::setApplicationVersion(QStringLiteral(REELCUT_VERSION));
    // Wayland matches the window to the installed .desktop file (its icon and name) by this.
    QGuiApplication::setDesktopFileName(QStringLiteral("org.reelcut.ReelCut"));

    // Before any widget exists: widgets take their texts when they are built.
    reelcut::gui::Translations translations;
    translations.install(reelcut::gui::AppSettings::load().language);
    reelcut::registerBuiltinEffects();
    reelcut::gui::applyDarkTheme(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("ReelCut, the short-video editor"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("project"),
                                 QStringLiteral("A .reelcut project to open."));
    const QCommandLineOption screenshot(
        QStringLiteral("screenshot"),
        QStringLiteral("Render the window with PROJECT loaded to an image and quit."),
        QStringLiteral("FILE"));
    const QCommandLineOption at(QStringLiteral("at"),
                                QStringLiteral("Playhead position for --screenshot, in seconds."),
                                QStringLiteral("SECONDS"), QStringLiteral("5.5"));
    const QCommandLineOption tab(
        QStringLiteral("tab"),
        QStringLiteral("Assets tab shown by --screenshot (text, stickers, effects)."),
        QStringLiteral("TAB"));
    const QCommandLineOption verbose(
        QStringLiteral("verbose"),
        QStringLiteral("Log what the editor and the engine do (by category: reelcut.export, "
                       "reelcut.face, ...)."));
    parser.addOption(verbose);
    parser.addOption(tab);
    parser.addOption(screenshot);
    parser.addOption(at);
    parser.process(app);
    const QStringList args = parser.positionalArguments();
    if (parser.isSet(verbose)) {
        reelcut::enableVerboseLogging();
    }

    reelcut::gui::MainWindow window;
    if (parser.isSet(screenshot)) {
        return reelcut::gui::takeScreenshot(window, args.value(0), parser.value(screenshot),
                                            parser.value(at).toDouble(), parser.value(tab));
    }
    window.restoreLayout();
    window.show();
    if (!args.isEmpty()) {
        window.openProject(args.first());
    } else {
        // After the event loop starts, so the question appears over the window.
        QTimer::singleShot(0, &window, [&window] { window.offerUntitledRecovery(); });
    }
    return QApplication::exec();
}
