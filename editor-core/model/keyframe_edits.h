#pragma once

// Keyframes of a clip as the timeline and the inspector edit them: every animated value
// of a clip (its transform, its effects' numbers) keyed at a time since the clip's start.
// The timeline shows one diamond per time; moving or deleting a diamond moves or deletes
// every key at that time.

#include "model/clip.h"

#include <optional>
#include <vector>

namespace reelcut::edit {

// Every time (since the clip's start) that has a key of any kind, sorted, no repeats.
std::vector<Time> keyTimes(const Clip& clip);

// Moves every key at `from` to `to` (clamped to the clip); a key already at `to` for the
// same value is replaced. Returns false if there was no key at `from`.
bool moveKeys(Clip& clip, const Time& from, const Time& to);
// Deletes every key at `at`. Returns false if there was none.
bool deleteKeys(Clip& clip, const Time& at);
// The easing of the keys at `at` (the first found), if any.
std::optional<KeyEasing> easingAt(const Clip& clip, const Time& at);
// Sets the easing (towards the next key) of every key at `at`.
void setEasing(Clip& clip, const Time& at, const KeyEasing& easing);

// Sets the key of effect `effect`'s parameter `param` at `at` to `value` (adding it, or
// replacing the one there).
void setParamKey(Clip& clip, std::size_t effect, const std::string& param, const Time& at,
                 double value);
// Removes that parameter's key at `at`; the last key removed leaves the parameter at
// `value` (what it showed there), unanimated.
void removeParamKey(Clip& clip, std::size_t effect, const std::string& param, const Time& at,
                    double value);
bool hasParamKey(const Clip& clip, std::size_t effect, const std::string& param, const Time& at);

} // namespace reelcut::edit
