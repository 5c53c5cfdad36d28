#pragma once

// The analysis pass: landmarks for every frame of a media file, written to the cache
// beside the project, which preview and export then read. Used by `reelcut-cli analyze`
// and by the GUI (on a worker thread; progress is reported from that thread).

#include "model/project.h"

#include <atomic>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <vector>

namespace reelcut::face {

class FaceAnalysis;
class FaceEngine;

struct AnalysisProgress {
    std::size_t mediaIndex = 0; // 0-based, of mediaCount
    std::size_t mediaCount = 0;
    std::string media;
    std::int64_t framesDone = 0;
    std::int64_t framesTotal = 0; // an estimate from the container
    double fps = 0;               // frames analysed per second of wall time
};

struct MediaAnalysis {
    std::string media;
    std::string cacheFile;
    bool reused = false; // a valid cache was already there
    std::int64_t frames = 0;
    std::int64_t framesWithFaces = 0;
    int faceIds = 0; // distinct faces tracked
    double seconds = 0;
};

using AnalysisProgressFn = std::function<void(const AnalysisProgress&)>;

class AnalysisCancelled : public std::runtime_error {
public:
    AnalysisCancelled() : std::runtime_error("face analysis cancelled") {}
};

// Media files of the project that face effects use, in timeline order, each once.
// With `allVideo`, every video clip's media instead.
std::vector<std::string> mediaForFaceAnalysis(const Project& project, bool allVideo = false);
// True for the registry ids of the face effects ("face.*").
bool isFaceEffect(const std::string& effectType);

// The analysis pass over one video, in memory: every frame decoded in order, faces tracked
// and re-identified, tracks smoothed forwards and backwards. Throws like analyzeMedia.
std::shared_ptr<FaceAnalysis> computeAnalysis(FaceEngine& engine, const std::string& media,
                                              const AnalysisProgressFn& progress = {},
                                              const std::atomic<bool>* cancel = nullptr,
                                              std::size_t mediaIndex = 0,
                                              std::size_t mediaCount = 1);

// Analyses one media file into analysisDir (created if missing). An existing cache is
// reused unless `force`. Throws MediaError / std::runtime_error naming the file and stage,
// or AnalysisCancelled (nothing is written then).
MediaAnalysis analyzeMedia(FaceEngine& engine, const std::string& media,
                           const std::string& analysisDir, bool force,
                           const AnalysisProgressFn& progress = {},
                           const std::atomic<bool>* cancel = nullptr, std::size_t mediaIndex = 0,
                           std::size_t mediaCount = 1);

// analyzeMedia for each of mediaForFaceAnalysis(project).
std::vector<MediaAnalysis> analyzeProject(FaceEngine& engine, const Project& project,
                                          const std::string& analysisDir, bool force,
                                          const AnalysisProgressFn& progress = {},
                                          const std::atomic<bool>* cancel = nullptr);

} // namespace reelcut::face
