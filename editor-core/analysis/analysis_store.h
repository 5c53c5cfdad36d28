#pragma once

// Analyses of media (beats, speech, motion) kept on disk so that nothing is computed twice.
// An entry is named by the media's content (not its path), the kind of analysis and its
// settings, so a changed file or setting never reuses a stale result, and a renamed or
// moved file keeps it. Entries are small JSON files written atomically; a damaged one is
// treated as missing and computed again (a cache must never stop the user).

#include <QJsonObject>
#include <boost/filesystem/path.hpp>
#include <optional>
#include <string>

namespace reelcut {

// Content identity of a media file: its size and a hash of its first and last MiB.
// Throws std::runtime_error naming the file when it cannot be read.
std::string mediaContentId(const boost::filesystem::path& media);

class AnalysisStore {
public:
    // An empty dir stores nothing (every lookup misses).
    explicit AnalysisStore(boost::filesystem::path dir) : dir_(std::move(dir)) {}

    // The user's cache folder for analyses: $XDG_CACHE_HOME/reelcut/analysis (usually
    // ~/.cache/reelcut/analysis).
    static boost::filesystem::path defaultDir();

    // The entry name for an analysis of `media`; `kind` and `settings` are short ASCII
    // texts (e.g. "beats", "rate=22050;v=1").
    static std::string keyFor(const boost::filesystem::path& media, const std::string& kind,
                              const std::string& settings);

    std::optional<QJsonObject> load(const std::string& key) const;
    // Writes atomically; a failure (read-only folder, full disk) is ignored: the result is
    // still returned to the caller, only not kept.
    void save(const std::string& key, const QJsonObject& value) const;

    const boost::filesystem::path& dir() const { return dir_; }

private:
    boost::filesystem::path dir_;
};

} // namespace reelcut
