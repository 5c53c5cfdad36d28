#pragma once

// Moving-face test media: the astronaut portrait (tests/data/astronaut.png) warped along a
// known trajectory and encoded by the ffmpeg tool, so the ground truth of every frame is
// the landmarks of the still mapped through that frame's known affine transform.

#include "face/face_tracker.h"
#include "face/face_types.h"

#include <QImage>
#include <QProcess>
#include <QString>
#include <QTransform>
#include <cmath>
#include <functional>
#include <numbers>
#include <opencv2/imgproc.hpp>
#include <stdexcept>
#include <vector>

namespace reelcut::test::face {

using reelcut::face::Face;
using reelcut::face::kLandmarkCount;

struct Pose {
    double cx = 540, cy = 860; // where the face centre goes, frame pixels
    double scale = 1;          // on top of the base scale
    double rollDeg = 0;        // clockwise
};

// The trajectory of the accuracy test: scale 0.6x..1.4x, roll +-20 degrees, moving.
inline Pose movingPose(int k, double fps, QSize frame) {
    const double t = k / fps, tau = 2 * std::numbers::pi;
    Pose p;
    p.scale = 1.0 + 0.4 * std::sin(tau * t / 2.5);
    p.rollDeg = 20.0 * std::sin(tau * t / 1.7);
    p.cx = frame.width() / 2.0 + 0.12 * frame.width() * std::sin(tau * t / 3.0 + 0.5);
    p.cy = frame.height() * 0.45 + 0.09 * frame.height() * std::sin(tau * t / 2.2 + 1.0);
    return p;
}

inline QString testData(const QString& name) {
    return QStringLiteral(REELCUT_TEST_DATA "/") + name;
}

// The still, BGR, and the centre of its face (pixels of the still).
struct Still {
    cv::Mat bgr;
    cv::Point2d faceCentre{222, 130};
};

inline const Still& astronaut() {
    static const Still s = [] {
        Still st;
        const QImage img = QImage(testData("astronaut.png")).convertToFormat(QImage::Format_RGB888);
        if (img.isNull()) {
            throw std::runtime_error("cannot read tests/data/astronaut.png");
        }
        const cv::Mat rgb(img.height(), img.width(), CV_8UC3, const_cast<uchar*>(img.bits()),
                          size_t(img.bytesPerLine()));
        cv::cvtColor(rgb, st.bgr, cv::COLOR_RGB2BGR);
        return st;
    }();
    return s;
}

// Still pixels -> frame pixels for a pose; baseScale makes the face a selfie-sized one.
inline QTransform poseTransform(const Pose& p, double baseScale) {
    const Still& s = astronaut();
    QTransform m;
    m.translate(p.cx, p.cy);
    m.rotate(p.rollDeg);
    m.scale(baseScale * p.scale, baseScale * p.scale);
    m.translate(-s.faceCentre.x, -s.faceCentre.y);
    return m;
}

// Draws the still (or only `part` of it, e.g. just the head) through `m` onto `frame`
// (BGR); what it does not cover keeps its pixels.
inline void drawFace(cv::Mat& frame, const QTransform& m, cv::Rect part = {}) {
    const cv::Mat& still = astronaut().bgr;
    if (part.area() == 0) {
        part = cv::Rect(0, 0, still.cols, still.rows);
    }
    const QTransform fromPart = QTransform::fromTranslate(part.x, part.y) * m;
    const cv::Matx23d a(fromPart.m11(), fromPart.m21(), fromPart.dx(), fromPart.m12(),
                        fromPart.m22(), fromPart.dy());
    cv::warpAffine(still(part), frame, a, frame.size(), cv::INTER_LINEAR, cv::BORDER_TRANSPARENT);
}

// Encodes frames made by `draw(k, frame)` to an H.264 MP4 through the ffmpeg tool.
inline void encodeVideo(const QString& file, QSize size, int frames, double fps,
                        const std::function<void(int, cv::Mat&)>& draw) {
    QProcess ff;
    ff.start(QStringLiteral(REELCUT_FFMPEG),
             {"-y",        "-hide_banner",
              "-loglevel", "error",
              "-f",        "rawvideo",
              "-pix_fmt",  "bgr24",
              "-s",        QStringLiteral("%1x%2").arg(size.width()).arg(size.height()),
              "-r",        QString::number(fps),
              "-i",        "-",
              "-c:v",      "libx264",
              "-preset",   "veryfast",
              "-crf",      "16",
              "-pix_fmt",  "yuv420p",
              "-g",        "30",
              file});
    if (!ff.waitForStarted()) {
        throw std::runtime_error("cannot start ffmpeg");
    }
    cv::Mat frame(size.height(), size.width(), CV_8UC3);
    for (int k = 0; k < frames; ++k) {
        frame.setTo(cv::Scalar(90, 90, 90));
        draw(k, frame);
        ff.write(reinterpret_cast<const char*>(frame.data), qint64(frame.total() * 3));
        while (ff.bytesToWrite() > (8 << 20)) {
            ff.waitForBytesWritten(-1);
        }
    }
    ff.closeWriteChannel();
    ff.waitForFinished(-1);
    if (ff.exitCode() != 0) {
        throw std::runtime_error("ffmpeg failed: " + ff.readAllStandardError().toStdString());
    }
}

// Landmarks of the single face in a BGR frame, by detection (no tracking, no smoothing).
inline std::vector<Face> detect(const reelcut::face::LandmarkModel& model, const cv::Mat& bgr) {
    cv::Mat gray;
    cv::cvtColor(bgr, gray, cv::COLOR_BGR2GRAY);
    return reelcut::face::FaceTracker::detectStill(model, gray.data, gray.cols, gray.rows,
                                                   int(gray.step), 360);
}

// The test portrait drawn at `pose` on a grey frame of `size` (returned in `frame`), and
// the faces detection finds in it: the ground truth both face suites start from.
inline std::vector<Face> detectAtPose(const reelcut::face::LandmarkModel& model, const Pose& pose,
                                      double baseScale, QSize size, cv::Mat& frame) {
    frame = cv::Mat(size.height(), size.width(), CV_8UC3, cv::Scalar(90, 90, 90));
    drawFace(frame, poseTransform(pose, baseScale));
    return detect(model, frame);
}

// Writes a BGR frame as a picture file (PNG by the name): a still the renderer can show.
inline bool saveBgr(const cv::Mat& bgr, const QString& file) {
    cv::Mat rgb;
    cv::cvtColor(bgr, rgb, cv::COLOR_BGR2RGB);
    return QImage(rgb.data, rgb.cols, rgb.rows, int(rgb.step), QImage::Format_RGB888).save(file);
}

inline Face mappedFace(const Face& f, const QTransform& m) {
    Face out = f;
    for (auto& p : out.points) {
        const QPointF q = m.map(QPointF(p.x, p.y));
        p = {float(q.x()), float(q.y())};
    }
    return out;
}

inline QPointF eyeCentre(const Face& f, int first) {
    QPointF s;
    for (int i = first; i < first + 6; ++i) {
        s += QPointF(f.points[i].x, f.points[i].y);
    }
    return s / 6.0;
}

inline double eyeDistance(const Face& f) {
    const QPointF d = eyeCentre(f, 42) - eyeCentre(f, 36);
    return std::hypot(d.x(), d.y());
}

inline double percentile(std::vector<double> v, double q) {
    if (v.empty()) {
        return 0;
    }
    std::sort(v.begin(), v.end());
    return v[std::min(v.size() - 1, std::size_t(q * double(v.size() - 1) + 0.5))];
}

} // namespace reelcut::test::face
