// Speed and voice, measured on the mixer's output: Rubber Band keeps a sine's pitch
// within 0.5 % at 0.5x and 2x and keeps clicks within 5 ms of where they belong; the voice
// effects shift pitch by their intervals, echo repeats, noise reduction lowers the noise
// floor and keeps the voice, the clarity EQ cuts rumble and lifts presence.

#include "model/edits.h"
#include "render/audio_mixer.h"
#include "support/drum_track.h"
#include "support/test_media.h"

#include <QCoreApplication>
#include <QTemporaryDir>
#include <QTest>
#include <cmath>
#include <random>

using namespace reelcut;
using namespace reelcut::test;

namespace {

constexpr double kPi = 3.14159265358979323846;

QString writeSignal(const QString& dir, const QString& name, const std::vector<float>& s) {
    const QString file = dir + "/" + name;
    writeWav(file, s, 48000);
    return file;
}

std::vector<float> sine(double freq, double amp, double seconds) {
    std::vector<float> s(std::size_t(seconds * 48000));
    for (std::size_t i = 0; i < s.size(); ++i) {
        s[i] = float(amp * std::sin(2 * kPi * freq * double(i) / 48000));
    }
    return s;
}

// Mixes one clip of `media` from source 0 on a fresh project, `seconds` of timeline.
std::vector<float> play(const QString& dir, const QString& media, const Clip& shape,
                        double sourceSeconds) {
    Project p = makeDefaultProject(64, 64, FrameRate(30));
    Clip c = shape;
    c.media = media.toStdString();
    c.start = Time(0);
    c.in = Time(0);
    c.out = Rational::fromDouble(sourceSeconds);
    edit::addClip(p, p.tracks[1].id, c);
    AudioMixer mixer{AnalysisStore(dir.toStdString())};
    const auto frames = std::int64_t(c.duration().toDouble() * 48000);
    std::vector<float> out(std::size_t(frames) * 2);
    for (std::int64_t pos = 0; pos < frames; pos += 1600) {
        const int n = int(std::min<std::int64_t>(1600, frames - pos));
        mixer.mix(p, pos, n, out.data() + pos * 2);
    }
    return out;
}

// Frequency of a steady tone in [from, to) seconds of the left channel, by zero crossings.
double frequency(const std::vector<float>& stereo, double from, double to) {
    const auto a = std::size_t(from * 48000), b = std::size_t(to * 48000);
    double first = -1, last = -1;
    int crossings = 0;
    for (std::size_t i = a + 1; i < b; ++i) {
        const float x0 = stereo[2 * (i - 1)], x1 = stereo[2 * i];
        if (x0 < 0 && x1 >= 0) {
            const double t = double(i - 1) + x0 / (x0 - x1); // sub-sample crossing
            if (first < 0) {
                first = t;
            } else {
                ++crossings;
            }
            last = t;
        }
    }
    return crossings > 0 ? crossings * 48000.0 / (last - first) : 0;
}

// Times (s) where the left channel first exceeds `threshold` after each silence of 50 ms.
std::vector<double> clickTimes(const std::vector<float>& stereo, float threshold) {
    std::vector<double> out;
    std::size_t quiet = 48000;
    for (std::size_t i = 0; i < stereo.size() / 2; ++i) {
        if (std::abs(stereo[2 * i]) > threshold) {
            if (quiet >= 2400) {
                out.push_back(double(i) / 48000);
            }
            quiet = 0;
        } else {
            ++quiet;
        }
    }
    return out;
}

double levelDb(const std::vector<float>& stereo, double from, double to) {
    return rmsDb(stereo, std::size_t(from * 48000), std::size_t(to * 48000));
}

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
    return 20 * std::log10(2 * std::sqrt(power) / double(b - a) + 1e-12);
}

} // namespace

