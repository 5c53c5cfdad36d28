// probeMedia and openInputFile: what a user sees in the media bin for common phone,
// camera and web formats, and how broken or crafted files are refused.

#include "media/input_file.h"
#include "media/media_error.h"
#include "media/media_info.h"
#include "media_test_util.h"
#include "support/test_media.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <sys/stat.h>

extern "C" {
#include <libavutil/error.h>
#include <libavutil/log.h>
}

using namespace reelcut;
using namespace reelcut::test;

namespace {

std::string path(const QString& p) {
    return p.toStdString();
}

bool near(const Time& t, double seconds, double tolerance) {
    return std::abs(t.toDouble() - seconds) <= tolerance;
}

// The error a user would see for `file`: MediaError naming the file and a stage.
#define EXPECT_MEDIA_ERROR(file, expr, wantedStage)                                                \
    do {                                                                                           \
        bool thrown_ = false;                                                                      \
        try {                                                                                      \
            expr;                                                                                  \
        } catch (const MediaError& e_) {                                                           \
            thrown_ = true;                                                                        \
            QVERIFY2(QString::fromStdString(e_.what()).contains(QFileInfo(file).fileName()),       \
                     e_.what());                                                                   \
            QVERIFY2(!e_.reason().empty(), e_.what());                                             \
            if (QString(wantedStage).isEmpty()) {                                                  \
                QVERIFY2(!e_.stage().empty(), e_.what());                                          \
            } else {                                                                               \
                QVERIFY2(e_.stage() == std::string(wantedStage), e_.what());                       \
            }                                                                                      \
        }                                                                                          \
        QVERIFY2(thrown_, qPrintable("no MediaError for " + QString(file)));                       \
    } while (0)

} // namespace

class TestMediaProbe : public QObject {
    Q_OBJECT

private:
    QTemporaryDir dir_;
    QString p(const QString& name) const { return dir_.filePath(name); }

private slots:
    void initTestCase() {
        QVERIFY(dir_.isValid());
        // The broken-file cases make FFmpeg complain; the assertions say what matters.
        av_log_set_level(AV_LOG_FATAL);
    }

    void h264AacMp4() {
        ffmpeg(
            {"-f",      "lavfi",     "-i",        "testsrc2=s=320x240:r=25:d=2",
             "-f",      "lavfi",     "-i",        "sine=frequency=440:sample_rate=48000:duration=2",
             "-ac",     "2",         "-c:v",      "libx264",
             "-preset", "ultrafast", "-pix_fmt",  "yuv420p",
             "-c:a",    "aac",       "-shortest", p("a.mp4")});
        const MediaInfo info = probeMedia(path(p("a.mp4")));
        QVERIFY(QString::fromStdString(info.container).contains("mp4"));
        QCOMPARE(info.path, path(p("a.mp4")));
        QVERIFY(info.hasVideo);
        QVERIFY(!info.isStill);
        QCOMPARE(info.videoCodec, std::string("h264"));
        QCOMPARE(info.width, 320);
        QCOMPARE(info.height, 240);
        QCOMPARE(info.codedWidth, 320);
        QCOMPARE(info.codedHeight, 240);
        QCOMPARE(info.rotation, 0);
        QCOMPARE(info.frameRate, FrameRate(25));
        QVERIFY(!info.variableFrameRate);
        QCOMPARE(info.pixelFormat, std::string("yuv420p"));
        QCOMPARE(info.frameCount, std::int64_t(50));
        QVERIFY2(near(info.duration, 2.0, 0.05), info.duration.toString().c_str());
        QVERIFY(info.hasAudio);
        QCOMPARE(info.audioCodec, std::string("aac"));
        QCOMPARE(info.sampleRate, 48000);
        QCOMPARE(info.channels, 2);
    }

    void hevcMov2997() {
        ffmpeg({"-f", "lavfi", "-i", "testsrc2=s=320x240:r=30000/1001", "-frames:v", "30", "-c:v",
                "libx265", "-preset", "ultrafast", "-x265-params", "log-level=error", "-tag:v",
                "hvc1", p("b.mov")});
        const MediaInfo info = probeMedia(path(p("b.mov")));
        QVERIFY(QString::fromStdString(info.container).contains("mov"));
        QCOMPARE(info.videoCodec, std::string("hevc"));
        QCOMPARE(info.frameRate, FrameRate(30000, 1001));
        QVERIFY(!info.variableFrameRate);
        QCOMPARE(info.frameCount, std::int64_t(30));
        QVERIFY(near(info.duration, 30 * 1001 / 30000.0, 0.01));
        QVERIFY(!info.hasAudio);
    }

