#include "timeline/timeline_view.h"

#include "audio/beat_marks.h"
#include "commands/project_document.h"
#include "effect/effect.h"
#include "model/builtin_assets.h"
#include "model/edits.h"
#include "model/keyframe_edits.h"
#include "model/main_track.h"
#include "model/placement.h"
#include "model/snapping.h"
#include "model/transition_edits.h"
#include "model/volume_envelope.h"
#include "panels/asset_list.h"
#include "panels/media_bin.h"
#include "panels/media_cache.h"
#include "render/clip_layout.h"
#include "timeline/clip_painter.h"
#include "timeline/ducking_curves.h"
#include "timeline/transition_marks.h"
#include "window/gui_util.h"
#include "window/theme.h"

#include <QContextMenuEvent>
#include <QCoreApplication>
#include <QDragEnterEvent>
#include <QFileInfo>
#include <QMenu>
#include <QMimeData>
#include <QPainter>
#include <QScrollBar>
#include <QWheelEvent>
#include <algorithm>
#include <cmath>

namespace reelcut::gui {

namespace {

constexpr int kTrimZone = 7;         // px at each clip end that grab a trim handle
constexpr int kFadeHandleRadius = 4; // px; the fade handles on a selected clip's top edge
constexpr int kVolumeLineMargin = 4; // px between a clip's edges and its volume line's range
constexpr int kVolumeLineGrab = 6;   // px from the volume line a double-click adds a point

// Where a level in dB is on a clip's lines (volume, ducking): the scale of
// envelope::kMinDb..kMaxDb across the clip's height.
int levelY(const QRect& clip, double db) {
    const double share = (envelope::kMaxDb - db) / (envelope::kMaxDb - envelope::kMinDb);
    return clip.top() + kVolumeLineMargin +
           int(std::lround(std::clamp(share, 0.0, 1.0) * (clip.height() - 2 * kVolumeLineMargin)));
}
constexpr int kSnapPixels = 10; // snapping distance: a few pixels at any zoom
constexpr int kDragStart = 4;   // px before a press becomes a drag
constexpr int kRowGap = 3;
constexpr double kMinPps = 2;
constexpr double kMaxPps = 1200;

enum HeaderButton { kHide = 0, kMute = 1, kLock = 2 };

// Compact rows, so five tracks fit under a large preview.
int rowHeight(TrackKind kind) {
    switch (kind) {
    case TrackKind::Video:
        return 60;
    case TrackKind::Overlay:
        return 44;
    case TrackKind::Text:
        return 32;
    case TrackKind::Audio:
        return 44;
    }
    return 50;
}

bool fits(TrackKind kind, const MediaInfo& info) {
    return info.hasVideo ? (kind == TrackKind::Video || kind == TrackKind::Overlay)
                         : kind == TrackKind::Audio;
}

QString kindName(TrackKind kind) {
    return kind == TrackKind::Audio     ? TimelineView::tr("Audio")
           : kind == TrackKind::Overlay ? TimelineView::tr("Overlay")
           : kind == TrackKind::Text    ? TimelineView::tr("Text")
                                        : TimelineView::tr("Video");
}

} // namespace

TimelineView::TimelineView(ProjectDocument& doc, MediaCache& cache, QWidget* parent)
    : QAbstractScrollArea(parent), doc_(doc), cache_(cache) {
    setAcceptDrops(true);
    viewport()->setAcceptDrops(true);
    viewport()->setMouseTracking(true);
    setFocusPolicy(Qt::ClickFocus);
    setFrameShape(QFrame::NoFrame);
    setMinimumHeight(180);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    ducking_ = new DuckingCurves(this);
    connect(ducking_, &DuckingCurves::updated, viewport(), qOverload<>(&QWidget::update));
    ducking_->update(doc_.project());
    connect(&doc_, &ProjectDocument::changed, this, [this] {
        ducking_->update(doc_.project());
        // Drop selected ids that an edit or undo removed.
        const Project& p = doc_.project();
        const auto before = selection_.size();
        std::erase_if(selection_, [&](ObjectId id) { return p.findClip(id).second == nullptr; });
        for (const Track& t : p.tracks) {
            for (const Clip& c : t.clips) {
                cache_.request(QString::fromStdString(c.media));
            }
        }
        if (before != selection_.size()) {
            Q_EMIT selectionChanged();
        }
        updateScrollBars();
        viewport()->update();
    });
    connect(&cache_, &MediaCache::updated, viewport(), qOverload<>(&QWidget::update));
    updateScrollBars();
}

// ---- geometry ----------------------------------------------------------------------

std::vector<TimelineView::Row> TimelineView::rows() const {
    // Picture tracks top layer first (as they stack on screen), sound below them.
    std::vector<Row> out;
    const auto& tracks = doc_.project().tracks;
    int y = 4;
    auto add = [&](const Track& t) {
        out.push_back({t.id, t.kind, y, rowHeight(t.kind)});
        y += rowHeight(t.kind) + kRowGap;
    };
    for (auto it = tracks.rbegin(); it != tracks.rend(); ++it) {
        if (it->hasPicture()) {
            add(*it);
        }
    }
    for (const Track& t : tracks) {
        if (!t.hasPicture()) {
            add(t);
        }
    }
    return out;
}

std::optional<TimelineView::Row> TimelineView::rowFor(ObjectId track) const {
    for (const Row& r : rows()) {
        if (r.track == track) {
            return r;
        }
    }
    return std::nullopt;
}

TimeScale TimelineView::scale() const {
    return {pps_, static_cast<double>(kHeaderWidth + 8 - horizontalScrollBar()->value())};
}

double TimelineView::secondsAtX(int x) const {
    return scale().seconds(x);
}

int TimelineView::xForTime(const Time& t) const {
    return static_cast<int>(std::lround(scale().x(t.toDouble())));
}

Time TimelineView::timeAtX(int x) const {
    return max(Time(0), timeFromSeconds(secondsAtX(x), doc_.project().frameRate));
}

Time TimelineView::frame() const {
    return frameTime(1, doc_.project().frameRate);
}

QRect TimelineView::trackRect(ObjectId track) const {
    const std::optional<Row> r = rowFor(track);
    if (!r) {
        return {};
    }
    const int top = kRulerHeight + r->top - verticalScrollBar()->value();
    return QRect(kHeaderWidth, top, viewport()->width() - kHeaderWidth, r->height);
}

QRect TimelineView::clipRect(ObjectId clip) const {
    const auto [track, c] = doc_.project().findClip(clip);
    if (c == nullptr) {
        return {};
    }
    const QRect lane = trackRect(track->id);
    const int x0 = xForTime(c->start);
    const int x1 = xForTime(c->end());
    return QRect(x0, lane.top(), std::max(2, x1 - x0), lane.height());
}

QRect TimelineView::transitionRect(ObjectId incoming) const {
    const auto [track, clip] = doc_.project().findClip(incoming);
    if (clip == nullptr || !clip->transitionIn || !track->hasPicture()) {
        return {};
    }
    const auto index = static_cast<std::size_t>(clip - track->clips.data());
    Time d = effectiveTransition(*track, index);
    if (drag_.mode == DragMode::TransitionDuration && drag_.clip == incoming) {
        d = drag_.edge;
    }
    if (d.isZero()) {
        return {};
    }
    const QRect lane = trackRect(track->id);
    const int x = xForTime(clip->start);
    const int w = std::max(kMinTransitionWidth, int(std::lround(d.toDouble() * pps_)));
    return QRect(x - w / 2, lane.top() + 6, w, lane.height() - 12);
}

std::optional<TimelineView::CutTarget> TimelineView::cutAt(const QPoint& pos) const {
    const ObjectId track = trackAtY(pos.y());
    if (track == 0) {
        return std::nullopt;
    }
    // Anywhere over the end of one clip or the start of the next: up to a quarter of the
    // shorter clip, and never less than a few pixels.
    const Time t = Time::fromDouble(secondsAtX(pos.x()), 100000);
    std::optional<CutTarget> best;
    for (const edit::Cut& c : edit::cutsOf(doc_.project(), track)) {
        const Clip* a = doc_.project().findClip(c.outgoing).second;
        const Clip* b = doc_.project().findClip(c.incoming).second;
        const Time reach =
            max(snapTolerance() * Rational(2), min(a->duration(), b->duration()) / Rational(4));
        const Time dist = t < c.at ? c.at - t : t - c.at;
        if (dist <= reach && (!best || dist < (t < best->at ? best->at - t : t - best->at))) {
            best = CutTarget{track, c.at};
        }
    }
    return best;
}

QPoint TimelineView::keyframePoint(ObjectId clip, const Time& since) const {
    const QRect r = clipRect(clip);
    const Clip* c = doc_.project().findClip(clip).second;
    if (r.isEmpty() || c == nullptr) {
        return {};
    }
    return QPoint(xForTime(c->start + since), r.bottom() - 9);
}

QPoint TimelineView::fadeHandlePoint(ObjectId clip, bool fadeOut) const {
    const QRect r = clipRect(clip);
    const Clip* c = doc_.project().findClip(clip).second;
    if (r.isEmpty() || c == nullptr) {
        return {};
    }
    Time fade = fadeOut ? c->fadeOut : c->fadeIn;
    if (drag_.clip == clip && drag_.mode == (fadeOut ? DragMode::FadeOut : DragMode::FadeIn)) {
        fade = drag_.edge;
    }
    // Kept off the corner (where the trim handle is) while there is no fade yet.
    const int inset = kFadeHandleRadius + 3;
    const int x = fadeOut ? std::min(xForTime(c->end() - fade), r.right() - inset)
                          : std::max(xForTime(c->start + fade), r.left() + inset);
    return QPoint(x, r.top() + kFadeHandleRadius + 3);
}

bool TimelineView::showsVolumeLine(const Track& track, const Clip& clip) const {
    if (track.kind != TrackKind::Audio || clip.media.empty()) {
        return false;
    }
    return !clip.volumeKeys.empty() || (selection_.size() == 1 && selection_.front() == clip.id);
}

Clip TimelineView::envelopeShown(const Clip& clip) const {
    Clip shown = clip;
    if (drag_.mode == DragMode::VolumeKey && drag_.clip == clip.id) {
        envelope::moveKey(shown, drag_.index, drag_.edge, drag_.value);
    }
    return shown;
}

int TimelineView::volumeLineY(ObjectId id, const Time& since) const {
    const QRect r = clipRect(id);
    const Clip* clip = doc_.project().findClip(id).second;
    if (r.isEmpty() || clip == nullptr) {
        return 0;
    }
    return levelY(r, volumeKeyDbAt(envelopeShown(*clip).volumeKeys, since.toDouble()));
}

QPoint TimelineView::volumeKeyPoint(ObjectId id, std::size_t index) const {
    const Clip* clip = doc_.project().findClip(id).second;
    if (clip == nullptr) {
        return {};
    }
    const Clip shown = envelopeShown(*clip);
    return index < shown.volumeKeys.size()
               ? volumeKeyPoint(shown, clipRect(id), shown.volumeKeys[index])
               : QPoint();
}

QPoint TimelineView::volumeKeyPoint(const Clip& clip, const QRect& r, const VolumeKey& key) const {
    return QPoint(xForTime(clip.start + key.time), levelY(r, key.db));
}

bool TimelineView::editClip(ObjectId id, const QString& undoText,
                            const std::function<void(Clip&)>& change) {
    const Clip* clip = doc_.project().findClip(id).second;
    if (clip == nullptr) {
        return false;
    }
    Clip next = *clip;
    change(next);
    if (next == *clip) {
        return true;
    }
    return doc_.apply(undoText, [&](Project& proj) { edit::updateClip(proj, next); });
}

bool TimelineView::removeVolumeKey(ObjectId id, std::size_t index) {
    const Clip* clip = doc_.project().findClip(id).second;
    if (clip == nullptr || index >= clip->volumeKeys.size()) {
        return false;
    }
    return editClip(id, tr("Delete volume point"),
                    [index](Clip& c) { envelope::removeKey(c, index); });
}

void TimelineView::paintVolumeLines(QPainter& p) {
    const Project& project = doc_.project();
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    for (const Track& track : project.tracks) {
        // The gain ducking applies, as the mixer computes it, over each of the track's clips.
        const DuckingEnvelope* duck = ducking_->envelope(track.id);
        if (duck != nullptr && duck->active()) {
            p.setPen(QPen(colors::accent2, 1.5));
            p.setBrush(Qt::NoBrush);
            for (const Clip& clip : track.clips) {
                const QRect r = clipRect(clip.id);
                if (r.isEmpty()) {
                    continue;
                }
                QPolygonF curve;
                for (int x = r.left(); x <= r.right(); x += 2) {
                    curve << QPointF(x, levelY(r, duck->gainDbAt(secondsAtX(x))));
                }
                p.drawPolyline(curve);
            }
        }
        for (const Clip& clip : track.clips) {
            if (!showsVolumeLine(track, clip) || clipRect(clip.id).isEmpty()) {
                continue;
            }
            const Clip shown = envelopeShown(clip);
            const QRect r = clipRect(clip.id);
            const auto& keys = shown.volumeKeys;
            // Flat before the first point and after the last, straight between them.
            QPolygonF line;
            line << QPointF(xForTime(clip.start), levelY(r, volumeKeyDbAt(keys, 0)));
            for (const VolumeKey& k : keys) {
                line << QPointF(volumeKeyPoint(shown, r, k));
            }
            line << QPointF(xForTime(clip.end()),
                            levelY(r, volumeKeyDbAt(keys, clip.duration().toDouble())));
            p.setPen(QPen(QColor(250, 204, 21), 1.5));
            p.setBrush(Qt::NoBrush);
            p.drawPolyline(line);
            p.setPen(QPen(QColor(20, 20, 28), 1));
            p.setBrush(QColor(250, 204, 21));
            for (const VolumeKey& k : keys) {
                p.drawEllipse(QPointF(volumeKeyPoint(shown, r, k)), 3.5, 3.5);
            }
        }
    }
    p.restore();
}

void TimelineView::paintFadeHandles(QPainter& p) {
    if (selection_.size() != 1 || drag_.mode == DragMode::Move) {
        return;
    }
    const ObjectId id = selection_.front();
    if (clipRect(id).width() < 6 * kFadeHandleRadius) {
        return; // too narrow for handles beside the trim zones
    }
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QPen(QColor(20, 20, 28), 1));
    p.setBrush(QColor(245, 245, 250));
    for (bool out : {false, true}) {
        p.drawEllipse(QPointF(fadeHandlePoint(id, out)), kFadeHandleRadius, kFadeHandleRadius);
    }
    p.restore();
}

