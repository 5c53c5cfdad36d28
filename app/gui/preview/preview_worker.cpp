#include "preview/preview_worker.h"

#include "render/frame_renderer.h"

#include <QElapsedTimer>

namespace reelcut::gui {

PreviewWorker::PreviewWorker()
    : renderer_(std::make_unique<FrameRenderer>(FrameRenderer::MissingMedia::Placeholder)) {
    qRegisterMetaType<reelcut::gui::PreviewFrame>();
}

PreviewWorker::~PreviewWorker() = default;

void PreviewWorker::request(std::shared_ptr<const Project> project, std::int64_t frame,
                            QSize size) {
    bool schedule = false;
    {
        std::lock_guard lock(mutex_);
        pending_ = Request{std::move(project), frame, size, ++serial_};
        schedule = !scheduled_;
        scheduled_ = true;
    }
    // At most one queued call: the newest request is read when it runs.
    if (schedule) {
        QMetaObject::invokeMethod(this, &PreviewWorker::process, Qt::QueuedConnection);
    }
}

std::uint64_t PreviewWorker::renderedCount() const {
    std::lock_guard lock(mutex_);
    return rendered_;
}

void PreviewWorker::setAnalysisDir(const std::string& dir) {
    std::lock_guard lock(mutex_);
    analysisDir_ = dir;
}

void PreviewWorker::process() {
    std::optional<Request> req;
    std::string analysisDir;
    {
        std::lock_guard lock(mutex_);
        req.swap(pending_);
        scheduled_ = false;
        analysisDir = analysisDir_;
    }
    renderer_->setAnalysisDir(analysisDir);
    if (!req || !req->project || req->size.isEmpty()) {
        return;
    }
    QElapsedTimer timer;
    timer.start();
    PreviewFrame out;
    try {
        const Time t = frameTime(req->frame, req->project->frameRate);
        out.image = renderer_->frameAt(*req->project, t, req->size).copy();
        for (const Message& p : renderer_->problems()) {
            out.problems << p.translated();
        }
    } catch (const std::exception& e) {
        out.problems << messageOf(e).translated();
        return;
    }
    out.frame = req->frame;
    out.serial = req->serial;
    out.renderMs = static_cast<double>(timer.nsecsElapsed()) / 1e6;
    {
        std::lock_guard lock(mutex_);
        ++rendered_;
    }
    Q_EMIT frameReady(out);
}

} // namespace reelcut::gui
