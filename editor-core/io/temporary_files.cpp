#include "io/temporary_files.h"

#include <cerrno>
#include <csignal>
#include <dirent.h>
#include <fcntl.h>
#include <memory>
#include <string>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

namespace reelcut {

namespace fs = boost::filesystem;

namespace {

std::optional<pid_t> parsePid(const std::string& digits) {
    if (digits.empty() || digits.size() > 9 ||
        digits.find_first_not_of("0123456789") != std::string::npos) {
        return std::nullopt;
    }
    const long v = std::stol(digits);
    if (v <= 0) {
        return std::nullopt;
    }
    return static_cast<pid_t>(v);
}

// "PID" or "PID-TID": the process id.
std::optional<pid_t> parseOwner(const std::string& ids) {
    const auto dash = ids.find('-');
    if (dash == std::string::npos) {
        return parsePid(ids);
    }
    if (!parsePid(ids.substr(dash + 1))) {
        return std::nullopt;
    }
    return parsePid(ids.substr(0, dash));
}

// Unlinks `name` in `dirFd` if it is a plain file (not a link) that no process holds
// locked (a writer holds a lock on its temporary while it writes).
bool removeUnlocked(int dirFd, const std::string& name) {
    struct stat st {};
    if (::fstatat(dirFd, name.c_str(), &st, AT_SYMLINK_NOFOLLOW) != 0 || !S_ISREG(st.st_mode)) {
        return false; // a symbolic link or anything else is not a file we wrote
    }
    const int fd = ::openat(dirFd, name.c_str(), O_RDONLY | O_NOFOLLOW | O_CLOEXEC | O_NONBLOCK);
    if (fd < 0) {
        return false;
    }
    struct stat opened {};
    bool removed = false;
    const bool same =
        ::fstat(fd, &opened) == 0 && opened.st_ino == st.st_ino && opened.st_dev == st.st_dev;
    if (same && ::flock(fd, LOCK_EX | LOCK_NB) == 0) {
        removed = ::unlinkat(dirFd, name.c_str(), 0) == 0;
    }
    ::close(fd);
    return removed;
}

bool processRunning(pid_t pid) {
    // EPERM: it exists but belongs to someone else; only ESRCH means gone.
    return ::kill(pid, 0) == 0 || errno != ESRCH;
}

struct DirCloser {
    void operator()(DIR* d) const { ::closedir(d); }
};

} // namespace

fs::path temporaryPathFor(const fs::path& target, pid_t pid, pid_t tid) {
    const fs::path name = target.filename();
    return target.parent_path() / ("." + name.stem().string() + ".partial-" + std::to_string(pid) +
                                   "-" + std::to_string(tid) + name.extension().string());
}

fs::path temporaryPathFor(const fs::path& target, pid_t pid) {
    return temporaryPathFor(target, pid, pid);
}

fs::path temporaryPathFor(const fs::path& target) {
    return temporaryPathFor(target, ::getpid(), ::gettid());
}

std::optional<pid_t> temporaryOwner(const std::string& name) {
    if (name.size() < 2 || name[0] != '.') {
        return std::nullopt;
    }
    // ".NAME.partial-PID[-TID]" optionally followed by ".EXT" (no further dots).
    const auto partial = name.rfind(".partial-");
    if (partial != std::string::npos && partial > 0) {
        const std::string rest = name.substr(partial + 9);
        const auto dot = rest.find('.');
        if (dot == std::string::npos || rest.find('.', dot + 1) == std::string::npos) {
            return parseOwner(rest.substr(0, dot));
        }
    }
    // ".NAME.tmp-PID[-TID]" (project saves before the temporaries were unified).
    const auto tmp = name.rfind(".tmp-");
    if (tmp != std::string::npos && tmp > 0) {
        return parseOwner(name.substr(tmp + 5));
    }
    return std::nullopt;
}

int removeStaleTemporaries(const fs::path& folder) {
    const std::string dirName = folder.empty() ? std::string(".") : folder.string();
    std::unique_ptr<DIR, DirCloser> dir(::opendir(dirName.c_str()));
    if (!dir) {
        return 0;
    }
    const int dirFd = ::dirfd(dir.get());
    const pid_t self = ::getpid();
    int removed = 0;
    while (const dirent* e = ::readdir(dir.get())) {
        const std::string name = e->d_name;
        const std::optional<pid_t> owner = temporaryOwner(name);
        // Any thread of this process may be writing one of its own right now.
        if (!owner || *owner == self || processRunning(*owner)) {
            continue;
        }
        removed += removeUnlocked(dirFd, name) ? 1 : 0;
    }
    return removed;
}

int removeTemporariesOf(const fs::path& target, pid_t pid) {
    const fs::path folder = target.parent_path();
    const std::string dirName = folder.empty() ? std::string(".") : folder.string();
    std::unique_ptr<DIR, DirCloser> dir(::opendir(dirName.c_str()));
    if (!dir) {
        return 0;
    }
    const fs::path file = target.filename();
    const std::string prefix = "." + file.stem().string() + ".partial-" + std::to_string(pid);
    const std::string ext = file.extension().string();
    const int dirFd = ::dirfd(dir.get());
    int removed = 0;
    while (const dirent* e = ::readdir(dir.get())) {
        const std::string name = e->d_name;
        if (name.size() < prefix.size() + ext.size() ||
            name.compare(0, prefix.size(), prefix) != 0 ||
            name.compare(name.size() - ext.size(), ext.size(), ext) != 0) {
            continue;
        }
        // What lies between is nothing (the main thread's older name) or "-TID".
        const std::string between =
            name.substr(prefix.size(), name.size() - prefix.size() - ext.size());
        if (!between.empty() && (between[0] != '-' || !parsePid(between.substr(1)))) {
            continue;
        }
        removed += removeUnlocked(dirFd, name) ? 1 : 0;
    }
    return removed;
}

} // namespace reelcut