    void vp9OpusMkvAndVorbisWebm() {
        ffmpeg({"-f", "lavfi", "-i", "testsrc2=s=160x120:r=30:d=1", "-f", "lavfi", "-i",
                "sine=sample_rate=48000:duration=1", "-c:v", "libvpx-vp9", "-deadline", "realtime",
                "-cpu-used", "8", "-c:a", "libopus", p("c.mkv")});
        MediaInfo info = probeMedia(path(p("c.mkv")));
        QVERIFY(QString::fromStdString(info.container).contains("matroska"));
        QCOMPARE(info.videoCodec, std::string("vp9"));
        QCOMPARE(info.width, 160);
        QCOMPARE(info.frameRate, FrameRate(30));
        QVERIFY(!info.variableFrameRate); // millisecond timestamps 33/34 ms are not VFR
        QCOMPARE(info.audioCodec, std::string("opus"));
        QCOMPARE(info.sampleRate, 48000);
        QCOMPARE(info.channels, 1);
        QVERIFY2(near(info.duration, 1.0, 0.05), info.duration.toString().c_str());

        ffmpeg({"-f", "lavfi", "-i", "testsrc2=s=160x120:r=24:d=1", "-f", "lavfi", "-i",
                "sine=sample_rate=44100:duration=1", "-ac", "2", "-c:v", "libvpx-vp9", "-deadline",
                "realtime", "-cpu-used", "8", "-c:a", "libvorbis", p("d.webm")});
        info = probeMedia(path(p("d.webm")));
        QVERIFY(QString::fromStdString(info.container).contains("webm"));
        QCOMPARE(info.frameRate, FrameRate(24));
        QCOMPARE(info.audioCodec, std::string("vorbis"));
        QCOMPARE(info.sampleRate, 44100);
        QCOMPARE(info.channels, 2);
        QVERIFY(info.frameCount > 0);
    }

    void proresMov() {
        ffmpeg({"-f", "lavfi", "-i", "testsrc2=s=160x120:r=25", "-frames:v", "10", "-c:v",
                "prores_ks", "-profile:v", "4444", "-pix_fmt", "yuva444p10le", p("e.mov")});
        const MediaInfo info = probeMedia(path(p("e.mov")));
        QCOMPARE(info.videoCodec, std::string("prores"));
        // ProRes 4444 decodes to 12 bits with alpha; compare with what ffprobe says.
        QCOMPARE(QString::fromStdString(info.pixelFormat),
                 probeStream(ffprobe(p("e.mov")), "video").value("pix_fmt").toString());
        QVERIFY(QString::fromStdString(info.pixelFormat).startsWith("yuva444p"));
        QCOMPARE(info.frameCount, std::int64_t(10));
        QCOMPARE(info.frameRate, FrameRate(25));
    }

    void audioFiles_data() {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QStringList>("codecArgs");
        QTest::addColumn<QString>("codec");
        QTest::addColumn<int>("rate");
        QTest::addColumn<int>("channels");
        QTest::newRow("mp3") << "t.mp3" << QStringList{"-c:a", "libmp3lame", "-ac", "2"} << "mp3"
                             << 44100 << 2;
        QTest::newRow("aac") << "t.m4a" << QStringList{"-c:a", "aac", "-ac", "2"} << "aac" << 44100
                             << 2;
        QTest::newRow("wav") << "t.wav" << QStringList{"-c:a", "pcm_s16le", "-ac", "1"}
                             << "pcm_s16le" << 44100 << 1;
        QTest::newRow("flac") << "t.flac" << QStringList{"-c:a", "flac", "-ac", "6"} << "flac"
                              << 44100 << 6;
        QTest::newRow("vorbis") << "t.ogg" << QStringList{"-c:a", "libvorbis", "-ac", "2"}
                                << "vorbis" << 44100 << 2;
        QTest::newRow("opus") << "t.opus" << QStringList{"-c:a", "libopus", "-ac", "2"} << "opus"
                              << 48000 << 2;
    }
    void audioFiles() {
        QFETCH(QString, name);
        QFETCH(QStringList, codecArgs);
        QFETCH(QString, codec);
        QFETCH(int, rate);
        QFETCH(int, channels);
        ffmpeg(QStringList{"-f", "lavfi", "-i", "sine=sample_rate=44100:duration=1.5"} + codecArgs +
               QStringList{p(name)});
        const MediaInfo info = probeMedia(path(p(name)));
        QVERIFY(!info.hasVideo);
        QVERIFY(!info.isStill);
        QVERIFY(info.hasAudio);
        QCOMPARE(QString::fromStdString(info.audioCodec), codec);
        QCOMPARE(info.sampleRate, rate);
        QCOMPARE(info.channels, channels);
        QVERIFY2(near(info.duration, 1.5, 0.06), info.duration.toString().c_str());
    }

