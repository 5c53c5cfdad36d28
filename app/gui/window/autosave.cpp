#include "window/autosave.h"

#include "commands/project_document.h"
#include "model/project_file.h"
#include "util/log.h"
#include "window/gui_util.h"

#include <QDir>
#include <QStandardPaths>
#include <boost/filesystem/operations.hpp>

namespace reelcut::gui {

namespace fs = boost::filesystem;

Autosave::Autosave(ProjectDocument& doc, QObject* parent, int intervalMs)
    : QObject(parent), doc_(doc) {
    connect(&timer_, &QTimer::timeout, this, &Autosave::saveNow);
    setInterval(intervalMs);
    // A save makes the recovery file stale: remove it. A file change (Save As, open)
    // moves where it belongs.
    connect(&doc_.undoStack(), &QUndoStack::cleanChanged, this, [this](bool clean) {
        if (clean) {
            discard();
        }
    });
}

void Autosave::setInterval(int intervalMs) {
    if (intervalMs <= 0) {
        timer_.stop();
        return;
    }
    timer_.setInterval(intervalMs);
    timer_.start();
}

int Autosave::interval() const {
    return timer_.isActive() ? timer_.interval() : 0;
}

fs::path Autosave::recoveryFileFor(const fs::path& projectFile) {
    if (!projectFile.empty()) {
        return recoveryPathFor(projectFile);
    }
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(dir);
    return recoveryPathFor(toPath(QDir(dir).filePath(QStringLiteral("Untitled.reelcut"))));
}

std::optional<fs::path> Autosave::pendingRecovery(const fs::path& projectFile) {
    const fs::path f = recoveryFileFor(projectFile);
    boost::system::error_code ec;
    if (fs::exists(f, ec) && fs::is_regular_file(f, ec)) {
        return f;
    }
    return std::nullopt;
}

void Autosave::setAside(const fs::path& recoveryFile) {
    boost::system::error_code ec;
    fs::rename(recoveryFile, fs::path(recoveryFile.string() + ".broken"), ec);
    if (ec) {
        fs::remove(recoveryFile, ec);
    }
}

fs::path Autosave::currentRecoveryFile() const {
    return recoveryFileFor(doc_.file());
}

bool Autosave::saveNow() {
    if (!doc_.isModified()) {
        return true;
    }
    const fs::path target = currentRecoveryFile();
    try {
        // Written atomically by the core, so a crash during autosave leaves the previous
        // recovery file intact.
        saveProject(doc_.project(), target);
    } catch (const std::exception& e) {
        qCWarning(lcGui, "reelcut: autosave to %s failed: %s", target.string().c_str(), e.what());
        return false;
    }
    if (!lastWritten_.empty() && lastWritten_ != target) {
        boost::system::error_code ec;
        fs::remove(lastWritten_, ec);
    }
    lastWritten_ = target;
    return true;
}

void Autosave::discard() {
    boost::system::error_code ec;
    if (!lastWritten_.empty()) {
        fs::remove(lastWritten_, ec);
        lastWritten_.clear();
    }
}

} // namespace reelcut::gui
