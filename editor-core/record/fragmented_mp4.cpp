#include "record/fragmented_mp4.h"

#include "util/system_error.h"

#include <array>
#include <cerrno>
#include <fcntl.h>
#include <unistd.h>

namespace reelcut {

namespace {

[[noreturn]] void fail(const boost::filesystem::path& file, int errnum) {
    throw Error(Message(QT_TRANSLATE_NOOP3("Engine", "%1: cannot read the recording: %2",
                                           "record.scan-failed"))
                    .arg(file.string())
                    .arg(systemErrorMessage(errnum)));
}

std::uint64_t be(const unsigned char* p, int n) {
    std::uint64_t v = 0;
    for (int i = 0; i < n; ++i) {
        v = (v << 8) | p[i];
    }
    return v;
}

} // namespace

FragmentScan scanFragmentedMp4(const boost::filesystem::path& file) {
    const int fd = ::open(file.c_str(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW);
    if (fd < 0) {
        fail(file, errno);
    }
    FragmentScan scan;
    const off_t end = ::lseek(fd, 0, SEEK_END);
    if (end < 0) {
        const int err = errno;
        ::close(fd);
        fail(file, err);
    }
    scan.fileBytes = std::uint64_t(end);
    std::uint64_t pos = 0;
    bool pendingMoof = false; // a moof whose mdat has not been seen complete yet
    while (pos + 8 <= scan.fileBytes) {
        std::array<unsigned char, 16> head{};
        const ssize_t got = ::pread(fd, head.data(), head.size(), off_t(pos));
        if (got < 8) {
            break;
        }
        std::uint64_t size = be(head.data(), 4);
        const std::string type(reinterpret_cast<const char*>(head.data() + 4), 4);
        if (size == 1) {
            if (got < 16) {
                break;
            }
            size = be(head.data() + 8, 8);
        } else if (size == 0) {
            size = scan.fileBytes - pos; // "to the end of the file": only a last mdat says so
        }
        if (size < 8 || pos + size > scan.fileBytes) {
            break; // the box being written when the writer stopped
        }
        pos += size;
        if (type == "moov") {
            scan.hasMoov = true;
            scan.playableBytes = pos;
        } else if (type == "moof") {
            pendingMoof = true;
        } else if (type == "mdat" && pendingMoof) {
            pendingMoof = false;
            ++scan.fragments;
            scan.playableBytes = pos;
        } else if (!pendingMoof && scan.hasMoov) {
            scan.playableBytes = pos; // mfra and other whole boxes after a fragment
        }
    }
    ::close(fd);
    if (!scan.hasMoov) {
        scan.playableBytes = 0;
    }
    return scan;
}

FragmentScan trimToCompleteFragments(const boost::filesystem::path& file) {
    FragmentScan scan = scanFragmentedMp4(file);
    if (!scan.hasMoov) {
        throw Error(Message(QT_TRANSLATE_NOOP3(
                                "Engine", "%1: the recording stopped before anything was saved",
                                "record.nothing-saved"))
                        .arg(file.string()));
    }
    if (scan.playableBytes < scan.fileBytes) {
        if (::truncate(file.c_str(), off_t(scan.playableBytes)) != 0) {
            fail(file, errno);
        }
        scan.fileBytes = scan.playableBytes;
    }
    return scan;
}

} // namespace reelcut
