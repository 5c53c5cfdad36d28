#include "support/limited_run.h"

#include <QElapsedTimer>
#include <cerrno>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <poll.h>
#include <stdexcept>
#include <string>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

namespace reelcut::test {

bool sanitizedBuild() {
#if defined(__SANITIZE_ADDRESS__)
    return true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
    return true;
#else
    return false;
#endif
#else
    return false;
#endif
}

QString cliProgram() {
    return qEnvironmentVariable("REELCUT_BINARY_DIR") + QStringLiteral("/app/cli/reelcut-cli");
}

LimitedRun runLimited(const QString& program, const QStringList& args, int timeoutMs,
                      qint64 addressSpace) {
    std::vector<std::string> argv{program.toStdString()};
    for (const QString& a : args) {
        argv.push_back(a.toStdString());
    }
    std::vector<char*> cargv;
    for (std::string& a : argv) {
        cargv.push_back(a.data());
    }
    cargv.push_back(nullptr);
    int outPipe[2], errPipe[2];
    if (::pipe2(outPipe, O_CLOEXEC) != 0 || ::pipe2(errPipe, O_CLOEXEC) != 0) {
        throw std::runtime_error("pipe failed");
    }
    const bool limitAs = addressSpace > 0 && !sanitizedBuild();
    QElapsedTimer timer;
    timer.start();
    const pid_t pid = ::fork();
    if (pid < 0) {
        throw std::runtime_error("fork failed");
    }
    if (pid == 0) {
        ::dup2(outPipe[1], 1);
        ::dup2(errPipe[1], 2);
        if (limitAs) {
            rlimit r{rlim_t(addressSpace), rlim_t(addressSpace)};
            ::setrlimit(RLIMIT_AS, &r);
        }
        ::execv(cargv[0], cargv.data());
        ::_exit(127);
    }
    ::close(outPipe[1]);
    ::close(errPipe[1]);
    LimitedRun result;
    QByteArray out, err;
    pollfd fds[2] = {{outPipe[0], POLLIN, 0}, {errPipe[0], POLLIN, 0}};
    int open = 2;
    while (open > 0) {
        const qint64 left = timeoutMs - timer.elapsed();
        if (left <= 0) {
            result.timedOut = true;
            ::kill(pid, SIGKILL);
            break;
        }
        if (::poll(fds, 2, int(std::min<qint64>(left, 1000))) < 0 && errno != EINTR) {
            break;
        }
        for (pollfd& f : fds) {
            if (f.fd >= 0 && (f.revents & (POLLIN | POLLHUP | POLLERR)) != 0) {
                char buf[65536];
                const ssize_t n = ::read(f.fd, buf, sizeof buf);
                if (n > 0) {
                    (f.fd == outPipe[0] ? out : err).append(buf, n);
                } else {
                    ::close(f.fd);
                    f.fd = -1;
                    --open;
                }
            }
        }
    }
    for (pollfd& f : fds) {
        if (f.fd >= 0) {
            ::close(f.fd);
        }
    }
    int status = 0;
    rusage usage{};
    ::wait4(pid, &status, 0, &usage);
    result.seconds = double(timer.nsecsElapsed()) / 1e9;
    result.peakBytes = qint64(usage.ru_maxrss) * 1024;
    if (WIFEXITED(status)) {
        result.exitCode = WEXITSTATUS(status);
    } else if (WIFSIGNALED(status)) {
        result.signal = WTERMSIG(status);
    }
    result.out = QString::fromUtf8(out);
    result.err = QString::fromUtf8(err);
    return result;
}

} // namespace reelcut::test
