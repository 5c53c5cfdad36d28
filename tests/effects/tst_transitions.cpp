// Every transition checked on known pictures at given progress values: a wipe at 50% is
// half of each picture, a push at 50% has moved the outgoing picture half a frame, etc.;
// and for all of them: progress 0 is the outgoing picture, 1 the incoming one, and the
// same inputs give the same pixels.

#include "builtin_effects.h"
#include "effect/effect.h"

#include <QGuiApplication>
#include <QPainter>
#include <QTest>

using namespace reelcut;

namespace {

constexpr int kW = 120, kH = 200; // 3:5, even, small: the tests are about geometry

QImage solid(QColor c) {
    QImage img(kW, kH, QImage::Format_ARGB32_Premultiplied);
    img.fill(c);
    return img;
}

// Left half `a`, right half `b`.
QImage split(QColor a, QColor b) {
    QImage img = solid(a);
    QPainter p(&img);
    p.fillRect(kW / 2, 0, kW - kW / 2, kH, b);
    return img;
}

int maxDiff(const QImage& a, const QImage& b) {
    int worst = 0;
    for (int y = 0; y < a.height(); ++y) {
        for (int x = 0; x < a.width(); ++x) {
            const QRgb p = a.pixel(x, y), q = b.pixel(x, y);
            worst = std::max({worst, std::abs(qRed(p) - qRed(q)), std::abs(qGreen(p) - qGreen(q)),
                              std::abs(qBlue(p) - qBlue(q)), std::abs(qAlpha(p) - qAlpha(q))});
        }
    }
    return worst;
}

bool near(QRgb p, QColor c, int tolerance = 2) {
    return std::abs(qRed(p) - c.red()) <= tolerance &&
           std::abs(qGreen(p) - c.green()) <= tolerance &&
           std::abs(qBlue(p) - c.blue()) <= tolerance;
}

QString describe(QRgb p) {
    return QStringLiteral("(%1, %2, %3, a %4)")
        .arg(qRed(p))
        .arg(qGreen(p))
        .arg(qBlue(p))
        .arg(qAlpha(p));
}

const QColor kRed(220, 30, 40), kBlue(30, 60, 220), kGreen(20, 200, 60), kYellow(240, 220, 20);

} // namespace

class TestTransitions : public QObject {
    Q_OBJECT

    QImage run(const std::string& id, const QImage& from, const QImage& to, double progress,
               const ParamValues& params = {}) {
        const TransitionEffect* t = EffectRegistry::instance().findTransition(id);
        if (t == nullptr) {
            qFatal("no transition %s", id.c_str());
        }
        QImage out(from.size(), QImage::Format_ARGB32_Premultiplied);
        out.fill(Qt::magenta); // anything left unwritten shows
        t->apply(from, to, progress, params, TransitionContext{}, out);
        return out;
    }

#define EXPECT_PIXEL(img, x, y, color)                                                             \
    QVERIFY2(near((img).pixel((x), (y)), (color)),                                                 \
             qPrintable(QStringLiteral("pixel (%1, %2) is %3")                                     \
                            .arg(x)                                                                \
                            .arg(y)                                                                \
                            .arg(describe((img).pixel((x), (y))))))

private Q_SLOTS:
    void initTestCase() {
        registerBuiltinEffects();
    }

    void atLeastTwelveRegistered() {
        const auto all = EffectRegistry::instance().transitions();
        QVERIFY2(all.size() >= 12, qPrintable(QString::number(all.size())));
        for (const char* id : {"crossfade", "dip-black", "dip-white", "wipe", "slide", "push",
                               "zoom-in", "zoom-out", "blur", "spin", "glitch", "iris"}) {
            QVERIFY2(EffectRegistry::instance().findTransition(id) != nullptr, id);
        }
    }

    // The ends are the pictures themselves (within rounding), for every transition and
    // every direction; and rendering twice gives the same pixels.
    void endsAreThePictures() {
        const QImage from = split(kRed, kYellow);
        const QImage to = split(kBlue, kGreen);
        for (const TransitionEffect* t : EffectRegistry::instance().transitions()) {
            const std::string id = t->descriptor().id;
            std::vector<ParamValues> variants{{}};
            if (t->descriptor().param("direction") != nullptr) {
                variants = {{{"direction", "left"}},
                            {{"direction", "right"}},
                            {{"direction", "up"}},
                            {{"direction", "down"}}};
            }
            for (const ParamValues& params : variants) {
                QVERIFY2(maxDiff(run(id, from, to, 0, params), from) <= 1, id.c_str());
                QVERIFY2(maxDiff(run(id, from, to, 1, params), to) <= 1, id.c_str());
                QCOMPARE(run(id, from, to, 0.37, params), run(id, from, to, 0.37, params));
            }
        }
    }

