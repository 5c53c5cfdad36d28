// Auto reframe: a 16:9 shot with the speaker on the left, made 9:16. The subject tracker
// (face analysis) finds where the face is over time, and the filled 9:16 crop follows
// it, where a centred crop would cut the face off.

#include "builtin_effects.h"
#include "effect/effect.h"
#include "effect/subject_tracker.h"
#include "face_test_util.h"
#include "render/auto_reframe.h"
#include "render/frame_renderer.h"

#include <QGuiApplication>
#include <QTemporaryDir>
#include <QTest>

using namespace reelcut;
using namespace reelcut::test::face;

namespace {

constexpr int kFrames = 30;
constexpr double kFps = 15;
const QSize kFrame(1280, 720);
const cv::Rect kHead(120, 10, 210, 240); // the head in the still, without the suit

// The face's centre in frame k: drifting right from x = 280 to 400 (the left third).
double faceX(int k) {
    return 280 + 120.0 * k / (kFrames - 1);
}

// Centre of the pixels that are not the grey background, as a fraction of the width.
double subjectCentreX(const QImage& img) {
    double sum = 0, n = 0;
    for (int y = 0; y < img.height(); ++y) {
        for (int x = 0; x < img.width(); ++x) {
            const QRgb p = img.pixel(x, y);
            if (std::abs(qRed(p) - 90) + std::abs(qGreen(p) - 90) + std::abs(qBlue(p) - 90) > 60) {
                sum += x;
                ++n;
            }
        }
    }
    return n > 0 ? sum / n / img.width() : -1;
}

} // namespace

class TestFaceReframe : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void cropFollowsTheFace() {
        QTemporaryDir dir;
        const QString video = dir.filePath(QStringLiteral("interview.mp4"));
        encodeVideo(video, kFrame, kFrames, kFps, [](int k, cv::Mat& f) {
            drawFace(f, poseTransform(Pose{faceX(k), 330, 1, 0}, 2.2), kHead);
        });
        const auto tracker = EffectRegistry::instance().subjectTracker();
        QVERIFY(tracker != nullptr);
        const std::vector<FocusKey> keys =
            tracker->track(video.toStdString(), Time(0), Time(2), dir.path().toStdString());
        QVERIFY(keys.size() >= 5);
        // The path follows the face (smoothed over a second: within 5 % of the width).
        for (const FocusKey& k : keys) {
            const int frame =
                std::clamp(int(std::lround(k.time.toDouble() * kFps)), 0, kFrames - 1);
            const double want = faceX(frame) / kFrame.width();
            QVERIFY2(std::abs(k.x - want) < 0.05, qPrintable(QStringLiteral("t=%1: %2, face at %3")
                                                                 .arg(k.time.toDouble())
                                                                 .arg(k.x)
                                                                 .arg(want)));
        }
        QVERIFY(keys.back().x > keys.front().x); // it moves with the face

        Project p;
        p.width = 1080;
        p.height = 1920;
        Clip c;
        c.media = video.toStdString();
        c.out = Time(2);
        c.fit = FitMode::Fill;
        p.tracks.push_back(makeTrack(1, TrackKind::Video, "", {c}));
        FrameRenderer renderer;
        const QSize out(270, 480);
        const double centred = subjectCentreX(renderer.frameAt(p, Time(1), out).copy());
        p.tracks[0].clips[0].reframe = true;
        QVERIFY(applyAutoReframe(p, dir.path().toStdString()).empty());
        QVERIFY(!p.tracks[0].clips[0].focusKeys.empty());
        const double reframed = subjectCentreX(renderer.frameAt(p, Time(1), out).copy());
        // A centred crop shows the face cut at the left edge; the reframed crop has it in
        // the middle.
        QVERIFY2(centred < 0.3, qPrintable(QString::number(centred)));
        QVERIFY2(std::abs(reframed - 0.5) < 0.12, qPrintable(QString::number(reframed)));
    }
};

int main(int argc, char** argv) {
    QGuiApplication app(argc, argv);
    registerBuiltinEffects();
    TestFaceReframe t;
    return QTest::qExec(&t, argc, argv);
}
#include "tst_face_reframe.moc"
