#pragma once

// Landmarks of every frame of a media file, as computed by the analysis pass and stored
// beside the project. The file name is a hash of the media's content identity, the
// tracker settings and the model, so a changed file, setting or model never reuses a
// stale cache, and a project moved with its cache folder keeps it.

#include "face/face_types.h"

#include <memory>
#include <span>
#include <string>
#include <vector>

namespace reelcut::face {

class FaceAnalysis {
public:
    // Frames must be added in increasing time.
    void addFrame(double timeSeconds, std::span<const Face> faces);
    // Removes the faces with this id from frames with time > after (an offline pass
    // dropping frames a lost track was only predicted in).
    void dropTrackAfter(std::int32_t id, double after);
    // Gives the faces with id `from` the id `to` (a face recognised as one seen before).
    void renameTrack(std::int32_t from, std::int32_t to);

    // Smooths every track with the One Euro filter run forwards and backwards in time and
    // averaged: offline, the filter's lag (which a forward pass alone has on a moving face)
    // cancels out, while jitter is removed as much.
    void smoothTracks(const TrackerSettings& settings);
    // Sets the head pose of every face (head_pose.h) from its points, in a picture of
    // width x height, smoothed over each track like the points. After smoothTracks.
    void estimatePoses(int width, int height);

    // The faces of the frame on screen at `timeSeconds` (the last frame at or before it,
    // as the decoder picks). Empty before the first frame or past the last one.
    std::span<const Face> facesAt(double timeSeconds) const;

    std::size_t frameCount() const { return times_.size(); }
    std::size_t faceCount() const { return faces_.size(); }
    double frameTime(std::size_t i) const { return times_[i]; }
    std::span<const Face> frameFaces(std::size_t i) const;

    // Binary file I/O. save() writes atomically; load() returns nullptr when the file is
    // missing, and throws std::runtime_error naming the file when it is damaged.
    void save(const std::string& file) const;
    static std::shared_ptr<const FaceAnalysis> load(const std::string& file);

private:
    // The faces of each track, in time order, split where a track has a gap.
    std::vector<std::vector<std::pair<double, Face*>>> runs();

    std::vector<double> times_;
    std::vector<std::uint32_t> first_{0}; // faces of frame i: [first_[i], first_[i+1])
    std::vector<Face> faces_;
};

// Content identity of a media file: size and a hash of its first and last MiB. Throws
// std::runtime_error when the file cannot be read.
std::string mediaIdentity(const std::string& mediaPath);

// Where the analysis of `mediaPath` with these settings lives in `analysisDir`.
std::string cacheFileFor(const std::string& analysisDir, const std::string& mediaIdentity,
                         const TrackerSettings& settings, const std::string& modelPath,
                         const std::string& cascadePath = {});

} // namespace reelcut::face
