#pragma once

// The one way ReelCut writes a file a user will see (exports, frames, captions, projects,
// caches): checked before any work, written under a temporary name beside the target,
// renamed into place only when complete. Nothing the run reads, and nothing the user did
// not ask to replace, is ever overwritten.

#include "util/message.h"

#include <QByteArray>
#include <boost/filesystem/path.hpp>
#include <sys/types.h>
#include <vector>

namespace reelcut {

struct Project;

// What a file holds, so that its name can be checked against it: an MP4 named
// "notes.txt" or captions named "clip.mp4" are mistakes that destroy something.
enum class OutputKind {
    Video,     // .mp4, .m4v
    Image,     // .png, .jpg, .jpeg, .webp, .bmp, .tif, .tiff
    Subtitles, // .srt
    Project,   // .reelcut
    Data       // ReelCut's own files (caches, recovery): any name
};

struct OutputTarget {
    boost::filesystem::path path;
    OutputKind kind = OutputKind::Data;
    // An existing plain file at `path` may be replaced (--force, or the user confirmed).
    // Never a folder, a link, a device, or a file the run reads.
    bool replace = false;
};

// A file that cannot or must not be written; nothing has been written when it is thrown.
class OutputError : public Error {
public:
    using Error::Error;
};

// The files a run reads (project, media, captions, fonts, tables...), recognised under
// any name: through symbolic links, hard links and "..".
class RunInputs {
public:
    // `what` says what the file is to the run, for the message ("the project", "media of
    // a clip").
    void add(const boost::filesystem::path& file, Message what);
    // The project file (if any) and every media file its clips use.
    void addProject(const Project& project, const boost::filesystem::path& projectFile = {});
    // The description of the input that `file` is, or nullptr.
    const Message* find(const boost::filesystem::path& file) const;

private:
    struct Entry {
        boost::filesystem::path canonical;
        dev_t device = 0;
        ino_t inode = 0;
        bool exists = false;
        Message what;
    };
    std::vector<Entry> entries_;
};

// Throws OutputError naming the file and what is wrong if `target` cannot be written
// safely: an empty name or one with a NUL; a name whose extension does not fit the kind;
// a folder that does not exist or cannot be written; an input of the run; an existing
// file without `replace`, or anything but a plain file even with it.
void checkOutput(const OutputTarget& target, const RunInputs& inputs);
// Also refuses two outputs of one run that are the same file.
void checkOutputs(const std::vector<OutputTarget>& targets, const RunInputs& inputs);

// A file being written. The constructor checks the target (checkOutput), removes stale
// temporaries of dead processes from the folder, and creates the temporary file
// exclusively, locked while this object lives. The destructor removes the temporary
// unless commit() moved it into place, so a failure or cancel leaves nothing behind.
class PendingFile {
public:
    PendingFile(OutputTarget target, const RunInputs& inputs);
    ~PendingFile();
    PendingFile(const PendingFile&) = delete;
    PendingFile& operator=(const PendingFile&) = delete;

    const boost::filesystem::path& temporaryPath() const { return temporary_; }
    const OutputTarget& target() const { return target_; }
    // Appends bytes to the temporary file (for writers that do not open it themselves).
    void write(const char* data, std::size_t size);
    // Flushes the temporary file to disk, checks the target again and renames the file into
    // place (without replacing a file that appeared meanwhile unless `replace`); then syncs
    // the folder. Throws OutputError; the temporary is removed on failure.
    void commit();

private:
    [[noreturn]] void fail(const Message& reason);

    OutputTarget target_;
    RunInputs inputs_;
    boost::filesystem::path temporary_;
    int fd_ = -1;
    bool committed_ = false;
};

// Writes bytes to `target` through a PendingFile.
void writeFileSafely(const OutputTarget& target, const RunInputs& inputs, const QByteArray& bytes);

// The extensions accepted for a kind, lower case with the dot (".mp4"), for messages.
std::vector<std::string> extensionsFor(OutputKind kind);

} // namespace reelcut
