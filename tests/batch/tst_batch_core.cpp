// The batch engine without rendering video: data files, templates and substitution,
// validation, auto-fit, layouts per ratio and safe zones, output names, shards.

#include "batch/batch_plan.h"
#include "batch/batch_report.h"
#include "batch/batch_runner.h"
#include "batch/data_rows.h"
#include "batch/format_layout.h"
#include "batch/manifest.h"
#include "batch/output_name.h"
#include "batch/substitute.h"
#include "batch_test_util.h"
#include "builtin_effects.h"
#include "core_fixtures.h"
#include "export/safe_zone_check.h"
#include "model/project_file.h"
#include "model/project_json.h"
#include "model/template_json.h"
#include "render/clip_layout.h"
#include "render/frame_renderer.h"
#include "support/drum_track.h"
#include "text/text_fit.h"

#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <set>

using namespace reelcut;
using namespace reelcut::batch;
using namespace reelcut::test;

namespace {

DataSet csv(const std::string& text) {
    return parseData(text, "csv", "/data/rows.csv");
}

QString dataError(const std::string& text, const std::string& format = "csv") {
    try {
        parseData(text, format, "/data/rows.csv");
    } catch (const DataError& e) {
        return QString::fromUtf8(e.what());
    }
    return {};
}

// Bounding box of pixels brighter than `level` in every channel (white text on dark).
QRect brightBox(const QImage& img, int level = 200) {
    int l = img.width(), t = img.height(), r = -1, b = -1;
    for (int y = 0; y < img.height(); ++y) {
        const auto* px = reinterpret_cast<const QRgb*>(img.constScanLine(y));
        for (int x = 0; x < img.width(); ++x) {
            if (qRed(px[x]) > level && qGreen(px[x]) > level && qBlue(px[x]) > level) {
                l = std::min(l, x);
                r = std::max(r, x);
                t = std::min(t, y);
                b = std::max(b, y);
            }
        }
    }
    return r < 0 ? QRect() : QRect(QPoint(l, t), QPoint(r, b));
}

// A one-row batch of the product template (Shorts preset) with the rows given; the tests
// give it a "bg" that is not a colour.
BatchOptions badColourBatch(const QTemporaryDir& dir, const char* rows) {
    makePicture(dir.path(), "p.png", "red");
    writeText(dir.filePath("t.reelcut"), productTemplate(2));
    writeText(dir.filePath("rows.csv"), rows);
    BatchOptions o;
    o.templateFile = dir.filePath("t.reelcut").toStdString();
    o.dataFile = dir.filePath("rows.csv").toStdString();
    o.outDir = dir.filePath("out").toStdString();
    o.presetId = "shorts";
    return o;
}

} // namespace

class TestBatchCore : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void csvEdgeCases() {
        // Quotes, doubled quotes, embedded commas and newlines (LF and CRLF), a BOM,
        // empty fields, missing trailing fields, spaces kept, UTF-8.
        const std::string text = "\xEF\xBB\xBF"
                                 "name,quote,city\r\n"
                                 "\"Smith, John\",\"He said \"\"hi\"\"\",Köln\r\n"
                                 "\"two\nlines\",\"crlf\r\ninside\", spaced \n"
                                 ",,\n"
                                 "short\n";
        const DataSet d = csv(text);
        QCOMPARE(d.columns, (std::vector<std::string>{"name", "quote", "city"}));
        QCOMPARE(int(d.rows.size()), 4);
        QCOMPARE(d.rows[0].values.at("name"), std::string("Smith, John"));
        QCOMPARE(d.rows[0].values.at("quote"), std::string("He said \"hi\""));
        QCOMPARE(d.rows[0].values.at("city"), std::string("Köln"));
        QCOMPARE(d.rows[1].values.at("name"), std::string("two\nlines"));
        QCOMPARE(d.rows[1].values.at("quote"), std::string("crlf\r\ninside"));
        QCOMPARE(d.rows[1].values.at("city"), std::string(" spaced "));
        QCOMPARE(d.rows[2].values.at("name"), std::string());
        QCOMPARE(d.rows[3].values.at("name"), std::string("short"));
        QCOMPARE(d.rows[3].values.at("city"), std::string());
        QCOMPARE(d.rows[1].line, 3);
        QCOMPARE(d.baseDir.string(), std::string("/data"));