    void crossfadeAndDips() {
        const QImage from = solid(kRed), to = solid(kBlue);
        const QImage quarter = run("crossfade", from, to, 0.25);
        EXPECT_PIXEL(quarter, 10, 10,
                     QColor((3 * 220 + 30) / 4, (3 * 30 + 60) / 4, (3 * 40 + 220) / 4));
        const QImage black = run("dip-black", from, to, 0.5);
        EXPECT_PIXEL(black, 60, 100, QColor(0, 0, 0));
        const QImage halfDown = run("dip-black", from, to, 0.25);
        EXPECT_PIXEL(halfDown, 60, 100, QColor(110, 15, 20));
        const QImage halfUp = run("dip-black", from, to, 0.75);
        EXPECT_PIXEL(halfUp, 60, 100, QColor(15, 30, 110));
        const QImage white = run("dip-white", from, to, 0.5);
        EXPECT_PIXEL(white, 60, 100, QColor(255, 255, 255));
        // The dip's colour is a parameter.
        const QImage green = run("dip-black", from, to, 0.5, {{"color", double(0xff14c83cu)}});
        EXPECT_PIXEL(green, 5, 5, kGreen);
    }

    void wipeIsHalfEachPictureAtHalfway() {
        const QImage from = solid(kRed), to = solid(kBlue);
        const ParamValues hard{{"softness", 0.0}};
        auto with = [&](const char* dir) {
            ParamValues p = hard;
            p["direction"] = dir;
            return p;
        };
        // Left: the edge travels right to left; the incoming picture follows it.
        QImage w = run("wipe", from, to, 0.5, with("left"));
        for (int y : {0, 100, kH - 1}) {
            EXPECT_PIXEL(w, kW / 2 - 1, y, kRed);
            EXPECT_PIXEL(w, kW / 2, y, kBlue);
            EXPECT_PIXEL(w, 0, y, kRed);
            EXPECT_PIXEL(w, kW - 1, y, kBlue);
        }
        w = run("wipe", from, to, 0.25, with("left"));
        EXPECT_PIXEL(w, kW * 3 / 4 - 1, 50, kRed);
        EXPECT_PIXEL(w, kW * 3 / 4, 50, kBlue);
        w = run("wipe", from, to, 0.5, with("right"));
        EXPECT_PIXEL(w, kW / 2 - 1, 50, kBlue);
        EXPECT_PIXEL(w, kW / 2, 50, kRed);
        w = run("wipe", from, to, 0.5, with("up"));
        EXPECT_PIXEL(w, 30, kH / 2 - 1, kRed);
        EXPECT_PIXEL(w, 30, kH / 2, kBlue);
        w = run("wipe", from, to, 0.25, with("down"));
        EXPECT_PIXEL(w, 30, kH / 4 - 1, kBlue);
        EXPECT_PIXEL(w, 30, kH / 4, kRed);

        // A soft edge: a gradient centred on the middle, pure pictures away from it.
        ParamValues soft{{"direction", "left"}, {"softness", 0.2}};
        w = run("wipe", from, to, 0.5, soft);
        EXPECT_PIXEL(w, 0, 10, kRed);
        EXPECT_PIXEL(w, kW - 1, 10, kBlue);
        const QRgb mid = w.pixel(kW / 2, 10);
        QVERIFY2(std::abs(qRed(mid) - 125) < 20 && std::abs(qBlue(mid) - 130) < 20,
                 qPrintable(describe(mid)));
        // Monotonic across the edge.
        for (int x = 1; x < kW; ++x) {
            QVERIFY(qBlue(w.pixel(x, 10)) >= qBlue(w.pixel(x - 1, 10)));
        }
    }

    void irisOpensFromTheCentre() {
        const QImage from = solid(kRed), to = solid(kBlue);
        const QImage i = run("iris", from, to, 0.5, {{"softness", 0.0}});
        EXPECT_PIXEL(i, kW / 2, kH / 2, kBlue);
        EXPECT_PIXEL(i, 0, 0, kRed);
        EXPECT_PIXEL(i, kW - 1, kH - 1, kRed);
        // Radius at 50%: half the centre-to-corner distance.
        const double r = 0.5 * std::hypot(kW / 2.0, kH / 2.0);
        EXPECT_PIXEL(i, kW / 2, int(kH / 2 + r - 2), kBlue);
        EXPECT_PIXEL(i, kW / 2, int(kH / 2 + r + 2), kRed);
    }

