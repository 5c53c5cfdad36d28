// The main window's batch parts: File > Batch export and Edit > Make this a field.

#include "batch/batch_dialog.h"
#include "batch/brand_kit_dialog.h"
#include "media/media_info.h"
#include "model/brand_face_sticker.h"
#include "model/edits.h"
#include "model/placement.h"
#include "model/template_edits.h"
#include "model/template_json.h"
#include "preview/player.h"
#include "timeline/timeline_view.h"
#include "window/gui_util.h"
#include "window/main_window.h"

#include <QFileDialog>
#include <QInputDialog>
#include <boost/filesystem/operations.hpp>

namespace reelcut::gui {

BatchDialog* MainWindow::openBatchDialog() {
    player_->pause();
    // The batch reads the template from its file, so that file must be what is shown.
    if (doc_.file().empty() || doc_.isModified()) {
        const auto answer =
            ask(tr("Batch export"), tr("The batch renders the saved project. Save it now?"),
                QMessageBox::Save | QMessageBox::Cancel);
        if (answer != QMessageBox::Save || !save()) {
            return nullptr;
        }
    }
    auto* dialog = new BatchDialog(toQString(doc_.file()), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    return dialog;
}

BrandKitDialog* MainWindow::openBrandKitDialog(const QString& chosen) {
    namespace fs = boost::filesystem;
    const fs::path projectDir =
        doc_.file().empty() ? fs::current_path() : fs::absolute(doc_.file()).parent_path();
    QString file = chosen;
    const TemplateSpec& spec = doc_.project().templateSpec;
    if (file.isEmpty() && !spec.brandFile.empty()) {
        file = toQString(brandPathFor(spec, projectDir));
    }
    if (file.isEmpty()) {
        file = QFileDialog::getSaveFileName(
            this, tr("Brand kit"), toQString(projectDir / "brand.json"), tr("Brand kits (*.json)"));
        if (file.isEmpty()) {
            return nullptr;
        }
    }
    if (spec.brandFile.empty()) {
        // The template refers to its kit by a path relative to itself.
        const fs::path rel = fs::path(file.toStdString()).lexically_relative(projectDir);
        const std::string ref = rel.empty() ? file.toStdString() : rel.generic_string();
        doc_.apply(tr("Use a brand kit"), [&](Project& p) { p.templateSpec.brandFile = ref; });
    }
    auto* dialog = new BrandKitDialog(file, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    return dialog;
}

bool MainWindow::putBrandLogoOnFace(int place, ObjectId clip) {
    namespace fs = boost::filesystem;
    const std::vector<ObjectId> targets = pictureEffectTargets(
        doc_.project(), clip != 0 ? std::vector<ObjectId>{clip} : timeline_->selection());
    if (targets.empty()) {
        showMessage(tr("Select a video or picture clip with a face first."));
        return false;
    }
    const TemplateSpec& spec = doc_.project().templateSpec;
    if (spec.brandFile.empty()) {
        showMessage(tr("This project has no brand kit yet: make one with File > Brand kit."));
        return false;
    }
    const fs::path projectDir =
        doc_.file().empty() ? fs::current_path() : fs::absolute(doc_.file()).parent_path();
    const fs::path kitFile = brandPathFor(spec, projectDir);
    EffectInstance sticker;
    try {
        sticker = brandLogoFaceSticker(loadBrandKit(kitFile), FacePlace(std::clamp(place, 0, 2)),
                                       kitFile.string());
    } catch (const std::exception& e) {
        showMessage(tr("Cannot put the brand logo on the face: %1").arg(errorText(e)));
        return false;
    }
    const bool ok = doc_.apply(tr("Put the brand logo on the face"), [&](Project& p) {
        for (ObjectId id : targets) {
            Clip c = *p.findClip(id).second;
            reelcut::putBrandLogoOnFace(c, sticker);
            edit::updateClip(p, c);
        }
    });
    if (!ok) {
        showMessage(doc_.lastError());
        return false;
    }
    lastAnalysisDir_.clear(); // a new face effect: try the analysis again
    analyzeFacesIfNeeded();
    return true;
}

bool MainWindow::makeField(ObjectId clip, const QString& name) {
    std::string accept;
    if (const auto [track, c] = doc_.project().findClip(clip);
        c != nullptr && c->kind == ClipKind::Media) {
        try {
            const MediaInfo info = probeMedia(c->media);
            accept = info.isStill || info.animatedImage ? "image"
                     : info.hasVideo                    ? "video"
                                                        : "audio";
        } catch (const std::exception&) {
            accept.clear(); // an offline file: any kind of media then
        }
    }
    const bool ok = doc_.apply(tr("Make a field"), [&](Project& p) {
        edit::makeField(p, clip, name.toStdString(), accept);
    });
    if (!ok) {
        showMessage(tr("Cannot make a field: %1").arg(doc_.lastError()));
    }
    return ok;
}

void MainWindow::makeFieldWithDialog() {
    const std::vector<ObjectId>& selection = timeline_->selection();
    if (selection.size() != 1) {
        showMessage(tr("Select one text or media clip to make it a field."));
        return;
    }
    bool ok = false;
    const QString name =
        QInputDialog::getText(this, tr("Make this a field"),
                              tr("Field name (the data column that fills it, e.g. headline):"),
                              QLineEdit::Normal, QString(), &ok);
    if (ok && !name.trimmed().isEmpty()) {
        makeField(selection.front(), name.trimmed());
    }
}

} // namespace reelcut::gui
