#pragma once

// The interface every pixel effect implements (colour, blur, face AR...). Effects live
// in effects/ and are registered into the core's registry at start-up; the renderer
// only knows this interface. An effect is a pure function of (frame, clip time,
// parameters, analysis data): the same inputs always give the same pixels, which is what
// lets preview and export agree.

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
    Color,  // an ARGB value
    Choice  // an index into `choices` (0 .. choices.size() - 1)
};

// The English texts below (name, category, label, choices) are marked at their definition
// with QT_TRANSLATE_NOOP so lupdate finds them: context "Effect" for names, labels and
// choices, "EffectCategory" for categories, as the GUI translates them.

// A typed parameter description from which the inspector is generated (as MLT does).
struct ParamDescriptor {
    std::string id;    // key in the project file, e.g. "brightness"
    const char* label; // English; translated through QCoreApplication::translate("Effect", ...)
    ParamType type = ParamType::Number;
    double minimum = 0;
    double maximum = 1;
    double defaultValue = 0;
    bool animatable = true;
    std::vector<const char*> choices =
        {}; // English names for ParamType::Choice, translated like labels
};

struct EffectDescriptor {
    std::string id;       // "color.adjust"
    const char* name;     // English, translated like labels
    const char* category; // "Color", "Blur", "Face"...
    std::vector<ParamDescriptor> params;
};

using ParamValues = std::map<std::string, double>;

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
};

class SubjectTracker;

// The one global of the project: effects register here once at start-up, and so do the
// analyses the core uses through an interface (the subject tracker of auto reframe).
class EffectRegistry {
public:
    static EffectRegistry& instance();
    void add(std::unique_ptr<Effect> effect);
    const Effect* find(const std::string& id) const;
    std::vector<const Effect*> all() const;

    void setSubjectTracker(std::shared_ptr<const SubjectTracker> tracker);
    // nullptr when none is registered (auto reframe then keeps the fixed focus point).
    std::shared_ptr<const SubjectTracker> subjectTracker() const { return subjectTracker_; }

private:
    std::vector<std::unique_ptr<Effect>> effects_;
    std::shared_ptr<const SubjectTracker> subjectTracker_;
};

// Value of parameter `id` in `values`, or its descriptor's default.
double paramValue(const EffectDescriptor& d, const ParamValues& values, const std::string& id);

} // namespace reelcut
