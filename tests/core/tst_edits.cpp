#include "commands/project_document.h"
#include "model/edits.h"

#include <QTest>

using namespace reelcut;

namespace {

Clip clipAt(Time start, Time in, Time out, const char* media = "/m/a.mp4") {
    Clip c;
    c.media = media;
    c.start = start;
    c.in = in;
    c.out = out;
    return c;
}

} // namespace

class TestEdits : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void splitIsFrameExact() {
        // At 29.97 fps, splitting at frame 47 puts the cut at exactly 47 * 1001/30000 s
        // of the timeline and the matching source frame.
        Project p = makeDefaultProject(1080, 1920, FrameRate(30000, 1001));
        const ObjectId v = p.tracks[0].id;
        const ObjectId a = edit::addClip(p, v, clipAt(Time(0), Rational(1001, 3000), Time(5)));
        const Time cut = frameTime(47, p.frameRate);
        const ObjectId b = edit::splitClip(p, a, cut);
        const Clip& left = *p.findClip(a).second;
        const Clip& right = *p.findClip(b).second;
        QCOMPARE(left.end(), cut);
        QCOMPARE(right.start, cut);
        QCOMPARE(left.out, right.in);
        QCOMPARE(right.in, Rational(1001, 3000) + cut);
        QCOMPARE(right.out, Time(5));
    }

    void splitWithSpeedKeepsSourceContinuous() {
        Project p = makeDefaultProject();
        const ObjectId v = p.tracks[0].id;
        Clip c = clipAt(Time(1), Time(2), Time(8));
        c.speed = Rational(2);
        const ObjectId a = edit::addClip(p, v, c);
        QCOMPARE(p.findClip(a).second->end(), Time(4));
        const ObjectId b = edit::splitClip(p, a, Time(2));
        QCOMPARE(p.findClip(a).second->out, Time(4));
        QCOMPARE(p.findClip(b).second->in, Time(4));
        QCOMPARE(p.findClip(b).second->end(), Time(4));
    }

    void overlapsAndLocksAreRefused() {
        Project p = makeDefaultProject();
        const ObjectId v = p.tracks[0].id;
        edit::addClip(p, v, clipAt(Time(0), Time(0), Time(2)));
        const Project before = p;
        QVERIFY_THROWS_EXCEPTION(EditError, edit::addClip(p, v, clipAt(Time(1), Time(0), Time(2))));
        p.tracks[0].locked = true;
        QVERIFY_THROWS_EXCEPTION(EditError, edit::addClip(p, v, clipAt(Time(5), Time(0), Time(1))));
        QVERIFY_THROWS_EXCEPTION(EditError, edit::addClip(p, v, clipAt(Time(5), Time(2), Time(1))));
    }

    void rippleDeleteClosesTheGap() {
        Project p = makeDefaultProject();
        const ObjectId v = p.tracks[0].id;
        const ObjectId a = edit::addClip(p, v, clipAt(Time(0), Time(0), Time(2)));
        const ObjectId b = edit::addClip(p, v, clipAt(Time(2), Time(0), Time(3)));
        const ObjectId c = edit::addClip(p, v, clipAt(Time(5), Time(0), Time(1)));
        edit::rippleDelete(p, b);
        QCOMPARE(p.tracks[0].clips.size(), size_t(2));
        QCOMPARE(p.findClip(a).second->start, Time(0));
        QCOMPARE(p.findClip(c).second->start, Time(2));
    }

    void trimsMoveTheRightPoints() {
        Project p = makeDefaultProject();
        const ObjectId v = p.tracks[0].id;
        const ObjectId a = edit::addClip(p, v, clipAt(Time(1), Time(3), Time(6)));
        edit::trimStart(p, a, Time(2));
        QCOMPARE(p.findClip(a).second->in, Time(4));
        QCOMPARE(p.findClip(a).second->start, Time(2));
        edit::trimEnd(p, a, Time(3), Time(10));
        QCOMPARE(p.findClip(a).second->out, Time(5));
        QVERIFY_THROWS_EXCEPTION(EditError, edit::trimEnd(p, a, Time(20), Time(10)));
        QVERIFY_THROWS_EXCEPTION(EditError, edit::trimStart(p, a, Time(-5)));
    }

    void documentUndoRedoRestoresEachState() {
        ProjectDocument doc;
        const ObjectId v = doc.project().tracks[0].id;
        ObjectId a = 0;
        QVERIFY(doc.apply("Add", [&](Project& p) {
            a = edit::addClip(p, v, clipAt(Time(0), Time(0), Time(4)));
        }));
        const Project afterAdd = doc.project();
        ObjectId b = 0;
        QVERIFY(doc.apply("Split", [&](Project& p) { b = edit::splitClip(p, a, Time(1)); }));
        const Project afterSplit = doc.project();
        QCOMPARE(afterSplit.tracks[0].clips.size(), size_t(2));
        // A failed edit changes nothing and adds no undo step.
        QVERIFY(!doc.apply("Bad", [&](Project& p) { edit::splitClip(p, a, Time(9)); }));
        QVERIFY(doc.lastError().contains("inside the clip"));
        QCOMPARE(doc.undoStack().count(), 2);
        doc.undoStack().undo();
        QVERIFY(doc.project() == afterAdd);
        doc.undoStack().undo();
        QVERIFY(doc.project().tracks[0].clips.empty());
        doc.undoStack().redo();
        doc.undoStack().redo();
        QVERIFY(doc.project() == afterSplit);
    }

    void slidersMergeIntoOneStep() {
        ProjectDocument doc;
        const ObjectId v = doc.project().tracks[0].id;
        ObjectId a = 0;
        doc.apply("Add",
                  [&](Project& p) { a = edit::addClip(p, v, clipAt(Time(0), Time(0), Time(4))); });
        for (int i = 1; i <= 10; ++i) {
            doc.apply(
                "Opacity",
                [&](Project& p) {
                    Clip c = *p.findClip(a).second;
                    c.transform.opacity = 1.0 - i * 0.05;
                    edit::updateClip(p, c);
                },
                1000 + int(a));
        }
        QCOMPARE(doc.undoStack().count(), 2);
        doc.undoStack().undo();
        QCOMPARE(doc.project().findClip(a).second->transform.opacity, 1.0);
    }
};

QTEST_APPLESS_MAIN(TestEdits)
#include "tst_edits.moc"
