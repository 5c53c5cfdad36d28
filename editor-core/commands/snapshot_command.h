#pragma once

#include "model/project.h"

#include <QUndoCommand>

namespace reelcut {

class ProjectDocument;

// An undo step that keeps the project before and after the edit. Projects are small
// (a few hundred clips at most), so whole copies are cheaper than bespoke inverse
// operations and cannot get out of step with the edit functions.
class SnapshotCommand : public QUndoCommand {
public:
    SnapshotCommand(ProjectDocument& doc, const QString& text, Project before, Project after,
                    int mergeKey);

    void undo() override;
    void redo() override;
    int id() const override { return mergeKey_; }
    bool mergeWith(const QUndoCommand* other) override;

private:
    ProjectDocument& doc_;
    Project before_;
    Project after_;
    int mergeKey_;
};

} // namespace reelcut
