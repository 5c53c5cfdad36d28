// Masks: each shape keeps what it should at known pixels; feather is a soft edge centred
// on the shape's edge; invert swaps; the mask sits on the clip's picture even when the
// renderer hands the effect a scaled, cropped part of it; keyframes move it.

#include "builtin_effects.h"
#include "effect/effect.h"
#include "mask/mask_effect.h"
#include "model/clip.h"

#include <QGuiApplication>
#include <QTest>

using namespace reelcut;

namespace {

QImage opaque(int w = 100, int h = 100) {
    QImage img(w, h, QImage::Format_ARGB32_Premultiplied);
    img.fill(qRgb(200, 100, 50));
    return img;
}

QImage masked(const ParamValues& params, QImage img = opaque(), const EffectContext& ctx = {}) {
    EffectRegistry::instance().find(kMaskEffectId)->apply(img, params, ctx);
    return img;
}

int alphaAt(const QImage& img, int x, int y) {
    return qAlpha(img.pixel(x, y));
}

} // namespace

class TestMasks : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { registerBuiltinEffects(); }

    void rectangleAndEllipse() {
        const ParamValues rect{
            {"shape", "rectangle"}, {"width", 0.5}, {"height", 0.3}, {"feather", 0.0}};
        QImage m = masked(rect);
        QCOMPARE(alphaAt(m, 50, 50), 255);
        QCOMPARE(alphaAt(m, 26, 50), 255); // the box spans x 25..75, y 35..65
        QCOMPARE(alphaAt(m, 24, 50), 0);
        QCOMPARE(alphaAt(m, 50, 36), 255);
        QCOMPARE(alphaAt(m, 50, 33), 0);
        QCOMPARE(m.pixel(10, 10), 0u); // premultiplied: all channels go
        const ParamValues ellipse{
            {"shape", "ellipse"}, {"width", 0.6}, {"height", 0.6}, {"feather", 0.0}};
        m = masked(ellipse);
        QCOMPARE(alphaAt(m, 50, 22), 255); // radius 30
        QCOMPARE(alphaAt(m, 50, 18), 0);
        QCOMPARE(alphaAt(m, 26, 26), 0); // the box's corner is outside the ellipse
        // Rotated 90 degrees, a wide rectangle becomes a tall one.
        m = masked({{"shape", "rectangle"},
                    {"width", 0.8},
                    {"height", 0.2},
                    {"rotation", 90.0},
                    {"feather", 0.0}});
        QCOMPARE(alphaAt(m, 50, 15), 255);
        QCOMPARE(alphaAt(m, 15, 50), 0);
    }

    void linearAndMirror() {
        QImage m = masked({{"shape", "linear"}, {"feather", 0.0}});
        QCOMPARE(alphaAt(m, 50, 49), 255); // above the line
        QCOMPARE(alphaAt(m, 50, 51), 0);
        m = masked({{"shape", "linear"}, {"rotation", 90.0}, {"feather", 0.0}});
        QCOMPARE(alphaAt(m, 60, 10), 255); // turned clockwise: the right side stays
        QCOMPARE(alphaAt(m, 40, 10), 0);
        m = masked({{"shape", "mirror"}, {"height", 0.2}, {"feather", 0.0}});
        QCOMPARE(alphaAt(m, 10, 41), 255);
        QCOMPARE(alphaAt(m, 10, 58), 255);
        QCOMPARE(alphaAt(m, 10, 38), 0);
        QCOMPARE(alphaAt(m, 10, 62), 0);
    }

    void featherAndInvert() {
        const QImage m = masked({{"shape", "linear"}, {"feather", 0.2}}); // 20 px soft edge
        QVERIFY(std::abs(alphaAt(m, 50, 50) - 128) <= 20);
        QCOMPARE(alphaAt(m, 50, 35), 255);
        QCOMPARE(alphaAt(m, 50, 65), 0);
        for (int y = 39; y < 62; ++y) {
            QVERIFY(alphaAt(m, 50, y) >= alphaAt(m, 50, y + 1));
        }
        const QImage inv = masked({{"shape", "linear"}, {"feather", 0.0}, {"invert", 1.0}});
        QCOMPARE(alphaAt(inv, 50, 49), 0);
        QCOMPARE(alphaAt(inv, 50, 51), 255);
    }

    void followsTheSourcePicture() {
        // The renderer gives the effect the visible part only: here the right half of a
        // 200x200 source, scaled to 100x100. A mask at x = 0.75 of the source (pixel 150)
        // lands at frame x 50.
        EffectContext ctx;
        ctx.sourceSize = QSize(200, 200);
        ctx.sourceToFrame = QTransform::fromTranslate(-100, 0) * QTransform::fromScale(1, 0.5);
        const QImage m = masked({{"shape", "rectangle"},
                                 {"x", 0.75},
                                 {"width", 0.1},
                                 {"height", 1.0},
                                 {"feather", 0.0}},
                                opaque(100, 100), ctx);
        QCOMPARE(alphaAt(m, 50, 50), 255);
        QCOMPARE(alphaAt(m, 58, 50), 255); // half width 10 source px = 10 frame px
        QCOMPARE(alphaAt(m, 62, 50), 0);
        QCOMPARE(alphaAt(m, 38, 50), 0);
    }

    void keyframesMoveIt() {
        EffectInstance fx;
        fx.type = kMaskEffectId;
        fx.params = {{"shape", "ellipse"}, {"width", 0.2}, {"height", 0.2}, {"feather", 0.0}};
        fx.keyframes["x"] = {ParamKey{Time(0), 0.2}, ParamKey{Time(2), 0.8, {}}};
        const QImage start = masked(fx.paramsAt(Time(0)));
        const QImage middle = masked(fx.paramsAt(Time(1)));
        QCOMPARE(alphaAt(start, 20, 50), 255);
        QCOMPARE(alphaAt(start, 50, 50), 0);
        QCOMPARE(alphaAt(middle, 50, 50), 255);
        // Eased: at a quarter of the way an ease-in has moved less than a linear key.
        fx.keyframes["x"][0].easing = KeyEasing{Easing::EaseIn};
        const double eased = fx.paramsAt(Rational(1, 2)).at("x").number();
        QVERIFY2(eased < 0.2 + 0.6 * 0.25 - 0.05, qPrintable(QString::number(eased)));
        fx.keyframes["x"][0].easing = KeyEasing{Easing::Hold};
        QCOMPARE(fx.paramsAt(Rational(19, 10)).at("x").number(), 0.2);
    }
};

int main(int argc, char** argv) {
    QGuiApplication app(argc, argv);
    TestMasks t;
    return QTest::qExec(&t, argc, argv);
}
#include "tst_masks.moc"
