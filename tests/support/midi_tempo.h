#pragma once

#include <QString>
#include <vector>

namespace reelcut::test {

// The beat (quarter note) times of a Standard MIDI File's tempo map, from 0 up to
// `until` seconds: songs charted for rhythm games carry their exact beat grid this way.
// Throws std::runtime_error when the file is not a MIDI file.
std::vector<double> midiBeatTimes(const QString& file, double until);

// The start times of every note in the file (all tracks, all channels), seconds.
std::vector<double> midiNoteTimes(const QString& file);

// How far a chart's timeline is from the audio's: the shift (within +-0.3 s) that puts
// the most charted notes within 30 ms of a detected onset. Charts are made by hand and
// some are off by tens of milliseconds, or by half a beat, from their recording.
double chartOffset(const std::vector<double>& notes, const std::vector<double>& onsets);

} // namespace reelcut::test
