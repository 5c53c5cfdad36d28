#pragma once

// Editing a clip's volume envelope (Clip::volumeKeys) as the timeline does it: points
// added on the line where it is, moved between their neighbours, removed. The envelope is
// on top of the clip's own volume; the mixer reads it with volumeKeyDbAt.

#include "model/clip.h"

#include <cstddef>

namespace reelcut::envelope {

inline constexpr double kMinDb = -60; // the bottom of the clip: as good as silent
inline constexpr double kMaxDb = 12;  // the top: the most a point can raise the sound

// Adds a point at `since` (clamped to the clip) at the envelope's value there, so the
// sound does not change until the point is moved. Returns its index; a point already at
// that time is reused.
std::size_t addKey(Clip& clip, const Time& since);
// Moves point `index` to `since` (kept between its neighbours and inside the clip) and
// `db` (kMinDb..kMaxDb). An index out of range does nothing.
void moveKey(Clip& clip, std::size_t index, const Time& since, double db);
void removeKey(Clip& clip, std::size_t index);

} // namespace reelcut::envelope
