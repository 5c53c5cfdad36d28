// A voice-over as the core records and places it: sound before the countdown's end left
// out, mixed to mono, the WAV readable by FFmpeg with the length and level that went in,
// numbered files, nothing left by an abandoned recording, a full disk reported; and where
// it lands on the timeline (its own audio track, never the music's).

#include "io/output_file.h"
#include "media/media_info.h"
#include "media/pcm_decoder.h"
#include "model/edits.h"
#include "record/take_import.h"
#include "record/voice_over.h"
#include "support/test_media.h"

#include <QDir>
#include <QTemporaryDir>
#include <QtTest>
#include <boost/filesystem/operations.hpp>
#include <cmath>
#include <csignal>
#include <sys/resource.h>

using namespace reelcut;
namespace fs = boost::filesystem;

namespace {

constexpr int kRate = VoiceOverWriter::kSampleRate;

// `seconds` of a sine at `db` dBFS peak in `channels` interleaved channels.
std::vector<float> tone(double seconds, double db, int channels, double hz = 440) {
    const int n = int(seconds * kRate);
    const float amp = float(std::pow(10.0, db / 20.0));
    std::vector<float> out(std::size_t(n) * std::size_t(channels));
    for (int i = 0; i < n; ++i) {
        const float v = amp * float(std::sin(2 * M_PI * hz * i / kRate));
        for (int c = 0; c < channels; ++c) {
            out[std::size_t(i) * std::size_t(channels) + std::size_t(c)] = v;
        }
    }
    return out;
}

// Pushes `samples` in sound-card-sized chunks stamped from `firstUs`.
void pushAll(VoiceOverWriter& w, const std::vector<float>& samples, int channels,
             std::int64_t firstUs) {
    const int frames = int(samples.size()) / channels;
    for (int at = 0; at < frames; at += 480) {
        const int n = std::min(480, frames - at);
        w.push(samples.data() + std::size_t(at) * std::size_t(channels), n, channels,
               firstUs + std::int64_t(at) * 1'000'000 / kRate);
    }
}

MediaInfo audioInfo(double seconds) {
    MediaInfo info;
    info.hasAudio = true;
    info.duration = Time(std::int64_t(std::lround(seconds * 1000)), 1000);
    return info;
}

} // namespace

