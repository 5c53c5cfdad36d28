#pragma once

// The Audio tab: the project's songs and sounds (media without pictures) with their
// waveform, length and tempo, to drag onto the timeline or add at the playhead; "Cut to the
// beat" with the chosen song, and the voice-over recorder. The analysis behind it (waveform,
// beats) is the media cache's, which the timeline's beat markers use too.

#include "model/project.h"

#include <QWidget>

class QListWidgetItem;
class QPushButton;

namespace reelcut::gui {

class AssetList;
class MediaCache;

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

Q_SIGNALS:
    void addToTimelineRequested(const QString& path);
    void importRequested();
    // The selected clips cut every `everyBeats` beats (or on bars) of `song`.
    void cutToBeatRequested(const QString& song, int everyBeats, bool onBars);
    void voiceOverRequested();

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
};

} // namespace reelcut::gui
