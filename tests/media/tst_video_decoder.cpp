// VideoDecoder: every frameAt(t) shows the frame that is on screen at t, checked by the
// frame number each test video carries in its pixels, in random order and in sequence.

#include "media/media_error.h"
#include "media/video_decoder.h"
#include "media_test_util.h"
#include "support/test_media.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>
#include <random>

extern "C" {
#include <libavutil/log.h>
}

using namespace reelcut;
using namespace reelcut::test;

namespace {

int codeOf(const AVFrame& f) {
    const QImage img = toImage(f);
    return readFrameCode(img, img.rect());
}

// Frame-code video with extra encoder/filter arguments (B-frames, VFR timing...).
QString makeCodedVideo(const QString& file, const QString& rate, int frames,
                       const QString& extraFilter, const QStringList& encodeArgs) {
    const QString geq =
        QStringLiteral("geq=lum='255*mod(floor(N/pow(2,floor(X*10/W))),2)':cb=128:cr=128");
    ffmpeg(QStringList{"-f", "lavfi", "-i", "color=c=black:s=160x120:r=" + rate, "-vf",
                       geq + extraFilter + ",format=yuv420p", "-frames:v",
                       QString::number(frames)} +
           encodeArgs + QStringList{file});
    return file;
}

} // namespace

class TestVideoDecoder : public QObject {
    Q_OBJECT

private:
    QTemporaryDir dir_;
    QString p(const QString& name) const { return dir_.filePath(name); }

    // Random order, mid-frame and just-before-next-frame times, then a plain sequential
    // pass that must not seek.
    void checkFrameExact(const QString& file, const FrameRate& rate, int frames,
                         const Time& timestampTolerance = Time(0)) {
        {
            VideoDecoder dec(file.toStdString());
            QCOMPARE(dec.info().frameRate, rate);
            std::vector<int> order(std::size_t(frames), 0);
            for (int i = 0; i < frames; ++i) {
                order[std::size_t(i)] = i;
            }
            std::mt19937 rng(7);
            std::shuffle(order.begin(), order.end(), rng);
            for (const int k : order) {
                const Time t = frameTime(k, rate);
                QCOMPARE(codeOf(dec.frameAt(t)), k);
                const Time error = dec.lastFrameTime() - t;
                QVERIFY2(max(error, -error) <= timestampTolerance,
                         dec.lastFrameTime().toString().c_str());
                const Time mid = t + Rational(1, 2) / rate;
                QCOMPARE(codeOf(dec.frameAt(mid)), k);
                const Time justBefore = frameTime(k + 1, rate) - Rational(2, 1000);
                QCOMPARE(codeOf(dec.frameAt(justBefore)), k);
            }
            QVERIFY(dec.seekCount() > 0);
            QVERIFY(dec.seekCount() < frames * 3);
        }
        {
            VideoDecoder dec(file.toStdString());
            for (int k = 0; k < frames; ++k) {
                QCOMPARE(codeOf(dec.frameAt(frameTime(k, rate))), k);
            }
            QCOMPARE(dec.seekCount(), 0);
            // Past the end: the last frame stays; before the start: the first frame.
            QCOMPARE(codeOf(dec.frameAt(Time(100))), frames - 1);
            QCOMPARE(codeOf(dec.frameAt(Time(-1))), 0);
        }
        {
            // A 60 fps timeline stepping through the source decodes on, never seeks.
            VideoDecoder dec(file.toStdString());
            for (int j = 0; frameTime(j, FrameRate(60)) < frameTime(frames, rate); ++j) {
                const Time t = frameTime(j, FrameRate(60));
                // Within the container's rounding of a frame boundary either side is right.
                const int code = codeOf(dec.frameAt(t));
                QVERIFY2(code >= frameAtTime(t - timestampTolerance, rate) &&
                             code <= frameAtTime(t + timestampTolerance, rate),
                         qPrintable(QString("%1 at %2").arg(code).arg(t.toDouble())));
            }
            QCOMPARE(dec.seekCount(), 0);
        }
    }

private slots:
    void initTestCase() {
        QVERIFY(dir_.isValid());
        av_log_set_level(AV_LOG_FATAL);
    }

    void frameExact_data() {
        QTest::addColumn<QString>("rate");
        QTest::addColumn<Rational>("exact");
        QTest::newRow("25") << "25" << Rational(25);
        QTest::newRow("29.97") << "30000/1001" << Rational(30000, 1001);
        QTest::newRow("30") << "30" << Rational(30);
    }
    void frameExact() {
        QFETCH(QString, rate);
        QFETCH(Rational, exact);
        const QString file = makeFrameCodeVideo(
            dir_.path(), "fc_" + QString(rate).replace('/', '_') + ".mp4", rate, 150, 160, 120);
        checkFrameExact(file, exact, 150);
    }

    void bFrames() {
        // B-frames: decode order differs from display order.
        makeCodedVideo(p("bframes.mp4"), "25", 100, "",
                       {"-c:v", "libx264", "-preset", "fast", "-bf", "3", "-qp", "10", "-g", "24"});
        checkFrameExact(p("bframes.mp4"), FrameRate(25), 100);
    }

