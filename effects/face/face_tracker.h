#pragma once

// Face tracking: dlib's HOG detector on a downscaled frame every few frames (and when a
// face is lost), the 68-point shape predictor every frame from the box the previous
// landmarks give, One Euro smoothing, stable identities. dlib and OpenCV stay inside the
// .cpp: this header is cheap to include.

#include "face/face_types.h"

#include <QTransform>
#include <memory>
#include <mutex>
#include <string>
#include <utility>
#include <vector>

namespace reelcut::face {

// The 68-point shape predictor, loaded once, on first use, from any thread. The file is
// ~100 MB and takes about a second to read, so it is shared by every tracker of a process.
class LandmarkModel {
public:
    // An empty path means: $REELCUT_LANDMARK_MODEL, else the build's default
    // (REELCUT_DEFAULT_LANDMARK_MODEL, Debian's libdlib-data file). The Haar face cascade
    // (the second detector) likewise: $REELCUT_FACE_CASCADE, else
    // REELCUT_DEFAULT_FACE_CASCADE (Debian's opencv-data file).
    explicit LandmarkModel(std::string path = {}, std::string cascadePath = {});
    ~LandmarkModel();
    LandmarkModel(const LandmarkModel&) = delete;
    LandmarkModel& operator=(const LandmarkModel&) = delete;

    static std::string defaultPath();
    static std::string defaultCascadePath();
    const std::string& path() const { return path_; }
    const std::string& cascadePath() const { return cascadePath_; }

    // Loads the model if not yet done. Throws std::runtime_error naming the file and the
    // reason when it is missing or unreadable (and tries again on the next call).
    void ensureLoaded() const;
    bool loaded() const;

    struct Impl; // defined in face_tracker.cpp
    const Impl& impl() const;

private:
    std::string path_;
    std::string cascadePath_;
    mutable std::mutex mutex_;
    mutable std::unique_ptr<Impl> impl_;
};

// A track dropped in the last frame, with the last time a detector saw it: frames after
// that were predicted only, and an offline pass may discard them.
struct LostTrack {
    std::int32_t id = 0;
    double lastConfirmedTime = 0;
};

// A face the full-frame detector found, in source pixels.
struct Detection {
    double cx = 0, cy = 0, side = 0;
    double score = 0;
};

// Not thread-safe: one tracker per sequence of frames.
class FaceTracker {
public:
    FaceTracker(std::shared_ptr<const LandmarkModel> model, TrackerSettings settings = {});
    ~FaceTracker();
    FaceTracker(const FaceTracker&) = delete;
    FaceTracker& operator=(const FaceTracker&) = delete;

    // One frame, in order. `gray` is an 8-bit luma plane; `imageToSource` maps its pixels
    // to source pixels (scale and offset), and the returned faces are in source pixels.
    // The result stays valid until the next call.
    // `detections`, when given, is the full-frame detection of this very frame, done
    // elsewhere (detectFaces on another thread: it does not depend on tracking state).
    const FrameFaces& process(const std::uint8_t* gray, int width, int height, int stride,
                              double timeSeconds, const QTransform& imageToSource = {},
                              const std::vector<Detection>* detections = nullptr);
    // Whether process() will run the full-frame detector on frame number `frame` (from 0).
    bool detectsOn(std::int64_t frame) const;
    // The full-frame detection process() does, as a separate step.
    std::vector<Detection> detectFaces(const std::uint8_t* gray, int width, int height, int stride,
                                       const QTransform& imageToSource = {});
    // The same faces before smoothing (an offline pass smooths them itself, without lag).
    const FrameFaces& rawFaces() const { return raw_; }
    // Tracks dropped by the last process() call.
    const std::vector<LostTrack>& lost() const { return lost_; }
    // Tracks that the last process() call recognised as a face seen before (it came in
    // over the edge under a new id): from -> to. An offline pass relabels their frames.
    const std::vector<std::pair<std::int32_t, std::int32_t>>& renamed() const { return renamed_; }
    // Forget all faces and smoothing state (after a seek).
    void reset();
    const TrackerSettings& settings() const { return settings_; }

    // Landmarks of the faces in one still picture (no tracking, no smoothing), in its
    // pixels; ids 1..n from left to right.
    static FrameFaces detectStill(const LandmarkModel& model, const std::uint8_t* gray, int width,
                                  int height, int stride, int detectWidth = 0);

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
    TrackerSettings settings_;
    FrameFaces faces_;
    FrameFaces raw_;
    std::vector<LostTrack> lost_;
    std::vector<std::pair<std::int32_t, std::int32_t>> renamed_;
};

} // namespace reelcut::face
