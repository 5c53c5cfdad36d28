#include "export/preset.h"

#include <QtGlobal>

namespace reelcut {

namespace {

constexpr std::int64_t kMB = 1000 * 1000;
constexpr std::int64_t kGB = 1000 * kMB;

// Bit rates are the 30 fps figures; encodeSettingsFor() raises them for high frame rates.
// 10 Mbit/s sits inside every platform's recommendation for 1080p30 (YouTube 8, TikTok
// 10-20, Meta up to 25), so a file made for one platform is also accepted by the others.
std::vector<Preset> makePresets() {
    std::vector<Preset> out;

    Preset tiktok;
    tiktok.id = "tiktok";
    tiktok.name = QT_TRANSLATE_NOOP("Preset", "TikTok");
    tiktok.width = 1080;
    tiktok.height = 1920;
    tiktok.videoBitrate = 10'000'000;
    tiktok.maxBitrate = 16'000'000;
    tiktok.audioBitrate = 192'000;
    tiktok.minDuration = Time(3);
    tiktok.maxDuration = Time(10 * 60);
    tiktok.maxFileBytes = 4 * kGB;
    tiktok.minFrameRate = FrameRate(23);
    tiktok.maxFrameRate = FrameRate(60);
    // Right: like/comment/share column; bottom: caption, sound and username.
    tiktok.safeZone = {0.06, 0.08, 0.15, 0.20};
    tiktok.notes = QT_TRANSLATE_NOOP(
        "Preset", "Vertical 9:16, 3 s to 10 min; keep text clear of the right buttons and the "
                  "bottom caption.");
    out.push_back(tiktok);

    Preset reels;
    reels.id = "reels";
    reels.name = QT_TRANSLATE_NOOP("Preset", "Instagram Reels");
    reels.width = 1080;
    reels.height = 1920;
    reels.videoBitrate = 10'000'000;
    reels.maxBitrate = 16'000'000;
    reels.audioBitrate = 128'000;
    reels.minDuration = Time(3);
    reels.maxDuration = Time(3 * 60);
    reels.maxFileBytes = 300 * kMB;
    reels.minFrameRate = FrameRate(23);
    reels.maxFrameRate = FrameRate(60);
    // Meta's Reels guidance: keep the top 14 %, bottom 35 % and 6 % at each side clear.
    reels.safeZone = {0.06, 0.14, 0.06, 0.35};
    reels.notes = QT_TRANSLATE_NOOP(
        "Preset", "Vertical 9:16, 3 s to 3 min, at most 300 MB; the bottom third is covered by "
                  "caption and buttons.");
    out.push_back(reels);

    Preset shorts;
    shorts.id = "shorts";
    shorts.name = QT_TRANSLATE_NOOP("Preset", "YouTube Shorts");
    shorts.width = 1080;
    shorts.height = 1920;
    shorts.videoBitrate = 10'000'000;
    shorts.maxBitrate = 16'000'000;
    shorts.audioBitrate = 192'000;
    shorts.maxDuration = Time(3 * 60);
    shorts.maxFileBytes = 256 * kGB;
    shorts.minFrameRate = FrameRate(24);
    shorts.maxFrameRate = FrameRate(60);
    shorts.safeZone = {0.05, 0.08, 0.15, 0.22};
    shorts.notes = QT_TRANSLATE_NOOP(
        "Preset", "Vertical or square up to 3 min is shown as a Short; longer uploads become "
                  "regular videos.");
    out.push_back(shorts);

    Preset youtube;
    youtube.id = "youtube";
    youtube.name = QT_TRANSLATE_NOOP("Preset", "YouTube");
    youtube.width = 1920;
    youtube.height = 1080;
    youtube.videoBitrate = 8'000'000;
    youtube.maxBitrate = 16'000'000;
    youtube.audioBitrate = 384'000;
    youtube.maxDuration = Time(12 * 3600);
    youtube.maxFileBytes = 256 * kGB;
    youtube.minFrameRate = FrameRate(24);
    youtube.maxFrameRate = FrameRate(60);
    // Only the player controls and the paused title bar overlap a landscape video.
    youtube.safeZone = {0.0, 0.05, 0.0, 0.10};
    youtube.notes = QT_TRANSLATE_NOOP(
        "Preset", "Landscape 16:9; unverified channels are limited to 15 min per upload.");
    out.push_back(youtube);

    Preset square;
    square.id = "square";
    square.name = QT_TRANSLATE_NOOP("Preset", "Instagram feed (square)");
    square.width = 1080;
    square.height = 1080;
    square.videoBitrate = 8'000'000;
    square.maxBitrate = 12'000'000;
    square.audioBitrate = 128'000;
    square.minDuration = Time(3);
    square.maxDuration = Time(15 * 60);
    square.maxFileBytes = 300 * kMB;
    square.minFrameRate = FrameRate(23);
    square.maxFrameRate = FrameRate(60);
    // The profile grid shows a 3:4 centre crop: 12.5 % of each side is hidden there.
    square.safeZone = {0.125, 0.0, 0.125, 0.0};
    square.notes = QT_TRANSLATE_NOOP(
        "Preset", "Square 1:1 for feeds; the profile grid crops the sides to 3:4.");
    out.push_back(square);

    Preset feed;
    feed.id = "feed-4x5";
    feed.name = QT_TRANSLATE_NOOP("Preset", "Instagram feed (4:5)");
    feed.width = 1080;
    feed.height = 1350;
    feed.videoBitrate = 8'000'000;
    feed.maxBitrate = 14'000'000;
    feed.audioBitrate = 128'000;
    feed.minDuration = Time(3);
    feed.maxDuration = Time(15 * 60);
    feed.maxFileBytes = 300 * kMB;
    feed.minFrameRate = FrameRate(23);
    feed.maxFrameRate = FrameRate(60);
    // The 3:4 profile grid trims about 3 % from each side of a 4:5 post.
    feed.safeZone = {0.03, 0.0, 0.03, 0.0};
    feed.notes =
        QT_TRANSLATE_NOOP("Preset", "Portrait 4:5, the tallest shape the feed shows uncropped.");
    out.push_back(feed);

    return out;
}

} // namespace

const std::vector<Preset>& builtinPresets() {
    static const std::vector<Preset> presets = makePresets();
    return presets;
}

const Preset* findPreset(std::string_view id) {
    for (const Preset& p : builtinPresets()) {
        if (p.id == id) {
            return &p;
        }
    }
    return nullptr;
}

Message presetName(const Preset& preset) {
    return Message::named("Preset", preset.name);
}

} // namespace reelcut
