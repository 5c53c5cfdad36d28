#pragma once

// A template as the batch uses it: the project file read once, its fields, its brand kit,
// and the project's JSON with every expression in place, ready for a row's values.

#include "model/brand_kit.h"
#include "model/project.h"

#include <QByteArray>
#include <QJsonObject>
#include <boost/filesystem/path.hpp>
#include <optional>
#include <string>

namespace reelcut::batch {

struct BatchTemplate {
    boost::filesystem::path file;
    boost::filesystem::path dir; // the template's folder: its own media paths are relative to it
    Project preview;             // the project showing every field's default
    TemplateSpec spec;
    QJsonObject json; // projectToJson of `preview` with the expressions in place
    std::optional<BrandKit> brand;
    boost::filesystem::path brandFile;
    std::string contentHash; // SHA-256 of the template and brand kit files
};

// Reads the template (throws ProjectError naming the file and field). The brand kit is
// the one the template names, or `brandOverride` when given.
BatchTemplate loadBatchTemplate(const boost::filesystem::path& file,
                                const boost::filesystem::path& brandOverride = {});

} // namespace reelcut::batch