    void mp3WithCoverArtIsAudio() {
        ffmpeg({"-f", "lavfi", "-i", "color=c=red:s=64x64", "-frames:v", "1", p("cover.png")});
        ffmpeg({"-f", "lavfi", "-i", "sine=duration=1", "-i", p("cover.png"), "-map", "0", "-map",
                "1", "-c:a", "libmp3lame", "-c:v", "png", "-disposition:v", "attached_pic",
                p("cover.mp3")});
        const MediaInfo info = probeMedia(path(p("cover.mp3")));
        QVERIFY(info.hasAudio);
        QVERIFY(!info.hasVideo);
    }

    void stills_data() {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("codec");
        QTest::newRow("png") << "s.png"
                             << "png";
        QTest::newRow("jpg") << "s.jpg"
                             << "mjpeg";
        QTest::newRow("webp") << "s.webp"
                              << "webp";
        QTest::newRow("bmp") << "s.bmp"
                             << "bmp";
        QTest::newRow("percent-d in name") << "shot%d.png"
                                           << "png";
    }
    void stills() {
        QFETCH(QString, name);
        QFETCH(QString, codec);
        ffmpeg(
            {"-f", "lavfi", "-i", "testsrc2=s=200x150", "-frames:v", "1", "-update", "1", p(name)});
        const MediaInfo info = probeMedia(path(p(name)));
        QVERIFY(info.isStill);
        QVERIFY(info.hasVideo);
        QVERIFY(!info.hasAudio);
        QCOMPARE(QString::fromStdString(info.videoCodec), codec);
        QCOMPARE(info.duration, Time(0));
        QCOMPARE(info.width, 200);
        QCOMPARE(info.height, 150);
        QCOMPARE(info.frameCount, std::int64_t(1));
    }

    void rotation() {
        // A red marker in the top-left corner shows which way the picture is turned.
        ffmpeg({"-f", "lavfi", "-i",
                "color=c=black:s=320x240:r=25:d=1,drawbox=x=0:y=0:w=40:h=40:c=red:t=fill", "-c:v",
                "libx264", "-preset", "ultrafast", p("flat.mp4")});
        QCOMPARE(probeMedia(path(p("flat.mp4"))).rotation, 0);
        QSet<int> seen;
        for (const int tag : {90, 180, 270}) {
            const QString file = p(QString("rotated%1.mp4").arg(tag));
            ffmpeg({"-i", p("flat.mp4"), "-c", "copy", "-metadata:s:v:0",
                    QString("rotate=%1").arg(tag), file});
            // The file really carries a display matrix (ffprobe reports its
            // counter-clockwise angle).
            const QJsonArray sideData =
                probeStream(ffprobe(file), "video").value("side_data_list").toArray();
            QVERIFY2(!sideData.isEmpty(), "ffmpeg did not write a display matrix");
            const int ccw = sideData.first().toObject().value("rotation").toInt();

            const MediaInfo info = probeMedia(path(file));
            QCOMPARE(info.rotation, ((-ccw % 360) + 360) % 360);
            seen.insert(info.rotation);
            const bool quarter = info.rotation == 90 || info.rotation == 270;
            QCOMPARE(info.width, quarter ? 240 : 320);
            QCOMPARE(info.height, quarter ? 320 : 240);
            QCOMPARE(info.codedWidth, 320);
            QCOMPARE(info.codedHeight, 240);

            // The ffmpeg tool applies the matrix when decoding; the marker must end up where
            // turning the stored picture clockwise by info.rotation puts it.
            const QByteArray raw =
                run(QStringLiteral(REELCUT_FFMPEG),
                    {"-hide_banner", "-loglevel", "error", "-i", file, "-frames:v", "1", "-f",
                     "rawvideo", "-pix_fmt", "gray", "-"});
            QCOMPARE(raw.size(), qsizetype(info.width) * info.height);
            auto bright = [&](int x, int y) {
                return uchar(raw[y * info.width + x]) > 40;
            };
            const int r = info.width - 6, b = info.height - 6;
            const QPoint expected = info.rotation == 90    ? QPoint(r, 5)
                                    : info.rotation == 180 ? QPoint(r, b)
                                                           : QPoint(5, b);
            QVERIFY2(
                bright(expected.x(), expected.y()),
                qPrintable(QString("rotation %1: marker not where expected").arg(info.rotation)));
            QVERIFY(!bright(5, 5));
        }
        QCOMPARE(seen, (QSet<int>{90, 180, 270}));
    }

