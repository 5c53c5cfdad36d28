#pragma once

// Content hashes for the batch manifest: a job is done only while its template, row,
// media contents and ReelCut version are what they were when it was rendered.

#include <boost/filesystem/path.hpp>
#include <map>
#include <mutex>
#include <string>
#include <tuple>

namespace reelcut::batch {

std::string sha256Hex(const std::string& bytes);
// SHA-256 of a file's whole content. Throws std::runtime_error naming the file when it
// cannot be read.
std::string fileContentHash(const boost::filesystem::path& file);

// fileContentHash remembered per (path, size, mtime), so media shared by every row
// (music, logo, intro) are read once per run. Thread-safe; one per batch run.
class ContentHashCache {
public:
    std::string hashOf(const boost::filesystem::path& file);

private:
    using Key = std::tuple<std::string, long long, long long, long long>;
    std::mutex mutex_;
    std::map<Key, std::string> hashes_;
};

} // namespace reelcut::batch
