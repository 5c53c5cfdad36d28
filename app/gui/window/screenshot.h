#pragma once

#include <QString>

namespace reelcut::gui {

class MainWindow;

// Shows the window at 1600x1000 with `project` loaded, the playhead at `seconds` and the
// clip under it selected, waits until thumbnails and the preview frame are in, and saves
// the window as an image (docs/screenshot.png comes from this). Returns an exit code.
int takeScreenshot(MainWindow& window, const QString& project, const QString& imageFile,
                   double seconds, const QString& tab = {});

} // namespace reelcut::gui
