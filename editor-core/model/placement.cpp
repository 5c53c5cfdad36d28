#include "model/placement.h"

#include "export/safe_zone_check.h"
#include "model/edits.h"
#include "model/main_track.h"
#include "render/clip_layout.h"
#include "text/text_rasterizer.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace reelcut {

namespace {

// Share of the safe area's width a new sticker takes: big enough to see, small enough
// to leave the subject visible.
constexpr double kStickerWidth = 0.4;
// Captions: at least this share of the canvas's short side tall (65 px on 1080x1920),
// and their bottom this share of the height above the safe area's lower edge.
constexpr double kCaptionMinSize = 0.06;
constexpr double kCaptionMargin = 0.02;
// Text presets are designed for a 1080-pixel short side.
constexpr double kPresetCanvas = 1080;

Time onFrame(const Time& t, const FrameRate& rate) {
    return frameTime((max(Time(0), t) * rate).roundMul(1), rate);
}

bool takes(TrackKind kind, const MediaInfo& info) {
    return info.hasVideo ? (kind == TrackKind::Video || kind == TrackKind::Overlay)
                         : kind == TrackKind::Audio;
}

bool isFree(const Track& t, const Time& from, const Time& to) {
    return !t.locked && std::none_of(t.clips.begin(), t.clips.end(),
                                     [&](const Clip& c) { return c.start < to && from < c.end(); });
}

// The horizontal room around the canvas's centre line that stays inside the safe area,
// in canvas pixels: a block centred at x = 0.5 and at most this wide is safe.
double centredSafeWidth(const SafeZone& zone, double canvasWidth) {
    return 2 * std::max(0.05, std::min(0.5 - zone.left, 0.5 - zone.right)) * canvasWidth;
}

} // namespace

// ---- media on the timeline ---------------------------------------------------------

void addToBin(Project& project, const std::string& media) {
    if (std::find(project.bin.begin(), project.bin.end(), media) == project.bin.end()) {
        project.bin.push_back(media);
    }
}

Clip newMediaClip(const Project& project, const std::string& media, const MediaInfo& info,
                  const Time& at) {
    Clip clip;
    clip.media = media;
    clip.start = onFrame(at, project.frameRate);
    clip.in = Time(0);
    clip.out = info.isStill || info.duration <= Time(0) ? Time(kStillSeconds) : info.duration;
    if (info.hasVideo && !info.isStill && info.width > 0 && info.height > 0) {
        const double a = static_cast<double>(info.width) / info.height;
        const double c = static_cast<double>(project.width) / project.height;
        if (std::abs(a - c) > 0.02) {
            clip.background = BackgroundFill::Blur;
        }
    }
    return clip;
}

ObjectId trackForMedia(Project& project, ObjectId wanted, const MediaInfo& info,
                       const std::string& newTrackName) {
    if (const Track* t = project.findTrack(wanted);
        t != nullptr && takes(t->kind, info) && !t->locked) {
        return t->id;
    }
    for (const Track& t : project.tracks) {
        if (takes(t.kind, info) && !t.locked) {
            return t.id;
        }
    }
    return edit::addTrack(project, info.hasVideo ? TrackKind::Overlay : TrackKind::Audio,
                          edit::uniqueTrackName(project, newTrackName));
}

ObjectId dropClip(Project& project, ObjectId track, Clip clip) {
    try {
        Project attempt = project;
        const ObjectId id = edit::addClip(attempt, track, clip);
        project = std::move(attempt);
        return id;
    } catch (const EditError&) {
    }
    try {
        Project attempt = project;
        const ObjectId id = edit::insertClipRipple(attempt, track, clip);
        project = std::move(attempt);
        return id;
    } catch (const EditError&) {
    }
    // Inside a clip of an ordinary track: after the track's last clip.
    clip.start = project.findTrack(track)->end();
    return edit::addClip(project, track, std::move(clip));
}

Time dropStart(const Project& project, ObjectId track, const Time& at) {
    const Track* t = project.findTrack(track);
    if (t == nullptr || !isMagneticMainTrack(project, track)) {
        return at;
    }
    const std::size_t slot = mainTrackSlot(*t, at);
    return slot == 0 ? Time(0) : t->clips[slot - 1].end();
}

// ---- text and stickers ---------------------------------------------------------------

QSizeF textBlockSize(const Clip& clip, int canvasWidth) {
    return QSizeF(
        TextRasterizer::measure(clip.text, clip.style, 1.0, clip.style.wrapWidth * canvasWidth));
}

Clip newTextClip(const Project& project, const TextPreset& preset, const std::string& text,
                 const Time& at, const SafeZone& zone, double fontSize) {
    const QSizeF canvas(project.width, project.height);
    const QRectF safe = safeRect(zone, canvas);
    const double room = centredSafeWidth(zone, canvas.width());
    Clip clip;
    clip.kind = ClipKind::Text;
    clip.text = text;
    clip.style = preset.style;
    if (fontSize > 0) {
        clip.style.fontSize = fontSize;
    }
    clip.animationIn = preset.animationIn;
    clip.animationOut = preset.animationOut;
    clip.start = onFrame(at, project.frameRate);
    clip.in = Time(0);
    clip.out = Time(kOverlaySeconds);
    // Lines wrap inside the safe area, and a block still too big (one long word) is scaled
    // down until it fits, so new text is never under the platform's buttons.
    clip.style.wrapWidth = std::min(clip.style.wrapWidth, 0.92 * room / canvas.width());
    const QSizeF block = textBlockSize(clip, project.width);
    if (!block.isEmpty()) {
        clip.transform.scale =
            std::min({1.0, 0.96 * room / block.width(), 0.96 * safe.height() / block.height()});
    }
    clip.transform.x = 0.5;
    clip.transform.y = safe.center().y() / canvas.height();
    return clip;
}

