#include "inspector/transition_inspector.h"

#include "commands/project_document.h"
#include "effect/effect.h"
#include "inspector/inspector_widgets.h"
#include "inspector/param_form.h"
#include "model/transition_edits.h"
#include "window/gui_util.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QPushButton>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace reelcut::gui {

TransitionInspector::TransitionInspector(ProjectDocument& doc, QWidget* parent)
    : QGroupBox(tr("Transition in"), parent), doc_(doc) {
    layout_ = new QVBoxLayout(this);
    layout_->setContentsMargins(6, 6, 6, 6);
    auto* form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    type_ = new QComboBox(this);
    type_->setObjectName(QStringLiteral("transitionType"));
    for (const TransitionEffect* t : EffectRegistry::instance().transitions()) {
        type_->addItem(QCoreApplication::translate("Effect", t->descriptor().name),
                       QString::fromStdString(t->descriptor().id));
    }
    duration_ = makeSpin(this, 0.03, 10, 0.1, 2, QStringLiteral(" s"));
    duration_->setObjectName(QStringLiteral("transitionDuration"));
    form->addRow(tr("Kind"), type_);
    form->addRow(tr("Duration"), duration_);
    layout_->addLayout(form);
    remove_ = new QPushButton(tr("Remove transition"), this);
    layout_->addWidget(remove_);

    connect(type_, &QComboBox::activated, this, [this](int i) {
        const std::string type = type_->itemData(i).toString().toStdString();
        // Parameters belong to a kind: a wipe's direction means nothing to a zoom.
        change(tr("Transition"), [type](Transition& t) {
            if (t.type != type) {
                t.type = type;
                t.params.clear();
                t.keyframes.clear();
            }
        });
    });
    connect(duration_, &QDoubleSpinBox::valueChanged, this, [this](double v) {
        const Time d = timeFromSeconds(v, doc_.project().frameRate);
        change(tr("Transition duration"), [d](Transition& t) { t.duration = d; });
    });
    connect(remove_, &QPushButton::clicked, this, [this] {
        const ObjectId id = clip_;
        doc_.apply(tr("Remove transition"), [id](Project& p) { edit::removeTransition(p, id); });
    });
}

void TransitionInspector::change(const QString& text, const std::function<void(Transition&)>& fn,
                                 int mergeKey) {
    const Clip* c = doc_.project().findClip(clip_).second;
    if (c == nullptr || !c->transitionIn) {
        return;
    }
    Transition next = *c->transitionIn;
    fn(next);
    const ObjectId id = clip_;
    if (!doc_.apply(
            text, [&](Project& p) { edit::setTransition(p, id, next); }, mergeKey)) {
        Q_EMIT message(tr("Cannot change %1: %2").arg(text, doc_.lastError()));
    }
}

void TransitionInspector::showClip(const Clip& clip) {
    clip_ = clip.id;
    setVisible(clip.transitionIn.has_value());
    if (!clip.transitionIn) {
        return;
    }
    const Transition& t = *clip.transitionIn;
    {
        const QSignalBlocker b1(type_), b2(duration_);
        type_->setCurrentIndex(std::max(0, type_->findData(QString::fromStdString(t.type))));
        duration_->setValue(t.duration.toDouble());
        duration_->setMaximum(
            std::max(0.03, edit::maxTransitionDuration(doc_.project(), clip.id).toDouble()));
    }
    if (form_.isNull() || shownType_ != t.type) {
        delete form_;
        shownType_ = t.type;
        if (const TransitionEffect* e = EffectRegistry::instance().findTransition(t.type)) {
            form_ = new ParamForm(
                e->descriptor(),
                [this](const std::string& param, const ParamValue& value, int mergeKey) {
                    change(
                        tr("Transition setting"), [&](Transition& tr) { tr.params[param] = value; },
                        mergeKey);
                },
                {}, this);
            layout_->insertWidget(1, form_);
        }
    }
    if (!form_.isNull()) {
        std::map<std::string, ParamForm::KeyState> keyed;
        for (const auto& [name, keys] : t.keyframes) {
            keyed[name] = keys.empty() ? ParamForm::KeyState::None : ParamForm::KeyState::Keyed;
        }
        form_->showValues(t.params, keyed);
    }
}

} // namespace reelcut::gui
