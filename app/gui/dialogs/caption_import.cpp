#include "dialogs/caption_import.h"

#include "commands/project_document.h"
#include "model/edits.h"
#include "model/placement.h"
#include "model/srt.h"
#include "text/text_presets.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

namespace reelcut::gui {

namespace {
constexpr const char* kDefaultCaptionPreset = "caption-box";
}

int importCaptions(ProjectDocument& doc, const QString& srtFile, const QString& presetId,
                   const SafeZone& zone, QString* error) {
    auto fail = [error](const QString& why) {
        if (error != nullptr) {
            *error = why;
        }
        return 0;
    };
    std::vector<Caption> captions;
    try {
        captions = readSrtFile(srtFile.toStdString()); // names the file and the line
    } catch (const SrtError& e) {
        return fail(e.message().translated());
    }
    if (captions.empty()) {
        return fail(
            QCoreApplication::translate("CaptionImport", "%1 has no captions.").arg(srtFile));
    }
    const TextPreset* preset = findTextPreset(presetId.toStdString());
    if (preset == nullptr) {
        preset = findTextPreset(kDefaultCaptionPreset);
    }
    // Readable, in the lower third, inside the platform's safe area (model/placement.h).
    const std::vector<Clip> clips =
        placedCaptions(doc.project(), captions, preset != nullptr ? *preset : TextPreset{}, zone);
    const bool ok =
        doc.apply(QCoreApplication::translate("CaptionImport", "Import captions"), [&](Project& p) {
            const ObjectId track = edit::addTrack(
                p, TrackKind::Text,
                edit::uniqueTrackName(
                    p, QCoreApplication::translate("CaptionImport", "Captions").toStdString()));
            edit::addClips(p, track, clips);
        });
    if (!ok) {
        return fail(doc.lastError());
    }
    return static_cast<int>(clips.size());
}

CaptionStyleDialog::CaptionStyleDialog(QWidget* parent) : QDialog(parent) {
    setWindowTitle(tr("Import captions"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Style of the captions:"), this));
    presets_ = new QListWidget(this);
    for (const TextPreset& p : builtinTextPresets()) {
        auto* item =
            new QListWidgetItem(QCoreApplication::translate("TextPreset", p.name), presets_);
        item->setData(Qt::UserRole, QString::fromStdString(p.id));
        if (p.id == kDefaultCaptionPreset) {
            presets_->setCurrentItem(item);
        }
    }
    layout->addWidget(presets_);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(presets_, &QListWidget::itemDoubleClicked, this, &QDialog::accept);
    layout->addWidget(buttons);
}

QString CaptionStyleDialog::presetId() const {
    const QListWidgetItem* item = presets_->currentItem();
    return item != nullptr ? item->data(Qt::UserRole).toString()
                           : QString::fromLatin1(kDefaultCaptionPreset);
}

} // namespace reelcut::gui
