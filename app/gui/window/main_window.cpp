#include "window/main_window.h"

#include "dialogs/caption_import.h"
#include "dialogs/export_dialog.h"
#include "dialogs/new_project_dialog.h"
#include "dialogs/preferences_dialog.h"
#include "dialogs/shortcuts_dialog.h"
#include "effect/effect.h"
#include "export/preset.h"
#include "export/safe_zone_check.h"
#include "face/face_analysis.h"
#include "inspector/effects_inspector.h"
#include "inspector/inspector.h"
#include "jobs/face_analysis_runner.h"
#include "model/builtin_assets.h"
#include "model/collect.h"
#include "model/edits.h"
#include "model/main_track.h"
#include "model/project_file.h"
#include "panels/asset_list.h"
#include "panels/audio_tab.h"
#include "panels/effects_tab.h"
#include "panels/filters_tab.h"
#include "panels/media_bin.h"
#include "panels/media_cache.h"
#include "panels/sticker_tab.h"
#include "panels/text_tab.h"
#include "panels/transitions_tab.h"
#include "preview/canvas_editor.h"
#include "preview/playback_clock.h"
#include "preview/player.h"
#include "preview/preview_widget.h"
#include "render/at_rest.h"
#include "timeline/timeline_view.h"
#include "util/log.h"
#include "window/app_settings.h"
#include "window/autosave.h"
#include "window/gui_util.h"
#include "window/theme.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QCoreApplication>
#include <QDateTime>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSlider>
#include <QSplitter>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>
#include <algorithm>
#include <boost/filesystem/operations.hpp>
#include <cmath>
#include <set>

namespace reelcut::gui {

namespace {
constexpr double kZoomSliderBase = 1.05; // slider step -> zoom factor
} // namespace

struct MainWindow::Actions {
    QAction *newProject, *open, *save, *saveAs, *import, *exportVideo, *quit;
    QAction *undo, *redo, *split, *splitAlt, *freeze, *del, *rippleDel, *copy, *paste, *selectAll;
    QAction *play, *shuttleBack, *shuttleStop, *shuttleForward, *stepBack, *stepForward;
    QAction *stepBackSecond, *stepForwardSecond, *toStart, *toEnd;
    QAction *snap, *magnet, *zoomIn, *zoomOut, *fpsOverlay, *shortcuts, *importCaptions;
    QAction *landmarks, *collect, *batchExport, *brandKit, *makeField, *preferences;
    QAction* record;
    QAction* voiceOver;
};

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent), actions_(std::make_unique<Actions>()) {
    setWindowIcon(icon(QStringLiteral("logo")));
    cache_ = new MediaCache(this);
    player_ = new Player(this);
    autosave_ = new Autosave(doc_, this, AppSettings::load().autosaveSeconds * 1000);
    connect(&player_->clock(), &PlaybackClock::message, this, &MainWindow::showMessage);

    bin_ = new MediaBin(*cache_, this);
    inspector_ = new Inspector(doc_, this);
    timeline_ = new TimelineView(doc_, *cache_, this);
    preview_ = new PreviewWidget(this);
    canvas_ = new CanvasEditor(doc_, preview_);
    analysis_ = new FaceAnalysisRunner(this);

    buildActions();

    topSplit_ = new QSplitter(Qt::Horizontal, this);
    topSplit_->addWidget(buildAssets());
    topSplit_->addWidget(buildPreviewPanel());
    auto* inspectorPanel = new QWidget(this);
    inspectorPanel->setObjectName(QStringLiteral("panel"));
    auto* il = new QVBoxLayout(inspectorPanel);
    il->setContentsMargins(0, 0, 0, 0);
    auto* inspectorTitle = new QLabel(tr("Inspector"), inspectorPanel);
    inspectorTitle->setObjectName(QStringLiteral("panelTitle"));
    il->addWidget(inspectorTitle);
    il->addWidget(inspector_, 1);
    topSplit_->addWidget(inspectorPanel);
    topSplit_->setStretchFactor(0, 0);
    topSplit_->setStretchFactor(1, 1);
    topSplit_->setStretchFactor(2, 0);
    topSplit_->setCollapsible(1, false);
    inspectorPanel->setMinimumWidth(260);

    mainSplit_ = new QSplitter(Qt::Vertical, this);
    mainSplit_->addWidget(topSplit_);
    mainSplit_->addWidget(buildTimelinePanel());
    mainSplit_->setStretchFactor(0, 1);
    mainSplit_->setStretchFactor(1, 0);
    mainSplit_->setCollapsible(0, false);
    setCentralWidget(mainSplit_);
    buildMenus();
    // Where the user leaves a splitter is where it stays, even if ReelCut is killed.
    for (QSplitter* split : {topSplit_, mainSplit_}) {
        connect(split, &QSplitter::splitterMoved, this, [this] {
            if (layoutRestored_) {
                saveLayout();
            }
        });
    }

    connect(&doc_, &ProjectDocument::changed, this, &MainWindow::onDocumentChanged);
    connect(&doc_, &ProjectDocument::fileChanged, this, &MainWindow::updateTitle);
    connect(&doc_.undoStack(), &QUndoStack::cleanChanged, this, &MainWindow::updateTitle);
    connect(player_, &Player::positionChanged, this, &MainWindow::onPositionChanged);
    connect(player_, &Player::playingChanged, this, [this](bool playing) {
        playButton_->setIcon(icon(playing ? QStringLiteral("pause") : QStringLiteral("play")));
        // Playing shows the animations; paused, the selection is back at rest.
        canvas_->setAtRest(!playing);
        showPreviewFrame();
    });
    connect(timeline_, &TimelineView::seekRequested, player_, &Player::seek);
    connect(timeline_, &TimelineView::message, this, &MainWindow::showMessage);
    connect(inspector_, &Inspector::message, this, &MainWindow::showMessage);
    connect(timeline_, &TimelineView::selectionChanged, this, [this] {
        const auto& sel = timeline_->selection();
        showPreviewFrame();
        inspector_->setClip(sel.empty() ? 0 : sel.front());
        canvas_->setSelectedClip(sel.size() == 1 ? sel.front() : 0);
        updateFilterThumbnails();
        const Clip* c = sel.size() == 1 ? doc_.project().findClip(sel.front()).second : nullptr;
        const QSignalBlocker block(actions_->landmarks);
        actions_->landmarks->setChecked(
            c != nullptr &&
            std::any_of(c->effects.begin(), c->effects.end(),
                        [](const EffectInstance& e) { return e.type == "face.debug"; }));
    });
    connect(inspector_->effectsPage(), &EffectsInspector::colorPickRequested, this,
            [this](int index, const QString& param) { pickEffectColor(index, param); });
    connect(canvas_, &CanvasEditor::clipClicked, this, [this](ObjectId clip) {
        timeline_->setSelection(clip != 0 ? std::vector<ObjectId>{clip} : std::vector<ObjectId>{});
    });
    connect(timeline_, &TimelineView::assetDropped, this, &MainWindow::onAssetDropped);
    connect(timeline_, &TimelineView::brandLogoOnFaceRequested, this,
            [this](int place) { putBrandLogoOnFace(place); });
    connect(&doc_, &ProjectDocument::fileChanged, this, [this] {
        preview_->setAnalysisDir(analysisDir());
        analyzeFacesIfNeeded();
    });
    connect(analysis_, &FaceAnalysisRunner::progress, this,
            [this](int percent, const QString& text) {
                analysisBar_->setValue(percent);
                analysisBar_->setFormat(text + QStringLiteral("  %p%"));
            });
    connect(analysis_, &FaceAnalysisRunner::finished, this, [this](bool ok, const QString& text) {
        analysisBar_->parentWidget()->setVisible(false);
        lastAnalysisDir_ = ok ? QString() : analysisDir();
        showMessage(text);
        if (ok) {
            // Redraw with the cached faces.
            preview_->setAnalysisDir(analysisDir());
        }
        // What came while it ran: takes, then face effects added meanwhile. A cancelled
        // pass starts nothing new.
        std::vector<std::string> takes;
        takes.swap(takesToAnalyse_);
        if (ok && !takes.empty()) {
            analyzeTakes(takes);
        } else if (ok) {
            analyzeFacesIfNeeded();
        }
    });
    connect(bin_, &MediaBin::relinkRequested, this, &MainWindow::relinkMedia);
    connect(bin_, &MediaBin::importRequested, this,
            [this](const QStringList& files) { importFiles(files); });
    connect(bin_, &MediaBin::addToTimelineRequested, this, [this](const QString& path) {
        timeline_->dropMedia(path, 0, frameTime(player_->position(), doc_.project().frameRate));
    });
    connect(preview_, &PreviewWidget::mediaProblems, this, [this](const QStringList& files) {
        showMessage(tr("Media offline: %1").arg(files.join(QStringLiteral(", "))));
    });

    statusBar()->addPermanentWidget(buildAnalysisStatus());
    preview_->setAnalysisDir(analysisDir());
    statusBar()->showMessage(tr("Ready"));
    resize(1500, 940);
    applyDefaultLayout();
    onDocumentChanged();
    updateTitle();
}