void TimelineView::paintKeyframes(QPainter& p) {
    if (selection_.size() != 1) {
        return;
    }
    const ObjectId id = selection_.front();
    const Clip* clip = doc_.project().findClip(id).second;
    if (clip == nullptr) {
        return;
    }
    const Time now = frameTime(playhead_, doc_.project().frameRate) - clip->start;
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    for (const Time& t : edit::keyTimes(*clip)) {
        Time shown = t;
        if (drag_.mode == DragMode::Keyframe && drag_.clip == id && drag_.pressTime == t) {
            shown = drag_.edge;
        }
        const QPointF c = keyframePoint(id, shown);
        QPolygonF diamond;
        diamond << c + QPointF(0, -5) << c + QPointF(5, 0) << c + QPointF(0, 5)
                << c + QPointF(-5, 0);
        p.setPen(QPen(QColor(20, 20, 28), 1));
        p.setBrush(shown == now ? colors::accent : QColor(250, 204, 21));
        p.drawPolygon(diamond);
    }
    p.restore();
}

void TimelineView::keyframeMenu(QMenu& menu, ObjectId clipId, const Time& since) {
    menu.addAction(tr("Delete keyframe"), this, [this, clipId, since] {
        const Clip* c = doc_.project().findClip(clipId).second;
        if (c == nullptr) {
            return;
        }
        Clip next = *c;
        edit::deleteKeys(next, since);
        doc_.apply(tr("Delete keyframe"), [&](Project& p) { edit::updateClip(p, next); });
    });
    QMenu* easing = menu.addMenu(tr("Easing to the next keyframe"));
    const Clip* c = doc_.project().findClip(clipId).second;
    const std::optional<KeyEasing> current =
        c != nullptr ? edit::easingAt(*c, since) : std::nullopt;
    const std::pair<Easing, QString> kinds[] = {{Easing::Linear, tr("Linear")},
                                                {Easing::EaseIn, tr("Ease in")},
                                                {Easing::EaseOut, tr("Ease out")},
                                                {Easing::EaseInOut, tr("Ease in and out")},
                                                {Easing::Hold, tr("Hold")}};
    for (const auto& [kind, name] : kinds) {
        QAction* a = easing->addAction(name, this, [this, clipId, since, kind = kind] {
            const Clip* clip = doc_.project().findClip(clipId).second;
            if (clip == nullptr) {
                return;
            }
            Clip next = *clip;
            edit::setEasing(next, since, KeyEasing{kind});
            doc_.apply(tr("Keyframe easing"), [&](Project& p) { edit::updateClip(p, next); });
        });
        a->setCheckable(true);
        a->setChecked(current && current->type == kind);
    }
}

