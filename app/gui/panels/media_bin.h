#pragma once

#include "model/project.h"

#include <QListWidget>
#include <QString>
#include <QStringList>
#include <QWidget>

namespace reelcut::gui {

class MediaCache;

// The MIME type of a drag from the bin to the timeline: the media file's absolute path.
inline constexpr const char* kMediaMimeType = "application/x-reelcut-media";

// The media bin: imported files with thumbnail, duration and resolution. Files come in
// by the import dialog or by drag and drop from the file manager; items drag onto the
// timeline. Missing files stay listed, marked, and can be relinked.
class MediaBin : public QWidget {
    Q_OBJECT
public:
    MediaBin(MediaCache& cache, QWidget* parent = nullptr);

    // Lists files not listed yet (paths or builtin: names); returns how many were added.
    int addFiles(const QStringList& files);
    // Shows what the project holds: its bin, then the media its clips use, in that order.
    void showProject(const Project& project);
    QStringList files() const;
    void clear();
    QListWidget* list() const { return list_; }

public Q_SLOTS:
    void importWithDialog();

Q_SIGNALS:
    // Files chosen in the import dialog or dropped on the bin (the window adds them to the
    // project's bin, one undoable step).
    void importRequested(const QStringList& files);
    // The user asked to relink a missing file (the window does it as one undoable edit).
    void relinkRequested(const QString& path);
    // Double-click: add at the playhead.
    void addToTimelineRequested(const QString& path);

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void refreshItem(const QString& path);
    QListWidgetItem* itemFor(const QString& path) const;

    MediaCache& cache_;
    QListWidget* list_ = nullptr;
};

} // namespace reelcut::gui
