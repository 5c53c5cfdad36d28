#include "inspector/effects_inspector.h"

#include "effect/effect.h"
#include "window/theme.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSlider>
#include <QToolButton>
#include <QVBoxLayout>
#include <cmath>

namespace reelcut::gui {

namespace {

constexpr int kSliderSteps = 1000;
// Merge keys of effect slider drags; apart from the other inspector pages' keys.
constexpr int kDragKeyBase = 0x20000000;

int decimalsFor(const ParamDescriptor& d) {
    const double span = d.maximum - d.minimum;
    return span >= 20 ? 0 : span >= 2 ? 1 : 2;
}

} // namespace

EffectsInspector::EffectsInspector(ClipEditFn edit, QWidget* parent)
    : QGroupBox(tr("Effects"), parent), edit_(std::move(edit)) {
    layout_ = new QVBoxLayout(this);
    layout_->setContentsMargins(6, 6, 6, 6);
}

void EffectsInspector::showClip(const Clip& clip) {
    std::vector<std::string> types;
    for (const EffectInstance& fx : clip.effects) {
        types.push_back(fx.type);
    }
    if (types != shownTypes_ || content_.isNull()) {
        rebuild(clip);
    }
    for (std::size_t i = 0; i < clip.effects.size() && i < setters_.size(); ++i) {
        const EffectInstance& fx = clip.effects[i];
        enabledSetters_[i](fx.enabled);
        const Effect* e = EffectRegistry::instance().find(fx.type);
        if (e == nullptr) {
            continue;
        }
        for (auto& [id, set] : setters_[i]) {
            set(paramValue(e->descriptor(), fx.params, id));
            // A keyed parameter follows its keyframes; a value typed here would not show.
            const bool keyed = fx.keyframes.contains(id) && !fx.keyframes.at(id).empty();
            QWidget* editor = editors_[i][id];
            editor->setEnabled(!keyed);
            editor->setToolTip(keyed ? tr("Animated by keyframes") : QString());
        }
    }
}

QWidget* EffectsInspector::paramEditor(std::size_t index, const std::string& param) const {
    if (index >= editors_.size()) {
        return nullptr;
    }
    const auto it = editors_[index].find(param);
    return it == editors_[index].end() ? nullptr : it->second;
}

void EffectsInspector::rebuild(const Clip& clip) {
    // Deleted later: this may run inside a signal of one of the old widgets (remove).
    if (!content_.isNull()) {
        content_->hide();
        content_->deleteLater();
    }
    setters_.assign(clip.effects.size(), {});
    editors_.assign(clip.effects.size(), {});
    enabledSetters_.assign(clip.effects.size(), [](bool) {});
    shownTypes_.clear();
    auto* content = new QWidget(this);
    auto* v = new QVBoxLayout(content);
    v->setContentsMargins(0, 0, 0, 0);
    if (clip.effects.empty()) {
        auto* hint =
            new QLabel(tr("No effects. Drag one from the Effects tab onto the clip."), content);
        hint->setWordWrap(true);
        hint->setStyleSheet(QStringLiteral("color: #9a9aa8;"));
        v->addWidget(hint);
    }
    for (std::size_t i = 0; i < clip.effects.size(); ++i) {
        shownTypes_.push_back(clip.effects[i].type);
        v->addWidget(buildEffect(i, clip.effects[i]));
    }
    layout_->addWidget(content);
    content_ = content;
}

QWidget* EffectsInspector::buildEffect(std::size_t index, const EffectInstance& fx) {
    auto* box = new QWidget;
    auto* v = new QVBoxLayout(box);
    v->setContentsMargins(0, 4, 0, 4);
    const Effect* effect = EffectRegistry::instance().find(fx.type);
    auto* head = new QHBoxLayout;
    auto* enabled = new QCheckBox(
        effect != nullptr ? QCoreApplication::translate("Effect", effect->descriptor().name)
                          : QString::fromStdString(fx.type),
        box);
    enabled->setStyleSheet(QStringLiteral("font-weight: 600;"));
    enabled->setToolTip(tr("Switch the effect on or off"));
    enabledSetters_[index] = [enabled](bool on) {
        const QSignalBlocker block(enabled);
        enabled->setChecked(on);
    };
    connect(enabled, &QCheckBox::toggled, this, [this, index](bool on) {
        edit_(
            on ? tr("Enable effect") : tr("Disable effect"),
            [index, on](Clip& c) {
                if (index < c.effects.size()) {
                    c.effects[index].enabled = on;
                }
            },
            -1);
    });
    auto* remove = new QToolButton(box);
    remove->setIcon(icon(QStringLiteral("delete")));
    remove->setToolTip(tr("Remove this effect"));
    remove->setAutoRaise(true);
    connect(remove, &QToolButton::clicked, this, [this, index] {
        edit_(
            tr("Remove effect"),
            [index](Clip& c) {
                if (index < c.effects.size()) {
                    c.effects.erase(c.effects.begin() + static_cast<std::ptrdiff_t>(index));
                }
            },
            -1);
    });
    head->addWidget(enabled, 1);
    head->addWidget(remove);
    v->addLayout(head);
    if (effect == nullptr) {
        v->addWidget(new QLabel(tr("Unknown effect: not available in this version"), box));
        return box;
    }
    // Labels above their fields: effect parameters have long names ("Offset across (eye
    // distances)"), and the panel is narrow; wrapped labels and full-width fields never
    // need a horizontal scroll bar.
    auto* form = new QFormLayout;
    form->setContentsMargins(12, 0, 0, 0);
    form->setRowWrapPolicy(QFormLayout::WrapAllRows);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    for (const ParamDescriptor& d : effect->descriptor().params) {
        const QString labelText = QCoreApplication::translate("Effect", d.label);
        auto* label = new QLabel(labelText, box);
        label->setWordWrap(true);
        const std::string id = d.id;
        if (d.type == ParamType::Toggle) {
            auto* check = new QCheckBox(box);
            connect(check, &QCheckBox::toggled, this,
                    [this, index, id](bool on) { setParam(index, id, on ? 1 : 0, -1); });
            setters_[index][id] = [check](double v) {
                const QSignalBlocker block(check);
                check->setChecked(v >= 0.5);
            };
            editors_[index][id] = check;
            form->addRow(label, check);
        } else if (d.type == ParamType::Choice) {
            auto* combo = new QComboBox(box);
            for (const char* choice : d.choices) {
                combo->addItem(QCoreApplication::translate("Effect", choice));
            }
            connect(combo, &QComboBox::currentIndexChanged, this,
                    [this, index, id](int i) { setParam(index, id, i, -1); });
            setters_[index][id] = [combo](double v) {
                const QSignalBlocker block(combo);
                combo->setCurrentIndex(static_cast<int>(std::lround(v)));
            };
            editors_[index][id] = combo;
            form->addRow(label, combo);
        } else if (d.type == ParamType::Color) {
            QPushButton* button = makeColorButton(box, labelText);
            auto current = std::make_shared<std::uint32_t>(0);
            connect(button, &QPushButton::clicked, this,
                    [this, index, id, button, current, labelText] {
                        std::uint32_t argb = *current;
                        if (pickColor(button, labelText, argb)) {
                            setParam(index, id, static_cast<double>(argb), -1);
                        }
                    });
            setters_[index][id] = [button, current](double v) {
                *current = static_cast<std::uint32_t>(v);
                setSwatch(button, *current);
            };
            editors_[index][id] = button;
            form->addRow(label, button);
        } else {
            auto* slider = new QSlider(Qt::Horizontal, box);
            slider->setRange(0, kSliderSteps);
            QDoubleSpinBox* spin =
                makeSpin(box, d.minimum, d.maximum, (d.maximum - d.minimum) / 100, decimalsFor(d));
            const double min = d.minimum;
            const double span = d.maximum - d.minimum;
            connect(slider, &QSlider::sliderPressed, this, [this] { ++dragSession_; });
            connect(slider, &QSlider::valueChanged, this, [=, this](int s) {
                setParam(index, id, min + span * s / kSliderSteps,
                         slider->isSliderDown() ? kDragKeyBase + dragSession_ : -1);
            });
            connect(spin, &QDoubleSpinBox::valueChanged, this,
                    [this, index, id](double v) { setParam(index, id, v, -1); });
            setters_[index][id] = [=](double v) {
                const QSignalBlocker b1(spin);
                spin->setValue(v);
                if (!slider->isSliderDown() && span > 0) {
                    const QSignalBlocker b2(slider);
                    slider->setValue(
                        static_cast<int>(std::lround((v - min) / span * kSliderSteps)));
                }
            };
            editors_[index][id] = spin;
            auto* row = new QHBoxLayout;
            row->addWidget(slider, 1);
            row->addWidget(spin);
            form->addRow(label, row);
        }
    }
    v->addLayout(form);
    return box;
}

void EffectsInspector::setParam(std::size_t index, const std::string& param, double value,
                                int mergeKey) {
    edit_(
        tr("Effect parameter"),
        [index, param, value](Clip& c) {
            if (index < c.effects.size()) {
                c.effects[index].params[param] = value;
            }
        },
        mergeKey);
}

} // namespace reelcut::gui
