#pragma once

#include "util/message.h"

#include <QString>
#include <atomic>

namespace reelcut::cli {

inline constexpr int kFailure = 1;
inline constexpr int kUsageError = 2;

// Loads the translation for the user's language (LANGUAGE, LC_ALL, LANG), as the editor
// does, so messages come in German or Dutch where they are set.
void installTranslator();

// One line on stderr: "reelcut-cli: <message>" for a failure, "warning: <message>" and
// "error: <message>" for what the platform check found. With REELCUT_MESSAGE_FORMAT=json
// in the environment (the editor sets it for the exports it runs), each line is instead
// "@json " and a JSON object {"level", "message": {"id", "text", "args"}}, so the editor
// can show the message in its own language.
int fail(const Message& message, int code = kFailure);
int fail(const QString& text, int code = kFailure); // the command line's own usage errors
void warn(const Message& message);
void reportError(const Message& message);

// Set by SIGINT and SIGTERM while a command that can stop cleanly runs (render): the
// export then stops, removes its temporary file and exits.
const std::atomic<bool>& cancelRequested();
void catchTerminationSignals();

} // namespace reelcut::cli
