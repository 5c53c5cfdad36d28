#pragma once

// The editor's own settings (not the project's), kept with QSettings in the platform's
// standard place (~/.config/ReelCut/ReelCut.conf on Linux). One struct so the Preferences
// dialog, the window and main() agree on names and defaults.

#include <QString>
#include <QStringList>

namespace reelcut::gui {

struct AppSettings {
    static constexpr int kDefaultAutosaveSeconds = 60;
    static constexpr int kMaxRecentFiles = 8;

    QString language;                                 // "de", "nl", "en"; empty: the system's
    QString defaultPreset = QStringLiteral("tiktok"); // preselected in the export dialog
    int autosaveSeconds = kDefaultAutosaveSeconds;    // 0: no autosave

    static AppSettings load();
    void save() const;

    static QStringList recentFiles();
    // Puts `file` first (once), keeps at most kMaxRecentFiles.
    static void addRecentFile(const QString& file);
    static void clearRecentFiles();
};

} // namespace reelcut::gui
