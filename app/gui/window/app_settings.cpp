#include "window/app_settings.h"

#include "export/preset.h"

#include <QSettings>
#include <algorithm>

namespace reelcut::gui {

namespace {
const QString kLanguage = QStringLiteral("general/language");
const QString kDefaultPreset = QStringLiteral("export/defaultPreset");
const QString kAutosave = QStringLiteral("general/autosaveSeconds");
const QString kRecent = QStringLiteral("recentFiles");
} // namespace

AppSettings AppSettings::load() {
    const QSettings s;
    AppSettings a;
    a.language = s.value(kLanguage, a.language).toString();
    a.defaultPreset = s.value(kDefaultPreset, a.defaultPreset).toString();
    // A hand-edited file may hold anything: a preset that no longer exists falls back.
    if (findPreset(a.defaultPreset.toStdString()) == nullptr) {
        a.defaultPreset = AppSettings{}.defaultPreset;
    }
    bool ok = false;
    const int seconds = s.value(kAutosave, a.autosaveSeconds).toInt(&ok);
    a.autosaveSeconds = ok ? std::clamp(seconds, 0, 3600) : kDefaultAutosaveSeconds;
    return a;
}

void AppSettings::save() const {
    QSettings s;
    s.setValue(kLanguage, language);
    s.setValue(kDefaultPreset, defaultPreset);
    s.setValue(kAutosave, autosaveSeconds);
}

QStringList AppSettings::recentFiles() {
    return QSettings().value(kRecent).toStringList();
}

void AppSettings::addRecentFile(const QString& file) {
    QSettings s;
    QStringList recent = s.value(kRecent).toStringList();
    recent.removeAll(file);
    recent.prepend(file);
    while (recent.size() > kMaxRecentFiles) {
        recent.removeLast();
    }
    s.setValue(kRecent, recent);
}

void AppSettings::clearRecentFiles() {
    QSettings().remove(kRecent);
}

} // namespace reelcut::gui
