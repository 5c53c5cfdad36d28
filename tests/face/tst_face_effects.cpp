// The face effects on a real face: a sticker that stays on the eyes in an exported MP4,
// warps and beauty that change the face and nothing else, privacy that leaves no face,
// frames without a face left alone, two faces handled one by one.

#include "../render/render_test_util.h"
#include "builtin_effects.h"
#include "export/exporter.h"
#include "face/face_analysis.h"
#include "face/face_engine.h"
#include "face_test_util.h"
#include "model/edits.h"
#include "render/frame_renderer.h"
#include "support/test_media.h"

#include <QGuiApplication>
#include <QPainter>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace reelcut;
using namespace reelcut::test;
using namespace reelcut::test::face;
using reelcut::face::FaceEngine;

namespace {

constexpr double kFps = 30;
const QSize kFrame(1080, 1920);
constexpr double kBaseScale = 6.0;

// The sunglasses' frame colour (#ff1493): nothing in the portrait is this pink.
bool isStickerPink(QRgb p) {
    const int r = qRed(p), g = qGreen(p), b = qBlue(p);
    return r > 170 && g < 110 && b > 80 && b > g + 40 && r > b;
}

struct Blob {
    QPointF centre;
    int pixels = 0;
};

Blob pinkBlob(const QImage& img, const QRect& area) {
    Blob blob;
    double sx = 0, sy = 0;
    const QRect r = area.intersected(img.rect());
    for (int y = r.top(); y <= r.bottom(); ++y) {
        for (int x = r.left(); x <= r.right(); ++x) {
            if (isStickerPink(img.pixel(x, y))) {
                sx += x;
                sy += y;
                ++blob.pixels;
            }
        }
    }
    if (blob.pixels > 0) {
        blob.centre = QPointF(sx / blob.pixels + 0.5, sy / blob.pixels + 0.5);
    }
    return blob;
}

EffectInstance effect(const std::string& type, ParamValues params = {}) {
    EffectInstance e;
    e.type = type;
    e.params = std::move(params);
    return e;
}

// Share of pixels in a rectangle with a strong Laplacian (edges: eyes, lips, hair): the
// fine detail a face has and a hidden one lacks. (A mean would count 8-bit rounding.)
double detail(const QImage& img, const QRect& area) {
    const QImage g = img.convertToFormat(QImage::Format_Grayscale8);
    double sum = 0;
    const QRect r = area.intersected(g.rect().adjusted(1, 1, -1, -1));
    for (int y = r.top(); y <= r.bottom(); ++y) {
        const uchar* up = g.constScanLine(y - 1);
        const uchar* row = g.constScanLine(y);
        const uchar* dn = g.constScanLine(y + 1);
        for (int x = r.left(); x <= r.right(); ++x) {
            sum += std::abs(4 * row[x] - row[x - 1] - row[x + 1] - up[x] - dn[x]) >= 6 ? 1 : 0;
        }
    }
    return sum / std::max(1, r.width() * r.height());
}

} // namespace

class TestFaceEffects : public QObject {
    Q_OBJECT
private:
    QTemporaryDir dir_;
    std::shared_ptr<FaceEngine> engine_;
    Face still_;
    Pose base_;
    QString stillFrame_; // the base pose as a PNG, 1080x1920
    FrameRenderer renderer_;

    QImage render(const QString& media, std::vector<EffectInstance> effects, QSize canvas,
                  QSize out) {
        Project p = makeDefaultProject(canvas.width(), canvas.height(), FrameRate(30));
        Clip c = makeClip(media, Time(0), Time(0), Time(2), FitMode::Fill);
        c.effects = std::move(effects);
        edit::addClip(p, p.tracks[0].id, c);
        return renderer_.frameAt(p, Time(1, 2), out).convertToFormat(QImage::Format_RGB888);
    }

    // Pixels outside `keep` equal (within `tol`), and the mean change inside it.
    void compare(const QImage& a, const QImage& b, const QRect& face, int tol, double& outsideMax,
                 double& insideMean) {
        outsideMax = 0;
        double sum = 0;
        int n = 0;
        for (int y = 0; y < a.height(); ++y) {
            for (int x = 0; x < a.width(); ++x) {
                const QRgb p = a.pixel(x, y), q = b.pixel(x, y);
                const int d =
                    std::max({std::abs(qRed(p) - qRed(q)), std::abs(qGreen(p) - qGreen(q)),
                              std::abs(qBlue(p) - qBlue(q))});
                if (face.contains(x, y)) {
                    sum += d;
                    ++n;
                } else {
                    outsideMax = std::max(outsideMax, double(d));
                }
            }
        }
        insideMean = sum / std::max(1, n);
        Q_UNUSED(tol);
    }

    // The still's face at 540x960 output: landmarks scaled by 1/2.
    Face stillAtHalf() const { return mappedFace(still_, QTransform::fromScale(0.5, 0.5)); }

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

