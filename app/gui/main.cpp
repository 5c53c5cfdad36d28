// reelcut: the desktop editor.

#include "builtin_effects.h"
#include "main_window.h"

#include <QApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

int main(int argc, char** argv) {
    QApplication app(argc, argv);
    QApplication::setApplicationName("ReelCut");
    QApplication::setOrganizationName("ReelCut");
    QApplication::setApplicationVersion(REELCUT_VERSION);

    QTranslator translator;
    if (translator.load(QLocale(), "reelcut", "_", REELCUT_TRANSLATIONS_DIR) ||
        translator.load(QLocale(), "reelcut", "_", QApplication::applicationDirPath() + "/../share/reelcut/translations")) {
        QApplication::installTranslator(&translator);
    }
    reelcut::registerBuiltinEffects();

    reelcut::MainWindow window;
    const QStringList args = QApplication::arguments();
    if (args.size() > 1) {
        window.openProject(args.at(1));
    }
    window.show();
    return QApplication::exec();
}
