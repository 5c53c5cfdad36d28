// Batch production in the editor: a clip made a template field from the timeline, shown
// in the inspector and saved; File > Batch export with a data file of three rows (one
// invalid), checked with thumbnails, previewed, rendered through reelcut-cli.

#include "batch/batch_dialog.h"
#include "batch/batch_test_util.h"
#include "batch/brand_kit_dialog.h"
#include "builtin_effects.h"
#include "gui_test_util.h"
#include "inspector/inspector.h"
#include "model/edits.h"
#include "model/project_file.h"
#include "support/test_media.h"
#include "timeline/timeline_view.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QScopeGuard>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace reelcut;

class TestGuiBatch : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        qputenv("REELCUT_NO_AUDIO", "1");
        registerBuiltinEffects();
    }

    void makeThisAField() {
        QTemporaryDir dir;
        const QString picture =
            test::makePicture(dir.path(), QStringLiteral("p.png"), QStringLiteral("red"));
        Project p = makeDefaultProject();
        Clip text;
        text.kind = ClipKind::Text;
        text.text = "Summer sale";
        text.out = Time(2);
        const ObjectId textTrack = edit::addTrack(p, TrackKind::Text, "Titles");
        const ObjectId textId = edit::addClip(p, textTrack, text);
        Clip pic;
        pic.media = picture.toStdString();
        pic.out = Time(2);
        const ObjectId picId = edit::addClip(p, p.tracks.front().id, pic);
        const QString file = dir.filePath(QStringLiteral("promo.reelcut"));
        saveProject(p, file.toStdString());

        test::AskLog log;
        auto w = test::makeWindow(log);
        QVERIFY(w->openProject(file));
        w->timeline()->setSelection({textId});
        QVERIFY(w->makeField(textId, QStringLiteral("headline")));
        QVERIFY(w->makeField(picId, QStringLiteral("product")));
        QVERIFY(!w->makeField(textId, QStringLiteral("again"))); // already a field
        QVERIFY(!w->makeField(picId, QStringLiteral("row")));    // a built-in name
        w->inspector()->setClip(textId);
        QVERIFY(w->inspector()->fieldsLabel()->isVisibleTo(w->inspector()));
        QVERIFY2(w->inspector()->fieldsLabel()->text().contains(QStringLiteral("{{headline}}")),
                 qPrintable(w->inspector()->fieldsLabel()->text()));
        QVERIFY(w->save());
        const Project saved = loadProject(file.toStdString());
        const FieldSpec* f = saved.templateSpec.field("headline");
        QVERIFY(f != nullptr);
        QCOMPARE(f->defaultValue.value_or(""), std::string("Summer sale"));
        QCOMPARE(saved.templateSpec.field("product")->accept, std::string("image"));
        QVERIFY(saved.templateSpec.binding(FieldBinding::Target::Clip, textId, "text"));
        // Undo takes the field back.
        w->document().undoStack().undo();
        QVERIFY(w->document().project().templateSpec.field("product") == nullptr);
    }

    void brandKitEditedInTheEditor() {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("promo.reelcut"));
        saveProject(makeDefaultProject(), file.toStdString());
        test::AskLog log;
        auto w = test::makeWindow(log);
        QVERIFY(w->openProject(file));
        const QString kitFile = dir.filePath(QStringLiteral("kits/acme.json"));
        QDir().mkpath(dir.filePath(QStringLiteral("kits")));
        gui::BrandKitDialog* dlg = w->openBrandKitDialog(kitFile);
        QVERIFY(dlg != nullptr);
        // The template now refers to the kit, relative to itself.
        QCOMPARE(w->document().project().templateSpec.brandFile, std::string("kits/acme.json"));
        BrandKit kit = dlg->kit();
        QCOMPARE(kit.colors.at("primary"), 0xffe11d48u); // a new kit starts with one colour
        kit.name = "Acme";
        kit.colors["primary"] = 0xff112233;
        kit.colors["accent"] = 0xffffcc00;
        kit.logo = dir.filePath(QStringLiteral("kits/logo.png")).toStdString();
        kit.watermarkCorner = Corner::BottomLeft;
        dlg->setKit(kit);
        QVERIFY(dlg->saveKit());
        const BrandKit saved = loadBrandKit(kitFile.toStdString());
        QCOMPARE(saved.name, std::string("Acme"));
        QCOMPARE(saved.colors.at("accent"), 0xffffcc00u);
        QCOMPARE(saved.watermarkCorner, Corner::BottomLeft);
        QCOMPARE(saved.logo, kit.logo);
        QCOMPARE(saved.token("primary").value_or(""), std::string("#112233"));
    }

    void batchOfThreeRows() {
        QTemporaryDir dir;
        test::makePicture(dir.path() + "/media", QStringLiteral("red.png"), QStringLiteral("red"));
        test::makePicture(dir.path() + "/media", QStringLiteral("blue.png"),
                          QStringLiteral("blue"));
        const QString tpl = dir.filePath(QStringLiteral("card.reelcut"));
        test::writeText(tpl, test::productTemplate(0.5));
        const QString rows = dir.filePath(QStringLiteral("rows.csv"));
        test::writeText(rows, "headline,product,badge\n"
                              "Alpha,media/red.png,sale\n"
                              "Broken,media/missing.png,none\n"
                              "Gamma,media/blue.png,new\n");
        test::AskLog log;
        auto w = test::makeWindow(log);
        QVERIFY(w->openProject(tpl));
        gui::BatchDialog* dlg = w->openBatchDialog();
        QVERIFY(dlg != nullptr);
        dlg->setDataFile(rows);
        dlg->setOutputDir(dir.filePath(QStringLiteral("out")));
        dlg->setRatios({QStringLiteral("9:16"), QStringLiteral("16:9")});
        dlg->setPreset(QStringLiteral("shorts"));
        dlg->setNamePattern(QStringLiteral("{{headline}}_{{ratio}}"));
        QVERIFY2(dlg->checkRows(), qPrintable(dlg->errorText()));
        QCOMPARE(dlg->rowCount(), 3);
        QCOMPARE(dlg->formatCount(), 2);
        for (int f = 0; f < 2; ++f) {
            QCOMPARE(dlg->status(0, f), QStringLiteral("valid"));
            QCOMPARE(dlg->status(1, f), QStringLiteral("invalid"));
            QCOMPARE(dlg->status(2, f), QStringLiteral("valid"));
            QVERIFY(dlg->problem(1, f).contains(QStringLiteral("missing.png")));
            QVERIFY(!dlg->thumbnail(0, f).isNull());
        }
        // Thumbnails have the shape of their format; the preview is the row's own picture.
        QVERIFY(dlg->thumbnail(0, 0).height() > dlg->thumbnail(0, 0).width());
        QVERIFY(dlg->thumbnail(0, 1).width() > dlg->thumbnail(0, 1).height());
        const QImage big = dlg->preview(2, 0, 400);
        QCOMPARE(big.height(), 400);
        QVERIFY(test::averageColor(big, QRect(big.width() / 2 - 5, 195, 10, 10)).blue() > 150);
        dlg->showPreview(2, 0);
        if (!qEnvironmentVariableIsEmpty("REELCUT_SCREENSHOT_DIR")) {
            dlg->grab().save(qEnvironmentVariable("REELCUT_SCREENSHOT_DIR") +
                             QStringLiteral("/batch-dialog.png"));
        }

        dlg->startRender();
        QVERIFY(dlg->isRunning());
        QTRY_VERIFY_WITH_TIMEOUT(!dlg->isRunning(), 300000);
        for (int f = 0; f < 2; ++f) {
            QCOMPARE(dlg->status(0, f), QStringLiteral("done"));
            QCOMPARE(dlg->status(1, f), QStringLiteral("invalid"));
            QCOMPARE(dlg->status(2, f), QStringLiteral("done"));
        }
        for (const char* name :
             {"Alpha_9x16.mp4", "Alpha_16x9.mp4", "Gamma_9x16.mp4", "Gamma_16x9.mp4"}) {
            QVERIFY2(QFileInfo::exists(dir.filePath(QStringLiteral("out/") + name)), name);
        }
        QCOMPARE(
            test::probeStream(test::ffprobe(dir.filePath(QStringLiteral("out/Gamma_16x9.mp4"))),
                              QStringLiteral("video"))
                .value(QStringLiteral("width"))
                .toInt(),
            1920);
        QVERIFY(QFileInfo::exists(dlg->reportFile()));
        if (!qEnvironmentVariableIsEmpty("REELCUT_SCREENSHOT_DIR")) {
            dlg->grab().save(qEnvironmentVariable("REELCUT_SCREENSHOT_DIR") +
                             QStringLiteral("/batch-dialog-done.png"));
        }
    }

    // The engine's problems with rows are shown in the editor's language: computed in the
    // editor when the rows are checked, and read from reelcut-cli's job events (messages
    // with ids and values) when it renders. The report files keep the English.
    void problemsInTheEditorsLanguage() {
        QTranslator german;
        QVERIFY(
            german.load(QStringLiteral("reelcut_de"), qEnvironmentVariable("REELCUT_BINARY_DIR") +
                                                          QStringLiteral("/translations")));
        QCoreApplication::installTranslator(&german);
        const auto restore = qScopeGuard([&] { QCoreApplication::removeTranslator(&german); });
        QTemporaryDir dir;
        test::makePicture(dir.path() + "/media", QStringLiteral("red.png"), QStringLiteral("red"));
        const QString tpl = dir.filePath(QStringLiteral("card.reelcut"));
        test::writeText(tpl, test::productTemplate(0.5));
        const QString rows = dir.filePath(QStringLiteral("rows.csv"));
        test::writeText(rows, "headline,product,bg\n" + QByteArray(81, 'x') +
                                  ",media/red.png,#ffffff\n"
                                  "Short,media/missing.png,#ffffff\n"
                                  "Short,media/red.png,rot\n");
        test::AskLog log;
        auto w = test::makeWindow(log);
        QVERIFY(w->openProject(tpl));
        gui::BatchDialog* dlg = w->openBatchDialog();
        QVERIFY(dlg != nullptr);
        dlg->setOutputDir(dir.filePath(QStringLiteral("out")));
        dlg->setRatios({QStringLiteral("9:16")});
        dlg->setPreset(QStringLiteral("shorts"));

        // A data file that is not there: the reason in German too.
        dlg->setDataFile(dir.filePath(QStringLiteral("nope.csv")));
        QVERIFY(!dlg->checkRows());
        QVERIFY2(dlg->errorText().contains(QStringLiteral("Datendatei nicht gefunden")),
                 qPrintable(dlg->errorText()));
        QVERIFY2(!dlg->errorText().contains(QStringLiteral("data file not found")),
                 qPrintable(dlg->errorText()));

        dlg->setDataFile(rows);
        QVERIFY2(dlg->checkRows(), qPrintable(dlg->errorText()));
        auto* table = dlg->findChild<QTableWidget*>();
        QVERIFY(table != nullptr);
        struct Expected {
            const char* german;
            const char* english;
        };
        const Expected expected[] = {
            {"headline: 81 Zeichen, höchstens 80 passen", "characters"},
            {"Datei nicht gefunden", "file not found"},
            {"bg: „rot“ ist keine Farbe (nimm #rrggbb, etwa #e11d48)", "is not a colour"},
        };
        QStringList checked;
        for (int r = 0; r < 3; ++r) {
            const QString want = QString::fromUtf8(expected[r].german);
            const QString english = QString::fromUtf8(expected[r].english);
            QCOMPARE(dlg->status(r, 0), QStringLiteral("invalid"));
            const QString problem = dlg->problem(r, 0);
            QVERIFY2(problem.contains(want) && !problem.contains(english), qPrintable(problem));
            const QTableWidgetItem* cell = table->item(r, 1);
            QVERIFY(cell != nullptr);
            QVERIFY2(cell->toolTip().contains(want) && !cell->toolTip().contains(english),
                     qPrintable(cell->toolTip()));
            // The status word in the cell is German as well.
            QVERIFY2(cell->text().startsWith(QStringLiteral("ungültig\n")),
                     qPrintable(cell->text()));
            checked << problem;
        }
        QVERIFY2(checked[1].startsWith(QStringLiteral("product: ")) &&
                     checked[1].contains(QStringLiteral("missing.png: Datei nicht gefunden")),
                 qPrintable(checked[1]));

        // Through reelcut-cli: every job is refused there too, and its job events carry
        // the messages, which the dialog translates into the same German.
        dlg->startRender();
        QVERIFY(dlg->isRunning());
        QTRY_VERIFY_WITH_TIMEOUT(!dlg->isRunning(), 120000);
        for (int r = 0; r < 3; ++r) {
            QCOMPARE(dlg->status(r, 0), QStringLiteral("invalid"));
            QCOMPARE(dlg->problem(r, 0), checked[r]);
            QCOMPARE(table->item(r, 1)->toolTip(), checked[r]);
        }
        // The report keeps the English for scripts, with the ids beside it.
        QFile report(dir.filePath(QStringLiteral("out/report.json")));
        QVERIFY(report.open(QIODevice::ReadOnly));
        const QJsonArray jobs =
            QJsonDocument::fromJson(report.readAll()).object().value("jobs").toArray();
        QCOMPARE(jobs.size(), 3);
        const QJsonObject first = jobs[0].toObject();
        QCOMPARE(first.value("error").toString(),
                 QStringLiteral("headline: 81 characters, at most 80 fit"));
        const QJsonObject message = first.value("errorMessages").toArray()[0].toObject();
        QCOMPARE(message.value("args").toArray()[1].toObject().value("id").toString(),
                 QStringLiteral("batch.field-too-long"));
        if (!qEnvironmentVariableIsEmpty("REELCUT_SCREENSHOT_DIR")) {
            dlg->grab().save(qEnvironmentVariable("REELCUT_SCREENSHOT_DIR") +
                             QStringLiteral("/batch-dialog-de.png"));
        }
    }
};

QTEST_MAIN(TestGuiBatch)
#include "tst_gui_batch.moc"
