#pragma once

#include <QAction>
#include <QDialog>
#include <QList>

namespace reelcut::gui {

// Help > Keyboard shortcuts: every action that has a shortcut, read from the actions
// themselves so the list cannot go out of date.
class ShortcutsDialog : public QDialog {
    Q_OBJECT
public:
    ShortcutsDialog(const QList<QAction*>& actions, QWidget* parent = nullptr);
};

} // namespace reelcut::gui
