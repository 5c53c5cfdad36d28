// Stickers: animated GIF frames follow timeline time (and loop), SVG stickers draw sharp
// at any size, and an export with text and stickers passes the preset's checks while
// warning about what the platform's buttons would hide.

#include "builtin_effects.h"
#include "export/exporter.h"
#include "media/media_error.h"
#include "render/frame_renderer.h"
#include "support/test_media.h"
#include "text_test_util.h"

#include <QFile>
#include <QGuiApplication>
#include <QTemporaryDir>
#include <QTest>

using namespace reelcut;
using namespace reelcut::test;

namespace {

Clip sticker(const QString& file, Time start, Time duration, double scale = 0.5) {
    Clip c;
    c.media = file.toStdString();
    c.start = start;
    c.out = duration;
    c.fit = FitMode::Fit;
    c.transform.scale = scale;
    return c;
}

} // namespace

class TestStickers : public QObject {
    Q_OBJECT
    QTemporaryDir dir_;

private Q_SLOTS:
    void gifFramesFollowTime() {
        // 4 fps GIF, 8 frames: even frames red, odd frames green, 2 s long.
        const QString gif = dir_.path() + "/blink.gif";
        ffmpeg({"-f", "lavfi", "-i",
                "color=c=black:s=64x64:r=4:d=2,geq=r='255*eq(mod(N\\,2)\\,0)':g='255*eq(mod(N\\,2)"
                "\\,1)':b=0",
                gif});
        Project p = makeDefaultProject(200, 200, FrameRate(30));
        const ObjectId overlay = edit::addTrack(p, TrackKind::Overlay, "Stickers");
        Clip c = sticker(gif, Time(1), Time(5));
        c.loop = true;
        edit::addClip(p, overlay, c);
        FrameRenderer r;
        auto colorAt = [&](Rational t) {
            return QColor(r.frameAt(p, t, QSize(200, 200)).pixel(100, 100));
        };
        QCOMPARE(colorAt(Rational(1, 2)), QColor(Qt::black)); // before the sticker
        QVERIFY(colorAt(Rational(11, 10)).red() > 200);       // sticker frame 0
        QVERIFY(colorAt(Rational(136, 100)).green() > 200);   // frame 1 (0.36 s in)
        QVERIFY(colorAt(Rational(161, 100)).red() > 200);     // frame 2
        QVERIFY(colorAt(Rational(311, 100)).red() > 200);     // looped: frame 0 again at 2.11 s
        QVERIFY(colorAt(Rational(336, 100)).green() > 200);
    }

    void animatedWebpFramesFollowTime() {
        // FFmpeg cannot decode animated WebP; the renderer reads it through Qt's plugin.
        const QString webp = dir_.path() + "/blink.webp";
        ffmpeg({"-f", "lavfi", "-i",
                "color=c=black:s=64x64:r=4:d=2,geq=r='255*eq(mod(N\\,2)\\,0)':g='255*eq(mod(N\\,2)"
                "\\,1)':b=0",
                "-c:v", "libwebp_anim", "-lossless", "1", "-loop", "0", webp});
        Project p = makeDefaultProject(200, 200, FrameRate(30));
        const ObjectId overlay = edit::addTrack(p, TrackKind::Overlay, "Stickers");
        Clip c = sticker(webp, Time(1), Time(5));
        c.loop = true;
        edit::addClip(p, overlay, c);
        FrameRenderer r;
        auto colorAt = [&](Rational t) {
            return QColor(r.frameAt(p, t, QSize(200, 200)).pixel(100, 100));
        };
        QVERIFY(colorAt(Rational(11, 10)).red() > 200);
        QVERIFY(colorAt(Rational(136, 100)).green() > 200);
        QVERIFY(colorAt(Rational(161, 100)).red() > 200);
        QVERIFY(colorAt(Rational(336, 100)).green() > 200); // looped
    }

