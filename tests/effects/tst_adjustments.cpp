// The Adjust effect, slider by slider, on known pixels: each changes what it says and
// leaves the rest alone; every slider at 0 is no change.

#include "builtin_effects.h"
#include "effect/effect.h"

#include <QGuiApplication>
#include <QTest>
#include <cmath>

using namespace reelcut;

namespace {

QImage flat(QRgb c, int w = 64, int h = 64) {
    QImage img(w, h, QImage::Format_ARGB32_Premultiplied);
    img.fill(c);
    return img;
}

QImage adjust(QImage img, const ParamValues& params, Time clipTime = Time(0)) {
    EffectContext ctx;
    ctx.clipTime = clipTime;
    EffectRegistry::instance().find("color.adjust")->apply(img, params, ctx);
    return img;
}

QRgb at(const QImage& img, int x = 32, int y = 32) {
    return img.pixel(x, y);
}

double meanOf(const QImage& img, int channel) {
    double sum = 0;
    for (int y = 0; y < img.height(); ++y) {
        for (int x = 0; x < img.width(); ++x) {
            const QRgb p = img.pixel(x, y);
            sum += channel == 0 ? qRed(p) : channel == 1 ? qGreen(p) : qBlue(p);
        }
    }
    return sum / (img.width() * img.height());
}

} // namespace

