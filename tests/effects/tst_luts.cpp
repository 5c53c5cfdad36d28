// LUTs: .cube files parsed (1D, 3D, shaper + cube, DOMAIN_MIN/MAX), broken ones named
// with the line; applied to 8-bit pictures within 2/255 of FFmpeg's lut3d (tetrahedral)
// and lut1d on the same frame and file; intensity; the built-in looks match the code that
// generates them.

#include "builtin_effects.h"
#include "color/cube_lut.h"
#include "color/looks.h"
#include "color/lut_effect.h"
#include "effect/effect.h"
#include "model/builtin_assets.h"
#include "support/test_media.h"

#include <QFile>
#include <QGuiApplication>
#include <QTemporaryDir>
#include <QTest>
#include <cmath>

using namespace reelcut;
using namespace reelcut::test;

namespace {

// Colours everywhere in the cube: gradients in two directions with noise on top, plus the
// corners and greys exactly.
QImage testPicture() {
    QImage img(256, 192, QImage::Format_ARGB32_Premultiplied);
    std::uint32_t seed = 12345;
    auto rnd = [&seed] {
        seed = seed * 1664525u + 1013904223u;
        return int(seed >> 24);
    };
    for (int y = 0; y < img.height(); ++y) {
        for (int x = 0; x < img.width(); ++x) {
            int r = x, g = (y * 255) / (img.height() - 1), b = (x + y) & 255;
            if (y >= 96) {
                r = rnd(), g = rnd(), b = rnd();
            }
            img.setPixel(x, y, qRgb(r, g, b));
        }
    }
    for (int i = 0; i < 8; ++i) {
        img.setPixel(i, 0, qRgb((i & 1) * 255, (i >> 1 & 1) * 255, (i >> 2 & 1) * 255));
    }
    return img;
}

// A smooth but thoroughly non-linear colour transform: channels mixed, curved, crossed.
Rgb twist(Rgb c) {
    const float r = c[0], g = c[1], b = c[2];
    return {std::clamp(0.8f * std::pow(r, 0.7f) + 0.25f * b * g, 0.0f, 1.0f),
            std::clamp(0.5f * g + 0.4f * std::sin(3.0f * r) * 0.5f + 0.2f * b * b, 0.0f, 1.0f),
            std::clamp(1.0f - 0.7f * b + 0.3f * r * g, 0.0f, 1.0f)};
}

CubeLut cubeOf(Rgb (*fn)(Rgb), int size) {
    LookRecipe recipe{"test", "Test", "Test", fn};
    return makeLookCube(recipe, size);
}

int maxDiff(const QImage& a, const QImage& b) {
    int worst = 0;
    for (int y = 0; y < a.height(); ++y) {
        for (int x = 0; x < a.width(); ++x) {
            const QRgb p = a.pixel(x, y), q = b.pixel(x, y);
            worst = std::max({worst, std::abs(qRed(p) - qRed(q)), std::abs(qGreen(p) - qGreen(q)),
                              std::abs(qBlue(p) - qBlue(q))});
        }
    }
    return worst;
}

QString parseError(const QByteArray& text) {
    try {
        parseCube(text, "bad.cube");
    } catch (const LutError& e) {
        return QString::fromUtf8(e.what());
    }
    return QStringLiteral("(no error)");
}

} // namespace

class TestLuts : public QObject {
    Q_OBJECT
    QTemporaryDir dir_;
    QString picture_;

    // Applies `cube` (written to a file) with FFmpeg's `filter` and with ours; returns the
    // largest difference of any channel of any pixel.
    int againstFfmpeg(const CubeLut& cube, const QString& filter, const QString& name) {
        const QString file = dir_.path() + "/" + name + ".cube";
        QFile f(file);
        f.open(QIODevice::WriteOnly);
        f.write(writeCube(cube));
        f.close();
        const QString out = dir_.path() + "/" + name + ".png";
        ffmpeg({"-i", picture_, "-vf", QStringLiteral("%1=%2").arg(filter, file), "-pix_fmt",
                "rgb24", out});
        const QImage theirs(out);
        QImage ours = testPicture();
        LutApplier(loadCube(file.toStdString())).apply(ours, 1.0);
        return maxDiff(ours, theirs.convertToFormat(QImage::Format_ARGB32_Premultiplied));
    }

private Q_SLOTS:
    void initTestCase() {
        registerBuiltinEffects();
        picture_ = dir_.path() + "/picture.png";
        testPicture().convertToFormat(QImage::Format_RGB888).save(picture_);
    }

    void threeDimensionalAgainstFfmpeg_data() {
        QTest::addColumn<int>("size");
        QTest::newRow("17") << 17;
        QTest::newRow("33") << 33;
        QTest::newRow("65") << 65;
    }
    void threeDimensionalAgainstFfmpeg() {
        QFETCH(int, size);
        const int diff = againstFfmpeg(cubeOf(twist, size), "lut3d=interp=tetrahedral:file",
                                       QStringLiteral("twist%1").arg(size));
        qInfo("size %d: max difference %d/255", size, diff);
        QVERIFY2(diff <= 2, qPrintable(QString::number(diff)));
    }

