#pragma once

// Defaults of new clips and where they go: media dropped on the timeline, text and
// stickers added from the assets panel, captions from a SubRip file. The editor, the CLI
// and the batch templater share these so a clip added anywhere looks the same.

#include "export/preset.h"
#include "media/media_info.h"
#include "model/project.h"
#include "model/srt.h"
#include "text/text_presets.h"

#include <QSizeF>
#include <functional>
#include <string>
#include <vector>

namespace reelcut {

inline constexpr int kOverlaySeconds = 3; // how long new text and stickers show
inline constexpr int kStillSeconds = 5;   // how long a dropped picture shows

// ---- media on the timeline ---------------------------------------------------------

// Adds `media` to the end of the project's bin unless it is in it already.
void addToBin(Project& project, const std::string& media);

// A clip of `media` starting at `at` (snapped to a frame): the whole file, or
// kStillSeconds of a picture; video whose aspect differs from the canvas fits on a
// blurred copy of itself (CapCut's look).
Clip newMediaClip(const Project& project, const std::string& media, const MediaInfo& info,
                  const Time& at);
// The track media dropped over `wanted` lands on: `wanted` if it takes that kind of media
// (pictures on video/overlay tracks, sound on audio tracks) and is unlocked, else the first
// track that does, else a new overlay or audio track named `newTrackName`.
ObjectId trackForMedia(Project& project, ObjectId wanted, const MediaInfo& info,
                       const std::string& newTrackName);
// Puts a dropped clip on the track: at its start if that is free, else it is inserted
// and pushes the later clips right (a magnetic main track always inserts). Returns its id.
ObjectId dropClip(Project& project, ObjectId track, Clip clip);
// The start a clip dropped at `at` on this track gets (what the drop preview shows).
Time dropStart(const Project& project, ObjectId track, const Time& at);

// ---- text and stickers ---------------------------------------------------------------

// The size a text clip's block takes on the canvas at transform scale 1, in canvas pixels.
QSizeF textBlockSize(const Clip& clip, int canvasWidth);

// A text clip in the preset's look, kOverlaySeconds long from `at`: centred across
// (x = 0.5), in the middle of the safe area's height, wrapped and if need be scaled down
// so the whole block stays inside the platform's safe area. fontSize > 0 overrides the
// preset's (emoji).
Clip newTextClip(const Project& project, const TextPreset& preset, const std::string& text,
                 const Time& at, const SafeZone& zone, double fontSize = 0);
// A picture of `sourceSize` display pixels as a sticker: centred across, in the middle of
// the safe area's height, 40% of the safe area's width, with a pop in.
Clip newStickerClip(const Project& project, const std::string& media, const QSizeF& sourceSize,
                    const Time& at, const SafeZone& zone);
// Adds a clip (text, a sticker, a song, a voice-over) on the first unlocked track of `kind`
// with room for it that `accept` takes (any, without one), a new track named
// `newTrackName` (made unique) if none has. Returns the clip's id.
ObjectId addOverlayClip(Project& project, Clip clip, TrackKind kind,
                        const std::string& newTrackName,
                        const std::function<bool(const Track&)>& accept = nullptr);

// A text block's transform after a scale on the canvas: the scale stops where the block
// (blockSize at scale 1, rotated) would outgrow the canvas, and the centre moves so the
// whole block stays on the canvas.
Transform keepBlockInCanvas(const Transform& wanted, const QSizeF& blockSize, const QSizeF& canvas);

// ---- effects ---------------------------------------------------------------------------

// The clips among `ids` a picture effect, a look or a face sticker can go on: clips on a
// track with a picture that are not text (text has its own styling). Unknown ids drop out.
std::vector<ObjectId> pictureEffectTargets(const Project& project, std::vector<ObjectId> ids);

// ---- captions -------------------------------------------------------------------------

// Caption clips for a text track: the preset's look at a readable size for the canvas
// (at least 6% of its short side), wrapped inside the safe area, centred across, each
// block's bottom on the lower edge of the safe area (a little above it), which puts
// captions in the lower third wherever the platform's UI allows.
std::vector<Clip> placedCaptions(const Project& project, const std::vector<Caption>& captions,
                                 const TextPreset& preset, const SafeZone& zone);

} // namespace reelcut
