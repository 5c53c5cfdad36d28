// The main window's side of recording: opening the Record window and taking its takes
// into the project (the placement rules are the core's, record/take_import.h).

#include "face/face_analysis.h"
#include "jobs/face_analysis_runner.h"
#include "preview/player.h"
#include "record/record_window.h"
#include "record/take_import.h"
#include "timeline/timeline_view.h"
#include "window/gui_util.h"
#include "window/main_window.h"

#include <QDir>
#include <QProgressBar>
#include <QStandardPaths>

namespace reelcut::gui {

QString MainWindow::takeFolder() const {
    if (!doc_.file().empty()) {
        const boost::filesystem::path& file = doc_.file();
        return toQString(file.parent_path() / (file.stem().string() + "-takes"));
    }
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation))
        .filePath(QStringLiteral("takes"));
}

RecordWindow* MainWindow::openRecordWindow() {
    player_->pause();
    if (recordWindow_ == nullptr) {
        // The selected clip's face effects are offered to show live.
        std::vector<EffectInstance> effects;
        for (ObjectId id : timeline_->selection()) {
            if (const Clip* c = doc_.project().findClip(id).second) {
                for (const EffectInstance& fx : c->effects) {
                    if (face::isFaceEffect(fx.type)) {
                        effects.push_back(fx);
                    }
                }
                break;
            }
        }
        const Project& p = doc_.project();
        recordWindow_ = new RecordWindow(takeFolder(), QSize(p.width, p.height), effects, this);
        recordWindow_->setAttribute(Qt::WA_DeleteOnClose);
        connect(recordWindow_, &RecordWindow::takeChosen, this,
                [this](const RecordedTake& take) { useRecordedTake(take); });
        connect(recordWindow_, &RecordWindow::takesImported, this,
                [this](const std::vector<RecordedTake>& takes) { importRecordedTakes(takes); });
    }
    recordWindow_->show();
    recordWindow_->raise();
    recordWindow_->activateWindow();
    return recordWindow_;
}

ObjectId MainWindow::useRecordedTake(const RecordedTake& take) {
    PlacedTake placed;
    try {
        const MediaInfo info = probeMedia(take.file);
        std::optional<MediaInfo> song;
        if (take.lipSync) {
            song = probeMedia(take.lipSync->song);
        }
        const Time at = frameTime(player_->position(), doc_.project().frameRate);
        const bool ok = doc_.apply(tr("Add recorded take"), [&](Project& p) {
            placed =
                placeTake(p, take, info, song ? &*song : nullptr, at, tr("Song").toStdString());
        });
        if (!ok) {
            return 0;
        }
    } catch (const std::exception& e) {
        showMessage(tr("Cannot add the take: %1").arg(errorText(e)));
        return 0;
    }
    analyzeTakes({take.file});
    return placed.clip;
}

int MainWindow::importRecordedTakes(const std::vector<RecordedTake>& takes) {
    if (takes.empty() || !doc_.apply(tr("Import %n take(s)", nullptr, int(takes.size())),
                                     [&](Project& p) { addTakesToBin(p, takes); })) {
        return 0;
    }
    std::vector<std::string> files;
    for (const RecordedTake& t : takes) {
        files.push_back(t.file);
    }
    analyzeTakes(files);
    return int(takes.size());
}

void MainWindow::analyzeTakes(const std::vector<std::string>& files) {
    // Faces are found in the background in every take, also those only in the bin, so a
    // face effect put on one later has its tracks ready.
    if (analysis_->isRunning()) {
        takesToAnalyse_.insert(takesToAnalyse_.end(), files.begin(), files.end());
        return;
    }
    if (analysis_->start(doc_.project(), analysisDir(), files)) {
        analysisBar_->setValue(0);
        analysisBar_->setFormat(tr("Finding faces...  %p%"));
        analysisBar_->parentWidget()->setVisible(true);
    }
}

} // namespace reelcut::gui
