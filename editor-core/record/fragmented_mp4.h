#pragma once

// What is left of a fragmented MP4 whose writer was killed: the header (ftyp, moov with no
// samples) and the fragments (moof + mdat) written so far, then possibly a fragment cut
// off in the middle. Everything before that cut is playable.

#include <boost/filesystem/path.hpp>
#include <cstdint>

namespace reelcut {

struct FragmentScan {
    std::uint64_t playableBytes = 0; // the header and every complete fragment
    std::uint64_t fileBytes = 0;
    int fragments = 0;    // complete moof + mdat pairs
    bool hasMoov = false; // without it nothing is playable
};

// Reads the top-level boxes (only their headers). Throws Error when the file cannot be read.
FragmentScan scanFragmentedMp4(const boost::filesystem::path& file);

// Cuts a partly written last fragment off, so every reader sees a clean file. Returns the
// scan; throws Error when the file cannot be read or cut, or holds no header.
FragmentScan trimToCompleteFragments(const boost::filesystem::path& file);

} // namespace reelcut
