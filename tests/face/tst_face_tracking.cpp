// Face tracking with the real 68-point model on a real face: accuracy against a known
// trajectory, jitter on a still face, stable identities, frames without a face.

#include "builtin_effects.h"
#include "face/face_analysis.h"
#include "face/face_cache.h"
#include "face/face_engine.h"
#include "face_test_util.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QTemporaryDir>
#include <QTest>

using namespace reelcut;
using namespace reelcut::test::face;
using reelcut::face::FaceAnalysis;
using reelcut::face::FaceEngine;

namespace {

constexpr double kFps = 30;
const QSize kFrame(1080, 1920);
constexpr double kBaseScale = 6.0; // the still's face becomes ~270 px between the eyes

} // namespace

class TestFaceTracking : public QObject {
    Q_OBJECT
private:
    QTemporaryDir dir_;
    std::shared_ptr<FaceEngine> engine_;
    Face still_; // landmarks of the base pose, by detection: the ground truth to map
    Pose base_;

    std::shared_ptr<const FaceAnalysis> analyse(const QString& video, FaceEngine& engine) {
        const std::string cache = (dir_.path() + "/cache").toStdString();
        face::analyzeMedia(engine, video.toStdString(), cache, true);
        auto a = FaceAnalysis::load(engine.cacheFileFor(video.toStdString(), cache));
        if (!a) {
            throw std::runtime_error("no cache written");
        }
        return a;
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
        QVERIFY2(eyeDistance(still_) > 200, qPrintable(QString::number(eyeDistance(still_))));
    }

    // The face moves, scales 0.6x..1.4x and rolls +-20 degrees in a 1080x1920 video; the
    // tracked landmarks are compared with the still's landmarks mapped along that path.
    void movingFaceFollowsTrajectory() {
        const QString video = dir_.path() + "/moving.mp4";
        constexpr int kFrames = 90;
        encodeVideo(video, kFrame, kFrames, kFps, [&](int k, cv::Mat& f) {
            drawFace(f, poseTransform(movingPose(k, kFps, kFrame), kBaseScale));
        });
        QElapsedTimer timer;
        timer.start();
        const auto a = analyse(video, *engine_);
        const double secs = timer.elapsed() / 1000.0;
        QCOMPARE(a->frameCount(), std::size_t(kFrames));

        const QTransform baseInv = poseTransform(base_, kBaseScale).inverted();
        std::vector<double> errors; // per point, in eye distances
        std::vector<double> eyeMidErrors;
        for (std::size_t k = 0; k < a->frameCount(); ++k) {
            const auto faces = a->frameFaces(k);
            QString where;
            for (const Face& f : faces) {
                where += QString(" id %1 at (%2, %3)")
                             .arg(f.id)
                             .arg(eyeCentre(f, 36).x())
                             .arg(eyeCentre(f, 36).y());
            }
            QVERIFY2(
                faces.size() == 1,
                qPrintable(QString("frame %1: %2 faces:%3").arg(k).arg(faces.size()).arg(where)));
            QCOMPARE(faces[0].id, 1); // one identity all along
            const Face truth = mappedFace(
                still_, baseInv * poseTransform(movingPose(int(k), kFps, kFrame), kBaseScale));
            const double iod = eyeDistance(truth);
            for (int i = 0; i < kLandmarkCount; ++i) {
                errors.push_back(std::hypot(faces[0].points[i].x - truth.points[i].x,
                                            faces[0].points[i].y - truth.points[i].y) /
                                 iod);
            }
            const QPointF mid = (eyeCentre(faces[0], 36) + eyeCentre(faces[0], 42)) / 2;
            const QPointF midTruth = (eyeCentre(truth, 36) + eyeCentre(truth, 42)) / 2;
            eyeMidErrors.push_back(std::hypot(mid.x() - midTruth.x(), mid.y() - midTruth.y()) /
                                   iod);
        }
        double mean = 0;
        for (double e : errors) {
            mean += e;
        }
        mean /= double(errors.size());
        const double p95 = percentile(errors, 0.95);
        qInfo("landmark error: mean %.2f%%, p95 %.2f%% of the eye distance; eye midpoint mean "
              "%.2f%%; analysis %.1f fps (1080x1920, %d frames in %.2f s)",
              100 * mean, 100 * p95, 100 * percentile(eyeMidErrors, 0.5), kFrames / secs, kFrames,
              secs);
        QVERIFY2(mean < 0.03, qPrintable(QString("mean error %1").arg(mean)));
        QVERIFY2(p95 < 0.06, qPrintable(QString("p95 error %1").arg(p95)));
    }

