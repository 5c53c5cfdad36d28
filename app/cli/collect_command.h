#pragma once

#include <QStringList>

namespace reelcut::cli {

// reelcut-cli collect PROJECT [-o DIR]: copies every media file the project uses into DIR
// (default: NAME-media beside the project) and saves the project pointing there.
int collectCommand(const QStringList& args);

} // namespace reelcut::cli
