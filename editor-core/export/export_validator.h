#pragma once

#include "export/preset.h"
#include "time/rational.h"
#include "util/message.h"

#include <boost/filesystem/path.hpp>
#include <cstdint>
#include <string>
#include <vector>

namespace reelcut {

// Facts read back from a finished file, as ffprobe would report them.
struct ExportFacts {
    std::string videoCodec, videoProfile, pixelFormat;
    std::string colorPrimaries, colorTransfer, colorSpace, colorRange;
    int width = 0, height = 0;
    FrameRate frameRate{0};
    bool constantFrameRate = false;
    std::string audioCodec, audioProfile;
    int sampleRate = 0, channels = 0;
    double durationSeconds = 0;
    std::int64_t fileBytes = 0;
    std::int64_t bitRate = 0;
    bool moovBeforeMdat = false;
    bool hasEditList = false;
};

struct ValidationReport {
    ExportFacts facts;
    std::vector<Message> errors;   // the file is not what the preset asks for
    std::vector<Message> warnings; // the platform may refuse or alter it
    bool ok() const { return errors.empty(); }
};

// Reads the file (throws MediaError if it cannot be read at all).
ExportFacts readExportFacts(const boost::filesystem::path& file);
// Checks the file against the preset; warnings are in words a person understands,
// e.g. "The video is 75 s long; TikTok ... allows at most 60 s".
ValidationReport validateExport(const boost::filesystem::path& file, const Preset& preset);

} // namespace reelcut
