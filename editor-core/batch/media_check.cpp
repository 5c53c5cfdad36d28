#include "batch/media_check.h"

#include <boost/filesystem/operations.hpp>
#include <unistd.h>

namespace reelcut::batch {

namespace fs = boost::filesystem;

std::optional<MediaInfo> MediaFacts::probe(const std::string& path, std::string& error) {
    {
        std::lock_guard<std::mutex> lock(mutex_);
        if (auto it = entries_.find(path); it != entries_.end()) {
            error = it->second.error;
            return it->second.info;
        }
    }
    Entry e;
    boost::system::error_code ec;
    if (!fs::exists(path, ec)) {
        e.error = path + ": file not found";
    } else if (!fs::is_regular_file(path, ec)) {
        e.error = path + ": not a file";
    } else if (::access(path.c_str(), R_OK) != 0) {
        e.error = path + ": not readable (permissions)";
    } else {
        try {
            e.info = probeMedia(path);
        } catch (const std::exception& ex) {
            e.error = ex.what();
        }
    }
    std::lock_guard<std::mutex> lock(mutex_);
    entries_[path] = e;
    error = e.error;
    return e.info;
}

} // namespace reelcut::batch
