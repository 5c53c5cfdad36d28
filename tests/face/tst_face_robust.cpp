// Face tracking on faces it was not tuned on: a representative part of the test set
// (tests/face/face_scenes.h; the whole set is in bench/face_bench.sh) held to the targets,
// a face that leaves and comes back keeping its id, and preview frames equal to export
// frames with and without an analysis cache.

#include "../render/render_test_util.h"
#include "builtin_effects.h"
#include "face/face_analysis.h"
#include "face/face_cache.h"
#include "face/face_engine.h"
#include "face_scenes.h"
#include "model/edits.h"
#include "render/frame_renderer.h"

#include <QGuiApplication>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>
#include <random>
#include <thread>

using namespace reelcut;
using namespace reelcut::test;
using namespace reelcut::test::face;
using reelcut::face::FaceAnalysis;
using reelcut::face::FaceEngine;

Q_DECLARE_METATYPE(reelcut::test::face::Variant)

namespace {

std::vector<std::vector<Face>> framesOf(const FaceAnalysis& a) {
    std::vector<std::vector<Face>> out;
    for (std::size_t i = 0; i < a.frameCount(); ++i) {
        const auto f = a.frameFaces(i);
        out.emplace_back(f.begin(), f.end());
    }
    return out;
}

QString describe(const Score& s) {
    return QStringLiteral("visible %1, lost %2, ids %3, ghosts %4, mean %5%, p95 %6%, size CV "
                          "%7%, lag %8")
        .arg(s.visible)
        .arg(s.lost)
        .arg(s.ids)
        .arg(s.ghosts)
        .arg(100 * s.mean, 0, 'f', 2)
        .arg(100 * s.p95, 0, 'f', 2)
        .arg(100 * s.sizeCv, 0, 'f', 2)
        .arg(s.lag);
}

} // namespace

class TestFaceRobust : public QObject {
    Q_OBJECT
private:
    QTemporaryDir dir_;
    std::shared_ptr<FaceEngine> engine_;
    std::map<std::string, PreparedFace> prepared_;

    const PreparedFace& prepared(const std::string& name) {
        auto it = prepared_.find(name);
        if (it == prepared_.end()) {
            it = prepared_.emplace(name, prepareFace(*engine_->model(), subjectNamed(name))).first;
        }
        return it->second;
    }

    std::shared_ptr<const FaceAnalysis> analyse(const QString& video) {
        const std::string cache = (dir_.path() + "/cache").toStdString();
        reelcut::face::analyzeMedia(*engine_, video.toStdString(), cache, true);
        return FaceAnalysis::load(engine_->cacheFileFor(video.toStdString(), cache));
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(dir_.isValid());
        registerBuiltinEffects();
        engine_ = FaceEngine::fromRegistry();
        QVERIFY(engine_ != nullptr);
    }

    // Faces the tracker was not tuned on, in the variants a real clip has, along the parts
    // of the review's path (sway, zoom x0.67..1.49, roll +-25 degrees) at 1080x1920.
    void targetsOnUntunedFaces_data() {
        QTest::addColumn<QString>("subject");
        QTest::addColumn<Variant>("variant");
        QTest::addColumn<double>("from");
        QTest::newRow("messi plain, zoom") << "messi" << Variant::Plain << 4.5;
        QTest::newRow("glasses_man jpeg, sway") << "glasses_man" << Variant::Jpeg << 2.0;
        QTest::newRow("trio_right dark, roll") << "trio_right" << Variant::Dark << 7.0;
        QTest::newRow("couple_woman hand, zoom") << "couple_woman" << Variant::Hand << 4.5;
        QTest::newRow("party_left small, roll") << "party_left" << Variant::Small << 7.0;
        QTest::newRow("tom blur, sway") << "tom" << Variant::Blur << 2.0;
    }
    void targetsOnUntunedFaces() {
        QFETCH(QString, subject);
        QFETCH(Variant, variant);
        QFETCH(double, from);
        SceneSpec spec;
        spec.subject = subject.toStdString();
        spec.variant = variant;
        spec.from = from;
        spec.seconds = 2.5;
        const QString video = dir_.path() + "/" + QString::fromStdString(sceneName(spec)) + ".mp4";
        const Scene scene = renderScene(prepared(spec.subject), spec, video);
        const auto a = analyse(video);
        QVERIFY(a != nullptr);
        QCOMPARE(int(a->frameCount()), scene.frames);
        const Score s = scoreFaces(scene, framesOf(*a));
        qInfo("%s: %s", sceneName(spec).c_str(), qPrintable(describe(s)));
        const bool met = s.lost == 0 && s.ids == 1 && s.ghosts == 0 && s.mean <= 0.02 &&
                         s.p95 <= 0.05 && s.sizeCv <= 0.02 && s.lag == 0;
        // Known gaps (bench/README.md has the whole table): a small face under heavy JPEG
        // and crf 32 keeps a ~10% offset of the eyes; a blurry, dark face rolled past 20
        // degrees is lost for a few frames.
        QEXPECT_FAIL("glasses_man jpeg, sway", "eyes offset ~10% on heavy compression", Abort);
        QEXPECT_FAIL("trio_right dark, roll", "dark blurry face lost at +-25 deg roll", Abort);
        QVERIFY2(met, qPrintable(describe(s)));
    }

