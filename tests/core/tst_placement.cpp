// Where new and moved clips go (model/placement.h, model/snapping.h, model/main_track.h):
// the policy the editor, the CLI and batch share, tested without any widget.

#include "commands/project_document.h"
#include "export/preset.h"
#include "export/safe_zone_check.h"
#include "model/edits.h"
#include "model/main_track.h"
#include "model/placement.h"
#include "model/snapping.h"
#include "render/at_rest.h"
#include "render/clip_layout.h"
#include "text/text_presets.h"
#include "text/text_rasterizer.h"

#include <QTest>
#include <cmath>

using namespace reelcut;

namespace {

Clip clipOf(Time start, Time length, const char* media = "/m/a.mp4") {
    Clip c;
    c.media = media;
    c.start = start;
    c.out = length;
    return c;
}

std::vector<Time> starts(const Track& t) {
    std::vector<Time> out;
    for (const Clip& c : t.clips) {
        out.push_back(c.start);
    }
    return out;
}

// A magnetic project with clips of 2, 3 and 1 s on its main track: [A 0-2][B 2-5][C 5-6].
struct MainTrackFixture {
    Project p = makeDefaultProject();
    ObjectId main = 0, a = 0, b = 0, c = 0;
    MainTrackFixture() {
        p.magneticMainTrack = true;
        main = p.tracks[0].id;
        a = edit::addClip(p, main, clipOf(Time(0), Time(2), "/m/a.mp4"));
        b = edit::addClip(p, main, clipOf(Time(2), Time(3), "/m/b.mp4"));
        c = edit::addClip(p, main, clipOf(Time(5), Time(1), "/m/c.mp4"));
    }
    std::vector<ObjectId> order() const {
        std::vector<ObjectId> out;
        for (const Clip& x : p.findTrack(main)->clips) {
            out.push_back(x.id);
        }
        return out;
    }
};

QRectF boxOf(const Project& p, const Clip& c) {
    const QSizeF block = textBlockSize(c, p.width) * c.transform.scale;
    const QPointF centre(c.transform.x * p.width, c.transform.y * p.height);
    return QRectF(centre - QPointF(block.width() / 2, block.height() / 2), block);
}

} // namespace

