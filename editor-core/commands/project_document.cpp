#include "commands/project_document.h"

#include "commands/snapshot_command.h"
#include "model/edits.h"
#include "model/project_file.h"
#include "model/project_json.h"

namespace reelcut {

ProjectDocument::ProjectDocument(Project project, QObject* parent)
    : QObject(parent), project_(std::move(project)) {}

ProjectDocument::~ProjectDocument() {
    // The undo stack announces its own destruction (cleanChanged, indexChanged) while the
    // other members are already gone; whoever listens would read a dead document.
    undo_.blockSignals(true);
}

bool ProjectDocument::apply(const QString& text, const std::function<void(Project&)>& edit,
                            int mergeKey) {
    Project next = project_;
    try {
        edit(next);
        edit::checkInvariants(next);
    } catch (const std::exception& e) {
        lastError_ = QString::fromStdString(e.what());
        return false;
    }
    lastError_.clear();
    if (next == project_) {
        return true;
    }
    undo_.push(new SnapshotCommand(*this, text, project_, std::move(next), mergeKey));
    return true;
}

void ProjectDocument::setProjectFromHistory(const Project& project) {
    project_ = project;
    Q_EMIT changed();
}

void ProjectDocument::reset(Project project, const boost::filesystem::path& file) {
    project_ = std::move(project);
    undo_.clear();
    file_ = file;
    Q_EMIT fileChanged();
    Q_EMIT changed();
}

void ProjectDocument::save(const boost::filesystem::path& file) {
    const boost::filesystem::path target = file.empty() ? file_ : file;
    if (target.empty()) {
        throw ProjectError(Message(
            QT_TRANSLATE_NOOP3("Engine", "no file name to save to", "project.no-file-name")));
    }
    if (target == file_) {
        saveProject(project_, target); // the open project, replaced in place
    } else {
        // Save As: a new place, checked like any output. Replacing a file there was
        // confirmed by the caller, but never one of the project's own media files.
        RunInputs inputs;
        inputs.addProject(project_);
        saveProject(project_, OutputTarget{target, OutputKind::Project, true}, inputs);
    }
    undo_.setClean();
    if (target != file_) {
        file_ = target;
        Q_EMIT fileChanged();
    }
}

void ProjectDocument::open(const boost::filesystem::path& file) {
    reset(loadProject(file), file);
}

} // namespace reelcut
