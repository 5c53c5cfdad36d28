#include "model/collect.h"

#include "io/output_file.h"
#include "model/builtin_assets.h"
#include "util/system_error.h"

#include <array>
#include <boost/filesystem/operations.hpp>
#include <cerrno>
#include <fcntl.h>
#include <map>
#include <set>
#include <unistd.h>
#include <vector>

namespace reelcut {

namespace fs = boost::filesystem;

namespace {

bool insideFolder(const fs::path& file, const fs::path& folder) {
    const fs::path rel = file.lexically_normal().lexically_relative(folder.lexically_normal());
    return !rel.empty() && *rel.begin() != ".." && rel != ".";
}

// "clip.mp4", or "clip-2.mp4", "clip-3.mp4"... the first name not yet taken in the folder.
fs::path freeName(const fs::path& folder, const fs::path& file, std::set<fs::path>& taken) {
    const std::string stem = file.stem().string();
    const std::string ext = file.extension().string();
    boost::system::error_code ec;
    for (int n = 1;; ++n) {
        const fs::path name =
            n == 1 ? file.filename() : fs::path(stem + "-" + std::to_string(n) + ext);
        const fs::path target = folder / name;
        if (!taken.contains(target) && !fs::exists(target, ec)) {
            taken.insert(target);
            return target;
        }
    }
}

// "<file>: <reason>", the form of every collect error.
CollectError collectError(const std::string& file, Message reason) {
    return CollectError(
        Message(QT_TRANSLATE_NOOP3("Engine", "%1: %2", "collect.failed")).arg(file).arg(reason));
}

// Copies `source` into `target` through a PendingFile, so that a copy cut short (disk
// full, a kill) never sits in the folder under the final name.
void copyInto(const fs::path& source, const fs::path& target, const RunInputs& inputs) {
    const int in = ::open(source.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK);
    if (in < 0) {
        throw collectError(source.string(), systemErrorMessage(errno));
    }
    struct Closer {
        int fd;
        ~Closer() { ::close(fd); }
    } closer{in};
    PendingFile out(OutputTarget{target, OutputKind::Data, false}, inputs);
    std::vector<char> buf(1 << 20);
    for (;;) {
        const ssize_t n = ::read(in, buf.data(), buf.size());
        if (n < 0 && errno == EINTR) {
            continue;
        }
        if (n < 0) {
            throw collectError(source.string(), systemErrorMessage(errno));
        }
        if (n == 0) {
            break;
        }
        out.write(buf.data(), std::size_t(n));
    }
    out.commit();
}

// Removes what a failed collect made.
struct Rollback {
    std::vector<fs::path> files;
    fs::path createdFolder;
    bool done = false;
    ~Rollback() {
        if (done) {
            return;
        }
        boost::system::error_code ec;
        for (const fs::path& f : files) {
            fs::remove(f, ec);
        }
        if (!createdFolder.empty()) {
            fs::remove(createdFolder, ec); // only if empty
        }
    }
};

} // namespace

fs::path collectFolderFor(const fs::path& projectFile) {
    return projectFile.parent_path() / (projectFile.stem().string() + "-media");
}

Project collectMedia(const Project& project, const fs::path& folderIn, CollectReport* report) {
    const fs::path folder = fs::absolute(folderIn).lexically_normal();
    CollectReport counts;
    Rollback rollback;
    boost::system::error_code ec;
    if (!fs::is_directory(folder, ec)) {
        if (fs::exists(folder, ec)) {
            throw collectError(folder.string(),
                               Message(QT_TRANSLATE_NOOP3("Engine", "exists and is not a folder",
                                                          "collect.not-folder")));
        }
        fs::create_directories(folder, ec);
        if (ec) {
            throw collectError(folder.string(),
                               Message(QT_TRANSLATE_NOOP3("Engine", "cannot create the folder: %1",
                                                          "collect.cannot-create"))
                                   .arg(systemErrorMessage(ec.value())));
        }
        rollback.createdFolder = folder;
    }

    // Every file the project uses, once.
    std::vector<std::string> used;
    std::set<std::string> seen;
    auto use = [&](const std::string& media) {
        if (!media.empty() && !isBuiltinReference(media) && seen.insert(media).second) {
            used.push_back(media);
        }
    };
    for (const Track& t : project.tracks) {
        for (const Clip& c : t.clips) {
            use(c.media);
        }
    }
    for (const std::string& m : project.bin) {
        use(m);
    }

    // The copies may not replace anything the project reads (a free name never does; this
    // also holds if the folder is changed while we copy).
    RunInputs inputs;
    inputs.addProject(project);
    std::map<std::string, std::string> moved;
    std::set<fs::path> taken;
    for (const std::string& media : used) {
        const fs::path source = fs::absolute(media).lexically_normal();
        if (!fs::is_regular_file(source, ec)) {
            throw collectError(
                media, fs::exists(source, ec)
                           ? Message(QT_TRANSLATE_NOOP3(
                                 "Engine", "not a plain file; relink it first", "collect.not-file"))
                           : Message(QT_TRANSLATE_NOOP3("Engine", "file not found; relink it first",
                                                        "collect.missing")));
        }
        if (insideFolder(source, folder)) {
            ++counts.alreadyThere;
            continue;
        }
        const fs::path target = freeName(folder, source, taken);
        try {
            copyInto(source, target, inputs);
        } catch (const CollectError&) {
            throw;
        } catch (const std::exception& e) {
            throw collectError(media, messageOf(e)); // names the copy and the reason
        }
        rollback.files.push_back(target);
        counts.bytes += fs::file_size(target, ec);
        ++counts.copied;
        moved[media] = target.string();
    }

    Project out = project;
    auto rewrite = [&moved](std::string& media) {
        if (const auto it = moved.find(media); it != moved.end()) {
            media = it->second;
        }
    };
    for (Track& t : out.tracks) {
        for (Clip& c : t.clips) {
            rewrite(c.media);
        }
    }
    for (std::string& m : out.bin) {
        rewrite(m);
    }
    rollback.done = true;
    if (report != nullptr) {
        *report = counts;
    }
    return out;
}

} // namespace reelcut
