#pragma once

#include "model/project.h"
#include "time/rational.h"

#include <stdexcept>
#include <string>
#include <vector>

namespace reelcut {

struct Caption {
    Time start{0};
    Time end{0};
    std::string text; // lines joined by '\n'
};

// A SubRip file that cannot be read; the message names the line: "line 14: ...".
class SrtError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// Parses SubRip text (UTF-8, with or without BOM, \n or \r\n). Throws SrtError.
std::vector<Caption> parseSrt(const std::string& text);
// Writes SubRip text: numbered cues, "HH:MM:SS,mmm --> HH:MM:SS,mmm", blank line between.
std::string writeSrt(const std::vector<Caption>& captions);

// Caption clips for a text track, in a given look (position near the bottom, inside
// the usual safe zones).
std::vector<Clip> captionClips(const std::vector<Caption>& captions, const Clip& look);
// The captions of a project: every text clip on text tracks, in time order.
std::vector<Caption> projectCaptions(const Project& project);

} // namespace reelcut
