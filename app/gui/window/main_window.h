#pragma once

#include "commands/project_document.h"
#include "export/preset.h"
#include "record/recorder.h"

#include <QMainWindow>
#include <QMessageBox>
#include <QPointer>
#include <functional>
#include <memory>

class QComboBox;
class QLabel;
class QListWidget;
class QTabWidget;
class QMenu;
class QProgressBar;
class QTemporaryDir;
class QSlider;
class QSplitter;
class QToolButton;

namespace reelcut::gui {

class Autosave;
class CanvasEditor;
class EffectsTab;
class BatchDialog;
class BrandKitDialog;
class ExportDialog;
class FiltersTab;
class AudioTab;
class PreferencesDialog;
class RecordWindow;
class VoiceOverDialog;
class TransitionsTab;
class FaceAnalysisRunner;
class StickerTab;
class TextTab;
class Inspector;
class MediaBin;
class MediaCache;
class Player;
class PreviewWidget;
class TimelineView;

// The editor window: assets on the left, preview in the centre, inspector on the right,
// timeline across the bottom. It wires the panels together and owns the document; it
// composes no frames and writes no media itself.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    // How the window asks the user a question; tests replace it to answer without a
    // modal box. Returns the button chosen.
    using AskFn = std::function<QMessageBox::StandardButton(
        const QString& title, const QString& text, QMessageBox::StandardButtons buttons)>;

    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    bool openProject(const QString& file);
    void newProject(int width, int height, const FrameRate& rate);
    bool saveProjectAs(const QString& file);
    // Offers to recover an untitled project left by a crash. Returns true if recovered.
    bool offerUntitledRecovery();
    int importFiles(const QStringList& files);
    ExportDialog* openExportDialog();
    // Edit > Preferences (non-modal, deleted on close).
    PreferencesDialog* openPreferences();
    // Milliseconds between autosaves; 0 when autosave is off.
    int autosaveInterval() const;
    // File > Batch export: the saved project as a template with a data file. Asks to save
    // first; nullptr when the project is not saved.
    BatchDialog* openBatchDialog();
    // Edit > Make this a field: the clip's text (or file) becomes a template field with
    // its current value as the default. False (and the reason shown) on failure.
    bool makeField(ObjectId clip, const QString& name);
    // File > Brand kit: edits the kit the template refers to. With no kit yet, `file` (or
    // a file asked for) becomes the template's kit. nullptr when cancelled.
    BrandKitDialog* openBrandKitDialog(const QString& file = {});
    // The brand kit's logo as a face sticker on a cheek or the forehead (a FacePlace) of
    // every face in a clip (0: the selection). False (and the reason shown) when there is
    // no clip, no kit or no logo.
    bool putBrandLogoOnFace(int place, ObjectId clip = 0);
    void setAskHandler(AskFn ask) { ask_ = std::move(ask); }
    // File > Record (Ctrl+R): the Record window, one per editor, brought to the front.
    // Takes go beside the saved project (NAME-takes/), else into the user's data folder.
    RecordWindow* openRecordWindow();
    QString takeFolder() const;
    // A take chosen in the Record window: on the timeline at the playhead (with its song in
    // lip-sync mode), then analysed for faces. Returns the clip's id, 0 on failure.
    ObjectId useRecordedTake(const RecordedTake& take);
    // Every take into the media bin (one undo step); analysed for faces in the background.
    int importRecordedTakes(const std::vector<RecordedTake>& takes);
    // File > Record voice-over (Ctrl+Shift+R): the microphone onto an audio track at the
    // playhead, the timeline playing while you speak. One dialog, brought to the front.
    VoiceOverDialog* openVoiceOverDialog();
    // A finished voice-over on the timeline where its recording started (one undo step).
    // Returns the clip's id, 0 on failure (the reason shown).
    ObjectId useVoiceOver(const QString& file);
    // Restores splitter sizes and geometry from QSettings (skipped by the screenshot mode);
    // from then on every splitter move is saved at once.
    void restoreLayout();
    // File > Collect project files: copies the project's media into NAME-media beside it,
    // points the project there and saves. False if it could not (the user was told why).
    bool collectProjectFiles();
    QSplitter* topSplitter() const { return topSplit_; }
    QSplitter* mainSplitter() const { return mainSplit_; }

    ProjectDocument& document() { return doc_; }
    MediaBin* mediaBin() const { return bin_; }
    MediaCache* mediaCache() const { return cache_; }
    TimelineView* timeline() const { return timeline_; }
    PreviewWidget* preview() const { return preview_; }
    Inspector* inspector() const { return inspector_; }
    Player* player() const { return player_; }
    Autosave* autosave() const { return autosave_; }
    TextTab* textTab() const { return textTab_; }
    StickerTab* stickerTab() const { return stickerTab_; }
    EffectsTab* effectsTab() const { return effectsTab_; }
    TransitionsTab* transitionsTab() const { return transitionsTab_; }
    FiltersTab* filtersTab() const { return filtersTab_; }
    AudioTab* audioTab() const { return audioTab_; }
    CanvasEditor* canvasEditor() const { return canvas_; }
    FaceAnalysisRunner* faceAnalysis() const { return analysis_; }
    QProgressBar* analysisProgress() const { return analysisBar_; }
    QTabWidget* assetTabs() const { return assetTabs_; }

