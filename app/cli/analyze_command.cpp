#include "analyze_command.h"

#include "cli_messages.h"
#include "face/face_analysis.h"
#include "face/face_engine.h"
#include "model/project_file.h"
#include "progress_output.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <algorithm>
#include <cstdio>

namespace reelcut::cli {

int analyzeCommand(const QStringList& args) {
    QCommandLineParser parser;
    parser.setApplicationDescription(
        "Track the faces in the clips that use face effects and cache the landmarks beside "
        "the project (NAME.reelcut-cache), so preview and export see the same faces.");
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addPositionalArgument("PROJECT", "The .reelcut project.");
    const QCommandLineOption help({"h", "help"}, "Show this help.");
    const QCommandLineOption force("force", "Analyse again even where a cache exists.");
    const QCommandLineOption all("all",
                                 "Analyse every video clip, not only those with face effects.");
    const QCommandLineOption quiet("quiet", "Print no progress (same as --progress none).");
    const QCommandLineOption progressOption(
        "progress",
        "How to report progress: text (a line on stderr), json (one object per line on "
        "stdout: stage, percent, fps, eta, media; then a \"done\" object with the result of "
        "every file) or none.",
        "MODE", "text");
    const QCommandLineOption cacheDir("analysis-dir",
                                      "Where the cache goes (default: beside the project).", "DIR");
    parser.addOptions({help, force, all, quiet, progressOption, cacheDir});
    if (!parser.parse(QStringList{"reelcut-cli analyze"} + args)) {
        return fail(parser.errorText(), 2);
    }
    if (parser.isSet(help)) {
        std::fputs(parser.helpText().toUtf8().constData(), stdout);
        return 0;
    }
    if (parser.positionalArguments().size() != 1) {
        return fail("analyze: expected 1 argument(s), try 'reelcut-cli analyze --help'", 2);
    }
    const std::shared_ptr<face::FaceEngine> engine = face::FaceEngine::fromRegistry();
    if (!engine) {
        return fail("analyze: the face effects are not available in this build");
    }
    const std::optional<ProgressMode> mode = progressModeFromName(parser.value(progressOption));
    if (!mode) {
        return fail(QStringLiteral("analyze: --progress must be text, json or none, not '%1'")
                        .arg(parser.value(progressOption)),
                    2);
    }
    ProgressOutput progress(parser.isSet(quiet) ? ProgressMode::None : *mode);
    try {
        const boost::filesystem::path projectFile =
            parser.positionalArguments().first().toStdString();
        const Project project = loadProject(projectFile);
        const std::string dir = parser.isSet(cacheDir) ? parser.value(cacheDir).toStdString()
                                                       : analysisDirFor(projectFile).string();
        const std::vector<std::string> media =
            face::mediaForFaceAnalysis(project, parser.isSet(all));
        QJsonArray results;
        if (media.empty() && !progress.json()) {
            std::printf("no clip uses a face effect: nothing to analyse (use --all for every "
                        "video clip)\n");
        }
        const auto onProgress = [&](const face::AnalysisProgress& p) {
            // Overall percent: every file weighs the same, as the frame totals are estimates.
            const double inFile = p.framesTotal > 0
                                      ? std::min(1.0, double(p.framesDone) / double(p.framesTotal))
                                      : 0.0;
            const double percent = 100 * (double(p.mediaIndex) + inFile) /
                                   double(std::max<std::size_t>(1, p.mediaCount));
            const double eta =
                p.fps > 0 ? double(std::max<std::int64_t>(0, p.framesTotal - p.framesDone)) / p.fps
                          : 0.0;
            const QString name = QFileInfo(QString::fromStdString(p.media)).fileName();
            progress.update(progress.json() ? QStringLiteral("analyse")
                                            : QStringLiteral("analysing %1/%2 %3")
                                                  .arg(p.mediaIndex + 1)
                                                  .arg(p.mediaCount)
                                                  .arg(name),
                            percent, p.fps, eta,
                            QJsonObject{{"media", QString::fromStdString(p.media)},
                                        {"index", qint64(p.mediaIndex)},
                                        {"count", qint64(p.mediaCount)}});
        };
        for (std::size_t i = 0; i < media.size(); ++i) {
            const face::MediaAnalysis r = face::analyzeMedia(
                *engine, media[i], dir, parser.isSet(force), onProgress, nullptr, i, media.size());
            progress.endLine();
            if (progress.json()) {
                results.append(QJsonObject{{"media", QString::fromStdString(r.media)},
                                           {"frames", qint64(r.frames)},
                                           {"framesWithFaces", qint64(r.framesWithFaces)},
                                           {"faces", r.faceIds},
                                           {"cached", r.reused},
                                           {"seconds", r.seconds},
                                           {"cache", QString::fromStdString(r.cacheFile)}});
                continue;
            }
            std::printf(
                "%s: %lld frames, faces in %lld, %d face(s) tracked%s -> %s\n", r.media.c_str(),
                static_cast<long long>(r.frames), static_cast<long long>(r.framesWithFaces),
                r.faceIds,
                r.reused ? " (cached)"
                         : QStringLiteral(", %1 s").arg(r.seconds, 0, 'f', 1).toUtf8().constData(),
                r.cacheFile.c_str());
        }
        progress.event(QJsonObject{{"stage", "done"}, {"ok", true}, {"media", results}});
        return 0;
    } catch (const std::exception& e) {
        progress.endLine();
        progress.event(QJsonObject{
            {"stage", "done"}, {"ok", false}, {"error", QString::fromStdString(e.what())}});
        return fail(messageOf(e));
    }
}

} // namespace reelcut::cli
