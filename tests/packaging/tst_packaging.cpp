// Packaging: desktop entry, AppStream metadata, MIME type, man pages, bash completion,
// icons and the Flatpak manifest are valid; an installed tree is complete and its
// programs run from it (version, an offscreen start, a render of the installed sample).

#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {

const QString kSource = QStringLiteral(REELCUT_SOURCE_DIR);
const QString kAppId = QStringLiteral("org.reelcut.ReelCut");

QString packagingFile(const QString& name) {
    return kSource + QStringLiteral("/packaging/") + name;
}

struct Run {
    int code = -1;
    QString out;
    QString err;
};

Run run(const QString& program, const QStringList& args, int timeoutMs = 120000,
        const QProcessEnvironment& env = QProcessEnvironment::systemEnvironment(),
        const QString& workDir = QString()) {
    QProcess p;
    p.setProcessEnvironment(env);
    if (!workDir.isEmpty()) {
        p.setWorkingDirectory(workDir);
    }
    p.start(program, args);
    Run r;
    if (!p.waitForStarted() || !p.waitForFinished(timeoutMs)) {
        p.kill();
        r.err = QStringLiteral("%1 did not run: %2").arg(program, p.errorString());
        return r;
    }
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

QString tool(const char* name) {
    const QString path = QStandardPaths::findExecutable(QString::fromLatin1(name));
    if (path.isEmpty()) {
        qFatal("%s is missing (scripts/install-deps.sh installs it)", name);
    }
    return path;
}

} // namespace

