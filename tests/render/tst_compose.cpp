// Composition: fit / fill / stretch, background fills, transform, opacity, crossfade,
// display rotation and effects, checked on pixels of rendered frames.

#include "builtin_effects.h"
#include "model/edits.h"
#include "render/frame_renderer.h"
#include "render_test_util.h"
#include "support/test_media.h"

#include <QGuiApplication>
#include <QPainter>
#include <QTemporaryDir>
#include <QTest>

using namespace reelcut;
using namespace reelcut::test;

namespace {

// A 16:9 picture: left half blue, right half red, so crops and rotations show.
QString makeLandscape(const QString& dir) {
    QImage img(320, 180, QImage::Format_RGB32);
    img.fill(QColor(220, 30, 30));
    QPainter(&img).fillRect(0, 0, 160, 180, QColor(30, 30, 220));
    const QString file = dir + "/landscape.png";
    img.save(file);
    return file;
}

QString makeSolid(const QString& dir, const QString& name, QColor c, QSize size = {100, 100}) {
    QImage img(size, QImage::Format_ARGB32);
    img.fill(c);
    const QString file = dir + "/" + name;
    img.save(file);
    return file;
}

bool near(QColor a, QColor b, int tol = 12) {
    return std::abs(a.red() - b.red()) <= tol && std::abs(a.green() - b.green()) <= tol &&
           std::abs(a.blue() - b.blue()) <= tol;
}

QString describe(QColor c) {
    return QString("rgb(%1,%2,%3)").arg(c.red()).arg(c.green()).arg(c.blue());
}

#define VERIFY_COLOR(img, x, y, expected)                                                          \
    do {                                                                                           \
        const QColor got_ = QColor((img).pixel((x), (y)));                                         \
        QVERIFY2(near(got_, (expected)),                                                           \
                 qPrintable(QString("pixel %1,%2 is %3, expected %4")                              \
                                .arg(x)                                                            \
                                .arg(y)                                                            \
                                .arg(describe(got_), describe(expected))));                        \
    } while (0)

const QColor kBlue(30, 30, 220);
const QColor kRed(220, 30, 30);
const QColor kBlack(0, 0, 0);

} // namespace

class TestCompose : public QObject {
    Q_OBJECT
private:
    QTemporaryDir dir_;
    FrameRenderer renderer_;

    Project vertical(const Clip& c) {
        Project p = makeDefaultProject(180, 320, FrameRate(30));
        edit::addClip(p, p.tracks[0].id, c);
        return p;
    }

private Q_SLOTS:
    void fitLetterboxes() {
        const Clip c =
            makeClip(makeLandscape(dir_.path()), Time(0), Time(0), Time(2), FitMode::Fit);
        const QImage& f = renderer_.frameAt(vertical(c), Time(1), QSize(180, 320));
        // 320x180 fitted into 180 wide: 180x101, centred vertically at y 109..210.
        VERIFY_COLOR(f, 40, 160, kBlue);
        VERIFY_COLOR(f, 140, 160, kRed);
        VERIFY_COLOR(f, 90, 40, kBlack);
        VERIFY_COLOR(f, 90, 290, kBlack);
    }

    void fillCrops() {
        const Clip c =
            makeClip(makeLandscape(dir_.path()), Time(0), Time(0), Time(2), FitMode::Fill);
        const QImage& f = renderer_.frameAt(vertical(c), Time(1), QSize(180, 320));
        // Scaled to 320 high: 569 wide, so the canvas shows the middle; left blue, right red.
        VERIFY_COLOR(f, 20, 10, kBlue);
        VERIFY_COLOR(f, 160, 310, kRed);
    }

    void stretchCoversAll() {
        const Clip c =
            makeClip(makeLandscape(dir_.path()), Time(0), Time(0), Time(2), FitMode::Stretch);
        const QImage& f = renderer_.frameAt(vertical(c), Time(1), QSize(180, 320));
        VERIFY_COLOR(f, 10, 5, kBlue);
        VERIFY_COLOR(f, 170, 315, kRed);
    }

    void backgroundColorAndBlur() {
        Clip c = makeClip(makeLandscape(dir_.path()), Time(0), Time(0), Time(2), FitMode::Fit);
        c.background = BackgroundFill::Color;
        c.backgroundColor = 0xff10a010;
        const QImage colored = renderer_.frameAt(vertical(c), Time(1), QSize(180, 320)).copy();
        VERIFY_COLOR(colored, 90, 20, QColor(16, 160, 16));
        VERIFY_COLOR(colored, 40, 160, kBlue);

        c.background = BackgroundFill::Blur;
        const QImage& blurred = renderer_.frameAt(vertical(c), Time(1), QSize(180, 320));
        // The bars show a blurred, canvas-filling copy: blue-ish on the far left, red-ish
        // on the far right, a blend near the middle seam; never the black background.
        const QColor left(blurred.pixel(5, 20));
        const QColor right(blurred.pixel(175, 20));
        QVERIFY2(left.blue() > 150 && left.red() < 100, qPrintable(describe(left)));
        QVERIFY2(right.red() > 150 && right.blue() < 100, qPrintable(describe(right)));
        const QColor seam(blurred.pixel(90, 20));
        QVERIFY2(seam.red() > 60 && seam.blue() > 60, qPrintable(describe(seam)));
        VERIFY_COLOR(blurred, 40, 160, kBlue); // the sharp picture on top is untouched
    }

