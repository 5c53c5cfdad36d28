#pragma once

#include "io/output_file.h"
#include "model/project.h"

#include <QByteArray>
#include <boost/filesystem/path.hpp>

namespace reelcut {

// Loads a .reelcut file. Throws ProjectError naming the file and the problem (missing,
// unreadable, broken JSON with line/column, bad field with its path, newer version).
Project loadProject(const boost::filesystem::path& file);

// Saves the open project atomically (see PendingFile): the bytes go to a temporary file in
// the same folder, are flushed to disk, and only then replace `file` by rename. A failure
// at any point (disk full, no permission) throws ProjectError and leaves the existing file
// untouched. A symbolic link is followed: the file it names is replaced, the link stays.
void saveProject(const Project& project, const boost::filesystem::path& file);
// Saves to a new place: checked like any output (not over an input of the run, named
// .reelcut, an existing file only with target.replace).
void saveProject(const Project& project, const OutputTarget& target, const RunInputs& inputs);

// Writes ReelCut's own files (caches, recovery) atomically, replacing what is there.
// Throws OutputError naming file and reason.
void writeFileAtomically(const boost::filesystem::path& file, const QByteArray& bytes);

// The folder beside a project where analysis caches live (face landmarks...):
// "name.reelcut" -> "name.reelcut-cache".
boost::filesystem::path analysisDirFor(const boost::filesystem::path& projectFile);

// The crash-recovery file kept beside a project: "name.reelcut" -> ".name.reelcut.autosave".
boost::filesystem::path recoveryPathFor(const boost::filesystem::path& projectFile);

} // namespace reelcut
