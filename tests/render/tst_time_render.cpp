// Time effects rendered: reversed, ramped and frozen clips exported from sources whose
// pixels carry their frame number; reversed and ramped sound; crop, flips and quarter
// turns checked on the pixels of an asymmetric picture; a reversed clip's decoder reads
// a long GOP backward with few seeks.

#include "builtin_effects.h"
#include "export/exporter.h"
#include "media/video_decoder.h"
#include "model/edits.h"
#include "render/audio_mixer.h"
#include "render/frame_renderer.h"
#include "render_test_util.h"
#include "support/test_media.h"

#include <QGuiApplication>
#include <QPainter>
#include <QTemporaryDir>
#include <QTest>
#include <cmath>

extern "C" {
#include <libavutil/frame.h>
}

using namespace reelcut;
using namespace reelcut::test;

namespace {

// Exports the project and returns the frame number each output frame shows.
std::vector<int> exportedCodes(const Project& project, const QString& out) {
    ExportRequest req;
    req.output = out.toStdString();
    req.preset = smallPreset(project.width, project.height);
    exportProject(project, req);
    std::vector<int> codes;
    for (const QImage& f : decodeFrames(out)) {
        codes.push_back(readFrameCode(f, f.rect()));
    }
    return codes;
}

// Frequency (Hz) of a tone in samples [from, to) of a stereo 48 kHz buffer, by zero
// crossings of the left channel.
double toneHz(const std::vector<float>& stereo, std::size_t from, std::size_t to) {
    int crossings = 0;
    for (std::size_t i = from + 1; i < to; ++i) {
        if ((stereo[2 * (i - 1)] < 0) != (stereo[2 * i] < 0)) {
            ++crossings;
        }
    }
    return crossings / 2.0 / (double(to - from) / 48000.0);
}

std::vector<float> mixAll(const Project& p) {
    AudioMixer mixer;
    const auto frames = std::size_t((p.duration() * Rational(48000)).floor());
    std::vector<float> out(frames * 2);
    constexpr int kBlock = 1024;
    for (std::size_t at = 0; at < frames; at += kBlock) {
        const int n = int(std::min<std::size_t>(kBlock, frames - at));
        mixer.mix(p, std::int64_t(at), n, out.data() + at * 2);
    }
    return out;
}

// A 160x120 picture: red top-left, green top-right, blue bottom-left, white bottom-right.
QString makeQuadrants(const QString& dir) {
    QImage img(160, 120, QImage::Format_RGB32);
    QPainter p(&img);
    p.fillRect(0, 0, 80, 60, Qt::red);
    p.fillRect(80, 0, 80, 60, Qt::green);
    p.fillRect(0, 60, 80, 60, Qt::blue);
    p.fillRect(80, 60, 80, 60, Qt::white);
    p.end();
    const QString png = dir + "/quad.png";
    img.save(png);
    const QString video = dir + "/quad.mp4";
    ffmpeg({"-loop", "1", "-i", png, "-t", "1", "-r", "30", "-c:v", "libx264", "-qp", "0",
            "-pix_fmt", "yuv444p", video});
    return video;
}

char colorAt(const QImage& img, int x, int y) {
    const QColor c = img.pixelColor(x, y);
    const auto hi = [](int v) {
        return v > 160;
    };
    const auto lo = [](int v) {
        return v < 90;
    };
    if (hi(c.red()) && hi(c.green()) && hi(c.blue())) {
        return 'W';
    }
    if (hi(c.red()) && lo(c.green()) && lo(c.blue())) {
        return 'R';
    }
    if (lo(c.red()) && hi(c.green()) && lo(c.blue())) {
        return 'G';
    }
    if (lo(c.red()) && lo(c.green()) && hi(c.blue())) {
        return 'B';
    }
    if (lo(c.red()) && lo(c.green()) && lo(c.blue())) {
        return 'k';
    }
    return '?';
}

// The colours at the centres of the four quadrants of `area`: TL TR BL BR.
QString quadrants(const QImage& img, const QRect& a) {
    const int x0 = a.left() + a.width() / 4;
    const int x1 = a.left() + 3 * a.width() / 4;
    const int y0 = a.top() + a.height() / 4;
    const int y1 = a.top() + 3 * a.height() / 4;
    return QString() + colorAt(img, x0, y0) + colorAt(img, x1, y0) + colorAt(img, x0, y1) +
           colorAt(img, x1, y1);
}

} // namespace

