#include "inspector/voice_inspector.h"

#include "commands/project_document.h"
#include "model/edits.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QSignalBlocker>

namespace reelcut::gui {

VoiceInspector::VoiceInspector(ProjectDocument& doc, ClipEditFn edit, QWidget* parent)
    : QGroupBox(tr("Voice"), parent), doc_(doc), edit_(std::move(edit)) {
    auto* form = new QFormLayout(this);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    voice_ = new QComboBox(this);
    voice_->addItem(tr("None"), int(VoiceEffect::None));
    voice_->addItem(tr("Chipmunk"), int(VoiceEffect::Chipmunk));
    voice_->addItem(tr("Deep"), int(VoiceEffect::Deep));
    voice_->addItem(tr("Robot"), int(VoiceEffect::Robot));
    voice_->addItem(tr("Echo"), int(VoiceEffect::Echo));
    voice_->setToolTip(tr("Change how the voice sounds"));
    form->addRow(tr("Voice effect"), voice_);

    denoise_ = new QCheckBox(tr("Reduce noise"), this);
    denoise_->setToolTip(tr("Removes steady background noise: hum, fans, traffic"));
    form->addRow(denoise_);
    clarity_ = new QCheckBox(tr("Voice clarity"), this);
    clarity_->setToolTip(tr("Cuts rumble and boxiness and lifts presence, so speech reads "
                            "clearer"));
    form->addRow(clarity_);
    // Short labels: check boxes do not wrap, and the panel may be narrow.
    keepPitch_ = new QCheckBox(tr("Keep pitch"), this);
    keepPitch_->setToolTip(tr("A faster or slower clip keeps its voice natural"));
    form->addRow(keepPitch_);

    duck_ = new QCheckBox(tr("Duck under voice"), this);
    duck_->setToolTip(tr("This track goes down while someone speaks on another track, found "
                         "in the sound itself"));
    duckDepth_ = makeSpin(this, 1, 40, 1, 0, QStringLiteral(" dB"));
    duckDepth_->setToolTip(tr("How far the track goes down under speech"));
    duckRow_ = new QWidget(this);
    auto* duckLayout = new QFormLayout(duckRow_);
    duckLayout->setContentsMargins(0, 0, 0, 0);
    duckLayout->setRowWrapPolicy(QFormLayout::WrapLongRows);
    duckLayout->addRow(duck_);
    duckLayout->addRow(tr("Depth"), duckDepth_);
    form->addRow(duckRow_);

    connect(voice_, &QComboBox::currentIndexChanged, this, [this](int i) {
        const auto v = VoiceEffect(voice_->itemData(i).toInt());
        edit_(
            tr("Voice effect"), [v](Clip& c) { c.voice = v; }, -1);
    });
    connect(denoise_, &QCheckBox::toggled, this, [this](bool on) {
        edit_(
            tr("Reduce noise"), [on](Clip& c) { c.denoise = on; }, -1);
    });
    connect(clarity_, &QCheckBox::toggled, this, [this](bool on) {
        edit_(
            tr("Voice clarity"), [on](Clip& c) { c.voiceClarity = on; }, -1);
    });
    connect(keepPitch_, &QCheckBox::toggled, this, [this](bool on) {
        edit_(
            tr("Keep pitch"), [on](Clip& c) { c.keepPitch = on; }, -1);
    });
    connect(duck_, &QCheckBox::toggled, this, [this](bool on) {
        editTrack(on ? tr("Duck under voice") : tr("No ducking"),
                  [on](Track& t) { t.ducking.enabled = on; });
    });
    connect(duckDepth_, &QDoubleSpinBox::valueChanged, this, [this](double db) {
        editTrack(tr("Ducking depth"), [db](Track& t) { t.ducking.depthDb = db; });
    });
}

void VoiceInspector::showClip(const Track& track, const Clip& clip) {
    track_ = track.id;
    const QSignalBlocker b1(voice_), b2(denoise_), b3(clarity_), b4(keepPitch_), b5(duck_),
        b6(duckDepth_);
    voice_->setCurrentIndex(std::max(0, voice_->findData(int(clip.voice))));
    denoise_->setChecked(clip.denoise);
    clarity_->setChecked(clip.voiceClarity);
    keepPitch_->setChecked(clip.keepPitch);
    // Ducking belongs to music and sound tracks: a video's own sound is the voice.
    duckRow_->setVisible(track.kind == TrackKind::Audio);
    duck_->setChecked(track.ducking.enabled);
    duckDepth_->setValue(track.ducking.depthDb);
    duckDepth_->setEnabled(track.ducking.enabled);
}

void VoiceInspector::editTrack(const QString& text, const std::function<void(Track&)>& change) {
    const Track* current = doc_.project().findTrack(track_);
    if (current == nullptr) {
        return;
    }
    Track t = *current;
    change(t);
    doc_.apply(text, [&](Project& p) { edit::updateTrack(p, t); });
}

} // namespace reelcut::gui
