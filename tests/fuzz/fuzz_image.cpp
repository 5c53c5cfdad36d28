// Still pictures through FFmpeg (PNG, JPG, WebP, BMP, TIFF, GIF...): a picture within the
// size limits, or a MediaError.

#include "fuzz_support.h"
#include "media/media_error.h"
#include "media/media_limits.h"
#include "media/still_image.h"

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    reelcut::fuzz::setUp();
    using namespace reelcut;
    if (size == 0) {
        return 0;
    }
    // The extension only hints: FFmpeg probes the content.
    const char* exts[] = {".png", ".jpg", ".webp", ".bmp"};
    const auto file = fuzz::inputFile(data, size, exts[data[0] % 4]);
    try {
        const QImage img = loadStillImage(file);
        if (img.width() > media_limits::kMaxStillSide ||
            img.height() > media_limits::kMaxStillSide) {
            std::abort();
        }
    } catch (const MediaError&) {
    }
    return 0;
}
