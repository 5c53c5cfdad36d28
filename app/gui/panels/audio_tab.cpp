#include "panels/audio_tab.h"

#include "panels/asset_list.h"
#include "panels/media_bin.h"
#include "panels/media_cache.h"
#include "preview/playback_clock.h"
#include "window/gui_util.h"
#include "window/theme.h"

#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QMenu>
#include <QPainter>
#include <QPushButton>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>

namespace reelcut::gui {

namespace {

const QSize kThumb(96, 40);
constexpr int kHoverMs = 350;       // resting this long on a song plays it
constexpr int kPreviewSeconds = 10; // how long a preview plays

// The song's loudness over its length: one bar per pixel column, as the timeline draws it.
QIcon waveformIcon(const MediaEntry* e) {
    QPixmap pix(kThumb);
    pix.fill(colors::panelDark);
    if (e == nullptr || e->waveform.empty() || e->info.duration <= Time(0)) {
        return QIcon(pix);
    }
    QPainter p(&pix);
    const double seconds = e->info.duration.toDouble();
    const double mid = kThumb.height() / 2.0;
    p.setPen(colors::audioClip.lighter(170));
    for (int x = 0; x < kThumb.width(); ++x) {
        const double from = seconds * x / kThumb.width();
        const double to = seconds * (x + 1) / kThumb.width();
        // Square root, as the timeline draws it: quiet passages stay visible.
        const double h = std::max(
            0.5, std::sqrt(std::clamp(double(e->waveform.peak(from, to)), 0.0, 1.0)) * (mid - 2));
        p.drawLine(QPointF(x + 0.5, mid - h), QPointF(x + 0.5, mid + h));
    }
    return QIcon(pix);
}

bool isSound(const MediaEntry* e) {
    return e != nullptr && e->probed && !e->missing && !e->info.hasVideo && e->info.hasAudio;
}

} // namespace

AudioTab::AudioTab(MediaCache& cache, QWidget* parent) : QWidget(parent), cache_(cache) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    list_ = new AssetList(kMediaMimeType, QStringLiteral("audio"), kThumb, this);
    list_->setViewMode(QListView::ListMode);
    list_->setToolTip(tr("Drag a song onto the timeline, or double-click to add it at the "
                         "playhead"));
    layout->addWidget(list_, 1);

    auto* row = new QHBoxLayout;
    add_ = new QPushButton(icon(QStringLiteral("import")), tr("Add"), this);
    add_->setToolTip(tr("Put the song on an audio track at the playhead"));
    auto* import = new QPushButton(tr("Import music..."), this);
    row->addWidget(add_);
    row->addWidget(import);
    layout->addLayout(row);

    cut_ = new QPushButton(tr("Cut to the beat"), this);
    cut_->setToolTip(tr("Lay the selected clips again so every cut lands on a beat of this "
                        "song (added to the timeline if it is not there)"));
    auto* every = new QMenu(cut_);
    for (int beats : {1, 2, 4}) {
        every->addAction(tr("Every %n beat(s)", nullptr, beats), this,
                         [this, beats] { Q_EMIT cutToBeatRequested(currentSong(), beats, false); });
    }
    every->addAction(tr("Every bar"), this,
                     [this] { Q_EMIT cutToBeatRequested(currentSong(), 1, true); });
    cut_->setMenu(every);
    voiceOver_ = new QPushButton(icon(QStringLiteral("record")), tr("Record voice-over..."), this);
    voiceOver_->setToolTip(tr("Speak over the timeline while it plays; the recording goes on "
                              "an audio track at the playhead"));
    layout->addWidget(cut_);
    layout->addWidget(voiceOver_);

    list_->connectApply(add_, [this](const QString& path) { Q_EMIT addToTimelineRequested(path); });
    connect(import, &QPushButton::clicked, this, &AudioTab::importRequested);
    connect(voiceOver_, &QPushButton::clicked, this, &AudioTab::voiceOverRequested);
    connect(list_, &QListWidget::currentItemChanged, this, [this] { updateButtons(); });
    connect(&cache_, &MediaCache::updated, this, &AudioTab::refreshItem);

