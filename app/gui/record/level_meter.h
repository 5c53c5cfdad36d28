#pragma once

#include "record/voice_over.h"

#include <QElapsedTimer>
#include <QWidget>

namespace reelcut::gui {

// A horizontal microphone meter, -60 to 0 dBFS: the RMS level as a bar (green, yellow from
// -18 dB, red from -6 dB, where a voice starts to clip) and the peak as a line that holds
// for a second, as the meters of recording software show it.
class LevelMeter : public QWidget {
    Q_OBJECT
public:
    explicit LevelMeter(QWidget* parent = nullptr);

    void setLevel(const SoundLevel& level);
    SoundLevel level() const { return level_; }
    float heldPeakDb() const { return heldPeak_; }
    QSize sizeHint() const override { return {260, 16}; }
    QSize minimumSizeHint() const override { return {80, 12}; }

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    SoundLevel level_;
    float heldPeak_ = -96;
    QElapsedTimer heldSince_;
};

} // namespace reelcut::gui
