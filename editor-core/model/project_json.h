#pragma once

#include "model/project.h"
#include "util/message.h"

#include <QByteArray>
#include <boost/filesystem/path.hpp>
#include <stdexcept>
#include <string>

namespace reelcut {

// A project file that cannot be read. The message names the place: a line and column
// for broken JSON, a field path ("tracks[1].clips[0].in") for wrong content.
class ProjectError : public Error {
public:
    using Error::Error;
    explicit ProjectError(const std::string& text) : Error(verbatim(text)) {}
};

// Versioned JSON (docs/project-format.md). Media paths are written relative to baseDir
// (the project file's folder) and resolved against it on reading.
QByteArray projectToJson(const Project& project, const boost::filesystem::path& baseDir);
// Throws ProjectError. Files of a newer format version are refused, never guessed at, and
// so are files beyond the limits of model/project_limits.h. Effects are checked against
// the registered effects (type and parameter ranges) when any are registered.
Project projectFromJson(const QByteArray& json, const boost::filesystem::path& baseDir);

} // namespace reelcut
