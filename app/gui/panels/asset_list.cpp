#include "panels/asset_list.h"

#include <QMimeData>

namespace reelcut::gui {

AssetList::AssetList(const char* mimeType, QWidget* parent)
    : QListWidget(parent), mimeType_(QString::fromLatin1(mimeType)) {
    setDragEnabled(true);
    setDragDropMode(QAbstractItemView::DragOnly);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setMovement(QListView::Static);
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