class TestTimeRender : public QObject {
    Q_OBJECT
    QTemporaryDir dir_;
    QString codes_; // 30 fps, 120 frames, GOP 12, with a 440 Hz tone

private Q_SLOTS:
    void initTestCase() {
        registerBuiltinEffects();
        codes_ = makeFrameCodeVideo(dir_.path(), "codes.mp4", "30", 120, 320, 240, true);
    }

    void reversedFramesDecreaseExactly() {
        Project p = makeDefaultProject(320, 240, FrameRate(30));
        Clip c = makeClip(codes_, Time(0), frameTime(10, 30), frameTime(70, 30));
        c.reverse = true;
        edit::addClip(p, p.tracks[0].id, c);
        const std::vector<int> codes = exportedCodes(p, dir_.path() + "/rev.mp4");
        QCOMPARE(int(codes.size()), 60);
        for (int k = 0; k < 60; ++k) {
            QCOMPARE(codes[std::size_t(k)], 69 - k);
        }
    }

    void rampFramesFollowTheCurve() {
        Project p = makeDefaultProject(320, 240, FrameRate(30));
        const ObjectId id = edit::addClip(
            p, p.tracks[0].id, makeClip(codes_, Time(0), frameTime(10, 30), frameTime(100, 30)));
        edit::setSpeedRamp(p, id, SpeedRamp{"montage", speedRampPreset("montage")});
        const Clip c = *p.findClip(id).second;
        // The length is the curve's integral (90 frames / mean speed) within a frame.
        const double ideal = 3.0 / curveMean(c.ramp.points);
        QVERIFY(std::fabs(c.duration().toDouble() - ideal) <= 1.0 / 30);
        const std::vector<int> codes = exportedCodes(p, dir_.path() + "/ramp.mp4");
        QCOMPARE(qint64(codes.size()), p.frameCount());
        QCOMPARE(codes.front(), 10);
        // The last frame is the one before `out`, give or take the end speed (2x here).
        QVERIFY2(codes.back() >= 97 && codes.back() <= 99,
                 qPrintable(QString::number(codes.back())));
        int exact = 0;
        for (std::size_t n = 0; n < codes.size(); ++n) {
            if (n > 0) {
                QVERIFY2(codes[n] >= codes[n - 1], qPrintable(QString::number(n)));
            }
            const std::int64_t expected =
                frameAtTime(c.sourceTime(frameTime(std::int64_t(n), 30)), FrameRate(30));
            QVERIFY(std::abs(codes[n] - expected) <= 1);
            exact += codes[n] == expected ? 1 : 0;
        }
        QVERIFY(exact >= int(codes.size()) - 1);
        // It really ramps: somewhere it skips frames (4x), somewhere it repeats (0.5x).
        bool skips = false;
        bool repeats = false;
        for (std::size_t n = 1; n < codes.size(); ++n) {
            skips |= codes[n] - codes[n - 1] >= 3;
            repeats |= codes[n] == codes[n - 1];
        }
        QVERIFY(skips && repeats);
    }

