#pragma once

// Auto reframe from faces: the SubjectTracker behind `"reframe": "faces"`. It runs (or
// reuses) the face analysis of a clip's media and turns the faces of every frame into a
// smooth path for the crop to follow.

#include "effect/subject_tracker.h"
#include "face/face_types.h"

#include <map>
#include <memory>
#include <mutex>
#include <span>

namespace reelcut::face {

class FaceEngine;
class FaceAnalysis;

class FaceSubjectTracker : public SubjectTracker {
public:
    explicit FaceSubjectTracker(std::shared_ptr<FaceEngine> engine);
    std::vector<FocusKey> track(const std::string& media, const Time& from, const Time& to,
                                const std::string& analysisDir) const override;

private:
    std::shared_ptr<FaceEngine> engine_;
    mutable std::mutex mutex_;
    mutable std::map<std::string, std::shared_ptr<std::mutex>> perMedia_; // one analysis at a time
};

// The point a crop should keep in view in one frame: the faces' centre, weighted by
// face size (the speaker nearest the camera counts most), in source pixels; false when
// there is no face.
bool subjectPoint(std::span<const Face> faces, Point2& out);

// Turns per-frame subject points (NaN where none) into focus keys: gaps held, smoothed
// over `window` seconds, one key every `step` seconds.
std::vector<FocusKey> smoothFocusPath(const std::vector<double>& times,
                                      const std::vector<Point2>& points, double window,
                                      double step);

} // namespace reelcut::face
