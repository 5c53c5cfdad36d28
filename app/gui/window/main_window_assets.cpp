// The main window's assets: adding text, emoji, stickers and effects from the assets
// panel, importing captions, and running the face analysis that face effects need.

#include "commands/project_document.h"
#include "dialogs/caption_import.h"
#include "face/face_analysis.h"
#include "jobs/face_analysis_runner.h"
#include "model/builtin_assets.h"
#include "model/edits.h"
#include "model/placement.h"
#include "model/project_file.h"
#include "panels/asset_list.h"
#include "panels/sticker_tab.h"
#include "panels/text_tab.h"
#include "preview/canvas_editor.h"
#include "preview/player.h"
#include "preview/preview_widget.h"
#include "text/text_presets.h"
#include "timeline/clip_geometry.h"
#include "timeline/timeline_view.h"
#include "window/gui_util.h"
#include "window/main_window.h"
#include "window/theme.h"

#include <QCoreApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QProgressBar>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QToolButton>

namespace reelcut::gui {

namespace {
constexpr double kEmojiFontSize = 200; // canvas pixels: an emoji is a sticker-sized glyph
}

QString MainWindow::analysisDir() {
    if (!doc_.file().empty()) {
        return toQString(analysisDirFor(doc_.file()));
    }
    if (!unsavedAnalysisDir_) {
        unsavedAnalysisDir_ = std::make_unique<QTemporaryDir>();
    }
    return unsavedAnalysisDir_->path();
}

SafeZone MainWindow::placementZone() const {
    if (preview_->safeZone()) {
        return preview_->safeZone()->safeZone;
    }
    const Preset* tiktok = findPreset("tiktok");
    return tiktok != nullptr ? tiktok->safeZone : SafeZone{};
}

ObjectId MainWindow::addOverlay(const Clip& clip, TrackKind kind, const QString& trackName,
                                const QString& undoText) {
    ObjectId id = 0;
    doc_.apply(undoText,
               [&](Project& p) { id = addOverlayClip(p, clip, kind, trackName.toStdString()); });
    return id;
}

void MainWindow::selectNewClip(ObjectId clip) {
    if (clip == 0) {
        showMessage(tr("Cannot add: %1").arg(doc_.lastError()));
        return;
    }
    timeline_->setSelection({clip});
}

ObjectId MainWindow::addTextPreset(const QString& presetId) {
    const TextPreset* preset = findTextPreset(presetId.toStdString());
    if (preset == nullptr) {
        return 0;
    }
    const QString name = QCoreApplication::translate("TextPreset", preset->name);
    const Project& p = doc_.project();
    const Clip clip = newTextClip(p, *preset, name.toStdString(),
                                  frameTime(player_->position(), p.frameRate), placementZone());
    const ObjectId id = addOverlay(clip, TrackKind::Text, tr("Text"), tr("Add text"));
    selectNewClip(id);
    return id;
}

ObjectId MainWindow::addEmoji(const QString& emoji) {
    TextPreset plain{"emoji", "Emoji", {}, {AnimationType::Pop, 0.35}, {}};
    plain.style.strokeWidth = 0;
    const Project& p = doc_.project();
    const Clip clip =
        newTextClip(p, plain, emoji.toStdString(), frameTime(player_->position(), p.frameRate),
                    placementZone(), kEmojiFontSize);
    const ObjectId id = addOverlay(clip, TrackKind::Text, tr("Text"), tr("Add text"));
    selectNewClip(id);
    return id;
}

ObjectId MainWindow::addSticker(const QString& path) {
    // A bundled sticker is kept by its builtin: name, so the project opens anywhere.
    const std::string media = mediaReferenceFor(path.toStdString());
    ClipGeometry geometry;
    const QSizeF size = geometry.mediaSize(media);
    if (size.isEmpty()) {
        showMessage(tr("Cannot use %1 as a sticker: not a readable picture").arg(path));
        return 0;
    }
    const Project& p = doc_.project();
    const Clip clip = newStickerClip(p, media, size, frameTime(player_->position(), p.frameRate),
                                     placementZone());
    const ObjectId id =
        addOverlay(clip, TrackKind::Overlay, tr("Stickers"),
                   tr("Add sticker %1").arg(QFileInfo(QString::fromStdString(media)).baseName()));
    selectNewClip(id);
    return id;
}

bool MainWindow::applyEffect(const QString& effectId, ObjectId clip) {
    const std::vector<ObjectId> targets = pictureEffectTargets(
        doc_.project(), clip != 0 ? std::vector<ObjectId>{clip} : timeline_->selection());
    if (targets.empty()) {
        showMessage(tr("Select a video or picture clip first, then add the effect."));
        return false;
    }
    const bool ok = doc_.apply(tr("Add effect"), [&](Project& p) {
        for (ObjectId id : targets) {
            Clip c = *p.findClip(id).second;
            EffectInstance fx;
            fx.type = effectId.toStdString();
            c.effects.push_back(fx);
            edit::updateClip(p, c);
        }
    });
    if (!ok) {
        showMessage(doc_.lastError());
    } else if (effectId.startsWith(QStringLiteral("face."))) {
        lastAnalysisDir_.clear(); // a new face effect: try the analysis again
        analyzeFacesIfNeeded();
    }
    return ok;
}

void MainWindow::addEffectToSelection(const QString& effectId) {
    applyEffect(effectId);
}

void MainWindow::onAssetDropped(const QString& mimeType, const QString& payload, ObjectId clip,
                                const Time& at) {
    if (mimeType == QLatin1String(kEffectMimeType)) {
        if (applyEffect(payload, clip)) {
            timeline_->setSelection({clip});
        }
        return;
    }
    if (mimeType == QLatin1String(kTransitionMimeType)) {
        applyTransition(payload, clip);
        return;
    }
    if (mimeType == QLatin1String(kLookMimeType)) {
        if (applyLook(payload, clip)) {
            timeline_->setSelection({clip});
        }
        return;
    }
    // Text and stickers land where they were dropped: move the playhead there first.
    player_->seek(frameAtTime(at, doc_.project().frameRate));
    if (mimeType == QLatin1String(kStickerMimeType)) {
        addSticker(payload);
    } else if (payload.startsWith(QStringLiteral("emoji:"))) {
        addEmoji(payload.mid(6));
    } else {
        addTextPreset(payload);
    }
}

void MainWindow::toggleLandmarks(bool on) {
    const auto& sel = timeline_->selection();
    if (sel.empty()) {
        showMessage(tr("Select a clip with a face first."));
        return;
    }
    doc_.apply(on ? tr("Show face landmarks") : tr("Hide face landmarks"), [&](Project& p) {
        for (ObjectId id : sel) {
            const auto [track, found] = p.findClip(id);
            if (found == nullptr || !track->hasPicture() || found->kind == ClipKind::Text) {
                continue;
            }
            Clip c = *found;
            std::erase_if(c.effects,
                          [](const EffectInstance& e) { return e.type == "face.debug"; });
            if (on) {
                EffectInstance fx;
                fx.type = "face.debug";
                c.effects.push_back(fx);
            }
            edit::updateClip(p, c);
        }
    });
}

int MainWindow::importCaptionsFile(const QString& srtFile, const QString& presetId) {
    QString error;
    const int added = importCaptions(doc_, srtFile, presetId, placementZone(), &error);
    if (added == 0) {
        ask(tr("Cannot import captions"), error, QMessageBox::Ok);
        return 0;
    }
    showMessage(tr("Imported %n caption(s)", nullptr, added));
    return added;
}

void MainWindow::importCaptionsWithDialog() {
    const QString file = QFileDialog::getOpenFileName(this, tr("Import captions"), QString(),
                                                      tr("SubRip captions (*.srt)"));
    if (file.isEmpty()) {
        return;
    }
    CaptionStyleDialog style(this);
    if (style.exec() == QDialog::Accepted) {
        importCaptionsFile(file, style.presetId());
    }
}

QWidget* MainWindow::buildAnalysisStatus() {
    auto* box = new QWidget(this);
    auto* l = new QHBoxLayout(box);
    l->setContentsMargins(0, 0, 0, 0);
    analysisBar_ = new QProgressBar(box);
    analysisBar_->setObjectName(QStringLiteral("faceAnalysisProgress"));
    analysisBar_->setRange(0, 100);
    analysisBar_->setFixedWidth(320);
    analysisBar_->setTextVisible(true);
    analysisCancel_ = new QToolButton(box);
    analysisCancel_->setIcon(icon(QStringLiteral("delete")));
    analysisCancel_->setToolTip(tr("Stop the face analysis (face effects then track live)"));
    analysisCancel_->setAutoRaise(true);
    connect(analysisCancel_, &QToolButton::clicked, analysis_, &FaceAnalysisRunner::cancel);
    l->addWidget(analysisBar_);
    l->addWidget(analysisCancel_);
    box->setVisible(false);
    return box;
}

void MainWindow::analyzeFacesIfNeeded() {
    if (analysis_->isRunning()) {
        return;
    }
    const QString dir = analysisDir();
    if (dir == lastAnalysisDir_) {
        return; // cancelled or failed here: not again on every edit
    }
    const Project& p = doc_.project();
    // Cheap test first: most edits touch no face effect.
    if (face::mediaForFaceAnalysis(p).empty() || !FaceAnalysisRunner::needsAnalysis(p, dir)) {
        return;
    }
    if (analysis_->start(p, dir)) {
        analysisBar_->setValue(0);
        analysisBar_->setFormat(tr("Finding faces...  %p%"));
        analysisBar_->parentWidget()->setVisible(true);
    }
}

} // namespace reelcut::gui
