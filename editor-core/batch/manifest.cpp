#include "batch/manifest.h"

#include "util/message_list.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <boost/filesystem/directory.hpp>
#include <boost/filesystem/operations.hpp>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <fstream>
#include <stdexcept>
#include <sys/stat.h>
#include <unistd.h>

namespace reelcut::batch {

namespace fs = boost::filesystem;

fs::path stateDirFor(const fs::path& outDir) {
    return outDir / ".reelcut-batch";
}

fs::path stagedPathFor(const fs::path& finalPath) {
    return finalPath.parent_path() / ("." + finalPath.filename().string() + ".staged.mp4");
}

bool fileStamp(const fs::path& file, std::int64_t& size, std::int64_t& mtimeNs) {
    struct ::stat st {};
    if (::stat(file.c_str(), &st) != 0 || !S_ISREG(st.st_mode)) {
        return false;
    }
    size = st.st_size;
    mtimeNs = std::int64_t(st.st_mtim.tv_sec) * 1000000000LL + st.st_mtim.tv_nsec;
    return true;
}

void syncFile(const fs::path& file) {
    const int fd = ::open(file.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        throw Error(Message(QT_TRANSLATE_NOOP3("Engine", "%1: cannot open to flush: %2",
                                               "batch.flush-open"))
                        .arg(file.string())
                        .arg(std::strerror(errno)));
    }
    const int rc = ::fsync(fd);
    const int e = errno;
    ::close(fd);
    if (rc != 0) {
        throw Error(Message(QT_TRANSLATE_NOOP3("Engine", "%1: flush to disk: %2", "batch.flush"))
                        .arg(file.string())
                        .arg(std::strerror(e)));
    }
}

void syncDir(const fs::path& dir) {
    const int fd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
}

std::string recordToJsonLine(const ManifestRecord& r) {
    const QJsonObject o{{"output", QString::fromStdString(r.output)},
                        {"inputs", QString::fromStdString(r.inputs)},
                        {"sha256", QString::fromStdString(r.sha256)},
                        {"size", qint64(r.size)},
                        {"mtime_ns", QString::number(r.mtimeNs)}, // beyond a double's digits
                        {"row", r.row},
                        {"ratio", QString::fromStdString(r.ratio)},
                        {"preset", QString::fromStdString(r.preset)},
                        {"version", QString::fromStdString(r.version)},
                        {"seconds", r.seconds},
                        {"duration", r.duration},
                        {"time", QString::fromStdString(r.time)},
                        {"warnings", englishToJson(r.warnings)},
                        {"warningMessages", messagesToJson(r.warnings)}};
    return QJsonDocument(o).toJson(QJsonDocument::Compact).toStdString();
}

bool recordFromJson(const std::string& line, ManifestRecord& r) {
    QJsonParseError err{};
    const QJsonDocument doc =
        QJsonDocument::fromJson(QByteArray(line.data(), qsizetype(line.size())), &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject()) {
        return false;
    }
    const QJsonObject o = doc.object();
    r.output = o.value("output").toString().toStdString();
    r.inputs = o.value("inputs").toString().toStdString();
    if (r.output.empty() || r.inputs.empty()) {
        return false;
    }
    r.sha256 = o.value("sha256").toString().toStdString();
    r.size = o.value("size").toInteger();
    r.mtimeNs = o.value("mtime_ns").toString().toLongLong();
    r.row = o.value("row").toInt();
    r.ratio = o.value("ratio").toString().toStdString();
    r.preset = o.value("preset").toString().toStdString();
    r.version = o.value("version").toString().toStdString();
    r.seconds = o.value("seconds").toDouble();
    r.duration = o.value("duration").toDouble();
    r.time = o.value("time").toString().toStdString();
    std::vector<std::string> english;
    for (const QJsonValue& w : o.value("warnings").toArray()) {
        english.push_back(w.toString().toStdString());
    }
    r.warnings = messagesFromJson(o.value("warningMessages"), english);
    return true;
}

Manifest Manifest::load(const fs::path& outDir) {
    Manifest m;
    const fs::path dir = stateDirFor(outDir);
    boost::system::error_code ec;
    if (!fs::is_directory(dir, ec)) {
        return m;
    }
    std::vector<fs::path> files;
    for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
        const std::string name = it->path().filename().string();
        if (name.rfind("manifest-", 0) == 0 && it->path().extension() == ".jsonl") {
            files.push_back(it->path());
        }
    }
    std::sort(files.begin(), files.end());
    for (const fs::path& f : files) {
        std::ifstream in(f.string());
        std::string line;
        while (std::getline(in, line)) {
            ManifestRecord r;
            if (recordFromJson(line, r)) { // a line torn by a crash does not parse
                m.byOutput_.emplace(r.output, m.records_.size());
                m.records_.push_back(std::move(r));
            }
        }
    }
    return m;
}

