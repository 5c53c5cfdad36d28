#include "panels/sticker_tab.h"

#include "panels/asset_list.h"
#include "panels/asset_paths.h"
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
    const QString dir = stickersDir();
    if (!dir.isEmpty()) {
        for (const QFileInfo& f :
             QDir(dir).entryInfoList({QStringLiteral("*.svg")}, QDir::Files, QDir::Name)) {
            addSticker(f.absoluteFilePath());
        }
    }
    connect(list_, &QListWidget::itemClicked, this, [this](QListWidgetItem* item) {
        Q_EMIT stickerChosen(item->data(AssetList::kPayloadRole).toString());
    });
}

int StickerTab::addSticker(const QString& path) {
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (QListWidgetItem* existing = list_->itemFor(absolute)) {
        return list_->row(existing);
    }
    auto* item = new QListWidgetItem(stickerIcon(absolute), QString(), list_);
    item->setData(AssetList::kPayloadRole, absolute);
    item->setToolTip(
        QFileInfo(absolute).completeBaseName().replace(QLatin1Char('-'), QLatin1Char(' ')));
    return list_->row(item);
}

void StickerTab::importWithDialog() {
    const QString f = QFileDialog::getOpenFileName(
        this, tr("Import sticker"), QString(),
        tr("Stickers (*.png *.gif *.webp *.svg *.apng);;All files (*)"));
    if (!f.isEmpty()) {
        list_->setCurrentRow(addSticker(f));
        Q_EMIT stickerChosen(QFileInfo(f).absoluteFilePath());
    }
}

} // namespace reelcut::gui
