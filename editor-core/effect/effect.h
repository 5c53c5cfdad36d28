#pragma once

// The interface every pixel effect implements (colour, blur, face AR...). Effects live
// in effects/ and are registered into the core's registry at start-up; the renderer
// only knows this interface. An effect is a pure function of (frame, clip time,
// parameters, analysis data): the same inputs always give the same pixels, which is what
// lets preview and export agree.

#include "model/param_value.h"
#include "time/rational.h"

#include <QImage>
#include <QSize>
#include <QTransform>
#include <map>
#include <memory>
#include <string>
#include <vector>

namespace reelcut {

enum class ParamType {
    Number, // a slider between minimum and maximum
    Toggle, // 0 or 1
    Color,  // an ARGB value (a number; "#rrggbb" or "#aarrggbb" in the project file)
    Choice, // one of `choices`, by id (its index also works in paramValue)
    File,   // a path to a file (a LUT, a picture), stored relative to the project
    Text,   // free text
    Point,  // a position, x and y as fractions of the picture (0..1, may go beyond)
    Curve   // points x -> y, sorted by x, inside [minimum, maximum] on both axes
};

// The English texts below (name, category, label, choices) are marked at their definition
// with QT_TRANSLATE_NOOP so lupdate finds them: context "Effect" for names, labels and
// choices, "EffectCategory" for categories, as the GUI translates them.

struct ParamChoice {
    std::string id;    // stable, in the project file: "left"
    const char* label; // English, translated like labels
};

// A typed parameter description from which the inspector and `reelcut-cli effects` are
// generated (as MLT does).
struct ParamDescriptor {
    std::string id;    // key in the project file, e.g. "brightness"
    const char* label; // English; translated through QCoreApplication::translate("Effect", ...)
    ParamType type = ParamType::Number;
    double minimum = 0; // Number; Point and Curve coordinates
    double maximum = 1;
    double defaultValue = 0; // Number, Toggle, Color (ARGB)
    bool animatable = true;  // Number: may be keyframed
    std::vector<ParamChoice> choices = {};
    std::string defaultText = {}; // Choice (an id), File, Text
    ParamPoint defaultPoint = {};
    ParamCurve defaultCurve = {};
    std::string fileSuffix = {}; // File: the expected extension(s), e.g. "cube", "png svg"

    // The default as a value of this parameter's kind.
    ParamValue defaultParam() const;
    // Index of choice `id`, or -1.
    int choiceIndex(const std::string& id) const;
};

struct EffectDescriptor {
    std::string id;       // "color.adjust"
    const char* name;     // English, translated like labels
    const char* category; // "Color", "Blur", "Face"...
    std::vector<ParamDescriptor> params;

