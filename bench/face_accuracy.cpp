// Face tracking accuracy on the test set (tests/face/face_scenes.h): every subject in
// every variant moved along the known paths, tracked by ReelCut's analysis and by a plain
// dlib pipeline (HOG on a 540 px copy every 10 frames, the 68-point predictor every frame
// from the last detection's box, One Euro smoothing), scored against the truth. Prints
// one Markdown table row per clip and pipeline and a summary. See bench/README.md.
//
//   reelcut-face-accuracy [--work DIR] [--seconds S] [--subjects a,b] [--variants a,b]
//                         [--paths review,leave] [--pipelines reelcut,dlib]

#include "../tests/face/face_scenes.h"
#include "builtin_effects.h"
#include "face/face_analysis.h"
#include "face/face_cache.h"
#include "face/face_engine.h"
#include "face/one_euro_filter.h"
#include "media/video_decoder.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QGuiApplication>
#include <QStringList>
#include <cstdio>
#include <dlib/image_processing/frontal_face_detector.h>
#include <dlib/image_processing/shape_predictor.h>
#include <dlib/opencv/cv_image.h>
#include <dlib/serialize.h>
#include <map>

extern "C" {
#include <libavutil/frame.h>
}

using namespace reelcut;
using namespace reelcut::test::face;

namespace {

using Frames = std::vector<std::vector<Face>>;

Frames runReelcut(face::FaceEngine& engine, const QString& video, const QString& work,
                  double& seconds) {
    const std::string cache = (work + "/cache").toStdString();
    QElapsedTimer t;
    t.start();
    face::analyzeMedia(engine, video.toStdString(), cache, true);
    seconds = t.elapsed() / 1000.0;
    const auto a = face::FaceAnalysis::load(engine.cacheFileFor(video.toStdString(), cache));
    Frames out;
    for (std::size_t i = 0; i < a->frameCount(); ++i) {
        const auto f = a->frameFaces(i);
        out.emplace_back(f.begin(), f.end());
    }
    return out;
}

// The plain pipeline the review compared with, written as simply as dlib allows.
Frames runPlainDlib(const QString& video, double& seconds) {
    static dlib::shape_predictor sp = [] {
        dlib::shape_predictor p;
        dlib::deserialize(face::LandmarkModel::defaultPath()) >> p;
        return p;
    }();
    dlib::frontal_face_detector detector = dlib::get_frontal_face_detector();
    QElapsedTimer timer;
    timer.start();
    VideoDecoder dec(video.toStdString());
    const double fps = dec.info().frameRate.toDouble();
    const auto total = std::int64_t(std::lround(dec.info().duration.toDouble() * fps));
    Frames out;
    std::vector<dlib::rectangle> boxes;
    std::map<int, std::array<face::OneEuroFilter, 2 * kLandmarkCount>> filters;
    cv::Mat small;
    for (std::int64_t k = 0; k < total; ++k) {
        const AVFrame& f = dec.frameAt(Time(k) / dec.info().frameRate);
        const cv::Mat gray(f.height, f.width, CV_8UC1, f.data[0], size_t(f.linesize[0]));
        const double t = k / fps;
        if (k % 10 == 0) {
            const double s = 540.0 / gray.cols;
            cv::resize(gray, small, cv::Size(), s, s, cv::INTER_AREA);
            boxes.clear();
            for (const dlib::rectangle& r : detector(dlib::cv_image<unsigned char>(small))) {
                boxes.emplace_back(std::lround(r.left() / s), std::lround(r.top() / s),
                                   std::lround(r.right() / s), std::lround(r.bottom() / s));
            }
        }
        std::vector<Face> faces;
        const dlib::cv_image<unsigned char> img(gray);
        for (std::size_t i = 0; i < boxes.size(); ++i) {
            const dlib::full_object_detection d = sp(img, boxes[i]);
            Face face;
            face.id = int(i) + 1;
            for (int p = 0; p < kLandmarkCount; ++p) {
                face.points[p] = {float(d.part(p).x()), float(d.part(p).y())};
            }
            const double iod = std::max(1.0, eyeDist(face));
            auto& fl = filters[face.id];
            if (!fl[0].initialised()) {
                for (auto& x : fl) {
                    x = face::OneEuroFilter(1.5, 4.0, 1.0);
                }
            }
            for (int p = 0; p < kLandmarkCount; ++p) {
                face.points[p].x = float(fl[2 * p].filter(face.points[p].x, t, iod));
                face.points[p].y = float(fl[2 * p + 1].filter(face.points[p].y, t, iod));
            }
            faces.push_back(face);
        }
        out.push_back(faces);
    }
    seconds = timer.elapsed() / 1000.0;
    return out;
}

QStringList listArg(const QStringList& args, const QString& name, const QStringList& all) {
    const int i = args.indexOf(name);
    return i >= 0 && i + 1 < args.size() ? args[i + 1].split(',') : all;
}

} // namespace

