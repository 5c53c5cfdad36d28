#pragma once

// Small helpers for the reelcut-cli suites: projects written as JSON text, files read back.

#include "support/limited_run.h"
#include "support/test_media.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QString>
#include <QTest>

namespace reelcut::test {

inline void writeFile(const QString& file, const QByteArray& bytes) {
    QFile f(file);
    if (!f.open(QIODevice::WriteOnly)) {
        throw std::runtime_error("cannot write " + file.toStdString());
    }
    f.write(bytes);
}

inline QByteArray readFile(const QString& file) {
    QFile f(file);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("<missing>");
}

// A project of one 540x960 canvas at 30 fps with the given tracks (a JSON list).
inline QByteArray projectJson(const QString& tracks, int width = 540, int height = 960) {
    return QStringLiteral(R"({"reelcut": 1, "canvas": {"width": %1, "height": %2, "fps": 30},
                              "tracks": %3})")
        .arg(width)
        .arg(height)
        .arg(tracks)
        .toUtf8();
}

// One clip of `media` on a track of `kind`, `seconds` long.
inline QString trackWith(const QString& kind, const QString& media, double seconds = 1,
                         const QString& extra = QString()) {
    return QStringLiteral(R"({"kind": "%1", "clips": [{"media": "%2", "start": 0, "out": %3%4}]})")
        .arg(kind, media)
        .arg(seconds)
        .arg(extra.isEmpty() ? QString() : ", " + extra);
}

// Names of the hidden files in a folder (temporaries would be among them).
inline QStringList hiddenFilesIn(const QString& dir) {
    QStringList out;
    for (const QString& f : QDir(dir).entryList(QDir::Files | QDir::Hidden | QDir::System)) {
        if (f.startsWith('.')) {
            out << f;
        }
    }
    return out;
}

// reelcut-cli with a time limit (and, without sanitizers, a 4 GB address-space limit).
inline LimitedRun cli(const QStringList& args, int timeoutMs = 120000) {
    return runLimited(cliProgram(), args, sanitizedBuild() ? timeoutMs * 4 : timeoutMs, 4LL << 30);
}

} // namespace reelcut::test
