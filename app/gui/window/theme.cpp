#include "window/theme.h"

#include <QApplication>
#include <QPalette>
#include <QStyleFactory>

static void initReelcutResources() {
    // The resources live in an object library; this also keeps a static link from
    // dropping them.
    Q_INIT_RESOURCE(reelcut);
}

namespace reelcut::gui {

QIcon icon(const QString& name) {
    return QIcon(QStringLiteral(":/icons/%1.svg").arg(name));
}

void applyDarkTheme(QApplication& app) {
    initReelcutResources();
    // Fusion draws every control from the palette, so the dark colours apply evenly on
    // every platform instead of mixing with a light native style.
    app.setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QPalette p;
    p.setColor(QPalette::Window, colors::window);
    p.setColor(QPalette::WindowText, colors::text);
    p.setColor(QPalette::Base, colors::panelDark);
    p.setColor(QPalette::AlternateBase, colors::panel);
    p.setColor(QPalette::ToolTipBase, colors::panel);
    p.setColor(QPalette::ToolTipText, colors::text);
    p.setColor(QPalette::PlaceholderText, colors::textDim);
    p.setColor(QPalette::Text, colors::text);
    p.setColor(QPalette::Button, colors::panel);
    p.setColor(QPalette::ButtonText, colors::text);
    p.setColor(QPalette::BrightText, Qt::white);
    p.setColor(QPalette::Highlight, colors::accent);
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, colors::accent2);
    p.setColor(QPalette::Light, colors::border.lighter(130));
    p.setColor(QPalette::Midlight, colors::border);
    p.setColor(QPalette::Mid, colors::border);
    p.setColor(QPalette::Dark, colors::panelDark);
    p.setColor(QPalette::Shadow, Qt::black);
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText}) {
        p.setColor(QPalette::Disabled, role, QColor(0x5c, 0x5c, 0x68));
    }
    app.setPalette(p);
    app.setStyleSheet(QStringLiteral(R"(
QMainWindow, QDialog { background: #17171c; }
QToolTip { color: #e8e8ee; background: #26262e; border: 1px solid #3a3a46; padding: 4px; }
QMenuBar { background: #141418; }
QMenuBar::item:selected, QMenu::item:selected { background: #2e2e38; }
QMenu { background: #1f1f26; border: 1px solid #2e2e38; }
QMenu::separator { height: 1px; background: #2e2e38; margin: 4px 8px; }
QToolBar { background: #141418; border: none; spacing: 4px; padding: 3px; }
QToolButton { border: 1px solid transparent; border-radius: 5px; padding: 4px; }
QToolButton:hover { background: #2a2a33; }
QToolButton:checked { background: #3a2230; border-color: #ff3d71; }
QPushButton { background: #2a2a33; border: 1px solid #3a3a46; border-radius: 5px; padding: 5px 14px; }
QPushButton:hover { background: #33333e; }
QPushButton:disabled { color: #5c5c68; }
QPushButton#accent { background: #ff3d71; border-color: #ff3d71; color: white; font-weight: 600; }
QPushButton#accent:hover { background: #ff5a87; }
QPushButton#accent:disabled { background: #5a2a38; border-color: #5a2a38; color: #b08a96; }
QTabWidget::pane { border: none; background: #1f1f26; }
QTabBar::tab { background: transparent; color: #9a9aa8; padding: 7px 10px; border: none; }
QTabBar::tab:selected { color: #ffffff; border-bottom: 2px solid #ff3d71; }
QTabBar::tab:hover { color: #e8e8ee; }
QSplitter::handle { background: #0c0c0f; }
QSplitter::handle:horizontal { width: 3px; }
QSplitter::handle:vertical { height: 3px; }
QListView, QTreeView, QTableView { background: #1f1f26; border: none; }
QListView::item:selected { background: #3a2230; border-radius: 6px; }
QGroupBox { border: 1px solid #2e2e38; border-radius: 6px; margin-top: 14px; padding-top: 6px; }
QGroupBox::title { subcontrol-origin: margin; left: 8px; color: #9a9aa8; }
QLineEdit, QSpinBox, QDoubleSpinBox, QComboBox { background: #141418; border: 1px solid #34343f; border-radius: 4px; padding: 3px 5px; }
QLineEdit:focus, QSpinBox:focus, QDoubleSpinBox:focus, QComboBox:focus { border-color: #ff3d71; }
QProgressBar { background: #141418; border: 1px solid #34343f; border-radius: 4px; text-align: center; }
QProgressBar::chunk { background: #ff3d71; border-radius: 3px; }
QSlider::groove:horizontal { height: 4px; background: #34343f; border-radius: 2px; }
QSlider::sub-page:horizontal { background: #ff3d71; border-radius: 2px; }
QSlider::handle:horizontal { background: #ffffff; width: 12px; height: 12px; margin: -4px 0; border-radius: 6px; }
QScrollBar:horizontal, QScrollBar:vertical { background: #141418; border: none; margin: 0; }
QScrollBar:horizontal { height: 10px; } QScrollBar:vertical { width: 10px; }
QScrollBar::handle { background: #3a3a46; border-radius: 4px; min-width: 24px; min-height: 24px; }
QScrollBar::add-line, QScrollBar::sub-line { width: 0; height: 0; }
QLabel#panelTitle { color: #9a9aa8; font-weight: 600; padding: 6px 8px; }
QLabel#timecode { font-family: monospace; font-size: 13px; color: #e8e8ee; }
QWidget#panel { background: #1f1f26; }
QStatusBar { background: #141418; color: #9a9aa8; }
)"));
}

} // namespace reelcut::gui