    // Sunglasses on a face that moves, scales and rolls, exported to MP4 with the analysis
    // cache warm: the pink frame's centre stays on the eye midpoint.
    void stickerStaysOnEyesInExport() {
        const QString video = dir_.path() + "/moving.mp4";
        constexpr int kFrames = 60;
        encodeVideo(video, kFrame, kFrames, kFps, [&](int k, cv::Mat& f) {
            drawFace(f, poseTransform(movingPose(k, kFps, kFrame), kBaseScale));
        });
        const std::string cache = (dir_.path() + "/moving.reelcut-cache").toStdString();
        reelcut::face::analyzeMedia(*engine_, video.toStdString(), cache, true);

        Project p = makeDefaultProject(kFrame.width(), kFrame.height(), FrameRate(30));
        Clip c = makeClip(video, Time(0), Time(0), Time(kFrames, 30), FitMode::Fill);
        c.effects.push_back(effect("face.sticker", {{"sticker", 0}}));
        edit::addClip(p, p.tracks[0].id, c);
        ExportRequest req;
        req.output = (dir_.path() + "/sticker.mp4").toStdString();
        req.preset = smallPreset(540, 960);
        req.analysisDir = cache;
        exportProject(p, req);

        const std::vector<QImage> frames =
            decodeFrames(QString::fromStdString(req.output.string()));
        QCOMPARE(int(frames.size()), kFrames);
        const QTransform baseInv = poseTransform(base_, kBaseScale).inverted();
        const QTransform toOut = QTransform::fromScale(0.5, 0.5);
        std::vector<double> errors;
        for (int k = 0; k < kFrames; ++k) {
            const Face truth = mappedFace(
                still_, baseInv * poseTransform(movingPose(k, kFps, kFrame), kBaseScale) * toOut);
            const QPointF mid = (eyeCentre(truth, 36) + eyeCentre(truth, 42)) / 2;
            const double iod = eyeDistance(truth);
            const QRect area(int(mid.x() - 1.6 * iod), int(mid.y() - 1.6 * iod), int(3.2 * iod),
                             int(3.2 * iod));
            const Blob b = pinkBlob(frames[std::size_t(k)], area);
            QVERIFY2(b.pixels > 0.05 * iod * iod,
                     qPrintable(QString("frame %1: no sticker near the eyes").arg(k)));
            errors.push_back(std::hypot(b.centre.x() - mid.x(), b.centre.y() - mid.y()) / iod);
            if (k == 40) {
                frames[std::size_t(k)].save(qEnvironmentVariable("REELCUT_FACE_SAVE", dir_.path()) +
                                            "/sticker-frame40.png");
            }
        }
        double mean = 0;
        for (double e : errors) {
            mean += e;
        }
        mean /= double(errors.size());
        const double worst = *std::max_element(errors.begin(), errors.end());
        qInfo("sticker centre vs eye midpoint in the export: mean %.2f%%, max %.2f%% of the eye "
              "distance",
              100 * mean, 100 * worst);
        QVERIFY2(mean < 0.05, qPrintable(QString("mean %1").arg(mean)));
    }

    // Warp and beauty change the face and leave every pixel outside it as it was.
    void warpAndBeautyChangeOnlyTheFace() {
        const Face f = stillAtHalf();
        const double iod = eyeDistance(f);
        const QRectF lb = [&] {
            QPolygonF poly;
            for (const auto& p : f.points) {
                poly << QPointF(p.x, p.y);
            }
            return poly.boundingRect();
        }();
        const QRect faceArea = lb.adjusted(-iod, -1.2 * iod, iod, iod).toAlignedRect();
        const QRect inner = lb.toAlignedRect();
        for (const auto& [type, params] :
             {std::pair{std::string("face.warp"), ParamValues{{"eyes", 1}, {"slim", 1}}},
              std::pair{std::string("face.beauty"),
                        ParamValues{{"smooth", 1}, {"brighten", 1}, {"lipstick", 1}}}}) {
            ParamValues off = params;
            off["strength"] = 0;
            const QImage before = render(stillFrame_, {effect(type, off)}, kFrame, QSize(540, 960));
            const QImage after =
                render(stillFrame_, {effect(type, params)}, kFrame, QSize(540, 960));
            double outsideMax = 0, insideMean = 0;
            compare(before, after, faceArea, 0, outsideMax, insideMean);
            double innerMax = 0, innerMean = 0;
            compare(before, after, inner, 0, innerMax, innerMean);
            qInfo("%s: mean change %.2f inside the face, max %.0f outside it", type.c_str(),
                  innerMean, outsideMax);
            QVERIFY2(outsideMax <= 1, qPrintable(QString("%1 changed pixels outside the face by %2")
                                                     .arg(QString::fromStdString(type))
                                                     .arg(outsideMax)));
            QVERIFY2(innerMean > 1.5, qPrintable(QString("%1 hardly changed the face (%2)")
                                                     .arg(QString::fromStdString(type))
                                                     .arg(innerMean)));
            after.save(dir_.path() + "/" + QString::fromStdString(type) + ".png");
        }
    }

