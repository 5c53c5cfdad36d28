#pragma once

// Expression triggers: an effect or a sticker animation that starts when the mouth opens
// or the brows go up, as TikTok's effects do. Each is a ratio of landmark distances over
// the eye distance (so it does not depend on the face's size in the picture) compared
// with two thresholds: it switches on above `on` and off only below `off`, so a value
// hovering around one threshold does not flicker.

#include "face/face_types.h"

#include <span>

namespace reelcut::face {

enum class Trigger { Always = 0, MouthOpen, BrowsUp };

// Gap between the inner lips (points 61-63 against 67-65) over the eye distance: about 0
// closed, up to 0.15 in a smile that shows the teeth, 0.1-0.25 talking, 0.35 and more
// wide open.
double mouthOpenness(const Face& face);
// Height of the brows (17-26) above the eye centres, measured across the eye line, over
// the eye distance: 0.2-0.3 at rest, depending on the face; raised, 0.08-0.15 more.
double browHeight(const Face& face);
// The brows trigger watches the height above the face's own resting height: in a video
// the median over the face's track, in a live stream a slow average while the trigger is
// off, in a still picture this typical value.
inline constexpr double kRestingBrowHeight = 0.26;

struct TriggerThresholds {
    double on = 0;
    double off = 0;
};
// The thresholds of a trigger (on > off).
TriggerThresholds triggerThresholds(Trigger trigger);
// The value a trigger watches: the mouth's openness, or the brows' height above `browRest`.
double triggerValue(Trigger trigger, const Face& face, double browRest = kRestingBrowHeight);

// The hysteresis itself, one value after the other.
class TriggerState {
public:
    explicit TriggerState(TriggerThresholds t) : t_(t) {}
    // Feeds the next value; true while the trigger is on.
    bool update(double value) {
        on_ = on_ ? value >= t_.off : value > t_.on;
        return on_;
    }
    bool on() const { return on_; }
    void reset() { on_ = false; }

private:
    TriggerThresholds t_;
    bool on_ = false;
};

// Whether a trigger is on at a moment, and since when: what an effect needs to start its
// animation at the onset.
struct TriggerMoment {
    bool on = false;
    double since = -1; // clip seconds of the last onset at or before now; -1: none
};

// The states of a trigger over a sequence of values (one per frame).
std::vector<bool> triggerStates(Trigger trigger, std::span<const double> values);

} // namespace reelcut::face
