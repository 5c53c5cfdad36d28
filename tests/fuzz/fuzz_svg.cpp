// SVG stickers: the reference checks, the probe, and drawing at a small size and a part of
// a huge one: a picture or a MediaError, in bounded time and memory.

#include "fuzz_support.h"
#include "media/media_error.h"
#include "media/svg_image.h"

#include <QPainter>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    reelcut::fuzz::setUp();
    using namespace reelcut;
    const auto file = fuzz::inputFile(data, size, ".svg");
    try {
        const MediaInfo info = probeSvg(file);
        const QByteArray bytes = readSvgFile(file);
        (void)renderSvg(bytes, QSize(info.width, info.height) / 8 + QSize(1, 1));
        (void)renderSvg(bytes, QSize(4000, 4000), QRect(1000, 1000, 64, 64));
    } catch (const MediaError&) {
    }
    return 0;
}
