#include "panels/effects_tab.h"

#include "effect/effect.h"
#include "panels/asset_list.h"
#include "panels/effect_thumbnails.h"
#include "window/theme.h"

#include <QCoreApplication>
#include <QPointer>
#include <QPushButton>
#include <QThread>
#include <QVBoxLayout>
#include <vector>

namespace reelcut::gui {

EffectsTab::EffectsTab(QWidget* parent) : QWidget(parent) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    list_ = new AssetList(kEffectMimeType, QStringLiteral("effects"), kEffectThumbSize, this);
    QPixmap placeholder(kEffectThumbSize);
    placeholder.fill(colors::panelDark);
    const auto groups = groupByCategory(EffectRegistry::instance().all(),
                                        [](const Effect* e) { return e->descriptor().category; });
    for (const auto& [category, effects] : groups) {
        list_->addCategory(category);
        for (const Effect* e : effects) {
            const EffectDescriptor& d = e->descriptor();
            list_->addAsset(d.id, QCoreApplication::translate("Effect", d.name),
                            tr("Drag onto a clip, or double-click to add to the selected clip"),
                            QIcon(placeholder));
        }
    }
    layout->addWidget(list_, 1);
    apply_ = new QPushButton(icon(QStringLiteral("effects")), tr("Apply to selected clip"), this);
    apply_->setObjectName(QStringLiteral("applyEffect"));
    layout->addWidget(apply_);
    list_->connectApply(apply_, [this](const QString& id) { Q_EMIT applyRequested(id); });
    makeThumbnails();
}

EffectsTab::~EffectsTab() {
    if (thumbThread_ != nullptr) {
        thumbThread_->wait();
    }
}

QString EffectsTab::currentEffect() const {
    return list_->currentPayload();
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
