#include "panels/text_tab.h"

#include "panels/asset_list.h"
#include "text/text_presets.h"
#include "text/text_rasterizer.h"
#include "window/theme.h"

#include <QCoreApplication>
#include <QLabel>
#include <QPainter>
#include <QVBoxLayout>

namespace reelcut::gui {

namespace {

const QSize kTileSize(104, 60);
constexpr double kTileFontPixels = 24; // the look at a size that fits a tile

QIcon presetTile(const TextPreset& preset, const QString& label) {
    QPixmap pix(kTileSize);
    pix.fill(colors::panelDark);
    QPainter p(&pix);
    p.setRenderHint(QPainter::SmoothPixmapTransform);
    TextRasterizer raster;
    const double scale = kTileFontPixels / std::max(1.0, preset.style.fontSize);
    const QImage& img = raster.render(label.toStdString(), preset.style, scale,
                                      (kTileSize.width() * 1.8) / scale, 1.0, false);
    QSizeF s = img.size();
    if (s.width() > kTileSize.width() - 4 || s.height() > kTileSize.height() - 4) {
        s.scale(QSizeF(kTileSize) - QSizeF(4, 4), Qt::KeepAspectRatio);
    }
    p.drawImage(
        QRectF(QPointF((kTileSize.width() - s.width()) / 2, (kTileSize.height() - s.height()) / 2),
               s),
        img);
    return QIcon(pix);
}

QStringList commonEmoji() {
    return {
        QStringLiteral("😀"), QStringLiteral("😂"),      QStringLiteral("😍"), QStringLiteral("🥳"),
        QStringLiteral("😎"), QStringLiteral("🤩"),   QStringLiteral("😭"), QStringLiteral("😱"),
        QStringLiteral("🔥"), QStringLiteral("❤️"), QStringLiteral("✨"), QStringLiteral("🎉"),
        QStringLiteral("👍"), QStringLiteral("🙌"),      QStringLiteral("👀"), QStringLiteral("💯"),
        QStringLiteral("⭐"), QStringLiteral("💥"),      QStringLiteral("🎵"), QStringLiteral("🛒")};
}

QLabel* heading(const QString& text, QWidget* parent) {
    auto* l = new QLabel(text, parent);
    l->setStyleSheet(QStringLiteral("color: #9a9aa8; font-weight: 600; padding: 4px 2px 0 2px;"));
    return l;
}

} // namespace

QString TextTab::emojiPayload(const QString& emoji) {
    return QStringLiteral("emoji:") + emoji;
}

TextTab::TextTab(QWidget* parent) : QWidget(parent) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 6);
    layout->addWidget(heading(tr("Styles - click or drag to add"), this));
    presets_ = new AssetList(kTextPresetMimeType, this);
    presets_->setObjectName(QStringLiteral("textPresets"));
    presets_->setViewMode(QListView::IconMode);
    presets_->setIconSize(kTileSize);
    presets_->setGridSize(kTileSize + QSize(8, 8));
    presets_->setResizeMode(QListView::Adjust);
    for (const TextPreset& preset : builtinTextPresets()) {
        const QString name = QCoreApplication::translate("TextPreset", preset.name);
        // The tile shows the name in the look itself; no second label under it.
        auto* item = new QListWidgetItem(presetTile(preset, name), QString(), presets_);
        item->setData(Qt::AccessibleTextRole, name);
        item->setData(AssetList::kPayloadRole, QString::fromStdString(preset.id));
        item->setToolTip(tr("Add \"%1\" text at the playhead").arg(name));
    }
    layout->addWidget(presets_, 3);

    layout->addWidget(heading(tr("Emoji"), this));
    emoji_ = new AssetList(kTextPresetMimeType, this);
    emoji_->setObjectName(QStringLiteral("emoji"));
    emoji_->setViewMode(QListView::IconMode);
    emoji_->setGridSize(QSize(44, 44));
    emoji_->setResizeMode(QListView::Adjust);
    QFont f = emoji_->font();
    f.setPixelSize(26);
    for (const QString& e : commonEmoji()) {
        auto* item = new QListWidgetItem(e, emoji_);
        item->setFont(f);
        item->setTextAlignment(Qt::AlignCenter);
        item->setSizeHint(QSize(40, 40));
        item->setData(AssetList::kPayloadRole, emojiPayload(e));
        item->setToolTip(tr("Add %1 at the playhead").arg(e));
    }
    layout->addWidget(emoji_, 2);

    connect(presets_, &QListWidget::itemClicked, this, [this](QListWidgetItem* item) {
        Q_EMIT presetChosen(item->data(AssetList::kPayloadRole).toString());
    });
    connect(emoji_, &QListWidget::itemClicked, this,
            [this](QListWidgetItem* item) { Q_EMIT emojiChosen(item->text()); });
}

} // namespace reelcut::gui