void MainWindow::applyDefaultLayout() {
    // The player gets most of the window: side panels as narrow as their content allows,
    // the timeline about a third of the height (five compact tracks).
    // The splitters' own sizes once laid out; before that, the window's less its bars.
    const int width = topSplit_->width() > 200 ? topSplit_->width() : size().width();
    const int height = mainSplit_->height() > 200 ? mainSplit_->height() : size().height() - 50;
    const int side = std::clamp(width / 5, 260, 340);
    const int assets = std::max(side, assetTabs_->minimumWidth());
    topSplit_->setSizes({assets, std::max(300, width - assets - side), side});
    const int timeline = std::clamp(height * 37 / 100, 220, 420);
    mainSplit_->setSizes({std::max(300, height - timeline), timeline});
}

void MainWindow::resizeEvent(QResizeEvent* event) {
    QMainWindow::resizeEvent(event);
    if (!layoutRestored_) {
        applyDefaultLayout(); // until the user's own layout takes over
    }
}

MainWindow::~MainWindow() {
    player_->pause();
}

// ---- construction ------------------------------------------------------------------

void MainWindow::buildActions() {
    Actions& a = *actions_;
    auto make = [this](const QString& text, const QString& iconName, QKeySequence key, auto slot) {
        auto* action = new QAction(text, this);
        if (!iconName.isEmpty()) {
            action->setIcon(icon(iconName));
        }
        if (!key.isEmpty()) {
            action->setShortcut(key);
            action->setToolTip(QStringLiteral("%1 (%2)").arg(
                QString(text).remove(QLatin1Char('&')), key.toString(QKeySequence::NativeText)));
        }
        connect(action, &QAction::triggered, this, slot);
        addAction(action); // shortcuts work wherever the focus is in the window
        return action;
    };
    a.newProject = make(tr("&New project..."), QStringLiteral("new"), QKeySequence::New,
                        [this] { newProjectWithDialog(); });
    a.open = make(tr("&Open..."), QStringLiteral("open"), QKeySequence::Open,
                  [this] { openWithDialog(); });
    a.save = make(tr("&Save"), QStringLiteral("save"), QKeySequence::Save, [this] { save(); });
    a.saveAs = make(tr("Save &as..."), QString(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S),
                    [this] { saveAsWithDialog(); });
    a.import = make(tr("&Import media..."), QStringLiteral("import"),
                    QKeySequence(Qt::CTRL | Qt::Key_I), [this] { bin_->importWithDialog(); });
    a.exportVideo = make(tr("&Export video..."), QStringLiteral("export"),
                         QKeySequence(Qt::CTRL | Qt::Key_E), [this] { openExportDialog(); });
    a.quit = make(tr("&Quit"), QString(), QKeySequence::Quit, [this] { close(); });
    a.record = make(tr("&Record..."), QStringLiteral("record"), QKeySequence(Qt::CTRL | Qt::Key_R),
                    [this] { openRecordWindow(); });
    a.voiceOver =
        make(tr("Record &voice-over..."), QString(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R),
             [this] { openVoiceOverDialog(); });
    a.batchExport =
        make(tr("&Batch export..."), QString(), QKeySequence(), [this] { openBatchDialog(); });
    a.brandKit =
        make(tr("Brand &kit..."), QString(), QKeySequence(), [this] { openBrandKitDialog(); });
    a.makeField = make(tr("Make this a &field..."), QString(), QKeySequence(),
                       [this] { makeFieldWithDialog(); });
    a.preferences = make(tr("&Preferences..."), QString(), QKeySequence::Preferences,
                         [this] { openPreferences(); });

    a.undo = doc_.undoStack().createUndoAction(this, tr("&Undo"));
    a.undo->setIcon(icon(QStringLiteral("undo")));
    a.undo->setShortcut(QKeySequence::Undo);
    addAction(a.undo);
    a.redo = doc_.undoStack().createRedoAction(this, tr("&Redo"));
    a.redo->setIcon(icon(QStringLiteral("redo")));
    a.redo->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    addAction(a.redo);
    a.split = make(tr("&Split at playhead"), QStringLiteral("split"), QKeySequence(Qt::Key_S),
                   [this] { timeline_->splitAtPlayhead(); });
    a.split->setShortcuts({QKeySequence(Qt::Key_S), QKeySequence(Qt::CTRL | Qt::Key_B)});
    a.splitAlt = nullptr;
    a.freeze = make(tr("&Freeze frame"), QString(), QKeySequence(),
                    [this] { timeline_->freezeAtPlayhead(); });
    a.del = make(tr("&Delete"), QStringLiteral("delete"), QKeySequence(Qt::Key_Delete),
                 [this] { timeline_->deleteSelection(false); });
    a.del->setShortcuts({QKeySequence(Qt::Key_Delete), QKeySequence(Qt::Key_Backspace)});
    a.rippleDel = make(tr("&Ripple delete"), QStringLiteral("ripple-delete"),
                       QKeySequence(Qt::SHIFT | Qt::Key_Delete),
                       [this] { timeline_->deleteSelection(true); });
    a.copy = make(tr("&Copy"), QStringLiteral("copy"), QKeySequence::Copy,
                  [this] { timeline_->copySelection(); });
    a.paste = make(tr("&Paste"), QStringLiteral("paste"), QKeySequence::Paste,
                   [this] { timeline_->paste(); });
    a.selectAll = make(tr("Select &all"), QString(), QKeySequence::SelectAll,
                       [this] { timeline_->selectAll(); });

    a.play = make(tr("Play / pause"), QStringLiteral("play"), QKeySequence(Qt::Key_Space),
                  [this] { player_->togglePlay(); });
    a.shuttleBack = make(tr("Play backwards (faster on each press)"), QString(),
                         QKeySequence(Qt::Key_J), [this] { player_->shuttleBackward(); });
    a.shuttleStop =
        make(tr("Stop"), QString(), QKeySequence(Qt::Key_K), [this] { player_->shuttleStop(); });
    a.shuttleForward = make(tr("Play forwards (faster on each press)"), QString(),
                            QKeySequence(Qt::Key_L), [this] { player_->shuttleForward(); });
    a.stepBack = make(tr("Previous frame"), QStringLiteral("step-back"), QKeySequence(Qt::Key_Left),
                      [this] { player_->step(-1); });
    a.stepForward = make(tr("Next frame"), QStringLiteral("step-forward"),
                         QKeySequence(Qt::Key_Right), [this] { player_->step(1); });
    a.stepBackSecond =
        make(tr("Back one second"), QString(), QKeySequence(Qt::SHIFT | Qt::Key_Left),
             [this] { player_->stepSeconds(-1); });
    a.stepForwardSecond =
        make(tr("Forward one second"), QString(), QKeySequence(Qt::SHIFT | Qt::Key_Right),
             [this] { player_->stepSeconds(1); });
    a.toStart = make(tr("Go to start"), QStringLiteral("to-start"), QKeySequence(Qt::Key_Home),
                     [this] { player_->toStart(); });
    a.toEnd = make(tr("Go to end"), QStringLiteral("to-end"), QKeySequence(Qt::Key_End),
                   [this] { player_->toEnd(); });

    a.snap = make(tr("S&napping"), QStringLiteral("magnet"), QKeySequence(Qt::Key_N),
                  [this](bool on) { timeline_->setSnapping(on); });
    a.snap->setCheckable(true);
    a.snap->setChecked(true);
    a.magnet = make(tr("&Magnetic main track"), QStringLiteral("main-track"), QKeySequence(),
                    [this](bool on) { timeline_->setMagneticMainTrack(on); });
    a.magnet->setCheckable(true);
    a.magnet->setToolTip(tr("Magnetic main track: clips on the bottom video track stay end to "
                            "end, deleting or moving one closes the gap (saved in the project)"));
    a.zoomIn = make(tr("Zoom &in"), QStringLiteral("zoom-in"),
                    QKeySequence(Qt::CTRL | Qt::Key_Equal), [this] { timeline_->zoomBy(1.5); });
    a.zoomIn->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::Key_Equal), QKeySequence(Qt::CTRL | Qt::Key_Plus)});
    a.zoomOut =
        make(tr("Zoom &out"), QStringLiteral("zoom-out"), QKeySequence(Qt::CTRL | Qt::Key_Minus),
             [this] { timeline_->zoomBy(1 / 1.5); });
    a.fpsOverlay = make(tr("Show playback &statistics"), QStringLiteral("fps"),
                        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D),
                        [this](bool on) { preview_->setDebugOverlay(on); });
    a.fpsOverlay->setCheckable(true);
    a.shortcuts = make(tr("&Keyboard shortcuts"), QString(), QKeySequence(Qt::Key_F1),
                       [this] { showShortcuts(); });
    a.importCaptions = make(tr("Import &captions (SRT)..."), QStringLiteral("text"), QKeySequence(),
                            [this] { importCaptionsWithDialog(); });
    a.landmarks = make(tr("Show face &landmarks"), QString(), QKeySequence(),
                       [this](bool on) { toggleLandmarks(on); });
    a.landmarks->setCheckable(true);
    a.landmarks->setToolTip(tr("Draw the tracked face points on the selected clip"));
    a.collect = make(tr("C&ollect project files..."), QStringLiteral("folder"), QKeySequence(),
                     [this] { collectProjectFiles(); });
    a.collect->setToolTip(tr("Copy every media file the project uses into one folder beside "
                             "it, so the project can be zipped and sent"));
}