    void transformPlacesScalesAndFades() {
        Project p = makeDefaultProject(200, 200, FrameRate(30));
        p.background = 0xffffffff;
        Clip c = makeClip(makeSolid(dir_.path(), "red.png", kRed), Time(0), Time(0), Time(2),
                          FitMode::Fit);
        c.transform.x = 0.25;
        c.transform.y = 0.75;
        c.transform.scale = 0.3; // 60x60 square centred at (50, 150)
        edit::addClip(p, p.tracks[0].id, c);
        const QImage f = renderer_.frameAt(p, Time(1), QSize(200, 200)).copy();
        VERIFY_COLOR(f, 50, 150, kRed);
        VERIFY_COLOR(f, 25, 125, kRed);
        VERIFY_COLOR(f, 15, 150, QColor(Qt::white));
        VERIFY_COLOR(f, 50, 115, QColor(Qt::white));
        VERIFY_COLOR(f, 150, 50, QColor(Qt::white));

        // The same at half size output: placement scales with the canvas.
        const QImage& half = renderer_.frameAt(p, Time(1), QSize(100, 100));
        VERIFY_COLOR(half, 25, 75, kRed);
        VERIFY_COLOR(half, 7, 75, QColor(Qt::white));

        // Opacity 0.5 over white: halfway between.
        p.tracks[0].clips[0].transform.opacity = 0.5;
        const QImage& o = renderer_.frameAt(p, Time(1), QSize(200, 200));
        VERIFY_COLOR(o, 50, 150, QColor(238, 143, 143));

        // Rotation by 45 degrees: the corner of the unrotated square is now outside,
        // the points on the diagonals' extension inside.
        p.tracks[0].clips[0].transform.opacity = 1;
        p.tracks[0].clips[0].transform.rotation = 45;
        const QImage& r = renderer_.frameAt(p, Time(1), QSize(200, 200));
        VERIFY_COLOR(r, 23, 123, QColor(Qt::white));
        VERIFY_COLOR(r, 50, 111, kRed);
    }

    void fadeInStartsTransparent() {
        Project p = makeDefaultProject(100, 100, FrameRate(30));
        Clip c = makeClip(makeSolid(dir_.path(), "red.png", kRed), Time(0), Time(0), Time(2));
        c.fadeIn = Time(1);
        edit::addClip(p, p.tracks[0].id, c);
        VERIFY_COLOR(renderer_.frameAt(p, Time(0), QSize(100, 100)), 50, 50, kBlack);
        VERIFY_COLOR(renderer_.frameAt(p, Rational(1, 2), QSize(100, 100)), 50, 50,
                     QColor(110, 15, 15));
        VERIFY_COLOR(renderer_.frameAt(p, Rational(3, 2), QSize(100, 100)), 50, 50, kRed);
    }

    void crossfadeBlends() {
        Project p = makeDefaultProject(100, 100, FrameRate(30));
        const QString red = makeSolid(dir_.path(), "red.png", kRed);
        const QString blue = makeSolid(dir_.path(), "blue.png", kBlue);
        edit::addClip(p, p.tracks[0].id, makeClip(red, Time(0), Time(0), Time(2)));
        Clip b = makeClip(blue, Time(2), Time(0), Time(2));
        b.transitionIn = Transition{"crossfade", Time(1)};
        edit::addClip(p, p.tracks[0].id, b);
        VERIFY_COLOR(renderer_.frameAt(p, Rational(14, 10), QSize(100, 100)), 50, 50, kRed);
        VERIFY_COLOR(renderer_.frameAt(p, Time(2), QSize(100, 100)), 50, 50, QColor(125, 30, 125));
        VERIFY_COLOR(renderer_.frameAt(p, Rational(9, 4), QSize(100, 100)), 50, 50,
                     QColor(78, 30, 173));
        VERIFY_COLOR(renderer_.frameAt(p, Rational(26, 10), QSize(100, 100)), 50, 50, kBlue);
    }

