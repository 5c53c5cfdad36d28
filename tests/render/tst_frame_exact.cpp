// Frame-exact trims: sources whose pixels carry their own frame number, at 25, 29.97
// and 30 fps, trimmed and concatenated into a 30 fps project. Every exported frame must
// show the source frame that is on screen at that moment.

#include "builtin_effects.h"
#include "export/exporter.h"
#include "model/edits.h"
#include "render_test_util.h"
#include "support/test_media.h"

#include <QGuiApplication>
#include <QTemporaryDir>
#include <QTest>

using namespace reelcut;
using namespace reelcut::test;

class TestFrameExact : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void trimmedConcatenation() {
        QTemporaryDir dir;
        struct Source {
            QString rate;
            FrameRate fps;
            int inFrame; // trim point, in source frames
            int outFrame;
        };
        const std::vector<Source> sources = {
            {"25", FrameRate(25), 7, 37},
            {"30000/1001", FrameRate(30000, 1001), 13, 52},
            {"30", FrameRate(30), 21, 44},
        };
        Project project = makeDefaultProject(320, 240, FrameRate(30));
        const ObjectId track = project.tracks[0].id;
        Time at(0);
        std::vector<const Source*> owner;
        for (const Source& s : sources) {
            const QString file = makeFrameCodeVideo(
                dir.path(), "src" + QString::number(owner.size()) + ".mp4", s.rate, 60);
            Clip c = makeClip(file, at, frameTime(s.inFrame, s.fps), frameTime(s.outFrame, s.fps));
            at = c.end();
            edit::addClip(project, track, c);
            owner.push_back(&s);
        }
        const QString out = dir.path() + "/out.mp4";
        ExportRequest req;
        req.output = out.toStdString();
        req.preset = smallPreset(320, 240);
        const ExportResult result = exportProject(project, req);
        QCOMPARE(result.frames, project.frameCount());

        const std::vector<QImage> frames = decodeFrames(out);
        QCOMPARE(qint64(frames.size()), project.frameCount());
        int checked = 0;
        for (std::size_t n = 0; n < frames.size(); ++n) {
            const Time t = frameTime(qint64(n), project.frameRate);
            const Track& tr = project.tracks[0];
            const Clip* clip = nullptr;
            std::size_t index = 0;
            for (std::size_t i = 0; i < tr.clips.size(); ++i) {
                if (tr.clips[i].contains(t)) {
                    clip = &tr.clips[i];
                    index = i;
                }
            }
            QVERIFY(clip != nullptr);
            const qint64 expected = frameAtTime(clip->sourceTime(t), owner[index]->fps);
            const int got = readFrameCode(frames[n], frames[n].rect());
            QVERIFY2(
                got == expected,
                qPrintable(QString("output frame %1: source frame %2, expected %3 (source %4 fps)")
                               .arg(n)
                               .arg(got)
                               .arg(expected)
                               .arg(owner[index]->rate)));
            ++checked;
        }
        QVERIFY(checked > 60);
    }

    void rangeExportStartsAtTheRightFrame() {
        QTemporaryDir dir;
        const QString file = makeFrameCodeVideo(dir.path(), "src.mp4", "30000/1001", 90);
        Project project = makeDefaultProject(320, 240, FrameRate(30000, 1001));
        edit::addClip(project, project.tracks[0].id,
                      makeClip(file, Time(0), Time(0), frameTime(90, project.frameRate)));
        ExportRequest req;
        req.output = (dir.path() + "/range.mp4").toStdString();
        req.preset = smallPreset(320, 240);
        req.from = frameTime(31, project.frameRate);
        req.to = frameTime(61, project.frameRate);
        exportProject(project, req);
        const std::vector<QImage> frames = decodeFrames(dir.path() + "/range.mp4");
        QCOMPARE(int(frames.size()), 30);
        for (int i = 0; i < 30; ++i) {
            QCOMPARE(readFrameCode(frames[size_t(i)], frames[size_t(i)].rect()), 31 + i);
        }
    }
};

int main(int argc, char** argv) {
    QGuiApplication app(argc, argv);
    registerBuiltinEffects();
    TestFrameExact t;
    return QTest::qExec(&t, argc, argv);
}
#include "tst_frame_exact.moc"
