#include "batch/format_layout.h"

#include "export/safe_zone_check.h"
#include "media/media_info.h"
#include "render/clip_layout.h"
#include "text/text_fit.h"
#include "text/text_rasterizer.h"

#include <QTransform>
#include <algorithm>
#include <cmath>
#include <map>
#include <numeric>

namespace reelcut::batch {

namespace {

struct RatioPreset {
    const char* ratio;
    const char* tag;
    const char* preset;
};

constexpr RatioPreset kRatios[] = {
    {"9:16", "9x16", "tiktok"},
    {"1:1", "1x1", "square"},
    {"16:9", "16x9", "youtube"},
    {"4:5", "4x5", "feed-4x5"},
};

std::string ratioOf(const Preset& p) {
    const int g = std::gcd(p.width, p.height);
    return std::to_string(p.width / g) + ":" + std::to_string(p.height / g);
}

std::string trim(const std::string& s) {
    const auto b = s.find_first_not_of(" \t");
    return b == std::string::npos ? std::string() : s.substr(b, s.find_last_not_of(" \t") - b + 1);
}

// The box a clip occupies (after rotation) when its anchor is at the transform's point:
// `drawn` is what is painted (text: with outline and shadow), `anchored` what the anchor
// refers to, as the renderer and the safe-zone check measure them.
QRectF boxOf(const Clip& clip, const Transform& t, const QSizeF& drawn, const QSizeF& anchored,
             const QSizeF& canvas) {
    const QPointF center =
        QPointF(t.x * canvas.width(), t.y * canvas.height()) + anchorToCenter(clip, anchored);
    QTransform turn;
    turn.translate(center.x(), center.y());
    turn.rotate(t.rotation);
    return turn.mapRect(QRectF(QPointF(-drawn.width() / 2, -drawn.height() / 2), drawn));
}

// Moves a transform so that the clip's box lies inside `safe` (centred on it where the box
// is larger than the safe area in a direction). Two pixels of room keep rounding on the
// safe side.
void moveInside(const Clip& clip, Transform& t, const QSizeF& drawn, const QSizeF& anchored,
                const QSizeF& canvas, const QRectF& safe0) {
    const QRectF safe = safe0.adjusted(2, 2, -2, -2);
    const QRectF box = boxOf(clip, t, drawn, anchored, canvas);
    auto shift = [](double lo, double hi, double safeLo, double safeHi) {
        if (hi - lo > safeHi - safeLo) {
            return (safeLo + safeHi) / 2 - (lo + hi) / 2;
        }
        if (lo < safeLo) {
            return safeLo - lo;
        }
        if (hi > safeHi) {
            return safeHi - hi;
        }
        return 0.0;
    };
    t.x += shift(box.left(), box.right(), safe.left(), safe.right()) / canvas.width();
    t.y += shift(box.top(), box.bottom(), safe.top(), safe.bottom()) / canvas.height();
}

void scaleStyle(TextStyle& s, double k) {
    s.fontSize *= k;
    s.minFontSize *= k;
    s.strokeWidth *= k;
    s.shadowOffsetX *= k;
    s.shadowOffsetY *= k;
    s.shadowBlur *= k;
    s.boxPadding *= k;
    s.boxRadius *= k;
    s.letterSpacing *= k;
}

// Every resting transform of a clip: its keyframes, or its transform.
std::vector<Transform*> restingTransforms(Clip& c) {
    std::vector<Transform*> out;
    if (c.keyframes.empty()) {
        out.push_back(&c.transform);
    } else {
        for (TransformKey& k : c.keyframes) {
            out.push_back(&k.value);
        }
    }
    return out;
}

} // namespace

std::vector<OutputFormat> parseFormats(const std::string& ratios, const std::string& presetId,
                                       std::optional<Message>& error) {
    std::vector<OutputFormat> out;
    const Preset* chosen = presetId.empty() ? nullptr : findPreset(presetId);
    if (!presetId.empty() && chosen == nullptr) {
        error = Message(QT_TRANSLATE_NOOP3("Engine", "unknown preset '%1'", "batch.unknown-preset"))
                    .arg(presetId);
        return {};
    }
    std::vector<std::string> items;
    std::string list = ratios;
    if (trim(list).empty()) {
        list = chosen != nullptr ? ratioOf(*chosen) : "9:16";
    }
    std::size_t pos = 0;
    while (pos <= list.size()) {
        const std::size_t comma = list.find(',', pos);
        items.push_back(
            trim(list.substr(pos, comma == std::string::npos ? std::string::npos : comma - pos)));
        if (comma == std::string::npos) {
            break;
        }
        pos = comma + 1;
    }
    for (const std::string& item : items) {
        OutputFormat f;
        const Preset* preset = nullptr;
        for (const RatioPreset& r : kRatios) {
            if (item == r.ratio || item == r.tag) {
                f.ratio = r.ratio;
                f.tag = r.tag;
                preset = chosen != nullptr && ratioOf(*chosen) == r.ratio ? chosen
                                                                          : findPreset(r.preset);
            }
        }
        if (preset == nullptr) {
            if (const Preset* p = findPreset(item)) {
                preset = p;
                f.ratio = ratioOf(*p);
                f.tag = f.ratio;
                std::replace(f.tag.begin(), f.tag.end(), ':', 'x');
            }
        }
        if (preset == nullptr) {
            error = Message(QT_TRANSLATE_NOOP3("Engine",
                                               "'%1' is not a ratio (9:16, 1:1, 16:9, 4:5) or a "
                                               "preset",
                                               "batch.unknown-ratio"))
                        .arg(item);
            return {};
        }
        for (const OutputFormat& o : out) {
            if (o.tag == f.tag) {
                error = Message(QT_TRANSLATE_NOOP3("Engine", "the ratio %1 is listed twice",
                                                   "batch.ratio-twice"))
                            .arg(f.ratio);
                return {};
            }
        }
        f.preset = *preset;
        out.push_back(std::move(f));
    }
    return out;
}

Project adaptToFormat(const Project& in, const OutputFormat& format) {
    Project p = in;
    const int W = format.preset.width;
    const int H = format.preset.height;
    const double k = double(std::min(W, H)) / double(std::min(in.width, in.height));
    p.width = W;
    p.height = H;
    const QSizeF canvas(W, H);
    const QRectF safe = safeRect(format.preset.safeZone, canvas);
    std::map<std::string, QSizeF> mediaSizes;
    TextRasterizer text;
    for (Track& track : p.tracks) {
        if (!track.hasPicture()) {
            continue;
        }
        for (Clip& c : track.clips) {
            if (c.kind == ClipKind::Text) {
                scaleStyle(c.style, k);
                // The text's box may not be wider or taller than the safe area.
                // (A few pixels less: the drawn picture is a little larger than the lines.)
                c.style.wrapWidth = std::min(c.style.wrapWidth, (safe.width() - 8) / W);
                if (c.style.fitHeight > 0) {
                    c.style.fitHeight = std::min(c.style.fitHeight, (safe.height() - 8) / H);
                }
                const TextStyle style = fittedStyle(c.text, c.style, W, H);
                for (Transform* t : restingTransforms(c)) {
                    // Measured as the safe-zone check measures it: the drawn picture.
                    const QSizeF drawn(
                        text.render(c.text, style, t->scale, wrapWidthFor(style, W), 1.0, false)
                            .size());
                    moveInside(c, *t, drawn, text.blockSize(), canvas, safe);
                }
                continue;
            }
            // Pictures on the main video tracks fill or fit the canvas; overlays (logos,
            // stickers, picture-in-picture) keep to the safe area.
            if (track.kind != TrackKind::Overlay) {
                continue;
            }
            QSizeF source;
            if (auto it = mediaSizes.find(c.media); it != mediaSizes.end()) {
                source = it->second;
            } else {
                try {
                    const MediaInfo info = probeMedia(c.media);
                    source = QSizeF(info.width, info.height);
                } catch (const std::exception&) {
                    continue; // validation reports the file
                }
                mediaSizes[c.media] = source;
            }
            for (Transform* t : restingTransforms(c)) {
                QSizeF size = fittedSize(c.fit, source, canvas) * t->scale;
                const double shrink =
                    std::min({1.0, safe.width() / size.width(), safe.height() / size.height()});
                if (shrink < 1.0) {
                    t->scale *= shrink;
                    size *= shrink;
                }
                moveInside(c, *t, size, size, canvas, safe);
            }
        }
    }
    return p;
}

void applyBrandKit(Project& p, const BrandKit& kit, const TemplateSpec& spec,
                   const SafeZone& zone) {
    auto firstVideoTrack = [&]() -> Track& {
        for (Track& t : p.tracks) {
            if (t.kind == TrackKind::Video) {
                return t;
            }
        }
        p.tracks.insert(p.tracks.begin(), makeTrack(p.newId(), TrackKind::Video, "Brand"));
        return p.tracks.front();
    };
    auto mediaClip = [&](const std::string& media, const Time& start, const Time& length) {
        Clip c;
        c.id = p.newId();
        c.media = media;
        c.start = start;
        c.in = Time(0);
        c.out = length;
        c.fit = FitMode::Fill;
        return c;
    };
    if (spec.brandIntro && !kit.intro.empty()) {
        const MediaInfo info = probeMedia(kit.intro);
        const Time d = info.isStill ? Time(2) : info.duration;
        for (Track& t : p.tracks) {
            for (Clip& c : t.clips) {
                c.start = c.start + d;
            }
        }
        Track& v = firstVideoTrack();
        v.clips.insert(v.clips.begin(), mediaClip(kit.intro, Time(0), d));
    }
    if (spec.brandOutro && !kit.outro.empty()) {
        const MediaInfo info = probeMedia(kit.outro);
        const Time d = info.isStill ? Time(2) : info.duration;
        const Time end = p.duration();
        Track& v = firstVideoTrack();
        v.clips.push_back(mediaClip(kit.outro, max(end, v.end()), d));
    }
    if (spec.brandWatermark && !kit.logo.empty()) {
        const MediaInfo info = probeMedia(kit.logo);
        const QSizeF canvas(p.width, p.height);
        const QRectF safe = safeRect(zone, canvas);
        const double shortSide = std::min(p.width, p.height);
        Clip c = mediaClip(kit.logo, Time(0), p.duration());
        c.fit = FitMode::Fit;
        const QSizeF fitted = fittedSize(FitMode::Fit, QSizeF(info.width, info.height), canvas);
        c.transform.scale =
            kit.watermarkScale * shortSide / std::max(fitted.width(), fitted.height());
        c.transform.opacity = kit.watermarkOpacity;
        const double margin = kit.watermarkMargin * shortSide;
        const bool right =
            kit.watermarkCorner == Corner::TopRight || kit.watermarkCorner == Corner::BottomRight;
        const bool bottom =
            kit.watermarkCorner == Corner::BottomLeft || kit.watermarkCorner == Corner::BottomRight;
        c.anchorX = right ? 1 : 0;
        c.anchorY = bottom ? 1 : 0;
        c.transform.x = (right ? safe.right() - margin : safe.left() + margin) / p.width;
        c.transform.y = (bottom ? safe.bottom() - margin : safe.top() + margin) / p.height;
        p.tracks.push_back(makeTrack(p.newId(), TrackKind::Overlay, "Watermark", {c}));
    }
}

} // namespace reelcut::batch