void TimelineView::paintTransitions(QPainter& p) {
    for (const Track& t : doc_.project().tracks) {
        if (!t.hasPicture()) {
            continue;
        }
        for (const Clip& c : t.clips) {
            const QRect r = transitionRect(c.id);
            if (r.isEmpty()) {
                continue;
            }
            const TransitionEffect* e =
                EffectRegistry::instance().findTransition(c.transitionIn->type);
            const QString name = e != nullptr
                                     ? QCoreApplication::translate("Effect", e->descriptor().name)
                                     : QString::fromStdString(c.transitionIn->type);
            const bool selected =
                std::find(selection_.begin(), selection_.end(), c.id) != selection_.end();
            paintTransitionMark(p, r, name, selected);
        }
    }
    if (cutTarget_) {
        paintCutTarget(p, xForTime(cutTarget_->at), trackRect(cutTarget_->track));
    }
}

ObjectId TimelineView::trackAtY(int y) const {
    const int contentY = y - kRulerHeight + verticalScrollBar()->value();
    for (const Row& r : rows()) {
        if (contentY >= r.top && contentY < r.top + r.height + kRowGap) {
            return r.track;
        }
    }
    return 0;
}

QString TimelineView::trackTitle(ObjectId trackId) const {
    const Project& p = doc_.project();
    const Track* track = p.findTrack(trackId);
    if (track == nullptr) {
        return {};
    }
    // The main track is "Main" unless the user named it: its stored name is the generic
    // "Video" of older projects, which other video tracks may share.
    const QString stored = QString::fromStdString(track->name);
    if (isMainTrack(p, trackId) &&
        (stored.isEmpty() || stored == QLatin1String("Video") || stored == tr("Video"))) {
        return tr("Main");
    }
    return stored.isEmpty() ? kindName(track->kind) : stored;
}

std::vector<int> TimelineView::headerButtons(const Row& row) const {
    if (row.kind == TrackKind::Audio) {
        return {kMute, kLock};
    }
    return {kHide, kMute, kLock};
}

QRect TimelineView::headerButtonRect(const Row& row, int index) const {
    const int top = kRulerHeight + row.top - verticalScrollBar()->value();
    return QRect(kHeaderWidth - 30 - index * 26, top + row.height - 28, 24, 24);
}

TimelineView::Hit TimelineView::hitTest(const QPoint& pos) const {
    Hit hit;
    if (pos.y() < kRulerHeight) {
        hit.part = pos.x() >= kHeaderWidth ? Part::Ruler : Part::None;
        return hit;
    }
    hit.track = trackAtY(pos.y());
    const std::optional<Row> row = rowFor(hit.track);
    if (pos.x() < kHeaderWidth) {
        hit.part = Part::Header;
        if (row) {
            const auto buttons = headerButtons(*row);
            for (int i = 0; i < static_cast<int>(buttons.size()); ++i) {
                if (headerButtonRect(*row, i).contains(pos)) {
                    hit.part = Part::HeaderButton;
                    hit.button = buttons[static_cast<std::size_t>(i)];
                }
            }
        }
        return hit;
    }
    hit.part = Part::Lane;
    if (!row) {
        return hit;
    }
    const Track* track = doc_.project().findTrack(hit.track);
    // The selected clip's keyframe diamonds are on top of everything in their lane.
    if (selection_.size() == 1) {
        const auto [keyTrack, keyed] = doc_.project().findClip(selection_.front());
        if (keyed != nullptr && keyTrack->id == hit.track) {
            for (const Time& t : edit::keyTimes(*keyed)) {
                const QPoint c = keyframePoint(keyed->id, t);
                if (std::abs(pos.x() - c.x()) <= 6 && std::abs(pos.y() - c.y()) <= 6) {
                    hit.part = Part::Keyframe;
                    hit.clip = keyed->id;
                    hit.keyTime = t;
                    return hit;
                }
            }
        }
    }
    // The points of the selected clip's volume line.
    if (selection_.size() == 1) {
        const auto [lineTrack, lined] = doc_.project().findClip(selection_.front());
        if (lined != nullptr && lineTrack->id == hit.track) {
            const QRect r = clipRect(lined->id);
            for (std::size_t i = 0; i < lined->volumeKeys.size(); ++i) {
                const QPoint c = volumeKeyPoint(*lined, r, lined->volumeKeys[i]);
                if (std::abs(pos.x() - c.x()) <= 5 && std::abs(pos.y() - c.y()) <= 5) {
                    hit.part = Part::VolumeKey;
                    hit.clip = lined->id;
                    hit.keyIndex = i;
                    return hit;
                }
            }
        }
    }
    // The selected clip's fade handles, on its top edge.
    if (selection_.size() == 1 && clipRect(selection_.front()).width() >= 6 * kFadeHandleRadius) {
        const auto [fadeTrack, faded] = doc_.project().findClip(selection_.front());
        if (faded != nullptr && fadeTrack->id == hit.track) {
            for (bool out : {false, true}) {
                const QPoint c = fadeHandlePoint(faded->id, out);
                if (std::abs(pos.x() - c.x()) <= kFadeHandleRadius + 2 &&
                    std::abs(pos.y() - c.y()) <= kFadeHandleRadius + 2) {
                    hit.part = out ? Part::FadeOut : Part::FadeIn;
                    hit.clip = faded->id;
                    return hit;
                }
            }
        }
    }
    // Transitions sit over the cut, on top of both clips' edges.
    for (const Clip& c : track->clips) {
        const QRect r = transitionRect(c.id);
        if (!r.isEmpty() && r.contains(pos)) {
            hit.clip = c.id;
            hit.part =
                pos.x() <= r.left() + kTransitionHandle || pos.x() >= r.right() - kTransitionHandle
                    ? Part::TransitionDuration
                    : Part::Transition;
            return hit;
        }
    }
    for (const Clip& c : track->clips) {
        const QRect r = clipRect(c.id);
        if (!r.adjusted(-2, 0, 2, 0).contains(pos)) {
            continue;
        }
        hit.clip = c.id;
        const int zone = std::min(kTrimZone, r.width() / 4);
        if (pos.x() <= r.left() + zone) {
            hit.part = Part::TrimStart;
        } else if (pos.x() >= r.right() - zone) {
            hit.part = Part::TrimEnd;
        } else {
            hit.part = Part::ClipBody;
        }
        // Prefer an exact body hit over a neighbour's handle.
        if (hit.part == Part::ClipBody) {
            break;
        }
    }
    return hit;
}

void TimelineView::updateScrollBars() {
    const double seconds = doc_.project().duration().toDouble() + 10;
    const int contentW = static_cast<int>(seconds * pps_) + kHeaderWidth + 8;
    horizontalScrollBar()->setRange(0, std::max(0, contentW - viewport()->width()));
    horizontalScrollBar()->setPageStep(viewport()->width());
    horizontalScrollBar()->setSingleStep(20);
    int contentH = 8;
    for (const Row& r : rows()) {
        contentH = r.top + r.height + kRowGap;
    }
    verticalScrollBar()->setRange(0, std::max(0, contentH + kRulerHeight - viewport()->height()));
    verticalScrollBar()->setPageStep(viewport()->height());
    verticalScrollBar()->setSingleStep(20);
}

void TimelineView::resizeEvent(QResizeEvent* event) {
    QAbstractScrollArea::resizeEvent(event);
    updateScrollBars();
}

void TimelineView::scrollContentsBy(int, int) {
    viewport()->update();
}

// ---- state -------------------------------------------------------------------------

void TimelineView::setSelection(std::vector<ObjectId> clips) {
    if (clips == selection_) {
        return;
    }
    selection_ = std::move(clips);
    viewport()->update();
    Q_EMIT selectionChanged();
}

void TimelineView::setPlayhead(std::int64_t frameIndex) {
    if (frameIndex == playhead_) {
        return;
    }
    playhead_ = frameIndex;
    ensurePlayheadVisible();
    viewport()->update();
}

void TimelineView::ensurePlayheadVisible() {
    if (drag_.mode == DragMode::Scrub) {
        return;
    }
    const int x = xForTime(frameTime(playhead_, doc_.project().frameRate));
    if (x > viewport()->width() - 20 || x < kHeaderWidth) {
        // Page along, as editors do during playback, rather than scrolling every frame.
        auto* bar = horizontalScrollBar();
        bar->setValue(bar->value() + x - kHeaderWidth - 40);
    }
}

void TimelineView::setSnapping(bool on) {
    snapping_ = on;
}

void TimelineView::setPixelsPerSecond(double pps) {
    pps = std::clamp(pps, kMinPps, kMaxPps);
    if (std::abs(pps - pps_) < 1e-9) {
        return;
    }
    pps_ = pps;
    updateScrollBars();
    viewport()->update();
    Q_EMIT zoomChanged(pps_);
}

void TimelineView::zoomBy(double factor) {
    // Keep the playhead where it is on screen.
    const double t = frameTime(playhead_, doc_.project().frameRate).toDouble();
    const int before = xForTime(frameTime(playhead_, doc_.project().frameRate));
    setPixelsPerSecond(pps_ * factor);
    horizontalScrollBar()->setValue(static_cast<int>(kHeaderWidth + 8 + t * pps_ - before));
}

