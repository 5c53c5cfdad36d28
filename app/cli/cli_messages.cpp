#include "cli_messages.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QLocale>
#include <QTranslator>
#include <csignal>
#include <cstdio>

namespace reelcut::cli {

namespace {

bool jsonMessages() {
    return qEnvironmentVariable("REELCUT_MESSAGE_FORMAT") == QLatin1String("json");
}

void printLine(const char* level, const char* prefix, const Message& message) {
    if (jsonMessages()) {
        const QJsonObject line{{QStringLiteral("level"), QString::fromLatin1(level)},
                               {QStringLiteral("message"), message.toJson()}};
        std::fprintf(stderr, "@json %s\n",
                     QJsonDocument(line).toJson(QJsonDocument::Compact).constData());
    } else {
        std::fprintf(stderr, "%s%s\n", prefix, message.translated().toUtf8().constData());
    }
    std::fflush(stderr);
}

std::atomic<bool>& cancelFlag() {
    static std::atomic<bool> flag{false};
    return flag;
}

void onTerminationSignal(int) {
    cancelFlag().store(true); // lock-free: safe in a signal handler
}

} // namespace

void installTranslator() {
    static QTranslator translator; // lives as long as the program
    // Installed: beside the program; in a build tree (REELCUT_DEV_PATHS) also its own.
    const QStringList dirs{
        QCoreApplication::applicationDirPath() + QStringLiteral("/../share/reelcut/translations"),
#ifdef REELCUT_TRANSLATIONS_DIR
        QStringLiteral(REELCUT_TRANSLATIONS_DIR)
#endif
    };
    for (const QString& dir : dirs) {
        if (translator.load(QLocale(), QStringLiteral("reelcut"), QStringLiteral("_"), dir)) {
            QCoreApplication::installTranslator(&translator);
            return;
        }
    }
}

int fail(const Message& message, int code) {
    printLine("fatal", "reelcut-cli: ", message);
    return code;
}

int fail(const QString& text, int code) {
    return fail(verbatim(text.toStdString()), code);
}

void warn(const Message& message) {
    printLine("warning", "warning: ", message);
}

void reportError(const Message& message) {
    printLine("error", "error: ", message);
}

const std::atomic<bool>& cancelRequested() {
    return cancelFlag();
}

void catchTerminationSignals() {
    struct sigaction sa {};
    sa.sa_handler = onTerminationSignal;
    sigemptyset(&sa.sa_mask);
    ::sigaction(SIGINT, &sa, nullptr);
    ::sigaction(SIGTERM, &sa, nullptr);
}

} // namespace reelcut::cli
