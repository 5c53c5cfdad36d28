#include "panels/transitions_tab.h"

#include "effect/effect.h"
#include "panels/asset_list.h"
#include "panels/transition_thumbnails.h"
#include "window/theme.h"

#include <QCoreApplication>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>
#include <vector>

namespace reelcut::gui {

namespace {
const QSize kThumb(64, 64);
}

TransitionsTab::TransitionsTab(QWidget* parent) : QWidget(parent) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    auto* hint = new QLabel(tr("Drag a transition onto a cut between two clips."), this);
    hint->setWordWrap(true);
    hint->setStyleSheet(QStringLiteral("color: #9a9aa8;"));
    layout->addWidget(hint);
    list_ = new AssetList(kTransitionMimeType, QStringLiteral("transitions"), kThumb, this);
    // The thumbnails are quick (a transition on two 64x64 pictures), so they are made here.
    const auto groups =
        groupByCategory(EffectRegistry::instance().transitions(),
                        [](const TransitionEffect* t) { return t->descriptor().category; });
    for (const auto& [category, transitions] : groups) {
        list_->addCategory(category);
        for (const TransitionEffect* t : transitions) {
            const EffectDescriptor& d = t->descriptor();
            list_->addAsset(
                d.id, QCoreApplication::translate("Effect", d.name),
                tr("Drag onto a cut, or double-click to put it on the cut into the selected clip"),
                QIcon(QPixmap::fromImage(transitionThumbnail(d.id, kThumb))));
        }
    }
    layout->addWidget(list_, 1);
    apply_ = new QPushButton(icon(QStringLiteral("effects")), tr("Apply to selected clip"), this);
    apply_->setObjectName(QStringLiteral("applyTransition"));
    apply_->setToolTip(tr("Puts the transition on the cut into the selected clip"));
    layout->addWidget(apply_);
    list_->connectApply(apply_, [this](const QString& id) { Q_EMIT applyRequested(id); });
}

QString TransitionsTab::currentTransition() const {
    return list_->currentPayload();
}

} // namespace reelcut::gui
