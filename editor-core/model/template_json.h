#pragma once

// The template parts of a project file (docs/templates.md): the "fields" list, the
// "brand" reference, "{{field}}" expressions anywhere in the canvas, tracks and clips,
// and "if" switches. projectFromJson/projectToJson call these two, so every project
// reader and writer keeps templates intact.

#include "model/brand_kit.h"
#include "model/template_spec.h"

#include <QJsonObject>
#include <QJsonValue>
#include <boost/filesystem/path.hpp>

namespace reelcut {

// Takes the template parts out of `root` before it is read as a project: reads the
// fields and the brand reference, gives every track and clip a unique id, records each
// expression as a binding and puts the value it shows in the editor in its place (the
// field's default, the brand kit's value), and removes "if" switches. Throws ProjectError
// naming the field ("fields[1].type: ...", "tracks[0].clips[2].text: {{x}} is not a
// field").
TemplateSpec takeTemplateSpec(QJsonObject& root, const boost::filesystem::path& baseDir);

// Writes the template parts into the JSON of a project: the fields, the brand
// reference, and each binding's expression in place of the property's value.
void putTemplateSpec(QJsonObject& root, const TemplateSpec& spec);

// The value shown for an expression when no data row is given: fields' defaults and
// the brand kit's values; a single token of a number field gives a number.
QJsonValue previewValue(const std::string& expression, const TemplateSpec& spec,
                        const BrandKit* brand);

// The brand file a template names, resolved against the template's folder ("" if none).
boost::filesystem::path brandPathFor(const TemplateSpec& spec,
                                     const boost::filesystem::path& baseDir);

} // namespace reelcut
