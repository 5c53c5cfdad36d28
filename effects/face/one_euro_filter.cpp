#include "face/one_euro_filter.h"

#include <cmath>
#include <numbers>

namespace reelcut::face {

double OneEuroFilter::alpha(double cutoff, double dt) {
    const double tau = 1.0 / (2.0 * std::numbers::pi * cutoff);
    return 1.0 / (1.0 + tau / dt);
}

double OneEuroFilter::filter(double value, double timeSeconds, double speedScale) {
    if (!initialised_) {
        initialised_ = true;
        lastTime_ = timeSeconds;
        value_ = value;
        deriv_ = 0;
        return value;
    }
    const double dt = timeSeconds - lastTime_;
    if (dt <= 0) {
        // The same instant twice (or time going back): nothing new to smooth over.
        return value_;
    }
    lastTime_ = timeSeconds;
    const double rawDeriv = (value - value_) / dt;
    deriv_ += alpha(derivCutoff_, dt) * (rawDeriv - deriv_);
    const double speed = std::abs(deriv_) / (speedScale > 0 ? speedScale : 1.0);
    const double cutoff = minCutoff_ + beta_ * speed;
    value_ += alpha(cutoff, dt) * (value - value_);
    return value_;
}

} // namespace reelcut::face
