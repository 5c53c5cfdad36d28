#include "media/waveform.h"

#include "media/audio_reader.h"
#include "media/media_info.h"

#include <algorithm>
#include <cmath>

namespace reelcut {

float Waveform::peak(double from, double to) const {
    if (peaks.empty() || bucketsPerSecond <= 0) {
        return 0;
    }
    const auto n = static_cast<long>(peaks.size());
    long a = static_cast<long>(std::floor(from * bucketsPerSecond));
    long b = static_cast<long>(std::ceil(to * bucketsPerSecond));
    a = std::clamp(a, 0L, n);
    b = std::clamp(std::max(b, a + 1), 0L, n);
    float best = 0;
    for (long i = a; i < b; ++i) {
        best = std::max(best, peaks[static_cast<std::size_t>(i)]);
    }
    return best;
}

Waveform computeWaveform(const boost::filesystem::path& file, int bucketsPerSecond) {
    Waveform wave;
    wave.bucketsPerSecond = std::max(1, bucketsPerSecond);
    const MediaInfo info = probeMedia(file);
    if (!info.hasAudio) {
        return wave;
    }
    AudioReader reader(file);
    const int bucketFrames = kMixSampleRate / wave.bucketsPerSecond;
    const auto buckets =
        static_cast<std::size_t>(std::ceil(info.duration.toDouble() * wave.bucketsPerSecond));
    wave.peaks.resize(buckets);
    // Read in large blocks: one read per bucket would cost a call per 10 ms of audio.
    constexpr int kBlockBuckets = 200;
    std::vector<float> block(static_cast<std::size_t>(2 * bucketFrames * kBlockBuckets));
    for (std::size_t first = 0; first < buckets; first += kBlockBuckets) {
        const int count = static_cast<int>(std::min<std::size_t>(kBlockBuckets, buckets - first));
        const Time start = Time(static_cast<std::int64_t>(first)) / Time(wave.bucketsPerSecond);
        reader.read(start, Rational(1), block.data(), bucketFrames * count);
        for (int b = 0; b < count; ++b) {
            float best = 0;
            const float* s = block.data() + static_cast<std::ptrdiff_t>(2 * bucketFrames * b);
            for (int i = 0; i < 2 * bucketFrames; ++i) {
                best = std::max(best, std::abs(s[i]));
            }
            wave.peaks[first + static_cast<std::size_t>(b)] = std::min(best, 1.0f);
        }
    }
    return wave;
}

} // namespace reelcut
