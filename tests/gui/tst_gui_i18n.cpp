// The editor in German and Dutch: the built .qm files are loaded as the app does, and the
// main window shows its menus, text presets and effects translated. The names defined in
// the engine and effects (presets, effects, parameters, choices, stickers) must all have
// a translation, or lupdate did not see them.

#include "builtin_effects.h"
#include "effect/effect.h"
#include "export/preset.h"
#include "face/face_stickers.h"
#include "gui_test_util.h"
#include "panels/effects_tab.h"
#include "panels/text_tab.h"
#include "text/text_presets.h"
#include "window/theme.h"

#include <QApplication>
#include <QListWidget>
#include <QMenuBar>
#include <QTest>
#include <QTranslator>

using namespace reelcut;

class TestGuiI18n : public QObject {
    Q_OBJECT

private:
    // Loads translations/reelcut_<lang>.qm from the build tree.
    static bool loadTranslator(QTranslator& translator, const QString& lang) {
        const QString dir =
            qEnvironmentVariable("REELCUT_BINARY_DIR") + QStringLiteral("/translations");
        return translator.load(QStringLiteral("reelcut_") + lang, dir);
    }

    static QStringList listTexts(const QListWidget* list, int role) {
        QStringList out;
        for (int i = 0; i < list->count(); ++i) {
            out << list->item(i)->data(role).toString();
        }
        return out;
    }

    static void addLanguages() {
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QString>("fileMenu");
        QTest::addColumn<QString>("preset");
        QTest::addColumn<QString>("effect");
        QTest::addColumn<QString>("category");
        QTest::newRow("de") << QStringLiteral("de") << QStringLiteral("&Datei")
                            << QStringLiteral("Fette Kontur") << QStringLiteral("Farbe anpassen")
                            << QStringLiteral("GESICHT");
        QTest::newRow("nl") << QStringLiteral("nl") << QStringLiteral("&Bestand")
                            << QStringLiteral("Dikke omlijning")
                            << QStringLiteral("Kleur aanpassen") << QStringLiteral("GEZICHT");
    }

private Q_SLOTS:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        qputenv("REELCUT_NO_AUDIO", "1");
        registerBuiltinEffects();
        gui::applyDarkTheme(*qApp);
    }

    void mainWindowIsTranslated_data() { addLanguages(); }

    void mainWindowIsTranslated() {
        QFETCH(QString, lang);
        QFETCH(QString, fileMenu);
        QFETCH(QString, preset);
        QFETCH(QString, effect);
        QFETCH(QString, category);
        QTranslator translator;
        QVERIFY2(loadTranslator(translator, lang), qPrintable(lang + " .qm not found"));
        QVERIFY(QCoreApplication::installTranslator(&translator));

        test::AskLog log;
        std::unique_ptr<gui::MainWindow> window = test::makeWindow(log);

        const QList<QAction*> menus = window->menuBar()->actions();
        QVERIFY(!menus.isEmpty());
        QCOMPARE(menus.front()->text(), fileMenu);

        const auto* presets =
            window->textTab()->findChild<QListWidget*>(QStringLiteral("textPresets"));
        QVERIFY(presets != nullptr);
        const QStringList presetNames = listTexts(presets, Qt::AccessibleTextRole);
        QVERIFY2(presetNames.contains(preset), qPrintable(presetNames.join(u", ")));
        QVERIFY(!presetNames.contains(QStringLiteral("Bold outline")));

        const auto* effects =
            window->effectsTab()->findChild<QListWidget*>(QStringLiteral("effects"));
        QVERIFY(effects != nullptr);
        const QStringList effectTexts = listTexts(effects, Qt::DisplayRole);
        QVERIFY2(effectTexts.contains(effect), qPrintable(effectTexts.join(u", ")));
        QVERIFY(!effectTexts.contains(QStringLiteral("Adjust colour")));
        QVERIFY2(effectTexts.contains(category), qPrintable(effectTexts.join(u", ")));

        window.reset();
        QVERIFY(QCoreApplication::removeTranslator(&translator));
    }

    // Every name the engine and effects define has a translation: a missing one means
    // it was not marked with QT_TRANSLATE_NOOP (lupdate missed it) or is unfinished.
    void engineNamesAllTranslated_data() { addLanguages(); }

    void engineNamesAllTranslated() {
        QFETCH(QString, lang);
        QTranslator translator;
        QVERIFY(loadTranslator(translator, lang));
        QStringList missing;
        const auto check = [&](const char* context, const char* text) {
            if (translator.translate(context, text).isEmpty()) {
                missing << QStringLiteral("%1/%2").arg(QLatin1String(context), QLatin1String(text));
            }
        };
        for (const TextPreset& p : builtinTextPresets()) {
            check("TextPreset", p.name);
        }
        const std::vector<const Effect*> all = EffectRegistry::instance().all();
        QVERIFY(!all.empty());
        std::vector<const EffectDescriptor*> descriptors;
        for (const Effect* e : all) {
            descriptors.push_back(&e->descriptor());
        }
        QVERIFY(!EffectRegistry::instance().transitions().empty());
        for (const TransitionEffect* t : EffectRegistry::instance().transitions()) {
            descriptors.push_back(&t->descriptor());
        }
        for (const EffectDescriptor* d : descriptors) {
            check("Effect", d->name);
            check("EffectCategory", d->category);
            for (const ParamDescriptor& p : d->params) {
                check("Effect", p.label);
                for (const ParamChoice& choice : p.choices) {
                    check("Effect", choice.label);
                }
            }
        }
        for (const Look& look : EffectRegistry::instance().looks()) {
            check("Effect", look.name);
            check("EffectCategory", look.category);
        }
        for (const face::StickerInfo& s : face::builtinStickers()) {
            check("Effect", s.name);
        }
        for (const Preset& p : builtinPresets()) {
            check("Preset", p.name.c_str());
            check("Preset", p.notes.c_str());
        }
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(u", ")));
    }
};

QTEST_MAIN(TestGuiI18n)
#include "tst_gui_i18n.moc"
