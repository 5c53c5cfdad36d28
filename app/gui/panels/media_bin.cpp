#include "panels/media_bin.h"

#include "model/builtin_assets.h"
#include "panels/media_cache.h"
#include "window/gui_util.h"
#include "window/theme.h"

#include <QDragEnterEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QMimeData>
#include <QPainter>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

namespace reelcut::gui {

namespace {

constexpr int kPathRole = Qt::UserRole + 1;
const QSize kIconSize(120, 80);

// A list whose drags carry the media path for the timeline.
class BinList : public QListWidget {
public:
    using QListWidget::QListWidget;

protected:
    QStringList mimeTypes() const override { return {QString::fromLatin1(kMediaMimeType)}; }
    QMimeData* mimeData(const QList<QListWidgetItem*>& items) const override {
        if (items.isEmpty()) {
            return nullptr;
        }
        auto* mime = new QMimeData;
        const QString path = items.first()->data(kPathRole).toString();
        mime->setData(QString::fromLatin1(kMediaMimeType), path.toUtf8());
        mime->setUrls({QUrl::fromLocalFile(
            QString::fromStdString(resolveMediaPath(path.toStdString()).string()))});
        return mime;
    }
};

// A letterboxed thumbnail with the duration stamped in the corner, as phone galleries do.
QIcon makeIcon(const MediaEntry* e) {
    QPixmap pix(kIconSize);
    pix.fill(colors::panelDark);
    QPainter p(&pix);
    p.setRenderHint(QPainter::Antialiasing);
    if (e != nullptr && !e->thumbnail.isNull()) {
        const QSize s = e->thumbnail.size().scaled(kIconSize, Qt::KeepAspectRatio);
        const QRect r(
            QPoint((kIconSize.width() - s.width()) / 2, (kIconSize.height() - s.height()) / 2), s);
        p.drawImage(r, e->thumbnail);
    } else if (e != nullptr && e->missing) {
        p.fillRect(pix.rect(), colors::missingClip);
    } else {
        const bool audio = e != nullptr && e->probed && !e->info.hasVideo;
        icon(audio ? QStringLiteral("audio") : QStringLiteral("film"))
            .paint(&p, QRect(QPoint(0, 0), kIconSize).adjusted(40, 20, -40, -20));
    }
    QFont f = p.font();
    f.setPointSizeF(7.5);
    f.setBold(true);
    p.setFont(f);
    // Stamps in the corners: duration bottom right, resolution bottom left.
    auto stamp = [&p](const QString& text, bool right) {
        const QRect tr = p.fontMetrics().boundingRect(text).adjusted(-4, -1, 4, 1);
        const QRect box(right ? kIconSize.width() - tr.width() - 3 : 3,
                        kIconSize.height() - tr.height() - 3, tr.width(), tr.height());
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(0, 0, 0, 170));
        p.drawRoundedRect(box, 3, 3);
        p.setPen(Qt::white);
        p.drawText(box, Qt::AlignCenter, text);
    };
    if (e != nullptr && e->probed && !e->info.isStill) {
        stamp(shortDuration(e->info.duration.toDouble()), true);
    }
    if (e != nullptr && e->probed && e->info.hasVideo) {
        stamp(QStringLiteral("%1\u00d7%2").arg(e->info.width).arg(e->info.height), false);
    }
    return QIcon(pix);
}

} // namespace

MediaBin::MediaBin(MediaCache& cache, QWidget* parent) : QWidget(parent), cache_(cache) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    auto* importButton = new QPushButton(icon(QStringLiteral("import")), tr("Import media"), this);
    importButton->setObjectName(QStringLiteral("accent"));
    importButton->setToolTip(tr("Import video, audio and pictures (Ctrl+I), or drop files here"));
    connect(importButton, &QPushButton::clicked, this, &MediaBin::importWithDialog);
    layout->addWidget(importButton);

    list_ = new BinList(this);
    list_->setViewMode(QListView::IconMode);
    list_->setIconSize(kIconSize);
    list_->setGridSize(QSize(kIconSize.width() + 24, kIconSize.height() + 30));
    list_->setTextElideMode(Qt::ElideMiddle);
    list_->setResizeMode(QListView::Adjust);
    list_->setMovement(QListView::Static);
    list_->setWordWrap(true);
    list_->setUniformItemSizes(true);
    list_->setDragEnabled(true);
    list_->setDragDropMode(QAbstractItemView::DragOnly);
    list_->setSelectionMode(QAbstractItemView::SingleSelection);
    list_->setContextMenuPolicy(Qt::CustomContextMenu);
    layout->addWidget(list_);
    setAcceptDrops(true);
    list_->viewport()->setAcceptDrops(false);

    connect(&cache_, &MediaCache::updated, this, &MediaBin::refreshItem);
    connect(list_, &QListWidget::itemDoubleClicked, this, [this](QListWidgetItem* item) {
        Q_EMIT addToTimelineRequested(item->data(kPathRole).toString());
    });
    connect(list_, &QWidget::customContextMenuRequested, this, [this](const QPoint& pos) {
        QListWidgetItem* item = list_->itemAt(pos);
        if (item == nullptr) {
            return;
        }
        const QString path = item->data(kPathRole).toString();
        QMenu menu(this);
        menu.addAction(tr("Add to timeline at playhead"), this,
                       [this, path] { Q_EMIT addToTimelineRequested(path); });
        menu.addAction(tr("Relink..."), this, [this, path] { Q_EMIT relinkRequested(path); });
        menu.exec(list_->viewport()->mapToGlobal(pos));
    });
}

