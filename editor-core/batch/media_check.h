#pragma once

// Media facts for validation, probed once per file per run (thread-safe).

#include "media/media_info.h"
#include "util/message.h"

#include <boost/filesystem/path.hpp>
#include <map>
#include <mutex>
#include <optional>
#include <string>

namespace reelcut::batch {

class MediaFacts {
public:
    // The file's facts, or nullopt with `error` saying why it cannot be used (missing,
    // unreadable, not a media file).
    std::optional<MediaInfo> probe(const std::string& path, Message& error);

private:
    struct Entry {
        std::optional<MediaInfo> info;
        Message error;
    };
    std::mutex mutex_;
    std::map<std::string, Entry> entries_;
};

} // namespace reelcut::batch
