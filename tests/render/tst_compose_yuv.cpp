// Export frames are composed in YUV planes where a clip allows it (opaque, upright, no
// effects) and through RGB layers otherwise. Both must give the picture the RGB rules
// give: each project here is rendered into a YUV frame by the fast paths and again with
// every clip forced through the RGB layer, and the two are compared pixel by pixel (after
// conversion to RGB), as well as against the preview's RGB canvas.

#include "builtin_effects.h"
#include "media/frame_scaler.h"
#include "model/edits.h"
#include "render/frame_renderer.h"
#include "render/yuv_canvas.h"
#include "render_test_util.h"
#include "support/test_media.h"

#include <QGuiApplication>
#include <QPainter>
#include <QTemporaryDir>
#include <QTest>

using namespace reelcut;
using namespace reelcut::test;

namespace {

constexpr int kW = 540, kH = 960; // 9:16, even; the preview size

struct Difference {
    double mean = 0;     // mean absolute difference per channel, 0..255
    double maxBlock = 0; // the largest such mean over 8x8 blocks
};

// Per-pixel differences are expected where chroma is subsampled before or after scaling
// and at clip edges widened to whole 2x2 blocks; a misplaced clip, a wrong colour matrix
// or a wrong blend shows up as a block that differs on average.
Difference compare(const QImage& a, const QImage& b) {
    Difference d;
    long long sum = 0;
    for (int by = 0; by + 8 <= a.height(); by += 8) {
        for (int bx = 0; bx + 8 <= a.width(); bx += 8) {
            long long block = 0;
            for (int y = by; y < by + 8; ++y) {
                for (int x = bx; x < bx + 8; ++x) {
                    const QRgb p = a.pixel(x, y), q = b.pixel(x, y);
                    block += std::abs(qRed(p) - qRed(q)) + std::abs(qGreen(p) - qGreen(q)) +
                             std::abs(qBlue(p) - qBlue(q));
                }
            }
            sum += block;
            d.maxBlock = std::max(d.maxBlock, double(block) / (3 * 64));
        }
    }
    d.mean = double(sum) / (3.0 * (a.width() / 8 * 8) * (a.height() / 8 * 8));
    return d;
}

class YuvFrame {
public:
    YuvFrame() : f_(ff::makeFrame()) { allocateCanvasFrame(*f_, kW, kH); }
    AVFrame& frame() { return *f_; }
    QImage toRgb() {
        QImage img(kW, kH, QImage::Format_ARGB32_Premultiplied);
        FrameScaler().scale(*f_, img);
        return img;
    }

private:
    ff::FramePtr f_;
};

} // namespace

class TestComposeYuv : public QObject {
    Q_OBJECT
private:
    QTemporaryDir dir_;
    QString hd_, hd2_, sd_, logo_;

    // Renders `p` at t three ways and checks that they agree.
    void check(const Project& p, const Time& t, const char* what) {
        FrameRenderer fast, layered, rgb;
        layered.setComposeYuvThroughRgb(true);
        YuvFrame a, b;
        fast.renderInto(p, t, a.frame());
        layered.renderInto(p, t, b.frame());
        const QImage fastRgb = a.toRgb();
        const QImage layeredRgb = b.toRgb();
        // The preview's RGB canvas through 4:2:0, as exports were made before the planes.
        YuvFrame c;
        YuvCanvas roundTrip = YuvCanvas::of(c.frame());
        roundTrip.blend(rgb.frameAt(p, t, QSize(kW, kH)), QPoint(0, 0));
        const QImage preview = c.toRgb();
        if (!qEnvironmentVariableIsEmpty("REELCUT_DUMP")) {
            const QString base =
                qEnvironmentVariable("REELCUT_DUMP") + "/" + QString(what).replace(' ', '_');
            fastRgb.save(base + "-planes.png");
            layeredRgb.save(base + "-layered.png");
            preview.save(base + "-preview.png");
        }
        const Difference d1 = compare(fastRgb, layeredRgb);
        const Difference d2 = compare(fastRgb, preview);
        qInfo("%s: planes vs RGB layer: mean %.2f, worst 8x8 block %.1f; vs preview: mean %.2f, "
              "worst block %.1f",
              what, d1.mean, d1.maxBlock, d2.mean, d2.maxBlock);
        // A wrong matrix or blend moves the mean; a clip misplaced by a pixel against a
        // contrasting edge makes a block of 30 or more. Fine fractal detail scaled down
        // 5x differs by up to ~21 in a block (chroma filtered at a different phase).
        QVERIFY2(d1.mean < 3 && d1.maxBlock < 24, what);
        QVERIFY2(d2.mean < 3 && d2.maxBlock < 24, what);
        // Something was drawn: the frame is not the black background.
        QImage black(kW, kH, QImage::Format_ARGB32_Premultiplied);
        black.fill(Qt::black);
        QVERIFY2(compare(fastRgb, black).mean > 20, what);
    }