    void overlaysStackBottomToTop() {
        Project p = makeDefaultProject(100, 100, FrameRate(30));
        edit::addClip(p, p.tracks[0].id,
                      makeClip(makeSolid(dir_.path(), "red.png", kRed), Time(0), Time(0), Time(2)));
        const ObjectId overlay = edit::addTrack(p, TrackKind::Overlay, "Logo");
        Clip logo = makeClip(makeSolid(dir_.path(), "half.png", QColor(0, 0, 255, 128), {20, 20}),
                             Time(0), Time(0), Time(2), FitMode::Fit);
        logo.transform.scale = 0.2;
        edit::addClip(p, overlay, logo);
        const QImage& f = renderer_.frameAt(p, Time(1), QSize(100, 100));
        VERIFY_COLOR(f, 10, 10, kRed);
        VERIFY_COLOR(f, 50, 50, QColor(110, 15, 143)); // 50% blue over red
        p.tracks[1].hidden = true;
        VERIFY_COLOR(renderer_.frameAt(p, Time(1), QSize(100, 100)), 50, 50, kRed);
    }

    void displayRotationIsHonoured() {
        // A phone clip stored landscape with a display matrix must show as the ffmpeg
        // tool shows it: portrait, turned a quarter counter-clockwise (ffmpeg 5.1 writes
        // "rotate=90" as that matrix), so the stored right (red) half ends up on top.
        const QString src = dir_.path() + "/phone_src.mp4";
        ffmpeg({"-loop", "1", "-i", makeLandscape(dir_.path()), "-t", "1", "-r", "30", "-pix_fmt",
                "yuv420p", "-c:v", "libx264", "-preset", "ultrafast", "-qp", "5", src});
        const QString phone = dir_.path() + "/phone.mp4";
        ffmpeg({"-i", src, "-c", "copy", "-metadata:s:v:0", "rotate=90", phone});
        Project p = makeDefaultProject(180, 320, FrameRate(30));
        edit::addClip(p, p.tracks[0].id,
                      makeClip(phone, Time(0), Time(0), Rational(1, 2), FitMode::Fit));
        const QImage& f = renderer_.frameAt(p, Rational(1, 10), QSize(180, 320));
        VERIFY_COLOR(f, 90, 60, kRed);
        VERIFY_COLOR(f, 90, 260, kBlue);
    }

    void effectsChangePixels() {
        Project p = makeDefaultProject(100, 100, FrameRate(30));
        Clip c = makeClip(makeSolid(dir_.path(), "grey.png", QColor(100, 100, 100)), Time(0),
                          Time(0), Time(2));
        c.effects.push_back({"color.adjust", {{"brightness", 0.4}}, true, {}});
        edit::addClip(p, p.tracks[0].id, c);
        VERIFY_COLOR(renderer_.frameAt(p, Time(1), QSize(100, 100)), 50, 50, QColor(151, 151, 151));
        p.tracks[0].clips[0].effects[0].enabled = false;
        VERIFY_COLOR(renderer_.frameAt(p, Time(1), QSize(100, 100)), 50, 50, QColor(100, 100, 100));
    }

    void effectParametersFollowKeyframes() {
        // Brightness keyed from 0 at the clip's start to 0.4 at 2 s: half way at 1 s.
        Project p = makeDefaultProject(100, 100, FrameRate(30));
        Clip c = makeClip(makeSolid(dir_.path(), "grey.png", QColor(100, 100, 100)), Time(0),
                          Time(0), Time(2));
        EffectInstance fx{"color.adjust", {{"brightness", 0.9}}, true, {}};
        fx.keyframes["brightness"] = {ParamKey{Time(0), 0.0}, ParamKey{Time(2), 0.4}};
        c.effects.push_back(fx);
        edit::addClip(p, p.tracks[0].id, c);
        VERIFY_COLOR(renderer_.frameAt(p, Time(0), QSize(100, 100)), 50, 50, QColor(100, 100, 100));
        VERIFY_COLOR(renderer_.frameAt(p, Time(1), QSize(100, 100)), 50, 50, QColor(126, 126, 126));
        VERIFY_COLOR(renderer_.frameAt(p, Rational(199, 100), QSize(100, 100)), 50, 50,
                     QColor(151, 151, 151));
    }

    void missingMediaPolicy() {
        Project p = makeDefaultProject(100, 100, FrameRate(30));
        edit::addClip(p, p.tracks[0].id,
                      makeClip(dir_.path() + "/gone.mp4", Time(0), Time(0), Time(2)));
        FrameRenderer preview(FrameRenderer::MissingMedia::Placeholder);
        preview.frameAt(p, Time(1), QSize(100, 100));
        QCOMPARE(int(preview.problems().size()), 1);
        QVERIFY(QString::fromStdString(preview.problems()[0].english()).contains("gone.mp4"));
        FrameRenderer strict(FrameRenderer::MissingMedia::Throw);
        QVERIFY_THROWS_EXCEPTION(std::exception, strict.frameAt(p, Time(1), QSize(100, 100)));
    }
};

int main(int argc, char** argv) {
    QGuiApplication app(argc, argv);
    registerBuiltinEffects();
    TestCompose t;
    return QTest::qExec(&t, argc, argv);
}
#include "tst_compose.moc"
