#pragma once

// Head pose from the 68 landmarks: the rotation that best lays a generic 3D face (average
// adult proportions, 18 points that move little with expression: brows, eye corners,
// nose, mouth corners, chin) onto the points (cv::solvePnP, SQPnP) through a pinhole
// camera whose focal length is the picture's longer side (a phone's main camera). The
// rotation is split as roll (about the camera axis, last) after pitch after yaw, so yaw
// and pitch are the head's own and do not change when the picture is turned: only roll
// does (see mapped() in face_anchors.h).

#include "face/face_types.h"

#include <span>

namespace reelcut::face {

struct HeadPose {
    double yaw = 0;   // degrees; > 0: the face turns towards the picture's right
    double pitch = 0; // > 0: it looks up
    double roll = 0;  // > 0: clockwise in the picture
    bool valid = false;
};

// The pose of a face whose points are in a picture of width x height pixels.
HeadPose estimateHeadPose(const Face& face, int width, int height);
// Sets yaw, pitch and roll of each face (left as they are where no pose is found).
void setHeadPoses(std::span<Face> faces, int width, int height);

} // namespace reelcut::face