    Project vertical() { return makeDefaultProject(1080, 1920, FrameRate(30)); }
    static Clip& firstClipOn(Project& p, ObjectId track) {
        for (Track& t : p.tracks) {
            if (t.id == track) {
                return t.clips.front();
            }
        }
        throw std::runtime_error("no such track");
    }

private Q_SLOTS:
    void initTestCase() {
        // Moving, detailed pictures: HD (BT.709 by convention) and SD (BT.601).
        hd_ = dir_.path() + "/hd.mp4";
        ffmpeg({"-f", "lavfi", "-i", "testsrc2=s=1280x720:r=30:d=2", "-c:v", "libx264", "-preset",
                "ultrafast", "-qp", "12", "-pix_fmt", "yuv420p", hd_});
        hd2_ = dir_.path() + "/hd2.mp4";
        ffmpeg({"-f", "lavfi", "-i", "mandelbrot=s=1280x720:r=30", "-t", "2", "-c:v", "libx264",
                "-preset", "ultrafast", "-qp", "12", "-pix_fmt", "yuv420p", hd2_});
        sd_ = dir_.path() + "/sd.mp4";
        ffmpeg({"-f", "lavfi", "-i", "testsrc=s=640x480:r=30:d=2", "-c:v", "libx264", "-preset",
                "ultrafast", "-qp", "12", "-pix_fmt", "yuv420p", sd_});
        QImage logo(200, 120, QImage::Format_ARGB32);
        logo.fill(Qt::transparent);
        QPainter painter(&logo);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setBrush(QColor(225, 29, 72, 200));
        painter.drawEllipse(10, 10, 180, 100);
        painter.end();
        logo_ = dir_.path() + "/logo.png";
        logo.save(logo_);
    }

    void fillAndFit() {
        Project p = vertical();
        edit::addClip(p, p.tracks[0].id, makeClip(hd_, Time(0), Time(0), Time(1), FitMode::Fill));
        check(p, Rational(1, 3), "fill");
        Project q = vertical();
        Clip c = makeClip(hd_, Time(0), Time(0), Time(1), FitMode::Fit);
        c.background = BackgroundFill::Color;
        c.backgroundColor = 0xff1e1b4b;
        edit::addClip(q, q.tracks[0].id, c);
        check(q, Rational(1, 2), "fit on a colour");
    }

    void blurredBackground() {
        Project p = vertical();
        Clip c = makeClip(hd2_, Time(0), Time(0), Time(1), FitMode::Fit);
        c.background = BackgroundFill::Blur;
        edit::addClip(p, p.tracks[0].id, c);
        check(p, Rational(1, 2), "fit on a blur");
    }

    void overlaysTextAndFallbacks() {
        Project p = vertical();
        edit::addClip(p, p.tracks[0].id, makeClip(hd_, Time(0), Time(0), Time(1), FitMode::Fill));
        // A smaller, moved clip above (picture in picture, odd position), a logo, a title.
        const ObjectId over = edit::addTrack(p, TrackKind::Overlay, "Picture in picture");
        Clip pip = makeClip(hd2_, Time(0), Time(0), Time(1), FitMode::Fit);
        pip.transform.x = 0.37;
        pip.transform.y = 0.61;
        pip.transform.scale = 0.45;
        edit::addClip(p, over, pip);
        const ObjectId logos = edit::addTrack(p, TrackKind::Overlay, "Logo");
        Clip logo = makeClip(logo_, Time(0), Time(0), Time(1));
        logo.transform.x = 0.83;
        logo.transform.y = 0.09;
        logo.transform.scale = 0.2;
        edit::addClip(p, logos, logo);
        const ObjectId text = edit::addTrack(p, TrackKind::Text, "Title");
        Clip title;
        title.kind = ClipKind::Text;
        title.text = "SUMMER DROP";
        title.start = Time(0);
        title.in = Time(0);
        title.out = Time(1);
        title.transform.y = 0.3;
        title.style.fontSize = 110;
        title.style.strokeWidth = 8;
        edit::addClip(p, text, title);
        check(p, Rational(1, 2), "overlays and text");

        // The same clip translucent, rotated, with an effect, and an SD (BT.601) source:
        // each takes the RGB layer.
        Project q = p;
        firstClipOn(q, over).transform.opacity = 0.6;
        check(q, Rational(1, 2), "translucent clip");
        q = p;
        firstClipOn(q, over).transform.rotation = 17;
        check(q, Rational(1, 2), "rotated clip");
        q = p;
        EffectInstance fx;
        fx.type = "color.adjust";
        fx.params["saturation"] = 0.3;
        q.tracks[0].clips[0].effects.push_back(fx);
        check(q, Rational(1, 2), "clip with an effect");
        q = p;
        q.tracks[0].clips[0].media = sd_.toStdString();
        check(q, Rational(1, 2), "BT.601 source");
    }

    void crossfade() {
        Project p = vertical();
        edit::addClip(p, p.tracks[0].id, makeClip(hd_, Time(0), Time(0), Time(1), FitMode::Fill));
        Clip second = makeClip(hd2_, Time(1), Time(0), Time(1), FitMode::Fit);
        second.transitionIn = Transition{"crossfade", Rational(1, 2)};
        edit::addClip(p, p.tracks[0].id, second);
        check(p, Rational(1), "crossfade, half way");
        check(p, Rational(9, 10), "crossfade, early");
    }
};

int main(int argc, char** argv) {
    QGuiApplication app(argc, argv);
    registerBuiltinEffects();
    TestComposeYuv t;
    return QTest::qExec(&t, argc, argv);
}
#include "tst_compose_yuv.moc"
