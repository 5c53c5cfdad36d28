#include "panels/filters_tab.h"

#include "effect/effect.h"
#include "panels/asset_list.h"
#include "render/frame_renderer.h"
#include "window/theme.h"

#include <QCoreApplication>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLinearGradient>
#include <QPainter>
#include <QPointer>
#include <QPushButton>
#include <QThread>
#include <QVBoxLayout>
#include <vector>

namespace reelcut::gui {

namespace {

const QSize kThumb(64, 64);

// Skin, sky, foliage and greys: what a look changes most visibly.
QImage samplePicture() {
    QImage img(kThumb, QImage::Format_ARGB32_Premultiplied);
    QPainter p(&img);
    p.setRenderHint(QPainter::Antialiasing);
    QLinearGradient sky(0, 0, 0, img.height());
    sky.setColorAt(0, QColor(0x4a, 0x90, 0xd9));
    sky.setColorAt(0.6, QColor(0xf6, 0xc2, 0x8b));
    sky.setColorAt(1, QColor(0x3d, 0x6b, 0x2f));
    p.fillRect(img.rect(), sky);
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(0xe0, 0xac, 0x8a));
    p.drawEllipse(QPointF(32, 34), 13, 16);
    p.setBrush(QColor(0x3a, 0x26, 0x1a));
    p.drawChord(QRectF(19, 16, 26, 22), 0, 180 * 16);
    return img;
}

// The centre square of `frame`, scaled to the thumbnail size.
QImage square(const QImage& frame) {
    const int side = std::min(frame.width(), frame.height());
    const QRect r((frame.width() - side) / 2, (frame.height() - side) / 2, side, side);
    return frame.copy(r)
        .scaled(kThumb, Qt::IgnoreAspectRatio, Qt::SmoothTransformation)
        .convertToFormat(QImage::Format_ARGB32_Premultiplied);
}

} // namespace

FiltersTab::FiltersTab(QWidget* parent) : QWidget(parent) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    list_ = new AssetList(kLookMimeType, QStringLiteral("filters"), kThumb, this);
    std::vector<const Look*> looks;
    for (const Look& look : EffectRegistry::instance().looks()) {
        looks.push_back(&look);
    }
    for (const auto& [category, members] :
         groupByCategory(looks, [](const Look* l) { return l->category; })) {
        list_->addCategory(category);
        for (const Look* look : members) {
            list_->addAsset(look->id, QCoreApplication::translate("Effect", look->name),
                            tr("Drag onto a clip, or double-click to apply to the selected clip"));
        }
    }
    layout->addWidget(list_, 1);
    auto* buttons = new QHBoxLayout;
    apply_ = new QPushButton(icon(QStringLiteral("effects")), tr("Apply"), this);
    apply_->setObjectName(QStringLiteral("applyLook"));
    apply_->setToolTip(tr("Apply the look to the selected clip"));
    auto* import = new QPushButton(icon(QStringLiteral("import")), tr("Import .cube..."), this);
    import->setObjectName(QStringLiteral("importLut"));
    import->setToolTip(
        tr("Use a colour grade (.cube LUT) from another program on the selected clip"));
    buttons->addWidget(apply_);
    buttons->addWidget(import);
    layout->addLayout(buttons);

    list_->connectApply(apply_, [this](const QString& id) { Q_EMIT applyRequested(id); });
    connect(import, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(this, tr("Import a LUT"), QString(),
                                                          tr("Cube LUTs (*.cube);;All files (*)"));
        if (!file.isEmpty()) {
            Q_EMIT importRequested(file);
        }
    });
    setSource(samplePicture());
}

FiltersTab::~FiltersTab() {
    if (worker_ != nullptr) {
        worker_->wait();
    }
}

QString FiltersTab::currentLook() const {
    return list_->currentPayload();
}

void FiltersTab::setSource(const QImage& image) {
    source_ = image;
    const Effect* lut = nullptr;
    for (int i = 0; i < list_->count(); ++i) {
        QListWidgetItem* item = list_->item(i);
        const std::string id = item->data(AssetList::kPayloadRole).toString().toStdString();
        const Look* look = id.empty() ? nullptr : EffectRegistry::instance().findLook(id);
        if (look == nullptr) {
            continue;
        }
        lut = EffectRegistry::instance().find(look->effect);
        QImage thumb = image;
        if (lut != nullptr) {
            try {
                lut->apply(thumb, look->params, EffectContext{});
            } catch (const std::exception&) {
                // A missing look file: the plain frame will do for the picture.
            }
        }
        item->setIcon(QIcon(QPixmap::fromImage(thumb)));
    }
}

void FiltersTab::showClip(const std::optional<Project>& clipAlone, const Time& at) {
    pending_ = Request{clipAlone, at};
    if (!busy_) {
        startRender();
    }
}

void FiltersTab::startRender() {
    if (!pending_) {
        return;
    }
    const Request req = *pending_;
    pending_.reset();
    if (!req.project) {
        setSource(samplePicture());
        return;
    }
    busy_ = true;
    if (worker_ != nullptr) {
        worker_->wait();
        worker_->deleteLater();
    }
    QPointer<FiltersTab> self(this);
    // Decoding a frame takes a moment; the tab stays responsive and shows it when ready.
    worker_ = QThread::create([self, req] {
        QImage frame;
        try {
            FrameRenderer renderer(FrameRenderer::MissingMedia::Placeholder);
            const Project& p = *req.project;
            const QSize size(std::max(2, p.width * 128 / std::max(p.width, p.height)),
                             std::max(2, p.height * 128 / std::max(p.width, p.height)));
            frame = square(renderer.frameAt(p, req.at, size));
        } catch (const std::exception&) {
            frame = samplePicture();
        }
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [self, frame] {
                if (self.isNull()) {
                    return;
                }
                self->busy_ = false;
                self->setSource(frame);
                self->startRender();
            },
            Qt::QueuedConnection);
    });
    worker_->setParent(this);
    worker_->start();
}

} // namespace reelcut::gui