Time TimelineView::snapTolerance() const {
    return Rational::fromDouble(kSnapPixels / pps_, 1000000);
}

std::vector<Time> TimelineView::snapTargetsWithBeats(const Time& playhead,
                                                     const std::vector<ObjectId>& ignore) const {
    std::vector<Time> targets = snapTargets(doc_.project(), playhead, ignore);
    // The beats of songs on the timeline: cuts and drops land on the music.
    for (const Track& track : doc_.project().tracks) {
        if (track.kind != TrackKind::Audio) {
            continue;
        }
        for (const Clip& c : track.clips) {
            const MediaEntry* e = cache_.entry(QString::fromStdString(c.media));
            if (e == nullptr || e->beats.beats.empty()) {
                continue;
            }
            for (double b : beatsOnTimeline(c, e->beats.beats)) {
                targets.push_back(Time::fromDouble(b, 48000));
            }
        }
    }
    return targets;
}

Time TimelineView::snapTime(const Time& t, const std::vector<ObjectId>& ignore,
                            bool* snapped) const {
    if (snapped != nullptr) {
        *snapped = false;
    }
    if (!snapping_) {
        return t;
    }
    const FrameRate& rate = doc_.project().frameRate;
    const auto target =
        nearestTarget(snapTargetsWithBeats(frameTime(playhead_, rate), ignore), t, snapTolerance());
    if (!target) {
        return t;
    }
    if (snapped != nullptr) {
        *snapped = true;
    }
    return snapToFrame(*target, rate);
}

Time TimelineView::snapDrop(const Time& start, const Time& duration) {
    snapLine_.reset();
    if (!snapping_) {
        return start;
    }
    const FrameRate& rate = doc_.project().frameRate;
    const SpanSnap snap = snapSpan(snapTargetsWithBeats(frameTime(playhead_, rate), {}), start,
                                   duration, snapTolerance());
    snapLine_ = snap.line;
    return snapToFrame(snap.start, rate);
}

std::optional<Time> TimelineView::sourceLength(const Clip& clip) const {
    const MediaEntry* e = cache_.entry(QString::fromStdString(clip.media));
    if (e == nullptr || !e->probed) {
        try {
            const MediaInfo info = probeMedia(clip.media);
            return info.isStill ? std::nullopt : std::optional<Time>(info.duration);
        } catch (const std::exception&) {
            return std::nullopt;
        }
    }
    if (e->info.isStill) {
        return std::nullopt;
    }
    return e->info.duration;
}

// ---- painting ----------------------------------------------------------------------

void TimelineView::paintEvent(QPaintEvent*) {
    QPainter p(viewport());
    const Project& project = doc_.project();
    const QRect area = viewport()->rect();
    p.fillRect(area, colors::panelDark);
    const TimeScale sc = scale();
    const double playheadSec = frameTime(playhead_, project.frameRate).toDouble();
    const std::vector<Row> rowList = rows();

    // Lanes and clips (clipped to the right of the header).
    p.save();
    p.setClipRect(QRect(kHeaderWidth, kRulerHeight, area.width() - kHeaderWidth,
                        area.height() - kRulerHeight));
    const double endX = sc.x(project.duration().toDouble());
    for (const Row& row : rowList) {
        const QRect lane = trackRect(row.track);
        p.fillRect(lane, colors::window);
        // The project's end: beyond it the lane is dimmer.
        if (endX < lane.right()) {
            p.fillRect(QRectF(std::max<double>(endX, lane.left()), lane.top(),
                              lane.right() - std::max<double>(endX, lane.left()), lane.height()),
                       colors::panelDark.lighter(110));
        }
        const Track* track = project.findTrack(row.track);
        for (const Clip& c : track->clips) {
            QRectF r = clipRect(c.id);
            const bool moving =
                (drag_.mode == DragMode::Move || drag_.mode == DragMode::TrimStart ||
                 drag_.mode == DragMode::TrimEnd) &&
                (drag_.mode != DragMode::Move
                     ? c.id == drag_.clip
                     : std::find(selection_.begin(), selection_.end(), c.id) != selection_.end());
            ClipLook look;
            look.selected =
                std::find(selection_.begin(), selection_.end(), c.id) != selection_.end();
            look.pixelsPerSecond = pps_;
            look.visibleLeft = kHeaderWidth;
            look.visibleRight = area.width();
            look.ducking = ducking_->envelope(track->id);
            const MediaEntry* media = cache_.entry(QString::fromStdString(c.media));
            if ((drag_.mode == DragMode::FadeIn || drag_.mode == DragMode::FadeOut) &&
                c.id == drag_.clip) {
                Clip shown = c; // the fade as it is being dragged
                (drag_.mode == DragMode::FadeIn ? shown.fadeIn : shown.fadeOut) = drag_.edge;
                paintClip(p, r.adjusted(1, 2, -1, -2), shown, track->kind, media, look);
            } else if (!moving) {
                paintClip(p, r.adjusted(1, 2, -1, -2), c, track->kind, media, look);
            } else {
                look.ghost = true;
                paintClip(p, r.adjusted(1, 2, -1, -2), c, track->kind, media, look);
            }
        }
        if (track->locked) {
            p.fillRect(lane, QBrush(QColor(255, 255, 255, 14), Qt::BDiagPattern));
        }
    }
    // The clip(s) being moved or trimmed, where they would land.
    if (drag_.mode == DragMode::Move || drag_.mode == DragMode::TrimStart ||
        drag_.mode == DragMode::TrimEnd) {
        for (ObjectId id :
             drag_.mode == DragMode::Move ? selection_ : std::vector<ObjectId>{drag_.clip}) {
            auto [track, c] = project.findClip(id);
            if (c == nullptr) {
                continue;
            }
            Clip shown = *c;
            ObjectId trackId = track->id;
            if (drag_.mode == DragMode::Move) {
                shown.start = c->start + drag_.delta;
                if (id == drag_.clip) {
                    trackId = drag_.toTrack;
                }
            } else {
                // Through the clip's own time mapping, as the trim edit will (reversed
                // clips move the other source point, ramps keep their end on the edge).
                const bool atStart = drag_.mode == DragMode::TrimStart;
                const Time pos = c->sourcePosition(drag_.edge);
                (atStart != c->reverse ? shown.in : shown.out) = pos;
                const Time span = atStart ? c->end() - drag_.edge : drag_.edge - c->start;
                if (atStart) {
                    shown.start = drag_.edge;
                }
                if (c->ramp.active() && shown.out > shown.in && span > Time(0)) {
                    shown.speed = (shown.out - shown.in) / span;
                }
            }
            const QRect lane = trackRect(trackId);
            const int x0 = xForTime(shown.start);
            const int x1 = xForTime(shown.end());
            ClipLook look;
            look.selected = true;
            look.pixelsPerSecond = pps_;
            look.visibleLeft = kHeaderWidth;
            look.visibleRight = area.width();
            paintClip(p, QRectF(x0, lane.top(), x1 - x0, lane.height()).adjusted(1, 2, -1, -2),
                      shown, project.findTrack(trackId)->kind,
                      cache_.entry(QString::fromStdString(c->media)), look);
        }
    }
    if (dropGhost_) {
        const QRect lane = trackRect(dropGhost_->track);
        const int x0 = xForTime(dropGhost_->start);
        const int x1 = xForTime(dropGhost_->start + dropGhost_->duration);
        p.setPen(QPen(colors::accent2, 2, Qt::DashLine));
        p.setBrush(QColor(34, 211, 238, 50));
        p.drawRoundedRect(QRect(x0, lane.top() + 2, x1 - x0, lane.height() - 4), 5, 5);
    }
    paintTransitions(p);
    paintKeyframes(p);
    paintVolumeLines(p);
    paintFadeHandles(p);
    if (snapLine_) {
        const int x = xForTime(*snapLine_);
        p.setPen(QPen(colors::accent2, 1, Qt::DashLine));
        p.drawLine(x, kRulerHeight, x, area.height());
    }
    p.restore();

    // Headers.
    p.fillRect(QRect(0, kRulerHeight, kHeaderWidth, area.height()), colors::panel);
    for (const Row& row : rowList) {
        const Track* track = project.findTrack(row.track);
        const int top = kRulerHeight + row.top - verticalScrollBar()->value();
        const QRect box(6, top, kHeaderWidth - 10, row.height);
        p.setRenderHint(QPainter::Antialiasing);
        p.setPen(Qt::NoPen);
        p.setBrush(colors::window);
        p.drawRoundedRect(box, 5, 5);
        p.setBrush(row.kind == TrackKind::Audio     ? colors::audioClip
                   : row.kind == TrackKind::Overlay ? colors::overlayClip
                   : row.kind == TrackKind::Text    ? colors::textClip
                                                    : colors::videoClip);
        p.drawRoundedRect(QRect(box.left(), box.top(), 4, box.height()), 2, 2);
        p.setRenderHint(QPainter::Antialiasing, false);
        p.setPen(colors::text);
        QFont f = font();
        f.setPointSizeF(9);
        f.setBold(true);
        p.setFont(f);
        const QString name = trackTitle(row.track);
        const bool main = isMainTrack(project, row.track);
        icon(row.kind == TrackKind::Audio        ? QStringLiteral("audio")
             : row.kind == TrackKind::Text       ? QStringLiteral("text")
             : main && project.magneticMainTrack ? QStringLiteral("main-track")
                                                 : QStringLiteral("film"))
            .paint(&p, QRect(box.left() + 10, box.top() + 6, 16, 16));
        p.drawText(QRect(box.left() + 32, box.top() + 4, box.width() - 36, 20),
                   Qt::AlignVCenter | Qt::AlignLeft,
                   p.fontMetrics().elidedText(name, Qt::ElideRight, box.width() - 36));
        const auto buttons = headerButtons(row);
        for (int i = 0; i < static_cast<int>(buttons.size()); ++i) {
            const int kind = buttons[static_cast<std::size_t>(i)];
            QString name;
            bool on = false;
            if (kind == kHide) {
                on = track->hidden;
                name = on ? QStringLiteral("eye-off") : QStringLiteral("eye");
            } else if (kind == kMute) {
                on = track->muted;
                name = on ? QStringLiteral("volume-off") : QStringLiteral("volume");
            } else {
                on = track->locked;
                name = on ? QStringLiteral("lock") : QStringLiteral("unlock");
            }
            const QRect r = headerButtonRect(row, i);
            if (on) {
                p.fillRect(r, QColor(255, 61, 113, 50));
            }
            icon(name).paint(&p, r.adjusted(4, 4, -4, -4));
        }
    }
    p.setPen(colors::border);
    p.drawLine(kHeaderWidth - 1, kRulerHeight, kHeaderWidth - 1, area.height());

    // Ruler and playhead on top.
    p.save();
    p.setClipRect(QRect(kHeaderWidth, 0, area.width() - kHeaderWidth, area.height()));
    paintRuler(p, QRect(kHeaderWidth, 0, area.width() - kHeaderWidth, kRulerHeight), sc,
               project.frameRate, playheadSec);
    const double px = std::round(sc.x(playheadSec)) + 0.5;
    p.setPen(QPen(colors::accent, 1.5));
    p.drawLine(QPointF(px, kRulerHeight - 1), QPointF(px, area.height()));
    p.restore();
    p.fillRect(QRect(0, 0, kHeaderWidth, kRulerHeight), colors::panelDark);
    p.setPen(colors::textDim);
    QFont f = font();
    f.setPointSizeF(8);
    p.setFont(f);
    p.drawText(QRect(10, 0, kHeaderWidth - 12, kRulerHeight), Qt::AlignVCenter,
               frameTimecode(playhead_, project.frameRate));
}

