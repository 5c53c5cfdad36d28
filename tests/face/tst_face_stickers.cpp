// Own pictures as face stickers: a PNG that follows a moving, scaling, rolling face to its
// anchor; animated GIF, APNG and WebP that play by the delays written in the files (read
// back here by small parsers of their own, not by the decoders under test) and loop; an
// unreadable file reported by name; the brand kit's logo put on a cheek in one call.

#include "../render/render_test_util.h"
#include "builtin_effects.h"
#include "face/face_analysis.h"
#include "face/face_anchors.h"
#include "face/face_engine.h"
#include "face_test_util.h"
#include "media/media_error.h"
#include "model/brand_face_sticker.h"
#include "model/edits.h"
#include "render/frame_renderer.h"

#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QPainter>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <numbers>
#include <numeric>
#include <opencv2/imgproc.hpp>

using namespace reelcut;
using namespace reelcut::test;
using namespace reelcut::test::face;
using reelcut::face::FaceEngine;

namespace {

constexpr double kFps = 30;
const QSize kFrame(540, 960);
constexpr double kBaseScale = 3.0;

EffectInstance sticker(ParamValues params) {
    EffectInstance e;
    e.type = "face.sticker";
    e.params = std::move(params);
    return e;
}

// The frame delays (seconds) an animated picture's bytes say, read from the GIF graphic
// control extensions, the APNG fcTL chunks or the WebP ANMF chunks.
std::vector<double> delaysInFile(const QByteArray& b) {
    std::vector<double> d;
    auto u16le = [&](int i) {
        return int(uchar(b[i])) | int(uchar(b[i + 1])) << 8;
    };
    auto u16be = [&](int i) {
        return int(uchar(b[i])) << 8 | int(uchar(b[i + 1]));
    };
    auto u32be = [&](int i) {
        return u16be(i) << 16 | u16be(i + 2);
    };
    if (b.startsWith("GIF8")) {
        for (int i = 0; i + 7 < b.size(); ++i) {
            if (uchar(b[i]) == 0x21 && uchar(b[i + 1]) == 0xF9 && uchar(b[i + 2]) == 4) {
                d.push_back(u16le(i + 4) / 100.0);
                i += 7;
            }
        }
    } else if (b.startsWith("\x89PNG")) {
        for (int i = 8; i + 8 <= b.size();) {
            const int len = u32be(i);
            if (b.mid(i + 4, 4) == "fcTL") {
                const int den = u16be(i + 8 + 22);
                d.push_back(u16be(i + 8 + 20) / double(den == 0 ? 100 : den));
            }
            i += 12 + len;
        }
    } else if (b.startsWith("RIFF")) {
        for (int i = 12; i + 8 <= b.size();) {
            const int len = int(uchar(b[i + 4])) | int(uchar(b[i + 5])) << 8 |
                            int(uchar(b[i + 6])) << 16 | int(uchar(b[i + 7])) << 24;
            if (b.mid(i, 4) == "ANMF") {
                const int p = i + 8 + 12;
                d.push_back(
                    (int(uchar(b[p])) | int(uchar(b[p + 1])) << 8 | int(uchar(b[p + 2])) << 16) /
                    1000.0);
            }
            i += 8 + len + (len & 1);
        }
    }
    return d;
}

// Which of the test colours a pixel is: 0 red, 1 green, 2 blue, 3 yellow, -1 none.
int colourIndex(QRgb p) {
    const int r = qRed(p), g = qGreen(p), b = qBlue(p);
    if (r > 200 && g < 60 && b < 60) {
        return 0;
    }
    if (g > 200 && r < 60 && b < 60) {
        return 1;
    }
    if (b > 200 && r < 60 && g < 60) {
        return 2;
    }
    if (r > 200 && g > 200 && b < 60) {
        return 3;
    }
    return -1;
}

// Pixels of the custom PNG sticker (pure cyan): centre and width across the eye line.
struct Blob {
    QPointF centre;
    int pixels = 0;
    double extent = 0; // largest distance between two of its pixels along `dir`
};
Blob cyanBlob(const QImage& img, QPointF dir) {
    Blob blob;
    double sx = 0, sy = 0, lo = 1e9, hi = -1e9;
    for (int y = 0; y < img.height(); ++y) {
        for (int x = 0; x < img.width(); ++x) {
            const QRgb p = img.pixel(x, y);
            if (qRed(p) < 70 && qGreen(p) > 190 && qBlue(p) > 190) {
                sx += x + 0.5;
                sy += y + 0.5;
                ++blob.pixels;
                const double along = x * dir.x() + y * dir.y();
                lo = std::min(lo, along);
                hi = std::max(hi, along);
            }
        }
    }
    if (blob.pixels > 0) {
        blob.centre = QPointF(sx / blob.pixels, sy / blob.pixels);
        blob.extent = hi - lo + 1;
    }
    return blob;
}

} // namespace