class TestAdjustments : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { registerBuiltinEffects(); }

    void zeroIsNoChange() {
        QImage img(64, 64, QImage::Format_ARGB32_Premultiplied);
        for (int y = 0; y < 64; ++y) {
            for (int x = 0; x < 64; ++x) {
                img.setPixel(x, y, qRgb(x * 4, y * 4, (x * y) & 255));
            }
        }
        ParamValues zeros;
        for (const ParamDescriptor& d :
             EffectRegistry::instance().find("color.adjust")->descriptor().params) {
            zeros[d.id] = 0.0;
        }
        QCOMPARE(adjust(img, zeros), img);
        QCOMPARE(adjust(img, {}), img);
    }

    void exposureIsStopsOfLight() {
        // +1 stop doubles linear light: sRGB 128 (0.216 linear) -> 0.431 -> sRGB 175.
        const QRgb up = at(adjust(flat(qRgb(128, 128, 128)), {{"exposure", 1.0}}));
        QVERIFY2(std::abs(qRed(up) - 175) <= 2, qPrintable(QString::number(qRed(up))));
        const QRgb down = at(adjust(flat(qRgb(128, 128, 128)), {{"exposure", -1.0}}));
        QVERIFY2(std::abs(qRed(down) - 92) <= 2, qPrintable(QString::number(qRed(down))));
    }

    void contrastPivotsOnMidGrey() {
        const ParamValues more{{"contrast", 0.5}};
        QVERIFY(qRed(at(adjust(flat(qRgb(64, 64, 64)), more))) < 40);
        QVERIFY(qRed(at(adjust(flat(qRgb(192, 192, 192)), more))) > 215);
        QVERIFY(std::abs(qRed(at(adjust(flat(qRgb(128, 128, 128)), more))) - 128) <= 2);
        const QRgb less = at(adjust(flat(qRgb(64, 64, 64)), {{"contrast", -0.5}}));
        QVERIFY(qRed(less) > 80 && qRed(less) < 110);
        const int brighter = qRed(at(adjust(flat(qRgb(100, 100, 100)), {{"brightness", 0.2}})));
        QVERIFY2(brighter == 125 || brighter == 126, qPrintable(QString::number(brighter)));
    }

    void saturationAndVibrance() {
        const QRgb grey = at(adjust(flat(qRgb(200, 80, 40)), {{"saturation", -1.0}}));
        QCOMPARE(qRed(grey), qGreen(grey));
        QCOMPARE(qGreen(grey), qBlue(grey));
        // Vibrance: a dull colour gains more than a vivid one.
        auto spread = [](QRgb p) {
            return std::max({qRed(p), qGreen(p), qBlue(p)}) -
                   std::min({qRed(p), qGreen(p), qBlue(p)});
        };
        const QRgb dull = qRgb(140, 120, 110), vivid = qRgb(230, 40, 30);
        const double dullGain =
            double(spread(at(adjust(flat(dull), {{"vibrance", 1.0}})))) / spread(dull);
        const double vividGain =
            double(spread(at(adjust(flat(vivid), {{"vibrance", 1.0}})))) / spread(vivid);
        QVERIFY2(dullGain > 1.6 && vividGain < 1.25,
                 qPrintable(QString("%1 %2").arg(dullGain).arg(vividGain)));
    }

    void temperatureAndTint() {
        const QRgb warm = at(adjust(flat(qRgb(128, 128, 128)), {{"temperature", 1.0}}));
        QVERIFY(qRed(warm) > 135 && qBlue(warm) < 120);
        const QRgb cool = at(adjust(flat(qRgb(128, 128, 128)), {{"temperature", -1.0}}));
        QVERIFY(qBlue(cool) > 135 && qRed(cool) < 120);
        const QRgb magenta = at(adjust(flat(qRgb(128, 128, 128)), {{"tint", 1.0}}));
        QVERIFY(qGreen(magenta) < 120 && qRed(magenta) > qGreen(magenta) + 10);
    }

    void highlightsAndShadows() {
        // Highlights move the bright end, shadows the dark end; each leaves the other.
        QVERIFY(qRed(at(adjust(flat(qRgb(230, 230, 230)), {{"highlights", -1.0}}))) < 200);
        QVERIFY(std::abs(qRed(at(adjust(flat(qRgb(128, 128, 128)), {{"highlights", -1.0}}))) -
                         128) <= 8);
        QVERIFY(std::abs(qRed(at(adjust(flat(qRgb(30, 30, 30)), {{"highlights", -1.0}}))) - 30) <=
                2);
        QVERIFY(qRed(at(adjust(flat(qRgb(30, 30, 30)), {{"shadows", 1.0}}))) > 45);
        QVERIFY(std::abs(qRed(at(adjust(flat(qRgb(230, 230, 230)), {{"shadows", 1.0}}))) - 230) <=
                3);
    }

    void vignetteDarkensCorners() {
        const QImage v = adjust(flat(qRgb(200, 200, 200), 160, 90), {{"vignette", 1.0}});
        QCOMPARE(qRed(v.pixel(80, 45)), 200); // the middle is untouched
        QVERIFY(qRed(v.pixel(0, 0)) < 60);
        QVERIFY(qRed(v.pixel(159, 89)) < 60);
        QVERIFY(qRed(v.pixel(0, 45)) > qRed(v.pixel(0, 0))); // edges less than corners
        const QImage light = adjust(flat(qRgb(100, 100, 100), 160, 90), {{"vignette", -1.0}});
        QVERIFY(qRed(light.pixel(0, 0)) > 150);
    }

    void sharpenOvershootsEdges() {
        QImage edge = flat(qRgb(60, 60, 60), 64, 16);
        for (int y = 0; y < 16; ++y) {
            for (int x = 32; x < 64; ++x) {
                edge.setPixel(x, y, qRgb(180, 180, 180));
            }
        }
        const QImage s = adjust(edge, {{"sharpen", 1.0}});
        QVERIFY(qRed(s.pixel(31, 8)) < 50);  // the dark side darker at the edge
        QVERIFY(qRed(s.pixel(32, 8)) > 190); // the bright side brighter
        QCOMPARE(qRed(s.pixel(5, 8)), 60);   // flat areas unchanged
    }

    void grainIsNoiseAroundTheSameMean() {
        const QImage g = adjust(flat(qRgb(128, 128, 128), 128, 128), {{"grain", 0.5}}, Time(1));
        QVERIFY(std::abs(meanOf(g, 0) - 128) < 1.5);
        double var = 0;
        for (int y = 0; y < 128; ++y) {
            for (int x = 0; x < 128; ++x) {
                var += std::pow(qRed(g.pixel(x, y)) - 128.0, 2);
            }
        }
        const double sd = std::sqrt(var / (128 * 128));
        QVERIFY2(sd > 4 && sd < 15, qPrintable(QString::number(sd)));
        // Luminance noise: the channels move together.
        QCOMPARE(qRed(g.pixel(7, 9)), qBlue(g.pixel(7, 9)));
        // The same frame twice is the same grain; another frame, another pattern.
        QCOMPARE(adjust(flat(qRgb(128, 128, 128), 128, 128), {{"grain", 0.5}}, Time(1)), g);
        QVERIFY(adjust(flat(qRgb(128, 128, 128), 128, 128), {{"grain", 0.5}}, Rational(31, 30)) !=
                g);
    }
};

int main(int argc, char** argv) {
    QGuiApplication app(argc, argv);
    TestAdjustments t;
    return QTest::qExec(&t, argc, argv);
}
#include "tst_adjustments.moc"
