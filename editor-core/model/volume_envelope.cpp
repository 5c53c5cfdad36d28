#include "model/volume_envelope.h"

#include <algorithm>

namespace reelcut::envelope {

std::size_t addKey(Clip& clip, const Time& since) {
    const Time at = std::clamp(since, Time(0), clip.duration());
    auto& keys = clip.volumeKeys;
    const auto pos = std::lower_bound(keys.begin(), keys.end(), at,
                                      [](const VolumeKey& k, const Time& t) { return k.time < t; });
    if (pos != keys.end() && pos->time == at) {
        return std::size_t(pos - keys.begin());
    }
    const double db = volumeKeyDbAt(keys, at.toDouble());
    return std::size_t(keys.insert(pos, VolumeKey{at, db}) - keys.begin());
}

void moveKey(Clip& clip, std::size_t index, const Time& since, double db) {
    auto& keys = clip.volumeKeys;
    if (index >= keys.size()) {
        return;
    }
    // Between the neighbours: the points keep their order, so a drag never swaps them.
    const Time lo = index > 0 ? keys[index - 1].time : Time(0);
    const Time hi = index + 1 < keys.size() ? keys[index + 1].time : clip.duration();
    keys[index].time = std::clamp(since, lo, max(lo, hi));
    keys[index].db = std::clamp(db, kMinDb, kMaxDb);
}

void removeKey(Clip& clip, std::size_t index) {
    if (index < clip.volumeKeys.size()) {
        clip.volumeKeys.erase(clip.volumeKeys.begin() + std::ptrdiff_t(index));
    }
}

} // namespace reelcut::envelope
