#include "panels/asset_list.h"

#include "window/theme.h"

#include <QCoreApplication>
#include <QMimeData>
#include <QPushButton>

namespace reelcut::gui {

AssetList::AssetList(const char* mimeType, QWidget* parent)
    : QListWidget(parent), mimeType_(QString::fromLatin1(mimeType)) {
    setDragEnabled(true);
    setDragDropMode(QAbstractItemView::DragOnly);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setMovement(QListView::Static);
}

AssetList::AssetList(const char* mimeType, const QString& objectName, QSize iconSize,
                     QWidget* parent)
    : AssetList(mimeType, parent) {
    setObjectName(objectName);
    setIconSize(iconSize);
    setSpacing(1);
}

QString AssetList::currentPayload() const {
    const QListWidgetItem* item = currentItem();
    return item != nullptr ? item->data(kPayloadRole).toString() : QString();
}

void AssetList::addCategory(const std::string& category) {
    auto* header = new QListWidgetItem(
        QCoreApplication::translate("EffectCategory", category.c_str()).toUpper(), this);
    header->setFlags(Qt::NoItemFlags);
    QFont f = header->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 0.85);
    header->setFont(f);
    header->setForeground(colors::textDim);
}

QListWidgetItem* AssetList::addAsset(const std::string& payload, const QString& name,
                                     const QString& toolTip, const QIcon& icon) {
    auto* item = new QListWidgetItem(icon, name, this);
    item->setData(kPayloadRole, QString::fromStdString(payload));
    item->setToolTip(toolTip);
    return item;
}

void AssetList::connectApply(QPushButton* apply, std::function<void(const QString&)> onApply) {
    apply->setEnabled(false);
    connect(this, &QListWidget::currentItemChanged, apply,
            [this, apply] { apply->setEnabled(!currentPayload().isEmpty()); });
    connect(apply, &QPushButton::clicked, this, [this, onApply] {
        if (const QString payload = currentPayload(); !payload.isEmpty()) {
            onApply(payload);
        }
    });
    connect(this, &QListWidget::itemDoubleClicked, this, [onApply](QListWidgetItem* item) {
        if (const QString payload = item->data(kPayloadRole).toString(); !payload.isEmpty()) {
            onApply(payload);
        }
    });
}

QListWidgetItem* AssetList::itemFor(const QString& payload) const {
    for (int i = 0; i < count(); ++i) {
        if (item(i)->data(kPayloadRole).toString() == payload) {
            return item(i);
        }
    }
    return nullptr;
}

QStringList AssetList::mimeTypes() const {
    return {mimeType_};
}

QMimeData* AssetList::mimeData(const QList<QListWidgetItem*>& items) const {
    if (items.isEmpty() || items.first()->data(kPayloadRole).toString().isEmpty()) {
        return nullptr;
    }
    auto* mime = new QMimeData;
    mime->setData(mimeType_, items.first()->data(kPayloadRole).toString().toUtf8());
    return mime;
}

} // namespace reelcut::gui
