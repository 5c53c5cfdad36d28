#pragma once

#include "media/ffmpeg_ptr.h"

#include <QByteArray>
#include <boost/filesystem/path.hpp>

namespace reelcut {

// Checks that a media file can be read safely before anything opens it: it exists, is a
// plain file (a pipe would block forever, a device never end), and is not empty. Throws
// MediaError naming the file and the problem. A builtin: name is resolved first.
void checkMediaFile(const boost::filesystem::path& file);
// The whole file (after checkMediaFile), refused with a MediaError when it is larger than
// maxBytes.
QByteArray readMediaFileBytes(const boost::filesystem::path& file, qint64 maxBytes);

// Opens a media container for reading with the file protocol only. Nested opens (HLS or
// concat playlists, MOV external references, image sequences) are refused, so a crafted
// file cannot make FFmpeg read other files or the network. Stream info is read.
// A builtin: name (model/builtin_assets.h) is resolved to the bundled file.
// Throws MediaError naming the file on failure.
ff::InputFormatPtr openInputFile(const boost::filesystem::path& file);

} // namespace reelcut
