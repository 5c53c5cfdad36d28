#pragma once

// Rules shared by FrameRenderer's two canvases (frame_renderer.cpp for RGB,
// frame_renderer_yuv.cpp for YUV); not part of the engine's interface.

#include "media/frame_scaler.h"
#include "media/media_info.h"
#include "model/clip.h"
#include "render/clip_layout.h"

#include <QImage>
#include <QSizeF>
#include <algorithm>

namespace reelcut::compose {

// Per-clip scratch images and scalers kept in the MediaPool.
enum ImageSlot { kScaled = 0, kBackground = 1, kStillCache = 2 };
enum ScalerSlot { kMainScaler = 0, kBackgroundScaler = 1, kBackgroundUpScaler = 2 };

// The source time whose picture shows at timeline time t: never before the media's start,
// and wrapped into the media's length for looping (animated) stickers.
inline Time pictureTime(const Clip& clip, const MediaInfo& info, const Time& t) {
    Time src = max(Time(0), clip.sourceTime(t));
    if (clip.loop && info.duration > Time(0)) {
        src = src - info.duration * Rational((src / info.duration).floor());
    }
    return src;
}

inline bool isQuarterTurn(int degrees) {
    return ((degrees % 180) + 180) % 180 == 90;
}

// Whether the clip crops, flips or turns its picture (then it takes the general path).
inline bool hasGeometry(const Clip& clip) {
    return !clip.crop.isNone() || clip.flipH || clip.flipV || clip.rotate != 0;
}

// Renderer-owned images are padded so frames scale straight into them (FrameScaler).
inline void ensureImage(QImage& img, const QSize& size) {
    if (img.size() != size || img.format() != QImage::Format_ARGB32_Premultiplied) {
        img = makePaddedImage(size);
    }
}

inline bool hasRowSlack(const QImage& img) {
    return img.bytesPerLine() >= qsizetype(img.width()) * 4 + FrameScaler::kRowSlack;
}

// Blur strength of a blurred background: a radius at 1/8 of the fill size, so a big blur
// costs the same as a small one.
inline int backgroundBlurRadius(int smallFillWidth) {
    return std::max(2, smallFillWidth / 24);
}

} // namespace reelcut::compose