// ---- mouse -------------------------------------------------------------------------

void TimelineView::selectClip(ObjectId clip, Qt::KeyboardModifiers mods) {
    std::vector<ObjectId> next = selection_;
    const bool has = std::find(next.begin(), next.end(), clip) != next.end();
    if (mods & (Qt::ControlModifier | Qt::ShiftModifier)) {
        if (has) {
            std::erase(next, clip);
        } else {
            next.push_back(clip);
        }
    } else if (!has) {
        next = {clip};
    }
    setSelection(std::move(next));
}

void TimelineView::mousePressEvent(QMouseEvent* event) {
    if (event->button() != Qt::LeftButton) {
        return;
    }
    const Hit hit = hitTest(event->position().toPoint());
    drag_ = {};
    drag_.origin = event->position().toPoint();
    switch (hit.part) {
    case Part::Ruler:
    case Part::Lane:
        if (hit.part == Part::Lane && !(event->modifiers() & Qt::ControlModifier)) {
            setSelection({});
        }
        drag_.mode = DragMode::Scrub;
        Q_EMIT seekRequested(frameAtTime(timeAtX(drag_.origin.x()), doc_.project().frameRate));
        break;
    case Part::HeaderButton:
        toggleTrackFlag(hit.track, hit.button);
        break;
    case Part::Keyframe:
        // A click goes to the key; a drag moves every key at that time.
        drag_.mode = DragMode::Keyframe;
        drag_.clip = hit.clip;
        drag_.pressTime = hit.keyTime;
        drag_.edge = hit.keyTime;
        Q_EMIT seekRequested(
            frameAtTime(doc_.project().findClip(hit.clip).second->start + hit.keyTime,
                        doc_.project().frameRate));
        break;
    case Part::VolumeKey: {
        const Clip* clip = doc_.project().findClip(hit.clip).second;
        drag_.mode = DragMode::VolumeKey;
        drag_.clip = hit.clip;
        drag_.index = hit.keyIndex;
        drag_.edge = clip->volumeKeys[hit.keyIndex].time;
        drag_.value = clip->volumeKeys[hit.keyIndex].db;
        break;
    }
    case Part::FadeIn:
    case Part::FadeOut: {
        const Clip* clip = doc_.project().findClip(hit.clip).second;
        drag_.mode = hit.part == Part::FadeIn ? DragMode::FadeIn : DragMode::FadeOut;
        drag_.clip = hit.clip;
        drag_.edge = hit.part == Part::FadeIn ? clip->fadeIn : clip->fadeOut;
        break;
    }
    case Part::Transition:
        // The transition belongs to the clip after the cut: selecting it shows the
        // transition in the inspector.
        setSelection({hit.clip});
        break;
    case Part::TransitionDuration: {
        setSelection({hit.clip});
        const Clip* clip = doc_.project().findClip(hit.clip).second;
        drag_.mode = DragMode::TransitionDuration;
        drag_.clip = hit.clip;
        drag_.edge = clip->transitionIn->duration;
        break;
    }
    case Part::ClipBody:
    case Part::TrimStart:
    case Part::TrimEnd: {
        selectClip(hit.clip, event->modifiers());
        const auto [track, clip] = doc_.project().findClip(hit.clip);
        drag_.mode = DragMode::Pending;
        drag_.clip = hit.clip;
        drag_.fromTrack = drag_.toTrack = track->id;
        drag_.pressTime = Time::fromDouble(secondsAtX(drag_.origin.x()), 100000);
        drag_.delta = Time(0);
        if (hit.part == Part::TrimStart) {
            drag_.mode = DragMode::TrimStart;
            drag_.edge = clip->start;
            setSelection({hit.clip});
        } else if (hit.part == Part::TrimEnd) {
            drag_.mode = DragMode::TrimEnd;
            drag_.edge = clip->end();
            setSelection({hit.clip});
        }
        break;
    }
    default:
        break;
    }
    viewport()->update();
}

