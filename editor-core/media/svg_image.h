#pragma once

#include "media/media_info.h"

#include <QByteArray>
#include <QImage>
#include <QRect>
#include <boost/filesystem/path.hpp>

namespace reelcut {

// SVG stickers, drawn by Qt (FFmpeg has no SVG decoder). Only self-contained pictures are
// accepted: a reference to anything outside the file (<image href="/home/...">, a link
// to another file) is refused, so a sticker cannot pull other pictures of the machine
// into an export; embedded "data:" pictures and references inside the file ("#id") are
// fine. Compressed SVG (.svgz) and files over 16 MB are refused.
bool isSvgFile(const boost::filesystem::path& file);

// The file's bytes after those checks. Throws MediaError naming the file and the problem.
QByteArray readSvgFile(const boost::filesystem::path& file);
// Throws MediaError as above, or for an SVG Qt cannot read.
MediaInfo probeSvg(const boost::filesystem::path& file);
// Draws the picture scaled to `size` (the size it is shown at), or only the part `part`
// of it (in the pixels of that size): a sticker zoomed far beyond the canvas is drawn
// only where it can be seen. Transparent where the picture is.
QImage renderSvg(const QByteArray& svg, const QSize& size, const QRect& part = QRect());

} // namespace reelcut