int main(int argc, char** argv) {
    QGuiApplication app(argc, argv);
    const QStringList args = app.arguments();
    registerBuiltinEffects();
    auto engine = face::FaceEngine::fromRegistry();
    const int wi = args.indexOf("--work");
    const QString work = wi >= 0 ? args[wi + 1] : QDir::tempPath() + "/reelcut-face-accuracy";
    QDir().mkpath(work);
    const int si = args.indexOf("--seconds");
    const double seconds = si >= 0 ? args[si + 1].toDouble() : 10.0;
    QStringList allNames, allVariantNames;
    for (const Subject& s : allSubjects()) {
        allNames << QString::fromStdString(s.name);
    }
    for (Variant v : allVariants()) {
        allVariantNames << variantName(v);
    }
    const QStringList subjects = listArg(args, "--subjects", allNames);
    const QStringList variants = listArg(args, "--variants", allVariantNames);
    const QStringList paths = listArg(args, "--paths", {"review"});
    const QStringList pipelines = listArg(args, "--pipelines", {"reelcut", "dlib"});

    std::printf(
        "| clip | pipeline | visible | lost | ids | ghosts | mean %% | p95 %% | size CV %% | "
        "lag | x real time |\n|---|---|---|---|---|---|---|---|---|---|---|\n");
    struct Total {
        int clips = 0, visible = 0, lost = 0, extraIds = 0, ghosts = 0, pass = 0;
        std::vector<double> means, p95s, cvs;
        double secs = 0, videoSecs = 0;
    };
    std::map<QString, Total> totals;
    for (const QString& name : subjects) {
        const PreparedFace f = prepareFace(*engine->model(), subjectNamed(name.toStdString()));
        for (const QString& vname : variants) {
            Variant v = Variant::Plain;
            for (Variant x : allVariants()) {
                if (vname == variantName(x)) {
                    v = x;
                }
            }
            for (const QString& path : paths) {
                SceneSpec spec;
                spec.subject = name.toStdString();
                spec.variant = v;
                spec.path = path == "leave" ? PathKind::LeaveReturn : PathKind::Review;
                spec.seconds = seconds;
                const QString video = work + "/" + QString::fromStdString(sceneName(spec)) +
                                      QStringLiteral("-%1s.mp4").arg(seconds);
                const Scene scene =
                    renderScene(f, spec, QFileInfo::exists(video) ? QString() : video);
                for (const QString& pipe : pipelines) {
                    double secs = 0;
                    const Frames faces = pipe == "dlib" ? runPlainDlib(video, secs)
                                                        : runReelcut(*engine, video, work, secs);
                    const Score s = scoreFaces(scene, faces);
                    const double rt = scene.frames / spec.fps / secs;
                    std::printf(
                        "| %s | %s | %d | %d | %d | %d | %.2f | %.2f | %.2f | %+.0f | %.1f |\n",
                        sceneName(spec).c_str(), qPrintable(pipe), s.visible, s.lost, s.ids,
                        s.ghosts, 100 * s.mean, 100 * s.p95, 100 * s.sizeCv, s.lag, rt);
                    std::fflush(stdout);
                    Total& t = totals[pipe];
                    ++t.clips;
                    t.visible += s.visible;
                    t.lost += s.lost;
                    t.extraIds += std::max(0, s.ids - 1);
                    t.ghosts += s.ghosts;
                    t.means.push_back(s.mean);
                    t.p95s.push_back(s.p95);
                    t.cvs.push_back(s.sizeCv);
                    t.secs += secs;
                    t.videoSecs += scene.frames / spec.fps;
                    t.pass += s.lost == 0 && s.ids == 1 && s.mean <= 0.02 && s.p95 <= 0.05 &&
                              s.sizeCv <= 0.02 && s.lag == 0;
                }
            }
        }
    }
    std::printf("\n| pipeline | clips | all targets met | lost / visible frames | extra ids | "
                "ghost frames | median mean %% | worst mean %% | median p95 %% | worst p95 %% | "
                "median size CV %% | worst size CV %% | x real time |\n"
                "|---|---|---|---|---|---|---|---|---|---|---|---|---|\n");
    for (auto& [pipe, t] : totals) {
        std::printf(
            "| %s | %d | %d | %d / %d | %d | %d | %.2f | %.2f | %.2f | %.2f | %.2f | %.2f | "
            "%.1f |\n",
            qPrintable(pipe), t.clips, t.pass, t.lost, t.visible, t.extraIds, t.ghosts,
            100 * percentileOf(t.means, 0.5), 100 * percentileOf(t.means, 1.0),
            100 * percentileOf(t.p95s, 0.5), 100 * percentileOf(t.p95s, 1.0),
            100 * percentileOf(t.cvs, 0.5), 100 * percentileOf(t.cvs, 1.0), t.videoSecs / t.secs);
    }
    return 0;
}
