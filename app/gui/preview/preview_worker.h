#pragma once

#include "model/project.h"

#include <QImage>
#include <QObject>
#include <QSize>
#include <QStringList>
#include <memory>
#include <mutex>
#include <optional>
#include <string>

namespace reelcut {
class FrameRenderer;
}

namespace reelcut::gui {

struct PreviewFrame {
    QImage image;
    std::int64_t frame = 0;
    std::uint64_t serial = 0;
    double renderMs = 0;
    QStringList problems; // media the renderer could not show (offline files)
};

// Renders preview frames on its own thread with its own FrameRenderer (renderers are
// one per thread). Requests coalesce: while a frame renders, newer requests replace the
// waiting one, so scrubbing and late playback skip stale frames instead of queueing them.
class PreviewWorker : public QObject {
    Q_OBJECT
public:
    PreviewWorker();
    ~PreviewWorker() override;

    // Thread-safe. The project is shared, not copied, per request.
    void request(std::shared_ptr<const Project> project, std::int64_t frame, QSize size);
    std::uint64_t renderedCount() const;
    // Thread-safe. The folder of analysis caches (face landmarks) the renderer reads, the
    // same one export uses, so preview and export see the same faces.
    void setAnalysisDir(const std::string& dir);

Q_SIGNALS:
    void frameReady(const reelcut::gui::PreviewFrame& frame);

private:
    struct Request {
        std::shared_ptr<const Project> project;
        std::int64_t frame = 0;
        QSize size;
        std::uint64_t serial = 0;
    };
    void process();

    mutable std::mutex mutex_;
    std::optional<Request> pending_;
    bool scheduled_ = false;
    std::uint64_t serial_ = 0;
    std::uint64_t rendered_ = 0;
    std::string analysisDir_; // guarded by mutex_
    std::unique_ptr<FrameRenderer> renderer_;
};

} // namespace reelcut::gui

Q_DECLARE_METATYPE(reelcut::gui::PreviewFrame)