void MainWindow::buildMenus() {
    Actions& a = *actions_;
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(a.newProject);
    file->addAction(a.open);
    recentMenu_ = file->addMenu(tr("Open &recent"));
    rebuildRecentMenu();
    file->addSeparator();
    file->addAction(a.save);
    file->addAction(a.saveAs);
    file->addAction(a.collect);
    file->addSeparator();
    file->addAction(a.import);
    file->addAction(a.importCaptions);
    file->addAction(a.record);
    file->addAction(a.voiceOver);
    file->addAction(a.exportVideo);
    file->addAction(a.batchExport);
    file->addAction(a.brandKit);
    file->addSeparator();
    file->addAction(a.quit);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(a.undo);
    edit->addAction(a.redo);
    edit->addSeparator();
    edit->addAction(a.split);
    edit->addAction(a.freeze);
    edit->addAction(a.del);
    edit->addAction(a.rippleDel);
    edit->addSeparator();
    edit->addAction(a.copy);
    edit->addAction(a.paste);
    edit->addAction(a.selectAll);
    edit->addSeparator();
    edit->addAction(a.makeField);
    QMenu* beat = edit->addMenu(tr("Cut to the &beat"));
    beat->setToolTip(tr("Lay the selected clips again so that every cut lands on a beat of "
                        "the song"));
    for (const int every : {1, 2, 4}) {
        beat->addAction(tr("Every %n beat(s)", nullptr, every), this,
                        [this, every] { cutToBeat(every, false); });
    }
    beat->addAction(tr("Every bar"), this, [this] { cutToBeat(1, true); });
    edit->addSeparator();
    edit->addAction(a.preferences);

    QMenu* play = menuBar()->addMenu(tr("&Playback"));
    for (QAction* act :
         {a.play, a.shuttleBack, a.shuttleStop, a.shuttleForward, a.stepBack, a.stepForward,
          a.stepBackSecond, a.stepForwardSecond, a.toStart, a.toEnd}) {
        play->addAction(act);
    }

    QMenu* view = menuBar()->addMenu(tr("&View"));
    view->addAction(a.snap);
    view->addAction(a.magnet);
    view->addAction(a.zoomIn);
    view->addAction(a.zoomOut);
    view->addSeparator();
    view->addAction(a.fpsOverlay);
    view->addAction(a.landmarks);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(a.shortcuts);
    help->addAction(tr("&About ReelCut"), this, [this] {
        QMessageBox::about(this, tr("About ReelCut"),
                           tr("<h3>ReelCut %1</h3><p>Short videos, cut fast. Open source.</p>")
                               .arg(QStringLiteral(REELCUT_VERSION)));
    });

    // One slim top bar, as CapCut has: the menus, and the one big action (Export) on the
    // right. No separate tool bar: its height goes to the player.
    auto* corner = new QWidget(menuBar());
    auto* cl = new QHBoxLayout(corner);
    cl->setContentsMargins(0, 2, 6, 2);
    cl->setSpacing(2);
    for (QAction* action : {a.newProject, a.open, a.save, a.import, a.record}) {
        auto* b = new QToolButton(corner);
        b->setDefaultAction(action);
        b->setAutoRaise(true);
        b->setIconSize(QSize(16, 16));
        cl->addWidget(b);
    }
    cl->addSpacing(8);
    auto* exportButton = new QPushButton(icon(QStringLiteral("export")), tr("Export"), corner);
    exportButton->setObjectName(QStringLiteral("accent"));
    exportButton->setToolTip(a.exportVideo->toolTip());
    connect(exportButton, &QPushButton::clicked, this, [this] { openExportDialog(); });
    cl->addWidget(exportButton);
    menuBar()->setCornerWidget(corner, Qt::TopRightCorner);
    auto* logo = new QLabel(menuBar());
    logo->setPixmap(icon(QStringLiteral("logo")).pixmap(QSize(20, 20)));
    logo->setContentsMargins(8, 0, 4, 0);
    menuBar()->setCornerWidget(logo, Qt::TopLeftCorner);
}

