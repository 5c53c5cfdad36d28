#include "inspector/effects_inspector.h"

#include "effect/effect.h"
#include "model/keyframe_edits.h"
#include "window/theme.h"

#include <QCheckBox>
#include <QCoreApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QToolButton>
#include <QVBoxLayout>
#include <algorithm>

namespace reelcut::gui {

EffectsInspector::EffectsInspector(ClipEditFn edit, QWidget* parent)
    : QGroupBox(tr("Effects"), parent), edit_(std::move(edit)) {
    layout_ = new QVBoxLayout(this);
    layout_->setContentsMargins(6, 6, 6, 6);
}

Time EffectsInspector::since() const {
    return std::clamp(playhead_ - clipStart_, Time(0), clipDuration_);
}

void EffectsInspector::showClip(const Clip& clip) {
    clipStart_ = clip.start;
    clipDuration_ = clip.duration();
    std::vector<std::string> types;
    for (const EffectInstance& fx : clip.effects) {
        types.push_back(fx.type);
    }
    if (types != shownTypes_ || content_.isNull()) {
        rebuild(clip);
    }
    const Time now = since();
    for (std::size_t i = 0; i < clip.effects.size() && i < forms_.size(); ++i) {
        const EffectInstance& fx = clip.effects[i];
        enabledSetters_[i](fx.enabled);
        if (forms_[i].isNull()) {
            continue;
        }
        std::map<std::string, ParamForm::KeyState> keys;
        for (const auto& [name, list] : fx.keyframes) {
            if (list.empty()) {
                continue;
            }
            keys[name] = edit::hasParamKey(clip, i, name, now) ? ParamForm::KeyState::KeyHere
                                                               : ParamForm::KeyState::Keyed;
        }
        // The values the picture shows at the playhead.
        forms_[i]->showValues(fx.keyframes.empty() ? fx.params : fx.paramsAt(now), keys);
    }
}

QWidget* EffectsInspector::paramEditor(std::size_t index, const std::string& param) const {
    return index < forms_.size() && !forms_[index].isNull() ? forms_[index]->editor(param)
                                                            : nullptr;
}

QWidget* EffectsInspector::keyButton(std::size_t index, const std::string& param) const {
    return index < forms_.size() && !forms_[index].isNull() ? forms_[index]->keyButton(param)
                                                            : nullptr;
}

QWidget* EffectsInspector::pickButton(std::size_t index, const std::string& param) const {
    return index < forms_.size() && !forms_[index].isNull() ? forms_[index]->pickButton(param)
                                                            : nullptr;
}

void EffectsInspector::rebuild(const Clip& clip) {
    // Deleted later: this may run inside a signal of one of the old widgets (remove).
    if (!content_.isNull()) {
        content_->hide();
        content_->deleteLater();
    }
    forms_.assign(clip.effects.size(), nullptr);
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
    auto* form = new ParamForm(
        effect->descriptor(),
        [this, index](const std::string& param, const ParamValue& value, int mergeKey) {
            setParam(index, param, value, mergeKey);
        },
        [this, index](const std::string& param, bool on) { toggleKey(index, param, on); }, box);
    form->setContentsMargins(12, 0, 0, 0);
    form->setColorPicker([this, index](const std::string& param) {
        Q_EMIT colorPickRequested(int(index), QString::fromStdString(param));
    });
    forms_[index] = form;
    v->addWidget(form);
    return box;
}

void EffectsInspector::setParam(std::size_t index, const std::string& param, ParamValue value,
                                int mergeKey) {
    const Time at = since();
    edit_(
        tr("Effect parameter"),
        [index, param, value, at](Clip& c) {
            if (index >= c.effects.size()) {
                return;
            }
            // An animated value changes (or gains) its key at the playhead.
            const auto keyed = c.effects[index].keyframes.find(param);
            if (keyed != c.effects[index].keyframes.end() && !keyed->second.empty() &&
                value.isNumber()) {
                edit::setParamKey(c, index, param, at, value.number());
            } else {
                c.effects[index].params[param] = value;
            }
        },
        mergeKey);
}

void EffectsInspector::toggleKey(std::size_t index, const std::string& param, bool on) {
    const Time at = since();
    edit_(
        on ? tr("Add keyframe") : tr("Delete keyframe"),
        [index, param, on, at](Clip& c) {
            if (index >= c.effects.size()) {
                return;
            }
            const Effect* e = EffectRegistry::instance().find(c.effects[index].type);
            // The key holds what shows at the playhead, so adding it never makes a jump.
            const ParamValues now = c.effects[index].paramsAt(at);
            const double value = e != nullptr ? paramValue(e->descriptor(), now, param) : 0;
            if (on) {
                edit::setParamKey(c, index, param, at, value);
            } else {
                edit::removeParamKey(c, index, param, at, value);
            }
        },
        -1);
}

} // namespace reelcut::gui