    void variableFrameRateIsDetected() {
        ffmpeg({"-f", "lavfi", "-i", "testsrc2=s=160x120:r=30", "-frames:v", "60", "-vf",
                "setpts='if(lt(N,30),N/30,1+(N-30)/10)/TB'", "-fps_mode", "vfr", "-c:v", "libx264",
                "-preset", "ultrafast", p("vfr.mp4")});
        const MediaInfo info = probeMedia(path(p("vfr.mp4")));
        QVERIFY(info.variableFrameRate);
        QVERIFY(!probeMedia(path(p("a.mp4"))).variableFrameRate);
    }

    void brokenFiles() {
        // Random bytes with a video name.
        QByteArray noise(64 * 1024, Qt::Uninitialized);
        quint32 seed = 12345;
        for (auto& c : noise) {
            seed = seed * 1664525u + 1013904223u;
            c = char(seed >> 24);
        }
        writeFile(p("noise.mp4"), noise);
        EXPECT_MEDIA_ERROR(p("noise.mp4"), probeMedia(path(p("noise.mp4"))), "");

        // The first 30% of a real MP4 (index at the end, so it is lost).
        QFile full(p("a.mp4"));
        QVERIFY(full.open(QIODevice::ReadOnly));
        writeFile(p("cut.mp4"), full.read(full.size() * 3 / 10));
        EXPECT_MEDIA_ERROR(p("cut.mp4"), probeMedia(path(p("cut.mp4"))), "open");

        writeFile(p("empty.mp4"), {});
        EXPECT_MEDIA_ERROR(p("empty.mp4"), probeMedia(path(p("empty.mp4"))), "open");

        EXPECT_MEDIA_ERROR(p("missing.mp4"), probeMedia(path(p("missing.mp4"))), "open");
        try {
            probeMedia(path(p("missing.mp4")));
        } catch (const MediaError& e) {
            QCOMPARE(e.reason(), std::string("file not found"));
        }

        writeFile(p("notes.txt"), "Shopping list:\n- milk\n- eggs\n");
        EXPECT_MEDIA_ERROR(p("notes.txt"), probeMedia(path(p("notes.txt"))), "");
        writeFile(p("notes.mp4"), "Shopping list:\n- milk\n- eggs\n");
        EXPECT_MEDIA_ERROR(p("notes.mp4"), probeMedia(path(p("notes.mp4"))), "");

        // A subtitle file demuxes but has nothing to show or hear.
        writeFile(p("subs.srt"), "1\n00:00:00,000 --> 00:00:01,000\nHello\n");
        EXPECT_MEDIA_ERROR(p("subs.srt"), probeMedia(path(p("subs.srt"))), "");

        EXPECT_MEDIA_ERROR(dir_.path(), probeMedia(path(dir_.path())), "open");
    }

    void oddNamesAreNamesNotPatternsOrProtocols() {
        QVERIFY(QFile::copy(p("a.mp4"), p("http:clip.mp4")));
        QCOMPARE(probeMedia(path(p("http:clip.mp4"))).width, 320);
        QVERIFY(QFile::copy(p("a.mp4"), p("take%03d.mp4")));
        QCOMPARE(probeMedia(path(p("take%03d.mp4"))).width, 320);
    }

