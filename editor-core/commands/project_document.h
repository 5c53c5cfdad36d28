#pragma once

#include "model/project.h"

#include <QObject>
#include <QString>
#include <QUndoStack>
#include <boost/filesystem/path.hpp>
#include <functional>

namespace reelcut {

// An open project: its value, its file, and the undo history. Every change goes through
// apply(), which runs an edit on a copy and, only if the edit succeeds, records it as one
// undoable step. The GUI, the CLI and the batch templater all edit this way.
class ProjectDocument : public QObject {
    Q_OBJECT
public:
    explicit ProjectDocument(Project project = makeDefaultProject(), QObject* parent = nullptr);
    ~ProjectDocument() override;

    const Project& project() const { return project_; }
    QUndoStack& undoStack() { return undo_; }

    // Runs `edit` on a copy of the project. On success the result becomes the project and
    // one undo step named `text`; on failure (EditError or any exception) nothing changes,
    // lastError() says why, and false is returned. Consecutive edits with the same
    // mergeKey (e.g. dragging a slider on one clip) merge into one undo step.
    bool apply(const QString& text, const std::function<void(Project&)>& edit, int mergeKey = -1);
    QString lastError() const { return lastError_; }

    // Replaces the whole project without undo (open, recover).
    void reset(Project project, const boost::filesystem::path& file = {});

    const boost::filesystem::path& file() const { return file_; }
    bool isModified() const { return !undo_.isClean(); }
    // Saves atomically to `file` (or the current file) and marks the state clean.
    // Throws ProjectError; the previous file stays as it was on failure.
    void save(const boost::filesystem::path& file = {});
    // Loads and replaces the document. Throws ProjectError; the document is unchanged then.
    void open(const boost::filesystem::path& file);

    // Used by the undo commands.
    void setProjectFromHistory(const Project& project);

Q_SIGNALS:
    void changed();
    void fileChanged();

private:
    Project project_;
    QUndoStack undo_;
    QString lastError_;
    boost::filesystem::path file_;
};

} // namespace reelcut
