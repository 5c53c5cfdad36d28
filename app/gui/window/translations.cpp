#include "window/translations.h"

#include <QDir>
#include <QLibraryInfo>
#include <QLocale>

namespace reelcut::gui {

Translations::~Translations() {
    remove();
}

QStringList Translations::searchPath() {
    QStringList dirs{QCoreApplication::applicationDirPath() +
                     QStringLiteral("/../share/reelcut/translations")};
#ifdef REELCUT_TRANSLATIONS_DIR
    dirs << QStringLiteral(REELCUT_TRANSLATIONS_DIR);
#endif
    return dirs;
}

bool Translations::install(const QString& language) {
    remove();
    const QLocale locale = language.isEmpty() ? QLocale() : QLocale(language);
    bool loaded = false;
    for (const QString& dir : searchPath()) {
        if (app_.load(locale, QStringLiteral("reelcut"), QStringLiteral("_"), dir)) {
            loaded = true;
            break;
        }
    }
    if (!loaded) {
        return false;
    }
    QCoreApplication::installTranslator(&app_);
    if (qt_.load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(&qt_);
    }
    installed_ = true;
    return true;
}

void Translations::remove() {
    if (installed_) {
        QCoreApplication::removeTranslator(&app_);
        QCoreApplication::removeTranslator(&qt_);
        installed_ = false;
    }
}

QStringList Translations::available() {
    QStringList codes{QStringLiteral("en")};
    for (const QString& dir : searchPath()) {
        const QStringList files =
            QDir(dir).entryList({QStringLiteral("reelcut_*.qm")}, QDir::Files, QDir::Name);
        for (const QString& f : files) {
            const QString code = f.mid(8, f.size() - 8 - 3);
            if (!codes.contains(code)) {
                codes << code;
            }
        }
        if (files.size() > 0) {
            break;
        }
    }
    return codes;
}

QString Translations::nativeName(const QString& language) {
    const QLocale locale(language);
    QString name = locale.nativeLanguageName();
    if (!name.isEmpty()) {
        name[0] = name[0].toUpper();
    }
    return name.isEmpty() ? language : name;
}

} // namespace reelcut::gui
