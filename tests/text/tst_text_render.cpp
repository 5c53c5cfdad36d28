// Text as the renderer draws it: colour inside the expected box and nothing outside,
// stroke and shadow where they belong, animations at given times, colour emoji.

#include "builtin_effects.h"
#include "render/frame_renderer.h"
#include "text/text_presets.h"
#include "text_test_util.h"

#include <QGlyphRun>
#include <QGuiApplication>
#include <QRawFont>
#include <QTest>
#include <QTextLayout>

using namespace reelcut;
using namespace reelcut::test;

namespace {

Project canvas(int w = 400, int h = 400) {
    Project p = makeDefaultProject(w, h, FrameRate(30));
    edit::addTrack(p, TrackKind::Text, "Text");
    return p;
}

ObjectId textTrack(const Project& p) {
    for (const auto& t : p.tracks) {
        if (t.kind == TrackKind::Text) {
            return t.id;
        }
    }
    return 0;
}

} // namespace

class TestTextRender : public QObject {
    Q_OBJECT
    FrameRenderer renderer_;

private Q_SLOTS:
    void fillColourInsideItsBoxOnly() {
        Project p = canvas();
        Clip c = textClip("HELLO", Time(0), Time(2));
        c.style.color = 0xff00ff00;
        c.style.fontSize = 60;
        c.transform.y = 0.25;
        edit::addClip(p, textTrack(p), c);
        const QImage f = renderer_.frameAt(p, Time(1), QSize(400, 400)).copy();
        const QRect ink = inkBox(f, Qt::black);
        QVERIFY(!ink.isEmpty());
        // Cap height of 60 px Lato is ~43 px; "HELLO" ~190 px wide; centred at (200, 100).
        QVERIFY2(ink.height() > 35 && ink.height() < 60, qPrintable(QString::number(ink.height())));
        QVERIFY2(ink.width() > 120 && ink.width() < 260, qPrintable(QString::number(ink.width())));
        QVERIFY2(std::abs(ink.center().x() - 200) <= 4,
                 qPrintable(QString::number(ink.center().x())));
        QVERIFY2(std::abs(ink.center().y() - 100) <= 6,
                 qPrintable(QString::number(ink.center().y())));
        QVERIFY(countNear(f, QColor(0, 255, 0)) > 500);   // the letters are green
        QCOMPARE(countNear(f, QColor(255, 255, 255)), 0); // and nothing else was drawn
        // Same frame at half size: the text scales with the canvas.
        const QRect half = inkBox(renderer_.frameAt(p, Time(1), QSize(200, 200)), Qt::black);
        QVERIFY(std::abs(half.width() * 2 - ink.width()) <= 6);
    }

    void strokeSurroundsAndShadowFalls() {
        Project p = canvas();
        p.background = 0xffffffff;
        Clip c = textClip("I", Time(0), Time(2));
        c.style.fontSize = 120;
        c.style.color = 0xff0000ff;
        c.style.strokeWidth = 6;
        c.style.strokeColor = 0xffff0000;
        edit::addClip(p, textTrack(p), c);
        const QImage f = renderer_.frameAt(p, Time(1), QSize(400, 400)).copy();
        const QRect blue = inkBox(f, Qt::white, 60);
        // Walk left from the middle of the letter: blue, then red (the outline), then white.
        const int y = blue.center().y();
        int x = blue.center().x();
        while (x > 0 && QColor(f.pixel(x, y)).blue() > 150) {
            --x;
        }
        int redRun = 0;
        while (x > 0 && QColor(f.pixel(x, y)).red() > 150 && QColor(f.pixel(x, y)).green() < 100) {
            ++redRun;
            --x;
        }
        QVERIFY2(redRun >= 4 && redRun <= 9, qPrintable(QString("outline %1 px").arg(redRun)));
        QCOMPARE(QColor(f.pixel(x - 3, y)), QColor(Qt::white));

        // A hard shadow 20 px right and down: dark pixels appear right of the letter's ink.
        p.findTrack(textTrack(p))->clips[0].style.strokeWidth = 0;
        p.findTrack(textTrack(p))->clips[0].style.shadowColor = 0xff000000;
        p.findTrack(textTrack(p))->clips[0].style.shadowOffsetX = 20;
        p.findTrack(textTrack(p))->clips[0].style.shadowOffsetY = 20;
        const QImage s = renderer_.frameAt(p, Time(1), QSize(400, 400)).copy();
        const QRect letter = inkBox(f, Qt::white, 60);
        QCOMPARE(QColor(s.pixel(letter.right() + 12, letter.center().y() + 20)), QColor(Qt::black));
        QCOMPARE(QColor(s.pixel(letter.left() - 8, letter.center().y())), QColor(Qt::white));
    }

