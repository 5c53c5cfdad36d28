#pragma once

// Edit > Preferences: the language, the export preset chosen first, the autosave
// interval, and the list of recent files. Changes are saved when the dialog is accepted.

#include "window/app_settings.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;

namespace reelcut::gui {

class PreferencesDialog : public QDialog {
    Q_OBJECT
public:
    explicit PreferencesDialog(QWidget* parent = nullptr);

    // What the dialog shows now (saved by accept()).
    AppSettings settings() const;

    QComboBox* languageBox() const { return language_; }
    QComboBox* presetBox() const { return preset_; }
    QSpinBox* autosaveBox() const { return autosave_; }
    QLabel* restartNote() const { return restartNote_; }
    QPushButton* clearRecentButton() const { return clearRecent_; }

    void accept() override;

Q_SIGNALS:
    // After accept(): the new settings are saved; the window applies what it can at once.
    void settingsChanged(const reelcut::gui::AppSettings& settings);

private:
    QString startLanguage_;
    QComboBox* language_;
    QComboBox* preset_;
    QSpinBox* autosave_;
    QLabel* restartNote_;
    QPushButton* clearRecent_;
};

} // namespace reelcut::gui
