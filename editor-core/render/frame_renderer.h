#pragma once

#include "model/project.h"
#include "render/media_pool.h"
#include "text/text_rasterizer.h"

#include <QImage>
#include <QSize>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

struct AVFrame;

namespace reelcut {

struct ClipFrame;
struct TrackSample;
struct YuvCanvas;

// Composes the picture of a project at a time, at any output size: the one renderer
// behind preview and export, so what you see is what you export. Tracks are drawn bottom
// to top; each clip is scaled once, straight from the decoder into its drawn size.
// Positions are fractions of the canvas and clips are fitted to the output canvas, so a
// different aspect ratio re-lays the edit out instead of letterboxing it.
//
// Two canvases, one set of drawing rules (docs/architecture.md, "Compose"):
// - RGB (QImage): preview and stills. Every clip, text and effect is drawn here.
// - YUV 4:2:0 (AVFrame): export. Opaque upright video clips without effects, their
//   colour or blurred backgrounds and cross-fades between them are composed in the
//   encoder's planes directly; everything else (text, stickers, rotated or translucent
//   clips, effects) is drawn by the RGB rules on a transparent layer covering just its
//   area and blended over the planes. New RGB effects and transitions plug into the RGB
//   rules and work in both.
// One instance per thread; it owns its decoders (see MediaPool).
class FrameRenderer {
public:
    enum class MissingMedia {
        Throw,      // export: a missing or broken file stops with a MediaError
        Placeholder // preview: draw a "media offline" slate and carry on
    };

    explicit FrameRenderer(MissingMedia policy = MissingMedia::Throw);
    ~FrameRenderer();
    FrameRenderer(const FrameRenderer&) = delete;
    FrameRenderer& operator=(const FrameRenderer&) = delete;

    // The frame at timeline time t. The returned image (Format_ARGB32_Premultiplied,
    // opaque) is reused by the next call: copy it to keep it.
    const QImage& frameAt(const Project& project, const Time& t, const QSize& size);
    // The same into a caller's image (its size is the output size), so a pipeline can
    // render straight into its own frame pool without a copy.
    void renderInto(const Project& project, const Time& t, QImage& target);
    // The same into a YUV 4:2:0 frame (BT.709 limited range) of the output size, as the
    // encoder takes it. Its rows need YuvCanvas::kRowPadding spare bytes: allocate it
    // with allocateCanvasFrame.
    void renderInto(const Project& project, const Time& t, AVFrame& target);

    // For tests: compose YUV frames through the RGB layer only, the reference the YUV
    // fast paths are checked against.
    void setComposeYuvThroughRgb(bool on) { yuvThroughRgb_ = on; }

    // Decode with decoders shared with other renderers on other threads (see
    // SharedDecoders) instead of decoders of its own.
    void setSharedDecoders(std::shared_ptr<SharedDecoders> shared) {
        pool_.setSharedDecoders(std::move(shared));
    }

    // With shared decoders: fetches the video frames renderInto(project, t) will show,
    // so renderers can take turns to fetch in timeline order (each decoder then reads
    // straight on, as for one renderer) and compose in parallel.
    void prefetch(const Project& project, const Time& t);
    // Closes what clips hold sooner (see MediaPool::setIdleTicks): for exports.
    void setIdleTicks(std::uint64_t ticks) {
        pool_.setIdleTicks(ticks);
        idleFrames_ = ticks;
    }

    // Where effects find analysis caches (face landmarks...): the project's cache folder.
    void setAnalysisDir(std::string dir) { analysisDir_ = std::move(dir); }

    // Files that could not be shown in the last frame (Placeholder policy).
    const std::vector<Message>& problems() const { return problems_; }

private:
    // The RGB rules. Each returns the area of `target` it may have changed.
    void drawTrack(const Project& project, const Track& track, const Time& t, QImage& target);
    void drawTransition(const TrackSample& s, const Time& t, QImage& target);
    // A transition other than the cross-fade: the YUV canvas draws it with the RGB rules.
    static bool needsRgbTransition(const TrackSample& s);
    QRect drawClip(const Clip& clip, const Time& t, double opacity, QImage& target);
    QRect drawUpright(const Clip& clip, const ClipFrame& frame, const QRectF& rect, double alpha,
                      const Time& t, QImage& target);
    void copyScaledStill(const Clip& clip, const ClipFrame& frame, QImage& img);
    // The still at `size`, or only the part `area` of it (in the pixels of that size).
    QImage scaledStill(const Clip& clip, const ClipFrame& frame, const QSize& size,
                       const QRect& area);
    void applyEffects(const Clip& clip, const Time& t, const QTransform& sourceToFrame,
                      const QSize& sourceSize, QImage& img);
    QRect drawPlaceholder(const Clip& clip, QImage& target);
    QRect drawText(const Clip& clip, const Time& t, double opacity, QImage& target);
    // Starts a frame: the pool closes what was not used lately, text rasters likewise.
    // The clip's style with an auto-fit box resolved to a font size (cached).
    const TextStyle& styleFor(const Clip& clip);

    struct FittedText {
        std::string text;
        TextStyle source;
        int width = 0;
        int height = 0;
        TextStyle style;
    };

    // The YUV canvas (frame_renderer_yuv.cpp).
    void drawTrack(const Track& track, const Time& t, YuvCanvas& canvas);
    void drawClip(const Clip& clip, const Time& t, YuvCanvas& canvas);
    bool drawVideoInPlanes(const Clip& clip, const Time& t, YuvCanvas& canvas);
    bool drawBlurredFill(const Clip& clip, const AVFrame& src, YuvCanvas& canvas);
    void fillPendingBackground(YuvCanvas& canvas);

    MissingMedia policy_;
    MediaPool pool_;
    QImage canvas_;
    QImage layerA_, layerB_, layerOut_; // for transitions
    QImage rgbLayer_;                   // transparent outside what is being drawn (YUV canvas)
    std::unique_ptr<AVFrame, void (*)(AVFrame*)> transitionFrame_; // the incoming clip
    std::unique_ptr<AVFrame, void (*)(AVFrame*)> blurFrame_;       // small blurred fill
    std::unique_ptr<AVFrame, void (*)(AVFrame*)> pieceFrame_;      // a clip with odd edges
    std::optional<QRgb> pendingBackground_;                        // YUV canvas: not filled yet
    bool yuvThroughRgb_ = false;
    double renderScale_ = 1;
    std::string analysisDir_;
    int projectWidth_ = 1080;
    int projectHeight_ = 1920;
    std::map<ObjectId, FittedText> fitted_;
    // One cache per text clip, dropped when the clip has not been drawn for a while (like
    // MediaPool's clips), so a long timeline of captions holds only what shows now.
    struct TextCache {
        TextRasterizer rasterizer;
        std::uint64_t lastUsed = 0;
    };
    std::map<ObjectId, TextCache> texts_;
    std::uint64_t frames_ = 0; // frames rendered, the clock of texts_
    std::uint64_t idleFrames_ = 90;
    void startFrame(const Project& project);
    std::vector<Message> problems_;
};

} // namespace reelcut
