#pragma once

namespace reelcut::face {

// The One Euro filter (Casiez, Roussel, Vogel, CHI 2012): a low-pass filter whose cutoff
// rises with speed, so a still face is steady (low cutoff kills jitter) and a moving one
// is followed without visible lag (high cutoff). Time-based, so dropped or variable-rate
// frames are handled.
class OneEuroFilter {
public:
    OneEuroFilter() = default;
    OneEuroFilter(double minCutoff, double beta, double derivCutoff)
        : minCutoff_(minCutoff), beta_(beta), derivCutoff_(derivCutoff) {}

    // `speedScale` divides the speed before it meets beta, so beta can be given in
    // resolution-independent units (e.g. inter-ocular distances per second).
    double filter(double value, double timeSeconds, double speedScale = 1.0);
    void reset() { initialised_ = false; }
    bool initialised() const { return initialised_; }

private:
    static double alpha(double cutoff, double dt);

    double minCutoff_ = 1.0;
    double beta_ = 0.0;
    double derivCutoff_ = 1.0;
    bool initialised_ = false;
    double lastTime_ = 0;
    double value_ = 0;
    double deriv_ = 0;
};

} // namespace reelcut::face
