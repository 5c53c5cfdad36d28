#pragma once

// The shared state of the face effects: the landmark model, the analysis caches read from
// disk and, for media without a cache, live trackers. One engine is created when the face
// effects are registered and every face effect holds it, so the model is loaded once per
// process and no new global is needed; fromRegistry() finds it for the CLI and the GUI.

#include "effect/effect.h"
#include "face/face_types.h"

#include <QImage>
#include <chrono>
#include <map>
#include <memory>
#include <mutex>
#include <string>

namespace reelcut::face {

class FaceAnalysis;
class FaceTracker;
class LandmarkModel;

class FaceEngine {
public:
    explicit FaceEngine(std::string modelPath = {}, TrackerSettings settings = {});
    ~FaceEngine();
    FaceEngine(const FaceEngine&) = delete;
    FaceEngine& operator=(const FaceEngine&) = delete;

    // The engine of the registered face effects, or nullptr when they are not registered.
    static std::shared_ptr<FaceEngine> fromRegistry();

    const std::shared_ptr<const LandmarkModel>& model() const { return model_; }
    const TrackerSettings& settings() const { return settings_; }

    // The faces in the frame an effect was handed, in that frame's pixels. From the
    // analysis cache when there is one (so preview and export agree), else tracked live
    // on the frame itself. Never throws: a missing model or a broken cache gives no faces
    // (and one warning).
    void facesFor(const QImage& frame, const EffectContext& ctx, FrameFaces& out);

    // The cache file for a media file (throws std::runtime_error if the media is
    // unreadable), and whether it exists.
    std::string cacheFileFor(const std::string& mediaPath, const std::string& analysisDir) const;
    bool hasAnalysis(const std::string& mediaPath, const std::string& analysisDir) const;
    // Drops what is held in memory for a media file (after an analysis pass rewrote it).
    void forget(const std::string& mediaPath);

private:
    struct Cached;
    struct Live;
    std::shared_ptr<const FaceAnalysis> analysisFor(const std::string& mediaPath,
                                                    const std::string& analysisDir);
    void trackLive(const QImage& frame, const EffectContext& ctx, FrameFaces& out);
    void warnOnce(const std::string& message);

    std::shared_ptr<const LandmarkModel> model_;
    TrackerSettings settings_;
    std::mutex mutex_;
    std::map<std::string, std::unique_ptr<Cached>> cached_; // by analysisDir + media path
    std::map<std::string, std::shared_ptr<Live>> live_;     // by media path
    std::map<std::string, bool> warned_;
};

} // namespace reelcut::face
