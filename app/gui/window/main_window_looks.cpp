// The main window's looks: transitions on cuts, filters (built-in LUT looks and imported
// .cube files) on clips, and the Filters tab's pictures of the selected clip.

#include "color/lut_effect.h"
#include "commands/project_document.h"
#include "effect/effect.h"
#include "effect/look_edits.h"
#include "model/builtin_assets.h"
#include "model/placement.h"
#include "model/transition_edits.h"
#include "panels/asset_list.h"
#include "panels/filters_tab.h"
#include "preview/canvas_editor.h"
#include "preview/player.h"
#include "render/color_pick.h"
#include "timeline/timeline_view.h"
#include "window/gui_util.h"
#include "window/main_window.h"

#include <QColor>
#include <QCoreApplication>
#include <QTabWidget>

namespace reelcut::gui {

bool MainWindow::applyTransition(const QString& transitionId, ObjectId incoming) {
    const Project& project = doc_.project();
    if (incoming == 0) {
        const auto& sel = timeline_->selection();
        incoming = sel.size() == 1 ? edit::transitionTargetFor(project, sel.front()) : 0;
    }
    if (incoming == 0) {
        showMessage(tr("Select a clip that touches another one, or drag the transition onto "
                       "the cut between two clips."));
        return false;
    }
    const TransitionEffect* effect =
        EffectRegistry::instance().findTransition(transitionId.toStdString());
    if (effect == nullptr) {
        return false;
    }
    // A transition already on the cut keeps its duration; a new one gets the default.
    const Clip* clip = project.findClip(incoming).second;
    Transition t;
    t.type = transitionId.toStdString();
    t.duration = clip != nullptr && clip->transitionIn
                     ? clip->transitionIn->duration
                     : timeFromSeconds(edit::kDefaultTransitionSeconds, project.frameRate);
    const QString name = QCoreApplication::translate("Effect", effect->descriptor().name);
    if (!doc_.apply(tr("Add transition %1").arg(name),
                    [&](Project& p) { edit::setTransition(p, incoming, t); })) {
        showMessage(tr("Cannot add the transition: %1").arg(doc_.lastError()));
        return false;
    }
    timeline_->setSelection({incoming});
    return true;
}

bool MainWindow::applyLook(const QString& lookId, ObjectId clip) {
    const Look* look = EffectRegistry::instance().findLook(lookId.toStdString());
    if (look == nullptr) {
        return false;
    }
    const std::vector<ObjectId> targets = pictureEffectTargets(
        doc_.project(), clip != 0 ? std::vector<ObjectId>{clip} : timeline_->selection());
    if (targets.empty()) {
        showMessage(tr("Select a video or picture clip first, then choose a filter."));
        return false;
    }
    const QString name = QCoreApplication::translate("Effect", look->name);
    const bool ok = doc_.apply(tr("Filter %1").arg(name), [&](Project& p) {
        for (ObjectId id : targets) {
            Clip c = *p.findClip(id).second;
            reelcut::applyLook(c, *look);
            edit::updateClip(p, c);
        }
    });
    if (!ok) {
        showMessage(doc_.lastError());
    }
    return ok;
}

bool MainWindow::importLut(const QString& cubeFile, ObjectId clip) {
    const std::vector<ObjectId> targets = pictureEffectTargets(
        doc_.project(), clip != 0 ? std::vector<ObjectId>{clip} : timeline_->selection());
    if (targets.empty()) {
        showMessage(tr("Select a video or picture clip first, then import the LUT."));
        return false;
    }
    // Read it now, so a broken file is reported with its line before it is used.
    const std::string file = mediaReferenceFor(cubeFile.toStdString());
    try {
        const auto* lut =
            dynamic_cast<const LutEffect*>(EffectRegistry::instance().find(kLutEffectId));
        if (lut != nullptr) {
            lut->applierFor(file);
        }
    } catch (const std::exception& e) {
        showMessage(tr("Cannot use this LUT: %1").arg(QString::fromUtf8(e.what())));
        return false;
    }
    const bool ok = doc_.apply(tr("Import LUT %1").arg(fileName(file)), [&](Project& p) {
        for (ObjectId id : targets) {
            Clip c = *p.findClip(id).second;
            applyLutFile(c, file);
            edit::updateClip(p, c);
        }
    });
    if (!ok) {
        showMessage(doc_.lastError());
    }
    return ok;
}

void MainWindow::pickEffectColor(int index, const QString& param) {
    const auto& sel = timeline_->selection();
    if (sel.size() != 1 || index < 0) {
        return;
    }
    const ObjectId clip = sel.front();
    showMessage(tr("Click the colour on the preview; Esc cancels."));
    canvas_->startColorPick([this, clip, index, param](const QPointF& at) {
        const Project& project = doc_.project();
        const Time t = frameTime(player_->position(), project.frameRate);
        std::optional<std::uint32_t> argb;
        try {
            argb = colorUnderPoint(project, clip, std::size_t(index), t, at);
        } catch (const std::exception& e) {
            showMessage(tr("Cannot pick the colour: %1").arg(errorText(e)));
            return;
        }
        if (!argb) {
            return; // the clip or its effect went away meanwhile
        }
        const std::string id = param.toStdString();
        const bool ok = doc_.apply(tr("Pick colour"), [&](Project& p) {
            Clip c = *p.findClip(clip).second;
            c.effects[std::size_t(index)].params[id] = double(*argb);
            edit::updateClip(p, c);
        });
        showMessage(ok ? tr("Colour picked: %1").arg(QColor::fromRgba(*argb).name())
                       : doc_.lastError());
    });
}

void MainWindow::updateFilterThumbnails() {
    // Only while the tab shows: rendering a frame per selection change is wasted otherwise.
    if (filtersTab_ == nullptr || assetTabs_ == nullptr ||
        assetTabs_->currentWidget() != filtersTab_) {
        return;
    }
    const auto& sel = timeline_->selection();
    const Project& project = doc_.project();
    const auto [track, clip] =
        sel.size() == 1 ? project.findClip(sel.front()) : std::pair<const Track*, const Clip*>{};
    if (clip == nullptr || !track->hasPicture() || clip->kind == ClipKind::Text) {
        filtersTab_->showClip(std::nullopt, Time(0));
        return;
    }
    // The clip alone, filling the frame, without its own effects: the looks show on the
    // picture as it comes from the camera.
    Project alone = project;
    alone.tracks.clear();
    Track t;
    t.id = 1;
    t.kind = TrackKind::Video;
    Clip c = *clip;
    c.effects.clear();
    c.transitionIn.reset();
    c.keyframes.clear();
    c.transform = Transform{};
    c.fit = FitMode::Fill;
    c.fadeIn = c.fadeOut = Time(0);
    c.animationIn = c.animationOut = ClipAnimation{};
    t.clips.push_back(c);
    alone.tracks.push_back(t);
    const Time playhead = frameTime(player_->position(), project.frameRate);
    const Time at =
        clip->contains(playhead) ? playhead : clip->start + clip->duration() / Rational(2);
    filtersTab_->showClip(alone, at);
}

} // namespace reelcut::gui
