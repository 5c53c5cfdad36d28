// The recorder, driven the way a camera drives it: a video whose pixels carry their frame
// number and a 440 Hz tone, played into the Recorder with time stamps. Checks what a user
// would: the take's frames (by the numbers in their pixels), its length, its sound, what
// is left after the recording process is killed, and where the song lands for lip-sync.

#include "builtin_effects.h"
#include "media/ffmpeg_log.h"
#include "media/media_info.h"
#include "model/project.h"
#include "record/file_source.h"
#include "record/fragmented_mp4.h"
#include "record/recorder.h"
#include "record/take_import.h"
#include "record/take_writer.h"
#include "support/test_media.h"

#include <QGuiApplication>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>
#include <boost/filesystem/operations.hpp>
#include <csignal>
#include <cstdio>

using namespace reelcut;
using namespace reelcut::test;
namespace fs = boost::filesystem;

namespace {

constexpr int kSourceFrames = 240; // 8 s at 30 fps, played in a loop where more is needed
const QSize kTakeSize(180, 320);

RecordSettings smallSettings(int countdown, int length) {
    RecordSettings s;
    s.countdownSeconds = countdown;
    s.lengthSeconds = length;
    s.size = kTakeSize;
    s.previewSize = QSize(90, 160);
    s.x264Preset = "ultrafast";
    return s;
}

// The frame numbers in the pixels of every frame of a take.
std::vector<int> frameCodes(const QString& file) {
    std::vector<int> codes;
    for (const QImage& f : decodeFrames(file)) {
        codes.push_back(readFrameCode(f, f.rect()));
    }
    return codes;
}

// Where the first wrong number is, or -1 when codes are first, first+1, ... (the source
// loops after kSourceFrames).
int firstGap(const std::vector<int>& codes, int first) {
    for (std::size_t i = 0; i < codes.size(); ++i) {
        if (codes[i] != (first + int(i)) % kSourceFrames) {
            return int(i);
        }
    }
    return -1;
}

// The child of crashMidTake: records in real time and prints the seconds recorded after
// every picture, until the parent kills it.
int recordChild(const char* folder, const char* source) {
    Recorder recorder{fs::path(folder)};
    recorder.setSettings(smallSettings(0, 15));
    recorder.start();
    FileCaptureSource camera{fs::path(source)};
    FileCaptureSource::Options o;
    o.realTime = true;
    o.loop = true;
    o.seconds = 15;
    camera.play(recorder, o, [&](std::int64_t, std::int64_t) {
        std::printf("recorded %.3f\n", recorder.status().recorded);
        std::fflush(stdout);
        return true;
    });
    return 0;
}

} // namespace

class TstRecord : public QObject {
    Q_OBJECT

private:
    QTemporaryDir dir_;
    QString source_; // frame numbers and a tone, 8 s
    QString song_;   // a song for lip-sync, 30 s