void MediaBin::importWithDialog() {
    const QStringList files = QFileDialog::getOpenFileNames(
        this, tr("Import media"), QString(),
        tr("Media (*.mp4 *.mov *.m4v *.mkv *.webm *.avi *.mp3 *.m4a *.aac *.wav *.ogg *.opus "
           "*.flac *.png *.jpg *.jpeg *.webp *.gif *.bmp);;All files (*)"));
    if (!files.isEmpty()) {
        Q_EMIT importRequested(files);
    }
}

void MediaBin::showProject(const Project& project) {
    QStringList wanted;
    for (const std::string& m : project.allMedia()) {
        wanted << QString::fromStdString(m);
    }
    for (int i = list_->count() - 1; i >= 0; --i) {
        if (!wanted.contains(list_->item(i)->data(kPathRole).toString())) {
            delete list_->takeItem(i);
        }
    }
    addFiles(wanted);
}

int MediaBin::addFiles(const QStringList& files) {
    int added = 0;
    for (const QString& f : files) {
        const QString path = QString::fromStdString(mediaReferenceFor(f.toStdString()));
        if (path.isEmpty() || itemFor(path) != nullptr) {
            continue;
        }
        auto* item = new QListWidgetItem(list_);
        item->setData(kPathRole, path);
        item->setToolTip(path);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled);
        ++added;
        cache_.request(path);
        refreshItem(path);
    }
    return added;
}

QStringList MediaBin::files() const {
    QStringList out;
    for (int i = 0; i < list_->count(); ++i) {
        out << list_->item(i)->data(kPathRole).toString();
    }
    return out;
}

void MediaBin::clear() {
    list_->clear();
}

QListWidgetItem* MediaBin::itemFor(const QString& path) const {
    for (int i = 0; i < list_->count(); ++i) {
        if (list_->item(i)->data(kPathRole).toString() == path) {
            return list_->item(i);
        }
    }
    return nullptr;
}

void MediaBin::refreshItem(const QString& path) {
    QListWidgetItem* item = itemFor(path);
    if (item == nullptr) {
        return;
    }
    const MediaEntry* e = cache_.entry(path);
    item->setText(QFileInfo(path).fileName());
    if (e != nullptr && e->missing) {
        item->setForeground(colors::accent);
        item->setToolTip(tr("Missing - right-click to relink") + QLatin1Char('\n') + e->error);
    } else if (e != nullptr && e->probed) {
        item->setForeground(colors::text);
        QString detail = e->info.hasVideo
                             ? tr("%1 x %2, %3")
                                   .arg(e->info.width)
                                   .arg(e->info.height)
                                   .arg(shortDuration(e->info.duration.toDouble()))
                             : tr("Audio, %1").arg(shortDuration(e->info.duration.toDouble()));
        item->setToolTip(path + QLatin1Char('\n') + detail);
        item->setData(Qt::AccessibleDescriptionRole, detail);
    }
    item->setIcon(makeIcon(e));
}

void MediaBin::dragEnterEvent(QDragEnterEvent* event) {
    if (event->mimeData()->hasUrls()) {
        event->acceptProposedAction();
    }
}

void MediaBin::dropEvent(QDropEvent* event) {
    QStringList files;
    for (const QUrl& url : event->mimeData()->urls()) {
        if (url.isLocalFile()) {
            files << url.toLocalFile();
        }
    }
    if (!files.isEmpty()) {
        Q_EMIT importRequested(files);
        event->acceptProposedAction();
    }
}

} // namespace reelcut::gui
