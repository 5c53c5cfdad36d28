#include "face/head_pose.h"

#include <array>
#include <cmath>
#include <numbers>
#include <opencv2/calib3d.hpp>
#include <opencv2/core.hpp>

namespace reelcut::face {

namespace {

struct ModelPoint {
    int index; // iBUG 68-point index
    float x, y, z;
};

// A generic adult face in millimetres, looking at the camera: x to the picture's right,
// y down, z away from the camera; the eye centres at (+-31.5, 0), the nose tip at depth 0.
// Across and down: the mean of the 68-point model's landmarks on the nine frontal faces
// of tests/data/faces, made symmetric (where the model puts brows and lips, which is not
// where anatomy tables do); depth: rounded anthropometric averages.
constexpr std::array<ModelPoint, 18> kModel{{
    {17, -59.5f, -9.7f, 38},  // brow, outer end (picture left)
    {21, -14.0f, -15.9f, 16}, // brow, inner end
    {22, 14.0f, -15.9f, 16},
    {26, 59.5f, -9.7f, 38},
    {27, 0, -1.3f, 20}, // between the eyes
    {30, 0, 36.4f, 0},  // nose tip
    {31, -15.4f, 43.3f, 14},
    {33, 0, 49.0f, 10}, // below the nose
    {35, 15.4f, 43.3f, 14},
    {36, -43.4f, 0.4f, 30}, // eye corners
    {39, -19.0f, 1.5f, 24},
    {42, 19.0f, 1.5f, 24},
    {45, 43.4f, 0.4f, 30},
    {48, -31.0f, 64.4f, 24}, // mouth corners
    {54, 31.0f, 64.4f, 24},
    {51, 0, 61.6f, 8},  // upper lip
    {57, 0, 82.7f, 12}, // lower lip
    {8, 0, 121.9f, 18}, // chin
}};

constexpr double kDeg = 180.0 / std::numbers::pi;

} // namespace

HeadPose estimateHeadPose(const Face& face, int width, int height) {
    HeadPose pose;
    if (width <= 0 || height <= 0) {
        return pose;
    }
    std::vector<cv::Point3d> model;
    std::vector<cv::Point2d> image;
    model.reserve(kModel.size());
    image.reserve(kModel.size());
    for (const ModelPoint& m : kModel) {
        const Point2& p = face.points[std::size_t(m.index)];
        if (!std::isfinite(p.x) || !std::isfinite(p.y)) {
            return pose;
        }
        model.emplace_back(m.x, m.y, m.z);
        image.emplace_back(p.x, p.y);
    }
    const double focal = std::max(width, height);
    const cv::Matx33d camera(focal, 0, width / 2.0, 0, focal, height / 2.0, 0, 0, 1);
    cv::Mat rvec, tvec;
    try {
        if (!cv::solvePnP(model, image, camera, cv::noArray(), rvec, tvec, false,
                          cv::SOLVEPNP_SQPNP)) {
            return pose;
        }
    } catch (const cv::Exception&) {
        return pose; // degenerate points (all on a line): no pose
    }
    cv::Matx33d r;
    cv::Rodrigues(rvec, r);
    // r = Rz(roll) * Rx(b) * Ry(a): the third row is (-cos b sin a, sin b, cos b cos a),
    // the second column (-sin roll cos b, cos roll cos b, sin b).
    const double b = std::asin(std::clamp(r(2, 1), -1.0, 1.0));
    const double a = std::atan2(-r(2, 0), r(2, 2));
    const double roll = std::atan2(-r(0, 1), r(1, 1));
    // The nose (towards the camera, -z) goes to the picture's left for a > 0 and down for
    // b > 0: the face's own sense is the opposite of both.
    pose.yaw = -a * kDeg;
    pose.pitch = -b * kDeg;
    pose.roll = roll * kDeg;
    pose.valid = std::isfinite(pose.yaw) && std::isfinite(pose.pitch) && std::isfinite(pose.roll);
    return pose;
}

void setHeadPoses(std::span<Face> faces, int width, int height) {
    for (Face& f : faces) {
        const HeadPose p = estimateHeadPose(f, width, height);
        if (p.valid) {
            f.yaw = float(p.yaw);
            f.pitch = float(p.pitch);
            f.roll = float(p.roll);
        }
    }
}

} // namespace reelcut::face
