#pragma once

#include "model/project.h"
#include "time/rational.h"
#include "util/message.h"

#include <boost/filesystem/path.hpp>
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
class SrtError : public Error {
public:
    using Error::Error;
};

// Parses SubRip text (UTF-8, with or without BOM, \n or \r\n), in time linear in its
// length. Throws SrtError naming the line; also for more than limits::kMaxCaptions cues,
// a caption longer than limits::kMaxTextCharacters, or a time past 24 hours.
std::vector<Caption> parseSrt(const std::string& text);
// Reads and parses a SubRip file (a plain file of at most 16 MB). Throws SrtError naming
// the file.
std::vector<Caption> readSrtFile(const boost::filesystem::path& file);
// Writes SubRip text: numbered cues, "HH:MM:SS,mmm --> HH:MM:SS,mmm", blank line between.
std::string writeSrt(const std::vector<Caption>& captions);

// Caption clips for a text track, in a given look (position near the bottom, inside
// the usual safe zones).
std::vector<Clip> captionClips(const std::vector<Caption>& captions, const Clip& look);
// The captions of a project: every text clip on text tracks, in time order.
std::vector<Caption> projectCaptions(const Project& project);

} // namespace reelcut
