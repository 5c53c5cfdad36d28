#pragma once

// Runs a program with a time limit and an address-space limit (RLIMIT_AS), and reports
// how long it ran and the most memory it held (peak resident set, from wait4): what a test
// needs to show that no input drives a command past a bound.

#include <QString>
#include <QStringList>

namespace reelcut::test {

struct LimitedRun {
    int exitCode = -1; // -1 when killed by a signal (see signal)
    int signal = 0;
    bool timedOut = false;
    double seconds = 0;
    qint64 peakBytes = 0; // maximum resident set size
    QString out;
    QString err;
};

// Without sanitizers the child gets RLIMIT_AS = addressSpace (0: none); AddressSanitizer
// reserves terabytes of address space, so under it only the peak resident size is
// measured. The child is killed after timeoutMs.
LimitedRun runLimited(const QString& program, const QStringList& args, int timeoutMs,
                      qint64 addressSpace = 0);

// reelcut-cli from the build tree.
QString cliProgram();
// True in a build with AddressSanitizer (slower, no RLIMIT_AS).
bool sanitizedBuild();

} // namespace reelcut::test
