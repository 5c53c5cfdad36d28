// Mixing, measured on the signal: equal-power crossfades keep the level of two different
// sounds, volume envelopes ramp in dB, music ducks under real speech (espeak-ng) by its
// depth and comes back within the release time, and exports stay under -1 dBTP true peak
// after encoding (measured by the ffmpeg tool's own meter) with the loudness on target.

#include "builtin_effects.h"
#include "export/exporter.h"
#include "model/edits.h"
#include "render/audio_mixer.h"
#include "render/loudness.h"
#include "render/true_peak_limiter.h"
#include "support/drum_track.h"
#include "support/test_media.h"

#include <QGuiApplication>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <cmath>
#include <random>

using namespace reelcut;
using namespace reelcut::test;

namespace {

constexpr double kPi = 3.14159265358979323846;

Clip clipOf(const QString& media, double start, double in, double out) {
    Clip c;
    c.media = media.toStdString();
    c.start = Rational::fromDouble(start);
    c.in = Rational::fromDouble(in);
    c.out = Rational::fromDouble(out);
    return c;
}

QString makeNoise(const QString& dir, const QString& name, int seed, double seconds) {
    std::mt19937 rng{std::uint32_t(seed)};
    std::normal_distribution<float> n(0.0f, 0.1f);
    std::vector<float> s(std::size_t(seconds * 48000));
    for (float& v : s) {
        v = n(rng);
    }
    const QString file = dir + "/" + name;
    writeWav(file, s, 48000);
    return file;
}

QString makeTone(const QString& dir, const QString& name, double freq, double amp, double seconds) {
    const QString file = dir + "/" + name;
    ffmpeg(
        {"-f", "lavfi", "-i",
         QStringLiteral("aevalsrc=%1*sin(2*PI*%2*t):s=48000:d=%3").arg(amp).arg(freq).arg(seconds),
         "-c:a", "pcm_f32le", file});
    return file;
}

std::vector<float> mixAll(const Project& p, double seconds, const QString& cacheDir) {
    AudioMixer mixer{AnalysisStore(cacheDir.toStdString())};
    const auto frames = std::int64_t(seconds * 48000);
    std::vector<float> out(std::size_t(frames) * 2);
    constexpr int kBlock = 1600; // one 30 fps frame, as the exporter mixes
    for (std::int64_t pos = 0; pos < frames; pos += kBlock) {
        const int n = int(std::min<std::int64_t>(kBlock, frames - pos));
        mixer.mix(p, pos, n, out.data() + pos * 2);
    }
    return out;
}

// Level (dB) of one frequency in a window of the left channel (Goertzel).
double toneDb(const std::vector<float>& stereo, double freq, double from, double to) {
    const auto a = std::size_t(from * 48000), b = std::size_t(to * 48000);
    const double w = 2 * kPi * freq / 48000;
    double s1 = 0, s2 = 0;
    for (std::size_t i = a; i < b; ++i) {
        const double s0 = stereo[2 * i] + 2 * std::cos(w) * s1 - s2;
        s2 = s1;
        s1 = s0;
    }
    const double power = s1 * s1 + s2 * s2 - 2 * std::cos(w) * s1 * s2;
    const double amplitude = 2 * std::sqrt(power) / double(b - a);
    return 20 * std::log10(amplitude + 1e-12);
}

// Where speech is loud in a file: 10 ms frames above -40 dBFS, gaps under 300 ms closed.
std::vector<std::pair<double, double>> speechSpans(const QString& file) {
    const std::vector<float> a = decodeAudio(file);
    std::vector<std::pair<double, double>> spans;
    const std::size_t frames = a.size() / 2 / 480;
    double lastLoud = -1;
    for (std::size_t f = 0; f < frames; ++f) {
        if (rmsDb(a, f * 480, (f + 1) * 480) > -40) {
            const double t = double(f) * 0.01;
            if (spans.empty() || t - lastLoud > 0.3) {
                spans.push_back({t, t + 0.01});
            }
            spans.back().second = t + 0.01;
            lastLoud = t;
        }
    }
    return spans;
}

// True peak (dBTP) and integrated loudness of a file, by the ffmpeg tool's ebur128 meter.
std::pair<double, double> fileTruePeakAndLoudness(const QString& file) {
    QProcess p;
    p.start(REELCUT_FFMPEG, {"-hide_banner", "-nostats", "-i", file, "-af", "ebur128=peak=true",
                             "-f", "null", "-"});
    p.waitForFinished(120000);
    const QByteArray log = p.readAllStandardError();
    const int summary = log.lastIndexOf("Summary:");
    const int i = log.indexOf("I:", summary);
    const int tp = log.indexOf("Peak:", log.indexOf("True peak:", summary));
    return {log.mid(tp + 5, 12).trimmed().split(' ').first().toDouble(),
            log.mid(i + 2, 12).trimmed().split(' ').first().toDouble()};
}

QString makeBlack(const QString& dir, double seconds) {
    const QString file = dir + "/black.mp4";
    ffmpeg({"-f", "lavfi", "-i", QString("color=c=black:s=64x64:r=30:d=%1").arg(seconds), "-c:v",
            "libx264", "-preset", "ultrafast", file});
    return file;
}

Preset tinyPreset() {
    Preset p = *findPreset("tiktok");
    p.width = 64;
    p.height = 64;
    p.frameRate.reset();
    return p;
}

} // namespace

