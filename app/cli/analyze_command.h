#pragma once

#include <QStringList>

namespace reelcut::cli {

// reelcut-cli analyze PROJECT [--force] [--all]: face landmarks for the clips that use
// face effects, cached beside the project for preview and export.
int analyzeCommand(const QStringList& args);

} // namespace reelcut::cli
