#include "model/project_file.h"

#include "model/project_json.h"
#include "model/project_limits.h"
#include "util/system_error.h"

#include <boost/filesystem/operations.hpp>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <stdexcept>
#include <sys/stat.h>
#include <unistd.h>

namespace reelcut {

namespace fs = boost::filesystem;

void writeFileAtomically(const fs::path& file, const QByteArray& bytes) {
    writeFileSafely(OutputTarget{file, OutputKind::Data, true}, RunInputs(), bytes);
}

Project loadProject(const fs::path& file) {
    const std::string name = file.string();
    auto fail = [&](const Message& what) {
        throw ProjectError(Message(QT_TRANSLATE_NOOP3("Engine", "%1: %2", "project.file-error"))
                               .arg(name)
                               .arg(what));
    };
    boost::system::error_code ec;
    const fs::file_status status = fs::status(file, ec);
    if (!fs::exists(status)) {
        fail(Message(QT_TRANSLATE_NOOP3("Engine", "file not found", "error.not-found")));
    }
    if (fs::is_directory(status)) {
        fail(Message(
            QT_TRANSLATE_NOOP3("Engine", "is a folder, not a project file", "project.is-folder")));
    }
    if (!fs::is_regular_file(status)) {
        // A pipe or a device would block or never end.
        fail(Message(QT_TRANSLATE_NOOP3("Engine", "is not a plain file (a pipe or a device)",
                                        "project.not-plain")));
    }
    const int fd = ::open(file.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK);
    if (fd < 0) {
        fail(Message(QT_TRANSLATE_NOOP3("Engine", "cannot read: %1", "project.cannot-read"))
                 .arg(systemErrorMessage(errno)));
    }
    QByteArray text;
    struct stat st {};
    bool tooLarge = ::fstat(fd, &st) == 0 && st.st_size > limits::kMaxProjectFileBytes;
    if (!tooLarge) {
        char buf[65536];
        for (;;) {
            const ssize_t n = ::read(fd, buf, sizeof buf);
            if (n < 0 && errno == EINTR) {
                continue;
            }
            if (n < 0) {
                const int e = errno;
                ::close(fd);
                fail(Message(QT_TRANSLATE_NOOP3("Engine", "cannot read: %1", "project.cannot-read"))
                         .arg(systemErrorMessage(e)));
            }
            if (n == 0) {
                break;
            }
            text.append(buf, n);
            if (text.size() > limits::kMaxProjectFileBytes) {
                tooLarge = true;
                break;
            }
        }
    }
    ::close(fd);
    if (tooLarge) {
        fail(Message(QT_TRANSLATE_NOOP3("Engine",
                                        "the file is larger than %1 MB; that is not a "
                                        "project",
                                        "project.too-large"))
                 .arg(static_cast<long long>(limits::kMaxProjectFileBytes >> 20)));
    }
    if (text.isEmpty()) {
        fail(Message(QT_TRANSLATE_NOOP3("Engine", "the file is empty", "project.empty")));
    }
    try {
        return projectFromJson(text, fs::absolute(file).parent_path().lexically_normal());
    } catch (const ProjectError& e) {
        fail(e.message());
    }
    return {};
}

void saveProject(const Project& project, const OutputTarget& target, const RunInputs& inputs) {
    const fs::path dir = fs::absolute(target.path).parent_path().lexically_normal();
    const QByteArray json = projectToJson(project, dir);
    if (json.size() > limits::kMaxProjectFileBytes) {
        // A file that could not be opened again is no save: refused, and the file on disk
        // (if any) stays as it was.
        throw ProjectError(
            Message(QT_TRANSLATE_NOOP3("Engine",
                                       "could not save the project: it would be %1 MB, and "
                                       "projects are limited to %2 MB (see the limits in "
                                       "docs/project-format.md); split it into several",
                                       "project.save-too-large"))
                .arg(static_cast<long long>((json.size() + (1 << 20) - 1) >> 20))
                .arg(static_cast<long long>(limits::kMaxProjectFileBytes >> 20)));
    }
    try {
        writeFileSafely(target, inputs, json);
    } catch (const Error& e) {
        throw ProjectError(
            Message(QT_TRANSLATE_NOOP3("Engine", "could not save the project: %1", "project.save"))
                .arg(e.message()));
    }
}

void saveProject(const Project& project, const fs::path& file) {
    fs::path target = file;
    boost::system::error_code ec;
    if (fs::is_symlink(file, ec)) {
        target = fs::canonical(file, ec);
        if (ec) {
            target = file; // a dangling link: refused by the output check, with its name
        }
    }
    saveProject(project, OutputTarget{target, OutputKind::Data, true}, RunInputs());
}

fs::path analysisDirFor(const fs::path& projectFile) {
    return projectFile.parent_path() / (projectFile.filename().string() + "-cache");
}

fs::path recoveryPathFor(const fs::path& projectFile) {
    return projectFile.parent_path() / ("." + projectFile.filename().string() + ".autosave");
}

} // namespace reelcut