    void domainAgainstFfmpeg() {
        // DOMAIN_MAX 2: inputs 0..1 use the lower half of the grid.
        CubeLut cube = cubeOf(twist, 33);
        cube.domainMax3d = {2, 2, 2};
        const int diff = againstFfmpeg(cube, "lut3d=interp=tetrahedral:file", "domain");
        QVERIFY2(diff <= 2, qPrintable(QString::number(diff)));
        // And a cube that doubles its input over a doubled domain is the identity.
        CubeLut doubled;
        doubled.size3d = 9;
        doubled.domainMin3d = {0, 0, 0};
        doubled.domainMax3d = {2, 2, 2};
        for (int b = 0; b < 9; ++b) {
            for (int g = 0; g < 9; ++g) {
                for (int r = 0; r < 9; ++r) {
                    for (int v : {r, g, b}) {
                        doubled.table3d.push_back(2.0f * float(v) / 8.0f);
                    }
                }
            }
        }
        const CubeLut parsed = parseCube(writeCube(doubled), "doubled.cube");
        QCOMPARE(parsed.domainMax3d[1], 2.0f);
        QImage img = testPicture();
        LutApplier(parsed).apply(img, 1.0);
        QVERIFY(maxDiff(img, testPicture()) <= 1);
        // A DOMAIN_MIN moves the grid: with min 0.5 every input below it clamps to the
        // first grid point.
        CubeLut shifted = parsed;
        shifted.domainMin3d = {0.5f, 0.5f, 0.5f};
        const std::array<float, 3> low =
            parseCube(writeCube(shifted), "s.cube").apply({0.2f, 0.3f, 0.4f});
        QCOMPARE(low[0], 0.0f);
    }

    void oneDimensionalAgainstFfmpeg() {
        CubeLut curve;
        curve.size1d = 1024;
        for (int i = 0; i < 1024; ++i) {
            const float x = float(i) / 1023.0f;
            curve.table1d.insert(curve.table1d.end(),
                                 {std::pow(x, 0.6f), x * x, 0.5f + 0.5f * std::sin(6.0f * x)});
        }
        const int diff = againstFfmpeg(curve, "lut1d=interp=linear:file", "curve");
        QVERIFY2(diff <= 2, qPrintable(QString::number(diff)));
        // A short table: linear between its points.
        const CubeLut small = parseCube("LUT_1D_SIZE 2\n0 0 1\n1 1 0\n", "two.cube");
        QImage img(1, 1, QImage::Format_ARGB32_Premultiplied);
        img.setPixel(0, 0, qRgb(51, 102, 204));
        LutApplier(small).apply(img, 1.0);
        QCOMPARE(img.pixel(0, 0), qRgb(51, 102, 51));
    }

    void shaperBeforeCube() {
        // A 1D table that takes the square root, then a cube that squares: the identity
        // (in this order the cube interpolates a smooth curve, so any error is the applier's).
        QByteArray text = "TITLE \"shaper\"\nLUT_1D_SIZE 256\nLUT_3D_SIZE 33\n";
        for (int i = 0; i < 256; ++i) {
            const double x = i / 255.0;
            const QByteArray v = QByteArray::number(std::sqrt(x), 'f', 8);
            text += v + " " + v + " " + v + "\n";
        }
        for (int b = 0; b < 33; ++b) {
            for (int g = 0; g < 33; ++g) {
                for (int r = 0; r < 33; ++r) {
                    for (int v : {r, g, b}) {
                        text += QByteArray::number((v / 32.0) * (v / 32.0), 'f', 8) + " ";
                    }
                    text += "\n";
                }
            }
        }
        const CubeLut lut = parseCube(text, "shaper.cube");
        QCOMPARE(lut.title, std::string("shaper"));
        QCOMPARE(lut.size1d, 256);
        QCOMPARE(lut.size3d, 33);
        QImage img = testPicture();
        LutApplier(lut).apply(img, 1.0);
        QVERIFY2(maxDiff(img, testPicture()) <= 1,
                 qPrintable(QString::number(maxDiff(img, testPicture()))));
    }

    void intensityMixes() {
        const CubeLut cube = cubeOf(twist, 17);
        QImage full = testPicture(), half = testPicture();
        LutApplier applier(cube);
        applier.apply(full, 1.0);
        applier.apply(half, 0.5);
        const QImage orig = testPicture();
        for (const QPoint p : {QPoint(10, 10), QPoint(200, 50), QPoint(77, 150)}) {
            for (int c = 0; c < 3; ++c) {
                auto ch = [c](QRgb v) {
                    return c == 0 ? qRed(v) : c == 1 ? qGreen(v) : qBlue(v);
                };
                const double expected = (ch(orig.pixel(p)) + ch(full.pixel(p))) / 2.0;
                QVERIFY(std::abs(ch(half.pixel(p)) - expected) <= 1.0);
            }
        }
        QImage none = testPicture();
        applier.apply(none, 0.0);
        QCOMPARE(none, orig);
    }

