// The main window's cut to the beat: the selection and the song on the timeline through
// the engine's autocut (autocut/cut_to_beat.h), as one undo step.

#include "analysis/beat_cache.h"
#include "autocut/cut_to_beat.h"
#include "commands/project_document.h"
#include "panels/media_cache.h"
#include "timeline/timeline_view.h"
#include "window/gui_util.h"
#include "window/main_window.h"

#include <QApplication>
#include <QCursor>

namespace reelcut::gui {

bool MainWindow::cutToBeat(int everyBeats, bool onBars, const QString& songFile) {
    try {
        // The song chosen in the Audio tab joins the selection, put on the timeline first
        // if it is not there yet; the whole cut is one undo step.
        Project project = doc_.project();
        std::vector<ObjectId> selection = timeline_->selection();
        if (!songFile.isEmpty()) {
            selection.push_back(songForBeatCut(project, songFile.toStdString(),
                                               probeMedia(toPath(songFile)), selection,
                                               tr("Music").toStdString()));
        }
        const BeatCutTargets targets = beatCutTargets(project, selection);
        const Clip& song = *project.findClip(targets.song).second;
        AutocutOptions options;
        options.everyBeats = everyBeats;
        options.onDownbeats = onBars;
        options.songStart = song.in;
        // The song's beats as the timeline shows them; analysed now if they are not yet.
        QApplication::setOverrideCursor(Qt::WaitCursor);
        const struct Restore {
            ~Restore() { QApplication::restoreOverrideCursor(); }
        } restore;
        const AnalysisStore store(AnalysisStore::defaultDir());
        const MediaEntry* entry = cache_->entry(QString::fromStdString(song.media));
        const BeatAnalysis beats = entry != nullptr && !entry->beats.beats.empty()
                                       ? entry->beats
                                       : cachedBeatAnalysis(song.media, store);
        const std::vector<AutocutSource> sources = beatCutSources(project, targets, options, store);
        const AutocutPlan plan = planAutocut(beats, sources, options, project.frameRate);
        if (!doc_.apply(tr("Cut to the beat"), [&](Project& p) {
                p = project;
                cutClipsToBeat(p, targets, sources, plan);
            })) {
            showMessage(tr("Cannot cut to the beat: %1").arg(doc_.lastError()));
            return false;
        }
        showMessage(tr("%n cut(s) on the beat", nullptr, int(plan.segments.size())));
        return true;
    } catch (const std::exception& e) {
        showMessage(tr("Cannot cut to the beat: %1").arg(errorText(e)));
        return false;
    }
}

} // namespace reelcut::gui
