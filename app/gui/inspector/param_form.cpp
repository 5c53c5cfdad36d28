#include "inspector/param_form.h"

#include "inspector/inspector_widgets.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSlider>
#include <QToolButton>
#include <cmath>
#include <memory>

namespace reelcut::gui {

namespace {

constexpr int kSliderSteps = 1000;
// Merge keys of parameter drags; apart from the other inspector pages' keys.
constexpr int kDragKeyBase = 0x28000000;

int decimalsFor(const ParamDescriptor& d) {
    const double span = d.maximum - d.minimum;
    return span >= 20 ? 0 : span >= 2 ? 1 : 2;
}

QString label(const char* text) {
    return QCoreApplication::translate("Effect", text);
}

} // namespace

ParamForm::ParamForm(const EffectDescriptor& descriptor, SetFn set, KeyFn key, QWidget* parent)
    : QWidget(parent), descriptor_(descriptor), set_(std::move(set)), key_(std::move(key)) {
    // Labels above their fields: parameter names can be long and the panel is narrow.
    auto* form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->setRowWrapPolicy(QFormLayout::WrapAllRows);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    for (const ParamDescriptor& d : descriptor_.params) {
        const std::string id = d.id;
        switch (d.type) {
        case ParamType::Number:
            addNumber(form, d);
            break;
        case ParamType::Toggle: {
            auto* check = new QCheckBox(label(d.label), this);
            connect(check, &QCheckBox::toggled, this,
                    [this, id](bool on) { set_(id, on ? 1.0 : 0.0, -1); });
            setters_[id] = [check](const ParamValue& v) {
                const QSignalBlocker block(check);
                check->setChecked(v.number() >= 0.5);
            };
            editors_[id] = check;
            form->addRow(check);
            break;
        }
        case ParamType::Choice: {
            auto* combo = new QComboBox(this);
            for (const ParamChoice& c : d.choices) {
                combo->addItem(label(c.label), QString::fromStdString(c.id));
            }
            // Stored by id, which stays right when choices are added or reordered.
            connect(combo, &QComboBox::currentIndexChanged, this, [this, id, combo](int i) {
                set_(id, combo->itemData(i).toString().toStdString(), -1);
            });
            const ParamDescriptor* desc = &d;
            setters_[id] = [combo, desc](const ParamValue& v) {
                const QSignalBlocker block(combo);
                const std::string name =
                    v.isNumber() && v.number() >= 0 && v.number() < double(desc->choices.size())
                        ? desc->choices[std::size_t(v.number())].id
                        : v.text();
                combo->setCurrentIndex(std::max(0, desc->choiceIndex(name)));
            };
            editors_[id] = combo;
            form->addRow(label(d.label), combo);
            break;
        }
        case ParamType::Color: {
            const QString text = label(d.label);
            QPushButton* button = makeColorButton(this, text);
            auto current = std::make_shared<std::uint32_t>(0);
            connect(button, &QPushButton::clicked, this, [this, id, button, current, text] {
                std::uint32_t argb = *current;
                if (pickColor(button, text, argb)) {
                    set_(id, double(argb), -1);
                }
            });
            setters_[id] = [button, current](const ParamValue& v) {
                *current = static_cast<std::uint32_t>(v.number());
                setSwatch(button, *current);
            };
            editors_[id] = button;
            // The eyedropper: shown once the owner can pick from the preview.
            auto* pick = new QToolButton(this);
            pick->setText(tr("Pick"));
            pick->setToolTip(tr("Pick the colour from the preview: click it there"));
            pick->setObjectName(QStringLiteral("pick-") + QString::fromStdString(id));
            pick->setVisible(false);
            connect(pick, &QToolButton::clicked, this, [this, id] {
                if (pick_) {
                    pick_(id);
                }
            });
            pickButtons_[id] = pick;
            auto* row = new QHBoxLayout;
            row->addWidget(button, 1);
            row->addWidget(pick);
            form->addRow(text, row);
            break;
        }
        case ParamType::File:
            addFile(form, d);
            break;
        case ParamType::Text: {
            auto* line = new QLineEdit(this);
            connect(line, &QLineEdit::editingFinished, this,
                    [this, id, line] { set_(id, line->text().toStdString(), -1); });
            setters_[id] = [line](const ParamValue& v) {
                const QSignalBlocker block(line);
                line->setText(QString::fromStdString(v.text()));
            };
            editors_[id] = line;
            form->addRow(label(d.label), line);
            break;
        }
        case ParamType::Point:
            addPoint(form, d);
            break;
        case ParamType::Curve: {
            // Curves are drawn by their own editors (speed ramps); here the points show.
            auto* text = new QLabel(this);
            text->setWordWrap(true);
            setters_[id] = [text](const ParamValue& v) {
                QStringList points;
                for (const CurvePoint& p : v.curve()) {
                    points << QStringLiteral("%1:%2").arg(p.x, 0, 'g', 3).arg(p.y, 0, 'g', 3);
                }
                text->setText(points.join(QStringLiteral("  ")));
            };
            editors_[id] = text;
            form->addRow(label(d.label), text);
            break;
        }
        }
    }
}

void ParamForm::addNumber(QFormLayout* form, const ParamDescriptor& d) {
    const std::string id = d.id;
    auto* slider = new QSlider(Qt::Horizontal, this);
    slider->setRange(0, kSliderSteps);
    QDoubleSpinBox* spin =
        makeSpin(this, d.minimum, d.maximum, (d.maximum - d.minimum) / 100, decimalsFor(d));
    const double min = d.minimum;
    const double span = d.maximum - d.minimum;
    connect(slider, &QSlider::sliderPressed, this, [this] { ++dragSession_; });
    connect(slider, &QSlider::valueChanged, this, [=, this](int s) {
        set_(id, min + span * s / kSliderSteps,
             slider->isSliderDown() ? kDragKeyBase + dragSession_ : -1);
    });
    connect(spin, &QDoubleSpinBox::valueChanged, this, [this, id](double v) { set_(id, v, -1); });
    setters_[id] = [=](const ParamValue& value) {
        const double v = value.number(d.defaultValue);
        const QSignalBlocker b1(spin);
        spin->setValue(v);
        if (!slider->isSliderDown() && span > 0) {
            const QSignalBlocker b2(slider);
            slider->setValue(static_cast<int>(std::lround((v - min) / span * kSliderSteps)));
        }
    };
    editors_[id] = spin;
    auto* row = new QHBoxLayout;
    row->addWidget(slider, 1);
    row->addWidget(spin);
    if (key_ && d.animatable) {
        // The diamond: hollow when the value is not animated, half when it is animated but
        // has no key here, filled on a key; a click adds or removes the key here.
        auto* key = new QToolButton(this);
        key->setAutoRaise(true);
        key->setCheckable(true);
        key->setText(QStringLiteral("\u25c7"));
        key->setToolTip(tr("Add a keyframe at the playhead"));
        connect(key, &QToolButton::clicked, this, [this, id](bool on) { key_(id, on); });
        keyButtons_[id] = key;
        row->addWidget(key);
    }
    form->addRow(label(d.label), row);
}

void ParamForm::addFile(QFormLayout* form, const ParamDescriptor& d) {
    const std::string id = d.id;
    auto* name = new QLabel(this);
    name->setWordWrap(true);
    name->setStyleSheet(QStringLiteral("color: #c8c8d0;"));
    auto* choose = new QPushButton(tr("Choose..."), this);
    const QString suffix = QString::fromStdString(d.fileSuffix);
    const QString title = label(d.label);
    connect(choose, &QPushButton::clicked, this, [this, id, suffix, title] {
        // One suffix ("cube") or several separated by spaces ("png svg gif").
        const QStringList suffixes = suffix.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        QString filter;
        if (suffixes.size() == 1) {
            filter = tr("%1 files (*.%2)").arg(suffix.toUpper(), suffix);
        } else if (suffixes.size() > 1) {
            filter = tr("Supported files (%1)")
                         .arg(QStringLiteral("*.") + suffixes.join(QStringLiteral(" *.")));
        }
        const QString file = QFileDialog::getOpenFileName(this, title, QString(), filter);
        if (!file.isEmpty()) {
            set_(id, file.toStdString(), -1);
        }
    });
    setters_[id] = [name](const ParamValue& v) {
        const QString path = QString::fromStdString(v.text());
        name->setText(path.isEmpty() ? tr("(none)") : QFileInfo(path).fileName());
        name->setToolTip(path);
    };
    editors_[id] = choose;
    auto* row = new QHBoxLayout;
    row->addWidget(name, 1);
    row->addWidget(choose);
    form->addRow(title, row);
}

void ParamForm::addPoint(QFormLayout* form, const ParamDescriptor& d) {
    const std::string id = d.id;
    QDoubleSpinBox* x =
        makeSpin(this, d.minimum * 100, d.maximum * 100, 1, 1, QStringLiteral(" %"));
    QDoubleSpinBox* y =
        makeSpin(this, d.minimum * 100, d.maximum * 100, 1, 1, QStringLiteral(" %"));
    auto commit = [this, id, x, y] {
        set_(id, ParamPoint{x->value() / 100, y->value() / 100}, -1);
    };
    connect(x, &QDoubleSpinBox::valueChanged, this, commit);
    connect(y, &QDoubleSpinBox::valueChanged, this, commit);
    setters_[id] = [x, y, fallback = d.defaultPoint](const ParamValue& v) {
        const ParamPoint p = v.point(fallback);
        const QSignalBlocker bx(x), by(y);
        x->setValue(p.x * 100);
        y->setValue(p.y * 100);
    };
    editors_[id] = x;
    auto* row = new QHBoxLayout;
    row->addWidget(new QLabel(QStringLiteral("X"), this));
    row->addWidget(x, 1);
    row->addWidget(new QLabel(QStringLiteral("Y"), this));
    row->addWidget(y, 1);
    form->addRow(label(d.label), row);
}

void ParamForm::showValues(const ParamValues& values, const std::map<std::string, KeyState>& keys) {
    for (const ParamDescriptor& d : descriptor_.params) {
        const auto it = values.find(d.id);
        const ParamValue v = it != values.end() ? it->second : d.defaultParam();
        if (const auto s = setters_.find(d.id); s != setters_.end()) {
            s->second(v);
        }
        const KeyState state = keys.contains(d.id) ? keys.at(d.id) : KeyState::None;
        if (QToolButton* key = keyButtons_.contains(d.id) ? keyButtons_.at(d.id) : nullptr) {
            const QSignalBlocker block(key);
            key->setChecked(state == KeyState::KeyHere);
            key->setText(state == KeyState::KeyHere ? QStringLiteral("\u25c6")
                         : state == KeyState::Keyed ? QStringLiteral("\u2b16")
                                                    : QStringLiteral("\u25c7"));
            key->setToolTip(state == KeyState::KeyHere ? tr("Remove the keyframe at the playhead")
                                                       : tr("Add a keyframe at the playhead"));
            continue; // with keyframe buttons, an animated value is edited at the playhead
        }
        if (QWidget* e = editor(d.id)) {
            const bool isKeyed = state != KeyState::None;
            e->setEnabled(!isKeyed);
            e->setToolTip(isKeyed ? tr("Animated by keyframes") : QString());
        }
    }
}

QWidget* ParamForm::keyButton(const std::string& param) const {
    const auto it = keyButtons_.find(param);
    return it != keyButtons_.end() ? it->second : nullptr;
}

void ParamForm::setColorPicker(PickFn pick) {
    pick_ = std::move(pick);
    for (auto& [id, button] : pickButtons_) {
        button->setVisible(bool(pick_));
    }
}

QToolButton* ParamForm::pickButton(const std::string& param) const {
    const auto it = pickButtons_.find(param);
    return it == pickButtons_.end() ? nullptr : it->second;
}

QWidget* ParamForm::editor(const std::string& param) const {
    const auto it = editors_.find(param);
    return it != editors_.end() ? it->second : nullptr;
}

} // namespace reelcut::gui
