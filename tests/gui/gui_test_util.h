#pragma once

// Shared set-up for the GUI suites: a main window whose questions are answered by the
// test, and helpers to reach its widgets.

#include "builtin_effects.h"
#include "window/main_window.h"
#include "window/theme.h"

#include <QApplication>
#include <QMessageBox>
#include <QStandardPaths>
#include <QStringList>
#include <memory>

namespace reelcut::test {

struct AskLog {
    QStringList titles;
    QMessageBox::StandardButton answer = QMessageBox::No;
};

// What every GUI suite sets up first: settings and caches in test folders, no sound
// device, the built-in effects, the editor's theme.
inline void startGuiTest() {
    QStandardPaths::setTestModeEnabled(true);
    qputenv("REELCUT_NO_AUDIO", "1");
    registerBuiltinEffects();
    gui::applyDarkTheme(*qApp);
}

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