class TestFaceStickers : public QObject {
    Q_OBJECT
private:
    QTemporaryDir dir_;
    std::shared_ptr<FaceEngine> engine_;
    Face still_; // the face at the base pose, frame pixels
    Pose base_;
    QString stillFrame_;
    FrameRenderer renderer_;

    QImage render(const QString& media, std::vector<EffectInstance> effects, const Time& at,
                  const std::string& analysisDir = {}) {
        Project p = makeDefaultProject(kFrame.width(), kFrame.height(), FrameRate(30));
        Clip c = makeClip(media, Time(0), Time(0), Time(10), FitMode::Fill);
        c.effects = std::move(effects);
        edit::addClip(p, p.tracks[0].id, c);
        renderer_.setAnalysisDir(analysisDir);
        return renderer_.frameAt(p, at, kFrame).convertToFormat(QImage::Format_RGB888);
    }

    // Four colour frames (red, green, blue, yellow) shown 80, 200, 280 and 400 ms, written
    // by the ffmpeg tool in the format of `file`'s suffix.
    QString makeAnimation(const QString& name) {
        const QString list = dir_.path() + "/frames.txt";
        QFile f(list);
        if (!f.open(QIODevice::WriteOnly)) {
            return {};
        }
        const char* colours[] = {"red", "lime", "blue", "yellow"};
        const double seconds[] = {0.08, 0.2, 0.28, 0.4};
        for (int i = 0; i < 4; ++i) {
            const QString png = dir_.path() + QStringLiteral("/c%1.png").arg(i);
            QProcess::execute(QStringLiteral(REELCUT_FFMPEG),
                              {"-y", "-loglevel", "error", "-f", "lavfi", "-i",
                               QStringLiteral("color=%1:s=160x80").arg(colours[i]), "-frames:v",
                               "1", png});
            f.write(QStringLiteral("file '%1'\nduration %2\n").arg(png).arg(seconds[i]).toUtf8());
        }
        f.close();
        const QString out = dir_.path() + "/" + name;
        QStringList args{"-y", "-loglevel", "error", "-f",     "concat", "-safe",
                         "0",  "-i",        list,    "-vsync", "vfr"};
        if (name.endsWith(".webp")) {
            args << "-c:v"
                 << "libwebp_anim"
                 << "-loop"
                 << "0"
                 << "-lossless"
                 << "1";
        } else if (name.endsWith(".png")) {
            args << "-f"
                 << "apng"
                 << "-plays"
                 << "0";
        } else {
            args << "-loop"
                 << "0";
        }
        args << out;
        return QProcess::execute(QStringLiteral(REELCUT_FFMPEG), args) == 0 ? out : QString();
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(dir_.isValid());
        registerBuiltinEffects();
        engine_ = FaceEngine::fromRegistry();
        QVERIFY(engine_ != nullptr);
        base_ = Pose{kFrame.width() / 2.0, kFrame.height() * 0.45, 1.0, 0.0};
        cv::Mat frame;
        const auto faces = detectAtPose(*engine_->model(), base_, kBaseScale, kFrame, frame);
        QCOMPARE(faces.size(), std::size_t(1));
        still_ = faces[0];
        stillFrame_ = dir_.path() + "/still.png";
        QVERIFY(saveBgr(frame, stillFrame_));
    }

