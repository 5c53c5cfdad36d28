#pragma once

#include <QStringList>

namespace reelcut::cli {

// reelcut-cli beats MEDIA: tempo, beats, downbeats and onsets as JSON.
int beatsCommand(const QStringList& args);
// reelcut-cli autocut --music SONG --every N MEDIA... -o PROJECT: clips cut to the beat.
int autocutCommand(const QStringList& args);

} // namespace reelcut::cli
