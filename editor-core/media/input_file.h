#pragma once

#include "media/ffmpeg_ptr.h"

#include <boost/filesystem/path.hpp>

namespace reelcut {

// Opens a media container for reading with the file protocol only. Nested opens (HLS or
// concat playlists, MOV external references, image sequences) are refused, so a crafted
// file cannot make FFmpeg read other files or the network. Stream info is read.
// A builtin: name (model/builtin_assets.h) is resolved to the bundled file.
// Throws MediaError naming the file on failure.
ff::InputFormatPtr openInputFile(const boost::filesystem::path& file);

} // namespace reelcut
