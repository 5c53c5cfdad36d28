#include "io/output_file.h"

#include "io/temporary_files.h"
#include "model/builtin_assets.h"
#include "model/project.h"
#include "util/system_error.h"

#include <algorithm>
#include <boost/filesystem/operations.hpp>
#include <cerrno>
#include <cstdio>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

namespace reelcut {

namespace fs = boost::filesystem;

namespace {

Message systemError(int errnum) {
    return systemErrorMessage(errnum);
}

std::string lowerExtension(const fs::path& p) {
    std::string ext = p.extension().string();
    std::transform(ext.begin(), ext.end(), ext.begin(),
                   [](unsigned char c) { return char(std::tolower(c)); });
    return ext;
}

Message kindName(OutputKind kind) {
    switch (kind) {
    case OutputKind::Video:
        return Message(QT_TRANSLATE_NOOP3("Engine", "an MP4 video", "output.kind-video"));
    case OutputKind::Image:
        return Message(QT_TRANSLATE_NOOP3("Engine", "a picture", "output.kind-image"));
    case OutputKind::Subtitles:
        return Message(QT_TRANSLATE_NOOP3("Engine", "SubRip captions", "output.kind-subtitles"));
    case OutputKind::Project:
        return Message(QT_TRANSLATE_NOOP3("Engine", "a ReelCut project", "output.kind-project"));
    case OutputKind::Data:
        break;
    }
    return Message(QT_TRANSLATE_NOOP3("Engine", "data", "output.kind-data"));
}

fs::path canonicalOrNormal(const fs::path& p) {
    boost::system::error_code ec;
    const fs::path abs = fs::absolute(p, ec);
    if (ec) {
        return p.lexically_normal();
    }
    fs::path c = fs::weakly_canonical(abs, ec);
    return ec ? abs.lexically_normal() : c;
}

[[noreturn]] void refuse(const Message& m) {
    throw OutputError(m);
}

void checkName(const OutputTarget& t) {
    const std::string name = t.path.string();
    if (name.empty()) {
        refuse(Message(QT_TRANSLATE_NOOP3("Engine", "no output file was given", "output.empty")));
    }
    if (name.find('\0') != std::string::npos) {
        refuse(Message(QT_TRANSLATE_NOOP3("Engine", "%1: the file name contains a NUL character",
                                          "output.nul"))
                   .arg(name.substr(0, name.find('\0'))));
    }
    if (t.kind == OutputKind::Data) {
        return;
    }
    const std::vector<std::string> allowed = extensionsFor(t.kind);
    const std::string ext = lowerExtension(t.path);
    if (std::find(allowed.begin(), allowed.end(), ext) == allowed.end()) {
        std::string list;
        for (std::size_t i = 0; i < allowed.size(); ++i) {
            list += (i == 0 ? "" : ", ") + allowed[i];
        }
        refuse(Message(QT_TRANSLATE_NOOP3("Engine",
                                          "%1: ReelCut writes %2 here, so the name must end in %3",
                                          "output.extension"))
                   .arg(name)
                   .arg(kindName(t.kind))
                   .arg(list));
    }
}

void checkFolder(const OutputTarget& t) {
    const std::string name = t.path.string();
    boost::system::error_code ec;
    const fs::path abs = fs::absolute(t.path, ec);
    const fs::path dir = abs.parent_path();
    const fs::file_status st = fs::status(dir, ec);
    if (!fs::exists(st)) {
        refuse(Message(QT_TRANSLATE_NOOP3("Engine", "%1: the folder %2 does not exist",
                                          "output.no-folder"))
                   .arg(name)
                   .arg(dir.string()));
    }
    if (!fs::is_directory(st)) {
        refuse(Message(QT_TRANSLATE_NOOP3("Engine", "%1: %2 is not a folder",
                                          "output.folder-not-folder"))
                   .arg(name)
                   .arg(dir.string()));
    }
    if (::access(dir.c_str(), W_OK) != 0) {
        refuse(Message(QT_TRANSLATE_NOOP3("Engine", "%1: the folder %2 is not writable (%3)",
                                          "output.folder-not-writable"))
                   .arg(name)
                   .arg(dir.string())
                   .arg(systemError(errno)));
    }
}

// The checks that depend on what is at the target now (repeated just before the rename).
void checkExisting(const OutputTarget& t, const RunInputs& inputs) {
    const std::string name = t.path.string();
    if (const Message* input = inputs.find(t.path)) {
        refuse(Message(QT_TRANSLATE_NOOP3(
                           "Engine",
                           "%1 is %2, which this run reads; writing there would destroy it. "
                           "Choose another name for the output",
                           "output.is-input"))
                   .arg(name)
                   .arg(*input));
    }
    struct stat link {};
    if (::lstat(t.path.c_str(), &link) != 0) {
        return; // nothing there (or not reachable: the folder check reports that)
    }
    struct stat target {};
    const bool resolves = ::stat(t.path.c_str(), &target) == 0;
    if (resolves && S_ISDIR(target.st_mode)) {
        refuse(Message(QT_TRANSLATE_NOOP3("Engine", "%1 is a folder; give the name of a file",
                                          "output.is-folder"))
                   .arg(name));
    }
    if (!S_ISREG(link.st_mode)) {
        refuse(Message(QT_TRANSLATE_NOOP3(
                           "Engine",
                           "%1 exists and is not a plain file (a link, a device or a pipe); "
                           "ReelCut replaces only plain files",
                           "output.not-plain"))
                   .arg(name));
    }
    if (!t.replace) {
        refuse(Message(QT_TRANSLATE_NOOP3("Engine",
                                          "%1 already exists; choose another name, or replace "
                                          "it with --force",
                                          "output.exists"))
                   .arg(name));
    }
}

} // namespace

std::vector<std::string> extensionsFor(OutputKind kind) {
    switch (kind) {
    case OutputKind::Video:
        return {".mp4", ".m4v"};
    case OutputKind::Image:
        return {".png", ".jpg", ".jpeg", ".webp", ".bmp", ".tif", ".tiff"};
    case OutputKind::Subtitles:
        return {".srt"};
    case OutputKind::Project:
        return {".reelcut"};
    case OutputKind::Data:
        break;
    }
    return {};
}

void RunInputs::add(const fs::path& file, Message what) {
    if (file.empty()) {
        return;
    }
    Entry e;
    e.canonical = canonicalOrNormal(file);
    struct stat st {};
    if (::stat(file.c_str(), &st) == 0) {
        e.exists = true;
        e.device = st.st_dev;
        e.inode = st.st_ino;
    }
    e.what = std::move(what);
    entries_.push_back(std::move(e));
}

void RunInputs::addProject(const Project& project, const fs::path& projectFile) {
    if (!projectFile.empty()) {
        add(projectFile,
            Message(QT_TRANSLATE_NOOP3("Engine", "the project file", "output.input-project")));
    }
    for (const Track& track : project.tracks) {
        for (const Clip& clip : track.clips) {
            if (clip.kind == ClipKind::Media && !clip.media.empty()) {
                add(resolveMediaPath(clip.media),
                    Message(QT_TRANSLATE_NOOP3("Engine", "a media file of the project",
                                               "output.input-media")));
            }
        }
    }
    // Files in the media bin are the user's too, used or not.
    for (const std::string& media : project.bin) {
        add(resolveMediaPath(media),
            Message(
                QT_TRANSLATE_NOOP3("Engine", "a media file of the project", "output.input-media")));
    }
}

const Message* RunInputs::find(const fs::path& file) const {
    const fs::path canonical = canonicalOrNormal(file);
    struct stat st {};
    const bool exists = ::stat(file.c_str(), &st) == 0;
    for (const Entry& e : entries_) {
        if (e.canonical == canonical ||
            (exists && e.exists && e.device == st.st_dev && e.inode == st.st_ino)) {
            return &e.what;
        }
    }
    return nullptr;
}

void checkOutput(const OutputTarget& target, const RunInputs& inputs) {
    checkName(target);
    checkFolder(target);
    checkExisting(target, inputs);
}

void checkOutputs(const std::vector<OutputTarget>& targets, const RunInputs& inputs) {
    for (std::size_t i = 0; i < targets.size(); ++i) {
        checkOutput(targets[i], inputs);
        for (std::size_t j = 0; j < i; ++j) {
            if (canonicalOrNormal(targets[i].path) == canonicalOrNormal(targets[j].path)) {
                refuse(
                    Message(QT_TRANSLATE_NOOP3("Engine", "%1 is named for two outputs of this run",
                                               "output.twice"))
                        .arg(targets[i].path.string()));
            }
        }
    }
}

PendingFile::PendingFile(OutputTarget target, const RunInputs& inputs)
    : target_(std::move(target)), inputs_(inputs) {
    checkOutput(target_, inputs_);
    boost::system::error_code ec;
    const fs::path abs = fs::absolute(target_.path, ec);
    removeStaleTemporaries(abs.parent_path());
    temporary_ = temporaryPathFor(abs);
    for (int attempt = 0; attempt < 2 && fd_ < 0; ++attempt) {
        fd_ =
            ::open(temporary_.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0644);
        if (fd_ < 0 && errno == EEXIST && attempt == 0) {
            // Our name, so our process id: left by an earlier process that had this id, or
            // being written by another thread of this one (then it is locked).
            const int old = ::open(temporary_.c_str(), O_RDONLY | O_NOFOLLOW | O_CLOEXEC);
            const bool stale = old >= 0 && ::flock(old, LOCK_EX | LOCK_NB) == 0;
            if (stale) {
                ::unlink(temporary_.c_str());
            }
            if (old >= 0) {
                ::close(old);
            }
            if (!stale) {
                refuse(Message(QT_TRANSLATE_NOOP3("Engine",
                                                  "%1 is being written by another export "
                                                  "right now",
                                                  "output.busy"))
                           .arg(target_.path.string()));
            }
        }
    }
    if (fd_ < 0) {
        refuse(Message(QT_TRANSLATE_NOOP3("Engine", "%1: cannot create the temporary file %2 (%3)",
                                          "output.create"))
                   .arg(target_.path.string())
                   .arg(temporary_.string())
                   .arg(systemError(errno)));
    }
    // Held while we live: the sweep of another process leaves a locked file alone.
    ::flock(fd_, LOCK_EX | LOCK_NB);
}

PendingFile::~PendingFile() {
    if (fd_ >= 0) {
        ::close(fd_);
    }
    if (!committed_ && !temporary_.empty()) {
        ::unlink(temporary_.c_str());
    }
}

void PendingFile::fail(const Message& reason) {
    if (fd_ >= 0) {
        ::close(fd_);
        fd_ = -1;
    }
    ::unlink(temporary_.c_str());
    temporary_.clear();
    throw OutputError(Message(QT_TRANSLATE_NOOP3("Engine", "%1: %2", "output.failed"))
                          .arg(target_.path.string())
                          .arg(reason));
}

void PendingFile::write(const char* data, std::size_t size) {
    while (size > 0) {
        const ssize_t n = ::write(fd_, data, size);
        if (n < 0) {
            if (errno == EINTR) {
                continue;
            }
            fail(Message(QT_TRANSLATE_NOOP3("Engine", "cannot write: %1", "output.write"))
                     .arg(systemError(errno)));
        }
        data += n;
        size -= std::size_t(n);
    }
}

void PendingFile::commit() {
    if (committed_ || fd_ < 0) {
        return;
    }
    if (::fsync(fd_) != 0) {
        fail(Message(QT_TRANSLATE_NOOP3("Engine", "cannot flush to disk: %1", "output.flush"))
                 .arg(systemError(errno)));
    }
    try {
        checkExisting(target_, inputs_); // anything that appeared while we wrote
    } catch (const OutputError&) {
        ::close(fd_);
        fd_ = -1;
        ::unlink(temporary_.c_str());
        temporary_.clear();
        throw;
    }
    int r = 0;
    if (target_.replace) {
        r = ::rename(temporary_.c_str(), target_.path.c_str());
    } else {
        // Never replaces a file that appeared after the check.
        r = ::renameat2(AT_FDCWD, temporary_.c_str(), AT_FDCWD, target_.path.c_str(),
                        RENAME_NOREPLACE);
        if (r != 0 && (errno == EINVAL || errno == ENOSYS)) {
            // File systems without RENAME_NOREPLACE: link() refuses an existing name too.
            r = ::link(temporary_.c_str(), target_.path.c_str());
            if (r == 0) {
                ::unlink(temporary_.c_str());
            }
        }
    }
    if (r != 0) {
        if (errno == EEXIST) {
            fail(Message(QT_TRANSLATE_NOOP3("Engine",
                                            "the file appeared while ReelCut was writing it; "
                                            "it was left as it is",
                                            "output.appeared")));
        }
        fail(Message(QT_TRANSLATE_NOOP3("Engine", "cannot move the finished file into place: %1",
                                        "output.rename"))
                 .arg(systemError(errno)));
    }
    committed_ = true;
    ::close(fd_);
    fd_ = -1;
    // The rename itself is durable only once the folder is synced.
    boost::system::error_code ec;
    const fs::path dir = fs::absolute(target_.path, ec).parent_path();
    const int dirFd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dirFd >= 0) {
        ::fsync(dirFd);
        ::close(dirFd);
    }
}

void writeFileSafely(const OutputTarget& target, const RunInputs& inputs, const QByteArray& bytes) {
    PendingFile file(target, inputs);
    file.write(bytes.constData(), std::size_t(bytes.size()));
    file.commit();
}

} // namespace reelcut
