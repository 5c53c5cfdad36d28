#include "face/face_reframe.h"

#include "face/face_analysis.h"
#include "face/face_cache.h"
#include "face/face_engine.h"
#include "media/media_info.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace reelcut::face {

namespace {

// One second of smoothing moves the crop like a calm camera operator: a head turning does
// not shake the frame, a speaker walking across is followed within a second.
constexpr double kWindowSeconds = 1.0;
constexpr double kKeyStep = 0.2;

Point2 toDisplay(const Point2& p, const MediaInfo& info) {
    const double w = info.codedWidth > 0 ? info.codedWidth : info.width;
    const double h = info.codedHeight > 0 ? info.codedHeight : info.height;
    double x = p.x, y = p.y, dw = w, dh = h;
    switch (((info.rotation % 360) + 360) % 360) {
    case 90:
        x = h - p.y;
        y = p.x;
        dw = h;
        dh = w;
        break;
    case 180:
        x = w - p.x;
        y = h - p.y;
        break;
    case 270:
        x = p.y;
        y = w - p.x;
        dw = h;
        dh = w;
        break;
    default:
        break;
    }
    return Point2{float(x / dw), float(y / dh)};
}

} // namespace

bool subjectPoint(std::span<const Face> faces, Point2& out) {
    double sx = 0, sy = 0, total = 0;
    for (const Face& f : faces) {
        float minX = f.points[0].x, maxX = minX, minY = f.points[0].y, maxY = minY;
        for (const Point2& p : f.points) {
            minX = std::min(minX, p.x);
            maxX = std::max(maxX, p.x);
            minY = std::min(minY, p.y);
            maxY = std::max(maxY, p.y);
        }
        const double size = double(maxX - minX) * double(maxY - minY);
        if (size <= 0) {
            continue;
        }
        // Weighted by area squared: a big face in front dominates small ones behind.
        const double w = size * size;
        sx += w * (minX + maxX) / 2;
        sy += w * (minY + maxY) / 2;
        total += w;
    }
    if (total <= 0) {
        return false;
    }
    out = Point2{float(sx / total), float(sy / total)};
    return true;
}

std::vector<FocusKey> smoothFocusPath(const std::vector<double>& times,
                                      const std::vector<Point2>& points, double window,
                                      double step) {
    const std::size_t n = times.size();
    std::vector<Point2> filled(points);
    // Frames with no face hold the nearest known position (before, else after).
    std::size_t firstKnown = n;
    for (std::size_t i = 0; i < n; ++i) {
        if (!std::isnan(points[i].x)) {
            firstKnown = std::min(firstKnown, i);
        }
    }
    if (firstKnown == n) {
        return {};
    }
    Point2 last = points[firstKnown];
    for (std::size_t i = 0; i < n; ++i) {
        if (std::isnan(filled[i].x)) {
            filled[i] = last;
        } else {
            last = filled[i];
        }
    }
    // A centred moving average over `window` seconds (two pointers: linear time).
    std::vector<FocusKey> keys;
    double sumX = 0, sumY = 0;
    std::size_t lo = 0, hi = 0;
    double nextKey = times.front();
    for (std::size_t i = 0; i < n; ++i) {
        const double t = times[i];
        while (hi < n && times[hi] <= t + window / 2) {
            sumX += filled[hi].x;
            sumY += filled[hi].y;
            ++hi;
        }
        while (lo < hi && times[lo] < t - window / 2) {
            sumX -= filled[lo].x;
            sumY -= filled[lo].y;
            ++lo;
        }
        if (t + 1e-9 >= nextKey || i + 1 == n) {
            const double count = double(hi - lo);
            keys.push_back(FocusKey{Rational::fromDouble(t, 1000),
                                    std::clamp(sumX / count, 0.0, 1.0),
                                    std::clamp(sumY / count, 0.0, 1.0)});
            nextKey = t + step;
        }
    }
    return keys;
}

FaceSubjectTracker::FaceSubjectTracker(std::shared_ptr<FaceEngine> engine)
    : engine_(std::move(engine)) {}

std::vector<FocusKey> FaceSubjectTracker::track(const std::string& media, const Time& from,
                                                const Time& to,
                                                const std::string& analysisDir) const {
    std::shared_ptr<std::mutex> lock;
    {
        std::lock_guard<std::mutex> guard(mutex_);
        auto& m = perMedia_[media];
        if (!m) {
            m = std::make_shared<std::mutex>();
        }
        lock = m;
    }
    // Two renders of one interview wait for one analysis instead of running two.
    std::lock_guard<std::mutex> guard(*lock);
    const MediaAnalysis result = analyzeMedia(*engine_, media, analysisDir, false);
    const std::shared_ptr<const FaceAnalysis> analysis = FaceAnalysis::load(result.cacheFile);
    if (!analysis) {
        return {};
    }
    const MediaInfo info = probeMedia(media);
    // A little beyond the clip, so the smoothing has context at both ends.
    const double begin = from.toDouble() - kWindowSeconds;
    const double end = to.toDouble() + kWindowSeconds;
    std::vector<double> times;
    std::vector<Point2> points;
    for (std::size_t i = 0; i < analysis->frameCount(); ++i) {
        const double t = analysis->frameTime(i);
        if (t < begin || t > end) {
            continue;
        }
        Point2 p{std::numeric_limits<float>::quiet_NaN(), std::numeric_limits<float>::quiet_NaN()};
        Point2 s;
        if (subjectPoint(analysis->frameFaces(i), s)) {
            p = toDisplay(s, info);
        }
        times.push_back(t);
        points.push_back(p);
    }
    if (times.empty()) {
        return {};
    }
    return smoothFocusPath(times, points, kWindowSeconds, kKeyStep);
}

} // namespace reelcut::face
