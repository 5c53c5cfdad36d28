#pragma once

#include "model/project.h"

#include <QObject>
#include <QString>
#include <atomic>
#include <memory>
#include <string>
#include <vector>

class QThread;

namespace reelcut::gui {

// Runs the face analysis pass (landmarks for every frame of the media face effects use)
// on a worker thread, writing caches into the analysis folder that preview and export
// read. Progress and the result arrive on the GUI thread.
class FaceAnalysisRunner : public QObject {
    Q_OBJECT
public:
    explicit FaceAnalysisRunner(QObject* parent = nullptr);
    ~FaceAnalysisRunner() override;

    // True if some media of the project used by a face effect has no cache in `dir`.
    static bool needsAnalysis(const Project& project, const QString& dir);
    // Starts a pass over the project's face media unless one is running. Returns whether
    // one started.
    // `alsoMedia`: other videos to analyse too (recorded takes in the bin, whose clips
    // may get face effects later).
    bool start(const Project& project, const QString& dir,
               const std::vector<std::string>& alsoMedia = {});
    bool isRunning() const;
    void cancel();
    int percent() const { return percent_; }

Q_SIGNALS:
    void progress(int percent, const QString& text);
    // ok: every media was analysed; otherwise `message` says why (or that it was cancelled).
    void finished(bool ok, const QString& message);

private:
    void finish(bool ok, const QString& message);

    QThread* thread_ = nullptr;
    std::shared_ptr<std::atomic<bool>> cancel_;
    int percent_ = 0;
};

} // namespace reelcut::gui
