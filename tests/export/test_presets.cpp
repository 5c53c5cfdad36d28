// The built-in platform presets and the encoder settings derived from them.

#include "export/encode_settings.h"
#include "export/preset.h"

#include <QtTest>
#include <set>

using namespace reelcut;

class PresetsTest : public QObject {
    Q_OBJECT
private slots:
    void allPlatformsPresent();
    void presetsAreSane();
    void findPresetUnknown();
    void settingsUseProjectRate();
    void settingsScaleForHighFrameRate();
    void settingsRejectBadRate();
};

void PresetsTest::allPlatformsPresent() {
    struct Want {
        const char* id;
        int w, h;
    };
    const Want wants[] = {{"tiktok", 1080, 1920}, {"reels", 1080, 1920},
                          {"shorts", 1080, 1920}, {"youtube", 1920, 1080},
                          {"square", 1080, 1080}, {"feed-4x5", 1080, 1350}};
    for (const Want& w : wants) {
        const Preset* p = findPreset(w.id);
        QVERIFY2(p != nullptr, w.id);
        QCOMPARE(p->id, std::string(w.id));
        QCOMPARE(p->width, w.w);
        QCOMPARE(p->height, w.h);
    }
    std::set<std::string> ids;
    for (const Preset& p : builtinPresets()) {
        QVERIFY2(ids.insert(p.id).second, "duplicate preset id");
    }
}

void PresetsTest::presetsAreSane() {
    for (const Preset& p : builtinPresets()) {
        const QByteArray id = QByteArray::fromStdString(p.id);
        QVERIFY2(!p.name.empty() && !p.notes.empty(), id);
        QVERIFY2(p.notes.find('\n') == std::string::npos, id);
        QVERIFY2(p.width % 2 == 0 && p.height % 2 == 0, id);
        QVERIFY2(!p.frameRate.has_value(), id); // every built-in follows the project rate
        // 8-12 Mbit/s for 1080p30 is what every platform accepts; caps stay near 20.
        QVERIFY2(p.videoBitrate >= 6'000'000 && p.videoBitrate <= 12'000'000, id);
        QVERIFY2(p.maxBitrate >= p.videoBitrate && p.maxBitrate <= 20'000'000, id);
        QVERIFY2(p.audioBitrate >= 128'000 && p.audioBitrate <= 384'000, id);
        QCOMPARE(p.sampleRate, 48000);
        QCOMPARE(p.channels, 2);
        QVERIFY2(p.maxDuration > p.minDuration, id);
        QVERIFY2(p.maxFileBytes > 0, id);
        QVERIFY2(p.loudnessTarget < -8 && p.loudnessTarget > -24, id);
        QVERIFY2(p.minFrameRate <= Rational(24) && p.maxFrameRate >= Rational(60), id);
        const SafeZone& z = p.safeZone;
        for (double f : {z.left, z.top, z.right, z.bottom}) {
            QVERIFY2(f >= 0 && f < 0.5, id);
        }
        QVERIFY2(z.left + z.right < 0.5 && z.top + z.bottom < 0.6, id);
    }
    // The vertical feeds put their buttons on the right and captions at the bottom.
    for (const char* id : {"tiktok", "reels", "shorts"}) {
        const Preset* p = findPreset(id);
        QVERIFY(p->safeZone.right >= 0.06 && p->safeZone.bottom >= 0.15);
        QCOMPARE(p->maxDuration <= Time(10 * 60), true);
    }
    QCOMPARE(findPreset("shorts")->maxDuration, Time(180));
    QCOMPARE(findPreset("reels")->maxFileBytes, std::int64_t(300'000'000));
}

void PresetsTest::findPresetUnknown() {
    QVERIFY(findPreset("myspace") == nullptr);
    QVERIFY(findPreset("") == nullptr);
}

void PresetsTest::settingsUseProjectRate() {
    const Preset& tiktok = *findPreset("tiktok");
    const EncodeSettings s = encodeSettingsFor(tiktok, FrameRate(30000, 1001), true);
    QCOMPARE(s.width, 1080);
    QCOMPARE(s.height, 1920);
    QCOMPARE(s.frameRate, FrameRate(30000, 1001));
    QCOMPARE(s.maxBitrate, tiktok.maxBitrate);
    QCOMPARE(s.bufferSize, 2 * s.maxBitrate);
    QCOMPARE(s.gopSeconds, 2);
    QCOMPARE(s.hasAudio, true);
    QCOMPARE(s.audioBitrate, tiktok.audioBitrate);
    QCOMPARE(s.sampleRate, 48000);
    QCOMPARE(s.channels, 2);
    QVERIFY(!encodeSettingsFor(tiktok, FrameRate(30), false).hasAudio);

    Preset fixed = tiktok;
    fixed.frameRate = FrameRate(25);
    QCOMPARE(encodeSettingsFor(fixed, FrameRate(30), true).frameRate, FrameRate(25));
}

void PresetsTest::settingsScaleForHighFrameRate() {
    for (const Preset& p : builtinPresets()) {
        const EncodeSettings s30 = encodeSettingsFor(p, FrameRate(30), true);
        const EncodeSettings s60 = encodeSettingsFor(p, FrameRate(60), true);
        QVERIFY(s60.maxBitrate > s30.maxBitrate);
        QVERIFY(s60.maxBitrate <= 20'000'000);
        QCOMPARE(s60.bufferSize, 2 * s60.maxBitrate);
    }
}

void PresetsTest::settingsRejectBadRate() {
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                             encodeSettingsFor(*findPreset("tiktok"), FrameRate(0), true));
}

QTEST_GUILESS_MAIN(PresetsTest)
#include "test_presets.moc"
