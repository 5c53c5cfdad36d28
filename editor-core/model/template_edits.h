#pragma once

// Edits that turn a project into a template, as the editor's "Make this a field" does.
// Like every edit they throw EditError and leave the project alone on failure.

#include "model/project.h"

#include <string>

namespace reelcut::edit {

// Makes the selected clip's content a field: a text clip's text (type text) or a media
// clip's file (type media, with accept set from what the file is). The clip's current
// value becomes the field's default, so the template looks as it did. Returns the key
// bound ("text" or "media"). Throws when the name is not usable or already taken, or the
// property is already a field.
std::string makeField(Project& p, ObjectId clip, const std::string& name,
                      const std::string& accept = {});

// Removes a clip's binding of `key`, leaving its current value.
void removeFieldBinding(Project& p, ObjectId clip, const std::string& key);

} // namespace reelcut::edit