    void slideCoversPushMoves() {
        // A yellow column marks the incoming picture's left edge and the outgoing
        // picture's middle.
        QImage from = solid(kRed);
        QImage to = solid(kBlue);
        for (int y = 0; y < kH; ++y) {
            to.setPixel(0, y, kYellow.rgba());
            from.setPixel(kW / 2, y, kGreen.rgba());
        }
        // Slide left at 50% (the motion is eased, symmetric about the middle): the
        // incoming picture's left edge is at the middle, the outgoing one has not moved.
        QImage s = run("slide", from, to, 0.5, {{"direction", "left"}});
        EXPECT_PIXEL(s, kW / 2, 20, kYellow);
        EXPECT_PIXEL(s, kW / 2 - 1, 20, kRed);
        EXPECT_PIXEL(s, kW - 1, 20, kBlue);
        // Push left at 50%: the outgoing middle column has moved to the left edge.
        QImage p = run("push", from, to, 0.5, {{"direction", "left"}});
        EXPECT_PIXEL(p, 0, 20, kGreen);
        EXPECT_PIXEL(p, kW / 2, 20, kYellow);
        EXPECT_PIXEL(p, kW / 4, 20, kRed);
        // Push right: the outgoing picture leaves to the right (its left edge, green, is
        // at the middle), the incoming one follows (its right edge, yellow, just left of it).
        QImage fromRight = solid(kRed), toRight = solid(kBlue);
        for (int y = 0; y < kH; ++y) {
            fromRight.setPixel(0, y, kGreen.rgba());
            toRight.setPixel(kW - 1, y, kYellow.rgba());
        }
        p = run("push", fromRight, toRight, 0.5, {{"direction", "right"}});
        EXPECT_PIXEL(p, kW / 2, 20, kGreen);
        EXPECT_PIXEL(p, kW / 2 - 1, 20, kYellow);
        EXPECT_PIXEL(p, kW - 1, 20, kRed);
        EXPECT_PIXEL(p, 0, 20, kBlue);
        // Up and down move rows.
        QImage fromRows = solid(kRed), toRows = solid(kBlue);
        for (int x = 0; x < kW; ++x) {
            toRows.setPixel(x, 0, kYellow.rgba());
        }
        p = run("push", fromRows, toRows, 0.5, {{"direction", "up"}});
        EXPECT_PIXEL(p, 30, kH / 2, kYellow);
        EXPECT_PIXEL(p, 30, kH / 2 - 1, kRed);
        s = run("slide", fromRows, toRows, 0.5, {{"direction", "down"}});
        EXPECT_PIXEL(s, 30, kH / 2 - 1, kBlue);
        EXPECT_PIXEL(s, 30, kH / 2, kRed);
    }

    void zoomsAndSpin() {
        const QImage from = solid(kRed), to = solid(kBlue);
        // Zoom in at 50%: the incoming picture has grown to 3/4 of the frame in the
        // centre; around it the outgoing one, zoomed in.
        QImage z = run("zoom-in", from, to, 0.5);
        EXPECT_PIXEL(z, kW / 2, kH / 2, kBlue);
        EXPECT_PIXEL(z, kW / 8 + 2, kH / 2, kBlue);
        EXPECT_PIXEL(z, kW / 8 - 2, kH / 2, kRed);
        EXPECT_PIXEL(z, 1, 1, kRed);
        // Zoom out at 50%: the outgoing picture has shrunk to 3/4, the incoming one shows
        // around it.
        z = run("zoom-out", from, to, 0.5);
        EXPECT_PIXEL(z, kW / 2, kH / 2, kRed);
        EXPECT_PIXEL(z, 1, 1, kBlue);
        // The outgoing picture really is magnified: a split picture at 1.5x moves its
        // edge; at 25% (eased: 1 + 0.0625 = 1.0625x) the red/yellow edge stays central.
        const QImage halves = split(kRed, kYellow);
        z = run("zoom-in", halves, to, 0.25);
        EXPECT_PIXEL(z, 2, 2, kRed);
        EXPECT_PIXEL(z, kW - 3, 2, kYellow);

        // Spin, one turn: at 50% the picture is upside down (180 degrees) and half-way
        // through the cut; the frame stays covered.
        const QImage s = run("spin", halves, solid(kGreen), 0.5, {{"turns", 1.0}});
        const QColor redGreen((220 + 20) / 2, (30 + 200) / 2, (40 + 60) / 2);
        const QColor yellowGreen((240 + 20) / 2, (220 + 200) / 2, (20 + 60) / 2);
        EXPECT_PIXEL(s, 5, 100, yellowGreen);
        EXPECT_PIXEL(s, kW - 6, 100, redGreen);
        for (const QPoint corner : {QPoint(0, 0), QPoint(kW - 1, 0), QPoint(0, kH - 1)}) {
            QCOMPARE(qAlpha(s.pixel(corner)), 255);
        }
        // A quarter in (22.5 degrees), still the outgoing picture, zoomed to cover.
        const QImage q = run("spin", solid(kRed), solid(kGreen), 0.25);
        for (const QPoint p : {QPoint(0, 0), QPoint(kW - 1, kH - 1), QPoint(kW / 2, kH / 2)}) {
            EXPECT_PIXEL(q, p.x(), p.y(), kRed);
        }
    }

