#include "panels/effects_tab.h"

#include "panels/asset_list.h"
#include "effect/effect.h"
#include "panels/effect_thumbnails.h"
#include "window/theme.h"

#include <QCoreApplication>
#include <QPointer>
#include <QPushButton>
#include <QThread>
#include <QVBoxLayout>
#include <map>
#include <vector>

namespace reelcut::gui {

EffectsTab::EffectsTab(QWidget* parent) : QWidget(parent) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    list_ = new AssetList(kEffectMimeType, this);
    list_->setObjectName(QStringLiteral("effects"));
    list_->setIconSize(kEffectThumbSize);
    list_->setSpacing(1);

    // Categories in the order they first appear in the registry.
    std::vector<std::string> order;
    std::map<std::string, std::vector<const Effect*>> byCategory;
    for (const Effect* e : EffectRegistry::instance().all()) {
        const std::string cat = e->descriptor().category;
        if (!byCategory.contains(cat)) {
            order.push_back(cat);
        }
        byCategory[cat].push_back(e);
    }
    QPixmap placeholder(kEffectThumbSize);
    placeholder.fill(colors::panelDark);
    for (const std::string& cat : order) {
        auto* header = new QListWidgetItem(
            QCoreApplication::translate("EffectCategory", cat.c_str()).toUpper(), list_);
        header->setFlags(Qt::NoItemFlags);
        QFont f = header->font();
        f.setBold(true);
        f.setPointSizeF(f.pointSizeF() * 0.85);
        header->setFont(f);
        header->setForeground(colors::textDim);
        for (const Effect* e : byCategory[cat]) {
            const EffectDescriptor& d = e->descriptor();
            auto* item = new QListWidgetItem(QIcon(placeholder),
                                             QCoreApplication::translate("Effect", d.name), list_);
            item->setData(AssetList::kPayloadRole, QString::fromStdString(d.id));
            item->setToolTip(tr("Drag onto a clip, or double-click to add to the selected clip"));
        }
    }
    layout->addWidget(list_, 1);
    apply_ = new QPushButton(icon(QStringLiteral("effects")), tr("Apply to selected clip"), this);
    apply_->setObjectName(QStringLiteral("applyEffect"));
    apply_->setEnabled(false);
    layout->addWidget(apply_);

    connect(list_, &QListWidget::currentItemChanged, this,
            [this] { apply_->setEnabled(!currentEffect().isEmpty()); });
    connect(apply_, &QPushButton::clicked, this, [this] {
        if (!currentEffect().isEmpty()) {
            Q_EMIT applyRequested(currentEffect());
        }
    });
    connect(list_, &QListWidget::itemDoubleClicked, this, [this](QListWidgetItem* item) {
        Q_EMIT applyRequested(item->data(AssetList::kPayloadRole).toString());
    });
    makeThumbnails();
}

EffectsTab::~EffectsTab() {
    if (thumbThread_ != nullptr) {
        thumbThread_->wait();
    }
}

QString EffectsTab::currentEffect() const {
    const QListWidgetItem* item = list_->currentItem();
    return item != nullptr ? item->data(AssetList::kPayloadRole).toString() : QString();
}

void EffectsTab::makeThumbnails() {
    std::vector<std::string> ids;
    for (int i = 0; i < list_->count(); ++i) {
        const QString id = list_->item(i)->data(AssetList::kPayloadRole).toString();
        if (!id.isEmpty()) {
            ids.push_back(id.toStdString());
        }
    }
    pendingThumbs_ = static_cast<int>(ids.size());
    // Effects can take a while on their first call (a blur builds its kernels); the tab
    // shows at once and the pictures arrive one by one.
    QPointer<EffectsTab> self(this);
    thumbThread_ = QThread::create([self, ids] {
        for (const std::string& id : ids) {
            QImage thumb = effectThumbnail(id);
            QMetaObject::invokeMethod(
                QCoreApplication::instance(),
                [self, id, thumb] {
                    if (self.isNull()) {
                        return;
                    }
                    if (QListWidgetItem* item = self->list_->itemFor(QString::fromStdString(id))) {
                        item->setIcon(QIcon(QPixmap::fromImage(thumb)));
                    }
                    --self->pendingThumbs_;
                },
                Qt::QueuedConnection);
        }
    });
    thumbThread_->setParent(this);
    thumbThread_->start();
}

} // namespace reelcut::gui