    void playlistsCannotReachOtherFiles() {
        ffmpeg({"-i", p("a.mp4"), "-c", "copy", "-f", "mpegts", p("segment.ts")});
        writeFile(p("list.m3u8"), "#EXTM3U\n#EXT-X-VERSION:3\n#EXT-X-TARGETDURATION:3\n"
                                  "#EXT-X-MEDIA-SEQUENCE:0\n#EXTINF:2.0,\nsegment.ts\n"
                                  "#EXT-X-ENDLIST\n");
        writeFile(p("list.ffconcat"), "ffconcat version 1.0\nfile a.mp4\n");
        writeFile(p("list.txt"), "ffconcat version 1.0\nfile a.mp4\n");
        // The crafted files are real: the ffmpeg tool follows them to the other file.
        for (const QString& f : {p("list.m3u8"), p("list.ffconcat")}) {
            QCOMPARE(probeStream(ffprobe(f), "video").value("width").toInt(), 320);
        }
        for (const QString& f : {p("list.m3u8"), p("list.ffconcat"), p("list.txt")}) {
            EXPECT_MEDIA_ERROR(f, openInputFile(path(f)), "open");
            EXPECT_MEDIA_ERROR(f, probeMedia(path(f)), "open");
        }
        // Also when the playlist hides behind a media file name.
        QVERIFY(QFile::copy(p("list.m3u8"), p("looks-like.mp4")));
        EXPECT_MEDIA_ERROR(p("looks-like.mp4"), probeMedia(path(p("looks-like.mp4"))), "");
        // And the user is told what it is.
        try {
            probeMedia(path(p("list.m3u8")));
        } catch (const MediaError& e) {
            QVERIFY2(e.reason().find("playlist") != std::string::npos, e.what());
        }
    }

    void messagesSayWhatIsWrong() {
        // A cut-off MP3 was told "playlists and file lists are refused".
        ffmpeg({"-f", "lavfi", "-i", "sine=frequency=440:duration=2", "-c:a", "libmp3lame",
                p("song.mp3")});
        QFile song(p("song.mp3"));
        QVERIFY(song.open(QIODevice::ReadOnly));
        for (const int keep : {40, 300, 900}) {
            const QString cut = p(QStringLiteral("cut%1.mp3").arg(keep));
            writeFile(cut, song.read(keep));
            song.seek(0);
            try {
                const MediaInfo info = probeMedia(path(cut));
                QVERIFY(info.hasAudio); // enough of it is left to play
            } catch (const MediaError& e) {
                QVERIFY2(e.reason().find("playlist") == std::string::npos, e.what());
                QVERIFY2(QString(e.what()).contains(QStringLiteral("cut%1.mp3").arg(keep)),
                         e.what());
            }
        }
        // FFmpeg's own vague words become plain ones.
        for (const int code : {AVERROR_EXTERNAL, AVERROR_INVALIDDATA, AVERROR_EOF, AVERROR_BUG,
                               AVERROR_PATCHWELCOME, AVERROR(ENOSPC)}) {
            const std::string text = ffmpegErrorText(code);
            QVERIFY2(text.find("Generic error") == std::string::npos &&
                         text.find("Invalid data found") == std::string::npos &&
                         text.find("End of file") == std::string::npos && !text.empty(),
                     text.c_str());
        }
    }

    void pipesAndDevicesAreRefusedAtOnce() {
        // A FIFO named like a clip blocked the open forever.
        QVERIFY(::mkfifo(p("pipe.mp4").toUtf8().constData(), 0644) == 0);
        QElapsedTimer timer;
        timer.start();
        EXPECT_MEDIA_ERROR(p("pipe.mp4"), probeMedia(path(p("pipe.mp4"))), "open");
        EXPECT_MEDIA_ERROR(p("pipe.mp4"), probeAnyMedia(path(p("pipe.mp4"))), "open");
        QVERIFY(::mkfifo(p("pipe.webp").toUtf8().constData(), 0644) == 0);
        EXPECT_MEDIA_ERROR(p("pipe.webp"), probeAnyMedia(path(p("pipe.webp"))), "open");
        QVERIFY(::mkfifo(p("pipe.svg").toUtf8().constData(), 0644) == 0);
        EXPECT_MEDIA_ERROR(p("pipe.svg"), probeAnyMedia(path(p("pipe.svg"))), "open");
        EXPECT_MEDIA_ERROR("/dev/zero", probeMedia("/dev/zero"), "open");
        QVERIFY(timer.elapsed() < 5000);
    }
};

QTEST_GUILESS_MAIN(TestMediaProbe)
#include "tst_media_probe.moc"