    void boxWithPadding() {
        Project p = canvas();
        Clip c = textClip("Box", Time(0), Time(2));
        c.style.color = 0xffffffff;
        c.style.boxColor = 0xff2040ff;
        c.style.boxPadding = 20;
        edit::addClip(p, textTrack(p), c);
        const QImage f = renderer_.frameAt(p, Time(1), QSize(400, 400)).copy();
        const QRect box = inkBox(f, Qt::black);
        const QRect text = inkBox(f, QColor(0x20, 0x40, 0xff), 60).intersected(box);
        QCOMPARE(QColor(f.pixel(box.left() + 5, box.center().y())).rgb(),
                 QColor(0x20, 0x40, 0xff).rgb());
        QVERIFY(box.width() > 60);
        QCOMPARE(QColor(f.pixel(box.left() - 3, box.center().y())), QColor(Qt::black));
        Q_UNUSED(text);
    }

    void animations() {
        Project p = canvas();
        Clip c = textClip("MOVE", Time(0), Time(4));
        c.style.color = 0xffffffff;
        c.animationIn = {AnimationType::Fade, 1.0};
        c.animationOut = {AnimationType::SlideRight, 1.0};
        edit::addClip(p, textTrack(p), c);
        auto brightest = [&](const Time& t) {
            const QImage& f = renderer_.frameAt(p, t, QSize(400, 400));
            int best = 0;
            for (int y = 150; y < 250; ++y) {
                for (int x = 0; x < 400; ++x) {
                    best = std::max(best, qGray(f.pixel(x, y)));
                }
            }
            return best;
        };
        QCOMPARE(brightest(Time(0)), 0);
        QVERIFY(std::abs(brightest(Rational(1, 2)) - 128) <= 8);
        QCOMPARE(brightest(Time(2)), 255);
        // Sliding out to the right: the text moves right of centre as the end nears.
        const int settled =
            inkBox(renderer_.frameAt(p, Time(2), QSize(400, 400)), Qt::black).center().x();
        // 0.2 s before the end, 80% of the way out: x is 0.6 * (1 - easeOutCubic(0.2)) = 0.31
        // of the canvas further right.
        const int leaving =
            inkBox(renderer_.frameAt(p, Rational(38, 10), QSize(400, 400)), Qt::black, 20)
                .center()
                .x();
        QVERIFY2(leaving > settled + 80, qPrintable(QString("%1 vs %2").arg(leaving).arg(settled)));

        // Typewriter: half way through, about half of the letters are there.
        Project tw = canvas();
        Clip w = textClip("ABCDEFGH", Time(0), Time(4));
        w.animationIn = {AnimationType::Typewriter, 2.0};
        edit::addClip(tw, textTrack(tw), w);
        const int full = countNear(renderer_.frameAt(tw, Time(3), QSize(400, 400)), Qt::white, 60);
        const int partial =
            countNear(renderer_.frameAt(tw, Time(1), QSize(400, 400)), Qt::white, 60);
        QVERIFY2(partial > full / 4 && partial < full * 3 / 4,
                 qPrintable(QString("%1 of %2").arg(partial).arg(full)));

        // Keyframes: half way between two keys, the text is half way across.
        Project kf = canvas();
        Clip k = textClip("K", Time(0), Time(2));
        k.keyframes = {{Time(0), Transform{0.2, 0.5, 1, 0, 1}},
                       {Time(2), Transform{0.8, 0.5, 1, 0, 1}}};
        edit::addClip(kf, textTrack(kf), k);
        const int mid =
            inkBox(renderer_.frameAt(kf, Time(1), QSize(400, 400)), Qt::black).center().x();
        QVERIFY2(std::abs(mid - 200) <= 4, qPrintable(QString::number(mid)));
        const int q =
            inkBox(renderer_.frameAt(kf, Rational(1, 2), QSize(400, 400)), Qt::black).center().x();
        QVERIFY2(std::abs(q - 140) <= 4, qPrintable(QString::number(q)));
    }