class TestPackaging : public QObject {
    Q_OBJECT

private:
    QTemporaryDir prefix_;

private Q_SLOTS:
    void desktopEntryValidates() {
        const Run r = run(tool("desktop-file-validate"), {packagingFile(kAppId + ".desktop")});
        QVERIFY2(r.code == 0 && r.out.trimmed().isEmpty(), qPrintable(r.out + r.err));
        QFile f(packagingFile(kAppId + ".desktop"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(f.readAll());
        QVERIFY(text.contains(QStringLiteral("\nIcon=") + kAppId + "\n"));
        QVERIFY(text.contains(QStringLiteral("\nMimeType=application/x-reelcut;")));
        QVERIFY(text.contains(QStringLiteral("\nExec=reelcut %f\n")));
    }

    void appstreamValidates() {
        const Run r =
            run(tool("appstreamcli"), {QStringLiteral("validate"), QStringLiteral("--no-net"),
                                       packagingFile(kAppId + ".metainfo.xml")});
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
        // Warnings are not errors for the tool, but distributions reject them.
        QVERIFY2(!r.out.contains(QStringLiteral("W: ")) && !r.out.contains(QStringLiteral("E: ")),
                 qPrintable(r.out));
    }

    void mimeTypeMatchesTheDesktopEntry() {
        QFile f(packagingFile(kAppId + ".mime.xml"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&f);
        QString type, glob;
        while (!xml.atEnd()) {
            if (xml.readNext() == QXmlStreamReader::StartElement) {
                if (xml.name() == QLatin1String("mime-type")) {
                    type = xml.attributes().value(QStringLiteral("type")).toString();
                } else if (xml.name() == QLatin1String("glob")) {
                    glob = xml.attributes().value(QStringLiteral("pattern")).toString();
                }
            }
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QCOMPARE(type, QStringLiteral("application/x-reelcut"));
        QCOMPARE(glob, QStringLiteral("*.reelcut"));
    }

    void manPagesFormatWithoutWarnings_data() {
        QTest::addColumn<QString>("page");
        QTest::newRow("reelcut") << QStringLiteral("reelcut.1");
        QTest::newRow("reelcut-cli") << QStringLiteral("reelcut-cli.1");
    }
    void manPagesFormatWithoutWarnings() {
        QFETCH(QString, page);
        const Run r = run(tool("groff"), {QStringLiteral("-man"), QStringLiteral("-ww"),
                                          QStringLiteral("-z"), packagingFile("man/" + page)});
        QVERIFY2(r.code == 0 && r.err.trimmed().isEmpty(), qPrintable(r.err));
    }

    void bashCompletionParses() {
        const Run r =
            run(tool("bash"), {QStringLiteral("-n"), packagingFile("completion/reelcut-cli")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
    }

    void iconsAtEverySize() {
        for (int size : {16, 22, 24, 32, 48, 64, 128, 256, 512}) {
            const QString file = packagingFile(
                QStringLiteral("icons/hicolor/%1x%1/apps/%2.png").arg(size).arg(kAppId));
            const QImage icon(file);
            QVERIFY2(!icon.isNull(), qPrintable(file));
            QCOMPARE(icon.size(), QSize(size, size));
            QVERIFY(icon.hasAlphaChannel());
            QCOMPARE(qAlpha(icon.pixel(0, 0)), 0); // rounded corners, not a square
        }
        QVERIFY(QFile::exists(
            packagingFile(QStringLiteral("icons/hicolor/scalable/apps/%1.svg").arg(kAppId))));
    }

    void flatpakManifestIsSound() {
        QFile f(packagingFile(QStringLiteral("flatpak/%1.json").arg(kAppId)));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QJsonParseError error{};
        const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &error);
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
        const QJsonObject m = doc.object();
        QCOMPARE(m.value("app-id").toString(), kAppId);
        QCOMPARE(m.value("runtime").toString(), QStringLiteral("org.kde.Platform"));
        QCOMPARE(m.value("sdk").toString(), QStringLiteral("org.kde.Sdk"));
        QCOMPARE(m.value("command").toString(), QStringLiteral("reelcut"));
        const QJsonArray modules = m.value("modules").toArray();
        QVERIFY(!modules.isEmpty());
        QStringList names;
        for (const QJsonValue& v : modules) {
            const QJsonObject mod = v.toObject();
            QVERIFY2(!mod.value("name").toString().isEmpty(), "a module without a name");
            QVERIFY2(!mod.value("sources").toArray().isEmpty(),
                     qPrintable(mod.value("name").toString() + " has no sources"));
            names << mod.value("name").toString();
        }
        // Everything the engine links that the KDE runtime lacks is built before it.
        for (const char* need : {"ffmpeg", "opencv", "dlib", "aubio", "rubberband", "libcsv"}) {
            QVERIFY2(names.contains(QString::fromLatin1(need)), need);
        }
        const QJsonObject last = modules.last().toObject();
        QCOMPARE(last.value("name").toString(), QStringLiteral("reelcut"));
        QVERIFY(last.value("config-opts")
                    .toArray()
                    .contains(QStringLiteral("-DREELCUT_DEV_PATHS=OFF")));
    }

    void installedTreeIsCompleteAndRuns() {
        QVERIFY(prefix_.isValid());
        const QString build = qEnvironmentVariable("REELCUT_BINARY_DIR");
        const Run install = run(tool("cmake"), {QStringLiteral("--install"), build,
                                                QStringLiteral("--prefix"), prefix_.path()});
        QVERIFY2(install.code == 0, qPrintable(install.out + install.err));
        const QDir root(prefix_.path());
        for (const QString& file :
             {QStringLiteral("bin/reelcut"), QStringLiteral("bin/reelcut-cli"),
              QStringLiteral("share/reelcut/translations/reelcut_de.qm"),
              QStringLiteral("share/reelcut/translations/reelcut_nl.qm"),
              QStringLiteral("share/reelcut/stickers/star.svg"),
              QStringLiteral("share/reelcut/stickers/face/sunglasses.svg"),
              QStringLiteral("share/reelcut/sample/sample.reelcut"),
              QStringLiteral("share/applications/") + kAppId + ".desktop",
              QStringLiteral("share/metainfo/") + kAppId + ".metainfo.xml",
              QStringLiteral("share/mime/packages/") + kAppId + ".xml",
              QStringLiteral("share/icons/hicolor/256x256/apps/") + kAppId + ".png",
              QStringLiteral("share/icons/hicolor/scalable/apps/") + kAppId + ".svg",
              QStringLiteral("share/man/man1/reelcut.1.gz"),
              QStringLiteral("share/man/man1/reelcut-cli.1.gz"),
              QStringLiteral("share/bash-completion/completions/reelcut-cli"),
              QStringLiteral("share/doc/reelcut/copyright"),
              QStringLiteral("share/doc/reelcut/changelog.Debian.gz")}) {
            QVERIFY2(root.exists(file), qPrintable(file));
        }

        // The installed programs, run from elsewhere with a clean environment.
        QProcessEnvironment env;
        env.insert(QStringLiteral("PATH"), QStringLiteral("/usr/bin:/bin"));
        env.insert(QStringLiteral("HOME"), prefix_.path());
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        const QString cli = root.filePath(QStringLiteral("bin/reelcut-cli"));
        Run r = run(cli, {QStringLiteral("--version")}, 30000, env, QDir::tempPath());
        QCOMPARE(r.code, 0);
        QCOMPARE(r.out.trimmed(), QStringLiteral("reelcut-cli " REELCUT_VERSION));
        r = run(root.filePath(QStringLiteral("bin/reelcut")), {QStringLiteral("--version")}, 30000,
                env, QDir::tempPath());
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral(REELCUT_VERSION)), qPrintable(r.out));

        // The installed sample renders (one second of it), with progress as JSON lines.
        const QString out = prefix_.filePath(QStringLiteral("sample.mp4"));
        r = run(cli,
                {QStringLiteral("render"),
                 root.filePath(QStringLiteral("share/reelcut/sample/sample.reelcut")),
                 QStringLiteral("-o"), out, QStringLiteral("--to"), QStringLiteral("1"),
                 QStringLiteral("--progress"), QStringLiteral("json")},
                180000, env, QDir::tempPath());
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(QFileInfo(out).size() > 1000);
        const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QVERIFY(lines.size() >= 2);
        double lastPercent = -1;
        for (const QString& line : lines) {
            QJsonParseError error{};
            const QJsonObject o = QJsonDocument::fromJson(line.toUtf8(), &error).object();
            QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(line));
            const QString stage = o.value("stage").toString();
            QVERIFY2(stage == QLatin1String("render") || stage == QLatin1String("done"),
                     qPrintable(line));
            const double percent = o.value("percent").toDouble(-1);
            QVERIFY2(percent >= lastPercent && percent <= 100, qPrintable(line));
            lastPercent = percent;
            if (stage == QLatin1String("render")) {
                QVERIFY(o.contains("fps") && o.contains("eta") && o.contains("frames"));
            }
        }
        const QJsonObject done = QJsonDocument::fromJson(lines.last().toUtf8()).object();
        QCOMPARE(done.value("stage").toString(), QStringLiteral("done"));
        QCOMPARE(done.value("ok").toBool(), true);
        QCOMPARE(done.value("frames").toInt(), 30);
        QCOMPARE(done.value("file").toString(), out);
    }

    void verboseNamesCategories() {
        const QString cli = QDir(prefix_.path()).filePath(QStringLiteral("bin/reelcut-cli"));
        const QString out = prefix_.filePath(QStringLiteral("v.mp4"));
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("REELCUT_VERBOSE"));
        const QString sample =
            QDir(prefix_.path()).filePath(QStringLiteral("share/reelcut/sample/sample.reelcut"));
        Run r = run(cli,
                    {QStringLiteral("render"), sample, QStringLiteral("-o"), out,
                     QStringLiteral("--to"), QStringLiteral("0.2"), QStringLiteral("--quiet")},
                    120000, env);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(!r.err.contains(QStringLiteral("[reelcut.")), qPrintable(r.err));
        r = run(cli,
                {QStringLiteral("--verbose"), QStringLiteral("render"), sample,
                 QStringLiteral("-o"), out, QStringLiteral("--to"), QStringLiteral("0.2"),
                 QStringLiteral("--quiet"), QStringLiteral("--force")},
                120000, env);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("[reelcut.export] exporting to")),
                 qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("[reelcut.media] opened")), qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestPackaging)
#include "tst_packaging.moc"