    void svgIsSharpAtAnySize() {
        const QString svg = dir_.path() + "/star.svg";
        QFile f(svg);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(
            "<svg xmlns='http://www.w3.org/2000/svg' width='10' height='10' viewBox='0 0 10 10'>"
            "<rect x='0' y='0' width='5' height='10' fill='#ff0000'/>"
            "<rect x='5' y='0' width='5' height='10' fill='#0000ff'/></svg>");
        f.close();
        Project p = makeDefaultProject(400, 400, FrameRate(30));
        const ObjectId overlay = edit::addTrack(p, TrackKind::Overlay, "Stickers");
        edit::addClip(p, overlay, sticker(svg, Time(0), Time(2), 1.0));
        FrameRenderer r;
        const QImage& img = r.frameAt(p, Time(1), QSize(400, 400));
        // A 10 px bitmap scaled 40x would blur the seam over many pixels; drawn as
        // vectors the red/blue edge at x = 200 is at most a pixel or two wide.
        int blended = 0;
        for (int x = 190; x < 210; ++x) {
            const QColor c(img.pixel(x, 200));
            if (c.red() > 30 && c.blue() > 30) {
                ++blended;
            }
        }
        QVERIFY2(blended <= 2, qPrintable(QString::number(blended)));
        QVERIFY(QColor(img.pixel(100, 200)).red() > 250);
        QVERIFY(QColor(img.pixel(300, 200)).blue() > 250);
    }

    void svgMayNotReadOtherFiles() {
        // <image href="/abs/path.png"> pulled any readable picture of the machine into the
        // export. Only pictures embedded in the file (data: URIs) are drawn.
        const QString secret = dir_.path() + "/secret.png";
        QImage red(8, 8, QImage::Format_RGB32);
        red.fill(Qt::red);
        QVERIFY(red.save(secret));
        struct Case {
            const char* name;
            QString body;
        };
        const QString head = "<svg xmlns='http://www.w3.org/2000/svg' "
                             "xmlns:xlink='http://www.w3.org/1999/xlink' width='10' height='10'>";
        for (const Case& c :
             {Case{"image.svg",
                   head + "<image width='10' height='10' xlink:href='" + secret + "'/></svg>"},
              Case{"relative.svg",
                   head + "<image width='10' height='10' href='secret.png'/></svg>"},
              Case{"use.svg", head + "<use href='other.svg#shape'/></svg>"},
              Case{"style.svg", head + "<style>rect { fill: url(file:///etc/x.svg#g) }</style>"
                                       "<rect width='10' height='10'/></svg>"}}) {
            const QString file = dir_.path() + "/" + c.name;
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(c.body.toUtf8());
            f.close();
            Project p = makeDefaultProject(64, 64, FrameRate(30));
            edit::addClip(p, edit::addTrack(p, TrackKind::Overlay, "S"),
                          sticker(file, Time(0), Time(1), 1.0));
            FrameRenderer r(FrameRenderer::MissingMedia::Throw);
            try {
                r.frameAt(p, Time(0), QSize(64, 64));
                QFAIL(c.name);
            } catch (const MediaError& e) {
                QVERIFY2(QString(e.what()).contains("refers to another file"), e.what());
                QVERIFY2(QString(e.what()).contains(c.name), e.what());
            }
        }
        // Self-contained pictures are fine: internal references and embedded data.
        const QString good = dir_.path() + "/good.svg";
        QFile f(good);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(
            "<svg xmlns='http://www.w3.org/2000/svg' xmlns:xlink='http://www.w3.org/1999/xlink' "
            "width='10' height='10'><defs><linearGradient id='g'><stop offset='0' "
            "stop-color='#00ff00'/></linearGradient><rect id='r' width='10' height='10'/></defs>"
            "<use xlink:href='#r' fill='url(#g)'/><image width='1' height='1' "
            "href='data:image/gif;base64,R0lGODlhAQABAIAAAP///wAAACwAAAAAAQABAAACAkQBADs='/></"
            "svg>");
        f.close();
        Project p = makeDefaultProject(64, 64, FrameRate(30));
        edit::addClip(p, edit::addTrack(p, TrackKind::Overlay, "S"),
                      sticker(good, Time(0), Time(1), 1.0));
        FrameRenderer r(FrameRenderer::MissingMedia::Throw);
        const QImage& img = r.frameAt(p, Time(0), QSize(64, 64));
        QVERIFY(QColor(img.pixel(32, 40)).green() > 200);
    }