    void colourEmoji() {
        Project p = canvas();
        Clip c = textClip("\xF0\x9F\x98\x80", Time(0), Time(2)); // grinning face
        c.style.fontSize = 120;
        edit::addClip(p, textTrack(p), c);
        const QImage f = renderer_.frameAt(p, Time(1), QSize(400, 400)).copy();
        // A colour emoji is mostly yellow: strongly saturated pixels, not white text.
        int yellow = 0;
        for (int y = 0; y < 400; ++y) {
            for (int x = 0; x < 400; ++x) {
                const QColor px(f.pixel(x, y));
                if (px.red() > 180 && px.green() > 130 && px.blue() < 100) {
                    ++yellow;
                }
            }
        }
        QVERIFY2(yellow > 2000, qPrintable(QString::number(yellow)));
    }

    void anyScriptShapes_data() {
        QTest::addColumn<QString>("text");
        QTest::newRow("Arabic") << QString::fromUtf8("\xD9\x85\xD8\xB1\xD8\xAD\xD8\xA8\xD8\xA7");
        QTest::newRow("Hindi") << QString::fromUtf8(
            "\xE0\xA4\xA8\xE0\xA4\xAE\xE0\xA4\xB8\xE0\xA5\x8D\xE0\xA4\xA4\xE0\xA5\x87");
        QTest::newRow("Chinese") << QString::fromUtf8(
            "\xE4\xBD\xA0\xE5\xA5\xBD\xE4\xB8\x96\xE7\x95\x8C");
        QTest::newRow("Japanese") << QString::fromUtf8(
            "\xE3\x81\x93\xE3\x82\x93\xE3\x81\xAB\xE3\x81\xA1\xE3\x81\xAF");
        QTest::newRow("German") << QString::fromUtf8("Gr\xC3\xBC\xC3\x9F Gott");
    }
    void anyScriptShapes() {
        // Every character must come out of a real font (glyph 0 is the "missing" box),
        // through the same font fallback the text renderer uses, and draw visible ink.
        QFETCH(QString, text);
        QFont font(QStringLiteral("Lato"));
        font.setFamilies({QStringLiteral("Lato"), QStringLiteral("Noto Color Emoji")});
        font.setPixelSize(60);
        QTextLayout layout(text, font);
        layout.beginLayout();
        layout.createLine().setLineWidth(2000);
        layout.endLayout();
        int glyphs = 0;
        for (const QGlyphRun& run : layout.glyphRuns()) {
            for (quint32 g : run.glyphIndexes()) {
                QVERIFY2(g != 0, qPrintable(run.rawFont().familyName() + " lacks a glyph"));
                ++glyphs;
            }
        }
        QVERIFY(glyphs > 0);
        Project p = canvas();
        edit::addClip(p, textTrack(p), textClip(text.toStdString(), Time(0), Time(2)));
        const QRect ink = inkBox(renderer_.frameAt(p, Time(1), QSize(400, 400)), Qt::black);
        QVERIFY2(ink.width() > 80, qPrintable(QString::number(ink.width())));
    }

    void everyPresetRenders() {
        QVERIFY(builtinTextPresets().size() >= 6);
        for (const TextPreset& preset : builtinTextPresets()) {
            Project p = canvas(540, 960);
            Clip c = textClip("Big sale -50%", Time(0), Time(3));
            c.style = preset.style;
            c.animationIn = preset.animationIn;
            c.animationOut = preset.animationOut;
            edit::addClip(p, textTrack(p), c);
            const QRect ink =
                inkBox(renderer_.frameAt(p, Rational(3, 2), QSize(540, 960)), Qt::black);
            QVERIFY2(ink.width() > 100, preset.id.c_str());
        }
    }

    void missingFont() {
        Project p = canvas();
        Clip c = textClip("Hi", Time(0), Time(2));
        c.style.fontFamily = "No Such Font Family";
        edit::addClip(p, textTrack(p), c);
        FrameRenderer strict(FrameRenderer::MissingMedia::Throw);
        try {
            strict.frameAt(p, Time(1), QSize(200, 200));
            QFAIL("a missing font was accepted by the export renderer");
        } catch (const std::exception& e) {
            QVERIFY2(QString(e.what()).contains("No Such Font Family"), e.what());
        }
        FrameRenderer preview(FrameRenderer::MissingMedia::Placeholder);
        QVERIFY(!inkBox(preview.frameAt(p, Time(1), QSize(200, 200)), Qt::black).isEmpty());
        QCOMPARE(int(preview.problems().size()), 1);
    }
};

int main(int argc, char** argv) {
    QGuiApplication app(argc, argv);
    registerBuiltinEffects();
    TestTextRender t;
    return QTest::qExec(&t, argc, argv);
}
#include "tst_text_render.moc"