    void freezeShowsOneFrameSilently() {
        Project p = makeDefaultProject(320, 240, FrameRate(30));
        const ObjectId id =
            edit::addClip(p, p.tracks[0].id, makeClip(codes_, Time(0), Time(0), frameTime(60, 30)));
        edit::freezeFrame(p, id, frameTime(20, 30), Time(1));
        QCOMPARE(p.duration(), Time(3));
        const QString out = dir_.path() + "/freeze.mp4";
        const std::vector<int> codes = exportedCodes(p, out);
        QCOMPARE(int(codes.size()), 90);
        for (int k = 0; k < 20; ++k) {
            QCOMPARE(codes[std::size_t(k)], k);
        }
        for (int k = 20; k < 50; ++k) {
            QCOMPARE(codes[std::size_t(k)], 20);
        }
        for (int k = 50; k < 90; ++k) {
            QCOMPARE(codes[std::size_t(k)], k - 30);
        }
        const std::vector<float> sound = decodeAudio(out);
        const std::size_t s = 48000 * 20 / 30;
        QVERIFY(rmsDb(sound, s - 9600, s - 1200) > -30);   // the tone before
        QVERIFY(rmsDb(sound, s + 2400, s + 45600) < -60);  // silence while frozen
        QVERIFY(rmsDb(sound, s + 50400, s + 60000) > -30); // and after
    }

    void reversedSweepGoesDown() {
        const QString sweep = dir_.path() + "/sweep.wav";
        // 300 Hz rising to 1500 Hz over 2 s.
        ffmpeg({"-f", "lavfi", "-i", "aevalsrc='0.5*sin(2*PI*(300*t+300*t*t))':s=48000:d=2", "-ac",
                "2", sweep});
        for (const bool reversed : {false, true}) {
            Project p = makeDefaultProject(320, 240, FrameRate(30));
            const ObjectId audio = edit::addTrack(p, TrackKind::Audio, "music");
            Clip c = makeClip(sweep, Time(0), Time(0), Time(2));
            c.reverse = reversed;
            edit::addClip(p, audio, c);
            const std::vector<float> mix = mixAll(p);
            const double early = toneHz(mix, 2400, 16800); // 0.05 .. 0.35 s
            const double late = toneHz(mix, 79200, 93600); // 1.65 .. 1.95 s
            // Forward: 300 + 600t, i.e. ~420 Hz then ~1380 Hz; reversed the other way.
            const double low = 300 + 600 * 0.2;
            const double high = 300 + 600 * 1.8;
            QVERIFY2(std::fabs((reversed ? late : early) - low) < 40,
                     qPrintable(QString("%1 %2").arg(early).arg(late)));
            QVERIFY2(std::fabs((reversed ? early : late) - high) < 40,
                     qPrintable(QString("%1 %2").arg(early).arg(late)));
        }
    }

    void rampedSoundFollowsTheCurveWithPitchKept() {
        // 20 ms bursts of 1 kHz at source times 0.25, 0.75, ... 3.75 s.
        const QString clicks = dir_.path() + "/clicks.wav";
        ffmpeg({"-f", "lavfi", "-i",
                "aevalsrc='if(between(mod(t,0.5),0.25,0.27),0.8*sin(2*PI*1000*t),0)':s=48000:d=4",
                "-ac", "2", clicks});
        Project p = makeDefaultProject(320, 240, FrameRate(30));
        const ObjectId audio = edit::addTrack(p, TrackKind::Audio, "music");
        const ObjectId id = edit::addClip(p, audio, makeClip(clicks, Time(0), Time(0), Time(4)));
        edit::setSpeedRamp(p, id, SpeedRamp{"hero", speedRampPreset("hero")});
        const Clip c = *p.findClip(id).second;
        const std::vector<float> mix = mixAll(p);
        std::size_t at = 0;
        int found = 0;
        for (int k = 0; k < 8; ++k) {
            const double source = 0.25 + 0.5 * k;
            const double expected = *c.timelineOf(source);
            // The first loud sample at or after where the previous burst ended.
            while (at < mix.size() / 2 && std::fabs(mix[2 * at]) < 0.2) {
                ++at;
            }
            const double got = double(at) / 48000;
            QVERIFY2(std::fabs(got - expected) < 0.03,
                     qPrintable(
                         QString("burst %1 at %2 s, expected %3 s").arg(k).arg(got).arg(expected)));
            // Pitch kept: the burst is still 1 kHz, slowed or not.
            const double hz = toneHz(mix, at + 48, at + 48 + 480);
            QVERIFY2(std::fabs(hz - 1000) < 120, qPrintable(QString::number(hz)));
            ++found;
            at += std::size_t(0.02 / c.speedAt(Rational::fromDouble(got)) * 48000) + 2400;
        }
        QCOMPARE(found, 8);
    }

