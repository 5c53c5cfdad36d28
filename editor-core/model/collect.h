#pragma once

// File > Collect project files: every media file a project uses is copied into one folder
// beside it and the project points there, so the folder and the project file can be
// zipped and sent, or moved to another machine, and open there unchanged.

#include "model/project.h"
#include "util/message.h"

#include <boost/filesystem/path.hpp>
#include <cstdint>
#include <stdexcept>
#include <string>

namespace reelcut {

class CollectError : public Error {
public:
    using Error::Error;
};

struct CollectReport {
    int copied = 0;       // files copied into the folder
    int alreadyThere = 0; // files that were in the folder already
    std::uintmax_t bytes = 0;
};

// The folder collect uses for a project: "trip.reelcut" -> "trip-media" beside it.
boost::filesystem::path collectFolderFor(const boost::filesystem::path& projectFile);

// Copies the media of every clip and of the bin (not builtin: assets, which every ReelCut
// has) into `folder`, creating it, and returns the project with its media pointing at the
// copies. A file used several times is copied once; two different files of the same name
// become "clip.mp4" and "clip-2.mp4"; files already in the folder stay. Each copy is
// written through a PendingFile (io/output_file.h): a temporary name, renamed when
// complete, never over an existing file; temporaries of a killed collect are swept by the
// next write to the folder. Throws CollectError naming the
// file (missing, unreadable, disk full); the copies this call made are removed then, so a
// failed collect leaves things as they were.
Project collectMedia(const Project& project, const boost::filesystem::path& folder,
                     CollectReport* report = nullptr);

} // namespace reelcut
