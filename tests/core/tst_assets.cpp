// Bundled assets by name (builtin:), the media bin and the magnet in the project file, and
// Collect project files: a project that moves to another folder or machine keeps working.

#include "io/temporary_files.h"
#include "media/media_info.h"
#include "model/builtin_assets.h"
#include "model/collect.h"
#include "model/project_file.h"
#include "model/project_json.h"
#include "render/media_pool.h"
#include "support/test_media.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <boost/filesystem/operations.hpp>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace reelcut;
namespace fs = boost::filesystem;

namespace {

const fs::path kResources = fs::path(REELCUT_SOURCE_DIR) / "resources";

void writeFile(const fs::path& file, const QByteArray& bytes) {
    fs::create_directories(file.parent_path());
    QFile f(QString::fromStdString(file.string()));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

QByteArray readFile(const fs::path& file) {
    QFile f(QString::fromStdString(file.string()));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

pid_t deadPid() {
    const pid_t pid = ::fork();
    if (pid == 0) {
        ::_exit(0);
    }
    ::waitpid(pid, nullptr, 0);
    return pid;
}

Clip mediaClip(const std::string& media, Time start) {
    Clip c;
    c.media = media;
    c.start = start;
    c.out = Time(2);
    return c;
}

} // namespace

class TestAssets : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() {
        // The tests run from the build tree: the source tree's resources/ are the assets.
        qunsetenv("REELCUT_ASSETS_DIR");
    }

    void builtinNamesResolve() {
        QCOMPARE(fs::canonical(builtinAssetsDir()), fs::canonical(kResources));
        QVERIFY(isBuiltinReference("builtin:stickers/star.svg"));
        QVERIFY(!isBuiltinReference("/home/me/builtin:stickers/star.svg"));
        QCOMPARE(fs::canonical(resolveMediaPath("builtin:stickers/star.svg")),
                 fs::canonical(kResources / "stickers" / "star.svg"));
        QVERIFY(mediaExists("builtin:stickers/star.svg"));
        QVERIFY(!mediaExists("builtin:stickers/no-such.svg"));
        // A name cannot climb out of the asset folder.
        QCOMPARE(resolveMediaPath("builtin:../CMakeLists.txt"),
                 fs::path("builtin:../CMakeLists.txt"));
        QVERIFY(!mediaExists("builtin:../CMakeLists.txt"));
        // Ordinary paths pass through.
        QCOMPARE(resolveMediaPath("/m/a.mp4"), fs::path("/m/a.mp4"));
    }

    void theEnvironmentOverrides() {
        QTemporaryDir dir;
        const fs::path assets = fs::path(dir.path().toStdString());
        writeFile(assets / "stickers" / "star.svg",
                  readFile(kResources / "stickers" / "heart.svg"));
        qputenv("REELCUT_ASSETS_DIR", dir.path().toUtf8());
        QCOMPARE(fs::canonical(resolveMediaPath("builtin:stickers/star.svg")),
                 fs::canonical(assets / "stickers" / "star.svg"));
        qunsetenv("REELCUT_ASSETS_DIR");
        // A folder without stickers/ is not an asset folder: the next candidate wins.
        QTemporaryDir empty;
        qputenv("REELCUT_ASSETS_DIR", empty.path().toUtf8());
        QCOMPARE(fs::canonical(builtinAssetsDir()), fs::canonical(kResources));
        qunsetenv("REELCUT_ASSETS_DIR");
    }

    void bundledFilesGetTheirName() {
        QCOMPARE(builtinReferenceFor(kResources / "stickers" / "heart.svg"),
                 std::optional<std::string>("builtin:stickers/heart.svg"));
        QCOMPARE(mediaReferenceFor((kResources / "stickers" / "heart.svg").string()),
                 std::string("builtin:stickers/heart.svg"));
        QCOMPARE(mediaReferenceFor("builtin:stickers/star.svg"),
                 std::string("builtin:stickers/star.svg"));
        // A copy of the source tree that is gone (the project came from another machine).
        QCOMPARE(builtinReferenceFor("/home/someone/src/reelcut/resources/stickers/star.svg"),
                 std::optional<std::string>("builtin:stickers/star.svg"));
        // The user's own file that exists stays theirs, whatever its folder is called.
        QTemporaryDir dir;
        const fs::path own =
            fs::path(dir.path().toStdString()) / "resources" / "stickers" / "star.svg";
        writeFile(own, "<svg xmlns='http://www.w3.org/2000/svg' width='8' height='8'/>");
        QCOMPARE(builtinReferenceFor(own), std::nullopt);
        QCOMPARE(mediaReferenceFor(own.string()), own.string());
        QCOMPARE(builtinReferenceFor("/m/clip.mp4"), std::nullopt);
    }

    void openersResolveNames() {
        // FFmpeg (probe) and Qt (the media pool's SVG path) both open the bundled file.
        const MediaInfo probed = probeMedia("builtin:stickers/star.svg");
        QVERIFY(probed.hasVideo);
        QCOMPARE(probed.path, std::string("builtin:stickers/star.svg"));
        MediaPool pool;
        const MediaInfo& info = pool.info("builtin:stickers/star.svg");
        QVERIFY(info.width > 0);
        QVERIFY(!pool.stillAt("builtin:stickers/star.svg", QSize(64, 64)).isNull());
        try {
            probeMedia("builtin:stickers/no-such.svg");
            QFAIL("a missing asset opened");
        } catch (const std::exception& e) {
            QVERIFY2(QString(e.what()).contains("builtin:stickers/no-such.svg"), e.what());
        }
    }

    void projectsKeepNamesAndConvertOldPaths() {
        QTemporaryDir dir;
        const fs::path base = fs::path(dir.path().toStdString());
        // An old project: a relative path from its folder into a source tree's resources/
        // that is not there on this machine.
        const QByteArray old = R"({"reelcut": 1, "canvas": {}, "tracks": [
            {"kind": "overlay", "clips": [
              {"media": "../../src/reelcut/resources/stickers/star.svg", "start": 0, "out": 3}]}]})";
        writeFile(base / "a" / "b" / "old.reelcut", old);
        const Project p = loadProject(base / "a" / "b" / "old.reelcut");
        QCOMPARE(p.tracks[0].clips[0].media, std::string("builtin:stickers/star.svg"));
        // Saved anywhere, the name is written as it is, and reads back the same.
        saveProject(p, base / "elsewhere.reelcut");
        QVERIFY(readFile(base / "elsewhere.reelcut").contains("\"builtin:stickers/star.svg\""));
        QCOMPARE(loadProject(base / "elsewhere.reelcut"), p);
        // A name that climbs out of the assets is refused with the field named.
        writeFile(base / "bad.reelcut",
                  R"({"reelcut": 1, "canvas": {}, "tracks": [{"kind": "overlay",
            "clips": [{"media": "builtin:../../etc/passwd", "start": 0, "out": 1}]}]})");
        try {
            loadProject(base / "bad.reelcut");
            QFAIL("accepted");
        } catch (const ProjectError& e) {
            QVERIFY2(QString(e.what()).contains("tracks[0].clips[0].media"), e.what());
        }
    }

    void binAndMagnetRoundTrip() {
        QTemporaryDir dir;
        const fs::path base = fs::path(dir.path().toStdString());
        Project p = makeDefaultProject();
        p.magneticMainTrack = true;
        p.bin = {(base / "media" / "unused.mp4").string(), "/elsewhere/song.mp3",
                 "builtin:stickers/heart.svg"};
        saveProject(p, base / "p.reelcut");
        const QByteArray text = readFile(base / "p.reelcut");
        QVERIFY(text.contains("\"media/unused.mp4\"")); // relative to the project
        QCOMPARE(loadProject(base / "p.reelcut"), p);
        // Older files have neither: an empty bin, no magnet.
        writeFile(base / "v1.reelcut", R"({"reelcut": 1, "canvas": {}, "tracks": []})");
        const Project v1 = loadProject(base / "v1.reelcut");
        QVERIFY(v1.bin.empty());
        QVERIFY(!v1.magneticMainTrack);
        writeFile(base / "badbin.reelcut", R"({"reelcut": 1, "canvas": {}, "bin": [3]})");
        try {
            loadProject(base / "badbin.reelcut");
            QFAIL("accepted");
        } catch (const ProjectError& e) {
            QVERIFY2(QString(e.what()).contains("bin[0]"), e.what());
        }
    }

    void collectCopiesAndRewrites() {
        QTemporaryDir dir;
        const fs::path base = fs::path(dir.path().toStdString());
        writeFile(base / "shoot" / "clip.mp4", "first clip bytes");
        writeFile(base / "other" / "clip.mp4", "a different clip, same name");
        writeFile(base / "music" / "song.mp3", "song");
        writeFile(base / "bin" / "unused.png", "picture");
        Project p = makeDefaultProject();
        p.tracks[0].clips = {mediaClip((base / "shoot" / "clip.mp4").string(), Time(0)),
                             mediaClip((base / "other" / "clip.mp4").string(), Time(2)),
                             mediaClip((base / "shoot" / "clip.mp4").string(), Time(4))};
        Clip sticker = mediaClip("builtin:stickers/star.svg", Time(0));
        p.tracks[1].clips = {mediaClip((base / "music" / "song.mp3").string(), Time(0))};
        p.tracks.insert(p.tracks.begin() + 1, makeTrack(99, TrackKind::Overlay, "S", {sticker}));
        p.bin = {(base / "bin" / "unused.png").string(), (base / "shoot" / "clip.mp4").string()};
        const fs::path projectFile = base / "trip.reelcut";
        const fs::path folder = collectFolderFor(projectFile);
        QCOMPARE(folder, base / "trip-media");

        CollectReport report;
        const Project out = collectMedia(p, folder, &report);
        QCOMPARE(report.copied, 4); // clip.mp4 once, the other clip.mp4, song, unused.png
        QCOMPARE(out.tracks[0].clips[0].media, (folder / "clip.mp4").string());
        QCOMPARE(out.tracks[0].clips[1].media, (folder / "clip-2.mp4").string());
        QCOMPARE(out.tracks[0].clips[2].media, (folder / "clip.mp4").string());
        QCOMPARE(readFile(folder / "clip-2.mp4"), QByteArray("a different clip, same name"));
        QCOMPARE(out.tracks[1].clips[0].media, std::string("builtin:stickers/star.svg"));
        QCOMPARE(out.bin[0], (folder / "unused.png").string());
        QVERIFY(!fs::exists(folder / "star.svg"));

        // Saved beside the folder and moved with it to another place, it still opens whole.
        saveProject(out, projectFile);
        const fs::path moved = base / "sent";
        fs::create_directories(moved);
        fs::rename(projectFile, moved / "trip.reelcut");
        fs::rename(folder, moved / "trip-media");
        fs::remove_all(base / "shoot");
        fs::remove_all(base / "other");
        const Project reopened = loadProject(moved / "trip.reelcut");
        for (const Track& t : reopened.tracks) {
            for (const Clip& c : t.clips) {
                QVERIFY2(mediaExists(c.media), c.media.c_str());
            }
        }
        // Collecting again copies nothing: everything is in the folder already.
        CollectReport again;
        collectMedia(reopened, moved / "trip-media", &again);
        QCOMPARE(again.copied, 0);
        QCOMPARE(again.alreadyThere, 4);
    }

    void failedCollectChangesNothing() {
        QTemporaryDir dir;
        const fs::path base = fs::path(dir.path().toStdString());
        writeFile(base / "a.mp4", "a");
        Project p = makeDefaultProject();
        p.tracks[0].clips = {mediaClip((base / "a.mp4").string(), Time(0)),
                             mediaClip((base / "gone.mp4").string(), Time(2))};
        const fs::path folder = base / "p-media";
        try {
            collectMedia(p, folder);
            QFAIL("collected a missing file");
        } catch (const CollectError& e) {
            QVERIFY2(QString(e.what()).contains("gone.mp4"), e.what());
        }
        QVERIFY(!fs::exists(folder)); // the copy of a.mp4 and the folder are gone again
        // A folder that cannot be written: named in the error.
        if (::geteuid() != 0) {
            fs::create_directories(base / "ro");
            ::chmod((base / "ro").c_str(), 0555);
            p.tracks[0].clips.pop_back();
            QVERIFY_THROWS_EXCEPTION(CollectError, collectMedia(p, base / "ro" / "media"));
            ::chmod((base / "ro").c_str(), 0755);
        }
    }

    // Collect copies through the same temporary-then-rename path as every other write: a
    // copy a killed collect left in the folder is removed by the next one, and a copy
    // leaves no temporary behind, whatever the outcome.
    void collectSweepsWhatAKilledCollectLeft() {
        QTemporaryDir dir;
        const fs::path base = fs::path(dir.path().toStdString());
        writeFile(base / "shoot" / "a.mp4", QByteArray(3 << 20, 'a'));
        const fs::path folder = base / "p-media";
        const fs::path stale = temporaryPathFor(folder / "a.mp4", deadPid());
        writeFile(stale, QByteArray(1 << 20, 'x')); // half a copy, its process gone
        Project p = makeDefaultProject();
        p.tracks[0].clips = {mediaClip((base / "shoot" / "a.mp4").string(), Time(0))};
        CollectReport report;
        collectMedia(p, folder, &report);
        QCOMPARE(report.copied, 1);
        QCOMPARE(readFile(folder / "a.mp4").size(), qsizetype(3 << 20));
        const QStringList left =
            QDir(QString::fromStdString(folder.string()))
                .entryList(QDir::Files | QDir::Hidden | QDir::System, QDir::Name);
        QCOMPARE(left, QStringList{"a.mp4"});
    }
};

QTEST_MAIN(TestAssets)
#include "tst_assets.moc"