    void geometryOnPixels() {
        const QString quad = makeQuadrants(dir_.path());
        struct Case {
            const char* name;
            Crop crop;
            bool flipH, flipV;
            int rotate;
            FitMode fit;
            QString expected; // TL TR BL BR of the picture's area
        };
        const std::vector<Case> cases = {
            {"plain", {}, false, false, 0, FitMode::Stretch, "RGBW"},
            {"flip h", {}, true, false, 0, FitMode::Stretch, "GRWB"},
            {"flip v", {}, false, true, 0, FitMode::Stretch, "BWRG"},
            {"rotate 90", {}, false, false, 90, FitMode::Fit, "BRWG"},
            {"rotate 180", {}, false, false, 180, FitMode::Stretch, "WBGR"},
            {"rotate 270", {}, false, false, 270, FitMode::Fit, "GWRB"},
            {"crop right half", {0.5, 0, 0, 0}, false, false, 0, FitMode::Stretch, "GGWW"},
            {"crop bottom-left", {0, 0.5, 0.5, 0}, false, false, 0, FitMode::Stretch, "BBBB"},
            {"crop, flip, turn", {0.5, 0, 0, 0}, false, true, 90, FitMode::Stretch, "GWGW"},
        };
        FrameRenderer renderer;
        for (const Case& k : cases) {
            Project p = makeDefaultProject(320, 240, FrameRate(30));
            Clip c = makeClip(quad, Time(0), Time(0), Time(1), k.fit);
            c.crop = k.crop;
            c.flipH = k.flipH;
            c.flipV = k.flipV;
            c.rotate = k.rotate;
            edit::addClip(p, p.tracks[0].id, c);
            const QImage img = renderer.frameAt(p, Rational(1, 2), QSize(320, 240)).copy();
            // A quarter-turned 4:3 picture fits a 4:3 canvas as a 3:4 one: 180x240, centred.
            const bool turned = k.rotate % 180 != 0 && k.fit == FitMode::Fit;
            const QRect area = turned ? QRect(70, 0, 180, 240) : img.rect();
            QCOMPARE(quadrants(img, area), k.expected);
            if (turned) {
                QCOMPARE(colorAt(img, 30, 120), 'k'); // the bars
                QCOMPARE(colorAt(img, 290, 120), 'k');
            }
        }
    }

    void reverseDecodesALongGopWithFewSeeks() {
        const QString file = dir_.path() + "/longgop.mp4";
        ffmpeg({"-f", "lavfi", "-i", "color=c=black:s=160x120:r=30", "-vf",
                "geq=lum='255*mod(floor(N/pow(2,floor(X*10/W))),2)':cb=128:cr=128,format=yuv420p",
                "-frames:v", "150", "-c:v", "libx264", "-preset", "ultrafast", "-qp", "10", "-g",
                "150", file});
        VideoDecoder::Options options;
        options.threads = 1;
        options.history = kReverseHistory;
        VideoDecoder d(file.toStdString(), options);
        for (int n = 149; n >= 0; --n) {
            const AVFrame& f = d.frameAt(frameTime(n, 30) + Rational(1, 1000));
            int code = 0;
            for (int i = 0; i < 10; ++i) {
                const int x = (2 * i + 1) * f.width / 20;
                code |=
                    f.data[0][std::ptrdiff_t(f.height / 2) * f.linesize[0] + x] > 128 ? 1 << i : 0;
            }
            QCOMPARE(code, n);
        }
        // One GOP of 150 frames: a seek for every 32 frames served, not one per frame.
        QVERIFY2(d.seekCount() <= 150 / kReverseHistory + 2,
                 qPrintable(QString::number(d.seekCount())));
    }
};

QTEST_MAIN(TestTimeRender)
#include "tst_time_render.moc"
