#pragma once

// Output names made from a pattern ("{{sku}}_{{ratio}}.mp4") and a data row. Whatever a
// row holds, its output stays inside the output folder: a name that would leave it or
// that a file system refuses is not repaired behind the user's back, it is refused and
// the row reports why.

#include "util/message.h"

#include <optional>
#include <string>

namespace reelcut::batch {

struct CheckedName {
    std::string path; // relative to the output folder, '/'-separated; empty when refused
    std::optional<Message> error; // why the name was refused
    bool ok() const { return !error; }
};

// Checks an expanded output name: relative, no "." or ".." parts, no empty parts, no NUL
// or control characters, no backslash, no device names (CON, NUL, COM1...), parts of at
// most 255 bytes, not hidden (leading '.'), not one of the batch's own files. ".mp4" is
// added when the name has no extension; any other extension is refused.
CheckedName checkOutputName(const std::string& name);

// Names the batch keeps for itself in the output folder.
bool isReservedBatchName(const std::string& firstPart);

} // namespace reelcut::batch
