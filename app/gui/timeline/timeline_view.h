#pragma once

#include "model/project.h"
#include "timeline/timeline_ruler.h"

#include <QAbstractScrollArea>
#include <functional>

class QMenu;
#include <optional>
#include <vector>

namespace reelcut {
class ProjectDocument;
}

namespace reelcut::gui {

class MediaCache;
class DuckingCurves;

// The timeline: track headers (mute, hide, lock), a ruler with timecode, clips with
// filmstrips and waveforms, and the playhead. Mouse edits (move, trim, drop) are drawn as
// ghosts while dragging and become one ProjectDocument::apply on release, so every
// gesture is one undo step. All times it produces are snapped to frames.
class TimelineView : public QAbstractScrollArea {
    Q_OBJECT
public:
    static constexpr int kHeaderWidth = 150;
    static constexpr int kRulerHeight = 30;

    TimelineView(ProjectDocument& doc, MediaCache& cache, QWidget* parent = nullptr);

    std::int64_t playhead() const { return playhead_; }
    const std::vector<ObjectId>& selection() const { return selection_; }
    void setSelection(std::vector<ObjectId> clips);
    bool snapping() const { return snapping_; }
    double pixelsPerSecond() const { return pps_; }

    // Geometry in viewport coordinates (for tests and drop handling).
    QRect clipRect(ObjectId clip) const;
    QRect trackRect(ObjectId track) const; // the lane, right of the header
    int xForTime(const Time& t) const;
    Time timeAtX(int x) const; // snapped to a frame, never negative
    ObjectId trackAtY(int y) const;
    // The name shown in a track's header: "Main" for the main track (unless renamed).
    QString trackTitle(ObjectId track) const;
    // The badge of the transition into clip `incoming`; empty if it has none.
    QRect transitionRect(ObjectId incoming) const;
    // Where the keyframe diamond at `since` (time since the clip's start) of the selected
    // clip is drawn; diamonds show for a single selected clip.
    QPoint keyframePoint(ObjectId clip, const Time& since) const;
    // The fade-in (or fade-out) handle of a clip: on its top edge, where the fade ends (or
    // begins); drawn and dragged on the selected clip, as CapCut's corner handles.
    QPoint fadeHandlePoint(ObjectId clip, bool fadeOut) const;
    // The volume line of a clip on an audio track (its envelope, Clip::volumeKeys) at
    // `since`, and the point of key `index`. The line shows on the selected clip, and on
    // any clip whose envelope has points; double-click on it adds a point, points drag.
    int volumeLineY(ObjectId clip, const Time& since) const;
    QPoint volumeKeyPoint(ObjectId clip, std::size_t index) const;
    // The ducking gain of the tracks that duck, drawn over their clips.
    const DuckingCurves& duckingCurves() const { return *ducking_; }
    // Removes point `index` of the clip's volume line (one undo step).
    bool removeVolumeKey(ObjectId clip, std::size_t index);

public Q_SLOTS:
    void setPlayhead(std::int64_t frame);
    void setSnapping(bool on);
    void setPixelsPerSecond(double pps);
    void zoomBy(double factor);
    // What a drop from the bin does: places the media on `track` (or the best matching
    // track; a new one if none fits) at `at`, snapped to the nearest clip edge, 0 or the
    // playhead within a few pixels when `snap` (and snapping is on); on the magnetic main
    // track it goes into the nearest cut. Returns the new clip's id, 0 on failure.
    ObjectId dropMedia(const QString& path, ObjectId track, const Time& at, bool snap = true);
    // The magnetic main track (saved in the project), one undo step.
    void setMagneticMainTrack(bool on);
    void splitAtPlayhead();
    // Freezes the frame at the playhead of the selected video clip (or the top one under
    // the playhead): a still of it, 3 s long, goes in there (edit::freezeFrame).
    void freezeAtPlayhead();
    void deleteSelection(bool ripple);
    void copySelection();
    void paste();
    void selectAll();
    void addTrack(TrackKind kind);

Q_SIGNALS:
    void seekRequested(std::int64_t frame);
    // The clip menu's "Brand logo on the face": place is a FacePlace (cheek, forehead).
    void brandLogoOnFaceRequested(int place);
    void selectionChanged();
    void zoomChanged(double pixelsPerSecond);
    void message(const QString& text);
    // An asset from the assets panel (text look, sticker, effect; see asset_list.h) was
    // dropped at `at`, over `clip` (0: none).
    void assetDropped(const QString& mimeType, const QString& payload, ObjectId clip,
                      const Time& at);

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void contextMenuEvent(QContextMenuEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dragMoveEvent(QDragMoveEvent* event) override;
    void dragLeaveEvent(QDragLeaveEvent* event) override;
    void dropEvent(QDropEvent* event) override;
    void scrollContentsBy(int dx, int dy) override;

private:
    struct Row {
        ObjectId track = 0;
        TrackKind kind = TrackKind::Video;
        int top = 0; // content y, below the ruler
        int height = 0;
    };
    enum class Part {
        None,
        Ruler,
        Header,
        HeaderButton,
        ClipBody,
        TrimStart,
        TrimEnd,
        Lane,
        Transition,         // a transition's badge (hit.clip: the clip it leads into)
        TransitionDuration, // one of its edges
        Keyframe,           // a keyframe diamond of the selected clip (hit.keyTime)
        FadeIn,             // the selected clip's fade handles, on its top edge
        FadeOut,
        VolumeKey // a point of the selected clip's volume line (hit.keyIndex)
    };
    struct Hit {
        Part part = Part::None;
        ObjectId track = 0;
        ObjectId clip = 0;
        int button = -1;
        Time keyTime;             // Part::Keyframe: since the clip's start
        std::size_t keyIndex = 0; // Part::VolumeKey
    };
    enum class DragMode {
        None,
        Pending,
        Move,
        TrimStart,
        TrimEnd,
        Scrub,
        TransitionDuration,
        Keyframe, // drag_.pressTime: the key's time, drag_.edge: where it goes
        FadeIn,   // drag_.edge: the fade's new length
        FadeOut,
        VolumeKey // drag_.index: the point; drag_.edge and drag_.value: where it goes
    };
    struct Drag {
        DragMode mode = DragMode::None;
        QPoint origin;
        ObjectId clip = 0;
        ObjectId fromTrack = 0;
        ObjectId toTrack = 0;
        Time pressTime;
        Time delta; // for moves
        Time edge;  // for trims; the new duration for TransitionDuration
        std::size_t index = 0;
        double value = 0;
    };
    struct CutTarget {
        ObjectId track = 0;
        Time at;
    };
    struct DropGhost {
        ObjectId track = 0;
        Time start;
        Time duration;
        QString path;
    };

    std::vector<Row> rows() const;
    std::optional<Row> rowFor(ObjectId track) const;
    Hit hitTest(const QPoint& pos) const;
    std::vector<int> headerButtons(const Row& row) const; // button kinds for a row
    QRect headerButtonRect(const Row& row, int index) const;
    TimeScale scale() const;
    double secondsAtX(int x) const;
    // The core's snap targets plus the beats of songs analysed by the media cache.
    std::vector<Time> snapTargetsWithBeats(const Time& playhead,
                                           const std::vector<ObjectId>& ignore) const;
    Time snapTime(const Time& t, const std::vector<ObjectId>& ignore,
                  bool* snapped = nullptr) const;
    // A dropped span's start, snapped by its nearer edge (sets snapLine_).
    Time snapDrop(const Time& start, const Time& duration);
    Time snapTolerance() const; // kSnapPixels in seconds at the current zoom
    Time frame() const;
    void updateScrollBars();
    void toggleTrackFlag(ObjectId track, int button);
    void finishDrag();
    void selectClip(ObjectId clip, Qt::KeyboardModifiers mods);
    void ensurePlayheadVisible();
    std::optional<Time> sourceLength(const Clip& clip) const;
    // The cut a transition dropped at `pos` goes on: on the lane under it, within a few
    // pixels (or a quarter of the shorter clip) of the pointer.
    std::optional<CutTarget> cutAt(const QPoint& pos) const;
    void paintTransitions(QPainter& p);
    void paintKeyframes(QPainter& p);
    void paintFadeHandles(QPainter& p);
    void paintVolumeLines(QPainter& p);
    // The clip as the volume line shows it: with the point being dragged where it is.
    Clip envelopeShown(const Clip& clip) const;
    // Where a point of `clip`'s volume line is drawn, in its rect `r`.
    QPoint volumeKeyPoint(const Clip& clip, const QRect& r, const VolumeKey& key) const;
    // Changes one clip as one undo step named `undoText`; no step when the change leaves
    // it as it was. False when the clip is gone or the document refuses the edit.
    bool editClip(ObjectId clip, const QString& undoText, const std::function<void(Clip&)>& change);
    bool showsVolumeLine(const Track& track, const Clip& clip) const;
    void keyframeMenu(QMenu& menu, ObjectId clip, const Time& since);

    ProjectDocument& doc_;
    MediaCache& cache_;
    DuckingCurves* ducking_ = nullptr; // child
    std::vector<ObjectId> selection_;
    std::int64_t playhead_ = 0;
    double pps_ = 80;
    bool snapping_ = true;
    Drag drag_;
    std::optional<DropGhost> dropGhost_;
    std::optional<Time> snapLine_;
    std::optional<CutTarget> cutTarget_; // where a dragged transition would land
    struct CopiedClip {
        ObjectId track = 0;
        Clip clip;
    };
    std::vector<CopiedClip> clipboard_;
};

} // namespace reelcut::gui
