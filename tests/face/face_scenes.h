#pragma once

// The face test set: stills from tests/data (their sources and licences are in
// tests/data/faces/SOURCES), each turned into moving clips along known paths, in variants
// (grey, dark, blurred, strongly compressed, glasses drawn on, a hand over part of the
// face, small in the frame). The truth of every frame is the still's landmarks, detected
// once on a large clean render, mapped through that frame's known transform. Shared by
// the face suites and bench/face_accuracy.

#include "face/face_tracker.h"
#include "face/face_types.h"

#include <QBuffer>
#include <QImage>
#include <QLineF>
#include <QPointF>
#include <QPolygonF>
#include <QProcess>
#include <QRect>
#include <QString>
#include <QTransform>
#include <algorithm>
#include <cmath>
#include <cstring>
#include <functional>
#include <numbers>
#include <opencv2/imgproc.hpp>
#include <optional>
#include <set>
#include <stdexcept>
#include <string>
#include <vector>

namespace reelcut::test::face {

using reelcut::face::Face;
using reelcut::face::kLandmarkCount;

// ---------------------------------------------------------------------------------------
// Subjects

struct Subject {
    std::string name;
    std::string file;  // relative to tests/data
    int faceIndex = 0; // which face, left to right, when the picture has several
};

// Tuned on: astronaut, grace_hopper, tom. The rest are only reported on.
inline const std::vector<Subject>& allSubjects() {
    static const std::vector<Subject> s{
        {"astronaut", "astronaut.png", 0},
        {"grace_hopper", "faces/grace_hopper.jpg", 0},
        {"tom", "faces/Tom_Cruise_avp_2014_4.jpg", 0},
        {"messi", "faces/messi5.jpg", 0},
        {"glasses_man", "faces/2008_002506.jpg", 2},
        {"trio_left", "faces/2008_001322.jpg", 0},
        {"trio_right", "faces/2008_001322.jpg", 2},
        {"couple_woman", "faces/2009_004587.jpg", 1},
        {"party_left", "faces/2008_002470.jpg", 0},
    };
    return s;
}

inline const Subject& subjectNamed(const std::string& name) {
    for (const Subject& s : allSubjects()) {
        if (s.name == name) {
            return s;
        }
    }
    throw std::runtime_error("no test face " + name);
}

inline QString faceDataPath(const std::string& relative) {
    return QStringLiteral(REELCUT_TEST_DATA "/") + QString::fromStdString(relative);
}

inline cv::Mat readBgr(const QString& file) {
    const QImage img = QImage(file).convertToFormat(QImage::Format_RGB888);
    if (img.isNull()) {
        throw std::runtime_error("cannot read " + file.toStdString());
    }
    const cv::Mat rgb(img.height(), img.width(), CV_8UC3, const_cast<uchar*>(img.bits()),
                      size_t(img.bytesPerLine()));
    cv::Mat bgr;
    cv::cvtColor(rgb, bgr, cv::COLOR_RGB2BGR);
    return bgr;
}

inline std::vector<Face> detectBgr(const reelcut::face::LandmarkModel& model, const cv::Mat& bgr) {
    cv::Mat gray;
    cv::cvtColor(bgr, gray, cv::COLOR_BGR2GRAY);
    return reelcut::face::FaceTracker::detectStill(model, gray.data, gray.cols, gray.rows,
                                                   int(gray.step), gray.cols);
}

inline QPointF eyeCentreOf(const Face& f, int first) {
    QPointF s;
    for (int i = first; i < first + 6; ++i) {
        s += QPointF(f.points[i].x, f.points[i].y);
    }
    return s / 6.0;
}
inline QPointF eyeMid(const Face& f) {
    return (eyeCentreOf(f, 36) + eyeCentreOf(f, 42)) / 2;
}
inline double eyeDist(const Face& f) {
    const QPointF d = eyeCentreOf(f, 42) - eyeCentreOf(f, 36);
    return std::hypot(d.x(), d.y());
}
inline Face mapFace(const Face& f, const QTransform& m) {
    Face out = f;
    for (auto& p : out.points) {
        const QPointF q = m.map(QPointF(p.x, p.y));
        p = {float(q.x()), float(q.y())};
    }
    return out;
}

// A subject made ready: the face cut out (with room around it) and its landmarks there.
struct PreparedFace {
    std::string name;
    cv::Mat bgr;        // the cut-out, BGR
    cv::Mat alpha;      // CV_32F 0..1, a soft ellipse: no neighbour's half face comes along
    Face landmarks;     // in the cut-out's pixels: the truth to map
    QPointF centre;     // eye midpoint in the cut-out
    double iod = 1;     // eye distance in the cut-out
    double rollDeg = 0; // of the eye line in the still
};

// A background with some structure (a wall and a lamp), as a room has.
inline cv::Mat makeBackground(QSize size, double light = 1.0) {
    cv::Mat background(size.height(), size.width(), CV_32FC3);
    for (int y = 0; y < background.rows; ++y) {
        const float v = float(70 + 50.0 * y / background.rows);
        background.row(y).setTo(cv::Scalar(v, v * 1.05f, v * 1.1f));
    }
    cv::circle(background, cv::Point(size.width() / 6, size.height() / 8), size.width() / 10,
               cv::Scalar(190, 210, 225), cv::FILLED, cv::LINE_AA);
    return background * light;
}

// The cut-out premultiplied by its soft mask, and the mask, both 3-channel float.
struct Layer {
    cv::Mat colour, alpha;
};
inline Layer makeLayer(const cv::Mat& bgr, const cv::Mat& alpha) {
    Layer l;
    bgr.convertTo(l.colour, CV_32FC3);
    cv::Mat a3[3] = {alpha, alpha, alpha};
    cv::merge(a3, 3, l.alpha);
    cv::multiply(l.colour, l.alpha, l.colour);
    return l;
}

// Draws the layer over a background, frame after frame, reusing its buffers: a clip is
// 75-300 frames of 1080x1920, and allocating (and page-faulting) ~40 MB per frame cost
// more than composing and encoding them.
class Compositor {
public:
    explicit Compositor(const cv::Mat& background) : background_(background) {
        background.convertTo(background8_, CV_8UC3);
    }
    // Background with the layer drawn through `m` (cut-out pixels -> frame pixels), 8-bit.
    void compose(const Layer& layer, const QTransform& m, bool shown, cv::Mat& out8) {
        background8_.copyTo(out8);
        if (!shown) {
            return;
        }
        // Only the part of the frame the layer covers is warped and blended.
        const QRect all(0, 0, background_.cols, background_.rows);
        const QRect cover = m.mapRect(QRectF(0, 0, layer.colour.cols, layer.colour.rows))
                                .toAlignedRect()
                                .adjusted(-2, -2, 2, 2)
                                .intersected(all);
        if (cover.isEmpty()) {
            return;
        }
        const QTransform local = m * QTransform::fromTranslate(-cover.x(), -cover.y());
        const cv::Rect roi(cover.x(), cover.y(), cover.width(), cover.height());
        const cv::Matx23d a(local.m11(), local.m21(), local.dx(), local.m12(), local.m22(),
                            local.dy());
        const int interp = std::abs(m.determinant()) < 1 ? cv::INTER_AREA : cv::INTER_LINEAR;
        // Views of buffers as large as the frame: warpAffine and the arithmetic write into
        // them without reallocating when the covered part changes size.
        cv::Mat warped = view(warped_, roi.size()), warpedA = view(warpedA_, roi.size());
        cv::Mat frame = view(frame_, roi.size());
        cv::warpAffine(layer.colour, warped, a, roi.size(), interp, cv::BORDER_CONSTANT);
        cv::warpAffine(layer.alpha, warpedA, a, roi.size(), interp, cv::BORDER_CONSTANT);
        cv::subtract(cv::Scalar::all(1), warpedA, warpedA);
        cv::multiply(background_(roi), warpedA, frame);
        frame += warped;
        cv::Mat part = out8(roi);
        frame.convertTo(part, CV_8UC3);
    }

private:
    cv::Mat view(cv::Mat& buffer, cv::Size size) {
        if (buffer.empty()) {
            buffer.create(background_.size(), CV_32FC3);
        }
        return buffer(cv::Rect(cv::Point(0, 0), size));
    }
    cv::Mat background_, background8_, warped_, warpedA_, frame_;
};

// One frame: background with the layer drawn through `m`, 8-bit.
inline void composeFrame(const cv::Mat& background, const Layer& layer, const QTransform& m,
                         bool shown, cv::Mat& out8) {
    Compositor(background).compose(layer, m, shown, out8);
}

inline PreparedFace prepareFace(const reelcut::face::LandmarkModel& model, const Subject& s) {
    PreparedFace out;
    out.name = s.name;
    const cv::Mat still = readBgr(faceDataPath(s.file));
    // Find the face: the detector's window is 80 px, so small pictures are enlarged.
    std::vector<Face> found;
    double up = 1;
    for (double u : {1.0, 2.0, 4.0, 8.0}) {
        cv::Mat big;
        cv::resize(still, big, cv::Size(), u, u, u == 1 ? cv::INTER_LINEAR : cv::INTER_CUBIC);
        found = detectBgr(model, big);
        up = u;
        if (int(found.size()) > s.faceIndex && found[std::size_t(s.faceIndex)].points[0].x != 0) {
            break;
        }
    }
    if (int(found.size()) <= s.faceIndex) {
        throw std::runtime_error("test face " + s.name + ": face not found in the still");
    }
    const Face rough =
        mapFace(found[std::size_t(s.faceIndex)], QTransform::fromScale(1 / up, 1 / up));
    const QPointF c = eyeMid(rough);
    const double iod = eyeDist(rough);
    // Head and shoulders: 2.4 eye distances to the sides, 2.6 up, 3.6 down.
    const cv::Rect want(int(c.x() - 2.4 * iod), int(c.y() - 2.6 * iod), int(4.8 * iod),
                        int(6.2 * iod));
    const cv::Rect r = want & cv::Rect(0, 0, still.cols, still.rows);
    // Landmarks measured once more on the cut-out enlarged to ~200 px between the eyes.
    const double k = std::max(1.0, 200.0 / iod);
    cv::Mat crop = still(r).clone(), big;
    cv::resize(crop, big, cv::Size(), k, k, cv::INTER_CUBIC);
    const std::vector<Face> again = detectBgr(model, big);
    const QPointF cBig = (c - QPointF(r.x, r.y)) * k;
    const Face* best = nullptr;
    for (const Face& f : again) {
        if (best == nullptr ||
            QLineF(eyeMid(f), cBig).length() < QLineF(eyeMid(*best), cBig).length()) {
            best = &f;
        }
    }
    if (best == nullptr) {
        throw std::runtime_error("test face " + s.name + ": not found again in the cut-out");
    }
    out.bgr = crop;
    out.landmarks = mapFace(*best, QTransform::fromScale(1 / k, 1 / k));
    out.centre = eyeMid(out.landmarks);
    out.iod = eyeDist(out.landmarks);
    const QPointF d = eyeCentreOf(out.landmarks, 42) - eyeCentreOf(out.landmarks, 36);
    out.rollDeg = std::atan2(d.y(), d.x()) * 180 / std::numbers::pi;
    // A soft ellipse around the head, feathered over ~0.4 eye distances.
    out.alpha = cv::Mat(crop.size(), CV_32F, cv::Scalar(0));
    const cv::Point2f ec(float(out.centre.x()), float(out.centre.y() + 0.5 * out.iod));
    cv::ellipse(out.alpha,
                cv::RotatedRect(ec, cv::Size2f(float(4.2 * out.iod), float(5.6 * out.iod)), 0),
                cv::Scalar(1), cv::FILLED, cv::LINE_AA);
    const double sigma = 0.2 * out.iod;
    cv::GaussianBlur(out.alpha, out.alpha, cv::Size(), sigma);
    // The truth: the landmarks measured where the clips show the face, on the clean
    // picture at the clips' size (1080x1920, 180 px between the eyes, upright), mapped
    // back to the cut-out. Every frame's truth is these mapped through its transform.
    const QSize size(1080, 1920);
    QTransform m;
    m.translate(540, 800);
    m.rotate(-out.rollDeg);
    m.scale(180 / out.iod, 180 / out.iod);
    m.translate(-out.centre.x(), -out.centre.y());
    cv::Mat frame8;
    composeFrame(makeBackground(size), makeLayer(out.bgr, out.alpha), m, true, frame8);
    const std::vector<Face> inFrame = detectBgr(model, frame8);
    const Face* near = nullptr;
    for (const Face& f : inFrame) {
        if (QLineF(eyeMid(f), QPointF(540, 800)).length() < 60) {
            near = &f;
        }
    }
    if (near == nullptr) {
        throw std::runtime_error("test face " + s.name + ": not found in the upright render");
    }
    out.landmarks = mapFace(*near, m.inverted());
    out.centre = eyeMid(out.landmarks);
    out.iod = eyeDist(out.landmarks);
    return out;
}

// ---------------------------------------------------------------------------------------
// Variants: what a real clip does to a face that the tracker has to live with.

enum class Variant { Plain, Gray, Dark, Blur, Jpeg, Glasses, Hand, Small };

inline const char* variantName(Variant v) {
    switch (v) {
    case Variant::Plain:
        return "plain";
    case Variant::Gray:
        return "gray";
    case Variant::Dark:
        return "dark";
    case Variant::Blur:
        return "blur";
    case Variant::Jpeg:
        return "jpeg";
    case Variant::Glasses:
        return "glasses";
    case Variant::Hand:
        return "hand";
    case Variant::Small:
        return "small";
    }
    return "?";
}
inline const std::vector<Variant>& allVariants() {
    static const std::vector<Variant> v{Variant::Plain, Variant::Gray, Variant::Dark,
                                        Variant::Blur,  Variant::Jpeg, Variant::Glasses,
                                        Variant::Hand,  Variant::Small};
    return v;
}

inline cv::Point2f cvPt(const QPointF& p) {
    return {float(p.x()), float(p.y())};
}

// Dark-rimmed glasses with tinted lenses, drawn on the still along its eye line.
inline void drawGlasses(cv::Mat& img, const PreparedFace& f) {
    const QPointF l = eyeCentreOf(f.landmarks, 36), r = eyeCentreOf(f.landmarks, 42);
    const double iod = f.iod;
    const int thick = std::max(1, int(std::lround(0.07 * iod)));
    cv::Mat tint = img.clone();
    for (const QPointF& e : {l, r}) {
        const cv::RotatedRect lens(cvPt(e + QPointF(0, 0.05 * iod)),
                                   cv::Size2f(float(0.78 * iod), float(0.55 * iod)),
                                   float(f.rollDeg));
        cv::ellipse(tint, lens, cv::Scalar(40, 30, 20), cv::FILLED, cv::LINE_AA);
    }
    cv::addWeighted(img, 0.55, tint, 0.45, 0, img);
    for (const QPointF& e : {l, r}) {
        const cv::RotatedRect lens(cvPt(e + QPointF(0, 0.05 * iod)),
                                   cv::Size2f(float(0.78 * iod), float(0.55 * iod)),
                                   float(f.rollDeg));
        cv::ellipse(img, lens, cv::Scalar(15, 15, 15), thick, cv::LINE_AA);
    }
    const QPointF dir = (r - l) / iod;
    cv::line(img, cvPt(l + dir * (0.39 * iod)), cvPt(r - dir * (0.39 * iod)),
             cv::Scalar(15, 15, 15), thick, cv::LINE_AA);
    cv::line(img, cvPt(l - dir * (0.39 * iod)), cvPt(l - dir * (0.75 * iod)),
             cv::Scalar(15, 15, 15), thick, cv::LINE_AA);
    cv::line(img, cvPt(r + dir * (0.39 * iod)), cvPt(r + dir * (0.75 * iod)),
             cv::Scalar(15, 15, 15), thick, cv::LINE_AA);
}

// A hand over the mouth and one cheek: a palm and four fingers in a skin tone taken from
// the face, with a darker rim (as a hand in front of a face is shaded).
inline void drawHand(cv::Mat& img, const PreparedFace& f) {
    const auto pt = [&](int i) {
        return QPointF(f.landmarks.points[i].x, f.landmarks.points[i].y);
    };
    const double iod = f.iod;
    // Skin tone: the median of the nose bridge.
    const QPointF n = pt(29);
    const int side = std::max(2, int(0.15 * iod));
    cv::Rect probe(int(n.x()) - side / 2, int(n.y()) - side / 2, side, side);
    probe &= cv::Rect(0, 0, img.cols, img.rows);
    const cv::Scalar skin = cv::mean(img(probe)) * 0.92;
    const QPointF palm = (pt(48) + pt(5)) / 2 + QPointF(-0.1 * iod, 0.35 * iod);
    cv::Mat layer = img.clone();
    const auto ell = [&](QPointF c, double w, double h, double angle) {
        cv::ellipse(layer, cv::RotatedRect(cvPt(c), cv::Size2f(float(w), float(h)), float(angle)),
                    skin, cv::FILLED, cv::LINE_AA);
        cv::ellipse(layer, cv::RotatedRect(cvPt(c), cv::Size2f(float(w), float(h)), float(angle)),
                    skin * 0.7, std::max(1, int(0.02 * iod)), cv::LINE_AA);
    };
    ell(palm, 1.3 * iod, 1.1 * iod, -30);
    for (int k = 0; k < 4; ++k) {
        // Fingers reach up and across the mouth towards the other cheek.
        const QPointF base =
            palm + QPointF(0.25 * iod + 0.18 * k * iod, -0.35 * iod + 0.12 * k * iod);
        ell(base + QPointF(0.45 * iod, -0.25 * iod), 1.05 * iod, 0.26 * iod, -30 + 6 * k);
    }
    img = layer;
}

inline cv::Mat applyStillVariant(const PreparedFace& f, Variant v) {
    cv::Mat img = f.bgr.clone();
    switch (v) {
    case Variant::Gray: {
        cv::Mat g;
        cv::cvtColor(img, g, cv::COLOR_BGR2GRAY);
        cv::cvtColor(g, img, cv::COLOR_GRAY2BGR);
        break;
    }
    case Variant::Dark:
        img.convertTo(img, -1, 0.3, 0); // a dim room: a third of the light
        break;
    case Variant::Blur:
        // Out of focus by ~2% of the face width at the still's resolution.
        cv::GaussianBlur(img, img, cv::Size(), std::max(0.8, 0.045 * f.iod));
        break;
    case Variant::Glasses:
        drawGlasses(img, f);
        break;
    case Variant::Hand:
        drawHand(img, f);
        break;
    default:
        break;
    }
    return img;
}

// ---------------------------------------------------------------------------------------
// Paths: where the face is at each frame.

struct Pose {
    double cx = 540, cy = 800; // where the eye midpoint goes, frame pixels
    double scale = 1;          // on top of the clip's base scale
    double rollDeg = 0;        // clockwise, added to the still's own roll
    bool shown = true;         // false: the face is not drawn at all (cut away)
};

enum class PathKind {
    Review,     // static 2 s, sway 2.5 s, zoom x0.67..1.49 2.5 s, roll +-25 deg 3 s
    LeaveReturn // walks out of the picture to the right and back, then is hidden 4 frames
};

inline Pose posePath(PathKind kind, double t, QSize frame) {
    const double W = frame.width(), H = frame.height(), tau = 2 * std::numbers::pi;
    Pose p;
    p.cx = W / 2;
    p.cy = 0.42 * H;
    if (kind == PathKind::Review) {
        if (t >= 2 && t < 4.5) {
            const double u = (t - 2) / 2.5;
            p.cx += 0.18 * W * std::sin(tau * u);
            p.cy += 0.03 * H * std::sin(2 * tau * u);
        } else if (t >= 4.5 && t < 7) {
            p.scale = std::pow(1.49, std::sin(tau * (t - 4.5) / 2.5));
        } else if (t >= 7) {
            p.rollDeg = 25 * std::sin(tau * (t - 7) / 3);
        }
    } else {
        // 0-1 s still, 1-2.5 s out to the right, 2.5-3.5 s away, 3.5-5 s back, then a
        // 4-frame cut (a hand over the lens) at 6 s.
        if (t >= 1 && t < 5) {
            const double away = t < 2.5 ? (t - 1) / 1.5 : t < 3.5 ? 1.0 : 1 - (t - 3.5) / 1.5;
            p.cx += away * 1.1 * W;
        }
        if (t >= 6 && t < 6 + 4.0 / 30) {
            p.shown = false;
        }
    }
    return p;
}

// The still's pixels -> frame pixels for a pose.
inline QTransform poseToFrame(const PreparedFace& f, const Pose& p, double baseScale) {
    QTransform m;
    m.translate(p.cx, p.cy);
    m.rotate(p.rollDeg - f.rollDeg); // upright at roll 0, whatever the still's tilt
    m.scale(baseScale * p.scale, baseScale * p.scale);
    m.translate(-f.centre.x(), -f.centre.y());
    return m;
}

struct SceneSpec {
    std::string subject = "astronaut";
    Variant variant = Variant::Plain;
    PathKind path = PathKind::Review;
    QSize size{1080, 1920};
    double fps = 30;
    double seconds = 10;
    double iod = 180; // eye distance at scale 1, frame pixels (Small: 45)
    int crf = 20;     // H.264 quality of the clip (Jpeg: 32, and each frame JPEG q 12 first)
    double from = 0;  // start of the path (tests take a short part of it)
};

inline std::string sceneName(const SceneSpec& s) {
    return s.subject + "-" + variantName(s.variant) +
           (s.path == PathKind::LeaveReturn ? "-leave" : "");
}

struct Scene {
    SceneSpec spec;
    int frames = 0;
    std::vector<Face> truth;   // per frame, frame pixels
    std::vector<bool> visible; // per frame: the whole face is in the picture
};

// Renders the clip to `file` (H.264 MP4 through the ffmpeg tool) and returns its truth;
// with an empty `file`, only the truth.
inline Scene renderScene(const PreparedFace& f, SceneSpec spec, const QString& file) {
    if (spec.variant == Variant::Small) {
        spec.iod = 45;
    }
    if (spec.variant == Variant::Jpeg) {
        spec.crf = 32;
    }
    Scene scene;
    scene.spec = spec;
    scene.frames = int(std::lround(spec.seconds * spec.fps));
    const cv::Mat still = applyStillVariant(f, spec.variant);
    const double base = spec.iod / f.iod;
    const Layer layer = makeLayer(still, f.alpha);
    const bool write = !file.isEmpty();
    QProcess ff;
    if (write) {
        ff.start(
            QStringLiteral(REELCUT_FFMPEG),
            {"-y",        "-hide_banner",
             "-loglevel", "error",
             "-f",        "rawvideo",
             "-pix_fmt",  "bgr24",
             "-s",        QStringLiteral("%1x%2").arg(spec.size.width()).arg(spec.size.height()),
             "-r",        QString::number(spec.fps),
             "-i",        "-",
             "-c:v",      "libx264",
             "-preset",   "veryfast",
             "-crf",      QString::number(spec.crf),
             "-pix_fmt",  "yuv420p",
             "-g",        "60",
             file});
        if (!ff.waitForStarted()) {
            throw std::runtime_error("cannot start ffmpeg");
        }
    }
    Compositor compositor(makeBackground(spec.size, spec.variant == Variant::Dark ? 0.3 : 1.0));
    cv::Mat out8;
    for (int k = 0; k < scene.frames; ++k) {
        const double t = spec.from + k / spec.fps;
        const Pose pose = posePath(spec.path, t, spec.size);
        const QTransform m = poseToFrame(f, pose, base);
        scene.truth.push_back(mapFace(f.landmarks, m));
        const QRectF box = [&] {
            QPolygonF poly;
            for (const auto& p : scene.truth.back().points) {
                poly << QPointF(p.x, p.y);
            }
            return poly.boundingRect();
        }();
        scene.visible.push_back(pose.shown &&
                                QRectF(0, 0, spec.size.width(), spec.size.height()).contains(box));
        if (!write) {
            continue;
        }
        compositor.compose(layer, m, pose.shown, out8);
        if (spec.variant == Variant::Jpeg) {
            // Each frame through a strong JPEG first (a re-uploaded, re-shared clip).
            const QImage q(out8.data, out8.cols, out8.rows, int(out8.step), QImage::Format_BGR888);
            QByteArray bytes;
            QBuffer buf(&bytes);
            buf.open(QIODevice::WriteOnly);
            q.save(&buf, "JPG", 12);
            const QImage back =
                QImage::fromData(bytes, "JPG").convertToFormat(QImage::Format_BGR888);
            for (int y = 0; y < out8.rows; ++y) {
                std::memcpy(out8.ptr(y), back.constScanLine(y), size_t(out8.cols) * 3);
            }
        }
        ff.write(reinterpret_cast<const char*>(out8.data), qint64(out8.total() * 3));
        while (ff.bytesToWrite() > (8 << 20)) {
            ff.waitForBytesWritten(-1);
        }
    }
    if (!write) {
        return scene;
    }
    ff.closeWriteChannel();
    ff.waitForFinished(-1);
    if (ff.exitCode() != 0) {
        throw std::runtime_error("ffmpeg failed: " + ff.readAllStandardError().toStdString());
    }
    return scene;
}

// ---------------------------------------------------------------------------------------
// Scores: what the review measures, from the faces a pipeline gives per frame.

inline double percentileOf(std::vector<double> v, double q) {
    if (v.empty()) {
        return 0;
    }
    std::sort(v.begin(), v.end());
    return v[std::min(v.size() - 1, std::size_t(q * double(v.size() - 1) + 0.5))];
}

struct Score {
    int frames = 0;
    int visible = 0;
    int lost = 0;    // visible frames without the face (none within half an eye distance)
    int ids = 0;     // distinct ids the face had
    int ghosts = 0;  // frames with a face where none is (not visible) or a second face
    double mean = 0; // eye midpoint error, fraction of the true eye distance
    double p95 = 0;
    double sizeCv = 0; // coefficient of variation of measured / true eye distance
    double lag = 0;    // frames behind the truth (best shift), from -3 to 3
};

inline Score scoreFaces(const Scene& scene, const std::vector<std::vector<Face>>& faces) {
    Score s;
    s.frames = scene.frames;
    std::set<int> ids;
    std::vector<double> errors, ratios;
    std::vector<const Face*> matched(std::size_t(scene.frames), nullptr);
    for (int k = 0; k < scene.frames && k < int(faces.size()); ++k) {
        const Face& truth = scene.truth[std::size_t(k)];
        const double iod = eyeDist(truth);
        const Face* best = nullptr;
        double bestD = 0.5 * iod;
        for (const Face& f : faces[std::size_t(k)]) {
            const double d = QLineF(eyeMid(f), eyeMid(truth)).length();
            if (d < bestD) {
                best = &f;
                bestD = d;
            }
        }
        const bool visible = scene.visible[std::size_t(k)];
        const std::size_t others = faces[std::size_t(k)].size() - (best != nullptr ? 1 : 0);
        if (!visible) {
            // A face shown while the clip shows none (cut away) is a ghost.
            const Pose p =
                posePath(scene.spec.path, scene.spec.from + k / scene.spec.fps, scene.spec.size);
            if (!p.shown && !faces[std::size_t(k)].empty()) {
                ++s.ghosts;
            }
            continue;
        }
        ++s.visible;
        if (others > 0) {
            ++s.ghosts;
        }
        if (best == nullptr) {
            ++s.lost;
            continue;
        }
        matched[std::size_t(k)] = best;
        ids.insert(best->id);
        errors.push_back(bestD / iod);
        ratios.push_back(eyeDist(*best) / iod);
    }
    s.ids = int(ids.size());
    if (!errors.empty()) {
        double sum = 0;
        for (double e : errors) {
            sum += e;
        }
        s.mean = sum / double(errors.size());
        s.p95 = percentileOf(errors, 0.95);
        double m = 0, m2 = 0;
        for (double r : ratios) {
            m += r;
        }
        m /= double(ratios.size());
        for (double r : ratios) {
            m2 += (r - m) * (r - m);
        }
        s.sizeCv = std::sqrt(m2 / double(ratios.size())) / m;
    }
    // Lag: the shift of the truth (in frames) that fits the tracked landmarks clearly
    // better than no shift (by a tenth), over the frames where the face moves.
    const auto fit = [&](int shift) {
        double sum = 0;
        int n = 0;
        for (int k = 3; k + 3 < scene.frames; ++k) {
            const Face* m = matched[std::size_t(k)];
            const Face& now = scene.truth[std::size_t(k)];
            const Face& before = scene.truth[std::size_t(k - 1)];
            if (m == nullptr || QLineF(eyeMid(now), eyeMid(before)).length() +
                                        std::abs(eyeDist(now) - eyeDist(before)) <
                                    0.01 * eyeDist(now)) {
                continue;
            }
            const Face& truth = scene.truth[std::size_t(k - shift)];
            for (int i = 0; i < kLandmarkCount; ++i) {
                sum += std::hypot(m->points[i].x - truth.points[i].x,
                                  m->points[i].y - truth.points[i].y);
            }
            n += kLandmarkCount;
        }
        return n > 0 ? sum / n : 0.0;
    };
    const double atZero = fit(0);
    double bestErr = atZero;
    for (int shift = -3; shift <= 3; ++shift) {
        const double e = fit(shift);
        if (e < 0.9 * atZero && e < bestErr) {
            bestErr = e;
            s.lag = shift;
        }
    }
    return s;
}

} // namespace reelcut::test::face
