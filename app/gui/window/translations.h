#pragma once

// Loads the editor's translations (and Qt's own) for a language, from wherever this
// program's are: <program>/../share/reelcut/translations when installed, the build tree's
// translations/ when run from there.

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QTranslator>

namespace reelcut::gui {

class Translations {
    Q_DECLARE_TR_FUNCTIONS(Translations)
public:
    Translations() = default;
    ~Translations();
    Translations(const Translations&) = delete;
    Translations& operator=(const Translations&) = delete;

    // Installs the translation for `language` ("de", "nl"; empty: the system's). English
    // (or a language without a translation) installs nothing. True if one was installed.
    bool install(const QString& language);
    void remove();

    // The folders searched, first found wins.
    static QStringList searchPath();
    // Language codes the user can choose: "en" and every language with a .qm file.
    static QStringList available();
    // A language's name in that language ("Deutsch"), for the language menu.
    static QString nativeName(const QString& language);

private:
    QTranslator app_;
    QTranslator qt_;
    bool installed_ = false;
};

} // namespace reelcut::gui