    // A PNG of the user's on the forehead of a face that moves, scales (x0.6-1.4) and rolls
    // (+-20 deg): its centre sits on the forehead anchor of the true landmarks, its width
    // follows the eye distance.
    void customPngFollowsTheFace() {
        QImage png(200, 100, QImage::Format_ARGB32);
        png.fill(Qt::transparent);
        QPainter(&png).fillRect(QRect(4, 4, 192, 92), QColor(0, 255, 255));
        const QString file = dir_.path() + "/logo.png";
        QVERIFY(png.save(file));

        const QString video = dir_.path() + "/moving.mp4";
        constexpr int kFrames = 45;
        encodeVideo(video, kFrame, kFrames, kFps, [&](int k, cv::Mat& f) {
            drawFace(f, poseTransform(movingPose(k, kFps, kFrame), kBaseScale));
        });
        const std::string cache = (dir_.path() + "/cache").toStdString();
        reelcut::face::analyzeMedia(*engine_, video.toStdString(), cache, true);

        const QTransform baseInv = poseTransform(base_, kBaseScale).inverted();
        std::vector<double> errors, sizes;
        for (int k = 0; k < kFrames; k += 4) {
            const QImage img = render(
                video,
                {sticker({{"file", file.toStdString()}, {"anchor", "forehead"}, {"turn", 0}})},
                Time(k, 30), cache);
            const Face truth = mappedFace(
                still_, baseInv * poseTransform(movingPose(k, kFps, kFrame), kBaseScale));
            const auto fr = reelcut::face::faceFrame(truth);
            const QPointF want =
                reelcut::face::anchorPoint(truth, fr, reelcut::face::Anchor::Forehead);
            const Blob b = cyanBlob(img, fr.right);
            QVERIFY2(b.pixels > 100, qPrintable(QString("frame %1: no sticker").arg(k)));
            errors.push_back(QLineF(b.centre, want).length() / fr.eyeDistance);
            // At scale 1 a picture on the forehead is 1.2 eye distances wide.
            sizes.push_back(b.extent / (1.2 * fr.eyeDistance));
            if (k == 24) {
                img.save(qEnvironmentVariable("REELCUT_FACE_SAVE", dir_.path()) +
                         "/custom-sticker.png");
            }
        }
        const double mean = std::accumulate(errors.begin(), errors.end(), 0.0) / errors.size();
        const double worst = *std::max_element(errors.begin(), errors.end());
        const auto [lo, hi] = std::minmax_element(sizes.begin(), sizes.end());
        qInfo("custom PNG on the forehead: centre error mean %.1f%%, max %.1f%% of the eye "
              "distance; width / expected %.3f..%.3f",
              100 * mean, 100 * worst, *lo, *hi);
        QVERIFY2(mean < 0.05, qPrintable(QString::number(mean)));
        QVERIFY2(worst < 0.10, qPrintable(QString::number(worst)));
        QVERIFY2(*lo > 0.9 && *hi < 1.1, qPrintable(QString("%1 %2").arg(*lo).arg(*hi)));
    }

