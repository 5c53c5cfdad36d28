#pragma once

// The Audio tab: the project's songs and sounds (media without pictures) with their
// waveform, length and tempo, to drag onto the timeline or add at the playhead; "Cut to the
// beat" with the chosen song, and the voice-over recorder. The analysis behind it (waveform,
// beats) is the media cache's, which the timeline's beat markers use too.

#include "model/project.h"

#include <QTimer>
#include <QWidget>
#include <memory>

class QListWidgetItem;
class QPushButton;

namespace reelcut::gui {

class AssetList;
class MediaCache;
class PlaybackClock;

class AudioTab : public QWidget {
    Q_OBJECT
public:
    explicit AudioTab(MediaCache& cache, QWidget* parent = nullptr);

    // The songs and sounds among the project's media (its bin and its clips).
    void showProject(const Project& project);
    AssetList* list() const { return list_; }
    QString currentSong() const;
    // "124 BPM", "no steady beat", or empty while the analysis runs.
    QString tempoText(const QString& path) const;
    QPushButton* cutButton() const { return cut_; }
    QPushButton* voiceOverButton() const { return voiceOver_; }
    // The song heard while the pointer rests on it (from its first beat, for a few
    // seconds), empty when none is.
    QString previewing() const { return previewing_; }
    double previewPosition() const; // seconds into the song
    void previewSong(const QString& path);
    void stopPreview();

Q_SIGNALS:
    void addToTimelineRequested(const QString& path);
    void importRequested();
    // The selected clips cut every `everyBeats` beats (or on bars) of `song`.
    void cutToBeatRequested(const QString& song, int everyBeats, bool onBars);
    void voiceOverRequested();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void hideEvent(QHideEvent* event) override;

private:
    void refreshItem(const QString& path);
    QListWidgetItem* itemFor(const QString& path) const;
    void updateButtons();

    MediaCache& cache_;
    QStringList candidates_; // project media not probed yet: may turn out to be audio
    AssetList* list_ = nullptr;
    QPushButton* add_ = nullptr;
    QPushButton* cut_ = nullptr;
    QPushButton* voiceOver_ = nullptr;
    PlaybackClock* preview_ = nullptr; // made on the first hover: it owns a sound thread
    QString previewing_;
    QString hovered_;
    QTimer hoverDelay_;
    QTimer previewEnd_;
};

} // namespace reelcut::gui
