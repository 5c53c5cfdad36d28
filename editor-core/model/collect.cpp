#include "model/collect.h"

#include "model/builtin_assets.h"

#include <boost/filesystem/operations.hpp>
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
            throw CollectError(folder.string() + ": exists and is not a folder");
        }
        fs::create_directories(folder, ec);
        if (ec) {
            throw CollectError(folder.string() + ": cannot create the folder: " + ec.message());
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

    std::map<std::string, std::string> moved;
    std::set<fs::path> taken;
    for (const std::string& media : used) {
        const fs::path source = fs::absolute(media).lexically_normal();
        if (!fs::is_regular_file(source, ec)) {
            throw CollectError(media + ": " +
                               (fs::exists(source, ec) ? "not a file" : "file not found") +
                               "; relink it first");
        }
        if (insideFolder(source, folder)) {
            ++counts.alreadyThere;
            continue;
        }
        const fs::path target = freeName(folder, source, taken);
        const fs::path temp =
            folder / ("." + target.filename().string() + ".part-" + std::to_string(::getpid()));
        fs::copy_file(source, temp, fs::copy_options::overwrite_existing, ec);
        if (!ec) {
            fs::rename(temp, target, ec);
        }
        if (ec) {
            boost::system::error_code ignored;
            fs::remove(temp, ignored);
            throw CollectError(media + ": cannot copy to " + target.string() + ": " + ec.message());
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
