#include "inspector/time_inspector.h"

#include "commands/project_document.h"
#include "inspector/inspector_widgets.h"
#include "model/edits.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace reelcut::gui {

TimeInspector::TimeInspector(ProjectDocument& doc, QWidget* parent)
    : QGroupBox(tr("Speed and picture"), parent), doc_(doc) {
    auto* form = new QFormLayout(this);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    curve_ = new QComboBox(this);
    curve_->addItem(tr("None (constant speed)"), QString());
    for (std::string_view id : speedRampPresets()) {
        curve_->addItem(QCoreApplication::translate("SpeedRamp", speedRampPresetName(id)),
                        QString::fromUtf8(id.data(), qsizetype(id.size())));
    }
    curve_->setToolTip(tr("Speed curve: the clip speeds up and slows down along it; its length "
                          "follows the curve"));
    form->addRow(tr("Speed curve"), curve_);
    curveInfo_ = new QLabel(this);
    curveInfo_->setStyleSheet(QStringLiteral("color: #9a9aa8;"));
    curveInfo_->setWordWrap(true);
    form->addRow(curveInfo_);
    reverse_ = new QCheckBox(tr("Reverse"), this);
    reverse_->setToolTip(tr("Play the clip backwards, sound included"));
    form->addRow(reverse_);
    form_ = form;

    flipH_ = new QPushButton(tr("Flip horizontal"), this);
    flipV_ = new QPushButton(tr("Flip vertical"), this);
    flipH_->setCheckable(true);
    flipV_->setCheckable(true);
    rotate_ = new QPushButton(tr("Rotate 90\u00b0"), this);
    rotate_->setToolTip(tr("Turn the picture a quarter clockwise"));
    rotation_ = new QLabel(this);
    // One control a row: the panel can be narrow, and nothing may be cut off.
    form->addRow(flipH_);
    form->addRow(flipV_);
    auto* turn = new QHBoxLayout;
    turn->addWidget(rotate_);
    turn->addWidget(rotation_, 1);
    form->addRow(turn);

    auto* cropTitle = new QLabel(tr("Crop"), this);
    cropTitle->setStyleSheet(QStringLiteral("font-weight: 600;"));
    form->addRow(cropTitle);
    const QString names[4] = {tr("Left"), tr("Top"), tr("Right"), tr("Bottom")};
    for (int i = 0; i < 4; ++i) {
        crop_[i] = makeSpin(this, 0, 95, 1, 1, QStringLiteral(" %"));
        crop_[i]->setToolTip(tr("Share of the picture cut off this edge"));
        form->addRow(names[i], crop_[i]);
        connect(crop_[i], &QDoubleSpinBox::valueChanged, this, [this] { applyGeometry(); });
    }

    connect(curve_, &QComboBox::activated, this, [this](int index) {
        const std::string id = curve_->itemData(index).toString().toStdString();
        if (id == "custom") {
            return; // the clip's own points, already set
        }
        apply(tr("Speed curve"), [id](Project& p, ObjectId clip) {
            edit::setSpeedRamp(p, clip, SpeedRamp{id, speedRampPreset(id)});
        });
    });
    connect(reverse_, &QCheckBox::toggled, this, [this](bool on) {
        apply(tr("Reverse"), [on](Project& p, ObjectId clip) { edit::setReverse(p, clip, on); });
    });
    connect(flipH_, &QPushButton::toggled, this, [this] { applyGeometry(); });
    connect(flipV_, &QPushButton::toggled, this, [this] { applyGeometry(); });
    connect(rotate_, &QPushButton::clicked, this, [this] {
        const Clip* c = doc_.project().findClip(clip_).second;
        if (c == nullptr) {
            return;
        }
        const Crop k = c->crop;
        const bool h = c->flipH;
        const bool v = c->flipV;
        const int turned = c->rotate + 90;
        apply(tr("Rotate 90\u00b0"), [k, h, v, turned](Project& p, ObjectId clip) {
            edit::setGeometry(p, clip, k, h, v, turned);
        });
    });
}

void TimeInspector::apply(const QString& text,
                          const std::function<void(Project&, ObjectId)>& change) {
    if (doc_.project().findClip(clip_).second == nullptr) {
        return;
    }
    const ObjectId id = clip_;
    if (!doc_.apply(text, [&](Project& p) { change(p, id); })) {
        Q_EMIT message(tr("Cannot change %1: %2").arg(text, doc_.lastError()));
        if (const Clip* c = doc_.project().findClip(clip_).second) {
            showClip(*c, !form_->isRowVisible(curve_));
        }
    }
}

void TimeInspector::applyGeometry() {
    const Crop k{crop_[0]->value() / 100, crop_[1]->value() / 100, crop_[2]->value() / 100,
                 crop_[3]->value() / 100};
    const bool h = flipH_->isChecked();
    const bool v = flipV_->isChecked();
    const Clip* c = doc_.project().findClip(clip_).second;
    const int turn = c != nullptr ? c->rotate : 0;
    apply(tr("Crop and mirror"), [k, h, v, turn](Project& p, ObjectId clip) {
        edit::setGeometry(p, clip, k, h, v, turn);
    });
}

void TimeInspector::showClip(const Clip& clip, bool still) {
    clip_ = clip.id;
    std::vector<std::unique_ptr<QSignalBlocker>> blockers;
    for (QObject* o : std::initializer_list<QObject*>{curve_, reverse_, flipH_, flipV_, crop_[0],
                                                      crop_[1], crop_[2], crop_[3]}) {
        blockers.push_back(std::make_unique<QSignalBlocker>(o));
    }
    const bool freeze = clip.freezeAt.has_value();
    form_->setRowVisible(curve_, !still && !freeze);
    form_->setRowVisible(reverse_, !still && !freeze);
    const int index = curve_->findData(QString::fromStdString(clip.ramp.preset));
    if (clip.ramp.active() && (clip.ramp.preset.empty() || index < 0)) {
        if (curve_->findData(QStringLiteral("custom")) < 0) {
            curve_->addItem(tr("Custom"), QStringLiteral("custom"));
        }
        curve_->setCurrentIndex(curve_->findData(QStringLiteral("custom")));
    } else {
        const int custom = curve_->findData(QStringLiteral("custom"));
        if (custom >= 0) {
            curve_->removeItem(custom);
        }
        curve_->setCurrentIndex(clip.ramp.active() ? index : 0);
    }
    form_->setRowVisible(curveInfo_, clip.ramp.active() && !still && !freeze);
    if (clip.ramp.active()) {
        curveInfo_->setText(
            tr("Average %1x, from %2x to %3x")
                .arg(clip.speed.toDouble(), 0, 'f', 2)
                .arg(std::min_element(clip.ramp.points.begin(), clip.ramp.points.end(),
                                      [](auto& a, auto& b) { return a.y < b.y; })
                         ->y,
                     0, 'g', 3)
                .arg(std::max_element(clip.ramp.points.begin(), clip.ramp.points.end(),
                                      [](auto& a, auto& b) { return a.y < b.y; })
                         ->y,
                     0, 'g', 3));
    }
    reverse_->setChecked(clip.reverse);
    flipH_->setChecked(clip.flipH);
    flipV_->setChecked(clip.flipV);
    rotation_->setText(tr("%1\u00b0").arg(clip.rotate));
    const double edges[4] = {clip.crop.left, clip.crop.top, clip.crop.right, clip.crop.bottom};
    for (int i = 0; i < 4; ++i) {
        crop_[i]->setValue(edges[i] * 100);
    }
}

} // namespace reelcut::gui
