#include "model/project_file.h"

#include "model/project_json.h"

#include <boost/filesystem/operations.hpp>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <unistd.h>

namespace reelcut {

namespace fs = boost::filesystem;

namespace {

std::string errnoText(int e) {
    return std::strerror(e);
}

// Closes a POSIX descriptor on every path out of writeFileAtomically.
class Fd {
public:
    explicit Fd(int fd) : fd_(fd) {}
    ~Fd() {
        if (fd_ >= 0) {
            ::close(fd_);
        }
    }
    Fd(const Fd&) = delete;
    Fd& operator=(const Fd&) = delete;
    int get() const { return fd_; }
    int release() {
        const int fd = fd_;
        fd_ = -1;
        return fd;
    }

private:
    int fd_;
};

} // namespace

void writeFileAtomically(const fs::path& file, const QByteArray& bytes) {
    const fs::path dir = file.has_parent_path() ? file.parent_path() : fs::path(".");
    // The thread id too: a preview thread and an analysis job may save the same cache file at
    // once, and with one shared temporary one of them would rename the other's file away.
    const fs::path tmp = dir / fs::path("." + file.filename().string() + ".tmp-" +
                                        std::to_string(::getpid()) + "-" +
                                        std::to_string(::gettid()));
    auto fail = [&](const std::string& stage, int e) {
        ::unlink(tmp.c_str());
        throw std::runtime_error(file.string() + ": " + stage + ": " + errnoText(e));
    };
    Fd fd(::open(tmp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644));
    if (fd.get() < 0) {
        throw std::runtime_error(file.string() + ": cannot create " + tmp.string() + ": " +
                                 errnoText(errno));
    }
    const char* data = bytes.constData();
    qsizetype left = bytes.size();
    while (left > 0) {
        const ssize_t n = ::write(fd.get(), data, static_cast<size_t>(left));
        if (n < 0) {
            if (errno == EINTR) {
                continue;
            }
            fail("write", errno);
        }
        data += n;
        left -= n;
    }
    if (::fsync(fd.get()) != 0) {
        fail("flush to disk", errno);
    }
    if (::close(fd.release()) != 0) {
        fail("close", errno);
    }
    if (::rename(tmp.c_str(), file.c_str()) != 0) {
        fail("replace", errno);
    }
    // The rename itself is durable only once the directory is synced.
    Fd dirFd(::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
    if (dirFd.get() >= 0) {
        ::fsync(dirFd.get());
    }
}

Project loadProject(const fs::path& file) {
    boost::system::error_code ec;
    if (!fs::exists(file, ec)) {
        throw ProjectError(file.string() + ": file not found");
    }
    if (fs::is_directory(file, ec)) {
        throw ProjectError(file.string() + ": is a folder, not a project file");
    }
    std::ifstream in(file.string(), std::ios::binary);
    if (!in) {
        throw ProjectError(file.string() + ": cannot read: " + errnoText(errno));
    }
    std::ostringstream ss;
    ss << in.rdbuf();
    const std::string text = ss.str();
    if (text.empty()) {
        throw ProjectError(file.string() + ": the file is empty");
    }
    try {
        return projectFromJson(QByteArray::fromStdString(text),
                               fs::absolute(file).parent_path().lexically_normal());
    } catch (const ProjectError& e) {
        throw ProjectError(file.string() + ": " + e.what());
    }
}

void saveProject(const Project& project, const fs::path& file) {
    const fs::path dir = fs::absolute(file).parent_path().lexically_normal();
    try {
        writeFileAtomically(file, projectToJson(project, dir));
    } catch (const std::runtime_error& e) {
        throw ProjectError(std::string("could not save the project: ") + e.what());
    }
}

fs::path analysisDirFor(const fs::path& projectFile) {
    return projectFile.parent_path() / (projectFile.filename().string() + "-cache");
}

fs::path recoveryPathFor(const fs::path& projectFile) {
    return projectFile.parent_path() / ("." + projectFile.filename().string() + ".autosave");
}

} // namespace reelcut
