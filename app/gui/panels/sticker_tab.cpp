#include "panels/sticker_tab.h"

#include "model/builtin_assets.h"
#include "panels/asset_list.h"
#include "window/theme.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QImageReader>
#include <QPainter>
#include <QPushButton>
#include <QSvgRenderer>
#include <QVBoxLayout>

namespace reelcut::gui {

namespace {

const QSize kTileSize(72, 72);

QIcon stickerIcon(const QString& path) {
    QPixmap pix(kTileSize);
    pix.fill(Qt::transparent);
    QPainter p(&pix);
    p.setRenderHint(QPainter::SmoothPixmapTransform);
    const QRectF area = QRectF(QPointF(0, 0), QSizeF(kTileSize)).adjusted(4, 4, -4, -4);
    if (path.endsWith(QStringLiteral(".svg"), Qt::CaseInsensitive)) {
        QSvgRenderer svg(path);
        QSizeF s = svg.defaultSize().isEmpty() ? area.size() : QSizeF(svg.defaultSize());
        s.scale(area.size(), Qt::KeepAspectRatio);
        svg.render(&p, QRectF(area.center() - QPointF(s.width() / 2, s.height() / 2), s));
    } else {
        QImageReader reader(path); // the first frame of an animated sticker
        const QImage img = reader.read();
        if (!img.isNull()) {
            QSizeF s = img.size();
            s.scale(area.size(), Qt::KeepAspectRatio);
            p.drawImage(QRectF(area.center() - QPointF(s.width() / 2, s.height() / 2), s), img);
        }
    }
    return QIcon(pix);
}

} // namespace

StickerTab::StickerTab(QWidget* parent) : QWidget(parent) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    auto* import = new QPushButton(icon(QStringLiteral("import")), tr("Import sticker..."), this);
    import->setToolTip(tr("Use your own PNG, GIF, WebP or SVG picture as a sticker"));
    connect(import, &QPushButton::clicked, this, &StickerTab::importWithDialog);
    layout->addWidget(import);
    list_ = new AssetList(kStickerMimeType, this);
    list_->setObjectName(QStringLiteral("stickers"));
    list_->setViewMode(QListView::IconMode);
    list_->setIconSize(kTileSize);
    list_->setGridSize(kTileSize + QSize(14, 14));
    list_->setResizeMode(QListView::Adjust);
    layout->addWidget(list_, 1);
    // The bundled stickers, listed by their builtin: names (model/builtin_assets.h).
    if (const auto assets = builtinAssetsDir(); !assets.empty()) {
        const QDir dir(QString::fromStdString((assets / "stickers").string()));
        for (const QString& f : dir.entryList({QStringLiteral("*.svg")}, QDir::Files, QDir::Name)) {
            addSticker(QStringLiteral("builtin:stickers/") + f);
        }
    }
    connect(list_, &QListWidget::itemClicked, this, [this](QListWidgetItem* item) {
        Q_EMIT stickerChosen(item->data(AssetList::kPayloadRole).toString());
    });
}

int StickerTab::addSticker(const QString& path) {
    const QString media = QString::fromStdString(mediaReferenceFor(path.toStdString()));
    if (QListWidgetItem* existing = list_->itemFor(media)) {
        return list_->row(existing);
    }
    const QString file = QString::fromStdString(resolveMediaPath(media.toStdString()).string());
    auto* item = new QListWidgetItem(stickerIcon(file), QString(), list_);
    item->setData(AssetList::kPayloadRole, media);
    item->setToolTip(
        QFileInfo(file).completeBaseName().replace(QLatin1Char('-'), QLatin1Char(' ')));
    return list_->row(item);
}

void StickerTab::importWithDialog() {
    const QString f = QFileDialog::getOpenFileName(
        this, tr("Import sticker"), QString(),
        tr("Stickers (*.png *.gif *.webp *.svg *.apng);;All files (*)"));
    if (!f.isEmpty()) {
        const int row = addSticker(f);
        list_->setCurrentRow(row);
        Q_EMIT stickerChosen(list_->item(row)->data(AssetList::kPayloadRole).toString());
    }
}

} // namespace reelcut::gui
