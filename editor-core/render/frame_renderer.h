#pragma once

#include "model/project.h"
#include "render/media_pool.h"
#include "text/text_rasterizer.h"

#include <QImage>
#include <QSize>
#include <map>
#include <string>
#include <vector>

namespace reelcut {

struct ClipFrame;

// Composes the picture of a project at a time, at any output size: the one renderer
// behind preview and export, so what you see is what you export. Tracks are drawn bottom
// to top; each clip is scaled once, straight from the decoder into its drawn size.
// Positions are fractions of the canvas and clips are fitted to the output canvas, so a
// different aspect ratio re-lays the edit out instead of letterboxing it.
// One instance per thread; it owns its decoders (see MediaPool).
class FrameRenderer {
public:
    enum class MissingMedia {
        Throw,      // export: a missing or broken file stops with a MediaError
        Placeholder // preview: draw a "media offline" slate and carry on
    };

    explicit FrameRenderer(MissingMedia policy = MissingMedia::Throw);

    // The frame at timeline time t. The returned image (Format_ARGB32_Premultiplied,
    // opaque) is reused by the next call: copy it to keep it.
    const QImage& frameAt(const Project& project, const Time& t, const QSize& size);
    // The same into a caller's image (its size is the output size), so a pipeline can
    // render straight into its own frame pool without a copy.
    void renderInto(const Project& project, const Time& t, QImage& target);

    // Where effects find analysis caches (face landmarks...): the project's cache folder.
    void setAnalysisDir(std::string dir) { analysisDir_ = std::move(dir); }

    // Files that could not be shown in the last frame (Placeholder policy).
    const std::vector<Message>& problems() const { return problems_; }

private:
    void drawTrack(const Project& project, const Track& track, const Time& t, QImage& target);
    void drawClip(const Clip& clip, const Time& t, double opacity, QImage& target);
    void drawUpright(const Clip& clip, const ClipFrame& frame, const QRectF& rect, double alpha,
                     const Time& t, QImage& target);
    void copyScaledStill(const Clip& clip, const ClipFrame& frame, QImage& img);
    // The still at `size`, or only the part `area` of it (in the pixels of that size).
    QImage scaledStill(const Clip& clip, const ClipFrame& frame, const QSize& size,
                       const QRect& area);
    void applyEffects(const Clip& clip, const Time& t, const QTransform& sourceToFrame,
                      const QSize& sourceSize, QImage& img) const;
    void drawPlaceholder(const Clip& clip, QImage& target);
    void drawText(const Clip& clip, const Time& t, double opacity, QImage& target);

    MissingMedia policy_;
    MediaPool pool_;
    QImage canvas_;
    QImage layerA_, layerB_; // for transitions
    double renderScale_ = 1;
    std::string analysisDir_;
    int projectWidth_ = 1080;
    std::map<ObjectId, TextRasterizer> texts_; // one cache per text clip
    std::vector<Message> problems_;
};

} // namespace reelcut