    // Where face analysis caches go: beside the project file, or a temporary folder for
    // an unsaved project.
    QString analysisDir();
    // The safe zone new text and stickers are placed in: the preview's, else TikTok's.
    SafeZone placementZone() const;
    // Adding from the assets panel, at the playhead; the new clip is selected. 0 on failure.
    ObjectId addTextPreset(const QString& presetId);
    ObjectId addEmoji(const QString& emoji);
    ObjectId addSticker(const QString& path);
    // Adds an effect to a clip (0: the selection). Returns false if there is no clip.
    bool applyEffect(const QString& effectId, ObjectId clip = 0);
    // Puts a transition on the cut into clip `incoming` (0: the cut the selected clip
    // touches, see edit::transitionTargetFor). Returns false if there is no such cut.
    bool applyTransition(const QString& transitionId, ObjectId incoming = 0);
    // Puts a built-in look, or a .cube file, on a clip (0: the selection).
    bool applyLook(const QString& lookId, ObjectId clip = 0);
    bool importLut(const QString& cubeFile, ObjectId clip = 0);
    // The eyedropper of a colour parameter (a key colour): the next click on the preview
    // sets parameter `param` of effect `index` of the selected clip to the colour there,
    // as the picture is without that effect. One undo step.
    void pickEffectColor(int index, const QString& param);
    // Edit > Cut to the beat: the selected picture clips laid again so that every cut lands
    // on a beat (every `everyBeats` beats, or bars) of the song on the timeline (the
    // selected one, else the first on an audio track). False (and why shown) if it cannot.
    // `song`: a song from the Audio tab; put on an audio track first (same undo step) when
    // the timeline has no clip of it.
    bool cutToBeat(int everyBeats, bool onBars, const QString& song = {});
    // File > Import captions without the dialogs. Returns the number of captions added;
    // on failure the error is shown and nothing changes.
    int importCaptionsFile(const QString& srtFile, const QString& presetId);

public Q_SLOTS:
    void newProjectWithDialog();
    void openWithDialog();
    bool save();
    bool saveAsWithDialog();
    void showShortcuts();
    void relinkMedia(const QString& oldPath);
    void importCaptionsWithDialog();
    // Starts the face analysis if a face effect's media has no cache yet.
    void analyzeFacesIfNeeded();
    void makeFieldWithDialog();

protected:
    void closeEvent(QCloseEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void buildActions();
    void buildMenus();
    QWidget* buildAssets();
    QWidget* buildPreviewPanel();
    QWidget* buildTimelinePanel();
    void onDocumentChanged();
    void onPositionChanged(std::int64_t frame);
    void afterLoad();
    void offerRelink();
    bool maybeSave();
    void updateTitle();
    void addRecent(const QString& file);
    void rebuildRecentMenu();
    void saveLayout();
    void applyDefaultLayout();
    void showPreviewFrame();
    void showMessage(const QString& text);
    void addEffectToSelection(const QString& effectId);
    void analyzeTakes(const std::vector<std::string>& files);
    void selectNewClip(ObjectId clip);
    ObjectId addOverlay(const Clip& clip, TrackKind kind, const QString& trackName,
                        const QString& undoText);
    void onAssetDropped(const QString& mimeType, const QString& payload, ObjectId clip,
                        const Time& at);
    void toggleLandmarks(bool on);
    // Shows the selected clip's frame in the Filters tab's thumbnails.
    void updateFilterThumbnails();
    QWidget* buildAnalysisStatus();
    QMessageBox::StandardButton ask(const QString& title, const QString& text,
                                    QMessageBox::StandardButtons buttons);
    bool recoverFrom(const boost::filesystem::path& recoveryFile);

    ProjectDocument doc_;
    std::shared_ptr<const Project> snapshot_;
    AskFn ask_;
    MediaCache* cache_ = nullptr;
    MediaBin* bin_ = nullptr;
    TimelineView* timeline_ = nullptr;
    PreviewWidget* preview_ = nullptr;
    Inspector* inspector_ = nullptr;
    Player* player_ = nullptr;
    Autosave* autosave_ = nullptr;
    QSplitter* mainSplit_ = nullptr;
    QSplitter* topSplit_ = nullptr;
    QLabel* timecode_ = nullptr;
    QLabel* duration_ = nullptr;
    QToolButton* playButton_ = nullptr;
    QSlider* zoom_ = nullptr;
    QComboBox* aspect_ = nullptr;
    QComboBox* safeZone_ = nullptr;
    QMenu* recentMenu_ = nullptr;
    QTabWidget* assetTabs_ = nullptr;
    TextTab* textTab_ = nullptr;
    StickerTab* stickerTab_ = nullptr;
    EffectsTab* effectsTab_ = nullptr;
    TransitionsTab* transitionsTab_ = nullptr;
    FiltersTab* filtersTab_ = nullptr;
    AudioTab* audioTab_ = nullptr;
    CanvasEditor* canvas_ = nullptr;
    FaceAnalysisRunner* analysis_ = nullptr;
    // Guarded: the window deletes itself on close, and is deleted with this window's
    // children after ~MainWindow has run (a destroyed() handler here would then touch a
    // half-destroyed MainWindow).
    QPointer<RecordWindow> recordWindow_;
    QPointer<VoiceOverDialog> voiceOver_; // guarded as recordWindow_
    std::int64_t voiceOverStart_ = 0;     // the playhead frame the voice-over began at
    QProgressBar* analysisBar_ = nullptr;
    QToolButton* analysisCancel_ = nullptr;
    std::unique_ptr<QTemporaryDir> unsavedAnalysisDir_;
    QString lastAnalysisDir_;
    // Takes recorded or imported while an analysis ran: analysed when it ends.
    std::vector<std::string> takesToAnalyse_;
    struct Actions;
    std::unique_ptr<Actions> actions_;
    bool layoutRestored_ = false;
};

} // namespace reelcut::gui