    const ParamDescriptor* param(const std::string& id) const;
};

// Why `value` is not a valid value of parameter `d` ("0.3 is out of range (0 to 1)",
// "\"diagonal\" is not one of \"left\", \"right\""), or empty when it is. Values of
// the wrong kind are refused; a Choice may also be given by its index.
std::string paramProblem(const ParamDescriptor& d, const ParamValue& value);

// Checks every value against the descriptor: unknown parameters and bad values throw
// std::invalid_argument naming the parameter ("radius: 200 is out of range (0 to 100)").
void validateParams(const EffectDescriptor& d, const ParamValues& values);

// State that effects keep for one live picture stream (a camera in the recorder), owned by
// whoever feeds that stream and handed in with every frame. Renderers of files pass none:
// there an effect is a pure function of its inputs, so preview and export agree.
class EffectState {
public:
    // The slot `key`, default-constructed on first use.
    template <typename T> T& slot(const std::string& key) {
        std::shared_ptr<void>& s = slots_[key];
        if (!s) {
            s = std::make_shared<T>();
        }
        return *static_cast<T*>(s.get());
    }
    void clear() { slots_.clear(); }

private:
    std::map<std::string, std::shared_ptr<void>> slots_;
};

struct EffectContext {
    Time clipTime;          // time since the clip's source in point, in source seconds
    Time sourceTime;        // the source time of this frame
    std::string mediaPath;  // for effects that read cached analysis of the source
    double renderScale = 1; // output size / canvas size, so radii scale with preview size
    // The frame an effect gets may be a scaled, cropped part of the source picture (only
    // what is visible is scaled). This maps source pixel coordinates (coded orientation,
    // as decoded) to the frame's pixels, so analysis done on the source lines up.
    QTransform sourceToFrame;
    QSize sourceSize;                 // decoded picture size, coded orientation
    std::string analysisDir;          // folder of analysis caches beside the project; may be empty
    EffectState* liveState = nullptr; // set for a live stream (camera), not for files
};

class Effect {
public:
    virtual ~Effect() = default;
    virtual const EffectDescriptor& descriptor() const = 0;
    // frame is Format_ARGB32_Premultiplied; the effect changes it in place.
    virtual void apply(QImage& frame, const ParamValues& params,
                       const EffectContext& context) const = 0;
    // True for effects that make pixels (partly) transparent (keys, masks): the renderer
    // then draws the clip over what is below instead of straight into the canvas.
    virtual bool changesAlpha() const { return false; }
};

// A transition between two clips on a track: a function of the outgoing picture, the
// incoming picture and the progress 0..1. Registered like effects, listed apart.
struct TransitionContext {
    double renderScale = 1; // output size / canvas size, so distances scale with preview size
};

class TransitionEffect {
public:
    virtual ~TransitionEffect() = default;
    virtual const EffectDescriptor& descriptor() const = 0;
    // `from` and `to` are the two clips drawn on canvas-sized layers
    // (Format_ARGB32_Premultiplied, transparent where a clip does not cover the canvas);
    // `out` (same size and format, not one of the inputs) receives the mix, which is then
    // drawn over the tracks below. At progress 0 it must equal `from`, at 1 `to`.
    virtual void apply(const QImage& from, const QImage& to, double progress,
                       const ParamValues& params, const TransitionContext& context,
                       QImage& out) const = 0;
};

// A ready-made look (a filter in CapCut's words): an effect with chosen parameters, e.g.
// "Warm" = the LUT effect with builtin:luts/warm.cube.
struct Look {
    std::string id;       // "warm"
    const char* name;     // English, translated like effect names
    const char* category; // translated in context "EffectCategory"
    std::string effect;   // registry id of the effect it applies
    ParamValues params;
};

class SubjectTracker;

// The one global of the project: effects, transitions and looks register here once at
// start-up, and so do the analyses the core uses through an interface (the subject
// tracker of auto reframe).
class EffectRegistry {
public:
    static EffectRegistry& instance();
    void add(std::unique_ptr<Effect> effect);
    const Effect* find(const std::string& id) const;
    std::vector<const Effect*> all() const;

    void addTransition(std::unique_ptr<TransitionEffect> transition);
    const TransitionEffect* findTransition(const std::string& id) const;
    std::vector<const TransitionEffect*> transitions() const;

    void addLook(Look look);
    const Look* findLook(const std::string& id) const;
    const std::vector<Look>& looks() const { return looks_; }

    void setSubjectTracker(std::shared_ptr<const SubjectTracker> tracker);
    // nullptr when none is registered (auto reframe then keeps the fixed focus point).
    std::shared_ptr<const SubjectTracker> subjectTracker() const { return subjectTracker_; }

private:
    std::vector<std::unique_ptr<Effect>> effects_;
    std::vector<std::unique_ptr<TransitionEffect>> transitions_;
    std::vector<Look> looks_;
    std::shared_ptr<const SubjectTracker> subjectTracker_;
};

// Value of parameter `id` in `values`, or its descriptor's default, as a number: Number,
// Toggle and Color as they are, a Choice as the index of its choice.
double paramValue(const EffectDescriptor& d, const ParamValues& values, const std::string& id);
// The same for the other kinds: a Choice's id, a File's path or a Text; a Point; a Curve.
std::string paramText(const EffectDescriptor& d, const ParamValues& values, const std::string& id);
ParamPoint paramPoint(const EffectDescriptor& d, const ParamValues& values, const std::string& id);
ParamCurve paramCurve(const EffectDescriptor& d, const ParamValues& values, const std::string& id);

// The English name of a parameter type as `reelcut-cli effects` lists it ("number"...).
const char* paramTypeName(ParamType type);

} // namespace reelcut
