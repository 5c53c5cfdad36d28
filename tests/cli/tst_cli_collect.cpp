// reelcut-cli collect: a project's media copied beside it, the project saved pointing there,
// built-in stickers left as names; a missing file stops it with one line and no change.

#include "support/test_media.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace reelcut;

namespace {

struct Result {
    int code = -1;
    QString out;
    QString err;
};

Result cli(const QStringList& args) {
    QProcess p;
    p.start(qEnvironmentVariable("REELCUT_BINARY_DIR") + "/app/cli/reelcut-cli", args);
    p.waitForFinished(120000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

QByteArray readAll(const QString& file) {
    QFile f(file);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestCliCollect : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void collectsAndRenders() {
        QTemporaryDir dir;
        const QString clip =
            test::makeFrameCodeVideo(dir.path(), "shot.mp4", "30", 15, 180, 320, false);
        const QString project = dir.filePath("p.reelcut");
        QFile f(project);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QStringLiteral(R"({"reelcut": 1, "canvas": {"width": 180, "height": 320},
            "tracks": [{"kind": "video", "clips": [{"media": "%1", "start": 0, "out": 0.5}]},
                       {"kind": "overlay", "clips": [{"media": "builtin:stickers/star.svg",
                                                      "start": 0, "out": 0.5}]}]})")
                    .arg(clip)
                    .toUtf8());
        f.close();
        const Result r = cli({"collect", project});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains("copied 1 file"), qPrintable(r.out));
        QVERIFY(QFile::exists(dir.filePath("p-media/shot.mp4")));
        const QByteArray saved = readAll(project);
        QVERIFY2(saved.contains("\"p-media/shot.mp4\""), saved.constData());
        QVERIFY(saved.contains("\"builtin:stickers/star.svg\""));
        // The original may go: the project renders from its own folder.
        QVERIFY(QFile::remove(clip));
        const Result render = cli({"render", project, "-o", dir.filePath("out.mp4"), "--quiet"});
        QVERIFY2(render.code == 0, qPrintable(render.err));

        // A file that is gone: one line naming it, the project untouched.
        QVERIFY(QFile::remove(dir.filePath("p-media/shot.mp4")));
        const Result missing = cli({"collect", project, "-o", dir.filePath("elsewhere")});
        QVERIFY(missing.code != 0);
        QVERIFY2(missing.err.contains("shot.mp4") && missing.err.count('\n') == 1,
                 qPrintable(missing.err));
        QCOMPARE(readAll(project), saved);
        QVERIFY(!QFile::exists(dir.filePath("elsewhere")));
    }
};

QTEST_MAIN(TestCliCollect)
#include "tst_cli_collect.moc"
