#pragma once

#include <QStringList>

namespace reelcut::cli {

// Each command takes its own arguments (after the command name) and returns the
// process exit code. Bad input prints one clear line on stderr and returns non-zero.
int renderCommand(const QStringList& args);
int frameCommand(const QStringList& args);
int probeCommand(const QStringList& args);
int presetsCommand(const QStringList& args);
int captionsCommand(const QStringList& args);

} // namespace reelcut::cli