QWidget* MainWindow::buildAssets() {
    auto* tabs = new QTabWidget(this);
    tabs->setDocumentMode(true);
    tabs->setIconSize(QSize(16, 16));
    tabs->addTab(bin_, icon(QStringLiteral("media")), tr("Media"));
    audioTab_ = new AudioTab(*cache_, tabs);
    tabs->addTab(audioTab_, icon(QStringLiteral("audio")), tr("Audio"));
    connect(audioTab_, &AudioTab::addToTimelineRequested, this, [this](const QString& path) {
        timeline_->dropMedia(path, 0, frameTime(player_->position(), doc_.project().frameRate));
    });
    connect(audioTab_, &AudioTab::importRequested, bin_, &MediaBin::importWithDialog);
    connect(audioTab_, &AudioTab::cutToBeatRequested, this,
            [this](const QString& song, int every, bool bars) { cutToBeat(every, bars, song); });
    connect(audioTab_, &AudioTab::voiceOverRequested, this, [this] { openVoiceOverDialog(); });
    textTab_ = new TextTab(tabs);
    tabs->addTab(textTab_, icon(QStringLiteral("text")), tr("Text"));
    stickerTab_ = new StickerTab(tabs);
    tabs->addTab(stickerTab_, icon(QStringLiteral("sticker")), tr("Stickers"));
    effectsTab_ = new EffectsTab(tabs);
    tabs->addTab(effectsTab_, icon(QStringLiteral("effects")), tr("Effects"));
    transitionsTab_ = new TransitionsTab(tabs);
    tabs->addTab(transitionsTab_, icon(QStringLiteral("transition")), tr("Transitions"));
    filtersTab_ = new FiltersTab(tabs);
    tabs->addTab(filtersTab_, icon(QStringLiteral("filter")), tr("Filters"));
    connect(transitionsTab_, &TransitionsTab::applyRequested, this,
            [this](const QString& id) { applyTransition(id); });
    connect(filtersTab_, &FiltersTab::applyRequested, this,
            [this](const QString& id) { applyLook(id); });
    connect(filtersTab_, &FiltersTab::importRequested, this,
            [this](const QString& file) { importLut(file); });
    connect(tabs, &QTabWidget::currentChanged, this, [this] { updateFilterThumbnails(); });
    connect(textTab_, &TextTab::presetChosen, this,
            [this](const QString& id) { addTextPreset(id); });
    connect(textTab_, &TextTab::emojiChosen, this, [this](const QString& e) { addEmoji(e); });
    connect(stickerTab_, &StickerTab::stickerChosen, this,
            [this](const QString& path) { addSticker(path); });
    connect(effectsTab_, &EffectsTab::applyRequested, this,
            [this](const QString& id) { addEffectToSelection(id); });
    assetTabs_ = tabs;
    // Six tabs: with their names they would make the panel wider than the player can
    // spare, so they show icons and name themselves in a tooltip (and to screen readers).
    // All stay visible, no scroll arrows hiding the last one, and the panel is never
    // narrower than they are.
    for (int i = 0; i < tabs->count(); ++i) {
        tabs->setTabToolTip(i, tabs->tabText(i));
        tabs->widget(i)->setAccessibleName(tabs->tabText(i));
        tabs->setTabText(i, QString());
    }
    tabs->setIconSize(QSize(20, 20));
    tabs->setUsesScrollButtons(false);
    tabs->setMinimumWidth(std::max(220, tabs->tabBar()->sizeHint().width()));
    return tabs;
}