void TimelineView::mouseMoveEvent(QMouseEvent* event) {
    const QPoint pos = event->position().toPoint();
    if (drag_.mode == DragMode::None) {
        const Hit hit = hitTest(pos);
        viewport()->setCursor(hit.part == Part::TrimStart || hit.part == Part::TrimEnd ||
                                      hit.part == Part::TransitionDuration ||
                                      hit.part == Part::Keyframe || hit.part == Part::FadeIn ||
                                      hit.part == Part::FadeOut
                                  ? Qt::SizeHorCursor
                              : hit.part == Part::VolumeKey    ? Qt::SizeAllCursor
                              : hit.part == Part::HeaderButton ? Qt::PointingHandCursor
                                                               : Qt::ArrowCursor);
        return;
    }
    const Project& project = doc_.project();
    const FrameRate& rate = project.frameRate;
    snapLine_.reset();
    if (drag_.mode == DragMode::Scrub) {
        Q_EMIT seekRequested(frameAtTime(timeAtX(pos.x()), rate));
        return;
    }
    if (drag_.mode == DragMode::Keyframe) {
        const Clip* clip = project.findClip(drag_.clip).second;
        if (clip == nullptr) {
            drag_ = {};
            return;
        }
        const Time at =
            snapToFrame(Time::fromDouble(secondsAtX(pos.x()), 100000), rate) - clip->start;
        drag_.edge = std::clamp(at, Time(0), clip->duration());
        viewport()->update();
        return;
    }
    if (drag_.mode == DragMode::VolumeKey) {
        const Clip* clip = project.findClip(drag_.clip).second;
        const QRect r = clipRect(drag_.clip);
        if (clip == nullptr || r.isEmpty()) {
            drag_ = {};
            return;
        }
        // Along the clip on frames; up and down in tenths of a dB.
        drag_.edge = timeAtX(pos.x()) - clip->start;
        const double share = double(pos.y() - r.top() - kVolumeLineMargin) /
                             std::max(1, r.height() - 2 * kVolumeLineMargin);
        const double db = envelope::kMaxDb - share * (envelope::kMaxDb - envelope::kMinDb);
        drag_.value = std::round(std::clamp(db, envelope::kMinDb, envelope::kMaxDb) * 10) / 10;
        viewport()->update();
        return;
    }
    if (drag_.mode == DragMode::FadeIn || drag_.mode == DragMode::FadeOut) {
        const Clip* clip = project.findClip(drag_.clip).second;
        if (clip == nullptr) {
            drag_ = {};
            return;
        }
        // A fade ends (or starts) at the pointer, on a frame; the two fades never overlap.
        const bool in = drag_.mode == DragMode::FadeIn;
        const Time at = timeAtX(pos.x());
        const Time wanted = in ? at - clip->start : clip->end() - at;
        const Time room = clip->duration() - (in ? clip->fadeOut : clip->fadeIn);
        drag_.edge = std::clamp(wanted, Time(0), max(Time(0), room));
        viewport()->update();
        return;
    }
    if (drag_.mode == DragMode::TransitionDuration) {
        // Centred on the cut: each edge is half the duration away from it.
        const Clip* clip = project.findClip(drag_.clip).second;
        if (clip == nullptr) {
            drag_ = {};
            return;
        }
        const Time half =
            Time::fromDouble(std::abs(secondsAtX(pos.x()) - clip->start.toDouble()), 100000);
        const Time most = edit::maxTransitionDuration(project, drag_.clip);
        drag_.edge = max(frameTime(1, rate), min(most, snapToFrame(half * Rational(2), rate)));
        viewport()->update();
        return;
    }
    if (drag_.mode == DragMode::Pending) {
        if ((pos - drag_.origin).manhattanLength() < kDragStart) {
            return;
        }
        drag_.mode = DragMode::Move;
    }
    const auto [track, clip] = project.findClip(drag_.clip);
    if (clip == nullptr) {
        drag_ = {};
        return;
    }
    const Time pointer = Time::fromDouble(secondsAtX(pos.x()), 100000);
    bool snapped = false;
    if (drag_.mode == DragMode::Move) {
        Time delta = snapToFrame(pointer - drag_.pressTime, rate);
        // Snap whichever edge of the grabbed clip is nearer a target.
        if (snapping_) {
            const SpanSnap snap =
                snapSpan(snapTargets(project, frameTime(playhead_, rate), selection_),
                         clip->start + delta, clip->duration(), snapTolerance());
            if (snap.line) {
                snapLine_ = snap.line;
                delta = snapToFrame(snap.start, rate) - clip->start;
            }
        }
        // Nothing may move before zero.
        for (ObjectId id : selection_) {
            const auto found = project.findClip(id);
            if (found.second != nullptr && found.second->start + delta < Time(0)) {
                delta = -found.second->start;
            }
        }
        drag_.delta = delta;
        // Across tracks only for a single clip, and only onto a lane of the same kind.
        const ObjectId over = trackAtY(pos.y());
        const Track* target = over != 0 ? project.findTrack(over) : nullptr;
        drag_.toTrack = drag_.fromTrack;
        auto family = [](TrackKind k) {
            return k == TrackKind::Overlay ? TrackKind::Video : k;
        };
        if (selection_.size() == 1 && target != nullptr &&
            family(target->kind) == family(track->kind)) {
            drag_.toTrack = target->id;
        }
    } else {
        Time edge = snapTime(snapToFrame(pointer, rate), {drag_.clip}, &snapped);
        if (snapped) {
            snapLine_ = edge;
        }
        // Clamp where the edit function would refuse, so the ghost shows what will happen.
        auto index = static_cast<std::size_t>(
            std::find_if(track->clips.begin(), track->clips.end(),
                         [id = clip->id](const Clip& c) { return c.id == id; }) -
            track->clips.begin());
        // On the magnetic main track a trim pushes or pulls the clips after it instead.
        const bool magnetic = isMagneticMainTrack(project, track->id);
        if (drag_.mode == DragMode::TrimStart) {
            // The source there is to reveal before the start: before `in`, or after `out`
            // when reversed (the media's length bounds it); a freeze frame has no bound.
            std::optional<Time> room;
            if (clip->freezeAt) {
                room.reset();
            } else if (!clip->reverse) {
                room = clip->in;
            } else if (const auto len = sourceLength(*clip)) {
                room = max(Time(0), *len - clip->out);
            }
            Time lo = room ? max(Time(0), clip->start - *room / clip->speed) : Time(0);
            if (index > 0 && !magnetic) {
                lo = max(lo, track->clips[index - 1].end());
            }
            const Time hi = clip->end() - frameTime(1, rate);
            edge =
                max(snapToFrame(lo + frameTime(1, rate) - Time(1, 1000000), rate), min(edge, hi));
            if (edge < lo) {
                edge = lo;
            }
        } else {
            Time hi = Time(1000000);
            if (index + 1 < track->clips.size() && !magnetic) {
                hi = track->clips[index + 1].start;
            }
            if (clip->reverse) {
                hi = min(hi, clip->end() + clip->in / clip->speed);
            } else if (const auto len = sourceLength(*clip); len && !clip->freezeAt) {
                hi = min(hi, clip->end() + max(Time(0), *len - clip->out) / clip->speed);
            }
            const Time lo = clip->start + frameTime(1, rate);
            edge = min(hi, max(edge, lo));
        }
        drag_.edge = edge;
    }
    viewport()->update();
}

void TimelineView::mouseReleaseEvent(QMouseEvent* event) {
    if (event->button() == Qt::LeftButton) {
        finishDrag();
    }
}

void TimelineView::finishDrag() {
    const Drag d = drag_;
    drag_ = {};
    snapLine_.reset();
    viewport()->update();
    bool ok = true;
    if (d.mode == DragMode::Move && (d.delta != Time(0) || d.toTrack != d.fromTrack)) {
        std::vector<ObjectId> ids = selection_;
        const Project& p = doc_.project();
        // Move the clip nearest the direction of travel first so none lands on another
        // selected clip that has not moved yet.
        std::sort(ids.begin(), ids.end(), [&](ObjectId a, ObjectId b) {
            const Time sa = p.findClip(a).second->start;
            const Time sb = p.findClip(b).second->start;
            return d.delta > Time(0) ? sb < sa : sa < sb;
        });
        ok = doc_.apply(ids.size() == 1 ? tr("Move clip") : tr("Move clips"), [&](Project& proj) {
            for (ObjectId id : ids) {
                const auto [track, clip] = proj.findClip(id);
                const ObjectId to = id == d.clip ? d.toTrack : track->id;
                edit::moveClip(proj, id, to, clip->start + d.delta);
            }
        });
    } else if (d.mode == DragMode::Keyframe && d.edge != d.pressTime) {
        const Clip* clip = doc_.project().findClip(d.clip).second;
        if (clip != nullptr) {
            Clip next = *clip;
            edit::moveKeys(next, d.pressTime, d.edge);
            ok = doc_.apply(tr("Move keyframe"),
                            [&](Project& proj) { edit::updateClip(proj, next); });
            Q_EMIT seekRequested(frameAtTime(next.start + d.edge, doc_.project().frameRate));
        }
    } else if (d.mode == DragMode::VolumeKey) {
        ok = editClip(d.clip, tr("Move volume point"),
                      [&d](Clip& c) { envelope::moveKey(c, d.index, d.edge, d.value); });
    } else if (d.mode == DragMode::FadeIn || d.mode == DragMode::FadeOut) {
        const bool in = d.mode == DragMode::FadeIn;
        ok = editClip(d.clip, in ? tr("Fade in") : tr("Fade out"),
                      [&](Clip& c) { (in ? c.fadeIn : c.fadeOut) = d.edge; });
    } else if (d.mode == DragMode::TransitionDuration) {
        const Clip* clip = doc_.project().findClip(d.clip).second;
        if (clip != nullptr && clip->transitionIn && d.edge != clip->transitionIn->duration) {
            Transition next = *clip->transitionIn;
            next.duration = d.edge;
            ok = doc_.apply(tr("Transition duration"),
                            [&](Project& proj) { edit::setTransition(proj, d.clip, next); });
        }
    } else if (d.mode == DragMode::TrimStart) {
        const Clip* clip = doc_.project().findClip(d.clip).second;
        if (clip != nullptr && d.edge != clip->start) {
            ok = doc_.apply(tr("Trim clip start"),
                            [&](Project& proj) { edit::trimStart(proj, d.clip, d.edge); });
        }
    } else if (d.mode == DragMode::TrimEnd) {
        const Clip* clip = doc_.project().findClip(d.clip).second;
        if (clip != nullptr && d.edge != clip->end()) {
            const auto len = sourceLength(*clip);
            ok = doc_.apply(tr("Trim clip end"),
                            [&](Project& proj) { edit::trimEnd(proj, d.clip, d.edge, len); });
        }
    }
    if (!ok) {
        Q_EMIT message(tr("Not possible: %1").arg(doc_.lastError()));
    }
}

