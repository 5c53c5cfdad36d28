#pragma once

#include "model/project.h"

#include <QByteArray>
#include <boost/filesystem/path.hpp>
#include <stdexcept>
#include <string>

namespace reelcut {

// A project file that cannot be read. The message names the place: a line and column
// for broken JSON, a field path ("tracks[1].clips[0].in") for wrong content.
class ProjectError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// Versioned JSON (docs/project-format.md). Media paths are written relative to baseDir
// (the project file's folder) and resolved against it on reading.
QByteArray projectToJson(const Project& project, const boost::filesystem::path& baseDir);
// Throws ProjectError. Files of a newer format version are refused, never guessed at.
Project projectFromJson(const QByteArray& json, const boost::filesystem::path& baseDir);

} // namespace reelcut