    // Preview on hover, as CapCut's music library does: rest on a song to hear it.
    list_->setMouseTracking(true);
    list_->viewport()->installEventFilter(this);
    hoverDelay_.setSingleShot(true);
    hoverDelay_.setInterval(kHoverMs);
    previewEnd_.setSingleShot(true);
    previewEnd_.setInterval(kPreviewSeconds * 1000);
    connect(list_, &QListWidget::itemEntered, this, [this](QListWidgetItem* item) {
        hovered_ = item->data(AssetList::kPayloadRole).toString();
        if (hovered_ != previewing_) {
            stopPreview();
            hoverDelay_.start();
        }
    });
    connect(&hoverDelay_, &QTimer::timeout, this, [this] { previewSong(hovered_); });
    connect(&previewEnd_, &QTimer::timeout, this, &AudioTab::stopPreview);
    updateButtons();
}

void AudioTab::previewSong(const QString& path) {
    stopPreview();
    const MediaEntry* e = cache_.entry(path);
    if (!isSound(e)) {
        return;
    }
    // The song alone on a track; from its first beat, past any silent lead-in.
    auto song = std::make_shared<Project>();
    Track track;
    track.id = song->newId();
    track.kind = TrackKind::Audio;
    Clip clip;
    clip.id = song->newId();
    clip.media = path.toStdString();
    clip.out = e->info.duration;
    track.clips.push_back(clip);
    song->tracks.push_back(track);
    if (preview_ == nullptr) {
        preview_ = new PlaybackClock(this);
    }
    preview_->setProject(song);
    preview_->start(e->beats.beats.empty() ? 0.0 : e->beats.beats.front(), 1.0);
    previewing_ = path;
    previewEnd_.start();
}

void AudioTab::stopPreview() {
    hoverDelay_.stop();
    previewEnd_.stop();
    if (preview_ != nullptr && preview_->running()) {
        preview_->stop();
    }
    previewing_.clear();
}

double AudioTab::previewPosition() const {
    return preview_ != nullptr && preview_->running() ? preview_->position() : 0.0;
}

bool AudioTab::eventFilter(QObject* watched, QEvent* event) {
    if (watched == list_->viewport() && event->type() == QEvent::Leave) {
        hovered_.clear();
        stopPreview();
    }
    return QWidget::eventFilter(watched, event);
}

void AudioTab::hideEvent(QHideEvent* event) {
    stopPreview();
    QWidget::hideEvent(event);
}

void AudioTab::showProject(const Project& project) {
    QStringList wanted;
    for (const std::string& m : project.allMedia()) {
        wanted << QString::fromStdString(m);
    }
    candidates_ = wanted;
    for (int i = list_->count() - 1; i >= 0; --i) {
        if (!wanted.contains(list_->item(i)->data(AssetList::kPayloadRole).toString())) {
            delete list_->takeItem(i);
        }
    }
    for (const QString& path : wanted) {
        cache_.request(path);
        refreshItem(path);
    }
    updateButtons();
}

QListWidgetItem* AudioTab::itemFor(const QString& path) const {
    return list_->itemFor(path);
}

QString AudioTab::currentSong() const {
    return list_->currentPayload();
}

QString AudioTab::tempoText(const QString& path) const {
    const MediaEntry* e = cache_.entry(path);
    if (!isSound(e) || !e->stripDone) {
        return {};
    }
    if (e->beats.bpm <= 0) {
        return tr("no steady beat");
    }
    return tr("%1 BPM").arg(qRound(e->beats.bpm));
}

void AudioTab::refreshItem(const QString& path) {
    if (!candidates_.contains(path)) {
        return;
    }
    const MediaEntry* e = cache_.entry(path);
    QListWidgetItem* item = itemFor(path);
    if (!isSound(e)) {
        delete item; // pictures are the Media tab's; unknown yet: listed when probed
        return;
    }
    if (item == nullptr) {
        item = list_->addAsset(path.toStdString(), QString(), path);
    }
    const QString tempo = tempoText(path);
    const QString detail =
        tempo.isEmpty()
            ? tr("%1 - finding the beat...").arg(shortDuration(e->info.duration.toDouble()))
            : QStringLiteral("%1 - %2").arg(shortDuration(e->info.duration.toDouble()), tempo);
    item->setText(QFileInfo(path).fileName() + QLatin1Char('\n') + detail);
    item->setData(Qt::AccessibleDescriptionRole, detail);
    item->setIcon(waveformIcon(e));
    updateButtons();
}

void AudioTab::updateButtons() {
    const bool song = !currentSong().isEmpty();
    add_->setEnabled(song);
    cut_->setEnabled(song);
}

} // namespace reelcut::gui
