// Mixing: a music track at -12 dB measures -12 dB (+-1) in the export; fades ramp as
// asked; a muted track is silent; clip audio and music add up.

#include "builtin_effects.h"
#include "export/exporter.h"
#include "model/edits.h"
#include "render_test_util.h"
#include "support/test_media.h"

#include <QGuiApplication>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <cmath>

using namespace reelcut;
using namespace reelcut::test;

namespace {

QString makeTone(const QString& dir, const QString& name, int freq, double seconds) {
    const QString file = dir + "/" + name;
    // aevalsrc, not sine: the sine source is fixed at 1/8 of full scale.
    ffmpeg({"-f", "lavfi", "-i",
            QString("aevalsrc=0.5*sin(2*PI*%1*t):s=44100:d=%2").arg(freq).arg(seconds), "-c:a",
            "flac", file});
    return file;
}

QString makeBlack(const QString& dir, double seconds) {
    const QString file = dir + "/black.mp4";
    ffmpeg({"-f", "lavfi", "-i", QString("color=c=black:s=64x64:r=30:d=%1").arg(seconds), "-c:v",
            "libx264", "-preset", "ultrafast", file});
    return file;
}

std::vector<float> exportAudio(Project& project, const QString& dir) {
    ExportRequest req;
    req.output = (dir + "/mix.mp4").toStdString();
    req.preset = smallPreset(64, 64);
    exportProject(project, req);
    // Both streams start at 0, so decoded sample i is timeline sample i (the first 1024
    // are the AAC priming); any difference of the streams' starts is skipped all the same.
    const QJsonObject probe = ffprobe(dir + "/mix.mp4");
    const double lead = probeStream(probe, "video").value("start_time").toString().toDouble() -
                        probeStream(probe, "audio").value("start_time").toString().toDouble();
    std::vector<float> audio = decodeAudio(dir + "/mix.mp4");
    const auto skip = std::min(audio.size(), std::size_t(std::lround(lead * 48000)) * 2);
    audio.erase(audio.begin(), audio.begin() + std::ptrdiff_t(skip));
    return audio;
}

// The ffmpeg tool's stderr (where its meters print).
QByteArray runStderr(const QStringList& args) {
    QProcess p;
    p.start(QStringLiteral(REELCUT_FFMPEG), args);
    p.waitForFinished(120000);
    return p.readAllStandardError();
}

// A sine at amplitude 0.5 has an RMS of 0.5/sqrt(2): -9.03 dBFS.
constexpr double kToneDb = -9.03;

} // namespace

