#pragma once

#include "audio/beat_analysis.h"
#include "media/media_info.h"
#include "media/waveform.h"
#include "time/rational.h"

#include <QImage>
#include <QObject>
#include <QString>
#include <QThreadPool>
#include <map>
#include <memory>
#include <vector>

namespace reelcut::gui {

// What the GUI shows about one media file, filled in on a background thread.
struct MediaEntry {
    bool probed = false;    // info is valid
    bool missing = false;   // the file is gone or unreadable; error says why
    bool stripDone = false; // strip and waveform are final
    QString error;
    MediaInfo info;
    QImage thumbnail;          // for the bin
    std::vector<QImage> strip; // filmstrip: one picture per stripStep of source time
    double stripStep = 1;      // seconds
    Waveform waveform;
    BeatAnalysis beats; // songs and sounds (files without video): beats for the timeline
};

// Probes files and makes thumbnails, filmstrips and waveforms off the GUI thread (the UI
// never blocks on a decoder). Results are delivered on the GUI thread via updated().
class MediaCache : public QObject {
    Q_OBJECT
public:
    explicit MediaCache(QObject* parent = nullptr);
    ~MediaCache() override;

    // Starts work for `path` unless it is known; forget=true re-reads it (after a relink).
    void request(const QString& path, bool again = false);
    // nullptr until the first result is in.
    const MediaEntry* entry(const QString& path) const;
    // True while any work is queued or running (tests and the screenshot wait on it).
    bool busy() const { return pending_ > 0; }

Q_SIGNALS:
    void updated(const QString& path);

private:
    void deliver(const QString& path, std::shared_ptr<MediaEntry> entry, bool final);

    QThreadPool pool_;
    std::map<QString, std::shared_ptr<const MediaEntry>> entries_;
    int pending_ = 0;
};

} // namespace reelcut::gui
