#include "face/sticker_pictures.h"

#include "face/face_stickers.h"
#include "media/picture_frames.h"
#include "media/svg_image.h"
#include "model/builtin_assets.h"

#include <QFile>
#include <QFileInfo>
#include <QSvgRenderer>
#include <cmath>

namespace reelcut::face {

namespace {

constexpr int kSmallest = 64;
constexpr int kLargest = 2048;
constexpr double kStep = 1.19; // four steps per doubling
// Resized copies kept per picture; beyond this (a long animation on a zooming face) the
// copies are dropped and made again as needed.
constexpr qsizetype kSizedBudget = 96LL << 20;

int stepFor(double width) {
    if (!(width > kSmallest)) {
        return 0;
    }
    return int(std::ceil(std::log(std::min(width, double(kLargest)) / kSmallest) / std::log(kStep) -
                         1e-9));
}

int stepWidth(int step) {
    return std::min(kLargest, int(std::ceil(kSmallest * std::pow(kStep, step))));
}

double svgAspect(const QByteArray& svg) {
    QSvgRenderer r(svg);
    const QSizeF box = r.viewBoxF().size();
    return r.isValid() && box.width() > 0 && box.height() > 0 ? box.height() / box.width() : 1.0;
}

std::string statOf(const std::string& file) {
    const QFileInfo fi(QString::fromStdString(file));
    return fi.exists() ? std::to_string(fi.size()) + ":" +
                             std::to_string(fi.lastModified().toMSecsSinceEpoch())
                       : std::string();
}

} // namespace

StickerPicture::StickerPicture(QByteArray svg, double aspect)
    : svg_(std::move(svg)), aspect_(aspect > 0 ? aspect : 1.0) {}

StickerPicture::StickerPicture(AnimatedPicture frames) : frames_(std::move(frames)) {
    const QImage& first = frames_.frames.front();
    aspect_ = first.width() > 0 ? double(first.height()) / first.width() : 1.0;
}

std::size_t StickerPicture::frameAt(double t, bool loop) const {
    return svg_.isEmpty() ? pictureFrameAt(frames_, t, loop) : 0;
}

QImage StickerPicture::image(std::size_t frame, double width) const {
    const int step = stepFor(width);
    const int w = stepWidth(step);
    if (svg_.isEmpty()) {
        if (frame >= frames_.frames.size()) {
            return {};
        }
        const QImage& full = frames_.frames[frame];
        if (full.width() <= w) {
            return full; // never enlarged here: the painter's filtering does that
        }
        std::lock_guard lock(mutex_);
        QImage& sized = sized_[{frame, step}];
        if (sized.isNull()) {
            qsizetype bytes = 0;
            for (const auto& kv : sized_) {
                bytes += kv.second.sizeInBytes();
            }
            if (bytes > kSizedBudget) {
                sized_.clear();
                QImage& again = sized_[{frame, step}];
                again = full.scaledToWidth(w, Qt::SmoothTransformation);
                return again;
            }
            sized = full.scaledToWidth(w, Qt::SmoothTransformation);
        }
        return sized;
    }
    std::lock_guard lock(mutex_);
    QImage& img = sized_[{0, step}];
    if (img.isNull()) {
        img = renderSvg(svg_, QSize(w, std::max(1, int(std::lround(w * aspect_)))));
    }
    return img; // shared, implicitly: no pixel copy
}

std::shared_ptr<const StickerPicture> StickerPictures::builtin(std::size_t index) {
    const auto& all = builtinStickers();
    if (index >= all.size()) {
        return nullptr;
    }
    std::lock_guard lock(mutex_);
    auto& slot = builtins_[index];
    if (!slot) {
        QFile f(QString::fromLatin1(all[index].resource));
        if (!f.open(QIODevice::ReadOnly)) {
            return nullptr;
        }
        const QByteArray svg = f.readAll();
        slot = std::make_shared<const StickerPicture>(svg, svgAspect(svg));
    }
    return slot;
}

std::shared_ptr<const StickerPicture> StickerPictures::file(const std::string& path) {
    const std::string resolved = resolveMediaPath(path).string();
    const std::string stat = statOf(resolved);
    {
        std::lock_guard lock(mutex_);
        const auto it = files_.find(resolved);
        if (it != files_.end() && it->second.stat == stat && !stat.empty()) {
            if (it->second.error) {
                std::rethrow_exception(it->second.error);
            }
            return it->second.picture;
        }
    }
    // Read outside the lock: a long animation takes a moment, other stickers need not wait.
    Entry entry;
    entry.stat = stat;
    try {
        if (isSvgFile(path)) {
            const QByteArray svg = readSvgFile(path); // refuses outside references
            const MediaInfo info = probeSvg(path);
            entry.picture = std::make_shared<const StickerPicture>(
                svg, info.width > 0 ? double(info.height) / info.width : svgAspect(svg));
        } else {
            entry.picture = std::make_shared<const StickerPicture>(loadPictureFrames(path));
        }
    } catch (...) {
        entry.error = std::current_exception();
    }
    std::lock_guard lock(mutex_);
    files_[resolved] = entry;
    if (entry.error) {
        std::rethrow_exception(entry.error);
    }
    return entry.picture;
}

} // namespace reelcut::face