const ManifestRecord* Manifest::done(const fs::path& outDir, const std::string& output,
                                     const std::string& inputs) const {
    const fs::path final = outDir / output;
    std::int64_t size = 0, mtime = 0;
    const bool present = fileStamp(final, size, mtime);
    const auto [first, last] = byOutput_.equal_range(output);
    const ManifestRecord* match = nullptr;
    for (auto it = first; it != last; ++it) {
        const ManifestRecord& r = records_[it->second];
        if (r.inputs != inputs) {
            continue;
        }
        if (present && r.size == size && r.mtimeNs == mtime) {
            match = &r;
        } else if (!present) {
            // Recorded, then interrupted before the rename: finish the rename now.
            const fs::path staged = stagedPathFor(final);
            std::int64_t ss = 0, sm = 0;
            if (fileStamp(staged, ss, sm) && ss == r.size && sm == r.mtimeNs &&
                ::rename(staged.c_str(), final.c_str()) == 0) {
                syncDir(final.parent_path());
                return &r;
            }
        }
    }
    return match;
}

ManifestWriter::ManifestWriter(const fs::path& outDir, int shardIndex, int shardCount) {
    const fs::path dir = stateDirFor(outDir);
    fs::create_directories(dir);
    file_ = dir / ("manifest-" + std::to_string(shardIndex) + "-of-" + std::to_string(shardCount) +
                   ".jsonl");
    fd_ = ::open(file_.c_str(), O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0644);
    if (fd_ < 0) {
        throw Error(Message(QT_TRANSLATE_NOOP3("Engine", "%1: cannot open: %2", "batch.file-open"))
                        .arg(file_.string())
                        .arg(std::strerror(errno)));
    }
    // A previous run killed mid-line left a torn last line; start on a fresh one.
    struct ::stat st {};
    if (::fstat(fd_, &st) == 0 && st.st_size > 0) {
        char last = '\n';
        const int rfd = ::open(file_.c_str(), O_RDONLY | O_CLOEXEC);
        if (rfd >= 0) {
            if (::pread(rfd, &last, 1, st.st_size - 1) != 1) {
                last = '\n';
            }
            ::close(rfd);
        }
        if (last != '\n' && ::write(fd_, "\n", 1) != 1) {
            throw Error(Message(QT_TRANSLATE_NOOP3("Engine", "%1: write: %2", "batch.file-write"))
                            .arg(file_.string())
                            .arg(std::strerror(errno)));
        }
    }
}

ManifestWriter::~ManifestWriter() {
    if (fd_ >= 0) {
        ::close(fd_);
    }
}

void ManifestWriter::append(const ManifestRecord& record) {
    const std::string line = recordToJsonLine(record) + "\n";
    std::lock_guard<std::mutex> lock(mutex_);
    std::size_t done = 0;
    while (done < line.size()) {
        const ssize_t n = ::write(fd_, line.data() + done, line.size() - done);
        if (n < 0) {
            if (errno == EINTR) {
                continue;
            }
            throw Error(Message(QT_TRANSLATE_NOOP3("Engine", "%1: write: %2", "batch.file-write"))
                            .arg(file_.string())
                            .arg(std::strerror(errno)));
        }
        done += std::size_t(n);
    }
    if (::fdatasync(fd_) != 0) {
        throw Error(Message(QT_TRANSLATE_NOOP3("Engine", "%1: flush to disk: %2", "batch.flush"))
                        .arg(file_.string())
                        .arg(std::strerror(errno)));
    }
}

} // namespace reelcut::batch