QWidget* MainWindow::buildPreviewPanel() {
    auto* panel = new QWidget(this);
    panel->setObjectName(QStringLiteral("panel"));
    auto* layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    aspect_ = new QComboBox(panel);
    aspect_->setToolTip(tr("Canvas aspect ratio"));
    for (const AspectChoice& c : aspectChoices()) {
        aspect_->addItem(QString::fromLatin1(c.label), QSize(c.width, c.height));
    }
    connect(aspect_, &QComboBox::activated, this, [this] {
        const QSize s = aspect_->currentData().toSize();
        const Project& p = doc_.project();
        if (s == QSize(p.width, p.height)) {
            return;
        }
        doc_.apply(tr("Change aspect ratio"), [&](Project& proj) {
            edit::setCanvas(proj, s.width(), s.height(), proj.frameRate);
        });
    });
    safeZone_ = new QComboBox(panel);
    safeZone_->setToolTip(tr("Show where the platform's buttons and captions cover the video"));
    safeZone_->addItem(icon(QStringLiteral("safe-zone")), tr("No safe zone"), QString());
    for (const Preset& p : builtinPresets()) {
        safeZone_->addItem(icon(QStringLiteral("safe-zone")),
                           QCoreApplication::translate("Preset", p.name.c_str()),
                           QString::fromStdString(p.id));
    }
    connect(safeZone_, &QComboBox::activated, this, [this] {
        const Preset* p = findPreset(safeZone_->currentData().toString().toStdString());
        preview_->setSafeZone(p != nullptr ? std::optional<Preset>(*p) : std::nullopt);
    });
    // No title row above the player: the aspect and safe-zone choices sit in the transport
    // row below it, so the picture gets the height.
    layout->addWidget(preview_, 1);

    auto* transport = new QHBoxLayout;
    transport->setContentsMargins(10, 2, 10, 4);
    timecode_ = new QLabel(panel);
    timecode_->setObjectName(QStringLiteral("timecode"));
    duration_ = new QLabel(panel);
    duration_->setObjectName(QStringLiteral("timecode"));
    duration_->setStyleSheet(QStringLiteral("color: #9a9aa8;"));
    transport->addWidget(timecode_);
    transport->addWidget(duration_);
    transport->addStretch(1);
    auto button = [panel](QAction* action, int size) {
        auto* b = new QToolButton(panel);
        b->setDefaultAction(action);
        b->setIconSize(QSize(size, size));
        b->setAutoRaise(true);
        return b;
    };
    transport->addWidget(button(actions_->toStart, 18));
    transport->addWidget(button(actions_->stepBack, 18));
    playButton_ = button(actions_->play, 26);
    transport->addWidget(playButton_);
    transport->addWidget(button(actions_->stepForward, 18));
    transport->addWidget(button(actions_->toEnd, 18));
    transport->addStretch(1);
    transport->addWidget(aspect_);
    transport->addWidget(safeZone_);
    transport->addWidget(button(actions_->fpsOverlay, 16));
    layout->addLayout(transport);
    return panel;
}