    // GIF, APNG and WebP with unequal frame delays: the frame on the face at a clip time is
    // the one the delays in the file say, and it loops.
    void animatedStickersFollowTheirDelays_data() {
        QTest::addColumn<QString>("name");
        QTest::newRow("gif") << "anim.gif";
        QTest::newRow("apng") << "anim.png";
        QTest::newRow("webp") << "anim.webp";
    }
    void animatedStickersFollowTheirDelays() {
        QFETCH(QString, name);
        const QString file = makeAnimation(name);
        QVERIFY(!file.isEmpty());
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const std::vector<double> delays = delaysInFile(f.readAll());
        QVERIFY2(delays.size() >= 4, qPrintable(QString::number(delays.size())));
        // Colour of frame i: the four, the last repeated if the writer added a frame.
        std::vector<double> starts{0};
        for (double d : delays) {
            starts.push_back(starts.back() + d);
        }
        const double length = starts.back();
        qInfo("%s: delays %s s, length %.2f s", qPrintable(name), qPrintable([&] {
                  QStringList s;
                  for (double d : delays) {
                      s << QString::number(d);
                  }
                  return s.join(' ');
              }()),
              length);
        const QPointF eyes = (eyeCentre(still_, 36) + eyeCentre(still_, 42)) / 2;
        int checked = 0;
        for (int loop = 0; loop < 2; ++loop) {
            for (std::size_t i = 0; i < delays.size(); ++i) {
                // A frame-exact time well inside frame i (project frames are 1/30 s).
                const double want = loop * length + starts[i] + delays[i] / 2;
                const Time at(std::llround(want * 30), 30);
                const double t = at.toDouble() - loop * length;
                if (t < starts[i] + 0.01 || t > starts[i + 1] - 0.01) {
                    continue;
                }
                const QImage img =
                    render(stillFrame_, {sticker({{"file", file.toStdString()}})}, at);
                const int shown = colourIndex(img.pixel(eyes.toPoint()));
                QCOMPARE(shown, std::min<int>(int(i), 3));
                ++checked;
            }
        }
        QVERIFY(checked >= 7);
    }

    // Face masks (the built-in looks): every pixel that changes lies inside the face - the
    // jaw line closed over the forehead arc the mask is mapped to - and the face changes.
    void maskChangesOnlyTheFace() {
        QImage frame(stillFrame_);
        frame = frame.convertToFormat(QImage::Format_ARGB32_Premultiplied);
        EffectContext ctx;
        ctx.mediaPath = stillFrame_.toStdString();
        ctx.sourceSize = frame.size();
        reelcut::face::FrameFaces faces;
        engine_->facesFor(frame, ctx, faces);
        QCOMPARE(faces.size(), std::size_t(1));
        const Face& f = faces[0];
        const auto fr = reelcut::face::faceFrame(f);
        QPolygonF hull;
        for (const auto& p : f.points) {
            hull << QPointF(p.x, p.y);
        }
        const QPointF l(f.points[17].x, f.points[17].y), r(f.points[26].x, f.points[26].y);
        for (int i = 1; i <= 5; ++i) {
            const double a = std::numbers::pi * i / 6;
            hull << (l + r) / 2 + (r - (l + r) / 2) * std::cos(a) +
                        fr.up * (0.8 * fr.eyeDistance * std::sin(a));
        }
        // Its convex hull, grown by a pixel and a half (the texture is filtered at the edge).
        std::vector<cv::Point2f> pts;
        for (const QPointF& p : hull) {
            pts.emplace_back(float(p.x()), float(p.y()));
        }
        std::vector<cv::Point2f> convex;
        cv::convexHull(pts, convex);
        std::vector<cv::Point2f> grown;
        const cv::Point2f centre = [&] {
            cv::Point2f c(0, 0);
            for (const auto& p : convex) {
                c += p;
            }
            return c / float(convex.size());
        }();
        for (const auto& p : convex) {
            const cv::Point2f d = p - centre;
            grown.push_back(p + d * float(1.5 / std::max(1.0, double(cv::norm(d)))));
        }
        for (const char* look : {"makeup", "tiger", "skull"}) {
            for (const char* blend : {"normal", "soft-light"}) {
                const QImage plain = render(stillFrame_, {}, Time(0));
                EffectInstance fx;
                fx.type = "face.mask";
                fx.params = {{"look", look}, {"blend", blend}};
                const QImage masked = render(stillFrame_, {fx}, Time(0));
                int outside = 0, inside = 0;
                double change = 0;
                for (int y = 0; y < plain.height(); ++y) {
                    for (int x = 0; x < plain.width(); ++x) {
                        const QRgb a = plain.pixel(x, y), b = masked.pixel(x, y);
                        const int dd =
                            std::max({std::abs(qRed(a) - qRed(b)), std::abs(qGreen(a) - qGreen(b)),
                                      std::abs(qBlue(a) - qBlue(b))});
                        const bool in = cv::pointPolygonTest(grown, cv::Point2f(x + 0.5f, y + 0.5f),
                                                             false) >= 0;
                        if (in) {
                            change += dd;
                            ++inside;
                        } else if (dd > 0) {
                            ++outside;
                        }
                    }
                }
                qInfo("mask %s (%s): mean change %.1f inside the face, %d pixels changed "
                      "outside",
                      look, blend, change / std::max(1, inside), outside);
                QCOMPARE(outside, 0);
                QVERIFY(change / std::max(1, inside) > 2); // make-up covers little of the face
                masked.save(qEnvironmentVariable("REELCUT_FACE_SAVE", dir_.path()) +
                            QStringLiteral("/mask-%1-%2.png").arg(look, blend));
            }
        }
    }

