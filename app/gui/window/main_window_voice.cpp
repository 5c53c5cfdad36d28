// The main window's side of a voice-over: the timeline plays while the dialog records,
// and the recording lands where playback started (placement is the core's,
// record/take_import.h).

#include "media/media_info.h"
#include "preview/playback_clock.h"
#include "preview/player.h"
#include "record/take_import.h"
#include "record/voice_over_dialog.h"
#include "timeline/timeline_view.h"
#include "window/gui_util.h"
#include "window/main_window.h"

namespace reelcut::gui {

VoiceOverDialog* MainWindow::openVoiceOverDialog() {
    if (voiceOver_ == nullptr) {
        player_->pause();
        voiceOver_ = new VoiceOverDialog(takeFolder(), this);
        voiceOver_->setAttribute(Qt::WA_DeleteOnClose);
        connect(voiceOver_, &VoiceOverDialog::recordingStarted, this, [this] {
            voiceOverStart_ = player_->position();
            if (voiceOver_ != nullptr && voiceOver_->playsTimeline()) {
                player_->clock().setMuted(voiceOver_->mutesTimeline());
                player_->play();
            }
        });
        connect(voiceOver_, &VoiceOverDialog::recordingStopped, this, [this] {
            player_->pause();
            player_->clock().setMuted(false);
        });
        connect(voiceOver_, &VoiceOverDialog::recorded, this,
                [this](const QString& file) { useVoiceOver(file); });
    }
    voiceOver_->show();
    voiceOver_->raise();
    voiceOver_->activateWindow();
    return voiceOver_;
}

ObjectId MainWindow::useVoiceOver(const QString& file) {
    ObjectId clip = 0;
    try {
        const MediaInfo info = probeMedia(toPath(file));
        const Time at = frameTime(voiceOverStart_, doc_.project().frameRate);
        const bool ok = doc_.apply(tr("Record voice-over"), [&](Project& p) {
            clip = placeVoiceOver(p, file.toStdString(), info, at, tr("Voice-over").toStdString());
        });
        if (!ok) {
            return 0;
        }
    } catch (const std::exception& e) {
        showMessage(tr("Cannot add the voice-over: %1").arg(errorText(e)));
        return 0;
    }
    // Back where it started, with the new clip selected: play it to hear the take.
    player_->seek(voiceOverStart_);
    timeline_->setSelection({clip});
    return clip;
}

} // namespace reelcut::gui
