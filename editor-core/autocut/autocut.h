#pragma once

// Cut to the beat: clips laid one after another so that every cut lands on a beat of the
// song (every 1, 2 or 4 beats, or on bar starts), each trimmed around its middle or its
// most active part. planAutocut is pure (testable, reusable by batch templates);
// applyAutocut puts a plan into a project as one edit; makeAutocutProject does it all for
// files on disk.

#include "analysis/analysis_store.h"
#include "audio/beat_analysis.h"
#include "autocut/activity.h"
#include "model/project.h"

#include <optional>
#include <string>
#include <vector>

namespace reelcut {

enum class AutocutTrim {
    Middle,    // the middle of each clip
    MostActive // the part with the most motion (middle for stills and still footage)
};

struct AutocutOptions {
    int everyBeats = 1;       // cut every N beats (1, 2, 4, ...)
    bool onDownbeats = false; // cut on bar starts (every N bars); falls back to every 4
                              // beats when the song's bars were not found
    AutocutTrim trim = AutocutTrim::MostActive;
    Time songStart{0};          // where in the song the video starts
    std::optional<Time> length; // fill this long, reusing clips; unset: each clip once
};

// One media file to cut from.
struct AutocutSource {
    std::string media;
    Time duration{0}; // of the source; 0 for a still
    bool still = false;
    ActivityProfile activity; // may be empty
};

struct AutocutSegment {
    std::size_t source = 0; // index into the sources
    Time start{0};          // on the timeline
    Time in{0};             // source range
    Time out{0};
    Rational speed{1}; // below 1 when a clip is shorter than one beat and is slowed to fill it
};

struct AutocutPlan {
    std::vector<AutocutSegment> segments;
    Time songIn{0}; // the song's source range under the video
    Time songOut{0};
    std::vector<std::string> warnings; // sources skipped, song too short...
    Time length() const { return songOut - songIn; }
};

// The cut times (timeline seconds from `songStart`, snapped to frames of `rate`): where
// each segment begins, plus the end of the last.
std::vector<Time> autocutGrid(const BeatAnalysis& beats, const AutocutOptions& options,
                              const FrameRate& rate);

// Throws std::invalid_argument for an impossible request (no beats, no sources, every < 1).
AutocutPlan planAutocut(const BeatAnalysis& beats, const std::vector<AutocutSource>& sources,
                        const AutocutOptions& options, const FrameRate& rate);

// Puts the plan on `videoTrack` (from its end, or from 0 when empty) and the song on
// `musicTrack`, as clips filling the canvas. Throws EditError.
void applyAutocut(Project& project, ObjectId videoTrack, ObjectId musicTrack,
                  const std::string& song, const std::vector<AutocutSource>& sources,
                  const AutocutPlan& plan);

// One file as a source: probed (length, still or not) and, for MostActive, its motion
// from `store`. Throws MediaError for an unreadable file, std::invalid_argument for one
// without a picture.
AutocutSource autocutSource(const std::string& media, const AutocutOptions& options,
                            const AnalysisStore& store);

// Probes and analyses the files (beats and motion through `store`) and returns a new
// project of the given canvas with one video and one music track. Throws MediaError for
// unreadable files, std::invalid_argument for an impossible request.
Project makeAutocutProject(const std::string& song, const std::vector<std::string>& media,
                           const AutocutOptions& options, const AnalysisStore& store,
                           int width = 1080, int height = 1920, FrameRate rate = FrameRate(30),
                           std::vector<std::string>* warnings = nullptr);

} // namespace reelcut