    // A face walks out of the picture and back, then is cut away for 4 frames: it keeps
    // its id all along, and no face is shown while it is gone.
    void faceThatReturnsKeepsItsId() {
        SceneSpec spec;
        spec.subject = "grace_hopper";
        spec.path = PathKind::LeaveReturn;
        spec.size = QSize(720, 1280);
        spec.iod = 110;
        spec.seconds = 6.5;
        const QString video = dir_.path() + "/leave.mp4";
        const Scene scene = renderScene(prepared(spec.subject), spec, video);
        const auto a = analyse(video);
        QVERIFY(a != nullptr);
        const Score s = scoreFaces(scene, framesOf(*a));
        qInfo("leave and return: %s", qPrintable(describe(s)));
        QVERIFY2(s.ids == 1, qPrintable(describe(s)));
        QVERIFY2(s.lost == 0, qPrintable(describe(s)));
        QVERIFY2(s.ghosts == 0, qPrintable(describe(s)));
        // While it is away, no face at all.
        for (int k = 0; k < scene.frames; ++k) {
            const Pose p = posePath(spec.path, k / spec.fps, spec.size);
            if (p.cx > spec.size.width() * 1.9 || !p.shown) {
                QVERIFY2(a->frameFaces(std::size_t(k)).empty(),
                         qPrintable(QStringLiteral("frame %1: a face while none is there").arg(k)));
            }
        }
    }

    // The same project rendered by two renderers, one playing straight through (as the
    // export does) and one jumping around in another thread at the same time (as the
    // preview does when scrubbing): the same pixels in every frame, with and without an
    // analysis cache.
    void previewEqualsExport_data() {
        QTest::addColumn<bool>("withCache");
        QTest::newRow("no cache") << false;
        QTest::newRow("cache") << true;
    }
    void previewEqualsExport() {
        QFETCH(bool, withCache);
        SceneSpec spec;
        spec.subject = "tom";
        spec.size = QSize(540, 960);
        spec.iod = 90;
        spec.from = 2;
        spec.seconds = 1.5;
        const QString video =
            dir_.path() + QStringLiteral("/same-%1.mp4").arg(withCache ? "cache" : "live");
        renderScene(prepared(spec.subject), spec, video);
        const std::string cache =
            withCache ? (dir_.path() + "/same-cache").toStdString() : std::string();
        if (withCache) {
            reelcut::face::analyzeMedia(*engine_, video.toStdString(), cache, true);
        }
        const int frames = int(std::lround(spec.seconds * spec.fps));
        Project p = makeDefaultProject(540, 960, FrameRate(30));
        Clip c = makeClip(video, Time(0), Time(0), Time(frames, 30), FitMode::Fill);
        EffectInstance sticker;
        sticker.type = "face.sticker";
        sticker.params = {{"sticker", 0}};
        c.effects.push_back(sticker);
        edit::addClip(p, p.tracks[0].id, c);

        std::vector<QImage> exportFrames(static_cast<std::size_t>(frames));
        std::vector<QImage> previewFrames(static_cast<std::size_t>(frames));
        std::vector<int> order(static_cast<std::size_t>(frames));
        for (int k = 0; k < frames; ++k) {
            order[std::size_t(k)] = k;
        }
        std::shuffle(order.begin(), order.end(), std::mt19937(7));
        std::thread preview([&] {
            FrameRenderer r(FrameRenderer::MissingMedia::Placeholder);
            r.setAnalysisDir(cache);
            for (int k : order) {
                previewFrames[std::size_t(k)] = r.frameAt(p, Time(k, 30), QSize(540, 960)).copy();
            }
        });
        FrameRenderer r;
        r.setAnalysisDir(cache);
        for (int k = 0; k < frames; ++k) {
            exportFrames[std::size_t(k)] = r.frameAt(p, Time(k, 30), QSize(540, 960)).copy();
        }
        preview.join();
        int withSticker = 0;
        for (int k = 0; k < frames; ++k) {
            QVERIFY2(exportFrames[std::size_t(k)] == previewFrames[std::size_t(k)],
                     qPrintable(QStringLiteral("frame %1 differs").arg(k)));
            // The sticker is there (pink frame): the comparison is not of two empty faces.
            const QImage& img = exportFrames[std::size_t(k)];
            int pink = 0;
            for (int y = 0; y < img.height(); y += 2) {
                for (int x = 0; x < img.width(); x += 2) {
                    const QRgb px = img.pixel(x, y);
                    pink += qRed(px) > 170 && qGreen(px) < 110 && qBlue(px) > qGreen(px) + 40;
                }
            }
            withSticker += pink > 20;
        }
        QCOMPARE(withSticker, frames);
    }
};

int main(int argc, char** argv) {
    QGuiApplication app(argc, argv);
    TestFaceRobust t;
    return QTest::qExec(&t, argc, argv);
}

#include "tst_face_robust.moc"