QWidget* MainWindow::buildTimelinePanel() {
    auto* panel = new QWidget(this);
    panel->setObjectName(QStringLiteral("panel"));
    auto* layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    auto* bar = new QToolBar(panel);
    bar->setIconSize(QSize(18, 18));
    bar->addAction(actions_->undo);
    bar->addAction(actions_->redo);
    bar->addSeparator();
    bar->addAction(actions_->split);
    bar->addAction(actions_->del);
    bar->addAction(actions_->rippleDel);
    bar->addSeparator();
    bar->addAction(actions_->snap);
    bar->addAction(actions_->magnet);
    auto* addTrack = new QToolButton(bar);
    addTrack->setIcon(icon(QStringLiteral("add-track")));
    addTrack->setToolTip(tr("Add a track"));
    addTrack->setPopupMode(QToolButton::InstantPopup);
    auto* menu = new QMenu(addTrack);
    menu->addAction(tr("Video track"), this, [this] { timeline_->addTrack(TrackKind::Video); });
    menu->addAction(tr("Overlay track"), this, [this] { timeline_->addTrack(TrackKind::Overlay); });
    menu->addAction(tr("Audio track"), this, [this] { timeline_->addTrack(TrackKind::Audio); });
    addTrack->setMenu(menu);
    bar->addWidget(addTrack);
    auto* spacer = new QWidget(bar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    bar->addWidget(spacer);
    bar->addAction(actions_->zoomOut);
    zoom_ = new QSlider(Qt::Horizontal, bar);
    zoom_->setRange(0, 130);
    zoom_->setFixedWidth(160);
    zoom_->setToolTip(tr("Timeline zoom (Ctrl+wheel)"));
    bar->addWidget(zoom_);
    bar->addAction(actions_->zoomIn);
    layout->addWidget(bar);
    layout->addWidget(timeline_, 1);

    // The slider is logarithmic: each step is the same relative zoom.
    auto toSlider = [](double pps) {
        return static_cast<int>(std::lround(std::log(pps / 2.0) / std::log(kZoomSliderBase)));
    };
    zoom_->setValue(toSlider(timeline_->pixelsPerSecond()));
    connect(zoom_, &QSlider::valueChanged, this,
            [this](int v) { timeline_->setPixelsPerSecond(2.0 * std::pow(kZoomSliderBase, v)); });
    connect(timeline_, &TimelineView::zoomChanged, this, [this, toSlider](double pps) {
        const QSignalBlocker block(zoom_);
        zoom_->setValue(toSlider(pps));
    });
    return panel;
}

// ---- document and playhead ---------------------------------------------------------

void MainWindow::onDocumentChanged() {
    snapshot_ = std::make_shared<const Project>(doc_.project());
    player_->setProject(snapshot_);
    showPreviewFrame();
    const Project& p = *snapshot_;
    bin_->showProject(p);
    audioTab_->showProject(p);
    {
        const QSignalBlocker block(actions_->magnet);
        actions_->magnet->setChecked(p.magneticMainTrack);
    }
    const int aspectIndex = aspect_->findData(QSize(p.width, p.height));
    {
        const QSignalBlocker block(aspect_);
        if (aspectIndex >= 0) {
            aspect_->setCurrentIndex(aspectIndex);
        } else {
            if (aspect_->findData(QSize(p.width, p.height)) < 0) {
                aspect_->addItem(QStringLiteral("%1x%2").arg(p.width).arg(p.height),
                                 QSize(p.width, p.height));
            }
            aspect_->setCurrentIndex(aspect_->findData(QSize(p.width, p.height)));
        }
    }
    duration_->setText(QStringLiteral(" / ") + frameTimecode(p.frameCount(), p.frameRate));
    onPositionChanged(player_->position());
    updateTitle();
    analyzeFacesIfNeeded();
}

void MainWindow::showPreviewFrame() {
    // Paused with clips selected, they show at rest (no in/out animation), as in CapCut:
    // a title just added at the playhead is visible where it will sit.
    std::shared_ptr<const Project> shown = snapshot_;
    const auto& selection = timeline_->selection();
    if (!player_->isPlaying() && !selection.empty() && shown) {
        shown = std::make_shared<const Project>(withClipsAtRest(*snapshot_, selection));
    }
    preview_->showFrame(std::move(shown), player_->position());
}

void MainWindow::onPositionChanged(std::int64_t frame) {
    if (player_->isPlaying() || timeline_->selection().empty()) {
        preview_->showFrame(snapshot_, frame);
    } else {
        showPreviewFrame();
    }
    const Time t = frameTime(frame, doc_.project().frameRate);
    canvas_->setTime(t);
    inspector_->setPlayheadTime(t);
    timeline_->setPlayhead(frame);
    timecode_->setText(frameTimecode(frame, doc_.project().frameRate));
}

void MainWindow::showMessage(const QString& text) {
    statusBar()->showMessage(text, 8000);
    qCInfo(lcGui, "reelcut: %s", qPrintable(text));
}

// ---- files -------------------------------------------------------------------------

QMessageBox::StandardButton MainWindow::ask(const QString& title, const QString& text,
                                            QMessageBox::StandardButtons buttons) {
    if (ask_) {
        return ask_(title, text, buttons);
    }
    if (buttons == QMessageBox::Ok) {
        return QMessageBox::warning(this, title, text, buttons);
    }
    return QMessageBox::question(this, title, text, buttons);
}

void MainWindow::newProjectWithDialog() {
    if (!maybeSave()) {
        return;
    }
    NewProjectDialog dialog(this);
    if (dialog.exec() == QDialog::Accepted) {
        const QSize s = dialog.canvasSize();
        newProject(s.width(), s.height(), dialog.frameRate());
    }
}

void MainWindow::newProject(int width, int height, const FrameRate& rate) {
    player_->pause();
    autosave_->discard();
    Project p = makeDefaultProject(width, height, rate);
    p.magneticMainTrack = true; // CapCut's default: a main track without gaps
    doc_.reset(std::move(p));
    afterLoad();
}

void MainWindow::openWithDialog() {
    const QString f = QFileDialog::getOpenFileName(this, tr("Open project"), QString(),
                                                   tr("ReelCut projects (*.reelcut)"));
    if (!f.isEmpty()) {
        openProject(f);
    }
}

bool MainWindow::openProject(const QString& file) {
    if (!maybeSave()) {
        return false;
    }
    player_->pause();
    const QString absolute = QFileInfo(file).absoluteFilePath();
    const auto recovery = Autosave::pendingRecovery(toPath(absolute));
    try {
        autosave_->discard();
        doc_.open(toPath(absolute));
    } catch (const std::exception& e) {
        QMessageBox::critical(this, tr("Cannot open project"), errorText(e));
        return false;
    }
    if (recovery) {
        const QDateTime when = QFileInfo(toQString(*recovery)).lastModified();
        const auto answer = ask(
            tr("Recover unsaved changes?"),
            tr("ReelCut did not close properly while editing %1. Changes autosaved at %2 can be "
               "recovered.\n\nRecover them? (You can undo the recovery.)")
                .arg(QFileInfo(absolute).fileName(),
                     QLocale().toString(when, QLocale::ShortFormat)),
            QMessageBox::Yes | QMessageBox::No);
        if (answer == QMessageBox::Yes) {
            recoverFrom(*recovery);
        } else {
            boost::system::error_code ec;
            boost::filesystem::remove(*recovery, ec);
        }
    }
    addRecent(absolute);
    afterLoad();
    return true;
}

bool MainWindow::recoverFrom(const boost::filesystem::path& recoveryFile) {
    try {
        const Project recovered = loadProject(recoveryFile);
        // One undo step on top of the saved file, so "undo" gets the saved state back.
        doc_.apply(tr("Recover autosaved changes"), [&](Project& p) { p = recovered; });
        boost::system::error_code ec;
        boost::filesystem::remove(recoveryFile, ec);
        autosave_->saveNow();
        showMessage(tr("Recovered the autosaved changes."));
        return true;
    } catch (const std::exception& e) {
        // A damaged recovery file must never stop the project from opening.
        Autosave::setAside(recoveryFile);
        ask(tr("Cannot recover"),
            tr("The recovery file is damaged and was set aside (%1).\n\n%2")
                .arg(toQString(recoveryFile) + QStringLiteral(".broken"), errorText(e)),
            QMessageBox::Ok);
        return false;
    }
}

bool MainWindow::offerUntitledRecovery() {
    const auto recovery = Autosave::pendingRecovery({});
    if (!recovery) {
        return false;
    }
    const auto answer = ask(tr("Recover unsaved project?"),
                            tr("ReelCut did not close properly while editing an unsaved "
                               "project. Recover it?"),
                            QMessageBox::Yes | QMessageBox::No);
    if (answer != QMessageBox::Yes) {
        boost::system::error_code ec;
        boost::filesystem::remove(*recovery, ec);
        return false;
    }
    const bool ok = recoverFrom(*recovery);
    afterLoad();
    return ok;
}

void MainWindow::afterLoad() {
    bin_->clear();
    bin_->showProject(doc_.project());
    audioTab_->showProject(doc_.project());
    timeline_->setSelection({});
    player_->seek(0);
    onDocumentChanged();
    offerRelink();
}

void MainWindow::offerRelink() {
    QStringList missing;
    std::set<std::string> seen;
    auto check = [&](const std::string& media) {
        if (!media.empty() && seen.insert(media).second && !mediaExists(media)) {
            missing << QString::fromStdString(media);
        }
    };
    for (const Track& t : doc_.project().tracks) {
        for (const Clip& c : t.clips) {
            check(c.media);
        }
    }
    for (const std::string& m : doc_.project().bin) {
        check(m);
    }
    if (missing.isEmpty()) {
        return;
    }
    showMessage(tr("%n media file(s) missing", nullptr, static_cast<int>(missing.size())));
    const auto answer = ask(tr("Media missing"),
                            tr("These files used by the project cannot be found:\n\n%1\n\n"
                               "Find them now? (They stay in the project, shown as offline, "
                               "until you do.)")
                                .arg(missing.join(QLatin1Char('\n'))),
                            QMessageBox::Yes | QMessageBox::No);
    if (answer == QMessageBox::Yes) {
        for (const QString& m : missing) {
            relinkMedia(m);
        }
    }
}

void MainWindow::relinkMedia(const QString& oldPath) {
    const QString replacement = QFileDialog::getOpenFileName(
        this, tr("Find %1").arg(QFileInfo(oldPath).fileName()), QFileInfo(oldPath).absolutePath());
    if (replacement.isEmpty()) {
        return;
    }
    const std::string from = oldPath.toStdString();
    const std::string to = mediaReferenceFor(replacement.toStdString());
    const bool ok = doc_.apply(tr("Relink media"), [&](Project& p) {
        for (Track& t : p.tracks) {
            for (Clip& c : t.clips) {
                if (c.media == from) {
                    c.media = to;
                }
            }
        }
        for (std::string& m : p.bin) {
            if (m == from) {
                m = to;
            }
        }
        // One entry per file, even if the file was in the bin already.
        std::set<std::string> listed;
        std::erase_if(p.bin, [&](const std::string& m) { return !listed.insert(m).second; });
    });
    if (ok) {
        cache_->request(QString::fromStdString(to), true);
    }
}

bool MainWindow::save() {
    if (doc_.file().empty()) {
        return saveAsWithDialog();
    }
    try {
        doc_.save();
        addRecent(toQString(doc_.file()));
        showMessage(tr("Saved %1").arg(toQString(doc_.file())));
        return true;
    } catch (const std::exception& e) {
        QMessageBox::critical(this, tr("Cannot save"), errorText(e));
        return false;
    }
}

bool MainWindow::saveAsWithDialog() {
    QString f = QFileDialog::getSaveFileName(this, tr("Save project"), toQString(doc_.file()),
                                             tr("ReelCut projects (*.reelcut)"));
    if (f.isEmpty()) {
        return false;
    }
    if (!f.endsWith(QStringLiteral(".reelcut"))) {
        f += QStringLiteral(".reelcut");
    }
    return saveProjectAs(f);
}

bool MainWindow::saveProjectAs(const QString& file) {
    try {
        autosave_->discard();
        doc_.save(toPath(QFileInfo(file).absoluteFilePath()));
        addRecent(toQString(doc_.file()));
        showMessage(tr("Saved %1").arg(toQString(doc_.file())));
        return true;
    } catch (const std::exception& e) {
        QMessageBox::critical(this, tr("Cannot save"), errorText(e));
        return false;
    }
}

bool MainWindow::maybeSave() {
    if (!doc_.isModified()) {
        return true;
    }
    const auto answer =
        ask(tr("Unsaved changes"),
            tr("Save the changes to %1 before closing it?")
                .arg(doc_.file().empty() ? tr("this project") : fileName(doc_.file().string())),
            QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel);
    if (answer == QMessageBox::Save) {
        return save();
    }
    if (answer == QMessageBox::Discard) {
        autosave_->discard();
        return true;
    }
    return false;
}

int MainWindow::importFiles(const QStringList& files) {
    // The bin is part of the project: imported media stay listed after save and reopen,
    // used on the timeline or not.
    std::vector<std::string> added;
    for (const QString& f : files) {
        const std::string media = mediaReferenceFor(f.toStdString());
        const auto& bin = doc_.project().bin;
        if (!media.empty() && std::find(bin.begin(), bin.end(), media) == bin.end() &&
            std::find(added.begin(), added.end(), media) == added.end()) {
            added.push_back(media);
        }
    }
    if (added.empty()) {
        return 0;
    }
    const bool ok =
        doc_.apply(tr("Import %n file(s)", nullptr, static_cast<int>(added.size())),
                   [&](Project& p) { p.bin.insert(p.bin.end(), added.begin(), added.end()); });
    return ok ? static_cast<int>(added.size()) : 0;
}

bool MainWindow::collectProjectFiles() {
    if (doc_.file().empty()) {
        showMessage(tr("Save the project first: its media are collected into a folder beside it."));
        if (!saveAsWithDialog()) {
            return false;
        }
    }
    const boost::filesystem::path folder = collectFolderFor(doc_.file());
    try {
        CollectReport report;
        const Project collected = collectMedia(doc_.project(), folder, &report);
        doc_.apply(tr("Collect project files"), [&](Project& p) { p = collected; });
        doc_.save();
        showMessage(tr("Copied %n file(s) into %1 and saved the project.", nullptr, report.copied)
                        .arg(toQString(folder)));
        return true;
    } catch (const std::exception& e) {
        ask(tr("Cannot collect the project files"), messageOf(e).translated(), QMessageBox::Ok);
        return false;
    }
}

ExportDialog* MainWindow::openExportDialog() {
    player_->pause();
    auto* dialog = new ExportDialog(doc_.project(), toQString(doc_.file()), this);
    dialog->setAnalysisDir(analysisDir());
    dialog->selectPreset(AppSettings::load().defaultPreset);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    return dialog;
}

PreferencesDialog* MainWindow::openPreferences() {
    auto* dialog = new PreferencesDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &PreferencesDialog::settingsChanged, this, [this](const AppSettings& s) {
        autosave_->setInterval(s.autosaveSeconds * 1000);
        rebuildRecentMenu();
    });
    dialog->show();
    return dialog;
}