class TestMixing : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void musicAtMinus12dB() {
        QTemporaryDir dir;
        const QString tone = makeTone(dir.path(), "tone.flac", 1000, 3);
        Project p = makeDefaultProject(64, 64, FrameRate(30));
        edit::addClip(p, p.tracks[0].id,
                      makeClip(makeBlack(dir.path(), 3), Time(0), Time(0), Time(3)));
        Clip music = makeClip(tone, Time(0), Time(0), Time(3));
        music.volumeDb = -12;
        edit::addClip(p, p.tracks[1].id, music);
        const std::vector<float> a = exportAudio(p, dir.path());
        const double level = rmsDb(a, 24000, 120000);
        QVERIFY2(std::fabs(level - (kToneDb - 12)) <= 1.0,
                 qPrintable(QString("measured %1 dBFS, expected %2").arg(level).arg(kToneDb - 12)));
    }

    void fadesRamp() {
        QTemporaryDir dir;
        const QString tone = makeTone(dir.path(), "tone.flac", 1000, 4);
        Project p = makeDefaultProject(64, 64, FrameRate(30));
        edit::addClip(p, p.tracks[0].id,
                      makeClip(makeBlack(dir.path(), 4), Time(0), Time(0), Time(4)));
        Clip music = makeClip(tone, Time(0), Time(0), Time(4));
        music.fadeIn = Time(1);
        music.fadeOut = Time(1);
        edit::addClip(p, p.tracks[1].id, music);
        const std::vector<float> a = exportAudio(p, dir.path());
        // Linear fades: around 0.5 s into the fade-in the gain is 0.5 (-6 dB), the first
        // 50 ms are near silence, the middle is at full level, the end fades out again.
        const double start = rmsDb(a, 0, 2400);
        const double half = rmsDb(a, 24000 - 1200, 24000 + 1200);
        const double full = rmsDb(a, 72000, 120000);
        const double outHalf = rmsDb(a, 168000 - 1200, 168000 + 1200);
        QVERIFY2(start < kToneDb - 20, qPrintable(QString::number(start)));
        QVERIFY2(std::fabs(half - (kToneDb - 6.02)) < 1.0, qPrintable(QString::number(half)));
        QVERIFY2(std::fabs(full - kToneDb) < 1.0, qPrintable(QString::number(full)));
        QVERIFY2(std::fabs(outHalf - (kToneDb - 6.02)) < 1.0, qPrintable(QString::number(outHalf)));
    }

    void mutedTrackIsSilent() {
        QTemporaryDir dir;
        const QString tone = makeTone(dir.path(), "tone.flac", 1000, 2);
        Project p = makeDefaultProject(64, 64, FrameRate(30));
        edit::addClip(p, p.tracks[0].id,
                      makeClip(makeBlack(dir.path(), 2), Time(0), Time(0), Time(2)));
        edit::addClip(p, p.tracks[1].id, makeClip(tone, Time(0), Time(0), Time(2)));
        p.tracks[1].muted = true;
        const std::vector<float> a = exportAudio(p, dir.path());
        QVERIFY(rmsDb(a, 0, 90000) < -80);
    }

    void loudnessNormalisation() {
        // A quiet voice-over (-30 dBFS tone) exported for TikTok: without normalisation
        // the export warns that it will sound quiet; with it, the file measures -14 LUFS
        // (by the ffmpeg tool's own EBU R128 meter).
        QTemporaryDir dir;
        const QString quiet = dir.path() + "/quiet.flac";
        ffmpeg({"-f", "lavfi", "-i", "aevalsrc=0.0447*sin(2*PI*1000*t):s=48000:d=4", quiet});
        Project p = makeDefaultProject(64, 64, FrameRate(30));
        edit::addClip(p, p.tracks[0].id,
                      makeClip(makeBlack(dir.path(), 4), Time(0), Time(0), Time(4)));
        edit::addClip(p, p.tracks[1].id, makeClip(quiet, Time(0), Time(0), Time(4)));
        ExportRequest req;
        req.output = (dir.path() + "/plain.mp4").toStdString();
        req.preset = smallPreset(64, 64);
        const ExportResult plain = exportProject(p, req);
        bool warned = false;
        for (const auto& w : plain.report.warnings) {
            warned |= QString::fromStdString(w.english()).contains("will sound quiet");
        }
        QVERIFY2(warned, "no warning about a quiet mix");
        req.output = (dir.path() + "/loud.mp4").toStdString();
        req.normalizeLoudness = true;
        const ExportResult loud = exportProject(p, req);
        QVERIFY(loud.gainDb > 10);
        const QByteArray log =
            runStderr({"-hide_banner", "-nostats", "-i", dir.path() + "/loud.mp4", "-af", "ebur128",
                       "-f", "null", "-"});
        const int at = log.lastIndexOf("I:");
        QVERIFY(at > 0);
        const double measured = log.mid(at + 2, 12).trimmed().split(' ').first().toDouble();
        QVERIFY2(std::fabs(measured - (-14.0)) <= 1.0, qPrintable(QString::number(measured)));
    }

    void crossfadeKeepsLevel() {
        // Two clips of different tones (uncorrelated, like two shots' sound) cross-fading
        // at equal power: sin^2 + cos^2 = 1, so the level through the transition stays
        // at the tones' level. Linear ramps would dip 3 dB in the middle.
        QTemporaryDir dir;
        const QString tone = makeTone(dir.path(), "tone.flac", 1000, 4);
        const QString other = makeTone(dir.path(), "other.flac", 1500, 4);
        Project p = makeDefaultProject(64, 64, FrameRate(30));
        edit::addClip(p, p.tracks[0].id,
                      makeClip(makeBlack(dir.path(), 4), Time(0), Time(0), Time(4)));
        edit::addClip(p, p.tracks[1].id, makeClip(tone, Time(0), Time(0), Time(2)));
        Clip second = makeClip(other, Time(2), Time(2), Time(4));
        second.transitionIn = Transition{"crossfade", Time(1)};
        edit::addClip(p, p.tracks[1].id, second);
        const std::vector<float> a = exportAudio(p, dir.path());
        for (int ms : {1600, 1900, 2000, 2100, 2400}) {
            const std::size_t c = std::size_t(ms) * 48;
            const double level = rmsDb(a, c - 960, c + 960);
            QVERIFY2(std::fabs(level - kToneDb) < 0.5,
                     qPrintable(QString("at %1 ms: %2 dBFS").arg(ms).arg(level)));
        }
    }
};

int main(int argc, char** argv) {
    QGuiApplication app(argc, argv);
    registerBuiltinEffects();
    TestMixing t;
    return QTest::qExec(&t, argc, argv);
}
#include "tst_mixing.moc"