    void mpegTsStartsLate() {
        // MPEG-TS starts its clock at 1.4 s; source time 0 is still the first frame.
        makeFrameCodeVideo(dir_.path(), "ts_src.mp4", "25", 100, 160, 120);
        ffmpeg({"-i", p("ts_src.mp4"), "-c", "copy", "-f", "mpegts", p("late.ts")});
        QVERIFY(
            probeStream(ffprobe(p("late.ts")), "video").value("start_time").toString().toDouble() >
            1);
        checkFrameExact(p("late.ts"), FrameRate(25), 100);
    }

    void webmMillisecondTimestamps() {
        // WebM keeps whole milliseconds, so 29.97 fps timestamps are rounded.
        makeCodedVideo(p("vp9.webm"), "30000/1001", 90, "",
                       {"-c:v", "libvpx-vp9", "-deadline", "realtime", "-cpu-used", "8", "-crf",
                        "10", "-b:v", "0", "-g", "30"});
        checkFrameExact(p("vp9.webm"), FrameRate(30000, 1001), 90, Rational(1, 1000));
    }

    void variableFrameRate() {
        // Frames 0-19 last 1/25 s, frames 20-39 last 1/5 s.
        auto timeOf = [](int n) {
            return n < 20 ? Rational(n, 25) : Rational(20, 25) + Rational(n - 20, 5);
        };
        makeCodedVideo(p("vfr.mp4"), "25", 40, ",setpts='if(lt(N,20),N,20+(N-20)*5)'",
                       {"-fps_mode", "vfr", "-c:v", "libx264", "-preset", "ultrafast", "-qp", "10",
                        "-g", "12"});
        VideoDecoder dec(p("vfr.mp4").toStdString());
        QVERIFY(dec.info().variableFrameRate);
        std::vector<int> order(40);
        for (int i = 0; i < 40; ++i) {
            order[std::size_t(i)] = i;
        }
        std::shuffle(order.begin(), order.end(), std::mt19937(3));
        for (const int n : order) {
            QCOMPARE(codeOf(dec.frameAt(timeOf(n))), n);
            QCOMPARE(dec.lastFrameTime(), timeOf(n));
            const Time mid = (timeOf(n) + timeOf(n + 1)) / Rational(2);
            QCOMPARE(codeOf(dec.frameAt(mid)), n);
        }
        VideoDecoder seq(p("vfr.mp4").toStdString());
        for (int j = 0; j < 5 * 25; ++j) {
            const Time t(j, 25);
            int expected = 0;
            while (expected + 1 < 40 && timeOf(expected + 1) <= t) {
                ++expected;
            }
            QCOMPARE(codeOf(seq.frameAt(t)), expected);
        }
        QCOMPARE(seq.seekCount(), 0);
    }

    void jumpsAheadSeekOnlyPastAKeyframe() {
        // Keyframes every 10 frames, B-frames: a jump forward over a keyframe seeks (less
        // to decode), a step within the GOP, or just past a keyframe, decodes on.
        makeCodedVideo(p("gop10.mp4"), "25", 100, "",
                       {"-c:v", "libx264", "-preset", "ultrafast", "-bf", "2", "-g", "10",
                        "-keyint_min", "10", "-sc_threshold", "0", "-qp", "10"});
        VideoDecoder dec(p("gop10.mp4").toStdString());
        auto at = [&](int n) {
            return codeOf(dec.frameAt(Rational(n, 25)));
        };
        QCOMPARE(at(2), 2);
        QCOMPARE(at(7), 7);
        QCOMPARE(dec.seekCount(), 0);
        QCOMPARE(at(45), 45); // keyframes at 10..40 in between
        QCOMPARE(dec.seekCount(), 1);
        QCOMPARE(at(48), 48);
        QCOMPARE(at(52), 52); // over the keyframe at 50, but decoding on is as cheap
        QCOMPARE(dec.seekCount(), 1);
        QCOMPARE(at(93), 93);
        QCOMPARE(dec.seekCount(), 2);
        // Every frame of the file, in order, from every start, stays exact.
        for (int n = 0; n < 100; n += 7) {
            VideoDecoder fresh(p("gop10.mp4").toStdString());
            QCOMPARE(codeOf(fresh.frameAt(Rational(n, 25))), n);
            QCOMPARE(codeOf(fresh.frameAt(Rational(n + 3, 25))), std::min(99, n + 3));
        }
    }

