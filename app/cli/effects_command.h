#pragma once

#include <QStringList>

namespace reelcut::cli {

// `reelcut-cli effects [--json]`: every effect, filter and transition with its id,
// translated name and typed parameters.
int effectsCommand(const QStringList& args);

} // namespace reelcut::cli