    // A file that is not a picture: the effect says which file.
    void unreadableFileIsNamed() {
        const QString file = dir_.path() + "/broken-sticker.gif";
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("GIF89a this is not a picture at all");
        f.close();
        const Effect* fx = EffectRegistry::instance().find("face.sticker");
        QVERIFY(fx != nullptr);
        QImage img(64, 64, QImage::Format_ARGB32_Premultiplied);
        img.fill(Qt::gray);
        EffectContext ctx;
        for (const QString& bad : {file, dir_.path() + "/missing.png"}) {
            try {
                fx->apply(img, {{"file", bad.toStdString()}}, ctx);
                QFAIL("no error");
            } catch (const Error& e) {
                qInfo("%s", e.what());
                QVERIFY2(QString::fromUtf8(e.what()).contains(QFileInfo(bad).fileName()), e.what());
            }
        }
    }

    // The brand kit's logo on the right cheek in one call: the sticker is there, with the
    // logo file and the anchor; asking again replaces it; a kit without logo is refused.
    void brandLogoOnCheek() {
        QImage logo(120, 120, QImage::Format_ARGB32);
        logo.fill(Qt::transparent);
        QPainter(&logo).fillRect(QRect(10, 10, 100, 100), QColor(0, 255, 255));
        const QString file = dir_.path() + "/brand-logo.png";
        QVERIFY(logo.save(file));
        BrandKit kit;
        kit.name = "Test";
        kit.logo = file.toStdString();
        Clip c = makeClip(stillFrame_, Time(0), Time(0), Time(10), FitMode::Fill);
        putBrandLogoOnFace(c, brandLogoFaceSticker(kit, FacePlace::RightCheek, "brand.json"));
        putBrandLogoOnFace(c, brandLogoFaceSticker(kit, FacePlace::RightCheek, "brand.json"));
        QCOMPARE(c.effects.size(), std::size_t(1));
        putBrandLogoOnFace(c, brandLogoFaceSticker(kit, FacePlace::Forehead, "brand.json"));
        QCOMPARE(c.effects.size(), std::size_t(2));
        c.effects.pop_back();
        const QImage img = render(stillFrame_, c.effects, Time(0));
        const auto fr = reelcut::face::faceFrame(still_);
        const QPointF want =
            reelcut::face::anchorPoint(still_, fr, reelcut::face::Anchor::RightCheek);
        const Blob b = cyanBlob(img, fr.right);
        QVERIFY(b.pixels > 50);
        qInfo("brand logo on the right cheek: %.1f%% of the eye distance from the anchor",
              100 * QLineF(b.centre, want).length() / fr.eyeDistance);
        QVERIFY(QLineF(b.centre, want).length() < 0.05 * fr.eyeDistance);
        BrandKit none;
        QVERIFY_THROWS_EXCEPTION(Error,
                                 brandLogoFaceSticker(none, FacePlace::LeftCheek, "brand.json"));
    }
};

int main(int argc, char** argv) {
    QGuiApplication app(argc, argv);
    TestFaceStickers t;
    return QTest::qExec(&t, argc, argv);
}

#include "tst_face_stickers.moc"
