// Where an export's frames and sound sit in the file, as tools that read it from time 0 see
// it: the first frame at 0, the file exactly as long as the timeline range, no edit list.
// Sources carry their frame number in their pixels; the file is read back with ffprobe
// and with ffmpeg's own decoder resampled onto the frame grid from 0 (what other editors
// and ffmpeg pipelines do), which would show any lead as repeated first frames.

#include "builtin_effects.h"
#include "export/exporter.h"
#include "model/edits.h"
#include "render_test_util.h"
#include "support/test_media.h"

#include <QGuiApplication>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <cmath>

using namespace reelcut;
using namespace reelcut::test;

namespace {

double number(const QJsonObject& o, const char* key) {
    bool ok = false;
    const double v = o.value(key).toString().toDouble(&ok);
    return ok ? v : -1.0;
}

// ffmpeg's decoder output put on a constant frame grid starting at time 0, as an editor
// importing the file or a `-r` pipeline sees it.
std::vector<QImage> decodeOnFrameGrid(const QString& file, const QString& rate, int w, int h) {
    const QByteArray raw = run(QStringLiteral(REELCUT_FFMPEG),
                               {"-hide_banner", "-loglevel", "error", "-i", file, "-fps_mode",
                                "cfr", "-r", rate, "-f", "rawvideo", "-pix_fmt", "rgb24", "-"});
    std::vector<QImage> frames;
    const qsizetype bytes = qsizetype(w) * h * 3;
    for (qsizetype off = 0; off + bytes <= raw.size(); off += bytes) {
        QImage img(w, h, QImage::Format_RGB888);
        for (int y = 0; y < h; ++y) {
            memcpy(img.scanLine(y), raw.constData() + off + qsizetype(y) * w * 3, size_t(w) * 3);
        }
        frames.push_back(img);
    }
    return frames;
}

} // namespace

class TestExportTiming : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void startsAtZeroAndLastsExactly_data() {
        QTest::addColumn<QString>("rate");
        QTest::newRow("25") << "25";
        QTest::newRow("29.97") << "30000/1001";
        QTest::newRow("30") << "30";
    }
    void startsAtZeroAndLastsExactly() {
        QFETCH(QString, rate);
        const FrameRate fps = *Rational::parse(rate.toStdString());
        constexpr int kIn = 7;
        constexpr int kFrames = 57; // not a whole number of AAC frames at any of the rates
        QTemporaryDir dir;
        const QString src = makeFrameCodeVideo(dir.path(), "src.mp4", rate, 80, 160, 120, true);
        Project project = makeDefaultProject(160, 120, fps);
        edit::addClip(project, project.tracks[0].id,
                      makeClip(src, Time(0), frameTime(kIn, fps), frameTime(kIn + kFrames, fps)));
        const QString out = dir.path() + "/out.mp4";
        ExportRequest req;
        req.output = out.toStdString();
        req.preset = smallPreset(160, 120);
        const ExportResult result = exportProject(project, req);
        QVERIFY2(result.report.ok(), result.report.errors.empty()
                                         ? ""
                                         : result.report.errors.front().english().c_str());
        QVERIFY(!result.report.facts.hasEditList);

        const double want = kFrames / fps.toDouble();
        const QJsonObject probe = ffprobe(out);
        const QJsonObject format = probe.value("format").toObject();
        const QJsonObject v = probeStream(probe, "video");
        const QJsonObject a = probeStream(probe, "audio");
        QCOMPARE(number(format, "start_time"), 0.0);
        QCOMPARE(number(v, "start_time"), 0.0);
        QCOMPARE(number(a, "start_time"), 0.0);
        qInfo("%s fps: %d frames, want %.6f s; file %.6f s, video %.6f s, audio %.6f s",
              qPrintable(rate), kFrames, want, number(format, "duration"), number(v, "duration"),
              number(a, "duration"));
        QVERIFY2(std::abs(number(format, "duration") - want) < 0.001, "file duration");
        QVERIFY2(std::abs(number(v, "duration") - want) < 0.001, "video duration");
        QVERIFY2(std::abs(number(a, "duration") - want) < 0.001, "audio duration");
        QCOMPARE(v.value("nb_frames").toString().toInt(), kFrames);
        QCOMPARE(v.value("r_frame_rate").toString(), v.value("avg_frame_rate").toString());

        // Every frame once, in order, from the first timeline frame on, when the decoder's
        // output is laid on the frame grid from 0: nothing repeated at the start.
        const std::vector<QImage> grid = decodeOnFrameGrid(out, rate, 160, 120);
        QCOMPARE(int(grid.size()), kFrames);
        for (int i = 0; i < kFrames; ++i) {
            const int got = readFrameCode(grid[size_t(i)], grid[size_t(i)].rect());
            QVERIFY2(got == kIn + i, qPrintable(QString("grid frame %1 shows source frame %2, "
                                                        "expected %3")
                                                    .arg(i)
                                                    .arg(got)
                                                    .arg(kIn + i)));
        }
    }
};

int main(int argc, char** argv) {
    QGuiApplication app(argc, argv);
    registerBuiltinEffects();
    TestExportTiming t;
    return QTest::qExec(&t, argc, argv);
}
#include "tst_export_timing.moc"
