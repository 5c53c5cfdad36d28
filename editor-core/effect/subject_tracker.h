#pragma once

// Where the subject of a video is, over time: the analysis behind auto reframe (a 16:9
// interview cut to 9:16 with the speaker in frame). The core knows only this interface;
// effects/ implements it (with the face tracker) and registers it beside the effects,
// so the core stays free of dlib and OpenCV.

#include "model/clip.h"

#include <string>
#include <vector>

namespace reelcut {

class SubjectTracker {
public:
    virtual ~SubjectTracker() = default;
    // Focus keys (source time, position as fractions of the displayed picture) that a
    // crop should follow between source times [from, to), smoothed like a camera operator
    // would move; empty when the media shows no subject. Analysis is cached in
    // analysisDir when it is set. Thread-safe. Throws std::runtime_error naming the file
    // when the media cannot be read.
    virtual std::vector<FocusKey> track(const std::string& media, const Time& from, const Time& to,
                                        const std::string& analysisDir) const = 0;
};

} // namespace reelcut