class TstVoiceOver : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void levelOfKnownSignals() {
        const std::vector<float> sine = tone(0.5, -6, 1);
        const SoundLevel l = measureLevel(sine.data(), int(sine.size()), 1);
        QVERIFY2(std::abs(l.peakDb + 6) < 0.05, qPrintable(QString::number(l.peakDb)));
        QVERIFY2(std::abs(l.rmsDb + 9.01) < 0.05, qPrintable(QString::number(l.rmsDb)));
        const std::vector<float> silence(4800, 0.0f);
        QCOMPARE(measureLevel(silence.data(), 4800, 1).peakDb, -96.0f);
        QCOMPARE(measureLevel(nullptr, 0, 1).rmsDb, -96.0f);
    }

    // Sound from before the start is dropped, to the sample; the rest is the file, mono,
    // at the level it came in.
    void writesFromTheStart() {
        QTemporaryDir dir;
        const std::int64_t start = 5'000'000;
        // 1 s of a 1 kHz "countdown beep" that ends at the start, then 2 s of a -12 dB voice.
        std::vector<float> input = tone(1.0, -3, 2, 1000);
        const std::vector<float> voice = tone(2.0, -12, 2, 300);
        input.insert(input.end(), voice.begin(), voice.end());
        VoiceOverWriter w(fs::path(dir.path().toStdString()) / "takes", start);
        pushAll(w, input, 2, start - 1'000'000);
        QVERIFY(std::abs(w.seconds() - 2.0) < 1e-3);
        QVERIFY(w.level().peakDb < -11 && w.level().peakDb > -13);
        const fs::path file = w.finish();
        QCOMPARE(QString::fromStdString(file.filename().string()), QString("voice-001.wav"));
        QVERIFY(fs::exists(file));

        const QJsonObject probe = test::ffprobe(QString::fromStdString(file.string()));
        const QJsonObject a = test::probeStream(probe, "audio");
        QCOMPARE(a["codec_name"].toString(), QString("pcm_s16le"));
        QCOMPARE(a["channels"].toInt(), 1);
        QCOMPARE(a["sample_rate"].toString(), QString("48000"));
        QVERIFY(std::abs(probe["format"].toObject()["duration"].toString().toDouble() - 2.0) <
                0.001);
        // Read back by the engine's decoder, as the mixer will play it (mono, no rematrix).
        const std::vector<float> back = decodeMono(file, kRate);
        QVERIFY(back.size() >= 95000);
        // A -12 dB sine: -15 dB RMS; none of the -3 dB beep got in.
        const SoundLevel all = measureLevel(back.data(), int(back.size()), 1);
        QVERIFY2(std::abs(all.rmsDb + 15.01) < 0.1, qPrintable(QString::number(all.rmsDb)));
        QVERIFY2(std::abs(all.peakDb + 12) < 0.1, qPrintable(QString::number(all.peakDb)));
    }

    void numbersFollowOn() {
        QTemporaryDir dir;
        const fs::path folder = dir.path().toStdString();
        const std::vector<float> s = tone(0.2, -20, 1);
        for (int i = 1; i <= 2; ++i) {
            VoiceOverWriter w(folder, 0);
            pushAll(w, s, 1, 0);
            QCOMPARE(QString::fromStdString(w.finish().filename().string()),
                     QString("voice-%1.wav").arg(i, 3, 10, QChar('0')));
        }
        QFile::copy(QString::fromStdString((folder / "voice-002.wav").string()),
                    QString::fromStdString((folder / "voice-041.wav").string()));
        VoiceOverWriter w(folder, 0);
        pushAll(w, s, 1, 0);
        QCOMPARE(QString::fromStdString(w.finish().filename().string()), QString("voice-042.wav"));
    }

    // Closed without finish (the editor crashed or the user cancelled): nothing is left.
    void abandonedLeavesNothing() {
        QTemporaryDir dir;
        {
            VoiceOverWriter w(fs::path(dir.path().toStdString()), 0);
            const std::vector<float> s = tone(0.5, -20, 1);
            pushAll(w, s, 1, 0);
        }
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 0);
    }

    // A folder that cannot be made names the problem before anything records.
    void unwritableFolderIsNamed() {
        QTemporaryDir dir;
        const QString blocker = dir.filePath("file");
        QFile f(blocker);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        try {
            VoiceOverWriter w(fs::path(blocker.toStdString()) / "takes", 0);
            QFAIL("a folder under a file was accepted");
        } catch (const OutputError& e) {
            QVERIFY2(QString(e.what()).contains(blocker), e.what());
        }
    }

    // A full disk (here: the file size limit, which fails writes as a full disk does) stops
    // the recording with a message naming the file; what was recorded is still saved.
    void fullDiskKeepsWhatWasRecorded() {
        QTemporaryDir dir;
        VoiceOverWriter w(fs::path(dir.path().toStdString()), 0);
        const std::vector<float> s = tone(1.0, -20, 1);
        rlimit old{};
        QVERIFY(getrlimit(RLIMIT_FSIZE, &old) == 0);
        rlimit small = old;
        small.rlim_cur = 44 + kRate; // half a second of 16-bit mono
        std::signal(SIGXFSZ, SIG_IGN);
        QVERIFY(setrlimit(RLIMIT_FSIZE, &small) == 0);
        QString error;
        try {
            pushAll(w, s, 1, 0);
        } catch (const OutputError& e) {
            error = e.what();
        }
        setrlimit(RLIMIT_FSIZE, &old);
        QVERIFY2(error.contains(dir.path()) && error.contains("voice-over"), qPrintable(error));
        const double kept = w.seconds();
        QVERIFY2(kept > 0.4 && kept <= 0.5, qPrintable(QString::number(kept)));
        const fs::path file = w.finish();
        const QJsonObject probe = test::ffprobe(QString::fromStdString(file.string()));
        const double duration = probe["format"].toObject()["duration"].toString().toDouble();
        QVERIFY2(std::abs(duration - kept) < 0.001, qPrintable(QString::number(duration)));
    }

    // Its own audio track at the start time; a second one over it gets another; one that
    // fits after it shares the first; the music's track is never used, nor a locked one.
    void placedOnItsOwnTrack() {
        Project p;
        p.frameRate = FrameRate(30);
        const ObjectId music = edit::addTrack(p, TrackKind::Audio, "Music");
        Clip song;
        song.media = "/song.m4a";
        song.in = Time(0);
        song.out = Time(60);
        edit::addClip(p, music, song);

        const ObjectId first = placeVoiceOver(p, "/v1.wav", audioInfo(4), Time(2), "Voice-over");
        const auto [t1, c1] = p.findClip(first);
        QVERIFY(t1 != nullptr && c1 != nullptr);
        QCOMPARE(QString::fromStdString(t1->name), QString("Voice-over"));
        QCOMPARE(t1->kind, TrackKind::Audio);
        QCOMPARE(c1->start, Time(2));
        QCOMPARE(c1->end(), Time(6));
        QVERIFY(std::find(p.bin.begin(), p.bin.end(), "/v1.wav") != p.bin.end());

        const ObjectId second = placeVoiceOver(p, "/v2.wav", audioInfo(3), Time(5), "Voice-over");
        QCOMPARE(QString::fromStdString(p.findClip(second).first->name), QString("Voice-over 2"));

        const ObjectId third = placeVoiceOver(p, "/v3.wav", audioInfo(2), Time(7), "Voice-over");
        QCOMPARE(p.findClip(third).first->id, p.findClip(first).first->id);

        // Locked voice track: a new one.
        for (Track& t : p.tracks) {
            if (t.name == "Voice-over" || t.name == "Voice-over 2") {
                t.locked = true;
            }
        }
        const ObjectId fourth = placeVoiceOver(p, "/v4.wav", audioInfo(1), Time(20), "Voice-over");
        QCOMPARE(QString::fromStdString(p.findClip(fourth).first->name), QString("Voice-over 3"));
        for (const Track& t : p.tracks) {
            if (t.id == music) {
                QCOMPARE(int(t.clips.size()), 1);
            }
        }
        // Between frames: snapped to the frame.
        const ObjectId fifth =
            placeVoiceOver(p, "/v5.wav", audioInfo(1), Time(1001, 1000), "Voice-over");
        QCOMPARE(p.findClip(fifth).second->start, Time(1));
    }
};

QTEST_GUILESS_MAIN(TstVoiceOver)
#include "tst_voice_over.moc"
