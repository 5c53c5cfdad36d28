#pragma once

#include "model/project.h"

#include <QObject>
#include <QTimer>
#include <boost/filesystem/path.hpp>
#include <optional>

namespace reelcut {
class ProjectDocument;
}

namespace reelcut::gui {

// Writes the open project to a recovery file beside it (".name.reelcut.autosave", or in
// the app's data folder for an untitled project) every minute while it has unsaved
// changes, and removes it after a save or a clean close. A recovery file still present
// when a project is opened means the editor did not close cleanly.
class Autosave : public QObject {
    Q_OBJECT
public:
    explicit Autosave(ProjectDocument& doc, QObject* parent = nullptr, int intervalMs = 60000);

    // Where the recovery file for `projectFile` (empty: untitled) goes.
    static boost::filesystem::path recoveryFileFor(const boost::filesystem::path& projectFile);
    // A recovery file left by a crash for `projectFile`, if there is one.
    static std::optional<boost::filesystem::path>
    pendingRecovery(const boost::filesystem::path& projectFile);
    // Moves a recovery file that cannot be read out of the way (".broken"), so it is
    // reported once and never blocks opening the project again.
    static void setAside(const boost::filesystem::path& recoveryFile);

    // Milliseconds between saves; 0 (or less) turns autosave off. interval() is 0 when off.
    void setInterval(int intervalMs);
    int interval() const;

    boost::filesystem::path currentRecoveryFile() const;
    // Writes now if there are unsaved changes. Returns false (and logs) on failure.
    bool saveNow();
    // Removes the current recovery file (after a save, or on a clean close).
    void discard();

private:
    ProjectDocument& doc_;
    QTimer timer_;
    boost::filesystem::path lastWritten_;
};

} // namespace reelcut::gui
