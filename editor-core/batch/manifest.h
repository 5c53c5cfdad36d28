#pragma once

// The batch's memory of what is done, kept in the output folder. Each shard appends to
// its own file (.reelcut-batch/manifest-I-of-N.jsonl), one JSON line per finished output,
// flushed to disk before the output is moved into place; a line cut short by a crash is
// ignored. An output counts as done only when its file is there with the size and time
// recorded and its inputs hash (template, row, media contents, ReelCut version) is the
// job's current one.

#include "util/message.h"

#include <boost/filesystem/path.hpp>
#include <cstdint>
#include <map>
#include <mutex>
#include <string>
#include <vector>

namespace reelcut::batch {

struct ManifestRecord {
    std::string output; // relative to the output folder
    std::string inputs; // hash of everything the output is made from
    std::string sha256; // of the output file
    std::int64_t size = 0;
    std::int64_t mtimeNs = 0;
    int row = 0;
    std::string ratio;
    std::string preset;
    std::string version;
    double seconds = 0;  // render time
    double duration = 0; // of the video
    std::string time;    // when it was written, ISO 8601 UTC
    std::vector<Message> warnings;
};

// The folder where the batch keeps its own files inside the output folder.
boost::filesystem::path stateDirFor(const boost::filesystem::path& outDir);
// Where a finished output waits, flushed, between being recorded and being renamed.
boost::filesystem::path stagedPathFor(const boost::filesystem::path& finalPath);

class Manifest {
public:
    // Reads every shard's manifest in the output folder (none yet: empty).
    static Manifest load(const boost::filesystem::path& outDir);

    // The record proving `output` is done for these inputs, after checking the file on
    // disk; nullptr if it must be (re)made. When only the staged file survived (a crash
    // between recording and renaming), it is moved into place here.
    const ManifestRecord* done(const boost::filesystem::path& outDir, const std::string& output,
                               const std::string& inputs) const;

    // Every record, newest last.
    const std::vector<ManifestRecord>& records() const { return records_; }

private:
    std::vector<ManifestRecord> records_;
    std::multimap<std::string, std::size_t> byOutput_;
};

// Appends records to one shard's manifest file, each flushed to disk. Thread-safe.
class ManifestWriter {
public:
    ManifestWriter(const boost::filesystem::path& outDir, int shardIndex, int shardCount);
    ~ManifestWriter();
    ManifestWriter(const ManifestWriter&) = delete;
    ManifestWriter& operator=(const ManifestWriter&) = delete;

    void append(const ManifestRecord& record); // throws std::runtime_error

private:
    std::mutex mutex_;
    int fd_ = -1;
    boost::filesystem::path file_;
};

// Size and modification time (ns) of a file; false if it is not there.
bool fileStamp(const boost::filesystem::path& file, std::int64_t& size, std::int64_t& mtimeNs);
// Flushes a file's data to disk. Throws std::runtime_error.
void syncFile(const boost::filesystem::path& file);
// Flushes a folder's entries (a rename in it) to disk; best effort.
void syncDir(const boost::filesystem::path& dir);

// A record as one JSON line: "warnings" in English (as every version wrote them) and
// "warningMessages" (ids and values, to show them translated). A line without the latter
// (an older manifest) reads its English warnings as they are.
std::string recordToJsonLine(const ManifestRecord& r);
bool recordFromJson(const std::string& line, ManifestRecord& r);

} // namespace reelcut::batch
