#include "face/face_mask_layout.h"

#include <algorithm>
#include <cmath>
#include <numbers>
#include <opencv2/imgproc.hpp>

namespace reelcut::face {

namespace {

// The mean of the 68 points on the seven frontal faces of tests/data/faces (upright,
// eye distance 1, eye midpoint at 0; mirrored pairs averaged so the layout is symmetric).
constexpr std::array<std::array<float, 2>, 68> kMeanFace{{
    {-1.137f, 0.063f},  {-1.128f, 0.367f},  {-1.099f, 0.666f},  {-1.048f, 0.960f},
    {-0.934f, 1.235f},  {-0.756f, 1.479f},  {-0.534f, 1.682f},  {-0.288f, 1.851f},
    {0.000f, 1.903f},   {0.288f, 1.851f},   {0.534f, 1.682f},   {0.756f, 1.479f},
    {0.934f, 1.235f},   {1.048f, 0.960f},   {1.099f, 0.666f},   {1.128f, 0.367f},
    {1.137f, 0.063f},   {-0.939f, -0.140f}, {-0.820f, -0.286f}, {-0.631f, -0.343f},
    {-0.426f, -0.329f}, {-0.231f, -0.258f}, {0.231f, -0.258f},  {0.426f, -0.329f},
    {0.631f, -0.343f},  {0.820f, -0.286f},  {0.939f, -0.140f},  {0.000f, -0.025f},
    {0.000f, 0.166f},   {0.000f, 0.358f},   {0.000f, 0.556f},   {-0.241f, 0.674f},
    {-0.126f, 0.717f},  {0.000f, 0.761f},   {0.126f, 0.717f},   {0.241f, 0.674f},
    {-0.686f, 0.009f},  {-0.568f, -0.061f}, {-0.430f, -0.062f}, {-0.306f, 0.024f},
    {-0.437f, 0.044f},  {-0.573f, 0.045f},  {0.306f, 0.024f},   {0.430f, -0.062f},
    {0.568f, -0.061f},  {0.686f, 0.009f},   {0.573f, 0.045f},   {0.437f, 0.044f},
    {-0.490f, 1.014f},  {-0.315f, 0.960f},  {-0.134f, 0.947f},  {0.000f, 0.973f},
    {0.134f, 0.947f},   {0.315f, 0.960f},   {0.490f, 1.014f},   {0.323f, 1.193f},
    {0.145f, 1.268f},   {0.000f, 1.284f},   {-0.145f, 1.268f},  {-0.323f, 1.193f},
    {-0.422f, 1.023f},  {-0.136f, 1.026f},  {0.000f, 1.044f},   {0.136f, 1.026f},
    {0.422f, 1.023f},   {0.139f, 1.140f},   {0.000f, 1.156f},   {-0.139f, 1.140f},
}};

constexpr double kScale = 160; // mask pixels per eye distance
constexpr double kCentreX = 256, kCentreY = 290;

} // namespace

const std::array<QPointF, kMaskPoints>& maskLayoutPoints() {
    static const std::array<QPointF, kMaskPoints> points = [] {
        std::array<QPointF, kMaskPoints> p{};
        for (std::size_t i = 0; i < 68; ++i) {
            p[i] =
                QPointF(kCentreX + kMeanFace[i][0] * kScale, kCentreY + kMeanFace[i][1] * kScale);
        }
        // The forehead as faces get it (foreheadArc in face_mask_effect.cpp): an arc over
        // the outer brow ends, kForeheadLift eye distances high.
        const QPointF l = p[17], r = p[26], c = (l + r) / 2;
        for (int i = 1; i <= kMaskForeheadPoints; ++i) {
            const double a = std::numbers::pi * i / (kMaskForeheadPoints + 1);
            p[std::size_t(67 + i)] =
                c + (r - c) * std::cos(a) + QPointF(0, -kForeheadLift * kScale * std::sin(a));
        }
        return p;
    }();
    return points;
}

const std::vector<std::array<int, 3>>& maskTriangles() {
    static const std::vector<std::array<int, 3>> triangles = [] {
        const auto& pts = maskLayoutPoints();
        cv::Subdiv2D subdiv(cv::Rect(-1, -1, kMaskWidth + 2, kMaskHeight + 2));
        for (const QPointF& p : pts) {
            subdiv.insert(cv::Point2f(float(p.x()), float(p.y())));
        }
        std::vector<cv::Vec6f> list;
        subdiv.getTriangleList(list);
        auto indexOf = [&](float x, float y) {
            for (std::size_t i = 0; i < pts.size(); ++i) {
                if (std::abs(pts[i].x() - x) < 0.01 && std::abs(pts[i].y() - y) < 0.01) {
                    return int(i);
                }
            }
            return -1; // one of the subdivision's outer corners
        };
        std::vector<std::array<int, 3>> out;
        for (const cv::Vec6f& t : list) {
            const std::array<int, 3> tri{indexOf(t[0], t[1]), indexOf(t[2], t[3]),
                                         indexOf(t[4], t[5])};
            if (tri[0] < 0 || tri[1] < 0 || tri[2] < 0) {
                continue;
            }
            // The open mouth and the eyes themselves are not painted: a triangle with all
            // its corners on the inner lips or on one eye's outline is left out.
            auto all = [&](int from, int to) {
                return std::all_of(tri.begin(), tri.end(),
                                   [&](int i) { return i >= from && i <= to; });
            };
            if (all(60, 67) || all(36, 41) || all(42, 47)) {
                continue;
            }
            out.push_back(tri);
        }
        return out;
    }();
    return triangles;
}

} // namespace reelcut::face