class TestPlacement : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { registerBundledFonts(); }

    // ---- snapping ----------------------------------------------------------------------

    void snapsToZeroEdgesAndPlayhead() {
        Project p = makeDefaultProject();
        const ObjectId v = p.tracks[0].id;
        const ObjectId first = edit::addClip(p, v, clipOf(Time(1), Time(2)));
        const auto targets = snapTargets(p, Time(10));
        const Time tolerance(1, 10);
        QCOMPARE(nearestTarget(targets, Rational(5, 100), tolerance), std::optional<Time>(Time(0)));
        // 3 frames after the clip's end (at 30 fps) snaps onto it; 4 tenths do not.
        QCOMPARE(nearestTarget(targets, Time(3) + Rational(3, 30), tolerance),
                 std::optional<Time>(Time(3)));
        QCOMPARE(nearestTarget(targets, Time(3) + Rational(4, 10), tolerance), std::nullopt);
        QCOMPARE(nearestTarget(targets, Rational(995, 100), tolerance),
                 std::optional<Time>(Time(10)));
        // The clip being moved is no target for itself.
        const auto others = snapTargets(p, Time(10), {first});
        QCOMPARE(nearestTarget(others, Rational(102, 100), tolerance), std::nullopt);
    }

    void spanSnapsByItsNearerEdge() {
        const std::vector<Time> targets{Time(0), Time(4)};
        const Time tolerance(1, 10);
        // The end (3.95 + 0...) is nearer 4 than the start is to anything: end snaps.
        const SpanSnap byEnd = snapSpan(targets, Rational(195, 100), Time(2), tolerance);
        QCOMPARE(byEnd.start, Time(2));
        QCOMPARE(byEnd.line, std::optional<Time>(Time(4)));
        const SpanSnap byStart = snapSpan(targets, Rational(405, 100), Time(2), tolerance);
        QCOMPARE(byStart.start, Time(4));
        const SpanSnap none = snapSpan(targets, Time(2), Rational(1, 2), tolerance);
        QCOMPARE(none.start, Time(2));
        QVERIFY(!none.line);
    }

    // ---- the magnetic main track -------------------------------------------------------

    void dropNearZeroLandsAtZero() {
        Project p = makeDefaultProject();
        p.magneticMainTrack = true;
        const ObjectId v = p.tracks[0].id;
        const ObjectId id = edit::addClip(p, v, clipOf(Rational(5, 30), Time(2)));
        QCOMPARE(p.findClip(id).second->start, Time(0));
        // A second clip dropped with a 3-frame gap after the first closes up.
        const ObjectId next = edit::addClip(p, v, clipOf(Time(2) + Rational(3, 30), Time(1)));
        QCOMPARE(p.findClip(next).second->start, Time(2));
        QCOMPARE(dropStart(p, v, Time(7)), Time(3));
    }

    void insertGoesIntoTheNearestCut() {
        MainTrackFixture f;
        // At 3 s, B's first half: before B; B and C move right by the new clip's 4 s.
        const ObjectId x = edit::addClip(f.p, f.main, clipOf(Time(3), Time(4), "/m/x.mp4"));
        QCOMPARE(f.order(), (std::vector<ObjectId>{f.a, x, f.b, f.c}));
        QCOMPARE(starts(*f.p.findTrack(f.main)),
                 (std::vector<Time>{Time(0), Time(2), Time(6), Time(9)}));
        QCOMPARE(dropStart(f.p, f.main, Time(7)), Time(6)); // in B's first half: before B
    }

    void deleteClosesTheGap() {
        MainTrackFixture f;
        edit::removeClip(f.p, f.b);
        QCOMPARE(starts(*f.p.findTrack(f.main)), (std::vector<Time>{Time(0), Time(2)}));
    }

    void moveReordersByCentre() {
        MainTrackFixture f;
        // A dragged so its middle passes B's middle: after B, nothing overlaps, no gap.
        edit::moveClip(f.p, f.a, f.main, Time(3));
        QCOMPARE(f.order(), (std::vector<ObjectId>{f.b, f.a, f.c}));
        QCOMPARE(starts(*f.p.findTrack(f.main)), (std::vector<Time>{Time(0), Time(3), Time(5)}));
        // Moved off the main track (to an overlay): the main track closes up.
        const ObjectId over = edit::addTrack(f.p, TrackKind::Overlay, "Overlay");
        edit::moveClip(f.p, f.c, over, Time(10));
        QCOMPARE(f.p.findClip(f.c).second->start, Time(10));
        QCOMPARE(f.p.findTrack(f.main)->clips.size(), std::size_t(2));
    }

    void trimsPushAndPullLaterClips() {
        MainTrackFixture f;
        // B's end from 5 s to 6 s: C follows to 6 s.
        edit::trimEnd(f.p, f.b, Time(6), Time(100));
        QCOMPARE(f.p.findClip(f.c).second->start, Time(6));
        // B's start from 2 s to 3 s: B stays at 2 s, 1 s shorter, its source starts 1 s later.
        edit::trimStart(f.p, f.b, Time(3));
        QCOMPARE(f.p.findClip(f.b).second->start, Time(2));
        QCOMPARE(f.p.findClip(f.b).second->in, Time(1));
        QCOMPARE(f.p.findClip(f.c).second->start, Time(5));
        // Half speed makes B (3 s of source) 6 s long: C moves on.
        edit::setSpeed(f.p, f.b, Rational(1, 2));
        QCOMPARE(f.p.findClip(f.c).second->start, Time(8));
    }

    void switchingTheMagnetOnClosesGaps() {
        Project p = makeDefaultProject();
        const ObjectId v = p.tracks[0].id;
        edit::addClip(p, v, clipOf(Time(1), Time(2)));
        edit::addClip(p, v, clipOf(Time(5), Time(2)));
        // Off: gaps are the user's.
        QCOMPARE(starts(p.tracks[0]), (std::vector<Time>{Time(1), Time(5)}));
        edit::setMagneticMainTrack(p, true);
        QCOMPARE(starts(p.tracks[0]), (std::vector<Time>{Time(0), Time(2)}));
        // Other tracks are never packed.
        const ObjectId over = edit::addTrack(p, TrackKind::Overlay, "Overlay");
        edit::addClip(p, over, clipOf(Time(4), Time(1)));
        QCOMPARE(p.findTrack(over)->clips.front().start, Time(4));
        QVERIFY(isMainTrack(p, v));
        QVERIFY(!isMainTrack(p, over));
    }

    void trackNamesAreUnique() {
        Project p = makeDefaultProject();
        QCOMPARE(edit::uniqueTrackName(p, "Video"), std::string("Video 2"));
        edit::addTrack(p, TrackKind::Video, "Video 2");
        QCOMPARE(edit::uniqueTrackName(p, "Video"), std::string("Video 3"));
        QCOMPARE(edit::uniqueTrackName(p, "Stickers"), std::string("Stickers"));
    }

    void droppedMediaDefaults() {
        Project p = makeDefaultProject();
        MediaInfo video;
        video.hasVideo = true;
        video.width = 1920;
        video.height = 1080;
        video.duration = Time(4);
        const Clip c = newMediaClip(p, "/m/land.mp4", video, Rational(101, 1000));
        QCOMPARE(c.start, Rational(3, 30)); // on a frame
        QCOMPARE(c.out, Time(4));
        QCOMPARE(c.background, BackgroundFill::Blur); // 16:9 on 9:16
        MediaInfo still = video;
        still.isStill = true;
        still.duration = Time(0);
        QCOMPARE(newMediaClip(p, "/m/p.png", still, Time(0)).out, Time(kStillSeconds));
        MediaInfo sound;
        sound.hasAudio = true;
        const ObjectId audio = trackForMedia(p, p.tracks[0].id, sound, "Audio");
        QCOMPARE(p.findTrack(audio)->kind, TrackKind::Audio);
        QCOMPARE(trackForMedia(p, 0, video, "Overlay"), p.tracks[0].id);
        // Into an occupied overlay spot: inserted, later clips pushed.
        const ObjectId over = edit::addTrack(p, TrackKind::Overlay, "Overlay");
        edit::addClip(p, over, clipOf(Time(2), Time(2)));
        dropClip(p, over, clipOf(Time(2), Time(1), "/m/x.mp4"));
        QCOMPARE(starts(*p.findTrack(over)), (std::vector<Time>{Time(2), Time(3)}));
    }

    // ---- text and stickers -------------------------------------------------------------

    void newTextIsCentredInsideTheSafeArea_data() {
        QTest::addColumn<QString>("presetId");
        QTest::addColumn<QString>("platform");
        for (const char* preset : {"bold-outline", "sale-badge", "caption-box"}) {
            for (const char* platform : {"tiktok", "reels", "shorts"}) {
                QTest::addRow("%s %s", preset, platform) << preset << platform;
            }
        }
    }

    void newTextIsCentredInsideTheSafeArea() {
        QFETCH(QString, presetId);
        QFETCH(QString, platform);
        const Project p = makeDefaultProject();
        const SafeZone zone = findPreset(platform.toStdString())->safeZone;
        const Clip c = newTextClip(p, *findTextPreset(presetId.toStdString()),
                                   "Tap the link in bio for the whole story", Time(1), zone);
        QCOMPARE(c.transform.x, 0.5);
        const QRectF safe = safeRect(zone, QSizeF(p.width, p.height));
        QVERIFY2(safe.contains(boxOf(p, c)),
                 qPrintable(
                     QStringLiteral("%1 not inside %2")
                         .arg(QString::number(boxOf(p, c).left()), QString::number(safe.left()))));
        QCOMPARE(c.duration(), Time(kOverlaySeconds));
    }

    void newStickerIsCentred() {
        const Project p = makeDefaultProject();
        const SafeZone zone = findPreset("tiktok")->safeZone;
        const Clip c =
            newStickerClip(p, "builtin:stickers/star.svg", QSizeF(256, 256), Time(0), zone);
        QCOMPARE(c.transform.x, 0.5);
        const Placement place = placeClip(c, c.transform, QSizeF(256, 256), QSizeF(1080, 1920));
        const QRectF box(place.center - QPointF(place.size.width() / 2, place.size.height() / 2),
                         place.size);
        QVERIFY(safeRect(zone, QSizeF(1080, 1920)).contains(box));
    }

    void addOverlayFindsATrackWithRoom() {
        Project p = makeDefaultProject();
        const ObjectId first =
            addOverlayClip(p, clipOf(Time(0), Time(3), "/m/s.png"), TrackKind::Overlay, "Stickers");
        const ObjectId second =
            addOverlayClip(p, clipOf(Time(1), Time(3), "/m/t.png"), TrackKind::Overlay, "Stickers");
        const Track* a = p.findClip(first).first;
        const Track* b = p.findClip(second).first;
        QVERIFY(a != b);
        QCOMPARE(a->name, std::string("Stickers"));
        QCOMPARE(b->name, std::string("Stickers 2"));
    }

    void scaledTextStaysOnTheCanvas() {
        const QSizeF canvas(1080, 1920);
        const QSizeF block(800, 200);
        // 3x would be 2400 px wide: held at the canvas's width, centre moved in.
        Transform t;
        t.x = 0.3;
        t.scale = 3;
        const Transform kept = keepBlockInCanvas(t, block, canvas);
        QVERIFY(std::abs(kept.scale - 1080.0 / 800) < 1e-9);
        QVERIFY(std::abs(kept.x - 0.5) < 1e-9);
        // Small enough: unchanged.
        Transform small;
        small.scale = 1.2;
        QCOMPARE(keepBlockInCanvas(small, block, canvas), small);
        // Near the top edge: pushed down so its top is on the canvas.
        Transform high;
        high.y = 0.01;
        const Transform down = keepBlockInCanvas(high, block, canvas);
        QVERIFY(std::abs(down.y * 1920 - 100) < 1e-6);
        // Turned 90 degrees, its 800 px run down the canvas: held at 1920 / 800.
        Transform turned;
        turned.rotation = 90;
        turned.scale = 8;
        QVERIFY(std::abs(keepBlockInCanvas(turned, block, canvas).scale - 1920.0 / 800) < 1e-6);
    }

    // ---- captions ----------------------------------------------------------------------

    void captionsAreReadableInTheLowerThird_data() {
        QTest::addColumn<QString>("platform");
        QTest::addColumn<int>("width");
        QTest::addColumn<int>("height");
        QTest::newRow("tiktok 1080x1920") << "tiktok" << 1080 << 1920;
        QTest::newRow("shorts 720x1280") << "shorts" << 720 << 1280;
        QTest::newRow("reels 1080x1920") << "reels" << 1080 << 1920;
        QTest::newRow("youtube 1920x1080") << "youtube" << 1920 << 1080;
    }

    void captionsAreReadableInTheLowerThird() {
        QFETCH(QString, platform);
        QFETCH(int, width);
        QFETCH(int, height);
        const Project p = makeDefaultProject(width, height, FrameRate(30));
        const SafeZone zone = findPreset(platform.toStdString())->safeZone;
        const std::vector<Caption> captions{
            {Time(0), Time(2), "Hi"},
            {Time(2), Time(4), "A much longer caption that needs two lines on a phone"},
            {Time(4), Time(6), "Line one\nline two\nline three"}};
        const std::vector<Clip> clips =
            placedCaptions(p, captions, *findTextPreset("caption-box"), zone);
        QCOMPARE(clips.size(), captions.size());
        const QRectF safe = safeRect(zone, QSizeF(width, height));
        const double shortSide = std::min(width, height);
        for (const Clip& c : clips) {
            QVERIFY(c.style.fontSize * c.transform.scale >= 0.055 * shortSide);
            QCOMPARE(c.transform.x, 0.5);
            const QRectF box = boxOf(p, c);
            QVERIFY2(safe.contains(box), qPrintable(QString::fromStdString(c.text)));
            // In the lower third where the platform leaves it room (Reels covers a third).
            if (safe.bottom() > height * 0.75) {
                QVERIFY2(box.center().y() > height * 2.0 / 3,
                         qPrintable(QString::number(box.center().y() / height)));
            }
        }
        // All captions sit on one line at the bottom.
        QVERIFY(std::abs(boxOf(p, clips[0]).bottom() - boxOf(p, clips[1]).bottom()) < 1.5);
    }

    // ---- the preview at rest -----------------------------------------------------------

    void selectedClipIsDrawnAtRest() {
        Project p = makeDefaultProject();
        Clip text = newTextClip(p, *findTextPreset("bold-outline"), "Hello", Time(0),
                                findPreset("tiktok")->safeZone);
        const ObjectId id = addOverlayClip(p, text, TrackKind::Text, "Text");
        // Frame 0 of a pop is invisible; at rest it is the clip as it will sit.
        QVERIFY(appearanceAt(*p.findClip(id).second, Time(0)).animationScale < 1e-9);
        const Project rest = withClipsAtRest(p, {id});
        const ClipAppearance look = appearanceAt(*rest.findClip(id).second, Time(0));
        QCOMPARE(look.animationScale, 1.0);
        QCOMPARE(look.opacity, 1.0);
        QVERIFY(withClipsAtRest(p, {}) == p);
    }
};

QTEST_MAIN(TestPlacement)
#include "tst_placement.moc"
