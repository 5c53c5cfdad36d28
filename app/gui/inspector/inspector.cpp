#include "inspector/inspector.h"

#include "commands/project_document.h"
#include "inspector/effects_inspector.h"
#include "inspector/inspector_widgets.h"
#include "inspector/text_inspector.h"
#include "inspector/time_inspector.h"
#include "inspector/transition_inspector.h"
#include "inspector/voice_inspector.h"
#include "inspector/wheel_guard.h"
#include "model/edits.h"
#include "render/clip_layout.h"
#include "window/gui_util.h"
#include "window/theme.h"

#include <QColorDialog>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QSlider>
#include <QStackedWidget>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>

namespace reelcut::gui {

namespace {

enum Field { kX, kY, kScale, kRotation, kOpacity, kVolume, kFadeIn, kFadeOut, kSpeed };

QColor argb(std::uint32_t v) {
    return QColor::fromRgba(v);
}

void setSwatch(QPushButton* b, const QColor& c) {
    b->setStyleSheet(QStringLiteral("background: %1; border: 1px solid #3a3a46; min-width: 40px;")
                         .arg(c.name()));
}

} // namespace

Inspector::Inspector(ProjectDocument& doc, QWidget* parent) : QWidget(parent), doc_(doc) {
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    stack_ = new QStackedWidget(this);
    outer->addWidget(stack_);

    auto* empty =
        new QLabel(tr("Select a clip on the timeline to change its look and sound."), this);
    empty->setWordWrap(true);
    empty->setAlignment(Qt::AlignCenter);
    empty->setStyleSheet(QStringLiteral("color: #9a9aa8; padding: 24px;"));
    stack_->addWidget(empty);

    // The panel scrolls up and down only: rows that do not fit side by side stack (label
    // above field), long labels wrap, so nothing is ever cut off at the right.
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll_ = scroll;
    auto* page = new QWidget(scroll);
    page_ = page;
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(8, 4, 8, 8);
    title_ = new QLabel(page);
    title_->setStyleSheet(QStringLiteral("font-weight: 600; font-size: 13px;"));
    title_->setWordWrap(true);
    timing_ = new QLabel(page);
    timing_->setStyleSheet(QStringLiteral("color: #9a9aa8;"));
    timing_->setWordWrap(true);
    fields_ = new QLabel(page);
    fields_->setStyleSheet(QStringLiteral("color: #f0b429;"));
    fields_->setWordWrap(true);
    layout->addWidget(title_);
    layout->addWidget(timing_);
    layout->addWidget(fields_);
    // The wheel scrolls this panel; it changes a field only when that field has the focus.
    new WheelGuard(this, scroll);

    // Picture.
    auto* picture = new QGroupBox(tr("Transform"), page);
    pictureGroup_ = picture;
    auto* pf = new QFormLayout(picture);
    setUpForm(pf);
    x_ = addSpin(-100, 200, 1, 1, QStringLiteral(" %"));
    y_ = addSpin(-100, 200, 1, 1, QStringLiteral(" %"));
    scale_ = addSpin(1, 1000, 1, 1, QStringLiteral(" %"));
    rotation_ = addSpin(-360, 360, 1, 1, QStringLiteral(" \u00b0"));
    opacity_ = addSpin(0, 100, 1, 0, QStringLiteral(" %"));
    opacitySlider_ = new QSlider(Qt::Horizontal, picture);
    opacitySlider_->setRange(0, 100);
    auto* opacityRow = new QHBoxLayout;
    opacityRow->addWidget(opacitySlider_, 1);
    opacityRow->addWidget(opacity_);
    pf->addRow(tr("Position X"), x_);
    pf->addRow(tr("Position Y"), y_);
    pf->addRow(tr("Scale"), scale_);
    pf->addRow(tr("Rotation"), rotation_);
    pf->addRow(tr("Opacity"), opacityRow);
    keyframe_ = new QPushButton(tr("Add keyframe at playhead"), picture);
    keyframe_->setToolTip(
        tr("Remember this position, size and angle at the playhead; between keyframes the "
           "clip moves smoothly"));
    pf->addRow(keyframe_);
    fit_ = new QComboBox(picture);
    fit_->addItem(tr("Fit"), static_cast<int>(FitMode::Fit));
    fit_->addItem(tr("Fill"), static_cast<int>(FitMode::Fill));
    fit_->addItem(tr("Stretch"), static_cast<int>(FitMode::Stretch));
    pf->addRow(tr("Fit"), fit_);
    background_ = new QComboBox(picture);
    background_->addItem(tr("None"), static_cast<int>(BackgroundFill::None));
    background_->addItem(tr("Colour"), static_cast<int>(BackgroundFill::Color));
    background_->addItem(tr("Blur"), static_cast<int>(BackgroundFill::Blur));
    color_ = new QPushButton(picture);
    color_->setToolTip(tr("Background colour"));
    auto* bgRow = new QHBoxLayout;
    bgRow->addWidget(background_, 1);
    bgRow->addWidget(color_);
    backgroundRow_ = bgRow;
    pf->addRow(tr("Background"), bgRow);
    layout->addWidget(picture);
    timePage_ = new TimeInspector(doc_, page);
    connect(timePage_, &TimeInspector::message, this, &Inspector::message);
    layout->addWidget(timePage_);

    const ClipEditFn pageEdit = [this](const QString& text, const std::function<void(Clip&)>& fn,
                                       int key) {
        edit(text, fn, key);
    };
    textPage_ = new TextInspector(pageEdit, page);
    layout->addWidget(textPage_);
    effectsPage_ = new EffectsInspector(pageEdit, page);
    layout->addWidget(effectsPage_);
    transitionPage_ = new TransitionInspector(doc_, page);
    connect(transitionPage_, &TransitionInspector::message, this, &Inspector::message);
    layout->addWidget(transitionPage_);

    // Sound and time.
    auto* sound = new QGroupBox(tr("Audio and timing"), page);
    soundGroup_ = sound;
    auto* sf = new QFormLayout(sound);
    setUpForm(sf);
    volume_ = addSpin(-60, 12, 0.5, 1, QStringLiteral(" dB"));
    volumeSlider_ = new QSlider(Qt::Horizontal, sound);
    volumeSlider_->setRange(-600, 120);
    auto* volumeRow = new QHBoxLayout;
    volumeRow->addWidget(volumeSlider_, 1);
    volumeRow->addWidget(volume_);
    volumeRow_ = volumeRow;
    sf->addRow(tr("Volume"), volumeRow);
    fadeIn_ = addSpin(0, 30, 0.1, 2, QStringLiteral(" s"));
    fadeOut_ = addSpin(0, 30, 0.1, 2, QStringLiteral(" s"));
    sf->addRow(tr("Fade in"), fadeIn_);
    sf->addRow(tr("Fade out"), fadeOut_);
    speed_ = addSpin(kMinSpeed, kMaxSpeed, 0.05, 2, QStringLiteral(" x"));
    sf->addRow(tr("Speed"), speed_);
    layout->addWidget(sound);
    voicePage_ = new VoiceInspector(doc_, pageEdit, page);
    layout->addWidget(voicePage_);
    layout->addStretch(1);
    scroll->setWidget(page);
    stack_->addWidget(scroll);

    auto snap = [this](double s) {
        return timeFromSeconds(s, doc_.project().frameRate);
    };

    connect(x_, &QDoubleSpinBox::valueChanged, this, [this](double v) {
        edit(tr("Move picture"), [v](Clip& c) { c.transform.x = v / 100; });
    });
    connect(y_, &QDoubleSpinBox::valueChanged, this, [this](double v) {
        edit(tr("Move picture"), [v](Clip& c) { c.transform.y = v / 100; });
    });
    connect(scale_, &QDoubleSpinBox::valueChanged, this,
            [this](double v) { edit(tr("Scale"), [v](Clip& c) { c.transform.scale = v / 100; }); });
    connect(rotation_, &QDoubleSpinBox::valueChanged, this,
            [this](double v) { edit(tr("Rotate"), [v](Clip& c) { c.transform.rotation = v; }); });
    connect(opacity_, &QDoubleSpinBox::valueChanged, this, [this](double v) {
        edit(tr("Opacity"), [v](Clip& c) { c.transform.opacity = v / 100; });
    });
    connect(opacitySlider_, &QSlider::sliderPressed, this, [this] { ++dragSession_; });
    connect(opacitySlider_, &QSlider::valueChanged, this, [this](int v) {
        edit(
            tr("Opacity"), [v](Clip& c) { c.transform.opacity = v / 100.0; },
            opacitySlider_->isSliderDown() ? dragKey(kOpacity) : -1);
    });
    connect(volumeSlider_, &QSlider::sliderPressed, this, [this] { ++dragSession_; });
    connect(volumeSlider_, &QSlider::valueChanged, this, [this](int v) {
        edit(
            tr("Volume"), [v](Clip& c) { c.volumeDb = v / 10.0; },
            volumeSlider_->isSliderDown() ? dragKey(kVolume) : -1);
    });
    connect(volume_, &QDoubleSpinBox::valueChanged, this,
            [this](double v) { edit(tr("Volume"), [v](Clip& c) { c.volumeDb = v; }); });
    connect(fadeIn_, &QDoubleSpinBox::valueChanged, this, [this, snap](double v) {
        edit(tr("Fade in"), [v, snap](Clip& c) { c.fadeIn = snap(v); });
    });
    connect(fadeOut_, &QDoubleSpinBox::valueChanged, this, [this, snap](double v) {
        edit(tr("Fade out"), [v, snap](Clip& c) { c.fadeOut = snap(v); });
    });
    connect(fit_, &QComboBox::activated, this, [this] {
        const auto mode = static_cast<FitMode>(fit_->currentData().toInt());
        edit(tr("Fit mode"), [mode](Clip& c) { c.fit = mode; });
    });
    connect(background_, &QComboBox::activated, this, [this] {
        const auto fill = static_cast<BackgroundFill>(background_->currentData().toInt());
        edit(tr("Background"), [fill](Clip& c) { c.background = fill; });
    });
    connect(color_, &QPushButton::clicked, this, [this] {
        const Clip* c = doc_.project().findClip(clip_).second;
        if (c == nullptr) {
            return;
        }
        const QColor chosen =
            QColorDialog::getColor(argb(c->backgroundColor), this, tr("Background colour"));
        if (chosen.isValid()) {
            edit(tr("Background colour"), [chosen](Clip& cl) {
                cl.backgroundColor = chosen.rgba();
                cl.background = BackgroundFill::Color;
            });
        }
    });
    connect(speed_, &QDoubleSpinBox::valueChanged, this, [this](double v) {
        if (doc_.project().findClip(clip_).second == nullptr) {
            return;
        }
        const ObjectId id = clip_;
        if (!doc_.apply(tr("Speed"),
                        [&](Project& p) { edit::setSpeed(p, id, Rational::fromDouble(v, 100)); })) {
            Q_EMIT message(tr("Cannot change speed: %1").arg(doc_.lastError()));
            refresh();
        }
    });
    connect(keyframe_, &QPushButton::clicked, this, &Inspector::addKeyframe);
    connect(&doc_, &ProjectDocument::changed, this, &Inspector::refresh);
    refresh();
}

void Inspector::addKeyframe() {
    const Clip* c = doc_.project().findClip(clip_).second;
    if (c == nullptr) {
        return;
    }
    // A key at the playhead (inside the clip) holding what is shown there now, so adding
    // one never makes the clip jump.
    const Time since = std::clamp(playhead_ - c->start, Time(0), c->duration());
    const Transform value = keyframedTransform(*c, since);
    edit(tr("Add keyframe"), [since, value](Clip& clip) {
        if (clip.keyframes.empty() && since != Time(0)) {
            clip.keyframes.push_back(TransformKey{Time(0), clip.transform});
        }
        auto at = std::find_if(clip.keyframes.begin(), clip.keyframes.end(),
                               [&](const TransformKey& k) { return !(k.time < since); });
        if (at != clip.keyframes.end() && at->time == since) {
            at->value = value;
        } else {
            clip.keyframes.insert(at, TransformKey{since, value});
        }
    });
    Q_EMIT message(tr("Keyframe added: move the playhead and change the clip to animate it."));
}

QDoubleSpinBox* Inspector::addSpin(double min, double max, double step, int decimals,
                                   const QString& suffix) {
    return makeSpin(this, min, max, step, decimals, suffix);
}

void Inspector::setUpForm(QFormLayout* form) {
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
}

const MediaInfo* Inspector::mediaInfo(const Clip& clip) {
    if (clip.kind != ClipKind::Media || clip.media.empty()) {
        return nullptr;
    }
    try {
        return &media_.info(clip.media); // headers only, cached per file
    } catch (const std::exception&) {
        return nullptr; // offline: show every field
    }
}

int Inspector::dragKey(int field) {
    // Unique per clip, field and drag, so two separate drags stay two undo steps.
    return static_cast<int>((clip_ * 131 + static_cast<ObjectId>(field) * 7919 +
                             static_cast<ObjectId>(dragSession_) * 104729) &
                            0x3fffffff);
}

void Inspector::setPlayheadTime(const Time& t) {
    const bool moved = playhead_ != t;
    playhead_ = t;
    effectsPage_->setPlayheadTime(t);
    // Animated values show what the picture shows at the playhead.
    const Clip* c = doc_.project().findClip(clip_).second;
    if (moved && c != nullptr &&
        std::any_of(c->effects.begin(), c->effects.end(),
                    [](const EffectInstance& e) { return !e.keyframes.empty(); })) {
        effectsPage_->showClip(*c);
    }
}

void Inspector::setClip(ObjectId clip) {
    clip_ = clip;
    refresh();
}

void Inspector::edit(const QString& text, const std::function<void(Clip&)>& change, int mergeKey) {
    const Clip* current = doc_.project().findClip(clip_).second;
    if (current == nullptr) {
        return;
    }
    Clip next = *current;
    change(next);
    if (!doc_.apply(
            text, [&](Project& p) { edit::updateClip(p, next); }, mergeKey)) {
        Q_EMIT message(tr("Cannot change %1: %2").arg(text, doc_.lastError()));
        refresh();
    }
}

void Inspector::refresh() {
    const auto [track, c] = doc_.project().findClip(clip_);
    if (c == nullptr) {
        stack_->setCurrentIndex(0);
        return;
    }
    stack_->setCurrentIndex(1);
    const std::vector<QWidget*> editors{
        x_,          y_,      scale_,        rotation_, opacity_, opacitySlider_, fit_,
        background_, volume_, volumeSlider_, fadeIn_,   fadeOut_, speed_};
    std::vector<std::unique_ptr<QSignalBlocker>> blockers;
    for (QWidget* w : editors) {
        blockers.push_back(std::make_unique<QSignalBlocker>(w));
    }
    const bool text = c->kind == ClipKind::Text;
    title_->setText(text ? tr("Text: %1").arg(QString::fromStdString(c->text).simplified().left(40))
                         : fileName(c->media));
    const FrameRate& rate = doc_.project().frameRate;
    timing_->setText(tr("Starts %1, lasts %2")
                         .arg(frameTimecode(frameAtTime(c->start, rate), rate),
                              frameTimecode(frameAtTime(c->duration(), rate), rate)));
    // Template fields: which of this clip's properties a data row fills.
    QStringList bound;
    for (const FieldBinding* b :
         doc_.project().templateSpec.bindingsOf(FieldBinding::Target::Clip, c->id)) {
        bound << tr("%1 from %2")
                     .arg(QString::fromStdString(b->key), QString::fromStdString(b->expression));
    }
    fields_->setText(bound.isEmpty() ? QString()
                                     : tr("Fields: %1").arg(bound.join(QStringLiteral(", "))));
    fields_->setVisible(!bound.isEmpty());
    // Only the fields that do something for this clip: text has no picture to fit, no
    // sound and no speed; a sticker (a picture on an overlay track) has nothing to fit or
    // fill either; a picture has no sound and no speed; sound has no picture.
    const MediaInfo* info = mediaInfo(*c);
    const bool still = info != nullptr && info->isStill;
    const bool sticker = still && track->kind == TrackKind::Overlay;
    const bool silent = text || (info != nullptr && !info->hasAudio);
    const bool canFit = !text && !sticker;
    pictureGroup_->setVisible(track->hasPicture());
    if (auto* form = qobject_cast<QFormLayout*>(pictureGroup_->layout())) {
        form->setRowVisible(fit_, canFit);
        form->setRowVisible(backgroundRow_, canFit);
    }
    color_->setVisible(canFit && c->background == BackgroundFill::Color);
    soundGroup_->setVisible(!text);
    soundGroup_->setTitle(silent ? tr("Timing") : tr("Audio and timing"));
    if (auto* form = qobject_cast<QFormLayout*>(soundGroup_->layout())) {
        form->setRowVisible(volumeRow_, !silent);
        // A ramp sets the speed along the clip; a freeze frame has none.
        form->setRowVisible(speed_, !still && !c->freezeAt);
    }
    speed_->setEnabled(!c->ramp.active());
    const bool video = !text && track->hasPicture() && (info == nullptr || info->hasVideo);
    timePage_->setVisible(video);
    if (video) {
        timePage_->showClip(*c, still || (info != nullptr && info->animatedImage));
    }
    voicePage_->setVisible(!silent);
    if (!silent) {
        voicePage_->showClip(*track, *c);
    }
    textPage_->setVisible(text);
    if (text) {
        textPage_->showClip(*c);
    }
    transitionPage_->setVisible(c->transitionIn.has_value());
    if (c->transitionIn) {
        transitionPage_->showClip(*c);
    }
    effectsPage_->setVisible(track->hasPicture() && !text);
    if (track->hasPicture() && !text) {
        effectsPage_->showClip(*c);
    }
    keyframe_->setText(c->keyframes.empty() ? tr("Add keyframe at playhead")
                                            : tr("Add keyframe at playhead (%n set)", nullptr,
                                                 static_cast<int>(c->keyframes.size())));
    x_->setValue(c->transform.x * 100);
    y_->setValue(c->transform.y * 100);
    scale_->setValue(c->transform.scale * 100);
    rotation_->setValue(c->transform.rotation);
    opacity_->setValue(c->transform.opacity * 100);
    if (!opacitySlider_->isSliderDown()) {
        opacitySlider_->setValue(static_cast<int>(std::lround(c->transform.opacity * 100)));
    }
    fit_->setCurrentIndex(fit_->findData(static_cast<int>(c->fit)));
    background_->setCurrentIndex(background_->findData(static_cast<int>(c->background)));
    setSwatch(color_, argb(c->backgroundColor));
    volume_->setValue(c->volumeDb);
    if (!volumeSlider_->isSliderDown()) {
        volumeSlider_->setValue(static_cast<int>(std::lround(c->volumeDb * 10)));
    }
    fadeIn_->setValue(c->fadeIn.toDouble());
    fadeOut_->setValue(c->fadeOut.toDouble());
    speed_->setValue(c->speed.toDouble());
}

} // namespace reelcut::gui