class TestVoice : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void speedKeepsPitch_data() {
        QTest::addColumn<double>("speed");
        QTest::newRow("0.5x") << 0.5;
        QTest::newRow("2x") << 2.0;
        QTest::newRow("1.5x") << 1.5;
    }
    void speedKeepsPitch() {
        QFETCH(double, speed);
        QTemporaryDir dir;
        const QString tone = writeSignal(dir.path(), "tone.wav", sine(440, 0.5, 6));
        Clip c;
        c.speed = Rational::fromDouble(speed);
        const std::vector<float> out = play(dir.path(), tone, c, 6);
        const double length = 6 / speed;
        const double f = frequency(out, 0.2 * length, 0.8 * length);
        QVERIFY2(std::abs(f - 440) / 440 <= 0.005, qPrintable(QStringLiteral("%1 Hz").arg(f)));
        // And the level stays (no phasey cancellation).
        QVERIFY(std::abs(levelDb(out, 0.2 * length, 0.8 * length) -
                         20 * std::log10(0.5 / std::sqrt(2.0))) < 1);
    }

    void clicksStayOnTheirFrame_data() {
        QTest::addColumn<double>("speed");
        QTest::newRow("0.5x") << 0.5;
        QTest::newRow("2x") << 2.0;
        QTest::newRow("0.25x") << 0.25;
        QTest::newRow("0.75x") << 0.75;
    }
    void clicksStayOnTheirFrame() {
        // Sharp hits every 0.7 s over a quiet tone: each must come out within 5 ms of
        // where its source time maps on the timeline.
        QFETCH(double, speed);
        QTemporaryDir dir;
        std::vector<float> s = sine(300, 0.02, 8.5);
        std::vector<double> hits;
        std::mt19937 rng(7);
        std::uniform_real_distribution<float> noise(-1, 1);
        for (double t = 0.5; t < 7.5; t += 0.7) {
            hits.push_back(t);
            const auto at = std::size_t(t * 48000);
            for (std::size_t i = 0; i < 480; ++i) {
                s[at + i] += float(0.8 * noise(rng) * std::exp(-double(i) / 60));
            }
        }
        const QString file = writeSignal(dir.path(), "hits.wav", s);
        Clip c;
        c.speed = Rational::fromDouble(speed);
        const std::vector<float> out = play(dir.path(), file, c, 8);
        // Where each hit is: its loudest sample within 50 ms of where it belongs (a
        // stretched hit may start a little softer, its peak is the sound).
        std::vector<double> found;
        for (double h : hits) {
            const auto centre = std::size_t(h / speed * 48000);
            std::size_t best = centre;
            for (std::size_t i = centre - 2400; i < centre + 2400; ++i) {
                if (std::abs(out[2 * i]) > std::abs(out[2 * best])) {
                    best = i;
                }
            }
            found.push_back(double(best) / 48000);
        }
        for (std::size_t i = 0; i < hits.size(); ++i) {
            const double expected = hits[i] / speed;
            QVERIFY2(std::abs(found[i] - expected) <= 0.005,
                     qPrintable(QStringLiteral("hit %1 at %2 s, expected %3 s")
                                    .arg(i)
                                    .arg(found[i])
                                    .arg(expected)));
        }
    }

    void pitchEffects_data() {
        QTest::addColumn<int>("voice");
        QTest::addColumn<double>("ratio");
        QTest::newRow("chipmunk") << int(VoiceEffect::Chipmunk) << std::pow(2.0, 7.0 / 12);
        QTest::newRow("deep") << int(VoiceEffect::Deep) << std::pow(2.0, -5.0 / 12);
    }
    void pitchEffects() {
        QFETCH(int, voice);
        QFETCH(double, ratio);
        QTemporaryDir dir;
        const QString tone = writeSignal(dir.path(), "tone.wav", sine(330, 0.5, 4));
        Clip c;
        c.voice = VoiceEffect(voice);
        const std::vector<float> out = play(dir.path(), tone, c, 4);
        const double f = frequency(out, 1, 3);
        QVERIFY2(std::abs(f / 330 - ratio) / ratio < 0.01, qPrintable(QString::number(f)));
        QCOMPARE(out.size(), std::size_t(4 * 48000 * 2)); // the length stays
    }

    void echoRepeats() {
        QTemporaryDir dir;
        std::vector<float> s(48000 * 2, 0.0f);
        for (std::size_t i = 0; i < 240; ++i) {
            s[24000 + i] = float(0.8 * std::sin(2 * kPi * 1000 * double(i) / 48000));
        }
        const QString file = writeSignal(dir.path(), "blip.wav", s);
        Clip c;
        c.voice = VoiceEffect::Echo;
        const std::vector<float> out = play(dir.path(), file, c, 2);
        const std::vector<double> found = clickTimes(out, 0.05f);
        QVERIFY2(found.size() >= 3, qPrintable(QString::number(found.size())));
        QVERIFY(std::abs(found[0] - 0.5) < 0.003);
        QVERIFY(std::abs(found[1] - 0.68) < 0.005);
        QVERIFY(std::abs(found[2] - 0.86) < 0.005);
        QVERIFY(levelDb(out, 0.68, 0.685) < levelDb(out, 0.5, 0.505) - 3);
    }

    void robotFlattensTheVoice() {
        // A gliding tone comes out buzzing at the transform's frame rate: most of its
        // energy moves away from the glide.
        QTemporaryDir dir;
        std::vector<float> s(48000 * 3);
        double phase = 0;
        for (std::size_t i = 0; i < s.size(); ++i) {
            phase += 2 * kPi * (200 + 100 * double(i) / s.size()) / 48000;
            s[i] = float(0.5 * std::sin(phase));
        }
        const QString file = writeSignal(dir.path(), "glide.wav", s);
        Clip plain;
        Clip robot;
        robot.voice = VoiceEffect::Robot;
        const std::vector<float> a = play(dir.path(), file, plain, 3);
        const std::vector<float> b = play(dir.path(), file, robot, 3);
        double dot = 0, na = 0, nb = 0;
        for (std::size_t i = 48000; i < 2 * 48000; ++i) {
            dot += double(a[2 * i]) * b[2 * i];
            na += double(a[2 * i]) * a[2 * i];
            nb += double(b[2 * i]) * b[2 * i];
        }
        QVERIFY(nb > 0.01 * na); // not silent
        QVERIFY2(std::abs(dot) / std::sqrt(na * nb) < 0.5,
                 qPrintable(QString::number(dot / std::sqrt(na * nb))));
        // 48000 / (512 / 4) = 375 Hz: the robot's buzz.
        QVERIFY(toneDb(b, 375, 1, 2) > toneDb(a, 375, 1, 2) + 10);
    }

    void noiseReductionKeepsTheVoice() {
        // Speech with steady hiss under it: in the pauses the hiss drops by at least 10 dB,
        // the speech stays within 3 dB, and nothing moves in time by more than 5 ms.
        QTemporaryDir dir;
        const QString voice = dir.path() + "/voice.wav";
        run("espeak-ng", {"-w", voice, "Hello there. [[_:_:]] This is a test of noise reduction."});
        std::vector<float> speech = decodeAudio(voice);
        std::vector<float> mono(speech.size() / 2 + 48000);
        std::mt19937 rng(3);
        std::normal_distribution<float> hiss(0.0f, 0.01f);
        for (std::size_t i = 0; i < mono.size(); ++i) {
            mono[i] = (i < speech.size() / 2 ? speech[2 * i] : 0.0f) + hiss(rng);
        }
        const QString noisy = writeSignal(dir.path(), "noisy.wav", mono);
        const double seconds = double(mono.size()) / 48000;
        Clip plain;
        Clip clean;
        clean.denoise = true;
        const std::vector<float> a = play(dir.path(), noisy, plain, seconds);
        const std::vector<float> b = play(dir.path(), noisy, clean, seconds);
        // The last half second is hiss only.
        const double hissBefore = levelDb(a, seconds - 0.6, seconds - 0.1);
        const double hissAfter = levelDb(b, seconds - 0.6, seconds - 0.1);
        QVERIFY2(hissAfter < hissBefore - 10,
                 qPrintable(QStringLiteral("hiss %1 -> %2 dB").arg(hissBefore).arg(hissAfter)));
        const double speechLength = double(speech.size() / 2) / 48000;
        const double voiceBefore = levelDb(a, 0.1, speechLength - 0.1);
        const double voiceAfter = levelDb(b, 0.1, speechLength - 0.1);
        QVERIFY2(std::abs(voiceAfter - voiceBefore) < 3,
                 qPrintable(QStringLiteral("voice %1 -> %2 dB").arg(voiceBefore).arg(voiceAfter)));
        // Alignment: the cross-correlation of the two peaks at lag 0 (+-5 ms).
        int bestLag = 0;
        double best = -1;
        for (int lag = -480; lag <= 480; lag += 4) {
            double sum = 0;
            for (std::size_t i = 48000; i < std::size_t(speechLength * 48000) - 1000; i += 2) {
                sum += double(a[2 * i]) * b[2 * (std::size_t(std::ptrdiff_t(i) + lag))];
            }
            if (sum > best) {
                best = sum;
                bestLag = lag;
            }
        }
        QVERIFY2(std::abs(bestLag) <= 240,
                 qPrintable(QStringLiteral("moved by %1 samples").arg(bestLag)));
    }

    void clarityEq() {
        QTemporaryDir dir;
        std::vector<float> mix = sine(50, 0.2, 3);
        const std::vector<float> presence = sine(3500, 0.1, 3);
        const std::vector<float> mid = sine(1000, 0.1, 3);
        for (std::size_t i = 0; i < mix.size(); ++i) {
            mix[i] += presence[i] + mid[i];
        }
        const QString file = writeSignal(dir.path(), "tones.wav", mix);
        Clip plain;
        Clip clear;
        clear.voiceClarity = true;
        const std::vector<float> a = play(dir.path(), file, plain, 3);
        const std::vector<float> b = play(dir.path(), file, clear, 3);
        QVERIFY(toneDb(b, 50, 1, 2) < toneDb(a, 50, 1, 2) - 10);
        const double lift = toneDb(b, 3500, 1, 2) - toneDb(a, 3500, 1, 2);
        QVERIFY2(lift > 2.5 && lift < 5.5, qPrintable(QString::number(lift)));
        QVERIFY(std::abs(toneDb(b, 1000, 1, 2) - toneDb(a, 1000, 1, 2)) < 1.5);
    }
};

QTEST_GUILESS_MAIN(TestVoice)
#include "tst_voice.moc"
