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
#include <QDir>
#include <QFile>
#include <QListWidget>
#include <QMenuBar>
#include <QRegularExpression>
#include <QTest>
#include <QTranslator>
#include <map>

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
    void initTestCase() { test::startGuiTest(); }

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

    // Every message the batch makes (editor-core/batch, ids batch.*) has a finished German
    // and Dutch translation: the ids and texts are read from the sources as lupdate reads
    // them, so a message added later without a translation fails here.
    void batchMessagesAllTranslated_data() { addLanguages(); }

    void batchMessagesAllTranslated() {
        QFETCH(QString, lang);
        QTranslator translator;
        QVERIFY(loadTranslator(translator, lang));
        // QT_TRANSLATE_NOOP3("Engine", "text" "more text", "id"), over several lines.
        static const QRegularExpression call(
            QStringLiteral("QT_TRANSLATE_NOOP3\\(\\s*\"Engine\",\\s*((?:\"(?:[^\"\\\\]|\\\\.)*"
                           "\"\\s*)+),\\s*\"([^\"]+)\"\\s*\\)"));
        static const QRegularExpression piece(QStringLiteral("\"((?:[^\"\\\\]|\\\\.)*)\""));
        QDir batchDir(QStringLiteral(REELCUT_SOURCE_DIR "/editor-core/batch"));
        const QStringList files = batchDir.entryList({QStringLiteral("*.cpp")}, QDir::Files);
        QVERIFY(files.size() > 5);
        std::map<QString, QString> texts; // id -> English text
        QStringList problems;
        for (const QString& name : files) {
            QFile f(batchDir.filePath(name));
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QString source = QString::fromUtf8(f.readAll());
            for (auto m = call.globalMatch(source); m.hasNext();) {
                const QRegularExpressionMatch hit = m.next();
                QString text;
                for (auto p = piece.globalMatch(hit.captured(1)); p.hasNext();) {
                    text += p.next().captured(1);
                }
                text.replace(QStringLiteral("\\\""), QStringLiteral("\""));
                text.replace(QStringLiteral("\\\\"), QStringLiteral("\\"));
                const QString id = hit.captured(2);
                if (!id.startsWith(QStringLiteral("batch."))) {
                    problems << name + QStringLiteral(": the id %1 is not batch.*").arg(id);
                }
                if (texts.count(id) != 0 && texts[id] != text) {
                    problems << QStringLiteral("%1 has two texts").arg(id);
                }
                texts[id] = text;
            }
        }
        // Enough to show the sources were read (the batch has some 70 messages).
        QVERIFY2(texts.size() > 60, qPrintable(QString::number(texts.size())));
        for (const auto& [id, text] : texts) {
            const QString translated =
                translator.translate("Engine", text.toUtf8().constData(), id.toUtf8().constData());
            // lrelease leaves unfinished translations out: empty means not translated.
            if (translated.isEmpty()) {
                problems << id + QStringLiteral(" (") + text + QLatin1Char(')');
                continue;
            }
            for (int n = 1; n <= 9; ++n) {
                const QString place = QLatin1Char('%') + QString::number(n);
                if (text.contains(place) != translated.contains(place)) {
                    problems << id + QStringLiteral(": ") + place + QStringLiteral(" in ") +
                                    translated;
                }
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u"\n")));
    }
};

QTEST_MAIN(TestGuiI18n)
#include "tst_gui_i18n.moc"
