#pragma once

// Plain data shared by the face tracker, the analysis cache and the face effects. No
// OpenCV or dlib here: this header is included by the GUI and the CLI.

#include <array>
#include <cstdint>
#include <vector>

namespace reelcut::face {

struct Point2 {
    float x = 0;
    float y = 0;
};

inline constexpr int kLandmarkCount = 68;

// One tracked face in one frame, in SOURCE pixel coordinates (decoded picture, coded
// orientation), so it lines up whatever part of the picture an effect is handed.
struct Face {
    std::int32_t id = 0; // stable across frames: 1, 2, 3... in order of first appearance
    std::array<Point2, kLandmarkCount> points{}; // iBUG 300-W 68-point layout, smoothed
    // Head pose in degrees (head_pose.h): yaw > 0 turns the face towards the picture's
    // right, pitch > 0 tilts it up, roll > 0 turns it clockwise in the picture.
    float yaw = 0;
    float pitch = 0;
    float roll = 0;
};

using FrameFaces = std::vector<Face>;

// Tracker settings that change the result; part of the cache key.
struct TrackerSettings {
    int detectWidth = 360; // width of the downscaled frame the HOG detector sees
    // Frames between full detections (also on any lost track). Known faces are followed
    // and checked without it, so it only bounds how late a new face is picked up (1/3 s
    // at 30 fps), and it is the largest cost of the analysis after decoding.
    int detectEvery = 10;
    double minCutoff = 1.5;   // One Euro filter: Hz at rest (lower: steadier)
    double beta = 4.0;        // One Euro filter: speed coefficient, per inter-ocular distance/s
    double derivCutoff = 1.0; // One Euro filter: Hz for the speed estimate
    int maxFaces = 8;
};

} // namespace reelcut::face
