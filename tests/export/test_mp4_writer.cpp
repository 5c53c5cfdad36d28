// What Mp4Writer puts in the file, as ffprobe/ffmpeg and the raw bytes report it.

#include "export/export_validator.h"
#include "export/preset.h"
#include "export_test_util.h"
#include "media/media_error.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace reelcut;
using namespace reelcut::test;

class Mp4WriterTest : public QObject {
    Q_OBJECT
private slots:
    void streamProperties_data();
    void streamProperties();
    void solidColoursRoundTrip();
    void videoOnly();
    void realTikTokSettings();
    void wrongFrameSizeThrows();

private:
    QTemporaryDir dir_;
};

void Mp4WriterTest::streamProperties_data() {
    QTest::addColumn<QString>("rate");
    QTest::newRow("30") << "30";
    QTest::newRow("29.97") << "30000/1001";
}

void Mp4WriterTest::streamProperties() {
    QFETCH(QString, rate);
    const FrameRate fps = *Rational::parse(rate.toStdString());
    const EncodeSettings s = smallSettings(fps);
    const QString file = dir_.filePath("props-" + QString(rate).replace('/', '_') + ".mp4");
    const int frames = 75; // 2.5 s: keyframes at 0, 30, 60
    writeClip(file, s, frames, paintMoving, sineAudio);

    const QJsonObject probe = ffprobe(file);
    const QJsonObject v = probeStream(probe, "video");
    QCOMPARE(v.value("codec_name").toString(), QString("h264"));
    QCOMPARE(v.value("profile").toString(), QString("High"));
    QCOMPARE(v.value("pix_fmt").toString(), QString("yuv420p"));
    QCOMPARE(v.value("width").toInt(), 360);
    QCOMPARE(v.value("height").toInt(), 640);
    QCOMPARE(v.value("r_frame_rate").toString(), rate.contains('/') ? rate : rate + "/1");
    QCOMPARE(v.value("avg_frame_rate").toString(), v.value("r_frame_rate").toString());
    QCOMPARE(v.value("color_primaries").toString(), QString("bt709"));
    QCOMPARE(v.value("color_transfer").toString(), QString("bt709"));
    QCOMPARE(v.value("color_space").toString(), QString("bt709"));
    QCOMPARE(v.value("color_range").toString(), QString("tv"));
    QCOMPARE(v.value("nb_frames").toString().toInt(), frames);

    const QJsonObject a = probeStream(probe, "audio");
    QCOMPARE(a.value("codec_name").toString(), QString("aac"));
    QCOMPARE(a.value("profile").toString(), QString("LC"));
    QCOMPARE(a.value("sample_rate").toString(), QString("48000"));
    QCOMPARE(a.value("channels").toInt(), 2);
    QCOMPARE(a.value("channel_layout").toString(), QString("stereo"));

    // Frame 0 at time 0 and every track exactly as long as the frames (within 1 ms), so a
    // tool reading from 0 sees neither a lead nor a tail.
    const double want = frames / fps.toDouble();
    auto seconds = [](const QJsonObject& o, const char* key) {
        return o.value(key).toString().toDouble();
    };
    const QJsonObject format = probe.value("format").toObject();
    QCOMPARE(seconds(v, "start_time"), 0.0);
    QCOMPARE(seconds(a, "start_time"), 0.0);
    QVERIFY2(std::abs(seconds(v, "duration") - want) < 0.001,
             qPrintable(v.value("duration").toString()));
    QVERIFY2(std::abs(seconds(a, "duration") - want) < 0.001,
             qPrintable(a.value("duration").toString()));
    QVERIFY2(std::abs(seconds(format, "duration") - want) < 0.001,
             qPrintable(format.value("duration").toString()));

    // +faststart: moov before mdat, read from the bytes; no edit list anywhere.
    const QStringList boxes = topLevelBoxes(file);
    QVERIFY2(boxes.contains("moov") && boxes.contains("mdat"), qPrintable(boxes.join(',')));
    QVERIFY2(boxes.indexOf("moov") < boxes.indexOf("mdat"), qPrintable(boxes.join(',')));
    QVERIFY(!hasElst(file));

    // Closed, fixed GOP: keyframes exactly every gopSeconds * fps frames and nowhere else.
    const int gop = int(std::lround(fps.toDouble() * s.gopSeconds));
    const QJsonArray vf = probeFrames(file, "v:0", "key_frame,pict_type");
    QCOMPARE(vf.size(), frames);
    for (int i = 0; i < vf.size(); ++i) {
        const bool key = vf[i].toObject().value("key_frame").toInt() == 1;
        QVERIFY2(key == (i % gop == 0), qPrintable(QString("frame %1 key=%2").arg(i).arg(key)));
        if (key) {
            QCOMPARE(vf[i].toObject().value("pict_type").toString(), QString("I"));
        }
    }
    // B-frames are in use (YouTube asks for two consecutive ones).
    bool sawB = false;
    for (const auto& f : vf) {
        sawB |= f.toObject().value("pict_type").toString() == "B";
    }
    QVERIFY(sawB);

    // Our own reader agrees with ffprobe.
    const ExportFacts facts = readExportFacts(file.toStdString());
    QCOMPARE(facts.videoProfile, std::string("High"));
    QCOMPARE(facts.frameRate, fps);
    QVERIFY(facts.constantFrameRate);
    QVERIFY(facts.moovBeforeMdat);
    QVERIFY(!facts.hasEditList);
    QCOMPARE(facts.audioProfile, std::string("LC"));
}