    // A still face: after smoothing, landmarks barely move from frame to frame. The same
    // clip without smoothing shows what the filter removes.
    void staticFaceIsSteady() {
        const QString video = dir_.path() + "/static.mp4";
        constexpr int kFrames = 60;
        encodeVideo(video, kFrame, kFrames, kFps, [&](int k, cv::Mat& f) {
            drawFace(f, poseTransform(base_, kBaseScale));
            // Sensor noise, different every frame, as a real camera has.
            cv::Mat noise(f.size(), CV_8UC3);
            cv::randn(noise, cv::Scalar::all(0), cv::Scalar::all(3));
            cv::RNG rng(k);
            cv::add(f, noise, f);
            cv::subtract(f, cv::Scalar::all(1), f);
        });
        auto jitter = [&](const FaceAnalysis& a) {
            double sum = 0;
            int n = 0;
            for (std::size_t k = 1; k < a.frameCount(); ++k) {
                const auto p = a.frameFaces(k - 1), c = a.frameFaces(k);
                if (p.size() != 1 || c.size() != 1) {
                    return -1.0;
                }
                for (int i = 0; i < kLandmarkCount; ++i) {
                    sum += std::hypot(c[0].points[i].x - p[0].points[i].x,
                                      c[0].points[i].y - p[0].points[i].y);
                    ++n;
                }
            }
            return sum / n;
        };
        const double smoothed = jitter(*analyse(video, *engine_));
        face::TrackerSettings raw = engine_->settings();
        raw.minCutoff = 1e4; // effectively no smoothing
        raw.beta = 0;
        FaceEngine unsmoothedEngine({}, raw);
        const double unsmoothed = jitter(*analyse(video, unsmoothedEngine));
        qInfo("static face jitter: %.3f px smoothed, %.3f px unsmoothed (eye distance %.0f px)",
              smoothed, unsmoothed, eyeDistance(still_));
        QVERIFY2(smoothed >= 0, "a frame lost the face");
        QVERIFY2(smoothed < 0.5, qPrintable(QString("jitter %1 px").arg(smoothed)));
        QVERIFY2(smoothed < unsmoothed, "smoothing did not reduce jitter");
    }

    // A face, then none for a second, then the face again: the empty frames have no faces
    // (not a ghost of the last one), and tracking picks the face up again.
    void framesWithoutFace() {
        const QString video = dir_.path() + "/gap.mp4";
        const QSize size(720, 1280);
        encodeVideo(video, size, 90, kFps, [&](int k, cv::Mat& f) {
            if (k < 30 || k >= 60) {
                drawFace(f, poseTransform(Pose{360, 560, 1.0 + 0.01 * (k % 30), 0}, 4.0));
            }
        });
        const auto a = analyse(video, *engine_);
        QCOMPARE(a->frameCount(), std::size_t(90));
        for (std::size_t k = 0; k < 90; ++k) {
            const std::size_t n = a->frameFaces(k).size();
            if (k < 30 || k >= 62) {
                QVERIFY2(n == 1, qPrintable(QString("frame %1: %2 faces").arg(k).arg(n)));
            } else if (k >= 30 && k < 60) {
                QVERIFY2(n == 0, qPrintable(QString("frame %1: %2 faces").arg(k).arg(n)));
            }
        }
    }

    // Two faces side by side, moving a little: two tracks, each keeping its id.
    void twoFacesKeepTheirIdentity() {
        const QString video = dir_.path() + "/two.mp4";
        const QSize size(720, 1280);
        const cv::Rect head(120, 10, 210, 240);
        encodeVideo(video, size, 45, kFps, [&](int k, cv::Mat& f) {
            const double dx = 20 * std::sin(k / 7.0);
            drawFace(f, poseTransform(Pose{185 + dx, 600, 1, -5}, 2.2), head);
            drawFace(f, poseTransform(Pose{540 - dx, 640, 1.05, 6}, 2.2), head);
        });
        const auto a = analyse(video, *engine_);
        QCOMPARE(a->frameCount(), std::size_t(45));
        for (std::size_t k = 0; k < a->frameCount(); ++k) {
            const auto faces = a->frameFaces(k);
            QVERIFY2(faces.size() == 2,
                     qPrintable(QString("frame %1: %2 faces").arg(k).arg(faces.size())));
            for (const Face& f : faces) {
                const bool left = eyeCentre(f, 36).x() < 360;
                QCOMPARE(f.id, left ? 1 : 2);
            }
        }
    }
};

int main(int argc, char** argv) {
    QGuiApplication app(argc, argv);
    TestFaceTracking t;
    return QTest::qExec(&t, argc, argv);
}

#include "tst_face_tracking.moc"
