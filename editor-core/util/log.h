#pragma once

// Named log categories, so a user (or a bug report) can switch on just one area:
//   QT_LOGGING_RULES="reelcut.face.debug=true" reelcut-cli render ...
// or everything with --verbose. Debug output is off by default; info and up are on.

#include <QLoggingCategory>

namespace reelcut {

Q_DECLARE_LOGGING_CATEGORY(lcExport) // reelcut.export: encoding, muxing, loudness
Q_DECLARE_LOGGING_CATEGORY(lcMedia)  // reelcut.media: opening and decoding files
Q_DECLARE_LOGGING_CATEGORY(lcFace)   // reelcut.face: face detection and tracking
Q_DECLARE_LOGGING_CATEGORY(lcBatch)  // reelcut.batch: templates, rows, jobs
Q_DECLARE_LOGGING_CATEGORY(lcGui)    // reelcut.gui: the editor's status and background work
Q_DECLARE_LOGGING_CATEGORY(lcRecord) // reelcut.record: the recorder (camera, takes)

// --verbose: every reelcut category down to debug, plus FFmpeg's own warnings.
void enableVerboseLogging();

} // namespace reelcut
