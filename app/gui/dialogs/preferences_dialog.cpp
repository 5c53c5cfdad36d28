#include "dialogs/preferences_dialog.h"

#include "export/preset.h"
#include "window/translations.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace reelcut::gui {

PreferencesDialog::PreferencesDialog(QWidget* parent) : QDialog(parent) {
    setWindowTitle(tr("Preferences"));
    const AppSettings current = AppSettings::load();
    startLanguage_ = current.language;

    language_ = new QComboBox(this);
    language_->setObjectName(QStringLiteral("language"));
    language_->addItem(tr("As the system (%1)").arg(Translations::nativeName(QLocale().name())),
                       QString());
    for (const QString& code : Translations::available()) {
        language_->addItem(Translations::nativeName(code), code);
    }
    language_->setCurrentIndex(std::max(0, language_->findData(current.language)));

    // Widgets are built once in the language the editor started with; a new one is
    // honest about when it takes effect.
    restartNote_ = new QLabel(tr("The new language applies after ReelCut is restarted."), this);
    restartNote_->setObjectName(QStringLiteral("restartNote"));
    restartNote_->setWordWrap(true);
    restartNote_->setStyleSheet(QStringLiteral("color: #f5a524;"));
    restartNote_->setVisible(false);
    connect(language_, &QComboBox::currentIndexChanged, this, [this] {
        restartNote_->setVisible(language_->currentData().toString() != startLanguage_);
    });

    preset_ = new QComboBox(this);
    preset_->setObjectName(QStringLiteral("defaultPreset"));
    for (const Preset& p : builtinPresets()) {
        preset_->addItem(QCoreApplication::translate("Preset", p.name.c_str()),
                         QString::fromStdString(p.id));
    }
    preset_->setCurrentIndex(std::max(0, preset_->findData(current.defaultPreset)));

    autosave_ = new QSpinBox(this);
    autosave_->setObjectName(QStringLiteral("autosave"));
    autosave_->setRange(0, 3600);
    autosave_->setSingleStep(15);
    autosave_->setSuffix(tr(" s"));
    autosave_->setSpecialValueText(tr("Off"));
    autosave_->setValue(current.autosaveSeconds);
    autosave_->setToolTip(tr("How often unsaved changes are written to a recovery file. "
                             "0 turns autosave off."));

    clearRecent_ = new QPushButton(tr("Clear the list of recent files"), this);
    clearRecent_->setObjectName(QStringLiteral("clearRecent"));
    clearRecent_->setEnabled(!AppSettings::recentFiles().isEmpty());
    connect(clearRecent_, &QPushButton::clicked, this, [this] {
        AppSettings::clearRecentFiles();
        clearRecent_->setEnabled(false);
    });

    auto* form = new QFormLayout;
    form->addRow(tr("Language:"), language_);
    form->addRow(QString(), restartNote_);
    form->addRow(tr("Export preset chosen first:"), preset_);
    form->addRow(tr("Autosave every:"), autosave_);
    form->addRow(tr("Recent files:"), clearRecent_);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &PreferencesDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PreferencesDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch(1);
    layout->addWidget(buttons);
}

AppSettings PreferencesDialog::settings() const {
    AppSettings s;
    s.language = language_->currentData().toString();
    s.defaultPreset = preset_->currentData().toString();
    s.autosaveSeconds = autosave_->value();
    return s;
}

void PreferencesDialog::accept() {
    const AppSettings s = settings();
    s.save();
    Q_EMIT settingsChanged(s);
    QDialog::accept();
}

} // namespace reelcut::gui
