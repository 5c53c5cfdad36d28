#pragma once

// What turns a project into a template: named, typed fields and the places in the
// project that use them. A template is an ordinary project file plus a "fields" block;
// any text, media path, colour or number in it may be "{{field}}" (or contain such
// tokens), and a clip or track may be switched on and off by a field ("if"). The editor
// keeps the bindings here, beside a project that shows each field's default; the batch
// substitutes a data row into the file's JSON and reads an ordinary Project from it.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace reelcut {

using ObjectId = std::uint64_t;

enum class FieldType {
    Text,   // any text; max_chars bounds it
    Media,  // a file path (relative to the data file); accept: image, video, audio
    Color,  // "#rrggbb" or "#aarrggbb"
    Number, // a decimal number between minimum and maximum
    Font,   // a font family that must be bundled or installed
    Choice  // one of `choices`
};

const char* fieldTypeName(FieldType type);
bool fieldTypeFromName(const std::string& name, FieldType& out);

struct FieldSpec {
    std::string name; // letters, digits, '_' and '-'; used as {{name}} and as a data column
    FieldType type = FieldType::Text;
    std::string label;                       // shown to people; the name when empty
    bool required = false;                   // a row must give a non-empty value
    std::optional<std::string> defaultValue; // used when a row leaves the field empty
    int maxChars = 0;                        // text: 0 is no limit
    std::optional<double> minimum;           // number
    std::optional<double> maximum;
    std::vector<std::string> choices; // choice
    std::string accept;               // media: "image", "video", "audio" or "" (any)

    friend bool operator==(const FieldSpec&, const FieldSpec&) = default;
};

// One use of fields in the project: the property at `key` of the canvas, a track or a
// clip holds `expression` ("{{headline}}", "Only {{price}} €", "{{brand.primary}}").
// `key` is the property's path in the clip's (track's, canvas's) JSON object, as written
// in the project file: "text", "media", "style.color", "transform.x",
// "effects[0].params.brightness". The key "if" switches the clip or track on and off.
struct FieldBinding {
    enum class Target { Canvas, Track, Clip };
    Target target = Target::Clip;
    ObjectId id = 0; // the track's or clip's id; 0 for the canvas
    std::string key;
    std::string expression;

    friend bool operator==(const FieldBinding&, const FieldBinding&) = default;
};

// A template cut to the beat of its song for every row ("beat_cut" in the file): the clips
// of the first video track are laid again so that every cut lands on a beat (every
// `everyBeats` beats, or bars) of the first clip of the first audio track, as the editor's
// Cut to the beat does, filling the length the track has in the template (clips reused
// as needed). With media fields for the clips and the song, each row's footage is cut to
// each row's music.
struct BeatCutSpec {
    int everyBeats = 1; // 1..16
    bool onDownbeats = false;

    friend bool operator==(const BeatCutSpec&, const BeatCutSpec&) = default;
};

struct TemplateSpec {
    std::vector<FieldSpec> fields;
    std::vector<FieldBinding> bindings;
    std::string brandFile; // as written in the file: relative to the project's folder
    // What the batch adds from the brand kit to every video: its intro before the
    // timeline, its outro after it, its logo as a watermark in the kit's corner.
    bool brandIntro = false;
    bool brandOutro = false;
    bool brandWatermark = false;
    std::optional<BeatCutSpec> beatCut;

    bool isTemplate() const {
        return !fields.empty() || !bindings.empty() || !brandFile.empty() || beatCut.has_value();
    }
    const FieldSpec* field(const std::string& name) const;
    // The binding of one property, or nullptr.
    const FieldBinding* binding(FieldBinding::Target target, ObjectId id,
                                const std::string& key) const;
    // Every binding of a clip (or track).
    std::vector<const FieldBinding*> bindingsOf(FieldBinding::Target target, ObjectId id) const;

    friend bool operator==(const TemplateSpec&, const TemplateSpec&) = default;
};

// A token inside an expression: "{{ name }}" at [begin, end) of the text.
struct FieldToken {
    std::size_t begin = 0;
    std::size_t end = 0;
    std::string name;
};

// The tokens of a text, in order. Names are letters, digits, '_', '-' and '.'
// ("brand.primary"); "{{" not followed by a name and "}}" is left as text.
std::vector<FieldToken> fieldTokens(const std::string& text);
// True when the text is exactly one token (whitespace around it allowed).
bool isSingleToken(const std::string& text, std::string* name = nullptr);
// A name usable as a field: non-empty, letters, digits, '_' and '-', not starting with a
// digit and not a built-in name (row, ratio, preset, brand).
bool isValidFieldName(const std::string& name);

// Tokens every row and format has besides the fields.
inline constexpr const char* kRowToken = "row";       // 1-based row number, zero-padded
inline constexpr const char* kRatioToken = "ratio";   // "9x16"
inline constexpr const char* kPresetToken = "preset"; // "tiktok"

} // namespace reelcut