    void blurSoftensTheCut() {
        const QImage halves = split(Qt::black, Qt::white);
        const QImage b = run("blur", halves, halves, 0.5, {{"radius", 20.0}});
        // Next to the edge the picture is grey; far from it, black and white stay.
        const int left = qRed(b.pixel(kW / 2 - 3, 100));
        const int right = qRed(b.pixel(kW / 2 + 2, 100));
        QVERIFY2(left > 40 && right < 215, qPrintable(QString("%1 %2").arg(left).arg(right)));
        QVERIFY(qRed(b.pixel(0, 100)) < 30);
        QVERIFY(qRed(b.pixel(kW - 1, 100)) > 225);
        // At 10% the blur is already under way, at 50% it is strongest.
        const QImage early = run("blur", halves, halves, 0.1, {{"radius", 20.0}});
        const int earlyLeft = qRed(early.pixel(kW / 2 - 3, 100));
        QVERIFY2(earlyLeft > 0 && earlyLeft < left, qPrintable(QString::number(earlyLeft)));
        // The picture changes under the blur: at 50% an even mix.
        const QImage mix = run("blur", solid(kRed), solid(kBlue), 0.5);
        EXPECT_PIXEL(mix, 60, 100, QColor(125, 45, 130));
    }

    void glitchSplitsChannels() {
        // A white column on black: with the channels split, red and blue copies of it
        // appear beside it somewhere in the frame at the height of the glitch.
        QImage from = solid(Qt::black);
        for (int y = 0; y < kH; ++y) {
            from.setPixel(kW / 2, y, qRgb(255, 255, 255));
        }
        const QImage g = run("glitch", from, from, 0.5, {{"strength", 1.0}});
        int redOnly = 0, blueOnly = 0;
        for (int y = 0; y < kH; ++y) {
            for (int x = 0; x < kW; ++x) {
                const QRgb p = g.pixel(x, y);
                redOnly += qRed(p) > 200 && qBlue(p) < 50 ? 1 : 0;
                blueOnly += qBlue(p) > 200 && qRed(p) < 50 ? 1 : 0;
            }
        }
        QVERIFY2(redOnly > kH / 2 && blueOnly > kH / 2,
                 qPrintable(QString("%1 %2").arg(redOnly).arg(blueOnly)));
        // Bands jump: the column is not at the same x in every row.
        int moved = 0;
        for (int y = 0; y < kH; ++y) {
            moved += qGreen(g.pixel(kW / 2, y)) < 128 ? 1 : 0;
        }
        QVERIFY(moved > 0);
        // Before the middle it is mostly the outgoing picture, after it the incoming one.
        const QImage early = run("glitch", solid(kRed), solid(kBlue), 0.3);
        int red = 0;
        for (int y = 0; y < kH; ++y) {
            red += near(early.pixel(60, y), kRed, 40) ? 1 : 0;
        }
        QVERIFY2(red > kH / 2, qPrintable(QString::number(red)));
    }
};

int main(int argc, char** argv) {
    QGuiApplication app(argc, argv);
    TestTransitions t;
    return QTest::qExec(&t, argc, argv);
}
#include "tst_transitions.moc"
