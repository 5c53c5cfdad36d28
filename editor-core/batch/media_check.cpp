#include "batch/media_check.h"

#include <boost/filesystem/operations.hpp>
#include <unistd.h>

namespace reelcut::batch {

namespace fs = boost::filesystem;

std::optional<MediaInfo> MediaFacts::probe(const std::string& path, Message& error) {
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
        e.error = Message(QT_TRANSLATE_NOOP3("Engine", "%1: file not found", "batch.file-missing"))
                      .arg(path);
    } else if (!fs::is_regular_file(path, ec)) {
        e.error = Message(QT_TRANSLATE_NOOP3("Engine", "%1: not a file", "batch.media-not-file"))
                      .arg(path);
    } else if (::access(path.c_str(), R_OK) != 0) {
        e.error = Message(QT_TRANSLATE_NOOP3("Engine", "%1: not readable (permissions)",
                                             "batch.media-unreadable"))
                      .arg(path);
    } else {
        try {
            e.info = probeMedia(path);
        } catch (const std::exception& ex) {
            e.error = messageOf(ex);
        }
    }
    std::lock_guard<std::mutex> lock(mutex_);
    entries_[path] = e;
    error = e.error;
    return e.info;
}

} // namespace reelcut::batch
