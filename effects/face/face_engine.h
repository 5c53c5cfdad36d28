#pragma once

// The shared state of the face effects: the landmark model and the analyses of the media
// they are used on. One engine is created when the face effects are registered and every
// face effect holds it, so the model is loaded once per process and no new global is
// needed; fromRegistry() finds it for the CLI and the GUI.
//
// Faces in a video always come from the analysis of the whole file (the cache beside the
// project, or the same pass run on first use), never from tracking the frames a renderer
// happens to ask for: so a preview that scrubs and an export that plays straight through,
// in any thread and any order, see the same faces in the same frame.

#include "effect/effect.h"
#include "face/face_triggers.h"
#include "face/face_types.h"

#include <QImage>
#include <chrono>
#include <functional>
#include <future>
#include <map>
#include <memory>
#include <mutex>
#include <set>
#include <string>
#include <tuple>

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

    // The faces in the frame an effect was handed, in that frame's pixels.
    // - A video: from its analysis: the cache in ctx.analysisDir when there is one, else the
    //   analysis pass is run now (once per file and process; other callers wait for it) and
    //   saved there, so the next run finds it.
    // - A still picture: detected once on the picture at full size.
    // - A live stream (ctx.liveState set: a camera): tracked frame by frame, the tracker
    //   kept in that state, so each stream has its own.
    // Never throws: a missing model or an unreadable file gives no faces (and one warning).
    void facesFor(const QImage& frame, const EffectContext& ctx, FrameFaces& out);

    // Whether `trigger` is on for face `faceId` in this frame, and since when (clip time),
    // from the same faces as facesFor: a video's whole analysis (the hysteresis runs over
    // the file, and an onset before the clip's start counts as at its start), a still's
    // one picture, or a live stream's history (kept in its state). Never throws.
    TriggerMoment triggerAt(const QImage& frame, const EffectContext& ctx, std::int32_t faceId,
                            Trigger trigger);

    // The analysis of a video computed by `compute`, unless one is held in memory or a run
    // for the same file is under way in this process (another renderer, the GUI's analysis
    // job): then that one is waited for. One run per file at a time; the result is kept.
    std::shared_ptr<const FaceAnalysis>
    sharedAnalysis(const std::string& mediaPath,
                   const std::function<std::shared_ptr<const FaceAnalysis>()>& compute);

    // The cache file for a media file (throws std::runtime_error if the media is
    // unreadable), and whether it exists.
    std::string cacheFileFor(const std::string& mediaPath, const std::string& analysisDir) const;
    bool hasAnalysis(const std::string& mediaPath, const std::string& analysisDir) const;
    // Drops what is held in memory for a media file (after an analysis pass rewrote it).
    void forget(const std::string& mediaPath);

private:
    struct Cached;
    struct Still;
    struct TriggerTrack;
    using AnalysisPtr = std::shared_ptr<const FaceAnalysis>;
    AnalysisPtr analysisFor(const std::string& mediaPath, const std::string& analysisDir);
    AnalysisPtr analyseNow(const std::string& mediaPath, const std::string& analysisDir);
    const FrameFaces* stillFaces(const std::string& mediaPath);
    bool isStill(const std::string& mediaPath);
    void trackLive(const QImage& frame, const EffectContext& ctx, FrameFaces& out);
    void warnOnce(const std::string& message);

    std::shared_ptr<const LandmarkModel> model_;
    TrackerSettings settings_;
    std::mutex mutex_;
    std::map<std::string, std::unique_ptr<Cached>> cached_; // by analysisDir + media path
    std::map<std::string, AnalysisPtr> memory_;             // by media path + size/mtime
    std::map<std::string, std::shared_future<AnalysisPtr>> running_;
    std::set<std::string> failed_; // media whose analysis failed: not tried every frame
    std::map<std::string, std::shared_ptr<Still>> stills_;
    std::map<std::string, bool> kinds_; // media path + stat -> is a still
    std::map<std::string, bool> warned_;
    // Trigger states over a video's analysis, by (analysis, face id, trigger).
    std::map<std::tuple<const FaceAnalysis*, std::int32_t, int>, std::shared_ptr<TriggerTrack>>
        triggers_;
};

} // namespace reelcut::face