    void hugeSvgIsDrawnAtTheSizeShown() {
        // A 122-byte SVG declaring 50000x50000 was rasterised at that size (9.7 GB).
        const QString svg = dir_.path() + "/huge.svg";
        QFile f(svg);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("<svg xmlns='http://www.w3.org/2000/svg' width='50000' height='50000'>"
                "<circle cx='25000' cy='25000' r='25000' fill='#ff0000'/></svg>");
        f.close();
        for (const double scale : {1.0, 100.0}) { // zoomed far beyond the canvas too
            Project p = makeDefaultProject(400, 400, FrameRate(30));
            edit::addClip(p, edit::addTrack(p, TrackKind::Overlay, "S"),
                          sticker(svg, Time(0), Time(1), scale));
            FrameRenderer r(FrameRenderer::MissingMedia::Throw);
            const QImage& img = r.frameAt(p, Time(0), QSize(400, 400));
            QVERIFY(QColor(img.pixel(200, 200)).red() > 250);
            QVERIFY(QColor(img.pixel(200, 200)).green() < 5);
        }
        // The memory bound itself is measured with a limit in tst_cli_bounds.
    }

    void exportWithTextAndStickersPassesPresetChecks() {
        const QString bg = dir_.path() + "/bg.mp4";
        ffmpeg({"-f", "lavfi", "-i", "color=c=navy:s=360x640:r=30:d=2", "-c:v", "libx264",
                "-preset", "ultrafast", bg});
        const QString star = QStringLiteral(REELCUT_SOURCE_DIR "/resources/stickers/star.svg");
        Project p = makeDefaultProject(360, 640, FrameRate(30));
        Clip video;
        video.media = bg.toStdString();
        video.out = Time(2);
        edit::addClip(p, p.tracks[0].id, video);
        const ObjectId overlay = edit::addTrack(p, TrackKind::Overlay, "Stickers");
        edit::addClip(p, overlay, sticker(star, Time(0), Time(2), 0.3));
        const ObjectId text = edit::addTrack(p, TrackKind::Text, "Text");
        Clip inside = textClip("Inside", Time(0), Time(1));
        inside.style.fontSize = 40;
        edit::addClip(p, text, inside);
        Clip outside = textClip("Hidden by buttons", Time(1), Time(1));
        outside.style.fontSize = 40;
        outside.transform.x = 0.9;
        edit::addClip(p, text, outside);

        ExportRequest req;
        req.output = (dir_.path() + "/out.mp4").toStdString();
        req.preset = *findPreset("tiktok");
        req.preset.width = 360;
        req.preset.height = 640;
        const ExportResult r = exportProject(p, req);
        QVERIFY(r.report.ok());
        int safeZone = 0;
        for (const auto& m : r.report.warnings) {
            const std::string w = m.english();
            if (QString::fromStdString(w).contains("Hidden by buttons") &&
                QString::fromStdString(w).contains("buttons on the right")) {
                ++safeZone;
            }
            QVERIFY2(!QString::fromStdString(w).contains("\"Inside\""), w.c_str());
        }
        QCOMPARE(safeZone, 1);
        // The text is really in the exported pixels: frame 15 has white letters where
        // "Inside" sits (centre of the frame).
        const std::vector<QImage> frames = decodeFrames(dir_.path() + "/out.mp4", 16);
        QVERIFY(countNear(frames.back().copy(100, 290, 160, 60), Qt::white, 30) > 200);
    }
};

int main(int argc, char** argv) {
    QGuiApplication app(argc, argv);
    registerBuiltinEffects();
    TestStickers t;
    return QTest::qExec(&t, argc, argv);
}
#include "tst_stickers.moc"
