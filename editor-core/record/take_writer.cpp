#include "record/take_writer.h"

#include "export/mp4_writer.h"
#include "io/output_file.h"
#include "media/media_error.h"
#include "record/fragmented_mp4.h"
#include "util/system_error.h"

#include <algorithm>
#include <boost/filesystem/directory.hpp>
#include <boost/filesystem/operations.hpp>
#include <cerrno>
#include <fcntl.h>
#include <regex>
#include <sys/file.h>
#include <unistd.h>

namespace fs = boost::filesystem;

namespace reelcut {

namespace {

const std::string kRecordingSuffix = ".recording.mp4";

// take-001.mp4 -> 1; take-001.recording.mp4 -> 1 (recording set); anything else -> -1.
int takeNumber(const std::string& name, bool* recording = nullptr) {
    static const std::regex pattern(R"(take-(\d{1,6})(-recovered)?(\.recording)?\.mp4)");
    std::smatch m;
    if (!std::regex_match(name, m, pattern)) {
        return -1;
    }
    if (recording != nullptr) {
        *recording = m[3].matched;
    }
    return std::stoi(m[1].str());
}

[[noreturn]] void failFile(const fs::path& file, int errnum) {
    throw OutputError(Message(QT_TRANSLATE_NOOP3("Engine", "%1: cannot write the take: %2",
                                                 "record.write-failed"))
                          .arg(file.string())
                          .arg(systemErrorMessage(errnum)));
}

void syncFolder(const fs::path& folder) {
    const int dir = ::open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dir >= 0) {
        ::fsync(dir);
        ::close(dir);
    }
}

} // namespace

fs::path nextTakePath(const fs::path& folder) {
    boost::system::error_code ec;
    fs::create_directories(folder, ec);
    if (ec) {
        failFile(folder, ec.value());
    }
    int highest = 0;
    for (const fs::directory_entry& e : fs::directory_iterator(folder)) {
        highest = std::max(highest, takeNumber(e.path().filename().string()));
    }
    char name[32];
    std::snprintf(name, sizeof name, "take-%03d.mp4", highest + 1);
    return folder / name;
}

fs::path recordingPathFor(const fs::path& take) {
    return take.parent_path() / (take.stem().string() + kRecordingSuffix);
}

std::vector<fs::path> listTakes(const fs::path& folder) {
    std::vector<std::pair<int, fs::path>> found;
    boost::system::error_code ec;
    for (fs::directory_iterator it(folder, ec), end; !ec && it != end; it.increment(ec)) {
        bool recording = false;
        const int n = takeNumber(it->path().filename().string(), &recording);
        if (n >= 0 && !recording) {
            found.emplace_back(n, it->path());
        }
    }
    std::sort(found.begin(), found.end());
    std::vector<fs::path> takes;
    for (auto& f : found) {
        takes.push_back(std::move(f.second));
    }
    return takes;
}

std::vector<fs::path> recoverInterruptedTakes(const fs::path& folder) {
    std::vector<fs::path> recovered;
    boost::system::error_code ec;
    std::vector<fs::path> leftovers;
    for (fs::directory_iterator it(folder, ec), end; !ec && it != end; it.increment(ec)) {
        bool recording = false;
        if (takeNumber(it->path().filename().string(), &recording) >= 0 && recording &&
            fs::is_regular_file(fs::symlink_status(it->path()))) {
            leftovers.push_back(it->path());
        }
    }
    std::sort(leftovers.begin(), leftovers.end());
    for (const fs::path& file : leftovers) {
        const int fd = ::open(file.c_str(), O_RDWR | O_CLOEXEC | O_NOFOLLOW);
        if (fd < 0) {
            continue;
        }
        // A take being recorded (here or by another process) holds its lock.
        if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
            ::close(fd);
            continue;
        }
        try {
            const FragmentScan scan = trimToCompleteFragments(file);
            if (scan.fragments == 0) {
                fs::remove(file, ec);
            } else {
                const std::string stem = file.filename().string().substr(
                    0, file.filename().string().size() - kRecordingSuffix.size());
                fs::path target = folder / (stem + ".mp4");
                if (fs::exists(fs::symlink_status(target))) {
                    target = folder / (stem + "-recovered.mp4");
                }
                if (!fs::exists(fs::symlink_status(target))) {
                    ::fsync(fd);
                    fs::rename(file, target, ec);
                    if (!ec) {
                        recovered.push_back(target);
                    }
                }
            }
        } catch (const Error&) {
            fs::remove(file, ec); // not even a header: nothing to recover
        }
        ::close(fd);
    }
    syncFolder(folder);
    return recovered;
}

TakeWriter::TakeWriter(fs::path take, EncodeSettings settings)
    : take_(std::move(take)), recording_(recordingPathFor(take_)) {
    settings.fragmented = true;
    settings.gopSeconds = 1;
    if (fs::exists(fs::symlink_status(take_))) {
        failFile(take_, EEXIST);
    }
    fd_ = ::open(recording_.c_str(), O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0644);
    if (fd_ < 0) {
        failFile(recording_, errno);
    }
    ::flock(fd_, LOCK_EX | LOCK_NB);
    try {
        writer_ = std::make_unique<Mp4Writer>(recording_, settings);
    } catch (...) {
        abandon();
        throw;
    }
}

TakeWriter::~TakeWriter() {
    writer_.reset();
    if (fd_ >= 0) {
        ::close(fd_);
    }
}

void TakeWriter::writeVideo(const QImage& frame) {
    writer_->writeVideo(frame);
}

void TakeWriter::writeAudio(const float* interleaved, int frames) {
    writer_->writeAudio(interleaved, frames);
}

std::int64_t TakeWriter::framesWritten() const {
    return writer_ ? writer_->videoFramesWritten() : 0;
}

void TakeWriter::finish() {
    if (done_) {
        return;
    }
    writer_->finish();
    if (::fsync(fd_) != 0) {
        failFile(recording_, errno);
    }
    if (fs::exists(fs::symlink_status(take_))) {
        failFile(take_, EEXIST);
    }
    boost::system::error_code ec;
    fs::rename(recording_, take_, ec);
    if (ec) {
        failFile(take_, ec.value());
    }
    syncFolder(take_.parent_path());
    done_ = true;
    ::close(fd_);
    fd_ = -1;
}

void TakeWriter::abandon() {
    writer_.reset();
    boost::system::error_code ec;
    if (!done_) {
        fs::remove(recording_, ec);
    }
    done_ = true;
    if (fd_ >= 0) {
        ::close(fd_);
        fd_ = -1;
    }
}

} // namespace reelcut
