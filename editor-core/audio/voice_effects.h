#pragma once

#include "media/audio_reader.h"
#include "model/clip.h"

namespace reelcut {

// How the mixer plays a clip's sound: its speed and pitch handling, voice effect, noise
// reduction and clarity EQ, as an AudioShape for the reader. Noise reduction is set from
// the recording's own background level (noiseFloorDb, see SpeechIndex::noiseFloor).
AudioShape audioShapeFor(const Clip& clip, double noiseFloorDb = -60);

} // namespace reelcut