    // Privacy: no face left to find, no fine detail, the rest untouched.
    void privacyLeavesNoFace() {
        const Face f = stillAtHalf();
        const double iod = eyeDistance(f);
        QPolygonF poly;
        for (const auto& p : f.points) {
            poly << QPointF(p.x, p.y);
        }
        // Brows, eyes, nose and mouth: the features that identify a face.
        QPolygonF features;
        for (int i = 17; i < kLandmarkCount; ++i) {
            features << QPointF(f.points[i].x, f.points[i].y);
        }
        const QRect box = features.boundingRect().toAlignedRect();
        for (double mode : {0.0, 1.0}) {
            const QImage before = render(stillFrame_, {}, kFrame, QSize(540, 960));
            const QImage after = render(stillFrame_, {effect("face.privacy", {{"mode", mode}})},
                                        kFrame, QSize(540, 960));
            const double d0 = detail(before, box), d1 = detail(after, box);
            QSet<QRgb> colours0, colours1;
            for (int y = box.top(); y <= box.bottom(); ++y) {
                for (int x = box.left(); x <= box.right(); ++x) {
                    colours0.insert(before.pixel(x, y));
                    colours1.insert(after.pixel(x, y));
                }
            }
            qInfo("privacy mode %.0f: edge pixels in the face %.1f%% -> %.1f%%, colours %lld -> "
                  "%lld",
                  mode, 100 * d0, 100 * d1, qlonglong(colours0.size()), qlonglong(colours1.size()));
            if (mode == 0) {
                QVERIFY2(d1 < 0.15 * d0, qPrintable(QString("detail %1 -> %2").arg(d0).arg(d1)));
            } else {
                // Pixelated: a few flat cells (each face ~4 cells across), nothing finer.
                QVERIFY2(colours1.size() < 80, qPrintable(QString::number(colours1.size())));
            }
            const QImage rgb = after.convertToFormat(QImage::Format_RGB888);
            cv::Mat m(rgb.height(), rgb.width(), CV_8UC3, const_cast<uchar*>(rgb.bits()),
                      size_t(rgb.bytesPerLine()));
            cv::Mat bgr;
            cv::cvtColor(m, bgr, cv::COLOR_RGB2BGR);
            QCOMPARE(detect(*engine_->model(), bgr).size(), std::size_t(0));
            double outsideMax = 0, insideMean = 0;
            compare(before, after,
                    poly.boundingRect()
                        .adjusted(-1.6 * iod, -2.6 * iod, 1.6 * iod, 1.6 * iod)
                        .toAlignedRect(),
                    0, outsideMax, insideMean);
            QVERIFY2(outsideMax <= 1, qPrintable(QString("changed outside by %1").arg(outsideMax)));
        }
    }

    // No face in the picture: every face effect leaves it exactly as it was.
    void noFaceNoChange() {
        QImage empty(540, 960, QImage::Format_RGB32);
        empty.fill(QColor(90, 100, 110));
        QPainter(&empty).fillRect(100, 300, 200, 200, QColor(200, 180, 160));
        const QString file = dir_.path() + "/noface.png";
        QVERIFY(empty.save(file));
        const QImage plain = render(file, {}, QSize(540, 960), QSize(540, 960));
        const QImage all =
            render(file,
                   {effect("face.sticker"), effect("face.warp"), effect("face.beauty"),
                    effect("face.privacy"), effect("face.debug")},
                   QSize(540, 960), QSize(540, 960));
        QCOMPARE(all, plain);
    }

    // Two faces: both get the sticker; with face = 2 only the one on the right does.
    void twoFacesBothOrChosen() {
        cv::Mat frame(1280, 720, CV_8UC3, cv::Scalar(90, 90, 90));
        const cv::Rect head(120, 10, 210, 240);
        drawFace(frame, poseTransform(Pose{185, 600, 1, -5}, 2.2), head);
        drawFace(frame, poseTransform(Pose{540, 640, 1.05, 6}, 2.2), head);
        const QString file = dir_.path() + "/two.png";
        QVERIFY(saveBgr(frame, file));
        const QSize size(720, 1280);
        const QImage both = render(file, {effect("face.sticker", {{"sticker", 0}})}, size, size);
        const QRect left(0, 0, 360, 1280), right(360, 0, 360, 1280);
        QVERIFY(pinkBlob(both, left).pixels > 500);
        QVERIFY(pinkBlob(both, right).pixels > 500);
        const QImage one =
            render(file, {effect("face.sticker", {{"sticker", 0}, {"face", 2}})}, size, size);
        QCOMPARE(pinkBlob(one, left).pixels, 0);
        QVERIFY(pinkBlob(one, right).pixels > 500);
        // Privacy on all but face 1: the left face keeps its detail, the right one loses it.
        const QImage plain = render(file, {}, size, size);
        const QImage hidden = render(file, {effect("face.privacy", {{"keep", 1}})}, size, size);
        const QRect leftFace(120, 480, 130, 160), rightFace(470, 520, 130, 160);
        QCOMPARE(detail(hidden, leftFace), detail(plain, leftFace));
        QVERIFY(detail(hidden, rightFace) < 0.2 * detail(plain, rightFace));
    }
};

int main(int argc, char** argv) {
    QGuiApplication app(argc, argv);
    TestFaceEffects t;
    return QTest::qExec(&t, argc, argv);
}

#include "tst_face_effects.moc"
