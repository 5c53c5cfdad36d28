#pragma once

#include <boost/filesystem/path.hpp>
#include <vector>

namespace reelcut {

// The whole audio of a file as mono float at `sampleRate`, for analysis (beats, speech,
// activity): channels averaged, resampled by libswresample, from source time 0 (audio that
// starts late is preceded by silence, as the mixer plays it). Damaged packets are
// skipped. A file without audio gives an empty vector. Throws MediaError.
// maxSeconds bounds the memory a very long file can take (0: no bound).
std::vector<float> decodeMono(const boost::filesystem::path& file, int sampleRate,
                              double maxSeconds = 0);

} // namespace reelcut
