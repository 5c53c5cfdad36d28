#pragma once

// Shared set-up for the GUI suites: a main window whose questions are answered by the
// test, and helpers to reach its widgets.

#include "window/main_window.h"

#include <QMessageBox>
#include <QStandardPaths>
#include <QStringList>
#include <memory>

namespace reelcut::test {

struct AskLog {
    QStringList titles;
    QMessageBox::StandardButton answer = QMessageBox::No;
};

inline std::unique_ptr<gui::MainWindow> makeWindow(AskLog& log) {
    auto w = std::make_unique<gui::MainWindow>();
    w->setAskHandler([&log](const QString& title, const QString&, QMessageBox::StandardButtons) {
        log.titles << title;
        return log.answer;
    });
    w->resize(1400, 900);
    return w;
}

// A picture of `w` into $REELCUT_SCREENSHOT_DIR (when set) for a person to look at.
inline void saveShot(QWidget* w, const QString& name) {
    const QString dir = qEnvironmentVariable("REELCUT_SCREENSHOT_DIR");
    if (!dir.isEmpty()) {
        w->grab().save(dir + "/" + name);
    }
}

} // namespace reelcut::test