    void recentFramesComeBackWithoutSeeking() {
        makeFrameCodeVideo(dir_.path(), "hist.mp4", "25", 60, 160, 120);
        VideoDecoder::Options options;
        options.history = 4;
        VideoDecoder dec(p("hist.mp4").toStdString(), options);
        QCOMPARE(codeOf(dec.frameAt(Rational(20, 25))), 20);
        const int seeks = dec.seekCount();
        QCOMPARE(codeOf(dec.frameAt(Rational(17, 25))), 17);
        QCOMPARE(codeOf(dec.frameAt(Rational(19, 25))), 19);
        QCOMPARE(codeOf(dec.frameAt(Rational(16, 25))), 16);
        QCOMPARE(dec.lastFrameTime(), Rational(16, 25));
        QCOMPARE(codeOf(dec.frameAt(Rational(21, 25))), 21);
        QCOMPARE(dec.seekCount(), seeks);
        QCOMPARE(codeOf(dec.frameAt(Rational(10, 25))), 10); // older than the history
        QCOMPARE(dec.seekCount(), seeks + 1);
        // Without a history, a step back seeks.
        VideoDecoder plain(p("hist.mp4").toStdString());
        QCOMPARE(codeOf(plain.frameAt(Rational(20, 25))), 20);
        const int plainSeeks = plain.seekCount();
        QCOMPARE(codeOf(plain.frameAt(Rational(19, 25))), 19);
        QCOMPARE(plain.seekCount(), plainSeeks + 1);
    }

    void rotatedFramesAreStoredSize() {
        makeFrameCodeVideo(dir_.path(), "flat.mp4", "25", 10, 160, 120);
        ffmpeg({"-i", p("flat.mp4"), "-c", "copy", "-metadata:s:v:0", "rotate=90", p("rot.mp4")});
        VideoDecoder dec(p("rot.mp4").toStdString());
        // FFmpeg 5.1's tag writes a counter-clockwise matrix; either quarter turn will do here.
        QVERIFY(dec.info().rotation == 90 || dec.info().rotation == 270);
        QCOMPARE(dec.info().width, 120);
        const AVFrame& f = dec.frameAt(Time(0));
        QCOMPARE(f.width, 160);
        QCOMPARE(f.height, 120);
        QCOMPARE(codeOf(dec.frameAt(Rational(5, 25))), 5);
    }

    void truncatedFileShowsWhatIsThere() {
        makeFrameCodeVideo(dir_.path(), "whole.mp4", "25", 100, 160, 120);
        ffmpeg({"-i", p("whole.mp4"), "-c", "copy", "-movflags", "+faststart", p("fast.mp4")});
        QFile whole(p("fast.mp4"));
        QVERIFY(whole.open(QIODevice::ReadOnly));
        writeFile(p("half.mp4"), whole.read(whole.size() / 2));
        VideoDecoder dec(p("half.mp4").toStdString());
        QCOMPARE(codeOf(dec.frameAt(Time(0))), 0);
        QCOMPARE(codeOf(dec.frameAt(Rational(10, 25))), 10);
        // Past the cut: the last frame that could be decoded, not a crash.
        const int last = codeOf(dec.frameAt(Rational(99, 25)));
        QVERIFY2(last > 10 && last < 99, QByteArray::number(last));
        QCOMPARE(codeOf(dec.frameAt(Rational(5, 25))), 5);
    }

    void garbagePacketsThrowDecodeError() {
        makeFrameCodeVideo(dir_.path(), "good.mp4", "25", 25, 160, 120);
        ffmpeg({"-i", p("good.mp4"), "-c", "copy", "-movflags", "+faststart", p("good-fast.mp4")});
        QFile f(p("good-fast.mp4"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QByteArray bytes = f.readAll();
        const qsizetype mdat = bytes.indexOf("mdat");
        QVERIFY(mdat > 0);
        quint32 seed = 99;
        for (qsizetype i = mdat + 4; i < bytes.size(); ++i) {
            seed = seed * 1664525u + 1013904223u;
            bytes[i] = char(seed >> 24);
        }
        writeFile(p("garbage.mp4"), bytes);
        try {
            VideoDecoder dec(p("garbage.mp4").toStdString());
            // A decoder may conceal errors into a picture; then it must be a whole frame.
            const AVFrame& fr = dec.frameAt(Time(0));
            QCOMPARE(fr.width, 160);
            dec.frameAt(Time(1, 2));
        } catch (const MediaError& e) {
            QVERIFY2(QString(e.what()).contains("garbage.mp4"), e.what());
            QCOMPARE(e.stage(), std::string("decode"));
        }
    }

    void audioOnlyFileIsNotVideo() {
        ffmpeg({"-f", "lavfi", "-i", "sine=duration=1", p("tone.wav")});
        try {
            VideoDecoder dec(p("tone.wav").toStdString());
            QFAIL("audio file opened as video");
        } catch (const MediaError& e) {
            QVERIFY(QString(e.what()).contains("tone.wav"));
        }
    }

    void stillImageAsVideo() {
        ffmpeg({"-f", "lavfi", "-i", "color=c=white:s=64x48", "-frames:v", "1", p("still.png")});
        VideoDecoder dec(p("still.png").toStdString());
        QVERIFY(dec.info().isStill);
        QCOMPARE(dec.frameAt(Time(0)).width, 64);
        QCOMPARE(dec.frameAt(Time(3)).width, 64);
        QCOMPARE(dec.frameAt(Time(1)).height, 48);
    }
};

QTEST_GUILESS_MAIN(TestVideoDecoder)
#include "tst_video_decoder.moc"
