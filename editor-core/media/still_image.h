#pragma once

#include <QImage>
#include <boost/filesystem/path.hpp>

namespace reelcut {

// Decodes a still picture (PNG, JPG, WebP, BMP...) through FFmpeg into
// Format_ARGB32_Premultiplied at its own size, with EXIF/display rotation applied.
// Throws MediaError naming the file on failure.
QImage loadStillImage(const boost::filesystem::path& file);

} // namespace reelcut