        // European spreadsheets: semicolons.
        const DataSet semi = csv("a;b\n1,5;x\n");
        QCOMPARE(semi.rows[0].values.at("a"), std::string("1,5"));
        // Without a BOM, the same.
        QCOMPARE(csv("a\nx\n").rows[0].values.at("a"), std::string("x"));

        QVERIFY(dataError("a,b\n\"open,1\n").contains("not closed"));
        QVERIFY(dataError("a,b\n1,2,3\n").contains("line 2: 3 fields"));
        QVERIFY(dataError("a,a\n1,2\n").contains("appears twice"));
        QVERIFY(dataError("a,b\n\xff\xfe,1\n").contains("not UTF-8"));
        QVERIFY(dataError("").contains("no header"));
    }

    void jsonRows() {
        const DataSet d = parseData(kJsonRows, "json", "/x/rows.json");
        QCOMPARE(int(d.rows.size()), 2);
        QCOMPARE(d.rows[0].values.at("price"), std::string("9.5"));
        QCOMPARE(d.rows[0].values.at("on"), std::string("true"));
        QCOMPARE(d.rows[0].values.at("gone"), std::string());
        QCOMPARE(d.columns.front(), std::string("gone")); // first seen (JSON objects sort keys)
        QVERIFY(dataError(kJsonNotArray, "json").contains("array of objects"));
        QVERIFY(dataError(kJsonNestedValue, "json").contains("item 1"));
    }

    void templateKeepsFieldsThroughSaveAndLoad() {
        QTemporaryDir dir;
        writeText(dir.filePath("t.reelcut"), productTemplate(2));
        const Project p = loadProject(dir.filePath("t.reelcut").toStdString());
        QCOMPARE(int(p.templateSpec.fields.size()), 5);
        // The editor shows defaults where the fields are.
        QCOMPARE(p.background, 0xff202020u);
        const Clip& price = p.tracks[2].clips[0];
        QCOMPARE(price.text, std::string("Only 9.99"));
        const FieldBinding* b =
            p.templateSpec.binding(FieldBinding::Target::Clip, price.id, "text");
        QVERIFY(b != nullptr);
        QCOMPARE(b->expression, std::string("Only {{price}}"));
        QVERIFY(p.templateSpec.binding(FieldBinding::Target::Track, p.tracks[3].id, "if"));
        // Saved and read back: the same template.
        saveProject(p, dir.filePath("copy.reelcut").toStdString());
        const Project q = loadProject(dir.filePath("copy.reelcut").toStdString());
        QCOMPARE(q.templateSpec, p.templateSpec);
        QCOMPARE(q.tracks[2].clips[0].text, price.text);
        // A typo in a template names the place.
        QByteArray bad = productTemplate(2);
        bad.replace("{{headline}}", "{{headlin}}");
        writeText(dir.filePath("bad.reelcut"), bad);
        try {
            loadProject(dir.filePath("bad.reelcut").toStdString());
            QFAIL("a token that is no field was accepted");
        } catch (const ProjectError& e) {
            QVERIFY2(QString(e.what()).contains("tracks[1].clips[0].text: {{headlin}} is not a "
                                                "field"),
                     e.what());
        }
    }

    void substitutionOfEveryFieldType() {
        QTemporaryDir dir;
        makePicture(dir.path() + "/data/img", "p.png", "red");
        writeText(dir.filePath("brand/brand.json"), kBrandKit);
        writeText(dir.filePath("t.reelcut"), kEveryFieldTemplate);
        BatchOptions o;
        o.templateFile = dir.filePath("t.reelcut").toStdString();
        writeText(dir.filePath("data/rows.csv"),
                  "title,photo,tint,size,zoom,face,mood,extra\n"
                  "Hello,img/p.png,#0f0,72.5,\"0,75\",Lato,loud,\n"
                  "Bye,img/p.png,#123456,50,,Bebas Neue,calm,more\n");
        o.dataFile = dir.filePath("data/rows.csv").toStdString();
        o.outDir = dir.filePath("out").toStdString();
        const BatchPlan plan = makePlan(o);
        MediaFacts media;
        const RowValues row = resolveRow(plan.tpl, plan.data, plan.data.rows[0], media);
        QVERIFY2(row.errors.empty(), joinedEnglish(row.errors).c_str());
        const Project p = substituteRow(plan.tpl, row, builtinsFor(plan, plan.jobs[0]));
        QVERIFY(!p.templateSpec.isTemplate());
        // media: relative to the data file, made absolute
        QCOMPARE(p.tracks[0].clips[0].media, dir.filePath("data/img/p.png").toStdString());
        // number: in a number property, decimal comma read
        QCOMPARE(p.tracks[0].clips[0].transform.scale, 0.75);
        const Clip& t = p.tracks[1].clips[0];
        QCOMPARE(t.style.fontSize, 72.5);
        // text, choice and a brand token inside a longer text
        QCOMPARE(t.text, std::string("Hello / loud / Acme"));
        // colour: #0f0 normalised; brand colour
        QCOMPARE(t.style.color, 0xff00ff00u);
        QCOMPARE(t.style.strokeColor, 0xffe11d48u);
        // font
        QCOMPARE(t.style.fontFamily, std::string("Lato"));
        // switches: empty "extra" removes its clip; mood == loud keeps LOUD
        QCOMPARE(int(p.tracks[2].clips.size()), 2);
        QCOMPARE(p.tracks[2].clips[0].text, std::string("LOUD"));
        QCOMPARE(p.tracks[2].clips[1].style.fontFamily, std::string("Bebas Neue"));

        const RowValues row2 = resolveRow(plan.tpl, plan.data, plan.data.rows[1], media);
        const Project p2 = substituteRow(plan.tpl, row2, builtinsFor(plan, plan.jobs[1]));
        QCOMPARE(p2.tracks[1].clips[0].style.fontFamily, std::string("Bebas Neue"));
        QCOMPARE(p2.tracks[1].clips[0].style.color, 0xff123456u);
        QCOMPARE(p2.tracks[0].clips[0].transform.scale, 0.5); // empty: the default
        QCOMPARE(int(p2.tracks[2].clips.size()), 2);          // "more" shown, LOUD not
        QCOMPARE(p2.tracks[2].clips[0].text, std::string("more"));
    }

    // A template with "beat_cut": every row's clips cut to the beats of that row's song
    // (100 and 120 BPM here), every two beats, the song ending with the last cut; the
    // setting survives saving; a bad value names the field.
    void templateCutsEachRowToItsSong() {
        QTemporaryDir dir;
        qputenv("XDG_CACHE_HOME", dir.filePath("cache").toUtf8());
        QVERIFY(QDir().mkpath(dir.filePath("data")));
        std::vector<std::vector<double>> beats;
        for (int bpm : {100, 120}) {
            DrumTrackSpec spec;
            spec.bpm = bpm;
            spec.seconds = 12;
            const DrumTrack song = makeDrumTrack(spec);
            writeWav(dir.filePath(QString("data/s%1.wav").arg(bpm)), song.samples, song.sampleRate);
            beats.push_back(song.beats);
        }
        for (const char* colour : {"red", "green"}) {
            ffmpeg({"-f", "lavfi", "-i", QString("color=c=%1:s=160x120:r=30:d=4").arg(colour),
                    "-pix_fmt", "yuv420p", dir.filePath(QString("data/%1.mp4").arg(colour))});
        }
        writeText(dir.filePath("t.reelcut"), kBeatCutTemplate);
        writeText(dir.filePath("data/rows.csv"),
                  "a,b,song\nred.mp4,green.mp4,s100.wav\nred.mp4,green.mp4,s120.wav\n");
        BatchOptions o;
        o.templateFile = dir.filePath("t.reelcut").toStdString();
        o.dataFile = dir.filePath("data/rows.csv").toStdString();
        o.outDir = dir.filePath("out").toStdString();
        BatchPlan plan = makePlan(o);
        QVERIFY(plan.tpl.spec.beatCut.has_value());
        QCOMPARE(plan.tpl.spec.beatCut->everyBeats, 2);
        MediaFacts media;
        resolveRows(plan, {0, plan.jobs.size()}, media);
        QCOMPARE(plan.jobs.size(), std::size_t(2));
        const double frame = 1.0 / 30;
        for (std::size_t j = 0; j < 2; ++j) {
            const PreparedJob prepared = prepareJob(plan, plan.jobs[j], media, nullptr);
            QVERIFY2(prepared.errors.empty(), joinedEnglish(prepared.errors).c_str());
            const Project& p = *prepared.project;
            const Track& video = p.tracks[0];
            QVERIFY(video.clips.size() >= 2);
            const double step = (j == 0 ? 60.0 / 100 : 60.0 / 120) * 2;
            for (std::size_t i = 1; i < video.clips.size(); ++i) {
                const double cut = video.clips[i].start.toDouble();
                double nearest = 1e9;
                for (double b : beats[j]) {
                    nearest = std::min(nearest, std::abs(b - cut));
                }
                QVERIFY2(nearest <= 0.5 * frame + 0.01,
                         qPrintable(QString("row %1: cut at %2 s is %3 s from a beat")
                                        .arg(j + 1)
                                        .arg(cut)
                                        .arg(nearest)));
                if (i > 1) {
                    const double length =
                        (video.clips[i].start - video.clips[i - 1].start).toDouble();
                    QVERIFY2(std::abs(length - step) <= frame + 0.01,
                             qPrintable(QString::number(length)));
                }
            }
            const Clip& song = p.tracks[1].clips[0];
            QVERIFY(std::abs((song.end() - video.clips.back().end()).toDouble()) <= frame);
            // The template's 6 s, filled by reusing the two clips, ending on a beat.
            const double length = video.end().toDouble();
            QVERIFY2(std::abs(length - 6.0) <= step, qPrintable(QString::number(length)));
            QVERIFY(video.clips.size() >= 4);
        }
        // Saved and read again, the setting stays; a wrong one is refused by name.
        QJsonObject root;
        TemplateSpec spec;
        spec.beatCut = BeatCutSpec{4, true};
        putTemplateSpec(root, spec);
        QCOMPARE(root["beat_cut"].toObject()["every"].toInt(), 4);
        QVERIFY(root["beat_cut"].toObject()["downbeats"].toBool());
        QByteArray bad = QByteArray(kBeatCutTemplate).replace("\"every\": 2", "\"every\": 40");
        writeText(dir.filePath("bad.reelcut"), bad);
        o.templateFile = dir.filePath("bad.reelcut").toStdString();
        try {
            makePlan(o);
            QFAIL("every: 40 was accepted");
        } catch (const std::exception& e) {
            QVERIFY2(QString(e.what()).contains("beat_cut.every"), e.what());
        }
    }

    void wrongValuesAreRefusedByName() {
        QTemporaryDir dir;
        makePicture(dir.path(), "p.png", "red");
        ffmpeg({"-f", "lavfi", "-i", "sine=d=1", dir.filePath("s.wav")});
        writeText(dir.filePath("t.reelcut"), productTemplate(2));
        writeText(dir.filePath("rows.csv"), "headline,price,product,bg,badge\n"
                                            ",abc,nothing.png,red,maybe\n"
                                            "ok,-5,s.wav,#fff,new\n"
                                            "ok,5,p.png,#fff,new\n");
        BatchOptions o;
        o.templateFile = dir.filePath("t.reelcut").toStdString();
        o.dataFile = dir.filePath("rows.csv").toStdString();
        o.outDir = dir.filePath("out").toStdString();
        o.presetId = "shorts"; // no minimum length
        BatchRunner runner(o);
        const std::vector<JobReport> r = runner.validate();
        QCOMPARE(int(r.size()), 3);
        QCOMPARE(r[0].status, JobStatus::Invalid);
        for (const char* part :
             {"headline: required", "price: \"abc\" is not a number", "nothing.png: file not found",
              "bg: \"red\" is not a colour", "badge: \"maybe\" is not one of none, sale, new"}) {
            QVERIFY2(QString::fromStdString(r[0].errorText()).contains(part),
                     r[0].errorText().c_str());
        }
        QVERIFY2(QString::fromStdString(r[1].errorText()).contains("price: -5 is outside"),
                 r[1].errorText().c_str());
        QVERIFY2(QString::fromStdString(r[1].errorText()).contains("s.wav is not a picture"),
                 r[1].errorText().c_str());
        QCOMPARE(r[2].status, JobStatus::Pending); // valid, not rendered
        QVERIFY2(r[2].errors.empty(), r[2].errorText().c_str());
        // Each problem is a message of its own with a stable id; the field's name and the
        // value are its arguments.
        QStringList ids;
        for (const Message& m : r[0].errors) {
            ids << m.toJson().value("args").toArray().at(1).toObject().value("id").toString();
        }
        for (const char* id : {"batch.field-empty", "batch.field-not-number", "batch.file-missing",
                               "batch.field-not-colour", "batch.field-not-choice"}) {
            QVERIFY2(ids.contains(QString::fromLatin1(id)), qPrintable(ids.join(' ')));
        }
        for (const Message& m : r[0].errors) {
            QCOMPARE(m.id(), std::string("batch.at"));
        }
    }

    void autoFit() {
        TextStyle style;
        style.fontSize = 120;
        style.minFontSize = 40;
        style.wrapWidth = 0.8;
        style.fitHeight = 0.1;
        // Short text: keeps its size.
        bool fits = false;
        QCOMPARE(fittedStyle("SALE", style, 1080, 1920, &fits).fontSize, 120.0);
        QVERIFY(fits);
        // Longer text: shrinks and wraps, and really fits the 864 x 192 box.
        const std::string text = "Fresh summer collection with free shipping today";
        const TextStyle fitted = fittedStyle(text, style, 1080, 1920, &fits);
        QVERIFY(fits);
        QVERIFY2(fitted.fontSize < 120 && fitted.fontSize >= 40,
                 qPrintable(QString::number(fitted.fontSize)));
        const TextMeasure m =
            measureText(text, fitted, fitted.fontSize, wrapWidthFor(fitted, 1080));
        QVERIFY(m.lines >= 2);
        QVERIFY(m.block.height() <= 192.5 && m.block.width() <= 864.5);
        QVERIFY(!m.brokeWord);
        // One size up would not fit: the largest that does was chosen.
        const TextMeasure bigger =
            measureText(text, fitted, fitted.fontSize + 2, wrapWidthFor(fitted, 1080));
        QVERIFY(bigger.block.height() > 192 || bigger.brokeWord);
        // Rendered: the white ink lies inside the box.
        Project p;
        p.background = 0xff000000;
        Clip c;
        c.kind = ClipKind::Text;
        c.text = text;
        c.out = Time(1);
        c.style = style;
        c.style.shadowColor = 0;
        c.transform.y = 0.3;
        p.tracks.push_back(makeTrack(1, TrackKind::Text, "", {c}));
        FrameRenderer renderer;
        const QRect ink = brightBox(renderer.frameAt(p, Time(0), QSize(1080, 1920)), 128);
        const QRectF box(540 - 432, 0.3 * 1920 - 96, 864, 192);
        QVERIFY2(box.adjusted(-2, -2, 2, 2).contains(QRectF(ink)),
                 qPrintable(QStringLiteral("ink %1,%2 %3x%4")
                                .arg(ink.x())
                                .arg(ink.y())
                                .arg(ink.width())
                                .arg(ink.height())));
        // Too long even at the minimum: does not fit, and the batch refuses the row.
        std::string essay;
        for (int i = 0; i < 40; ++i) {
            essay += "words that go on ";
        }
        fittedStyle(essay, style, 1080, 1920, &fits);
        QVERIFY(!fits);
        // A word longer than the box even at the minimum size is not broken to make it
        // fit: the row is refused instead.
        TextStyle narrow = style;
        narrow.wrapWidth = 0.2;
        const TextStyle n =
            fittedStyle("Donaudampfschifffahrtsgesellschaft", narrow, 1080, 1920, &fits);
        QVERIFY(!fits);
        QVERIFY(
            measureText("Donaudampfschifffahrtsgesellschaft", n, n.fontSize, wrapWidthFor(n, 1080))
                .brokeWord);
        // A word that fits once smaller is shrunk, not broken.
        const TextStyle w = fittedStyle("Schifffahrt", narrow, 1080, 1920, &fits);
        QVERIFY(fits);
        QVERIFY(w.fontSize < 120);
        QCOMPARE(measureText("Schifffahrt", w, w.fontSize, wrapWidthFor(w, 1080)).lines, 1);
    }

    void everyRatioInsideItsSafeZone() {
        QTemporaryDir dir;
        makePicture(dir.path(), "logo.png", "white", 300, 120);
        // Text and a logo pushed against every edge of a 9:16 design.
        writeText(dir.filePath("t.reelcut"), kEdgesTemplate);
        const Project design = loadProject(dir.filePath("t.reelcut").toStdString());
        std::optional<Message> error;
        const std::vector<OutputFormat> formats = parseFormats("9:16,1:1,16:9,4:5", "", error);
        QCOMPARE(int(formats.size()), 4);
        QCOMPARE(formats[2].preset.id, std::string("youtube"));
        for (const OutputFormat& f : formats) {
            const Project p = adaptToFormat(design, f);
            QCOMPARE(p.width, f.preset.width);
            QCOMPARE(p.height, f.preset.height);
            const std::vector<Message> warnings = safeZoneWarnings(p, f.preset);
            QVERIFY2(warnings.empty(),
                     (f.ratio + ": " + (warnings.empty() ? "" : warnings[0].english())).c_str());
            // The pixels agree: everything white is inside the safe rectangle.
            FrameRenderer renderer;
            const QImage frame = renderer.frameAt(p, Time(0), QSize(p.width, p.height));
            const QRect ink = brightBox(frame);
            QVERIFY(!ink.isEmpty());
            const QRectF safe = safeRect(f.preset.safeZone, QSizeF(p.width, p.height));
            QVERIFY2(
                safe.adjusted(-1, -1, 1, 1).contains(QRectF(ink)),
                qPrintable(QString::fromStdString(f.ratio) + QStringLiteral(": ink %1,%2 to %3,%4")
                                                                 .arg(ink.left())
                                                                 .arg(ink.top())
                                                                 .arg(ink.right())
                                                                 .arg(ink.bottom())));
        }
        QVERIFY(parseFormats("9:16,7:3", "", error).empty());
        QVERIFY(error && QString::fromStdString(error->english()).contains("'7:3' is not a ratio"));
        QCOMPARE(error->id(), std::string("batch.unknown-ratio"));
        // --preset picks the preset for its own ratio.
        QCOMPARE(parseFormats("9:16,1:1", "reels", error)[0].preset.id, std::string("reels"));
        QCOMPARE(parseFormats("", "square", error)[0].ratio, std::string("1:1"));
    }

    void focusPointCropsAroundIt() {
        Clip c;
        c.fit = FitMode::Fill;
        c.focusX = 0.9;
        // A 16:9 picture filling a 9:16 canvas: 3413 px wide, 1080 visible.
        const QSizeF size(3413, 1920), canvas(1080, 1920);
        const QPointF shift = focusShift(focusAt(c, Time(0)), size, canvas);
        // The focus point (x = 0.9 of the picture) lands as near the middle as it can...
        QVERIFY(std::abs((1706.5 + shift.x() - (3413 * 0.4)) - 540) < 1 ||
                std::abs(shift.x()) == (3413 - 1080) / 2.0);
        // ...and the picture still covers the canvas.
        QVERIFY(std::abs(shift.x()) <= (3413 - 1080) / 2.0 + 1e-9);
        QCOMPARE(shift.y(), 0.0);
        c.focusKeys = {FocusKey{Time(0), 0.2, 0.5}, FocusKey{Time(2), 0.8, 0.5}};
        QCOMPARE(focusAt(c, Time(1)).x(), 0.5);
    }

    void outputNames_data() {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("expected"); // path, or "!" + part of the error
        QTest::newRow("plain") << "sku42_9x16.mp4"
                               << "sku42_9x16.mp4";
        QTest::newRow("no extension") << "sku42"
                                      << "sku42.mp4";
        QTest::newRow("sub folder") << "berlin/sku42.mp4"
                                    << "berlin/sku42.mp4";
        QTest::newRow("unicode") << "Köln ✓ 19,99 €.mp4"
                                 << "Köln ✓ 19,99 €.mp4";
        QTest::newRow("dotdot") << "../escape.mp4"
                                << "!would leave the output folder";
        QTest::newRow("deep dotdot") << "a/../../escape.mp4"
                                     << "!would leave the output folder";
        QTest::newRow("absolute") << "/etc/passwd.mp4"
                                  << "!absolute path";
        QTest::newRow("home") << "~/x.mp4"
                              << "!starts with ~";
        QTest::newRow("nul") << QString("a") + QChar(0) + "b.mp4"
                             << "!NUL";
        QTest::newRow("newline") << "a\nb.mp4"
                                 << "!control character";
        QTest::newRow("backslash") << "a\\..\\b.mp4"
                                   << "!backslash";
        QTest::newRow("device") << "CON.mp4"
                                << "!reserved device name";
        QTest::newRow("device lower") << "sub/lpt1"
                                      << "!reserved device name";
        QTest::newRow("empty") << ""
                               << "!empty";
        QTest::newRow("double slash") << "a//b.mp4"
                                      << "!empty folder name";
        QTest::newRow("hidden") << ".x.mp4"
                                << "!hidden";
        QTest::newRow("ours") << "report.html"
                              << "!keeps for itself";
        QTest::newRow("state") << ".reelcut-batch/x.mp4"
                               << "!hidden";
        QTest::newRow("other type") << "x.exe"
                                    << "!must end in .mp4";
        QTest::newRow("trailing dot") << "x./y.mp4"
                                      << "!ends with a space or a dot";
    }
    void outputNames() {
        QFETCH(QString, name);
        QFETCH(QString, expected);
        const QByteArray utf8 = name.toUtf8();
        const CheckedName c =
            checkOutputName(std::string(utf8.constData(), std::size_t(utf8.size())));
        if (expected.startsWith('!')) {
            QVERIFY2(!c.ok(), c.path.c_str());
            QVERIFY2(QString::fromStdString(c.error->english()).contains(expected.mid(1)),
                     c.error->english().c_str());
        } else {
            QVERIFY2(c.ok(), c.error ? c.error->english().c_str() : "");
            QCOMPARE(QString::fromStdString(c.path), expected);
        }
    }

    // Report and manifest files keep their English texts exactly (scripts and resume read
    // them) and add the messages beside them; files without the messages (written before)
    // still read, their texts taken as they are.
    // report.html speaks the language of the run (here German, as the CLI under a German
    // locale and the editor in German write it); report.json stays English for scripts.
    void reportPageInTheLanguageOfTheRun() {
        QTemporaryDir dir;
        const BatchOptions o = badColourBatch(dir, "headline,product,bg\nok,p.png,rot\n");
        BatchRunner runner(o);
        const std::vector<JobReport> jobs = runner.validate();
        ShardInfo info;
        info.planJobs = jobs.size();
        info.templateFile = o.templateFile.string();
        info.dataFile = o.dataFile.string();
        QTranslator german;
        QVERIFY(german.load(qEnvironmentVariable("REELCUT_BINARY_DIR") +
                            "/translations/reelcut_de.qm"));
        QCoreApplication::installTranslator(&german);
        QVERIFY(QDir().mkpath(dir.filePath("out/.reelcut-batch"))); // a run makes it
        writeShardReport(o.outDir, info, jobs);
        mergeReports(o.outDir);
        QCoreApplication::removeTranslator(&german);
        QFile page(dir.filePath("out/report.html"));
        QVERIFY(page.open(QIODevice::ReadOnly));
        const QString html = QString::fromUtf8(page.readAll());
        QVERIFY2(html.contains("<html lang=\"de\">"), qPrintable(html.left(200)));
        QVERIFY(html.contains("<h1>Stapelbericht</h1>"));
        QVERIFY(html.contains("1 ung\u00fcltig"));
        QVERIFY(!html.contains("is not a colour")); // the row's error, in German
        QVERIFY(html.contains("rot"));
        QFile jsonFile(dir.filePath("out/report.json"));
        QVERIFY(jsonFile.open(QIODevice::ReadOnly));
        const QJsonObject json = QJsonDocument::fromJson(jsonFile.readAll()).object();
        QCOMPARE(json.value("jobs").toArray()[0].toObject().value("error").toString(),
                 QString("bg: \"rot\" is not a colour (use #rrggbb, like #e11d48)"));
    }

    void reportAndManifestKeepEnglishAndAddIds() {
        QTemporaryDir dir;
        const BatchOptions o = badColourBatch(dir, "headline,product,bg,extra\nok,p.png,rot,1\n");
        BatchRunner runner(o);
        const std::vector<JobReport> jobs = runner.validate();
        QCOMPARE(int(jobs.size()), 1);
        QCOMPARE(jobs[0].errorText(),
                 std::string("bg: \"rot\" is not a colour (use #rrggbb, like #e11d48)"));
        ShardInfo info;
        info.warnings = runner.plan().warnings;
        QCOMPARE(int(info.warnings.size()), 1);

        QJsonObject report = reportJson(info, jobs);
        QCOMPARE(report.value("warnings").toArray()[0].toString(),
                 QString("the column \"extra\" is not a field of the template and is not used"));
        QCOMPARE(report.value("warningMessages").toArray()[0].toObject().value("id").toString(),
                 QString("batch.column-unused"));
        QJsonObject job = report.value("jobs").toArray()[0].toObject();
        QCOMPARE(job.value("error").toString(),
                 QString("bg: \"rot\" is not a colour (use #rrggbb, like #e11d48)"));
        const QJsonObject error = job.value("errorMessages").toArray()[0].toObject();
        QCOMPARE(error.value("id").toString(), QString("batch.at"));
        QCOMPARE(error.value("args").toArray()[1].toObject().value("id").toString(),
                 QString("batch.field-not-colour"));
        QVERIFY(jobFromJson(job).errors == jobs[0].errors);
        // A job of an older report: only the English text.
        job.remove("errorMessages");
        job.remove("warningMessages");
        const JobReport old = jobFromJson(job);
        QCOMPARE(int(old.errors.size()), 1);
        QCOMPARE(old.errors[0].id(), std::string("text"));
        QCOMPARE(old.errorText(), jobs[0].errorText());

        ManifestRecord record;
        record.output = "a.mp4";
        record.inputs = "abc";
        record.warnings = info.warnings;
        const std::string line = recordToJsonLine(record);
        QJsonObject o2 = QJsonDocument::fromJson(QByteArray::fromStdString(line)).object();
        QCOMPARE(o2.value("warnings").toArray()[0].toString(),
                 QString::fromStdString(info.warnings[0].english()));
        QCOMPARE(o2.value("warningMessages").toArray()[0].toObject().value("id").toString(),
                 QString("batch.column-unused"));
        ManifestRecord back;
        QVERIFY(recordFromJson(line, back));
        QVERIFY(back.warnings == record.warnings);
        o2.remove("warningMessages");
        QVERIFY(
            recordFromJson(QJsonDocument(o2).toJson(QJsonDocument::Compact).toStdString(), back));
        QCOMPARE(int(back.warnings.size()), 1);
        QCOMPARE(back.warnings[0].english(), info.warnings[0].english());
    }

    void namesFromRowsAreCheckedAndUnique() {
        QTemporaryDir dir;
        makePicture(dir.path(), "p.png", "red");
        writeText(dir.filePath("t.reelcut"), productTemplate(1));
        writeText(dir.filePath("rows.csv"), "headline,product\n"
                                            "../../etc/owned,p.png\n"
                                            "fine,p.png\n"
                                            "FINE,p.png\n");
        BatchOptions o;
        o.templateFile = dir.filePath("t.reelcut").toStdString();
        o.dataFile = dir.filePath("rows.csv").toStdString();
        o.outDir = dir.filePath("out").toStdString();
        o.namePattern = "{{headline}}";
        o.presetId = "shorts";
        const BatchPlan plan = makePlan(o);
        QCOMPARE(int(plan.jobs.size()), 3);
        QVERIFY(plan.jobs[0].nameError);
        QVERIFY(QString::fromStdString(plan.jobs[0].nameError->english()).contains("would leave"));
        QCOMPARE(plan.jobs[0].nameError->id(), std::string("batch.name-leaves"));
        QCOMPARE(plan.jobs[1].output, std::string("fine.mp4"));
        // Two rows may not write one file (case-insensitively: shares often are).
        QVERIFY(plan.jobs[2].nameError);
        QVERIFY2(QString::fromStdString(plan.jobs[2].nameError->english())
                     .contains("already used by row 2"),
                 plan.jobs[2].nameError->english().c_str());
        o.namePattern = "{{nosuchfield}}.mp4";
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, makePlan(o));
    }

    void shardsCoverEveryJobExactlyOnce() {
        for (std::size_t total : {0u, 1u, 7u, 72u, 1000u}) {
            for (int count : {1, 2, 3, 4, 7, 16, 100}) {
                std::vector<int> seen(total, 0);
                std::size_t smallest = SIZE_MAX, largest = 0;
                for (int i = 0; i < count; ++i) {
                    const ShardRange r = shardRange(total, i, count);
                    smallest = std::min(smallest, r.end - r.begin);
                    largest = std::max(largest, r.end - r.begin);
                    for (std::size_t j = r.begin; j < r.end; ++j) {
                        ++seen[j];
                    }
                }
                for (std::size_t j = 0; j < total; ++j) {
                    QCOMPARE(seen[j], 1);
                }
                QVERIFY(largest - smallest <= 1);
            }
        }
        int i = 0, n = 0;
        QVERIFY(parseShard("2/8", i, n) && i == 2 && n == 8);
        for (const char* bad : {"8/8", "-1/8", "1/0", "x/2", "1/2/3", "1", "1/2x"}) {
            QVERIFY2(!parseShard(bad, i, n), bad);
        }
    }
};

int main(int argc, char** argv) {
    QGuiApplication app(argc, argv);
    registerBuiltinEffects();
    TestBatchCore t;
    return QTest::qExec(&t, argc, argv);
}
#include "tst_batch_core.moc"
