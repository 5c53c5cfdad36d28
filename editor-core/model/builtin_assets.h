#pragma once

// Assets that ship with ReelCut (stickers, ...) are referred to in projects by a stable
// name, "builtin:stickers/star.svg", not by a path: a path into the program's folder
// breaks as soon as the project moves to another machine or ReelCut is installed
// elsewhere. The name is resolved where the media is opened (openInputFile, the media
// pool), so a project keeps the name in memory and on disk.

#include <boost/filesystem/path.hpp>
#include <optional>
#include <string>
#include <string_view>

namespace reelcut {

inline constexpr std::string_view kBuiltinPrefix = "builtin:";

// The folder holding the bundled assets (stickers/, ...), or empty if none is found.
// Looked up, first found wins:
//   1. $REELCUT_ASSETS_DIR
//   2. <program folder>/../share/reelcut         (installed: /usr/bin -> /usr/share/reelcut)
//   3. <install prefix>/share/reelcut            (the prefix the build was configured with)
//   4. the source tree's resources/              (running from a build tree)
// A folder counts only if it has a stickers/ subfolder. This is the one place that knows
// where assets live; packaging installs them to <prefix>/share/reelcut.
boost::filesystem::path builtinAssetsDir();

bool isBuiltinReference(std::string_view media);

// The file a clip's media names: a builtin: reference resolved against builtinAssetsDir(),
// anything else unchanged. A builtin: reference that cannot be resolved (no asset folder)
// comes back unchanged, so opening it fails with "file not found" naming the reference.
boost::filesystem::path resolveMediaPath(const std::string& media);

// The builtin: name for a file, if it is one of the bundled assets: a file inside
// builtinAssetsDir(), or - for projects saved before builtin: names existed, whose paths
// lead into some copy of the source tree's resources/ folder - a path that does not exist
// (any more), ends in resources/<folder>/<file> and whose <folder>/<file> is bundled.
std::optional<std::string> builtinReferenceFor(const boost::filesystem::path& file);

// How a project refers to a file the user picked (a sticker, a file dropped from the bin):
// its builtin: name if it is a bundled asset, else its absolute path. A builtin: name
// comes back as it is.
std::string mediaReferenceFor(const std::string& file);

// True if the media can be opened: a builtin: name that resolves, or an existing file.
bool mediaExists(const std::string& media);

} // namespace reelcut
