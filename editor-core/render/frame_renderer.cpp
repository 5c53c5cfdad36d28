#include "render/frame_renderer.h"

#include "effect/effect.h"
#include "media/frame_scaler.h"
#include "media/media_error.h"
#include "media/video_decoder.h"
#include "render/box_blur.h"
#include "render/clip_layout.h"
#include "render/compose_rules.h"
#include "render/layer_mix.h"
#include "text/text_fit.h"
#include "text/text_rasterizer.h"

#include <QCoreApplication>
#include <QPainter>
#include <algorithm>
#include <cmath>

extern "C" {
#include <libavutil/pixdesc.h>
}

namespace reelcut {

// The picture of one clip at one time: either a decoded video frame or a still.
struct ClipFrame {
    const AVFrame* video = nullptr;
    const QImage* still = nullptr;
    int rotation = 0;      // display rotation still to apply, degrees clockwise
    bool animated = false; // `still` is one frame of an animated picture
    std::string stillKey;  // identifies the picture in `still`, for the scaled-still cache
    QSizeF displaySize;
    bool hasAlpha = false;
};

using namespace compose;

namespace {

// The pixels a painter may touch when it draws `rect` through `transform`, with a pixel
// of margin for antialiasing.
QRect paintedArea(const QTransform& transform, const QRectF& rect) {
    return transform.mapRect(rect).toAlignedRect().adjusted(-2, -2, 2, 2);
}

// A key or a mask on the clip: its picture gets transparent parts.
bool effectsChangeAlpha(const Clip& clip) {
    for (const EffectInstance& fx : clip.effects) {
        const Effect* e = fx.enabled ? EffectRegistry::instance().find(fx.type) : nullptr;
        if (e != nullptr && e->changesAlpha()) {
            return true;
        }
    }
    return false;
}

} // namespace

FrameRenderer::FrameRenderer(MissingMedia policy)
    : policy_(policy), transitionFrame_(nullptr, [](AVFrame* f) { av_frame_free(&f); }),
      blurFrame_(nullptr, [](AVFrame* f) { av_frame_free(&f); }),
      pieceFrame_(nullptr, [](AVFrame* f) { av_frame_free(&f); }) {}

FrameRenderer::~FrameRenderer() = default;

const QImage& FrameRenderer::frameAt(const Project& project, const Time& t, const QSize& size) {
    ensureImage(canvas_, size);
    renderInto(project, t, canvas_);
    return canvas_;
}

void FrameRenderer::prefetch(const Project& project, const Time& t) {
    for (const Track& track : project.tracks) {
        if (!track.hasPicture() || track.hidden) {
            continue;
        }
        const TrackSample s = sampleTrack(track, t);
        for (const Clip* clip : {s.outgoing, s.incoming}) {
            if (clip == nullptr || clip->kind == ClipKind::Text) {
                continue;
            }
            try {
                const MediaInfo& info = pool_.info(clip->media);
                if (info.hasVideo && !info.isStill && !info.animatedImage) {
                    pool_.prefetchVideo(clip->id, clip->media, pictureTime(*clip, info, t),
                                        clip->reverse);
                }
            } catch (const MediaError&) {
                // renderInto meets it again and reports it (or draws the placeholder)
            }
        }
    }
}

namespace {
// Text rasters kept beyond those the last frame drew (a scrub back).
constexpr std::size_t kMaxIdleTexts = 8;
} // namespace

void FrameRenderer::startFrame(const Project& project) {
    problems_.clear();
    projectWidth_ = project.width;
    projectHeight_ = project.height;
    pool_.tick();
    // A text raster is kept while its clip shows and a little after (a scrub back); at
    // most a few beyond the last frame's, so a thousand captions do not keep a thousand
    // pictures (they did: memory grew with every caption shown).
    ++frames_;
    std::erase_if(texts_,
                  [this](const auto& kv) { return frames_ - kv.second.lastUsed > idleFrames_; });
    std::vector<std::pair<std::uint64_t, ObjectId>> idle;
    for (const auto& [id, cache] : texts_) {
        if (cache.lastUsed + 1 < frames_) {
            idle.emplace_back(cache.lastUsed, id);
        }
    }
    if (idle.size() > kMaxIdleTexts) {
        std::sort(idle.begin(), idle.end());
        for (std::size_t i = 0; i + kMaxIdleTexts < idle.size(); ++i) {
            texts_.erase(idle[i].second);
        }
    }
    std::erase_if(fitted_, [this](const auto& kv) { return !texts_.contains(kv.first); });
}

void FrameRenderer::renderInto(const Project& project, const Time& t, QImage& target) {
    startFrame(project);
    ensureImage(target, target.size());
    renderScale_ =
        std::min(double(target.width()) / project.width, double(target.height()) / project.height);
    target.fill(QColor::fromRgba(project.background | 0xff000000));
    for (const Track& track : project.tracks) {
        if (track.hasPicture() && !track.hidden) {
            drawTrack(project, track, t, target);
        }
    }
}

void FrameRenderer::drawTrack(const Project&, const Track& track, const Time& t, QImage& target) {
    const TrackSample s = sampleTrack(track, t);
    if (s.empty()) {
        return;
    }
    if (s.incoming == nullptr) {
        drawClip(*s.outgoing, t, 1.0, target);
        return;
    }
    drawTransition(s, t, target);
}

void FrameRenderer::drawTransition(const TrackSample& s, const Time& t, QImage& target) {
    // A transition is a function of the two clips' layers, drawn like one clip, so the
    // tracks below do not show through mid-transition.
    ensureImage(layerA_, target.size());
    ensureImage(layerB_, target.size());
    layerA_.fill(Qt::transparent);
    layerB_.fill(Qt::transparent);
    drawClip(*s.outgoing, t, 1.0, layerA_);
    drawClip(*s.incoming, t, 1.0, layerB_);
    const Transition& tr = *s.incoming->transitionIn;
    const TransitionEffect* effect =
        tr.type == kCrossfade ? nullptr : EffectRegistry::instance().findTransition(tr.type);
    QPainter painter(&target);
    if (effect == nullptr) {
        mixLayers(layerA_, layerB_, s.mix);
        painter.drawImage(0, 0, layerA_);
        return;
    }
    ensureImage(layerOut_, target.size());
    TransitionContext ctx;
    ctx.renderScale = renderScale_;
    effect->apply(layerA_, layerB_, s.mix,
                  tr.keyframes.empty() ? tr.params : tr.paramsAt(s.sinceTransition), ctx,
                  layerOut_);
    painter.drawImage(0, 0, layerOut_);
}

bool FrameRenderer::needsRgbTransition(const TrackSample& s) {
    return s.incoming != nullptr && s.incoming->transitionIn &&
           s.incoming->transitionIn->type != kCrossfade &&
           EffectRegistry::instance().findTransition(s.incoming->transitionIn->type) != nullptr;
}

QRect FrameRenderer::drawClip(const Clip& clip, const Time& t, double opacity, QImage& target) {
    if (clip.kind == ClipKind::Text) {
        return drawText(clip, t, opacity, target);
    }
    ClipFrame frame;
    try {
        const MediaInfo& info = pool_.info(clip.media);
        if (info.isStill) {
            frame.still = &pool_.still(clip.media);
            // The shape of the picture; an SVG's still is only a small proxy of it.
            frame.displaySize = QSizeF(info.width, info.height);
            frame.hasAlpha = frame.still->hasAlphaChannel();
            frame.stillKey = clip.media;
        } else if (info.animatedImage) {
            const auto [image, index] =
                pool_.animationFrame(clip.media, pictureTime(clip, info, t));
            frame.still = image;
            frame.animated = true;
            frame.displaySize = image->size();
            frame.hasAlpha = image->hasAlphaChannel();
            frame.stillKey = clip.media + "#" + std::to_string(index);
        } else if (info.hasVideo) {
            // Transitions read past the clip's in/out points; the decoder clamps to the
            // media's first and last frames.
            frame.video =
                &pool_.videoFrame(clip.id, clip.media, pictureTime(clip, info, t), clip.reverse);
            frame.rotation = info.rotation;
            frame.displaySize = QSizeF(info.width, info.height);
            const AVPixFmtDescriptor* d =
                av_pix_fmt_desc_get(static_cast<AVPixelFormat>(frame.video->format));
            frame.hasAlpha = d != nullptr && (d->flags & AV_PIX_FMT_FLAG_ALPHA);
        } else {
            return {}; // audio-only media on a picture track shows nothing
        }
    } catch (const MediaError& e) {
        if (policy_ == MissingMedia::Throw) {
            throw;
        }
        problems_.push_back(e.message());
        return drawPlaceholder(clip, target);
    }

    const QSizeF canvas(target.size());
    const ClipAppearance look = appearanceAt(clip, t);
    // The clip's own crop and quarter turns change the shape that is fitted.
    const QSizeF shown = geometrySize(clip, frame.displaySize);
    Placement place = placeClip(clip, look.transform, shown, canvas);
    place.size *= look.animationScale;
    // A picture larger than the canvas is cropped around its focus point (auto reframe).
    place.center += focusShift(focusAt(clip, clip.sourceTime(t)), place.size, canvas);
    const double alpha = opacity * look.opacity;
    if (alpha <= 0.0 || place.size.isEmpty()) {
        return {};
    }
    const QRectF rect(place.center.x() - place.size.width() / 2,
                      place.center.y() - place.size.height() / 2, place.size.width(),
                      place.size.height());

    // Background fill of a fitted clip: a solid colour or a blurred, canvas-filling copy.
    QRect dirty;
    if (clip.fit == FitMode::Fit && clip.background != BackgroundFill::None) {
        dirty = target.rect();
        QPainter bg(&target);
        bg.setOpacity(alpha);
        if (clip.background == BackgroundFill::Color) {
            bg.fillRect(target.rect(), QColor::fromRgba(clip.backgroundColor));
        } else {
            // Blur at 1/8 size: a big blur radius costs the same as a small one there.
            const QSizeF fill = fittedSize(FitMode::Fill, frame.displaySize, canvas);
            // Capped at the canvas: a picture of an extreme shape filled to the canvas
            // would otherwise ask for an image many times its size.
            const QSize small(std::clamp(int(fill.width() / 8), 2, std::max(2, target.width())),
                              std::clamp(int(fill.height() / 8), 2, std::max(2, target.height())));
            QImage& blurred = pool_.image(clip.id, kBackground);
            ensureImage(blurred, isQuarterTurn(frame.rotation) ? small.transposed() : small);
            if (frame.video) {
                pool_.scaler(clip.id, kBackgroundScaler)
                    .scale(*frame.video, blurred, hasRowSlack(blurred));
            } else {
                QPainter p(&blurred);
                p.setCompositionMode(QPainter::CompositionMode_Source);
                p.setRenderHint(QPainter::SmoothPixmapTransform);
                p.drawImage(blurred.rect(), *frame.still);
            }
            boxBlur(blurred, backgroundBlurRadius(small.width()));
            bg.setRenderHint(QPainter::SmoothPixmapTransform);
            bg.translate(canvas.width() / 2, canvas.height() / 2);
            bg.rotate(frame.rotation);
            const QSizeF drawn = isQuarterTurn(frame.rotation) ? fill.transposed() : fill;
            bg.drawImage(
                QRectF(-drawn.width() / 2, -drawn.height() / 2, drawn.width(), drawn.height()),
                blurred);
        }
    }

    const bool upright =
        frame.rotation == 0 && std::fmod(place.rotation, 360.0) == 0.0 && !hasGeometry(clip);
    if (upright) {
        return dirty | drawUpright(clip, frame, rect, alpha, t, target);
    }

    // Rotated: scale the whole picture into the clip's own image (in coded orientation),
    // run the clip's effects on it, then draw it turned and with opacity.
    // Rasterised at the size drawn, but never at more than four canvases' worth of
    // pixels: a clip zoomed far in is drawn from a coarser raster, scaled up when painted.
    QSizeF drawnF = place.size;
    double rasterScale = 1;
    const double maxArea = 4.0 * target.width() * target.height();
    if (drawnF.width() * drawnF.height() > maxArea) {
        rasterScale = std::sqrt(maxArea / (drawnF.width() * drawnF.height()));
        drawnF *= rasterScale;
    }
    // The whole picture (before the clip's crop and turn), in display orientation.
    const double keepW = 1 - clip.crop.left - clip.crop.right;
    const double keepH = 1 - clip.crop.top - clip.crop.bottom;
    const QSizeF turned = isQuarterTurn(clip.rotate) ? drawnF.transposed() : drawnF;
    const QSizeF wholeF(turned.width() / keepW, turned.height() / keepH);
    const QSize drawn(std::max(1, int(std::lround(wholeF.width()))),
                      std::max(1, int(std::lround(wholeF.height()))));
    const QSize coded = isQuarterTurn(frame.rotation) ? drawn.transposed() : drawn;
    QImage& img = pool_.image(clip.id, kScaled);
    ensureImage(img, coded);
    QSize sourceSize;
    if (frame.video) {
        pool_.scaler(clip.id, kMainScaler).scale(*frame.video, img, hasRowSlack(img));
        sourceSize = QSize(frame.video->width, frame.video->height);
    } else {
        copyScaledStill(clip, frame, img);
        sourceSize = frame.still->size();
    }
    applyEffects(clip, t,
                 QTransform::fromScale(double(img.width()) / sourceSize.width(),
                                       double(img.height()) / sourceSize.height()),
                 sourceSize, img);
    QPainter p(&target);
    p.setOpacity(alpha);
    p.setRenderHint(QPainter::SmoothPixmapTransform);
    p.setRenderHint(QPainter::Antialiasing);
    p.translate(place.center);
    // Applied to the picture in the opposite order: its own display rotation, the crop
    // (the kept part centred), the flips, the clip's turn, then the transform's rotation.
    p.rotate(place.rotation + clip.rotate);
    p.scale((clip.flipH ? -1 : 1) / rasterScale, (clip.flipV ? -1 : 1) / rasterScale);
    const QSizeF whole(drawn);
    const QRectF kept(-whole.width() / 2 + clip.crop.left * whole.width(),
                      -whole.height() / 2 + clip.crop.top * whole.height(), whole.width() * keepW,
                      whole.height() * keepH);
    p.translate(-kept.center());
    const QRect painted = paintedArea(p.transform(), kept);
    if (!clip.crop.isNone()) {
        p.setClipRect(kept);
    }
    p.rotate(frame.rotation);
    const QPointF corner(-coded.width() / 2.0, -coded.height() / 2.0);
    p.drawImage(corner, img);
    return dirty | painted;
}

QRect FrameRenderer::drawUpright(const Clip& clip, const ClipFrame& frame, const QRectF& rect,
                                 double alpha, const Time& t, QImage& target) {
    // Only the part of the picture that lands on the canvas is scaled: a 16:9 clip
    // filling a 9:16 canvas shows a third of its width, and scaling all of it to
    // 3413x1920 was most of an export's time.
    const QRect dst = rect.toAlignedRect().intersected(target.rect());
    if (dst.width() < 1 || dst.height() < 1) {
        return {};
    }
    // An opaque, fully visible clip replaces what is under it, so it can be scaled (and
    // its effects run) right in the canvas: no intermediate image, no blend.
    const bool opaque = alpha >= 1.0 && !frame.hasAlpha && !effectsChangeAlpha(clip);
    if (frame.still != nullptr) {
        // Stills are scaled once per size and reused every frame after that. A picture
        // zoomed far beyond the canvas is rasterised only where it shows.
        const QSize full(std::max(1, int(std::lround(rect.width()))),
                         std::max(1, int(std::lround(rect.height()))));
        const QPoint offset(int(std::lround(rect.left())), int(std::lround(rect.top())));
        const QRect part = dst.translated(-offset).intersected(QRect(QPoint(0, 0), full));
        if (part.isEmpty()) {
            return {};
        }
        const bool huge =
            double(full.width()) * full.height() > 4.0 * double(target.width()) * target.height();
        const QRect area = huge ? part : QRect(QPoint(0, 0), full);
        const QString key = QStringLiteral("%1@%2x%3+%4+%5:%6x%7")
                                .arg(QString::fromStdString(frame.stillKey))
                                .arg(full.width())
                                .arg(full.height())
                                .arg(area.x())
                                .arg(area.y())
                                .arg(area.width())
                                .arg(area.height());
        QImage& cached = pool_.image(clip.id, kStillCache);
        if (cached.text("key") != key) {
            cached = scaledStill(clip, frame, full, area);
            cached.setText("key", key);
        }
        const QRect inCache = part.translated(-area.topLeft());
        QPainter p(&target);
        p.setOpacity(alpha);
        if (clip.effects.empty()) {
            p.drawImage(part.topLeft() + offset, cached, inCache);
            return dst;
        }
        QImage& img = pool_.image(clip.id, kScaled);
        img = cached.copy(inCache);
        const QSize sourceSize = frame.still->size();
        QTransform toFrame = QTransform::fromScale(double(full.width()) / sourceSize.width(),
                                                   double(full.height()) / sourceSize.height());
        toFrame *= QTransform::fromTranslate(-part.left(), -part.top());
        applyEffects(clip, t, toFrame, sourceSize, img);
        p.drawImage(part.topLeft() + offset, img);
        return dst;
    }

    // The source rectangle that maps onto dst, in the frame's pixels.
    const AVFrame& src = *frame.video;
    const double sx = src.width / rect.width();
    const double sy = src.height / rect.height();
    AVFrame cropped = src; // shallow: only data pointers and sizes change
    const int left = std::clamp(int(std::floor((dst.left() - rect.left()) * sx)), 0, src.width - 1);
    const int top = std::clamp(int(std::floor((dst.top() - rect.top()) * sy)), 0, src.height - 1);
    const int right =
        std::clamp(int(std::ceil((dst.right() + 1 - rect.left()) * sx)), left + 1, src.width);
    const int bottom =
        std::clamp(int(std::ceil((dst.bottom() + 1 - rect.top()) * sy)), top + 1, src.height);
    cropped.crop_left = size_t(left);
    cropped.crop_top = size_t(top);
    cropped.crop_right = size_t(src.width - right);
    cropped.crop_bottom = size_t(src.height - bottom);
    const bool crop = left > 0 || top > 0 || right < src.width || bottom < src.height;
    if (crop && av_frame_apply_cropping(&cropped, AV_FRAME_CROP_UNALIGNED) < 0) {
        cropped = src;
    }
    FrameScaler& scaler = pool_.scaler(clip.id, kMainScaler);
    // Source pixel (x, y) lands at ((x - left) * w / cropW, (y - top) * h / cropH).
    QTransform toFrame = QTransform::fromTranslate(-left, -top);
    toFrame *= QTransform::fromScale(double(dst.width()) / cropped.width,
                                     double(dst.height()) / cropped.height);
    if (opaque) {
        QImage view(target.bits() + dst.top() * target.bytesPerLine() + dst.left() * 4, dst.width(),
                    dst.height(), target.bytesPerLine(), QImage::Format_ARGB32_Premultiplied);
        scaler.scale(cropped, view, hasRowSlack(target));
        applyEffects(clip, t, toFrame, QSize(src.width, src.height), view);
        return dst;
    }
    QImage& img = pool_.image(clip.id, kScaled);
    ensureImage(img, dst.size());
    scaler.scale(cropped, img, hasRowSlack(img));
    applyEffects(clip, t, toFrame, QSize(src.width, src.height), img);
    QPainter p(&target);
    p.setOpacity(alpha);
    p.drawImage(dst.topLeft(), img);
    return dst;
}

QImage FrameRenderer::scaledStill(const Clip& clip, const ClipFrame& frame, const QSize& size,
                                  const QRect& area) {
    const QRect whole(QPoint(0, 0), size);
    if (!frame.animated && pool_.isVector(clip.media)) {
        return pool_.vectorAt(clip.media, size, area == whole ? QRect() : area); // sharp
    }
    const QImage& src = *frame.still;
    if (area == whole) {
        return src.scaled(size, Qt::IgnoreAspectRatio, Qt::SmoothTransformation)
            .convertToFormat(QImage::Format_ARGB32_Premultiplied);
    }
    // Only the source pixels under `area` are scaled (with a pixel of margin, so the
    // smoothing at the edges sees its neighbours).
    const double sx = double(src.width()) / size.width();
    const double sy = double(src.height()) / size.height();
    const QRect srcRect =
        QRectF(area.x() * sx, area.y() * sy, area.width() * sx, area.height() * sy)
            .toAlignedRect()
            .adjusted(-1, -1, 1, 1)
            .intersected(src.rect());
    const QSize scaledSize(std::max(1, int(std::lround(srcRect.width() / sx))),
                           std::max(1, int(std::lround(srcRect.height() / sy))));
    const QImage scaled =
        src.copy(srcRect).scaled(scaledSize, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    const QPoint at(int(std::lround(area.x() - srcRect.x() / sx)),
                    int(std::lround(area.y() - srcRect.y() / sy)));
    QImage out(area.size(), QImage::Format_ARGB32_Premultiplied);
    out.fill(Qt::transparent);
    QPainter p(&out);
    p.setCompositionMode(QPainter::CompositionMode_Source);
    p.drawImage(QPoint(0, 0), scaled.convertToFormat(QImage::Format_ARGB32_Premultiplied),
                QRect(at, area.size()));
    return out;
}

void FrameRenderer::copyScaledStill(const Clip& clip, const ClipFrame& frame, QImage& img) {
    QImage& cached = pool_.image(clip.id, kStillCache);
    const QString key = QStringLiteral("%1@%2x%3")
                            .arg(QString::fromStdString(frame.stillKey))
                            .arg(img.width())
                            .arg(img.height());
    if (cached.text("key") != key) {
        cached = scaledStill(clip, frame, img.size(), QRect(QPoint(0, 0), img.size()));
        cached.setText("key", key);
    }
    img = cached.copy();
}

void FrameRenderer::applyEffects(const Clip& clip, const Time& t, const QTransform& sourceToFrame,
                                 const QSize& sourceSize, QImage& img) {
    if (clip.effects.empty()) {
        return;
    }
    EffectContext ctx;
    ctx.sourceToFrame = sourceToFrame;
    ctx.sourceSize = sourceSize;
    ctx.analysisDir = analysisDir_;
    ctx.clipTime = clip.sourceTime(t) - clip.in;
    ctx.sourceTime = clip.sourceTime(t);
    ctx.mediaPath = clip.media;
    ctx.renderScale = renderScale_;
    for (const EffectInstance& fx : clip.effects) {
        if (!fx.enabled) {
            continue;
        }
        const Effect* effect = EffectRegistry::instance().find(fx.type);
        if (effect == nullptr) {
            continue;
        }
        try {
            effect->apply(img, fx.keyframes.empty() ? fx.params : fx.paramsAt(t - clip.start), ctx);
        } catch (const std::exception& e) {
            // In words for a person (a missing LUT file names the file): the export stops and
            // says so; the preview shows the clip without that effect and reports it.
            const auto* told = dynamic_cast<const HasMessage*>(&e);
            Message problem =
                told != nullptr
                    ? told->message()
                    : Message(QT_TRANSLATE_NOOP3("Engine",
                                                 "the effect \"%1\" failed on %2 at %3: %4",
                                                 "render.effect-failed"))
                          .arg(Message::named("Effect", effect->descriptor().name))
                          .arg(clip.kind == ClipKind::Text ? std::string("text") : clip.media)
                          .arg(formatTimecode(t))
                          .arg(std::string(e.what()));
            if (policy_ == MissingMedia::Throw) {
                throw Error(std::move(problem));
            }
            problems_.push_back(std::move(problem));
        }
    }
}

QRect FrameRenderer::drawText(const Clip& clip, const Time& t, double opacity, QImage& target) {
    const ClipAppearance look = appearanceAt(clip, t);
    const double alpha = opacity * look.opacity;
    if (alpha <= 0.0 || look.visibleFraction <= 0.0) {
        return {};
    }
    // Rasterised at the size it is drawn (canvas scale x clip scale) so it stays sharp;
    // the pop animation's scale is applied when drawing, so the raster stays cached.
    const double scale = renderScale_ * look.transform.scale;
    const bool strict = policy_ == MissingMedia::Throw;
    const QImage* img = nullptr;
    TextCache& cache = texts_[clip.id];
    cache.lastUsed = frames_;
    TextRasterizer& rasterizer = cache.rasterizer;
    const TextStyle& style = styleFor(clip);
    try {
        // At most four canvases' worth of pixels: a text zoomed far beyond the frame is
        // drawn from a coarser raster (rasterScale < 1), scaled up when painted.
        img = &rasterizer.render(clip.text, style, scale, wrapWidthFor(style, projectWidth_),
                                 look.visibleFraction, strict,
                                 4 * std::int64_t(target.width()) * target.height());
    } catch (const FontError& e) {
        throw Error(
            Message(QT_TRANSLATE_NOOP3("Engine", "text clip \"%1\": %2", "render.text-clip"))
                .arg(QString::fromStdString(clip.text).left(40))
                .arg(e.message()));
    }
    const double rasterScale = rasterizer.rasterScale();
    if (!rasterizer.missingFont().empty()) {
        problems_.push_back(Message(QT_TRANSLATE_NOOP3("Engine", "font \"%1\" is not installed",
                                                       "render.font-missing"))
                                .arg(rasterizer.missingFont()));
    }
    QPainter p(&target);
    p.setRenderHint(QPainter::SmoothPixmapTransform);
    p.setOpacity(alpha);
    p.translate(QPointF(look.transform.x * target.width(), look.transform.y * target.height()) +
                anchorToCenter(clip, rasterizer.blockSize() / rasterScale * look.animationScale));
    p.rotate(look.transform.rotation);
    p.scale(look.animationScale / rasterScale, look.animationScale / rasterScale);
    const QPointF corner(-img->width() / 2.0, -img->height() / 2.0);
    p.drawImage(corner, *img);
    return paintedArea(p.transform(), QRectF(corner, QSizeF(img->size())));
}

const TextStyle& FrameRenderer::styleFor(const Clip& clip) {
    if (clip.style.fitHeight <= 0) {
        return clip.style;
    }
    // Fitting lays the text out several times; it is done once per text, style and canvas.
    FittedText& f = fitted_[clip.id];
    if (f.text != clip.text || f.source != clip.style || f.width != projectWidth_ ||
        f.height != projectHeight_) {
        f.text = clip.text;
        f.source = clip.style;
        f.width = projectWidth_;
        f.height = projectHeight_;
        f.style = fittedStyle(clip.text, clip.style, projectWidth_, projectHeight_);
    }
    return f.style;
}

QRect FrameRenderer::drawPlaceholder(const Clip&, QImage& target) {
    QPainter p(&target);
    p.fillRect(target.rect(), QColor(120, 20, 30));
    p.setPen(Qt::white);
    QFont f = p.font();
    f.setPixelSize(std::max(10, target.height() / 30));
    p.setFont(f);
    p.drawText(target.rect(), Qt::AlignCenter,
               QCoreApplication::translate("Renderer", "Media offline"));
    return target.rect();
}

} // namespace reelcut
