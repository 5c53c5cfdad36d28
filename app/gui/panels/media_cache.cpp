#include "panels/media_cache.h"

#include "analysis/beat_cache.h"
#include "media/thumbnailer.h"
#include "window/gui_util.h"

#include <QPointer>
#include <algorithm>

namespace reelcut::gui {

namespace {
constexpr int kMaxStripPictures = 150;
const QSize kThumbBox(192, 192);
const QSize kStripBox(160, 56);
} // namespace

MediaCache::MediaCache(QObject* parent) : QObject(parent) {
    // One worker: thumbnails are not urgent, and the preview needs the other core.
    pool_.setMaxThreadCount(1);
}

MediaCache::~MediaCache() {
    pool_.clear();
    pool_.waitForDone();
}

const MediaEntry* MediaCache::entry(const QString& path) const {
    const auto it = entries_.find(path);
    return it == entries_.end() ? nullptr : it->second.get();
}

void MediaCache::request(const QString& path, bool again) {
    if (path.isEmpty() || (!again && entries_.count(path) != 0)) {
        return;
    }
    // A placeholder so repeated requests while the job runs do not queue it again.
    entries_[path] = std::make_shared<MediaEntry>();
    ++pending_;
    QPointer<MediaCache> self(this);
    pool_.start([self, path] {
        auto entry = std::make_shared<MediaEntry>();
        try {
            Thumbnailer thumbs(toPath(path));
            entry->info = probeMedia(toPath(path));
            entry->probed = true;
            const double duration = entry->info.duration.toDouble();
            entry->thumbnail = thumbs.at(Time::fromDouble(std::min(1.0, duration / 3)), kThumbBox);
            if (self) {
                QMetaObject::invokeMethod(
                    self,
                    [self, path, first = std::make_shared<MediaEntry>(*entry)] {
                        if (self) {
                            self->deliver(path, first, false);
                        }
                    },
                    Qt::QueuedConnection);
            }
            entry->stripStep = std::max(1.0, duration / kMaxStripPictures);
            entry->strip = thumbs.strip(Time::fromDouble(entry->stripStep, 1000), kStripBox);
            if (entry->info.hasAudio) {
                entry->waveform = computeWaveform(toPath(path), 100);
            }
            if (entry->info.hasAudio && !entry->info.hasVideo) {
                // A song: its beats (from the user's analysis cache after the first time)
                // mark the timeline and drive cut-to-beat.
                try {
                    entry->beats = cachedBeatAnalysis(toPath(path),
                                                      AnalysisStore(AnalysisStore::defaultDir()));
                } catch (const std::exception&) {
                    // Waveform and sound still work; the clip just shows no beats.
                }
            }
        } catch (const std::exception& e) {
            entry->missing = !entry->probed;
            entry->error = errorText(e);
        }
        entry->stripDone = true;
        QMetaObject::invokeMethod(
            self,
            [self, path, entry] {
                if (self) {
                    self->deliver(path, entry, true);
                }
            },
            Qt::QueuedConnection);
    });
}

void MediaCache::deliver(const QString& path, std::shared_ptr<MediaEntry> entry, bool final) {
    entries_[path] = std::move(entry);
    if (final) {
        --pending_;
    }
    Q_EMIT updated(path);
}

} // namespace reelcut::gui
