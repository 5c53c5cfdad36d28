#pragma once

#include "inspector/inspector_widgets.h"
#include "model/project.h"

#include <QGroupBox>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;

namespace reelcut {
class ProjectDocument;
}

namespace reelcut::gui {

// The selected clip's voice, beyond volume and fades: a voice changer (CapCut's voice
// effects), noise reduction, voice clarity, the pitch kept when the speed changes; and,
// on an audio track, the track's ducking (it lowers itself while someone speaks on
// another track). Each change is one undo step.
class VoiceInspector : public QGroupBox {
    Q_OBJECT
public:
    VoiceInspector(ProjectDocument& doc, ClipEditFn edit, QWidget* parent = nullptr);

    void showClip(const Track& track, const Clip& clip);

    // The editors, for tests.
    QComboBox* voiceBox() const { return voice_; }
    QCheckBox* denoiseBox() const { return denoise_; }
    QCheckBox* clarityBox() const { return clarity_; }
    QCheckBox* keepPitchBox() const { return keepPitch_; }
    QCheckBox* duckBox() const { return duck_; }
    QDoubleSpinBox* duckDepthBox() const { return duckDepth_; }

private:
    void editTrack(const QString& text, const std::function<void(Track&)>& change);

    ProjectDocument& doc_;
    ClipEditFn edit_;
    ObjectId track_ = 0;
    QComboBox* voice_ = nullptr;
    QCheckBox* denoise_ = nullptr;
    QCheckBox* clarity_ = nullptr;
    QCheckBox* keepPitch_ = nullptr;
    QCheckBox* duck_ = nullptr;
    QDoubleSpinBox* duckDepth_ = nullptr;
    QWidget* duckRow_ = nullptr;
};

} // namespace reelcut::gui
