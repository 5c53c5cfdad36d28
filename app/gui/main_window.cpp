#include "main_window.h"

#include "model/project_json.h"
#include "render/frame_renderer.h"

#include <QAction>
#include <QApplication>
#include <QFileDialog>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QVBoxLayout>

namespace reelcut {

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent),
      renderer_(std::make_unique<FrameRenderer>(FrameRenderer::MissingMedia::Placeholder)) {
    preview_ = new QLabel(this);
    preview_->setAlignment(Qt::AlignCenter);
    preview_->setMinimumSize(270, 480);
    preview_->setStyleSheet("background: #101014;");
    setCentralWidget(preview_);
    status_ = new QLabel(this);
    statusBar()->addWidget(status_);
    createMenus();
    connect(&doc_, &ProjectDocument::changed, this, &MainWindow::refreshPreview);
    connect(&doc_, &ProjectDocument::fileChanged, this, &MainWindow::updateTitle);
    resize(1280, 800);
    updateTitle();
    refreshPreview();
}

MainWindow::~MainWindow() = default;

void MainWindow::createMenus() {
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* open = file->addAction(tr("&Open..."), this, [this] {
        const QString f = QFileDialog::getOpenFileName(this, tr("Open project"), QString(),
                                                       tr("ReelCut projects (*.reelcut)"));
        if (!f.isEmpty()) {
            openProject(f);
        }
    });
    open->setShortcut(QKeySequence::Open);
    QAction* quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    QAction* undo = doc_.undoStack().createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction* redo = doc_.undoStack().createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z));
    edit->addAction(undo);
    edit->addAction(redo);
}

bool MainWindow::openProject(const QString& file) {
    try {
        doc_.open(file.toStdString());
        return true;
    } catch (const std::exception& e) {
        QMessageBox::critical(this, tr("Cannot open project"), QString::fromUtf8(e.what()));
        return false;
    }
}

void MainWindow::refreshPreview() {
    const Project& p = doc_.project();
    const QSize box = preview_->size().boundedTo(QSize(p.width, p.height));
    const QSize size = QSize(p.width, p.height).scaled(box, Qt::KeepAspectRatio);
    if (size.width() < 2 || size.height() < 2) {
        return;
    }
    const QImage& frame = renderer_->frameAt(p, Time(0), QSize(size.width() & ~1, size.height() & ~1));
    preview_->setPixmap(QPixmap::fromImage(frame));
    status_->setText(tr("%1 x %2, %3 fps, %4")
                         .arg(p.width)
                         .arg(p.height)
                         .arg(p.frameRate.toDouble(), 0, 'f', 2)
                         .arg(QString::fromStdString(formatTimecode(p.duration()))));
}

void MainWindow::updateTitle() {
    const QString name = doc_.file().empty()
                             ? tr("Untitled")
                             : QString::fromStdString(doc_.file().filename().string());
    setWindowTitle(tr("%1 - ReelCut").arg(name));
}

} // namespace reelcut
