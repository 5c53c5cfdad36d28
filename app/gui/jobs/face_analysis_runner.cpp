#include "jobs/face_analysis_runner.h"

#include "face/face_analysis.h"
#include "face/face_engine.h"
#include "media/media_info.h"
#include "window/gui_util.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QPointer>
#include <QThread>
#include <algorithm>

namespace reelcut::gui {

FaceAnalysisRunner::FaceAnalysisRunner(QObject* parent) : QObject(parent) {}

FaceAnalysisRunner::~FaceAnalysisRunner() {
    cancel();
    if (thread_ != nullptr) {
        thread_->wait();
    }
}

bool FaceAnalysisRunner::needsAnalysis(const Project& project, const QString& dir) {
    const auto engine = face::FaceEngine::fromRegistry();
    if (!engine || dir.isEmpty()) {
        return false;
    }
    for (const std::string& media : face::mediaForFaceAnalysis(project)) {
        try {
            if (!engine->hasAnalysis(media, dir.toStdString())) {
                return true;
            }
        } catch (const std::exception&) {
            // Unreadable media: the renderer shows it as offline; nothing to analyse.
        }
    }
    return false;
}

bool FaceAnalysisRunner::isRunning() const {
    return thread_ != nullptr && thread_->isRunning();
}

void FaceAnalysisRunner::finish(bool ok, const QString& message) {
    // The worker posts this as its last act; waiting for it to return means isRunning()
    // is false for whoever starts the next pass from the finished() signal.
    if (thread_ != nullptr) {
        thread_->wait();
    }
    Q_EMIT finished(ok, message);
}

void FaceAnalysisRunner::cancel() {
    if (cancel_) {
        cancel_->store(true);
    }
}

bool FaceAnalysisRunner::start(const Project& project, const QString& dir,
                               const std::vector<std::string>& alsoMedia) {
    if (isRunning()) {
        return false;
    }
    if (thread_ != nullptr) {
        thread_->wait();
        delete thread_;
        thread_ = nullptr;
    }
    cancel_ = std::make_shared<std::atomic<bool>>(false);
    percent_ = 0;
    QPointer<FaceAnalysisRunner> self(this);
    // Posts to the GUI thread; dropped if the runner is gone by then.
    auto post = [self](auto fn) {
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [self, fn] {
                if (!self.isNull()) {
                    fn(*self);
                }
            },
            Qt::QueuedConnection);
    };
    std::vector<std::string> media = face::mediaForFaceAnalysis(project);
    for (const std::string& m : alsoMedia) {
        if (std::find(media.begin(), media.end(), m) == media.end()) {
            media.push_back(m);
        }
    }
    thread_ = QThread::create([media, dir, cancel = cancel_, post] {
        const auto engine = face::FaceEngine::fromRegistry();
        if (!engine) {
            post([](FaceAnalysisRunner& r) {
                r.finish(false, tr("Face effects are not available in this build."));
            });
            return;
        }
        int lastPercent = -1;
        const auto onProgress = [&](const face::AnalysisProgress& p) {
            const double inMedia =
                p.framesTotal > 0 ? std::min(1.0, static_cast<double>(p.framesDone) / p.framesTotal)
                                  : 0.0;
            const int percent =
                static_cast<int>(99.0 * (static_cast<double>(p.mediaIndex) + inMedia) /
                                 std::max<std::size_t>(1, p.mediaCount));
            if (percent == lastPercent) {
                return;
            }
            lastPercent = percent;
            const QString text = tr("Finding faces in %1 (%2 of %3)")
                                     .arg(QFileInfo(QString::fromStdString(p.media)).fileName())
                                     .arg(p.mediaIndex + 1)
                                     .arg(p.mediaCount);
            post([percent, text](FaceAnalysisRunner& r) {
                r.percent_ = percent;
                Q_EMIT r.progress(percent, text);
            });
        };
        try {
            std::vector<face::MediaAnalysis> results;
            for (std::size_t i = 0; i < media.size(); ++i) {
                // Stills have no frames to track; live tracking handles them.
                const MediaInfo info = probeMedia(media[i]);
                if (info.isStill || !info.hasVideo) {
                    continue;
                }
                results.push_back(face::analyzeMedia(*engine, media[i], dir.toStdString(), false,
                                                     onProgress, cancel.get(), i, media.size()));
            }
            int faces = 0;
            for (const face::MediaAnalysis& m : results) {
                // The preview may have tracked this media live; from now on it reads the cache.
                engine->forget(m.media);
                faces += m.faceIds;
            }
            post([faces](FaceAnalysisRunner& r) {
                r.percent_ = 100;
                Q_EMIT r.progress(100, tr("Face analysis done"));
                r.finish(true, tr("Face analysis done: %n face(s) tracked", nullptr, faces));
            });
        } catch (const face::AnalysisCancelled&) {
            post([](FaceAnalysisRunner& r) { r.finish(false, tr("Face analysis cancelled")); });
        } catch (const std::exception& e) {
            const QString why = errorText(e);
            post([why](FaceAnalysisRunner& r) {
                r.finish(false, tr("Face analysis failed: %1").arg(why));
            });
        }
    });
    thread_->setObjectName(QStringLiteral("face-analysis"));
    thread_->start();
    return true;
}

} // namespace reelcut::gui
