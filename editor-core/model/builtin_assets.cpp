#include "model/builtin_assets.h"

#include <QCoreApplication>
#include <boost/filesystem/operations.hpp>
#include <cstdlib>
#include <vector>

namespace reelcut {

namespace fs = boost::filesystem;

namespace {

bool isAssetFolder(const fs::path& dir) {
    boost::system::error_code ec;
    return !dir.empty() && fs::is_directory(dir / "stickers", ec);
}

fs::path programDir() {
    if (QCoreApplication::instance() != nullptr) {
        return fs::path(QCoreApplication::applicationDirPath().toStdString());
    }
    boost::system::error_code ec;
    const fs::path exe = fs::read_symlink("/proc/self/exe", ec);
    return ec ? fs::path() : exe.parent_path();
}

// The part of a builtin: name after the prefix, if it stays inside the asset folder.
std::optional<fs::path> builtinRelative(std::string_view media) {
    if (!isBuiltinReference(media)) {
        return std::nullopt;
    }
    const fs::path rel = fs::path(std::string(media.substr(kBuiltinPrefix.size())));
    if (rel.empty() || rel.is_absolute() || rel.has_root_path()) {
        return std::nullopt;
    }
    for (const fs::path& part : rel) {
        if (part == ".." || part == ".") {
            return std::nullopt;
        }
    }
    return rel;
}

std::string referenceFor(const fs::path& relative) {
    return std::string(kBuiltinPrefix) + relative.generic_string();
}

} // namespace

fs::path builtinAssetsDir() {
    std::vector<fs::path> candidates;
    if (const char* env = std::getenv("REELCUT_ASSETS_DIR"); env != nullptr && *env != 0) {
        candidates.emplace_back(env);
    }
    if (const fs::path dir = programDir(); !dir.empty()) {
        candidates.push_back(dir / ".." / "share" / "reelcut");
    }
#ifdef REELCUT_INSTALL_DATADIR
    candidates.emplace_back(REELCUT_INSTALL_DATADIR);
#endif
#ifdef REELCUT_SOURCE_RESOURCES
    candidates.emplace_back(REELCUT_SOURCE_RESOURCES);
#endif
    for (const fs::path& c : candidates) {
        if (isAssetFolder(c)) {
            boost::system::error_code ec;
            const fs::path canonical = fs::canonical(c, ec);
            return ec ? c.lexically_normal() : canonical;
        }
    }
    return {};
}

bool isBuiltinReference(std::string_view media) {
    return media.substr(0, kBuiltinPrefix.size()) == kBuiltinPrefix;
}

fs::path resolveMediaPath(const std::string& media) {
    const std::optional<fs::path> rel = builtinRelative(media);
    if (!rel) {
        return fs::path(media);
    }
    const fs::path dir = builtinAssetsDir();
    return dir.empty() ? fs::path(media) : dir / *rel;
}

std::optional<std::string> builtinReferenceFor(const fs::path& file) {
    const fs::path dir = builtinAssetsDir();
    if (dir.empty() || file.empty()) {
        return std::nullopt;
    }
    boost::system::error_code ec;
    const fs::path absolute = fs::absolute(file).lexically_normal();
    const fs::path real = fs::weakly_canonical(absolute, ec);
    const fs::path inside = (ec ? absolute : real).lexically_relative(dir);
    if (!inside.empty() && *inside.begin() != ".." && inside != ".") {
        return referenceFor(inside);
    }
    // A path into another copy of resources/ that is gone (an old project made in a source
    // tree, then moved): .../resources/stickers/star.svg is our stickers/star.svg. A file
    // that exists is the user's own and stays theirs.
    if (fs::exists(absolute, ec)) {
        return std::nullopt;
    }
    std::vector<fs::path> parts(absolute.begin(), absolute.end());
    // At least <folder>/<file> after it.
    for (std::size_t i = parts.size(); i-- > 0;) {
        if (parts[i] != "resources" || i + 3 > parts.size()) {
            continue;
        }
        fs::path rel;
        for (std::size_t k = i + 1; k < parts.size(); ++k) {
            rel /= parts[k];
        }
        if (fs::is_regular_file(dir / rel, ec)) {
            return referenceFor(rel);
        }
        break; // only the innermost resources/ folder counts
    }
    return std::nullopt;
}

std::string mediaReferenceFor(const std::string& file) {
    if (file.empty() || isBuiltinReference(file)) {
        return file;
    }
    const fs::path absolute = fs::absolute(fs::path(file)).lexically_normal();
    if (const auto builtin = builtinReferenceFor(absolute)) {
        return *builtin;
    }
    return absolute.string();
}

bool mediaExists(const std::string& media) {
    boost::system::error_code ec;
    const fs::path p = resolveMediaPath(media);
    return !isBuiltinReference(p.string()) && fs::exists(p, ec);
}

} // namespace reelcut
