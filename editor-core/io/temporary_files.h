#pragma once

// The temporary files ReelCut writes beside a target before renaming them into place,
// and the sweep that removes those a killed process left behind.

#include <boost/filesystem/path.hpp>
#include <optional>
#include <sys/types.h>

namespace reelcut {

// ".NAME.partial-PID-TID.EXT" beside `target` ("out.mp4" -> ".out.partial-4711-4712.mp4"):
// in the same folder, so the final rename is atomic; hidden; the extension kept, so tools
// (and FFmpeg, Qt's image writer) recognise the format. The thread id too: two threads of
// one process writing the same target (a preview thread and the face analysis job saving
// one cache) must never share a temporary, or one renames the other's file away.
boost::filesystem::path temporaryPathFor(const boost::filesystem::path& target, pid_t pid,
                                         pid_t tid);
// A process's main thread (tid = pid).
boost::filesystem::path temporaryPathFor(const boost::filesystem::path& target, pid_t pid);
// The calling thread's.
boost::filesystem::path temporaryPathFor(const boost::filesystem::path& target);

// The process id in a temporary file's name, if the name is one of ours: the current
// ".NAME.partial-PID-TID[.EXT]", and ".NAME.partial-PID[.EXT]", ".NAME.tmp-PID[-TID]" of
// earlier versions.
std::optional<pid_t> temporaryOwner(const std::string& fileName);

// Removes the temporaries that process `pid` (any of its threads) made for `target`,
// unless a live writer holds one locked. For a caller that ran the writer as a child
// process and saw it end (the editor's export dialog). Returns how many. Never throws.
int removeTemporariesOf(const boost::filesystem::path& target, pid_t pid);

// Removes the temporary files in `folder` whose process is gone: plain files with one of
// our names, whose process id is not running here and which no process holds locked (a
// writer holds a lock on its temporary while it writes, which also covers a process on
// another machine sharing the folder). Returns how many were removed. Never throws.
int removeStaleTemporaries(const boost::filesystem::path& folder);

} // namespace reelcut