class TestAudioMix : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void equalPowerCrossfadeOfDifferentSounds() {
        // Two different noises (uncorrelated) at the same level, crossfading over 1 s:
        // the level stays within 1 dB through the transition (linear ramps dip 3 dB).
        QTemporaryDir dir;
        const QString a = makeNoise(dir.path(), "a.wav", 1, 4);
        const QString b = makeNoise(dir.path(), "b.wav", 2, 4);
        Project p = makeDefaultProject(64, 64, FrameRate(30));
        edit::addClip(p, p.tracks[1].id, clipOf(a, 0, 0, 3));
        Clip second = clipOf(b, 3, 1, 4);
        second.transitionIn = Transition{"crossfade", Time(1)};
        edit::addClip(p, p.tracks[1].id, second);
        const std::vector<float> mix = mixAll(p, 6, dir.path());
        const double steady = rmsDb(mix, 48000, 96000);
        for (double t = 2.45; t <= 3.55; t += 0.1) {
            const auto c = std::size_t(t * 48000);
            const double level = rmsDb(mix, c - 2400, c + 2400);
            QVERIFY2(
                std::abs(level - steady) < 1.0,
                qPrintable(
                    QStringLiteral("at %1 s: %2 dB, steady %3 dB").arg(t).arg(level).arg(steady)));
        }
    }

    void volumeEnvelopeRampsInDb() {
        QTemporaryDir dir;
        const QString tone = makeTone(dir.path(), "tone.wav", 1000, 0.5, 4);
        Project p = makeDefaultProject(64, 64, FrameRate(30));
        Clip c = clipOf(tone, 0, 0, 4);
        c.volumeKeys = {{Time(0), -20}, {Time(1), 0}, {Time(2), 0}, {Time(3), -10}};
        edit::addClip(p, p.tracks[1].id, c);
        const std::vector<float> mix = mixAll(p, 4, dir.path());
        const double full = 20 * std::log10(0.5);
        const std::pair<double, double> expected[] = {
            {0.25, -15}, {0.5, -10}, {1.5, 0}, {2.5, -5}, {3.5, -10}};
        for (const auto& [t, db] : expected) {
            const double level = toneDb(mix, 1000, t - 0.01, t + 0.01) - full;
            QVERIFY2(std::abs(level - db) < 0.5,
                     qPrintable(
                         QStringLiteral("at %1 s: %2 dB, expected %3").arg(t).arg(level).arg(db)));
        }
    }

    void musicDucksUnderSpeech() {
        // Music: a 15 kHz tone, above everything espeak-ng produces (22 kHz output), so
        // its level can be read in the mix with the voice present.
        QTemporaryDir dir;
        const QString music = makeTone(dir.path(), "music.wav", 15000, 0.3, 12);
        const QString voice = dir.path() + "/voice.wav";
        run("espeak-ng", {"-w", voice,
                          "Welcome to the show. Today we cut a video to the beat. "
                          "Stay with us."});
        const auto spans = speechSpans(voice);
        QVERIFY(!spans.empty());
        Project p = makeDefaultProject(64, 64, FrameRate(30));
        const double at = 2.0; // the voice clip starts here
        const double voiceLength = decodeAudio(voice).size() / 2 / 48000.0;
        edit::addClip(p, p.tracks[0].id, clipOf(voice, at, 0, voiceLength));
        edit::addClip(p, p.tracks[1].id, clipOf(music, 0, 0, 12));
        Track music2 = p.tracks[1];
        music2.ducking.enabled = true;
        music2.ducking.depthDb = 12;
        music2.ducking.attack = 0.2;
        music2.ducking.release = 0.5;
        edit::updateTrack(p, music2);

        const std::vector<float> mix = mixAll(p, 12, dir.path());
        const double base = toneDb(mix, 15000, 0.5, 1.5);
        QVERIFY2(std::abs(base - 20 * std::log10(0.3)) < 0.5, qPrintable(QString::number(base)));
        for (const auto& [s, e] : spans) {
            if (e - s < 0.2) {
                continue;
            }
            const double level = toneDb(mix, 15000, at + s + 0.05, at + e - 0.05) - base;
            QVERIFY2(std::abs(level + 12) <= 1.0,
                     qPrintable(QStringLiteral("under speech %1-%2 s: %3 dB")
                                    .arg(at + s)
                                    .arg(at + e)
                                    .arg(level)));
        }
        // Full level before the attack, and again once the release time after the last
        // word has passed (80 ms allowed for where the detector puts the end).
        const double end = at + spans.back().second;
        const double before =
            toneDb(mix, 15000, at + spans.front().first - 0.6, at + spans.front().first - 0.3) -
            base;
        const double after = toneDb(mix, 15000, end + 0.5 + 0.08, end + 0.5 + 0.3) - base;
        QVERIFY2(std::abs(before) < 0.5, qPrintable(QString::number(before)));
        QVERIFY2(std::abs(after) < 1.0, qPrintable(QString::number(after)));
        // The curve the timeline draws is the one applied.
        AudioMixer mixer{AnalysisStore(dir.path().toStdString())};
        const DuckingEnvelope env = mixer.ducking(p, p.tracks[1]);
        QVERIFY(env.active());
        const double mid = at + (spans.front().first + spans.front().second) / 2;
        QCOMPARE(env.gainDbAt(mid), -12.0);
        QCOMPARE(env.gainDbAt(0.5), 0.0);
    }

    void noDuckingForNoiseOrTone() {
        // The voice track holds no speech: noise bursts and a steady beep. Nothing ducks.
        QTemporaryDir dir;
        const QString music = makeTone(dir.path(), "music.wav", 15000, 0.3, 8);
        const QString noise = dir.path() + "/noise.wav";
        ffmpeg({"-f", "lavfi", "-i",
                "aevalsrc='if(lt(mod(t,1),0.5),0.2*(random(0)-0.5),0)':s=22050:d=3", noise});
        const QString beep = makeTone(dir.path(), "beep.wav", 800, 0.3, 2);
        Project p = makeDefaultProject(64, 64, FrameRate(30));
        edit::addClip(p, p.tracks[0].id, clipOf(noise, 1, 0, 3));
        edit::addClip(p, p.tracks[0].id, clipOf(beep, 5, 0, 2));
        edit::addClip(p, p.tracks[1].id, clipOf(music, 0, 0, 8));
        Track t = p.tracks[1];
        t.ducking.enabled = true;
        edit::updateTrack(p, t);
        const std::vector<float> mix = mixAll(p, 8, dir.path());
        const double base = 20 * std::log10(0.3);
        for (double s = 0.5; s < 7.5; s += 0.5) {
            const double level = toneDb(mix, 15000, s - 0.1, s + 0.1) - base;
            QVERIFY2(std::abs(level) < 0.5,
                     qPrintable(QStringLiteral("at %1 s: %2 dB").arg(s).arg(level)));
        }
    }

    void limiterHoldsTruePeaksBetweenSamples() {
        // An 11 kHz sine whose peaks fall between samples, loud from its first sample,
        // then a drum track pushed 6 dB over full scale. The peaks between samples,
        // found here by 16x windowed-sinc interpolation (64 taps, independent of the
        // limiter's own 16-tap estimate), stay at or below the -1.5 dBTP ceiling.
        TruePeakLimiter limiter(-1.5);
        DrumTrackSpec spec;
        spec.seconds = 4;
        spec.sampleRate = 48000;
        const DrumTrack drums = makeDrumTrack(spec);
        std::vector<float> s(std::size_t(48000 * 5) * 2, 0.0f);
        for (std::size_t i = 0; i < 48000; ++i) {
            // Ends with a 10 ms fade: a cut mid-wave would ring between samples by itself.
            const double fade = std::min(1.0, double(48000 - i) / 480);
            const float v = float(fade * std::sin(2 * kPi * 11000 * double(i) / 48000 + kPi / 5));
            s[2 * i] = s[2 * i + 1] = v;
        }
        for (std::size_t i = 0; i < std::size_t(4 * 48000); ++i) {
            const float v = 2.0f * drums.samples[i];
            s[2 * (48000 + i)] = v;
            s[2 * (48000 + i) + 1] = -v;
        }
        auto truePeak = [](const std::vector<float>& x, std::size_t from) {
            double peak = 0;
            for (std::size_t i = from + 32; i + 32 < x.size() / 2; ++i) {
                // Only near loud samples can a peak between samples pass the ceiling.
                if (std::abs(x[2 * i]) < 0.5f && std::abs(x[2 * i + 2]) < 0.5f) {
                    continue;
                }
                for (int p = 0; p < 16; ++p) {
                    double v = 0;
                    for (int k = -31; k <= 32; ++k) {
                        const double t = p / 16.0 - k;
                        const double sinc = std::abs(t) < 1e-9 ? 1 : std::sin(kPi * t) / (kPi * t);
                        v += x[2 * (i + std::size_t(k + 0))] * sinc *
                             (0.5 + 0.5 * std::cos(kPi * t / 32));
                    }
                    peak = std::max(peak, std::abs(v));
                }
            }
            return 20 * std::log10(peak);
        };
        QVERIFY(truePeak(s, 0) > 5);
        limiter.process(s.data(), s.data(), int(s.size() / 2));
        const double after = truePeak(s, std::size_t(limiter.latency()));
        // Where the gain falls by 6 dB within 2 ms, the product of signal and gain rings a
        // little past the estimate: 0.3 dB is allowed (exports keep a 1 dB
        // margin below the platforms' limit, and check the file).
        QVERIFY2(after <= -1.2, qPrintable(QString::number(after)));
        QVERIFY2(after >= -2.5, qPrintable(QString::number(after)));
        QVERIFY(limiter.maxReductionDb() > 6);
    }

    void exportsStayBelowOneDbtp_data() {
        QTest::addColumn<bool>("normalize");
        QTest::newRow("normalised to -14 LUFS") << true;
        QTest::newRow("too loud as mixed") << false;
    }
    void exportsStayBelowOneDbtp() {
        // Drums and a bass line mixed hot (peaks well over 0 dBFS before the limiter).
        QFETCH(bool, normalize);
        QTemporaryDir dir;
        DrumTrackSpec spec;
        spec.bpm = 124;
        spec.seconds = 8;
        const DrumTrack drums = makeDrumTrack(spec);
        writeWav(dir.path() + "/drums.wav", drums.samples, drums.sampleRate);
        const QString noise = makeNoise(dir.path(), "noise.wav", 3, 8);
        Project p = makeDefaultProject(64, 64, FrameRate(30));
        edit::addClip(p, p.tracks[0].id, clipOf(makeBlack(dir.path(), 8), 0, 0, 8));
        Clip d = clipOf(dir.path() + "/drums.wav", 0, 0, 8);
        d.volumeDb = normalize ? -6 : 4;
        edit::addClip(p, p.tracks[1].id, d);
        const ObjectId extra = edit::addTrack(p, TrackKind::Audio, "noise");
        edit::addClip(p, extra, clipOf(noise, 0, 0, 8));
        ExportRequest req;
        req.output = (dir.path() + "/out.mp4").toStdString();
        req.preset = tinyPreset();
        req.normalizeLoudness = normalize;
        req.replaceExisting = true; // the second pass writes the same file again
        const ExportResult r = exportProject(p, req);
        const auto [truePeak, loudness] = fileTruePeakAndLoudness(dir.path() + "/out.mp4");
        QVERIFY2(truePeak <= -1.0, qPrintable(QStringLiteral("true peak %1 dBTP").arg(truePeak)));
        QVERIFY2(r.truePeakDb <= -1.0, qPrintable(QString::number(r.truePeakDb)));
        QVERIFY2(
            std::abs(r.truePeakDb - truePeak) < 0.3,
            qPrintable(QStringLiteral("summary %1, ffmpeg %2").arg(r.truePeakDb).arg(truePeak)));
        QVERIFY2(
            std::abs(r.loudnessLufs - loudness) < 0.6,
            qPrintable(QStringLiteral("summary %1, ffmpeg %2").arg(r.loudnessLufs).arg(loudness)));
        QVERIFY(r.loudnessRange >= 0);
        if (normalize) {
            QVERIFY2(std::abs(loudness + 14) <= 1.0, qPrintable(QString::number(loudness)));
        } else {
            QVERIFY(r.limitedDb > 1);
        }
    }
};

int main(int argc, char** argv) {
    QGuiApplication app(argc, argv);
    registerBuiltinEffects();
    TestAudioMix t;
    return QTest::qExec(&t, argc, argv);
}
#include "tst_audio_mix.moc"
