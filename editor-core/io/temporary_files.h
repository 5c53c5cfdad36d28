#pragma once

// The temporary files ReelCut writes beside a target before renaming them into place,
// and the sweep that removes those a killed process left behind.

#include <boost/filesystem/path.hpp>
#include <optional>
#include <sys/types.h>

namespace reelcut {

// ".NAME.partial-PID.EXT" beside `target` ("out.mp4" -> ".out.partial-4711.mp4"): in the
// same folder, so the final rename is atomic; hidden; the extension kept, so tools (and
// FFmpeg, Qt's image writer) recognise the format.
boost::filesystem::path temporaryPathFor(const boost::filesystem::path& target, pid_t pid);
boost::filesystem::path temporaryPathFor(const boost::filesystem::path& target);

// The process id in a temporary file's name, if the name is one of ours: the current
// ".NAME.partial-PID[.EXT]" and the ".NAME.tmp-PID" of earlier versions.
std::optional<pid_t> temporaryOwner(const std::string& fileName);

// Removes the temporary files in `folder` whose process is gone: plain files with one of
// our names, whose process id is not running here and which no process holds locked (a
// writer holds a lock on its temporary while it writes, which also covers a process on
// another machine sharing the folder). Returns how many were removed. Never throws.
int removeStaleTemporaries(const boost::filesystem::path& folder);

} // namespace reelcut
