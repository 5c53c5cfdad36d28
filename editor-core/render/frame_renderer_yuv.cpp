// FrameRenderer's YUV canvas: export frames composed in the encoder's 4:2:0 planes.
// Opaque upright video clips (the bulk of every frame) are scaled straight from the
// decoder into the planes, so an export frame is never converted to RGB and back as a
// whole; everything else is drawn by the RGB rules (frame_renderer.cpp) on a transparent
// layer over just its area and blended in. See docs/architecture.md, "Compose".

#include "effect/effect.h"
#include "media/frame_scaler.h"
#include "media/media_error.h"
#include "media/video_decoder.h"
#include "render/box_blur.h"
#include "render/clip_layout.h"
#include "render/compose_rules.h"
#include "render/frame_renderer.h"
#include "render/yuv_canvas.h"

#include <cmath>
#include <cstring>

extern "C" {
#include <libavutil/pixdesc.h>
}

namespace reelcut {

using namespace compose;

namespace {

bool hasEnabledEffect(const Clip& clip) {
    for (const EffectInstance& fx : clip.effects) {
        if (fx.enabled) {
            return true;
        }
    }
    return false;
}

void ensureFrame(std::unique_ptr<AVFrame, void (*)(AVFrame*)>& frame, int w, int h) {
    if (!frame) {
        frame.reset(av_frame_alloc());
        if (!frame) {
            throw std::bad_alloc();
        }
    }
    if (frame->width != w || frame->height != h || frame->data[0] == nullptr) {
        allocateCanvasFrame(*frame, w, h);
    }
}

// Makes the planes of `to` a copy of `from` (same size).
void copyPlanes(const YuvCanvas& from, YuvCanvas& to) {
    for (int p = 0; p < 3; ++p) {
        const int rowBytes = p == 0 ? from.width : from.width / 2;
        const int rows = p == 0 ? from.height : from.height / 2;
        for (int y = 0; y < rows; ++y) {
            std::memcpy(to.data[p] + std::ptrdiff_t(y) * to.linesize[p],
                        from.data[p] + std::ptrdiff_t(y) * from.linesize[p], std::size_t(rowBytes));
        }
    }
}

// Pointers to the planes at an even luma position.
struct PlaneRegion {
    std::uint8_t* data[3];
    int stride[3];
};
PlaneRegion regionAt(const YuvCanvas& c, int x, int y) {
    PlaneRegion r{};
    r.data[0] = c.data[0] + std::ptrdiff_t(y) * c.linesize[0] + x;
    r.data[1] = c.data[1] + std::ptrdiff_t(y / 2) * c.linesize[1] + x / 2;
    r.data[2] = c.data[2] + std::ptrdiff_t(y / 2) * c.linesize[2] + x / 2;
    for (int p = 0; p < 3; ++p) {
        r.stride[p] = c.linesize[p];
    }
    return r;
}

// The part [left, right) x [top, bottom) of a frame, without copying (shallow).
bool cropView(const AVFrame& src, int left, int top, int right, int bottom, AVFrame& out) {
    out = src;
    out.crop_left = std::size_t(left);
    out.crop_top = std::size_t(top);
    out.crop_right = std::size_t(src.width - right);
    out.crop_bottom = std::size_t(src.height - bottom);
    if (left == 0 && top == 0 && right == src.width && bottom == src.height) {
        return true;
    }
    return av_frame_apply_cropping(&out, AV_FRAME_CROP_UNALIGNED) >= 0;
}

} // namespace

void FrameRenderer::renderInto(const Project& project, const Time& t, AVFrame& target) {
    if (target.format != AV_PIX_FMT_YUV420P || target.width <= 0 || target.height <= 0 ||
        target.width % 2 != 0 || target.height % 2 != 0) {
        throw std::invalid_argument(
            "FrameRenderer: the target must be an even-sized yuv420p frame");
    }
    startFrame(project);
    YuvCanvas canvas = YuvCanvas::of(target);
    renderScale_ =
        std::min(double(canvas.width) / project.width, double(canvas.height) / project.height);
    // The background is filled when something is first drawn over part of it, or not at
    // all when the first clip covers the canvas (most frames: a clip filling the canvas).
    pendingBackground_ = project.background | 0xff000000;
    for (const Track& track : project.tracks) {
        if (track.hasPicture() && !track.hidden) {
            drawTrack(track, t, canvas);
        }
    }
    fillPendingBackground(canvas);
}

void FrameRenderer::fillPendingBackground(YuvCanvas& canvas) {
    if (pendingBackground_) {
        canvas.fill(canvas.rect(), *pendingBackground_);
        pendingBackground_.reset();
    }
}

void FrameRenderer::drawTrack(const Track& track, const Time& t, YuvCanvas& canvas) {
    const TrackSample s = sampleTrack(track, t);
    if (s.empty()) {
        return;
    }
    if (s.incoming == nullptr) {
        drawClip(*s.outgoing, t, canvas);
        return;
    }
    if (needsRgbTransition(s)) {
        // Wipes, slides, zooms...: the RGB rules compose the transition on the layer.
        const QSize size(canvas.width, canvas.height);
        if (rgbLayer_.size() != size) {
            ensureImage(rgbLayer_, size);
            rgbLayer_.fill(Qt::transparent);
        }
        drawTransition(s, t, rgbLayer_);
        // The layer is blended over what is below: the background must be there first
        // (filling it afterwards painted over the whole transition).
        fillPendingBackground(canvas);
        canvas.blendArea(rgbLayer_, rgbLayer_.rect());
        rgbLayer_.fill(Qt::transparent);
        return;
    }
    // A crossfade: each clip over its own copy of what is below, then mixed. Blending is
    // linear, so this equals mixing the two clips' layers first and drawing the mix over
    // what is below (the RGB rule), without a full-frame RGB layer.
    fillPendingBackground(canvas);
    ensureFrame(transitionFrame_, canvas.width, canvas.height);
    YuvCanvas incoming = YuvCanvas::of(*transitionFrame_);
    copyPlanes(canvas, incoming);
    drawClip(*s.outgoing, t, canvas);
    drawClip(*s.incoming, t, incoming);
    canvas.mixWith(incoming, s.mix);
}

void FrameRenderer::drawClip(const Clip& clip, const Time& t, YuvCanvas& canvas) {
    if (!yuvThroughRgb_ && clip.kind != ClipKind::Text && drawVideoInPlanes(clip, t, canvas)) {
        return;
    }
    fillPendingBackground(canvas);
    // The RGB rules on a layer that is transparent except where this clip draws.
    const QSize size(canvas.width, canvas.height);
    if (rgbLayer_.size() != size) {
        rgbLayer_ = makeTransparentPaddedImage(size);
    }
    const QRect dirty = drawClip(clip, t, 1.0, rgbLayer_).intersected(rgbLayer_.rect());
    if (dirty.isEmpty()) {
        return;
    }
    canvas.blendArea(rgbLayer_, dirty);
    for (int y = dirty.top(); y <= dirty.bottom(); ++y) {
        std::memset(rgbLayer_.scanLine(y) + std::ptrdiff_t(dirty.left()) * 4, 0,
                    std::size_t(dirty.width()) * 4);
    }
}

// The fast path: an opaque, upright video clip without effects, BT.709 like the output.
// False when the clip needs the RGB rules.
bool FrameRenderer::drawVideoInPlanes(const Clip& clip, const Time& t, YuvCanvas& canvas) {
    if (hasEnabledEffect(clip) || hasGeometry(clip)) {
        return false;
    }
    const MediaInfo* info = nullptr;
    try {
        info = &pool_.info(clip.media);
    } catch (const MediaError&) {
        return false; // the RGB rules report it (or draw the placeholder)
    }
    if (info->isStill || info->animatedImage || !info->hasVideo || info->rotation != 0) {
        return false;
    }
    const QSizeF canvasSize(canvas.width, canvas.height);
    const ClipAppearance look = appearanceAt(clip, t);
    Placement place =
        placeClip(clip, look.transform, QSizeF(info->width, info->height), canvasSize);
    place.size *= look.animationScale;
    // As in the RGB rules: a picture larger than the canvas crops around its focus point.
    place.center += focusShift(focusAt(clip, clip.sourceTime(t)), place.size, canvasSize);
    if (look.opacity <= 0.0 || place.size.isEmpty()) {
        return true; // nothing shows, as in the RGB rules
    }
    if (look.opacity < 1.0 || std::fmod(place.rotation, 360.0) != 0.0) {
        return false;
    }
    const AVFrame* src = nullptr;
    try {
        src = &pool_.videoFrame(clip.id, clip.media, pictureTime(clip, *info, t), clip.reverse);
    } catch (const MediaError&) {
        return false;
    }
    const AVPixFmtDescriptor* desc = av_pix_fmt_desc_get(AVPixelFormat(src->format));
    if (desc == nullptr || (desc->flags & AV_PIX_FMT_FLAG_ALPHA) ||
        !FrameScaler::yuvMatrixIsBt709(*src)) {
        return false;
    }

    // The clip's pixels on the canvas, and the same widened to whole 2x2 blocks so that
    // chroma lines up with the canvas's.
    const QRectF rect(place.center.x() - place.size.width() / 2,
                      place.center.y() - place.size.height() / 2, place.size.width(),
                      place.size.height());
    const QRect exact = rect.toAlignedRect().intersected(canvas.rect());

    if (clip.fit == FitMode::Fit && clip.background == BackgroundFill::Color) {
        canvas.fill(canvas.rect(), clip.backgroundColor | 0xff000000);
        pendingBackground_.reset();
    } else if (clip.fit == FitMode::Fit && clip.background == BackgroundFill::Blur) {
        if (drawBlurredFill(clip, *src, canvas)) {
            pendingBackground_.reset();
        } else {
            fillPendingBackground(canvas);
        }
    } else if (exact == canvas.rect()) {
        pendingBackground_.reset(); // every pixel is scaled over below
    } else {
        fillPendingBackground(canvas); // some of it shows
    }
    if (exact.isEmpty()) {
        return true;
    }
    const int x0 = exact.left() & ~1, y0 = exact.top() & ~1;
    const int x1 = std::min(canvas.width, (exact.right() + 2) & ~1);
    const int y1 = std::min(canvas.height, (exact.bottom() + 2) & ~1);
    const QRect dst(x0, y0, x1 - x0, y1 - y0);

    // Only the part of the picture that lands on the canvas is scaled.
    const double sx = src->width / rect.width();
    const double sy = src->height / rect.height();
    const int left =
        std::clamp(int(std::floor((dst.left() - rect.left()) * sx)), 0, src->width - 1);
    const int top = std::clamp(int(std::floor((dst.top() - rect.top()) * sy)), 0, src->height - 1);
    const int right =
        std::clamp(int(std::ceil((dst.right() + 1 - rect.left()) * sx)), left + 1, src->width);
    const int bottom =
        std::clamp(int(std::ceil((dst.bottom() + 1 - rect.top()) * sy)), top + 1, src->height);
    AVFrame cropped;
    if (!cropView(*src, left, top, right, bottom, cropped)) {
        cropped = *src;
    }
    FrameScaler& scaler = pool_.scaler(clip.id, kMainScaler);
    if (dst == exact) {
        // Straight into the canvas: no intermediate picture, no blend.
        const PlaneRegion r = regionAt(canvas, dst.left(), dst.top());
        scaler.scaleToYuv(cropped, r.data, r.stride, dst.width(), dst.height());
        return true;
    }
    // Edges on odd pixels: scaled aside, then pasted with partial chroma at the edges.
    ensureFrame(pieceFrame_, dst.width(), dst.height());
    scaler.scaleToYuv(cropped, pieceFrame_->data, pieceFrame_->linesize, dst.width(), dst.height());
    canvas.paste(YuvCanvas::of(*pieceFrame_), dst.topLeft(), exact);
    return true;
}

// A blurred copy of the picture filling the canvas, behind a fitted clip: scaled small
// (1/8), blurred in each plane, scaled up into the canvas. The small copy reaches a few
// blur radii past the canvas where the picture does, so the edges blur as in the RGB rules.
// False if nothing could be drawn.
bool FrameRenderer::drawBlurredFill(const Clip& clip, const AVFrame& src, YuvCanvas& canvas) {
    const QSizeF canvasSize(canvas.width, canvas.height);
    const QSizeF fill = fittedSize(FitMode::Fill, QSizeF(src.width, src.height), canvasSize);
    const int radius = backgroundBlurRadius(std::max(2, int(fill.width() / 8)));
    // The window in fill pixels: the canvas plus a margin of three radii (at 1/8) per side.
    const double margin = 3.0 * radius * 8.0;
    const double fx0 = std::max(0.0, (fill.width() - canvasSize.width()) / 2 - margin);
    const double fx1 = std::min(fill.width(), (fill.width() + canvasSize.width()) / 2 + margin);
    const double fy0 = std::max(0.0, (fill.height() - canvasSize.height()) / 2 - margin);
    const double fy1 = std::min(fill.height(), (fill.height() + canvasSize.height()) / 2 + margin);
    const double toSrcX = src.width / fill.width();
    const double toSrcY = src.height / fill.height();
    const int left = std::clamp(int(std::floor(fx0 * toSrcX)), 0, src.width - 1);
    const int right = std::clamp(int(std::ceil(fx1 * toSrcX)), left + 1, src.width);
    const int top = std::clamp(int(std::floor(fy0 * toSrcY)), 0, src.height - 1);
    const int bottom = std::clamp(int(std::ceil(fy1 * toSrcY)), top + 1, src.height);
    AVFrame cropped;
    if (!cropView(src, left, top, right, bottom, cropped)) {
        return false;
    }
    // The window's extent in fill pixels after snapping to source pixels.
    const double wx0 = left / toSrcX, wx1 = right / toSrcX;
    const double wy0 = top / toSrcY, wy1 = bottom / toSrcY;
    const int smallW = std::max(2, int(std::lround((wx1 - wx0) / 16)) * 2);
    const int smallH = std::max(2, int(std::lround((wy1 - wy0) / 16)) * 2);
    ensureFrame(blurFrame_, smallW, smallH);
    AVFrame& small = *blurFrame_;
    pool_.scaler(clip.id, kBackgroundScaler)
        .scaleToYuv(cropped, small.data, small.linesize, smallW, smallH);
    boxBlurPlane(small.data[0], smallW, smallH, small.linesize[0], radius);
    boxBlurPlane(small.data[1], smallW / 2, smallH / 2, small.linesize[1], std::max(1, radius / 2));
    boxBlurPlane(small.data[2], smallW / 2, smallH / 2, small.linesize[2], std::max(1, radius / 2));

    // The canvas inside the small picture, in its pixels.
    const double perFillX = smallW / (wx1 - wx0);
    const double perFillY = smallH / (wy1 - wy0);
    const double cx0 = ((fill.width() - canvasSize.width()) / 2 - wx0) * perFillX;
    const double cy0 = ((fill.height() - canvasSize.height()) / 2 - wy0) * perFillY;
    const int sl = std::clamp(int(std::lround(cx0)), 0, smallW - 1);
    const int st = std::clamp(int(std::lround(cy0)), 0, smallH - 1);
    const int sr =
        std::clamp(int(std::lround(cx0 + canvasSize.width() * perFillX)), sl + 1, smallW);
    const int sb =
        std::clamp(int(std::lround(cy0 + canvasSize.height() * perFillY)), st + 1, smallH);
    AVFrame visible;
    if (!cropView(small, sl, st, sr, sb, visible)) {
        visible = small;
    }
    const PlaneRegion r = regionAt(canvas, 0, 0);
    pool_.scaler(clip.id, kBackgroundUpScaler)
        .scaleToYuv(visible, r.data, r.stride, canvas.width, canvas.height);
    return true;
}

} // namespace reelcut
