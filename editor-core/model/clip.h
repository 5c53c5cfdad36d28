#pragma once

#include "model/keyframe.h"
#include "model/param_value.h"
#include "model/speed_ramp.h"
#include "model/text_style.h"
#include "time/rational.h"

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace reelcut {

using ObjectId = std::uint64_t;

// How a source fills the canvas before the clip's own transform is applied.
enum class FitMode {
    Fit,    // whole picture visible, bars where the aspect differs
    Fill,   // canvas covered, picture cropped
    Stretch // canvas covered, picture distorted
};

// What shows in the bars of a Fit clip (CapCut's "canvas" setting).
enum class BackgroundFill {
    None,  // the tracks below, or the project background
    Color, // a solid colour
    Blur   // a blurred, canvas-filling copy of the clip itself
};

// Placement on the canvas. Position is the centre, as a fraction of the canvas, so it
// survives a change of aspect ratio. Scale multiplies the fitted size.
struct Transform {
    double x = 0.5;
    double y = 0.5;
    double scale = 1.0;
    double rotation = 0.0; // degrees, clockwise
    double opacity = 1.0;

    friend bool operator==(const Transform&, const Transform&) = default;
};

struct EffectInstance {
    std::string type;   // registry id, e.g. "color.adjust"
    ParamValues params; // missing: the descriptor's default
    bool enabled = true;
    // Animated numeric parameters (e.g. a face warp's strength rising over a second),
    // times since the clip's start; a keyed parameter ignores its value in `params`.
    std::map<std::string, std::vector<ParamKey>> keyframes;

    // The parameters at clip-relative time `since`.
    ParamValues paramsAt(const Time& since) const;

    friend bool operator==(const EffectInstance&, const EffectInstance&) = default;
};

// A transform at a clip-relative time; between keys the transform moves by the earlier
// key's easing, before the first and after the last it holds.
struct TransformKey {
    TransformKey() = default;
    TransformKey(Time t, Transform v, KeyEasing e = {}) : time(t), value(v), easing(e) {}

    Time time{0}; // since the clip's start on the timeline
    Transform value;
    KeyEasing easing; // towards the next key

    friend bool operator==(const TransformKey&, const TransformKey&) = default;
};

// The clip's volume at a clip-relative time, on top of volumeDb. Between keys the level
// moves in a straight line in dB (what an ear hears as an even ramp); before the first
// and after the last key it holds.
struct VolumeKey {
    Time time{0}; // since the clip's start on the timeline
    double db = 0;

    friend bool operator==(const VolumeKey&, const VolumeKey&) = default;
};

// Voice changers (CapCut's "voice effects"): one at a time, applied to the clip's sound.
enum class VoiceEffect {
    None,
    Chipmunk, // pitch up seven semitones, formants with it
    Deep,     // pitch down five semitones
    Robot,    // phases flattened: a monotone, metallic voice
    Echo      // two repeats at 180 and 360 ms
};

// Where a moving subject is in the source picture at a source time, as fractions of the
// picture (0,0 top-left); filled clips crop around it (auto reframe).
struct FocusKey {
    Time time{0}; // source time, seconds
    double x = 0.5;
    double y = 0.5;

    friend bool operator==(const FocusKey&, const FocusKey&) = default;
};

// A crop of the source picture: the share cut off each edge, as fractions of the picture
// as the media shows it (after its own rotation). Left + right and top + bottom stay
// below 1 - kMinCropKeep.
struct Crop {
    double left = 0;
    double top = 0;
    double right = 0;
    double bottom = 0;

    bool isNone() const { return left == 0 && top == 0 && right == 0 && bottom == 0; }
    friend bool operator==(const Crop&, const Crop&) = default;
};
inline constexpr double kMinCropKeep = 0.05;

enum class ClipKind {
    Media, // video, audio or a picture (sticker, logo) from a file
    Text   // text drawn by the renderer: titles, captions, emoji
};

// A transition into a clip from the clip before it on the same track. The two overlap
// for `duration`, centred on the cut; media beyond a clip's in/out points is used where
// the source has it, else the edge frame is held. `type` is a transition registry id
// (effect/transition.h).
inline constexpr std::string_view kCrossfade = "crossfade";

struct Transition {
    Transition() = default;
    Transition(std::string t, Time d) : type(std::move(t)), duration(d) {}

    std::string type = "crossfade";
    Time duration{1, 2};
    ParamValues params; // missing: the descriptor's default
    // Keyed numeric parameters, times since the transition began.
    std::map<std::string, std::vector<ParamKey>> keyframes;

    ParamValues paramsAt(const Time& since) const;

    friend bool operator==(const Transition&, const Transition&) = default;
};

// One piece of media on a track. Timeline span: [start, start + (out - in) / speed).
// A still image has in = 0 and out = its duration on the timeline.
struct Clip {
    ObjectId id = 0;
    ClipKind kind = ClipKind::Media;
    std::string media;     // absolute path (relative to the project file on disk) or a
                           // "builtin:stickers/star.svg" name of a bundled asset
    Time start{0};         // timeline position, seconds
    Time in{0};            // source in point, seconds
    Time out{0};           // source out point, seconds (exclusive)
    Rational speed{1};     // 1/4 .. 4
    bool keepPitch = true; // speed changes keep the voice natural (else: tape-style)

    double volumeDb = 0; // clip gain
    Time fadeIn{0};      // audio and picture fade from silence / transparent
    Time fadeOut{0};
    std::vector<VolumeKey> volumeKeys; // volume envelope, sorted by time
    VoiceEffect voice = VoiceEffect::None;
    bool denoise = false;      // steady background noise removed (FFmpeg's afftdn)
    bool voiceClarity = false; // rumble cut, boxiness down, presence up: speech reads clearer

    Transform transform;
    FitMode fit = FitMode::Fit;
    BackgroundFill background = BackgroundFill::None;
    std::uint32_t backgroundColor = 0xff000000; // ARGB, for BackgroundFill::Color

    std::optional<Transition> transitionIn;
    std::vector<EffectInstance> effects;

    bool loop = false;                   // animated stickers: play the source again and again
    std::vector<TransformKey> keyframes; // when set, they drive the transform
    ClipAnimation animationIn;
    ClipAnimation animationOut;

    std::string text; // ClipKind::Text
    TextStyle style;

    // The point of the clip's own box (fractions: 0,0 top-left, 1,1 bottom-right) that
    // sits at the transform's x, y. The centre by default; a logo anchored top-right
    // keeps its margin to the corner in every aspect ratio.
    double anchorX = 0.5;
    double anchorY = 0.5;
    // A filled picture is cropped around this point of the source (fractions) instead of
    // its middle, as far as the picture still covers the canvas.
    double focusX = 0.5;
    double focusY = 0.5;
    // Auto reframe: the crop follows faces found in the source. Filled in as focusKeys
    // by the registered subject tracker (applyAutoReframe) before rendering.
    bool reframe = false;
    std::vector<FocusKey> focusKeys; // by source time; when set they replace focusX/Y

    // Time. A clip plays its source range [in, out) in `duration()` on the timeline:
    // constant speed, or through a speed ramp, forward or reversed; a freeze frame holds
    // one source frame. Everything that asks which source time a timeline time shows
    // (pictures, sound, thumbnails, waveforms, face analysis, splits and trims) goes
    // through sourcePosition / sourceTime, so they all agree.
    SpeedRamp ramp;               // when active, `speed` is the ramp's exact mean speed
    bool reverse = false;         // plays from out back to in
    std::optional<Time> freezeAt; // a freeze frame: this source time's picture, silent;
                                  // in = 0 and out = its length, like a still picture

    // Picture geometry, applied to the source before it is fitted: crop, then flips,
    // then a quarter-turn rotation (a rotated clip fits with its turned aspect).
    Crop crop;
    bool flipH = false;
    bool flipV = false;
    int rotate = 0; // 0, 90, 180 or 270 degrees clockwise

    // Exact: (out - in) / speed. A ramp's speed is chosen (setSpeedRamp) so that this
    // lands on the project's frame grid.
    Time duration() const { return (out - in) / speed; }
    Time end() const { return start + duration(); }
    bool contains(const Time& t) const { return start <= t && t < end(); }
    // Where the clip's play head is in the source at timeline time t: `in` at the start
    // and `out` at the end going forward (the other way round reversed), continuing at
    // the end speeds outside the clip. A freeze frame moves through in..out like a still.
    // Splits, trims and the sound use this.
    Time sourcePosition(const Time& t) const;
    // The source time whose picture shows at timeline time t (may lie outside [in, out)
    // in transitions): the position, the frozen time of a freeze frame, or for a
    // reversed clip the frame just before the position (kReverseLead earlier), so that
    // reversed frames are the forward ones in the opposite order.
    Time sourceTime(const Time& t) const;
    // The speed at timeline time t (source seconds per timeline second, positive also
    // when reversed); 0 for a freeze frame.
    double speedAt(const Time& t) const;
    // The timeline time (seconds) at which the clip plays source second `source`, for
    // marks found in the source (speech, beats); nothing for a freeze frame.
    std::optional<double> timelineOf(double source) const;
    // Whether the clip's time runs other than at one constant speed forward.
    bool hasTimeEffect() const { return ramp.active() || reverse || freezeAt.has_value(); }

    friend bool operator==(const Clip&, const Clip&) = default;
};

// The envelope's level (dB) at `since` seconds after the clip's start; 0 without keys.
double volumeKeyDbAt(const std::vector<VolumeKey>& keys, double since);

inline constexpr double kMinSpeed = 0.25;
// Reversed clips show the frame on screen this long before their play head: shorter than
// any source frame, longer than a Matroska timestamp's rounding.
inline const Time kReverseLead{1, 1000};
inline constexpr double kMaxSpeed = 4.0;

} // namespace reelcut
