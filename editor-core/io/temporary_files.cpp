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

bool processRunning(pid_t pid) {
    // EPERM: it exists but belongs to someone else; only ESRCH means gone.
    return ::kill(pid, 0) == 0 || errno != ESRCH;
}

struct DirCloser {
    void operator()(DIR* d) const { ::closedir(d); }
};

} // namespace

fs::path temporaryPathFor(const fs::path& target, pid_t pid) {
    const fs::path name = target.filename();
    return target.parent_path() / ("." + name.stem().string() + ".partial-" + std::to_string(pid) +
                                   name.extension().string());
}

fs::path temporaryPathFor(const fs::path& target) {
    return temporaryPathFor(target, ::getpid());
}

std::optional<pid_t> temporaryOwner(const std::string& name) {
    if (name.size() < 2 || name[0] != '.') {
        return std::nullopt;
    }
    // ".NAME.partial-PID" optionally followed by ".EXT" (no further dots).
    const auto partial = name.rfind(".partial-");
    if (partial != std::string::npos && partial > 0) {
        const std::string rest = name.substr(partial + 9);
        const auto dot = rest.find('.');
        if (dot == std::string::npos || rest.find('.', dot + 1) == std::string::npos) {
            return parsePid(rest.substr(0, dot));
        }
    }
    // ".NAME.tmp-PID" (project saves before the temporaries were unified).
    const auto tmp = name.rfind(".tmp-");
    if (tmp != std::string::npos && tmp > 0) {
        return parsePid(name.substr(tmp + 5));
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
        if (!owner || *owner == self || processRunning(*owner)) {
            continue;
        }
        struct stat st {};
        if (::fstatat(dirFd, name.c_str(), &st, AT_SYMLINK_NOFOLLOW) != 0 || !S_ISREG(st.st_mode)) {
            continue; // a symbolic link or anything else is not a file we wrote
        }
        const int fd =
            ::openat(dirFd, name.c_str(), O_RDONLY | O_NOFOLLOW | O_CLOEXEC | O_NONBLOCK);
        if (fd < 0) {
            continue;
        }
        struct stat opened {};
        const bool same =
            ::fstat(fd, &opened) == 0 && opened.st_ino == st.st_ino && opened.st_dev == st.st_dev;
        if (same && ::flock(fd, LOCK_EX | LOCK_NB) == 0) {
            if (::unlinkat(dirFd, name.c_str(), 0) == 0) {
                ++removed;
            }
        }
        ::close(fd);
    }
    return removed;
}

} // namespace reelcut
