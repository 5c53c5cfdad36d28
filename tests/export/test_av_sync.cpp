// A/V sync of Mp4Writer without edit lists: a single white frame and a beep that starts
// at the same instant must come out of the ffmpeg tools at the same instant.

#include "export_test_util.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace reelcut;
using namespace reelcut::test;

namespace {

constexpr int kFlashFrame = 20; // 20 frames is a whole number of samples at 30 and 29.97 fps

// First sample where the beep is clearly present, judged on 1 ms windows so that AAC's
// low-level pre-echo a few samples early is not taken for the onset.
std::int64_t beepOnset(const std::vector<float>& stereo) {
    const std::size_t frames = stereo.size() / 2;
    constexpr std::size_t win = 48;
    for (std::size_t w = 0; w + win <= frames; w += 4) {
        if (rmsDb(stereo, w, w + win) > -20.0) {
            // Refine inside the window to the first sample above half the beep amplitude.
            for (std::size_t i = w; i < w + win; ++i) {
                if (std::abs(stereo[2 * i]) > 0.25f) {
                    return std::int64_t(i);
                }
            }
            return std::int64_t(w);
        }
    }
    return -1;
}

int flashIndex(const std::vector<QImage>& frames) {
    for (std::size_t i = 0; i < frames.size(); ++i) {
        const QRect r(0, 0, frames[i].width(), frames[i].height());
        if (qGray(averageColor(frames[i], r).rgb()) > 128) {
            return int(i);
        }
    }
    return -1;
}

// Every decoded frame once, in presentation order, with no frames added or dropped, so
// frame i of this list is frame i of ffprobe -show_frames.
std::vector<QImage> decodePassthrough(const QString& file, int w, int h) {
    const QByteArray raw = run(QStringLiteral(REELCUT_FFMPEG),
                               {"-hide_banner", "-loglevel", "error", "-i", file, "-fps_mode",
                                "passthrough", "-f", "rawvideo", "-pix_fmt", "rgb24", "-"});
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

class AvSyncTest : public QObject {
    Q_OBJECT
private slots:
    void flashAndBeep_data();
    void flashAndBeep();

private:
    QTemporaryDir dir_;
};

void AvSyncTest::flashAndBeep_data() {
    QTest::addColumn<QString>("rate");
    QTest::newRow("30") << "30";
    QTest::newRow("29.97") << "30000/1001";
    QTest::newRow("23.976") << "24000/1001";
    QTest::newRow("25") << "25";
    QTest::newRow("59.94") << "60000/1001";
    QTest::newRow("60") << "60";
}

void AvSyncTest::flashAndBeep() {
    QFETCH(QString, rate);
    const FrameRate fps = *Rational::parse(rate.toStdString());
    const EncodeSettings s = smallSettings(fps, true, 320, 568);
    const std::int64_t beepAt = (Rational(kFlashFrame) / fps).floorMul(48000);
    QCOMPARE((Rational(kFlashFrame) / fps) * Rational(48000), Rational(beepAt));

    const QString file = dir_.filePath("sync-" + QString(rate).replace('/', '_') + ".mp4");
    writeClip(
        file, s, 60, [](QImage& img, int n) { img.fill(n == kFlashFrame ? Qt::white : Qt::black); },
        [&](float* out, std::int64_t first, int count) {
            for (int i = 0; i < count; ++i) {
                const std::int64_t t = first + i;
                const float v =
                    t >= beepAt && t < beepAt + 4800
                        ? 0.5f * float(std::sin(2 * M_PI * 1000.0 * double(t - beepAt) / 48000.0))
                        : 0.0f;
                out[2 * i] = v;
                out[2 * i + 1] = v;
            }
        });

    // 1. By timestamps, as a player schedules them: pts of the white frame against the
    // audio stream's start plus the beep's sample position.
    const QJsonArray vframes = probeFrames(file, "v:0", "pts_time");
    const QJsonArray aframes = probeFrames(file, "a:0", "pts_time");
    const std::vector<QImage> exact = decodePassthrough(file, s.width, s.height);
    QCOMPARE(qsizetype(exact.size()), vframes.size());
    const int flash = flashIndex(exact);
    QCOMPARE(flash, kFlashFrame);
    const double flashTime = vframes[flash].toObject().value("pts_time").toString().toDouble();
    const double audioStart = aframes[0].toObject().value("pts_time").toString().toDouble();
    const std::vector<float> audio = decodeAudio(file);
    const std::int64_t onset = beepOnset(audio);
    QVERIFY(onset > 0);
    const double beepTime = audioStart + double(onset) / 48000.0;
    qInfo("rate %s: flash at %.4f s, beep at %.4f s, difference %.3f ms", qPrintable(rate),
          flashTime, beepTime, (beepTime - flashTime) * 1000.0);
    QVERIFY2(std::abs(beepTime - flashTime) < 0.001, "audio and video are more than 1 ms apart");
    // The first video frame is presented where caller sample 0 plays.
    const double firstFrame = vframes[0].toObject().value("pts_time").toString().toDouble();
    QVERIFY(std::abs(flashTime - firstFrame - kFlashFrame / fps.toDouble()) < 0.0005);

    // 2. As a tool that reads the file from time 0 sees it (the shared helpers decode
    // each stream from its first frame or sample): both streams start at 0, so the flash
    // is frame kFlashFrame of the decoded video and the beep at its sample of the audio.
    const QJsonObject probe = ffprobe(file);
    QCOMPARE(probeStream(probe, "video").value("start_time").toString().toDouble(), 0.0);
    QCOMPARE(probeStream(probe, "audio").value("start_time").toString().toDouble(), 0.0);
    QCOMPARE(firstFrame, 0.0);
    const std::vector<QImage> helperFrames = decodeFrames(file);
    QCOMPARE(int(helperFrames.size()), 60);
    QCOMPARE(flashIndex(helperFrames), kFlashFrame);
    const double helperFlashTime = kFlashFrame / fps.toDouble();
    const double helperBeepTime = double(onset) / 48000.0;
    qInfo("from 0: flash %.4f s, beep %.4f s", helperFlashTime, helperBeepTime);
    QVERIFY2(std::abs(helperBeepTime - helperFlashTime) < 0.001,
             "read from time 0, the flash and the beep are more than 1 ms apart");
}

QTEST_GUILESS_MAIN(AvSyncTest)
#include "test_av_sync.moc"
