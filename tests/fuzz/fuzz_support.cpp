#include "fuzz_support.h"

#include "builtin_effects.h"
#include "media/ffmpeg_log.h"

#include <QGuiApplication>
#include <cstdio>
#include <cstdlib>
#include <fcntl.h>
#include <map>
#include <memory>
#include <unistd.h>

namespace reelcut::fuzz {

void setUp() {
    static std::unique_ptr<QGuiApplication> app = [] {
        setenv("QT_QPA_PLATFORM", "offscreen", 1);
        static int argc = 1;
        static char name[] = "reelcut-fuzz";
        static char* argv[] = {name, nullptr};
        auto a = std::make_unique<QGuiApplication>(argc, argv);
        registerBuiltinEffects();
        configureFfmpegLogging();
        qInstallMessageHandler([](QtMsgType, const QMessageLogContext&, const QString&) {});
        return a;
    }();
}

boost::filesystem::path inputFile(const std::uint8_t* data, std::size_t size,
                                  const std::string& extension) {
    static std::map<std::string, std::string> paths;
    std::string& path = paths[extension];
    if (path.empty()) {
        const char* dir = access("/dev/shm", W_OK) == 0 ? "/dev/shm" : "/tmp";
        path = std::string(dir) + "/reelcut-fuzz-" + std::to_string(getpid()) + extension;
    }
    const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    if (fd < 0) {
        std::abort();
    }
    std::size_t done = 0;
    while (done < size) {
        const ssize_t n = ::write(fd, data + done, size - done);
        if (n <= 0) {
            std::abort();
        }
        done += std::size_t(n);
    }
    ::close(fd);
    return path;
}

} // namespace reelcut::fuzz