int MainWindow::autosaveInterval() const {
    return autosave_->interval();
}

void MainWindow::showShortcuts() {
    ShortcutsDialog dialog(actions(), this);
    dialog.exec();
}

void MainWindow::updateTitle() {
    const QString name = doc_.file().empty() ? tr("Untitled") : fileName(doc_.file().string());
    setWindowTitle(
        tr("%1%2 - ReelCut").arg(name, doc_.isModified() ? QStringLiteral("*") : QString()));
}

void MainWindow::addRecent(const QString& file) {
    AppSettings::addRecentFile(file);
    rebuildRecentMenu();
}

void MainWindow::rebuildRecentMenu() {
    if (recentMenu_ == nullptr) {
        return;
    }
    recentMenu_->clear();
    const QStringList recent = AppSettings::recentFiles();
    for (const QString& f : recent) {
        recentMenu_->addAction(QFileInfo(f).fileName(), this, [this, f] { openProject(f); })
            ->setToolTip(f);
    }
    recentMenu_->setEnabled(!recent.isEmpty());
}

// "layout2": the layout with the large player; sizes saved for the old one do not apply.
void MainWindow::restoreLayout() {
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("layout2/geometry")).toByteArray());
    applyDefaultLayout();
    mainSplit_->restoreState(settings.value(QStringLiteral("layout2/main")).toByteArray());
    topSplit_->restoreState(settings.value(QStringLiteral("layout2/top")).toByteArray());
    layoutRestored_ = true;
}

void MainWindow::saveLayout() {
    QSettings settings;
    settings.setValue(QStringLiteral("layout2/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("layout2/main"), mainSplit_->saveState());
    settings.setValue(QStringLiteral("layout2/top"), topSplit_->saveState());
}

void MainWindow::closeEvent(QCloseEvent* event) {
    if (!maybeSave()) {
        event->ignore();
        return;
    }
    player_->pause();
    autosave_->discard();
    saveLayout();
    event->accept();
}

} // namespace reelcut::gui
