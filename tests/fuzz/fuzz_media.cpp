// Any media file: probe, the first frames of the picture, the first second of sound; each
// ends in data or a MediaError, never a crash, a hang or unbounded memory.

#include "fuzz_support.h"
#include "media/audio_reader.h"
#include "media/media_error.h"
#include "media/media_info.h"
#include "media/video_decoder.h"

#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    reelcut::fuzz::setUp();
    using namespace reelcut;
    if (size < 2) {
        return 0;
    }
    const char* exts[] = {".mp4", ".webm", ".mkv", ".mp3", ".wav", ".avi", ".mov", ".ogg"};
    const auto file = fuzz::inputFile(data + 1, size - 1, exts[data[0] % 8]);
    try {
        const MediaInfo info = probeAnyMedia(file);
        if (info.hasVideo && !info.isStill && !info.animatedImage) {
            VideoDecoder video(file);
            for (int i = 0; i < 3; ++i) {
                (void)video.frameAt(Rational(i, 10));
            }
        }
        if (info.hasAudio) {
            AudioReader audio(file);
            std::vector<float> samples(4800 * 2);
            audio.read(Time(0), Rational(1), samples.data(), 4800);
            audio.read(Rational(1, 2), Rational(2), samples.data(), 4800);
        }
    } catch (const MediaError&) {
    }
    return 0;
}