    QString takeFolder(const QString& name) { return dir_.filePath(name); }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(dir_.isValid());
        source_ =
            makeFrameCodeVideo(dir_.path(), "camera.mp4", "30", kSourceFrames, 180, 320, true);
        song_ = dir_.filePath("song.m4a");
        ffmpeg({"-f", "lavfi", "-i", "sine=frequency=660:sample_rate=48000:duration=30", "-c:a",
                "aac", song_});
    }

    // 3 s countdown, 15 s length: the take starts 3 s into the stream, holds exactly 15 s
    // of consecutive frames, has 15 s of the tone, and stops by itself while the camera
    // goes on.
    void countdownAndAutoStop() {
        Recorder recorder{fs::path(takeFolder("auto").toStdString())};
        recorder.setSettings(smallSettings(3, 15));
        int finished = 0;
        std::int64_t firstFrameUs = -1;
        Recorder::Callbacks cb;
        cb.captureStarted = [&](std::int64_t us) {
            firstFrameUs = us;
        };
        cb.takeFinished = [&](const RecordedTake&) {
            ++finished;
        };
        recorder.setCallbacks(cb);
        recorder.start();
        QCOMPARE(recorder.status().state, Recorder::State::Countdown);
        FileCaptureSource camera{fs::path(source_.toStdString())};
        std::int64_t stoppedAt = -1;
        FileCaptureSource::Options o;
        o.loop = true;
        o.seconds = 19;
        camera.play(recorder, o, [&](std::int64_t index, std::int64_t) {
            if (stoppedAt < 0 && recorder.status().state == Recorder::State::Idle &&
                firstFrameUs >= 0) {
                stoppedAt = index;
            }
            return true;
        });
        QCOMPARE(finished, 1);
        QCOMPARE(firstFrameUs, std::int64_t(3'000'000));
        // Stopped by itself once frame 15 s after the first was seen, camera still running.
        QVERIFY2(stoppedAt > 0 && stoppedAt <= 90 + 451, qPrintable(QString::number(stoppedAt)));
        const std::vector<RecordedTake> takes = recorder.takes();
        QCOMPARE(int(takes.size()), 1);
        QCOMPARE(takes[0].frames, std::int64_t(450));
        QCOMPARE(takes[0].duration, Time(15));
        const QString file = QString::fromStdString(takes[0].file);
        QVERIFY(file.endsWith("take-001.mp4"));
        QVERIFY(!QFile::exists(takeFolder("auto") + "/take-001.recording.mp4"));

        const QJsonObject probe = ffprobe(file);
        const QJsonObject video = probeStream(probe, "video");
        QCOMPARE(video["width"].toInt(), kTakeSize.width());
        QCOMPARE(video["height"].toInt(), kTakeSize.height());
        QCOMPARE(video["codec_name"].toString(), QString("h264"));
        QVERIFY(qAbs(probe["format"].toObject()["duration"].toString().toDouble() - 15.0) < 0.03);
        const std::vector<int> codes = frameCodes(file);
        QCOMPARE(int(codes.size()), 450);
        QCOMPARE(codes.front(), 90); // the countdown's 3 s at 30 fps were not recorded
        QCOMPARE(firstGap(codes, 90), -1);
        const std::vector<float> sound = decodeAudio(file);
        QVERIFY(qAbs(double(sound.size() / 2) - 15.0 * 48000) < 48000 * 0.03);
        // The tone (lavfi's sine: amplitude 1/8, -21 dBFS RMS) all along.
        const double level = rmsDb(sound, 4800, sound.size() / 2 - 4800);
        QVERIFY2(level > -24 && level < -18, qPrintable(QString::number(level)));
        QVERIFY(rmsDb(sound, 0, 4800) > -30); // from the first frame
    }

    // A 10 s countdown and a stop pressed by hand after 2 s.
    void longCountdownAndStop() {
        Recorder recorder{fs::path(takeFolder("stop").toStdString())};
        recorder.setSettings(smallSettings(10, 30));
        recorder.start();
        FileCaptureSource camera{fs::path(source_.toStdString())};
        FileCaptureSource::Options o;
        o.seconds = 13;
        o.loop = true;
        bool wasRecording = false;
        camera.play(recorder, o, [&](std::int64_t index, std::int64_t) {
            if (index == 300 + 59) {
                wasRecording = recorder.status().state == Recorder::State::Recording;
                recorder.stop();
            }
            return true;
        });
        QVERIFY(wasRecording);
        const std::vector<RecordedTake> takes = recorder.takes();
        QCOMPARE(int(takes.size()), 1);
        const std::vector<int> codes = frameCodes(QString::fromStdString(takes[0].file));
        QCOMPARE(codes.front(), 300 % kSourceFrames);
        QCOMPARE(int(codes.size()), 60);
        QCOMPARE(firstGap(codes, 300), -1);
        QCOMPARE(takes[0].frames, std::int64_t(60));
    }

    // Several takes, each a file; a new recorder on the folder lists them all; removing
    // one deletes its file.
    void severalTakes() {
        const fs::path folder = takeFolder("several").toStdString();
        {
            Recorder recorder{folder};
            recorder.setSettings(smallSettings(0, 15));
            FileCaptureSource camera{fs::path(source_.toStdString())};
            for (int take = 0; take < 3; ++take) {
                recorder.start();
                FileCaptureSource::Options o;
                o.startUs = take * 100'000'000LL;
                o.seconds = 1;
                camera.play(recorder, o);
                recorder.stop();
            }
            QCOMPARE(int(recorder.takes().size()), 3);
        }
        Recorder again{folder};
        const std::vector<RecordedTake> takes = again.takes();
        QCOMPARE(int(takes.size()), 3);
        QVERIFY(QString::fromStdString(takes[2].file).endsWith("take-003.mp4"));
        again.removeTake(takes[1].file);
        QCOMPARE(int(again.takes().size()), 2);
        QVERIFY(!fs::exists(takes[1].file));
        QCOMPARE(int(listTakes(folder).size()), 2);
    }

    // The recording process is killed (SIGKILL) mid-take: the file under its recording
    // name plays up to at most a second before the kill, and the next recorder on the
    // folder recovers it as a take.
    void crashMidTake() {
        const QString folder = takeFolder("crash");
        QProcess child;
        child.setProgram(QCoreApplication::applicationFilePath());
        child.setArguments({"--record-child", folder, source_});
        child.start();
        QVERIFY(child.waitForStarted());
        double recorded = 0;
        QElapsedTimer timer;
        timer.start();
        while (recorded < 3.2 && timer.elapsed() < 60000) {
            if (!child.canReadLine() && !child.waitForReadyRead(10000)) {
                break;
            }
            while (child.canReadLine()) {
                const QByteArray line = child.readLine().trimmed();
                if (line.startsWith("recorded ")) {
                    recorded = line.mid(9).toDouble();
                }
            }
        }
        QVERIFY2(recorded >= 3.2, qPrintable(QString::fromUtf8(child.readAllStandardError())));
        ::kill(pid_t(child.processId()), SIGKILL);
        QVERIFY(child.waitForFinished(10000));

        const QString leftover = folder + "/take-001.recording.mp4";
        QVERIFY(QFile::exists(leftover));
        const FragmentScan scan = scanFragmentedMp4(leftover.toStdString());
        QVERIFY(scan.hasMoov);
        QVERIFY2(scan.fragments >= 2, qPrintable(QString::number(scan.fragments)));
        // Playable as it is: every frame up to the last complete fragment, in order.
        std::vector<int> codes = frameCodes(leftover);
        const int lostFrames = int(recorded * 30) - int(codes.size());
        QVERIFY2(lostFrames <= 30 && !codes.empty(),
                 qPrintable(QString("%1 frames of %2 s").arg(codes.size()).arg(recorded)));
        QCOMPARE(codes.front(), 0);
        QCOMPARE(firstGap(codes, 0), -1);

        Recorder recovering{fs::path(folder.toStdString())};
        QVERIFY(!QFile::exists(leftover));
        const std::vector<RecordedTake> takes = recovering.takes();
        QCOMPARE(int(takes.size()), 1);
        QVERIFY(takes[0].recovered);
        QVERIFY(QString::fromStdString(takes[0].file).endsWith("take-001.mp4"));
        const std::vector<int> after = frameCodes(QString::fromStdString(takes[0].file));
        QCOMPARE(after.size(), codes.size());
        const QJsonObject audio =
            probeStream(ffprobe(QString::fromStdString(takes[0].file)), "audio");
        QCOMPARE(audio["codec_name"].toString(), QString("aac"));
    }

    // A cut-off box at the end of a fragmented file is trimmed away; the rest stays.
    void trimCutFragment() {
        Recorder recorder{fs::path(takeFolder("trim").toStdString())};
        recorder.setSettings(smallSettings(0, 15));
        recorder.start();
        FileCaptureSource camera{fs::path(source_.toStdString())};
        FileCaptureSource::Options o;
        o.seconds = 3;
        camera.play(recorder, o);
        recorder.stop();
        const std::string take = recorder.takes().at(0).file;
        const FragmentScan whole = scanFragmentedMp4(take);
        QCOMPARE(whole.playableBytes, whole.fileBytes);
        QVERIFY(whole.fragments >= 3);
        // Cut in the middle of the last fragment, as a crash would.
        fs::resize_file(take, whole.fileBytes - 3000);
        const FragmentScan trimmed = trimToCompleteFragments(take);
        QCOMPARE(trimmed.fragments, whole.fragments - 1);
        QCOMPARE(std::uint64_t(fs::file_size(take)), trimmed.playableBytes);
        const std::vector<int> codes = frameCodes(QString::fromStdString(take));
        QVERIFY(codes.size() >= 60 && codes.size() < 90);
        QCOMPARE(firstGap(codes, 0), -1);
    }

    // Lip-sync: the song's start point is heard `latency` after the first captured frame
    // (a known, injected playback delay). On the timeline the song must play against each
    // frame what was heard when that frame was captured, to the frame.
    void lipSyncTiming_data() {
        QTest::addColumn<int>("latencyUs");
        QTest::newRow("137 ms late") << 137'000;
        QTest::newRow("1.3 s late") << 1'300'000;
        QTest::newRow("52 ms early") << -52'000;
    }
    void lipSyncTiming() {
        QFETCH(int, latencyUs);
        const QString folder = takeFolder(QString("lipsync%1").arg(latencyUs));
        Recorder recorder{fs::path(folder.toStdString())};
        RecordSettings s = smallSettings(3, 15);
        s.lipSync = LipSync{song_.toStdString(), Time(2)};
        recorder.setSettings(s);
        std::int64_t firstFrameUs = -1;
        Recorder::Callbacks cb;
        cb.captureStarted = [&](std::int64_t us) {
            firstFrameUs = us;
            recorder.playbackStarted(us + latencyUs);
        };
        recorder.setCallbacks(cb);
        recorder.start();
        FileCaptureSource camera{fs::path(source_.toStdString())};
        FileCaptureSource::Options o;
        o.startUs = 5'000'000; // the clock does not start at 0
        o.seconds = 7;
        camera.play(recorder, o);
        recorder.stop();
        const RecordedTake take = recorder.takes().at(0);
        QCOMPARE(firstFrameUs, std::int64_t(8'000'000));
        QVERIFY(take.songHeard);
        QCOMPARE(take.songOffset, Time(latencyUs, 1'000'000));

        Project project = makeDefaultProject(1080, 1920, FrameRate(30));
        const MediaInfo takeInfo = probeMedia(take.file);
        const MediaInfo songInfo = probeMedia(song_.toStdString());
        const PlacedTake placed = placeTake(project, take, takeInfo, &songInfo, Time(1), "Song");
        QVERIFY(placed.clip != 0 && placed.song != 0);
        const Clip& clip = *project.findClip(placed.clip).second;
        const Clip& song = *project.findClip(placed.song).second;
        QVERIFY(clip.start == Time(0) || clip.start == Time(1)); // magnetic main track, or the drop
        QVERIFY(std::find(project.bin.begin(), project.bin.end(), take.file) != project.bin.end());
        // The song's clip starts on a frame and ends with the take.
        QCOMPARE(frameTime(frameAtTime(song.start, project.frameRate), project.frameRate),
                 song.start);
        QVERIFY(song.end() <= clip.end());
        QVERIFY(clip.end() - song.end() < Time(1, 30));
        // The song is what is heard; the microphone's take is muted.
        QCOMPARE(clip.volumeDb, -96.0);

        // Take frame k shows source frame codes[k], captured at 5 s + codes[k] / 30 on the
        // stream's clock; the song's start point was heard at firstFrame + latency.
        const std::vector<int> codes = frameCodes(QString::fromStdString(take.file));
        QCOMPARE(codes.front(), 90);
        for (int k : {0, 1, 29, 30, 100, int(codes.size()) - 1}) {
            const Time timeline = clip.start + frameTime(k, FrameRate(30));
            if (!song.contains(timeline)) {
                QVERIFY(latencyUs > 0 && timeline < song.start);
                continue;
            }
            const double captured = 5.0 + codes[std::size_t(k)] / 30.0;
            const double heard = 2.0 + captured - (firstFrameUs + latencyUs) / 1e6;
            const double placedSong = song.sourceTime(timeline).toDouble();
            QVERIFY2(qAbs(placedSong - heard) < 0.5 / 30,
                     qPrintable(QString("frame %1: song at %2 s, heard %3 s")
                                    .arg(k)
                                    .arg(placedSong)
                                    .arg(heard)));
        }
        // The song's first audible part is where the take shows it heard.
        if (latencyUs > 0) {
            QVERIFY(song.start - clip.start >= Time(latencyUs, 1'000'000));
            QVERIFY(song.start - clip.start < Time(latencyUs, 1'000'000) + Time(1, 30));
        } else {
            QCOMPARE(song.start, clip.start);
            QCOMPARE(song.in, Time(2) + Time(-latencyUs, 1'000'000));
        }
    }

    // A face effect runs live on the preview (the stream's own tracker), only on the face;
    // the take is recorded clean and carries the effect for its clip.
    void liveFaceEffect() {
        const QString face = dir_.filePath("face.mp4");
        ffmpeg({"-loop", "1", "-i", REELCUT_TEST_DATA "/astronaut.png", "-t", "1", "-r", "30",
                "-vf", "scale=540:960:force_original_aspect_ratio=increase,crop=540:960",
                "-pix_fmt", "yuv420p", face});
        Recorder recorder{fs::path(takeFolder("live").toStdString())};
        RecordSettings s = smallSettings(0, 15);
        s.previewSize = QSize(540, 960);
        s.audio = false;
        recorder.setSettings(s);
        QImage plain;
        QImage shown;
        Recorder::Callbacks cb;
        cb.preview = [&](const QImage& frame, const Recorder::Status&) {
            shown = frame.copy();
        };
        recorder.setCallbacks(cb);
        FileCaptureSource camera{fs::path(face.toStdString())};
        FileCaptureSource::Options o;
        o.seconds = 0.2;
        camera.play(recorder, o);
        plain = shown;
        EffectInstance sticker;
        sticker.type = "face.sticker";
        recorder.setEffects({sticker});
        recorder.start();
        o.startUs = 1'000'000;
        o.seconds = 1;
        camera.play(recorder, o);
        recorder.stop();
        QCOMPARE(plain.size(), QSize(540, 960));
        const QImage a = plain.convertToFormat(QImage::Format_RGB888);
        const QImage b = shown.convertToFormat(QImage::Format_RGB888);
        const double onFace = meanAbsDiff(a, b, QRect(120, 150, 190, 80));
        const double corner = meanAbsDiff(a, b, QRect(0, 860, 100, 100));
        QVERIFY2(onFace > 8 && corner < 1,
                 qPrintable(QString("face %1, corner %2").arg(onFace).arg(corner)));
        const RecordedTake take = recorder.takes().at(0);
        QCOMPARE(int(take.effects.size()), 1);
        QCOMPARE(take.effects[0].type, std::string("face.sticker"));
        // Clean in the file: its first frame (180x320) is the plain picture, not the one
        // with the sunglasses.
        const QImage first = decodeFrames(QString::fromStdString(take.file), 1).at(0);
        const QRect eyes(40, 50, 63, 27);
        const QImage plainSmall =
            a.scaled(first.size(), Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
        const QImage shownSmall =
            b.scaled(first.size(), Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
        const double toPlain = meanAbsDiff(first, plainSmall, eyes);
        const double toShown = meanAbsDiff(first, shownSmall, eyes);
        QVERIFY2(toPlain < toShown / 2, qPrintable(QString("%1 %2").arg(toPlain).arg(toShown)));
    }

    void recordSizes() {
        QCOMPARE(recordSizeFor(QSize(1280, 720), QSize(1080, 1920)), QSize(404, 720));
        QCOMPARE(recordSizeFor(QSize(3840, 2160), QSize(1080, 1920)), QSize(1080, 1920));
        QCOMPARE(recordSizeFor(QSize(1080, 1920), QSize(1080, 1080)), QSize(1080, 1080));
        QCOMPARE(recordSizeFor(QSize(), QSize(1080, 1920)), QSize(1080, 1920));
    }
};

int main(int argc, char** argv) {
    if (argc >= 4 && std::string(argv[1]) == "--record-child") {
        configureFfmpegLogging();
        QCoreApplication app(argc, argv);
        return recordChild(argv[2], argv[3]);
    }
    configureFfmpegLogging();
    QGuiApplication app(argc, argv);
    registerBuiltinEffects();
    TstRecord test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_record.moc"
