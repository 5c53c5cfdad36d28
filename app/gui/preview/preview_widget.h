#pragma once

#include "export/preset.h"
#include "model/project.h"
#include "preview/preview_worker.h"

#include <QElapsedTimer>
#include <QImage>
#include <QThread>
#include <QWidget>
#include <deque>
#include <memory>
#include <optional>

namespace reelcut::gui {

// The preview: shows frames rendered by a PreviewWorker at the size they are displayed
// (capped, so 1080x1920 projects preview at 540x960), letterboxed in the panel, with an
// optional platform safe-zone overlay and an fps/debug overlay.
class PreviewWidget : public QWidget {
    Q_OBJECT
public:
    explicit PreviewWidget(QWidget* parent = nullptr);
    ~PreviewWidget() override;

    // Shows frame `frame` of `project` (asynchronously; stale requests are dropped).
    void showFrame(std::shared_ptr<const Project> project, std::int64_t frame);
    void setSafeZone(std::optional<Preset> preset);
    void setDebugOverlay(bool on);
    // Where the renderer finds face analysis caches; re-renders the current frame.
    void setAnalysisDir(const QString& dir);
    const std::optional<Preset>& safeZone() const { return safeZone_; }
    bool debugOverlay() const { return debug_; }
    // Longest side the preview renders at; the default keeps 9:16 at 540x960.
    void setMaxRenderSide(int pixels);

    const QImage& currentImage() const { return image_; }
    std::int64_t currentFrame() const { return shownFrame_; }
    bool hasFrame() const { return !image_.isNull(); }
    double achievedFps() const;
    // The rectangle the canvas occupies in the widget.
    QRect canvasRect() const;

Q_SIGNALS:
    void frameShown(std::int64_t frame);
    void mediaProblems(const QStringList& files);

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void onFrame(const PreviewFrame& frame);
    QSize renderSize() const;

    QThread thread_;
    PreviewWorker* worker_ = nullptr; // lives on thread_, deleted when it finishes
    std::shared_ptr<const Project> project_;
    std::int64_t requestedFrame_ = 0;
    std::int64_t shownFrame_ = -1;
    QImage image_;
    std::optional<Preset> safeZone_;
    bool debug_ = false;
    int maxSide_ = 960;
    double lastRenderMs_ = 0;
    std::uint64_t requests_ = 0;
    std::uint64_t shown_ = 0;
    QElapsedTimer clock_;
    std::deque<qint64> shownTimes_; // ms, for the achieved-fps figure
    QStringList lastProblems_;
};

} // namespace reelcut::gui
