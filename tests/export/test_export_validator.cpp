// readExportFacts / validateExport on files from Mp4Writer and from the ffmpeg tool, and
// how Mp4Writer reports failures.

#include "export/export_validator.h"
#include "export/preset.h"
#include "export_test_util.h"
#include "media/media_error.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace reelcut;
using namespace reelcut::test;

namespace {

bool anyContains(const std::vector<Message>& texts, const std::string& part) {
    for (const auto& t : texts) {
        if (t.english().find(part) != std::string::npos) {
            return true;
        }
    }
    return false;
}

std::string joined(const std::vector<Message>& texts) {
    std::string out;
    for (const auto& t : texts) {
        out += t.english() + " | ";
    }
    return out;
}

} // namespace

class ValidatorTest : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void matchingFileHasNoErrors();
    void wrongSizeIsAnError();
    void limitsBecomeWarnings();
    void longDurationWording();
    void editListAndMoovAtEndDetected();
    void unreadableFileThrows();
    void missingDirectoryThrows();
    void fullDiskThrows();

private:
    QTemporaryDir dir_;
    QString small_; // 2 s, 360x640, 30 fps, written by Mp4Writer
    Preset smallPreset_;
};

void ValidatorTest::initTestCase() {
    small_ = dir_.filePath("small.mp4");
    writeClip(small_, smallSettings(FrameRate(30)), 60, paintMoving, sineAudio);
    // A TikTok preset scaled down to the test size, otherwise unchanged.
    smallPreset_ = *findPreset("tiktok");
    smallPreset_.width = 360;
    smallPreset_.height = 640;
    smallPreset_.minDuration = Time(0);
    smallPreset_.audioBitrate = 128'000;
}

void ValidatorTest::matchingFileHasNoErrors() {
    const ValidationReport rep = validateExport(small_.toStdString(), smallPreset_);
    QVERIFY2(rep.ok(), joined(rep.errors).c_str());
    QVERIFY2(rep.warnings.empty(), joined(rep.warnings).c_str());
    const ExportFacts& f = rep.facts;
    QCOMPARE(f.videoCodec, std::string("h264"));
    QCOMPARE(f.pixelFormat, std::string("yuv420p"));
    QCOMPARE(f.colorRange, std::string("tv"));
    QCOMPARE(f.width, 360);
    QCOMPARE(f.audioCodec, std::string("aac"));
    QCOMPARE(f.sampleRate, 48000);
    QCOMPARE(f.channels, 2);
    QVERIFY(f.durationSeconds > 1.99 && f.durationSeconds < 2.2);
    QCOMPARE(f.fileBytes, qint64(QFileInfo(small_).size()));
    QVERIFY(f.bitRate > 0);
}

void ValidatorTest::wrongSizeIsAnError() {
    const ValidationReport rep = validateExport(small_.toStdString(), *findPreset("tiktok"));
    QVERIFY(!rep.ok());
    QVERIFY2(anyContains(rep.errors, "360x640; TikTok needs 1080x1920"),
             joined(rep.errors).c_str());
}

void ValidatorTest::limitsBecomeWarnings() {
    Preset p = smallPreset_;
    p.maxDuration = Time(1);
    p.maxFileBytes = 1000;
    p.maxBitrate = 20'000;
    p.audioBitrate = 10'000;
    const ValidationReport rep = validateExport(small_.toStdString(), p);
    QVERIFY2(rep.ok(), joined(rep.errors).c_str()); // limits are not errors
    QCOMPARE(int(rep.warnings.size()), 3);
    QVERIFY2(anyContains(rep.warnings, "long; TikTok accepts at most 1 s."),
             joined(rep.warnings).c_str());
    QVERIFY2(anyContains(rep.warnings, "; TikTok accepts at most 1 MB."),
             joined(rep.warnings).c_str());
    QVERIFY2(anyContains(rep.warnings, "The average bit rate is"), joined(rep.warnings).c_str());

    p = smallPreset_;
    p.minDuration = Time(3);
    const ValidationReport tooShort = validateExport(small_.toStdString(), p);
    QVERIFY2(anyContains(tooShort.warnings, "TikTok needs at least 3 s."),
             joined(tooShort.warnings).c_str());
}