    void brokenFilesNameTheLine() {
        QVERIFY(parseError("LUT_3D_SIZE 300\n")
                    .contains("line 1: LUT_3D_SIZE 300 is out of range (2 to 256)"));
        QVERIFY(parseError("# c\nLUT_3D_SIZE 1\n").contains("line 2"));
        QByteArray missing = "LUT_3D_SIZE 2\n";
        for (int i = 0; i < 7; ++i) {
            missing += "0 0 0\n";
        }
        QString e = parseError(missing);
        QVERIFY2(e.contains("missing values") && e.contains("needs 8 rows") && e.contains("has 7"),
                 qPrintable(e));
        QByteArray bad = "TITLE \"x\"\nLUT_3D_SIZE 2\n0 0 0\n0 0\n";
        e = parseError(bad);
        QVERIFY2(e.contains("bad.cube: line 4: expected three numbers"), qPrintable(e));
        bad = "LUT_3D_SIZE 2\n0 0 0\n0 0 5000\n";
        e = parseError(bad);
        QVERIFY2(e.contains("line 3") && e.contains("out of range"), qPrintable(e));
        e = parseError("LUT_3D_SIZE 2\nDOMAIN_MIN 0 0 0\nDOMAIN_MAX 1 0 1\n" +
                       QByteArray("0 0 0\n").repeated(8));
        QVERIFY2(e.contains("DOMAIN_MIN must be below DOMAIN_MAX"), qPrintable(e));
        e = parseError("LUT_3D_SIZE 2\n" + QByteArray("0 0 0\n").repeated(9));
        QVERIFY2(e.contains("line 10") && e.contains("more values"), qPrintable(e));
        e = parseError("LUT_3D_SIZE 2\nSATURATION 3\n");
        QVERIFY2(e.contains("line 2: unknown keyword \"SATURATION\""), qPrintable(e));
        e = parseError("0 0 0\n");
        QVERIFY2(e.contains("line 1: values before"), qPrintable(e));
        e = parseError("");
        QVERIFY2(e.contains("no LUT_1D_SIZE or LUT_3D_SIZE"), qPrintable(e));
        // Sizes and no values at all (found by the fuzzer: read past an empty table).
        e = parseError("LUT_1D_SIZE 3\nDOMAIN_MIN 0 0 0\nDOMAIN_MAX 1 1 1\n");
        QVERIFY2(e.contains("missing values") && e.contains("needs 3 rows") && e.contains("has 0"),
                 qPrintable(e));
        e = parseError("LUT_3D_SIZE 2\n0 nan 0\n");
        QVERIFY2(e.contains("line 2"), qPrintable(e));
        // And a missing file is named.
        try {
            loadCube("/nonexistent/grade.cube");
            QFAIL("no error");
        } catch (const LutError& err) {
            QVERIFY(QString(err.what()).contains("/nonexistent/grade.cube: file not found"));
        }
    }

    void builtinLooksMatchTheirCode() {
        QVERIFY(lookRecipes().size() >= 12);
        QCOMPARE(EffectRegistry::instance().looks().size(), lookRecipes().size());
        const QImage orig = testPicture();
        for (const LookRecipe& look : lookRecipes()) {
            const boost::filesystem::path file = resolveMediaPath(lookFile(look));
            const CubeLut stored = loadCube(file);
            const CubeLut made = makeLookCube(look);
            QCOMPARE(stored.size3d, made.size3d);
            float worst = 0;
            for (std::size_t i = 0; i < made.table3d.size(); ++i) {
                worst = std::max(worst, std::abs(stored.table3d[i] - made.table3d[i]));
            }
            // Five decimals in the file; larger means the code changed and the files were
            // not made again (cmake --build build --target generate_luts).
            QVERIFY2(worst < 1e-5f, look.id);
            // Every look changes the picture.
            QImage img = orig;
            LutApplier(stored).apply(img, 1.0);
            QVERIFY2(maxDiff(img, orig) > 20, look.id);
        }
        // Black and white is grey.
        QImage img = orig;
        LutEffect().applierFor("builtin:luts/bw.cube")->apply(img, 1.0);
        for (const QPoint p : {QPoint(10, 10), QPoint(200, 150)}) {
            QVERIFY(std::abs(qRed(img.pixel(p)) - qBlue(img.pixel(p))) <= 1);
        }
        // Warm makes red stronger than blue on grey.
        QImage greyImg(1, 1, QImage::Format_ARGB32_Premultiplied);
        greyImg.fill(qRgb(128, 128, 128));
        LutEffect().applierFor("builtin:luts/warm.cube")->apply(greyImg, 1.0);
        QVERIFY(qRed(greyImg.pixel(0, 0)) > qBlue(greyImg.pixel(0, 0)) + 15);
    }
};

int main(int argc, char** argv) {
    QGuiApplication app(argc, argv);
    TestLuts t;
    return QTest::qExec(&t, argc, argv);
}
#include "tst_luts.moc"