void TimelineView::mouseDoubleClickEvent(QMouseEvent* event) {
    const QPoint pos = event->position().toPoint();
    const Hit hit = hitTest(pos);
    // On the selected clip's volume line: a new point there.
    if (hit.part == Part::ClipBody && selection_.size() == 1 && selection_.front() == hit.clip) {
        const auto [track, clip] = doc_.project().findClip(hit.clip);
        if (clip != nullptr && showsVolumeLine(*track, *clip)) {
            const Time since =
                std::clamp(timeAtX(pos.x()) - clip->start, Time(0), clip->duration());
            if (std::abs(pos.y() - volumeLineY(hit.clip, since)) <= kVolumeLineGrab) {
                if (!editClip(hit.clip, tr("Add volume point"),
                              [since](Clip& c) { envelope::addKey(c, since); })) {
                    Q_EMIT message(tr("Not possible: %1").arg(doc_.lastError()));
                }
                return;
            }
        }
    }
    if (hit.part == Part::ClipBody) {
        const Clip* clip = doc_.project().findClip(hit.clip).second;
        Q_EMIT seekRequested(frameAtTime(clip->start, doc_.project().frameRate));
    }
}

void TimelineView::wheelEvent(QWheelEvent* event) {
    const QPoint delta = event->angleDelta();
    if (event->modifiers() & Qt::ControlModifier) {
        // Zoom around the pointer, as in every editor.
        const double x = event->position().x();
        const double t = secondsAtX(static_cast<int>(x));
        setPixelsPerSecond(pps_ * std::pow(1.0015, delta.y()));
        horizontalScrollBar()->setValue(static_cast<int>(kHeaderWidth + 8 + t * pps_ - x));
        event->accept();
        return;
    }
    if ((event->modifiers() & Qt::ShiftModifier) || delta.x() != 0 ||
        verticalScrollBar()->maximum() == 0) {
        const int d = delta.x() != 0 ? delta.x() : delta.y();
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() - d);
    } else {
        verticalScrollBar()->setValue(verticalScrollBar()->value() - delta.y() / 2);
    }
    event->accept();
}

void TimelineView::contextMenuEvent(QContextMenuEvent* event) {
    const Hit hit = hitTest(event->pos());
    QMenu menu(this);
    if (hit.part == Part::Keyframe) {
        keyframeMenu(menu, hit.clip, hit.keyTime);
        menu.exec(event->globalPos());
        return;
    }
    if (hit.part == Part::VolumeKey) {
        menu.addAction(tr("Delete volume point"), this,
                       [this, id = hit.clip, i = hit.keyIndex] { removeVolumeKey(id, i); });
        menu.exec(event->globalPos());
        return;
    }
    if (hit.clip != 0) {
        if (std::find(selection_.begin(), selection_.end(), hit.clip) == selection_.end()) {
            setSelection({hit.clip});
        }
        menu.addAction(icon(QStringLiteral("split")), tr("Split at playhead"), this,
                       &TimelineView::splitAtPlayhead);
        menu.addAction(tr("Freeze frame"), this, &TimelineView::freezeAtPlayhead);
        menu.addAction(icon(QStringLiteral("copy")), tr("Copy"), this,
                       &TimelineView::copySelection);
        menu.addAction(icon(QStringLiteral("delete")), tr("Delete"), this,
                       [this] { deleteSelection(false); });
        menu.addAction(icon(QStringLiteral("ripple-delete")), tr("Ripple delete"), this,
                       [this] { deleteSelection(true); });
        const auto [track, c] = doc_.project().findClip(hit.clip);
        if (c != nullptr && track->hasPicture() && c->kind != ClipKind::Text) {
            // The brand on the face in one click (the kit's logo as a face sticker).
            QMenu* brand = menu.addMenu(tr("Brand logo on the face"));
            brand->addAction(tr("Left cheek"), this,
                             [this] { Q_EMIT brandLogoOnFaceRequested(0); });
            brand->addAction(tr("Right cheek"), this,
                             [this] { Q_EMIT brandLogoOnFaceRequested(1); });
            brand->addAction(tr("Forehead"), this, [this] { Q_EMIT brandLogoOnFaceRequested(2); });
        }
    } else {
        menu.addAction(icon(QStringLiteral("paste")), tr("Paste at playhead"), this,
                       &TimelineView::paste)
            ->setEnabled(!clipboard_.empty());
    }
    menu.addSeparator();
    menu.addAction(tr("Add video track"), this, [this] { addTrack(TrackKind::Video); });
    menu.addAction(tr("Add overlay track"), this, [this] { addTrack(TrackKind::Overlay); });
    menu.addAction(tr("Add audio track"), this, [this] { addTrack(TrackKind::Audio); });
    if (hit.track != 0 && hit.part == Part::Header) {
        const ObjectId track = hit.track;
        menu.addAction(tr("Remove track"), this, [this, track] {
            if (!doc_.apply(tr("Remove track"), [&](Project& p) { edit::removeTrack(p, track); })) {
                Q_EMIT message(doc_.lastError());
            }
        });
    }
    menu.exec(event->globalPos());
}

void TimelineView::toggleTrackFlag(ObjectId trackId, int button) {
    const Track* track = doc_.project().findTrack(trackId);
    if (track == nullptr) {
        return;
    }
    Track next = *track;
    QString text;
    if (button == kHide) {
        next.hidden = !next.hidden;
        text = next.hidden ? tr("Hide track") : tr("Show track");
    } else if (button == kMute) {
        next.muted = !next.muted;
        text = next.muted ? tr("Mute track") : tr("Unmute track");
    } else {
        next.locked = !next.locked;
        text = next.locked ? tr("Lock track") : tr("Unlock track");
    }
    // Flags bypass the lock check: a locked track must still be unlockable.
    doc_.apply(text, [&](Project& p) { *p.findTrack(trackId) = next; });
}

// ---- drag and drop from the bin ----------------------------------------------------

namespace {

// The kind of asset a drag from the assets panel carries, or an empty string.
QString assetFormat(const QMimeData* mime) {
    for (const char* f : {kTextPresetMimeType, kStickerMimeType, kEffectMimeType,
                          kTransitionMimeType, kLookMimeType}) {
        if (mime->hasFormat(QString::fromLatin1(f))) {
            return QString::fromLatin1(f);
        }
    }
    return {};
}

} // namespace

void TimelineView::dragEnterEvent(QDragEnterEvent* event) {
    if (event->mimeData()->hasFormat(QString::fromLatin1(kMediaMimeType)) ||
        event->mimeData()->hasUrls() || !assetFormat(event->mimeData()).isEmpty()) {
        event->acceptProposedAction();
    }
}

void TimelineView::dragMoveEvent(QDragMoveEvent* event) {
    const QMimeData* mime = event->mimeData();
    if (const QString format = assetFormat(mime); !format.isEmpty()) {
        // Transitions go onto a cut between two clips.
        if (format == QLatin1String(kTransitionMimeType)) {
            cutTarget_ = cutAt(event->position().toPoint());
            if (cutTarget_) {
                event->acceptProposedAction();
            } else {
                event->ignore();
            }
            viewport()->update();
            return;
        }
        // Effects and looks go onto a clip; text and stickers anywhere (they find their
        // own track).
        const bool onClip = hitTest(event->position().toPoint()).clip != 0;
        const bool needsClip =
            format == QLatin1String(kEffectMimeType) || format == QLatin1String(kLookMimeType);
        if (!needsClip || onClip) {
            event->acceptProposedAction();
        } else {
            event->ignore();
        }
        return;
    }
    QString path = QString::fromUtf8(mime->data(QString::fromLatin1(kMediaMimeType)));
    if (path.isEmpty() && mime->hasUrls()) {
        path = mime->urls().first().toLocalFile();
    }
    const QPoint pos = event->position().toPoint();
    DropGhost ghost;
    ghost.path = path;
    ghost.track = trackAtY(pos.y());
    ghost.duration = Time(kStillSeconds);
    const MediaEntry* e = cache_.entry(path);
    if (e != nullptr && e->probed) {
        if (!e->info.isStill) {
            ghost.duration = e->info.duration;
        }
        const Track* t = ghost.track != 0 ? doc_.project().findTrack(ghost.track) : nullptr;
        if (t != nullptr && !fits(t->kind, e->info)) {
            ghost.track = 0;
        }
    }
    // Where the drop lands: snapped, and on the magnetic main track at the cut it goes into.
    ghost.start =
        dropStart(doc_.project(), ghost.track, snapDrop(timeAtX(pos.x()), ghost.duration));
    if (ghost.track != 0) {
        dropGhost_ = ghost;
    } else {
        dropGhost_.reset();
        snapLine_.reset();
    }
    event->acceptProposedAction();
    viewport()->update();
}