void ValidatorTest::longDurationWording() {
    // 3 min 12 s made cheaply by the ffmpeg tool: one tiny frame per second.
    const QString file = dir_.filePath("long.mp4");
    ffmpeg({"-f", "lavfi", "-i", "color=c=gray:s=64x64:r=1", "-t", "192", "-c:v", "libx264",
            "-preset", "ultrafast", "-pix_fmt", "yuv420p", file});
    const ValidationReport rep = validateExport(file.toStdString(), *findPreset("shorts"));
    QVERIFY2(anyContains(rep.warnings,
                         "The video is 3 min 12 s long; YouTube Shorts accepts at most 3 min."),
             joined(rep.warnings).c_str());
    // 1 fps and no colour tags: not what the preset asks for.
    QVERIFY(!rep.ok());
    QVERIFY(anyContains(rep.warnings, "expects at least 24 fps"));
}

void ValidatorTest::editListAndMoovAtEndDetected() {
    // The ffmpeg tool writes an edit list for AAC priming and B-frames by default, and
    // puts moov at the end without +faststart.
    const QString file = dir_.filePath("ffmpeg-elst.mp4");
    ffmpeg({"-f",       "lavfi",     "-i",   "testsrc=s=160x90:r=30",
            "-f",       "lavfi",     "-i",   "sine=frequency=440:sample_rate=48000",
            "-t",       "1",         "-c:v", "libx264",
            "-preset",  "ultrafast", "-bf",  "2",
            "-pix_fmt", "yuv420p",   "-c:a", "aac",
            file});
    QVERIFY(hasElst(file)); // independent check that the fixture has what we look for
    const ExportFacts f = readExportFacts(file.toStdString());
    QVERIFY(f.hasEditList);
    QVERIFY(!f.moovBeforeMdat);
    Preset p = smallPreset_;
    p.width = 160;
    p.height = 90;
    const ValidationReport rep = validateExport(file.toStdString(), p);
    QVERIFY(anyContains(rep.errors, "edit list"));
    QVERIFY(anyContains(rep.errors, "moov"));
}

void ValidatorTest::unreadableFileThrows() {
    const QString junk = dir_.filePath("junk.mp4");
    QFile f(junk);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QByteArray(4096, 'x'));
    f.close();
    QVERIFY_THROWS_EXCEPTION(MediaError, readExportFacts(junk.toStdString()));
    try {
        readExportFacts(dir_.filePath("absent.mp4").toStdString());
        QFAIL("expected MediaError");
    } catch (const MediaError& e) {
        QVERIFY(e.file().find("absent.mp4") != std::string::npos);
    }
}

void ValidatorTest::missingDirectoryThrows() {
    const std::string path = dir_.filePath("no/such/dir/out.mp4").toStdString();
    try {
        Mp4Writer w(path, smallSettings(FrameRate(30)));
        QFAIL("expected MediaError");
    } catch (const MediaError& e) {
        QCOMPARE(e.file(), path);
        QCOMPARE(e.stage(), std::string("open output"));
        QVERIFY2(e.reason().find("No such file or directory") != std::string::npos, e.what());
        QVERIFY(std::string(e.what()).find(path) != std::string::npos);
    }
}

void ValidatorTest::fullDiskThrows() {
    if (!QFileInfo::exists("/dev/full")) {
        QSKIP("/dev/full is not available");
    }
    // /dev/full accepts the open and fails every write with ENOSPC, like a full disk.
    try {
        writeClip("/dev/full", smallSettings(FrameRate(30)), 60, paintMoving, sineAudio);
        QFAIL("expected MediaError");
    } catch (const MediaError& e) {
        qInfo("%s", e.what());
        QCOMPARE(e.file(), std::string("/dev/full"));
        QVERIFY2(e.stage() == "write" || e.stage() == "finish", e.what());
        QVERIFY2(e.reason().find("No space left on device") != std::string::npos, e.what());
    }
}

QTEST_GUILESS_MAIN(ValidatorTest)
#include "test_export_validator.moc"