Clip newStickerClip(const Project& project, const std::string& media, const QSizeF& sourceSize,
                    const Time& at, const SafeZone& zone) {
    const QSizeF canvas(project.width, project.height);
    const QRectF safe = safeRect(zone, canvas);
    const double room = centredSafeWidth(zone, canvas.width());
    Clip clip;
    clip.media = media;
    clip.start = onFrame(at, project.frameRate);
    clip.in = Time(0);
    clip.out = Time(kOverlaySeconds);
    clip.fit = FitMode::Fit;
    const QSizeF source = sourceSize.isEmpty() ? QSizeF(512, 512) : sourceSize;
    const QSizeF fitted = fittedSize(FitMode::Fit, source, canvas);
    if (!fitted.isEmpty()) {
        clip.transform.scale =
            std::min(kStickerWidth * std::min(room, safe.width()) / fitted.width(),
                     0.9 * safe.height() / fitted.height());
    }
    clip.transform.x = 0.5;
    clip.transform.y = safe.center().y() / canvas.height();
    clip.animationIn = {AnimationType::Pop, 0.35};
    return clip;
}

ObjectId addOverlayClip(Project& project, Clip clip, TrackKind kind,
                        const std::string& newTrackName,
                        const std::function<bool(const Track&)>& accept) {
    ObjectId track = 0;
    for (const Track& t : project.tracks) {
        if (t.kind == kind && isFree(t, clip.start, clip.end()) && (!accept || accept(t))) {
            track = t.id;
            break;
        }
    }
    if (track == 0) {
        track = edit::addTrack(project, kind, edit::uniqueTrackName(project, newTrackName));
    }
    return edit::addClip(project, track, std::move(clip));
}

Transform keepBlockInCanvas(const Transform& wanted, const QSizeF& blockSize,
                            const QSizeF& canvas) {
    Transform t = wanted;
    if (blockSize.isEmpty() || canvas.isEmpty()) {
        return t;
    }
    // The rotated block's bounding box at scale 1.
    const double r = t.rotation * std::numbers::pi / 180;
    const double c = std::abs(std::cos(r));
    const double s = std::abs(std::sin(r));
    const double w = blockSize.width() * c + blockSize.height() * s;
    const double h = blockSize.width() * s + blockSize.height() * c;
    t.scale = std::min(t.scale, std::min(canvas.width() / w, canvas.height() / h));
    const double halfW = w * t.scale / 2;
    const double halfH = h * t.scale / 2;
    t.x = std::clamp(t.x * canvas.width(), halfW, canvas.width() - halfW) / canvas.width();
    t.y = std::clamp(t.y * canvas.height(), halfH, canvas.height() - halfH) / canvas.height();
    return t;
}

// ---- captions -------------------------------------------------------------------------

std::vector<Clip> placedCaptions(const Project& project, const std::vector<Caption>& captions,
                                 const TextPreset& preset, const SafeZone& zone) {
    const QSizeF canvas(project.width, project.height);
    const double shortSide = std::min(canvas.width(), canvas.height());
    const QRectF safe = safeRect(zone, canvas);
    const double room = centredSafeWidth(zone, canvas.width());
    Clip look;
    look.kind = ClipKind::Text;
    look.style = preset.style;
    look.animationIn = preset.animationIn;
    look.animationOut = preset.animationOut;
    look.style.fontSize = std::round(
        std::max(preset.style.fontSize * shortSide / kPresetCanvas, kCaptionMinSize * shortSide));
    const double presetScale = look.style.fontSize / std::max(1.0, preset.style.fontSize);
    look.style.boxPadding *= presetScale;
    look.style.boxRadius *= presetScale;
    look.style.strokeWidth *= presetScale;
    look.style.wrapWidth = std::min(look.style.wrapWidth, 0.9 * room / canvas.width());
    look.transform.x = 0.5;
    const double bottom = safe.bottom() - kCaptionMargin * canvas.height();
    std::vector<Clip> clips = captionClips(captions, look);
    for (Clip& c : clips) {
        QSizeF block = textBlockSize(c, project.width);
        // A block taller than the safe area (a very long cue) is scaled down to fit.
        const double fit = std::min({1.0, 0.96 * safe.height() / std::max(1.0, block.height()),
                                     0.96 * room / std::max(1.0, block.width())});
        c.transform.scale = fit;
        block *= fit;
        const double centre =
            std::max(safe.top() + block.height() / 2, bottom - block.height() / 2);
        c.transform.y = centre / canvas.height();
    }
    return clips;
}

std::vector<ObjectId> pictureEffectTargets(const Project& project, std::vector<ObjectId> ids) {
    std::erase_if(ids, [&project](ObjectId id) {
        const auto [track, c] = project.findClip(id);
        return c == nullptr || !track->hasPicture() || c->kind == ClipKind::Text;
    });
    return ids;
}

} // namespace reelcut
