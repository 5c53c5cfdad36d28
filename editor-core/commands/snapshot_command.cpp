#include "commands/snapshot_command.h"

#include "commands/project_document.h"

namespace reelcut {

SnapshotCommand::SnapshotCommand(ProjectDocument& doc, const QString& text, Project before,
                                 Project after, int mergeKey)
    : QUndoCommand(text), doc_(doc), before_(std::move(before)), after_(std::move(after)),
      mergeKey_(mergeKey) {}

void SnapshotCommand::undo() {
    doc_.setProjectFromHistory(before_);
}

void SnapshotCommand::redo() {
    doc_.setProjectFromHistory(after_);
}

bool SnapshotCommand::mergeWith(const QUndoCommand* other) {
    if (other->id() != id() || mergeKey_ < 0) {
        return false;
    }
    after_ = static_cast<const SnapshotCommand*>(other)->after_;
    return true;
}

} // namespace reelcut
