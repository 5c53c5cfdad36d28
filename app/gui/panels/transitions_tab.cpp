#include "panels/transitions_tab.h"

#include "effect/effect.h"
#include "panels/asset_list.h"
#include "panels/transition_thumbnails.h"
#include "window/theme.h"

#include <QCoreApplication>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>
#include <map>
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
    list_ = new AssetList(kTransitionMimeType, this);
    list_->setObjectName(QStringLiteral("transitions"));
    list_->setIconSize(kThumb);
    list_->setSpacing(1);

    // Categories in the order they first appear in the registry. The thumbnails are
    // quick (a transition on two 64x64 pictures), so they are made here.
    std::vector<std::string> order;
    std::map<std::string, std::vector<const TransitionEffect*>> byCategory;
    for (const TransitionEffect* t : EffectRegistry::instance().transitions()) {
        const std::string cat = t->descriptor().category;
        if (!byCategory.contains(cat)) {
            order.push_back(cat);
        }
        byCategory[cat].push_back(t);
    }
    for (const std::string& cat : order) {
        auto* header = new QListWidgetItem(
            QCoreApplication::translate("EffectCategory", cat.c_str()).toUpper(), list_);
        header->setFlags(Qt::NoItemFlags);
        QFont f = header->font();
        f.setBold(true);
        f.setPointSizeF(f.pointSizeF() * 0.85);
        header->setFont(f);
        header->setForeground(colors::textDim);
        for (const TransitionEffect* t : byCategory[cat]) {
            const EffectDescriptor& d = t->descriptor();
            auto* item =
                new QListWidgetItem(QIcon(QPixmap::fromImage(transitionThumbnail(d.id, kThumb))),
                                    QCoreApplication::translate("Effect", d.name), list_);
            item->setData(AssetList::kPayloadRole, QString::fromStdString(d.id));
            item->setToolTip(
                tr("Drag onto a cut, or double-click to put it on the cut into the selected clip"));
        }
    }
    layout->addWidget(list_, 1);
    apply_ = new QPushButton(icon(QStringLiteral("effects")), tr("Apply to selected clip"), this);
    apply_->setObjectName(QStringLiteral("applyTransition"));
    apply_->setToolTip(tr("Puts the transition on the cut into the selected clip"));
    apply_->setEnabled(false);
    layout->addWidget(apply_);

    connect(list_, &QListWidget::currentItemChanged, this,
            [this] { apply_->setEnabled(!currentTransition().isEmpty()); });
    connect(apply_, &QPushButton::clicked, this, [this] {
        if (!currentTransition().isEmpty()) {
            Q_EMIT applyRequested(currentTransition());
        }
    });
    connect(list_, &QListWidget::itemDoubleClicked, this, [this](QListWidgetItem* item) {
        Q_EMIT applyRequested(item->data(AssetList::kPayloadRole).toString());
    });
}

QString TransitionsTab::currentTransition() const {
    const QListWidgetItem* item = list_->currentItem();
    return item != nullptr ? item->data(AssetList::kPayloadRole).toString() : QString();
}

} // namespace reelcut::gui