void Mp4WriterTest::solidColoursRoundTrip() {
    const QColor colours[] = {QColor(0, 0, 0),     QColor(255, 255, 255), QColor(200, 30, 40),
                              QColor(20, 180, 60), QColor(40, 60, 220),   QColor(128, 128, 128),
                              QColor(250, 220, 30)};
    constexpr int n = int(std::size(colours));
    constexpr int per = 4;
    EncodeSettings s = smallSettings(FrameRate(30), false, 64, 64);
    s.crf = 12;
    const QString file = dir_.filePath("colours.mp4");
    writeClip(file, s, n * per, [&](QImage& img, int f) { img.fill(colours[f / per]); });
    const std::vector<QImage> frames = decodeFrames(file);
    QCOMPARE(int(frames.size()), n * per);
    for (int i = 0; i < n; ++i) {
        // The last frame of each run: the encoder has converged on the flat colour.
        const QColor got = averageColor(frames[i * per + per - 1], QRect(8, 8, 48, 48));
        const QColor want = colours[i];
        const int err =
            std::max({std::abs(got.red() - want.red()), std::abs(got.green() - want.green()),
                      std::abs(got.blue() - want.blue())});
        QVERIFY2(
            err <= 3,
            qPrintable(QString("colour %1: put %2 got %3").arg(i).arg(want.name(), got.name())));
    }
}

void Mp4WriterTest::videoOnly() {
    const EncodeSettings s = smallSettings(FrameRate(25), false, 160, 90);
    const QString file = dir_.filePath("video-only.mp4");
    writeClip(file, s, 30, paintMoving);
    const QJsonObject probe = ffprobe(file);
    QVERIFY(probeStream(probe, "audio").isEmpty());
    QCOMPARE(probeStream(probe, "video").value("avg_frame_rate").toString(), QString("25/1"));
    QCOMPARE(int(decodeFrames(file).size()), 30);
    QVERIFY(!hasElst(file));
}

void Mp4WriterTest::realTikTokSettings() {
    const Preset& tiktok = *findPreset("tiktok");
    const EncodeSettings s = encodeSettingsFor(tiktok, FrameRate(30), true);
    const QString file = dir_.filePath("tiktok.mp4");
    writeClip(file, s, 30, paintMoving, sineAudio);

    const QJsonObject v = probeStream(ffprobe(file), "video");
    QCOMPARE(v.value("width").toInt(), 1080);
    QCOMPARE(v.value("height").toInt(), 1920);
    QCOMPARE(v.value("profile").toString(), QString("High"));
    QCOMPARE(v.value("r_frame_rate").toString(), QString("30/1"));

    const ValidationReport rep = validateExport(file.toStdString(), tiktok);
    for (const auto& e : rep.errors) {
        qWarning("error: %s", e.english().c_str());
    }
    QVERIFY(rep.ok());
    // One second is below TikTok's minimum, and the validator says so in words.
    QCOMPARE(int(rep.warnings.size()), 1);
    QVERIFY2(rep.warnings[0].english().find("TikTok needs at least 3 s") != std::string::npos,
             rep.warnings[0].english().c_str());
    QVERIFY(rep.facts.bitRate < s.maxBitrate + s.audioBitrate);
}

void Mp4WriterTest::wrongFrameSizeThrows() {
    const EncodeSettings s = smallSettings(FrameRate(30), false, 64, 64);
    const QString file = dir_.filePath("wrong-size.mp4");
    Mp4Writer w(file.toStdString(), s);
    QImage img(32, 32, QImage::Format_ARGB32_Premultiplied);
    img.fill(Qt::black);
    try {
        w.writeVideo(img);
        QFAIL("expected MediaError");
    } catch (const MediaError& e) {
        QCOMPARE(e.stage(), std::string("encode video"));
        QVERIFY(e.reason().find("32x32") != std::string::npos);
    }
    // Odd sizes cannot be 4:2:0.
    QVERIFY_THROWS_EXCEPTION(
        MediaError, Mp4Writer(file.toStdString(), smallSettings(FrameRate(30), false, 63, 64)));
}

QTEST_GUILESS_MAIN(Mp4WriterTest)
#include "test_mp4_writer.moc"