void TimelineView::dragLeaveEvent(QDragLeaveEvent*) {
    dropGhost_.reset();
    cutTarget_.reset();
    snapLine_.reset();
    viewport()->update();
}

void TimelineView::dropEvent(QDropEvent* event) {
    dropGhost_.reset();
    snapLine_.reset();
    const QMimeData* mime = event->mimeData();
    const QPoint pos = event->position().toPoint();
    cutTarget_.reset();
    if (const QString format = assetFormat(mime); format == QLatin1String(kTransitionMimeType)) {
        // The clip after the cut holds the transition.
        if (const auto cut = cutAt(pos)) {
            const auto found = edit::cutNear(doc_.project(), cut->track, cut->at, Time(0));
            if (found) {
                Q_EMIT assetDropped(format, QString::fromUtf8(mime->data(format)), found->incoming,
                                    cut->at);
                event->acceptProposedAction();
            }
        }
        viewport()->update();
        return;
    }
    if (const QString format = assetFormat(mime); !format.isEmpty()) {
        Q_EMIT assetDropped(format, QString::fromUtf8(mime->data(format)), hitTest(pos).clip,
                            snapTime(timeAtX(pos.x()), {}));
        event->acceptProposedAction();
        viewport()->update();
        return;
    }
    QStringList paths;
    if (mime->hasFormat(QString::fromLatin1(kMediaMimeType))) {
        paths << QString::fromUtf8(mime->data(QString::fromLatin1(kMediaMimeType)));
    } else {
        for (const QUrl& url : mime->urls()) {
            if (url.isLocalFile()) {
                paths << url.toLocalFile();
            }
        }
    }
    Time at = timeAtX(pos.x());
    bool first = true;
    for (const QString& path : paths) {
        const ObjectId id = dropMedia(path, trackAtY(pos.y()), at, first);
        if (id != 0) {
            at = doc_.project().findClip(id).second->end();
            first = false;
        }
    }
    snapLine_.reset();
    event->acceptProposedAction();
    viewport()->update();
}

ObjectId TimelineView::dropMedia(const QString& path, ObjectId trackId, const Time& at, bool snap) {
    const std::string media = mediaReferenceFor(path.toStdString());
    MediaInfo info;
    if (const MediaEntry* e = cache_.entry(QString::fromStdString(media));
        e != nullptr && e->probed) {
        info = e->info;
    } else {
        try {
            info = probeMedia(media); // a probe reads headers only: quick
        } catch (const std::exception& ex) {
            Q_EMIT message(
                tr("Cannot use %1: %2").arg(fileName(media), QString::fromUtf8(ex.what())));
            return 0;
        }
    }
    Clip clip = newMediaClip(doc_.project(), media, info, at);
    if (snap) {
        clip.start = snapDrop(clip.start, clip.duration());
        snapLine_.reset();
    }
    ObjectId newId = 0;
    const bool ok = doc_.apply(tr("Add %1").arg(fileName(media)), [&](Project& p) {
        const ObjectId track = trackForMedia(
            p, trackId, info, (info.hasVideo ? tr("Overlay") : tr("Audio")).toStdString());
        newId = dropClip(p, track, clip);
    });
    if (!ok) {
        Q_EMIT message(tr("Cannot add %1: %2").arg(fileName(media), doc_.lastError()));
        return 0;
    }
    cache_.request(QString::fromStdString(media));
    setSelection({newId});
    return newId;
}

// ---- edit commands -----------------------------------------------------------------

void TimelineView::splitAtPlayhead() {
    const Project& p = doc_.project();
    const Time t = frameTime(playhead_, p.frameRate);
    std::vector<ObjectId> targets;
    for (const Track& track : p.tracks) {
        for (const Clip& c : track.clips) {
            const bool selected =
                std::find(selection_.begin(), selection_.end(), c.id) != selection_.end();
            // With nothing selected, split everything under the playhead (CapCut's default).
            if ((selection_.empty() || selected) && c.start < t && t < c.end() && !track.locked) {
                targets.push_back(c.id);
            }
        }
    }
    if (targets.empty()) {
        Q_EMIT message(tr("Nothing to split: put the playhead inside a clip"));
        return;
    }
    std::vector<ObjectId> right;
    if (!doc_.apply(tr("Split"), [&](Project& proj) {
            right.clear();
            for (ObjectId id : targets) {
                right.push_back(edit::splitClip(proj, id, t));
            }
        })) {
        Q_EMIT message(tr("Cannot split: %1").arg(doc_.lastError()));
        return;
    }
    if (!selection_.empty()) {
        setSelection(right);
    }
}

void TimelineView::freezeAtPlayhead() {
    const Project& p = doc_.project();
    const Time t = frameTime(playhead_, p.frameRate);
    ObjectId target = 0;
    for (const Track& track : p.tracks) {
        if (!track.hasPicture() || track.locked) {
            continue;
        }
        for (const Clip& c : track.clips) {
            const bool selected =
                std::find(selection_.begin(), selection_.end(), c.id) != selection_.end();
            if (c.kind == ClipKind::Media && c.contains(t) && (selected || target == 0)) {
                target = c.id; // a selected clip wins; else the top track's
            }
        }
    }
    if (target == 0) {
        Q_EMIT message(tr("Nothing to freeze: put the playhead on a video clip"));
        return;
    }
    ObjectId still = 0;
    if (!doc_.apply(tr("Freeze frame"),
                    [&](Project& proj) { still = edit::freezeFrame(proj, target, t); })) {
        Q_EMIT message(tr("Cannot freeze the frame: %1").arg(doc_.lastError()));
        return;
    }
    setSelection({still});
}

void TimelineView::deleteSelection(bool ripple) {
    if (selection_.empty()) {
        return;
    }
    std::vector<ObjectId> ids = selection_;
    const Project& p = doc_.project();
    // Right to left, so a ripple never moves a clip that is about to be deleted.
    std::sort(ids.begin(), ids.end(), [&](ObjectId a, ObjectId b) {
        return p.findClip(b).second->start < p.findClip(a).second->start;
    });
    const bool ok = doc_.apply(ripple ? tr("Ripple delete") : tr("Delete"), [&](Project& proj) {
        for (ObjectId id : ids) {
            if (ripple) {
                edit::rippleDelete(proj, id);
            } else {
                edit::removeClip(proj, id);
            }
        }
    });
    if (!ok) {
        Q_EMIT message(tr("Cannot delete: %1").arg(doc_.lastError()));
        return;
    }
    setSelection({});
}

void TimelineView::copySelection() {
    clipboard_.clear();
    for (ObjectId id : selection_) {
        const auto [track, clip] = doc_.project().findClip(id);
        if (clip != nullptr) {
            clipboard_.push_back({track->id, *clip});
        }
    }
    if (!clipboard_.empty()) {
        Q_EMIT message(tr("Copied %n clip(s)", nullptr, static_cast<int>(clipboard_.size())));
    }
}

void TimelineView::paste() {
    if (clipboard_.empty()) {
        return;
    }
    Time earliest = clipboard_.front().clip.start;
    for (const auto& c : clipboard_) {
        earliest = min(earliest, c.clip.start);
    }
    const Time at = frameTime(playhead_, doc_.project().frameRate);
    std::vector<ObjectId> added;
    const bool ok = doc_.apply(tr("Paste"), [&](Project& p) {
        added.clear();
        for (const auto& copied : clipboard_) {
            Clip c = copied.clip;
            c.id = 0;
            c.start = at + (c.start - earliest);
            c.transitionIn.reset();
            ObjectId track = copied.track;
            if (p.findTrack(track) == nullptr) {
                track = p.tracks.empty() ? 0 : p.tracks.front().id;
            }
            added.push_back(edit::addClip(p, track, c));
        }
    });
    if (!ok) {
        Q_EMIT message(tr("Cannot paste here: %1").arg(doc_.lastError()));
        return;
    }
    setSelection(added);
}

void TimelineView::selectAll() {
    std::vector<ObjectId> all;
    for (const Track& t : doc_.project().tracks) {
        for (const Clip& c : t.clips) {
            all.push_back(c.id);
        }
    }
    setSelection(all);
}

void TimelineView::addTrack(TrackKind kind) {
    const std::string name = kindName(kind).toStdString();
    doc_.apply(tr("Add track"),
               [&](Project& p) { edit::addTrack(p, kind, edit::uniqueTrackName(p, name)); });
}

void TimelineView::setMagneticMainTrack(bool on) {
    if (on == doc_.project().magneticMainTrack) {
        return;
    }
    if (!doc_.apply(on ? tr("Main track magnet on") : tr("Main track magnet off"),
                    [&](Project& p) { edit::setMagneticMainTrack(p, on); })) {
        Q_EMIT message(tr("Not possible: %1").arg(doc_.lastError()));
    }
}

} // namespace reelcut::gui
