#include "analyze_command.h"

#include "cli_messages.h"
#include "face/face_analysis.h"
#include "face/face_engine.h"
#include "model/project_file.h"

#include <QCommandLineParser>
#include <QFileInfo>
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
    const QCommandLineOption quiet("quiet", "Print no progress.");
    const QCommandLineOption cacheDir("analysis-dir",
                                      "Where the cache goes (default: beside the project).", "DIR");
    parser.addOptions({help, force, all, quiet, cacheDir});
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
    bool progressShown = false;
    try {
        const boost::filesystem::path projectFile =
            parser.positionalArguments().first().toStdString();
        const Project project = loadProject(projectFile);
        const std::string dir = parser.isSet(cacheDir) ? parser.value(cacheDir).toStdString()
                                                       : analysisDirFor(projectFile).string();
        const std::vector<std::string> media =
            face::mediaForFaceAnalysis(project, parser.isSet(all));
        if (media.empty()) {
            std::printf("no clip uses a face effect: nothing to analyse (use --all for every "
                        "video clip)\n");
            return 0;
        }
        int lastPercent = -1;
        const auto onProgress = [&](const face::AnalysisProgress& p) {
            const int percent = p.framesTotal > 0 ? int(100 * p.framesDone / p.framesTotal) : 0;
            if (!parser.isSet(quiet) && percent != lastPercent) {
                lastPercent = percent;
                progressShown = true;
                std::fprintf(
                    stderr, "\ranalysing %zu/%zu %s %3d%%  %5.1f fps", p.mediaIndex + 1,
                    p.mediaCount,
                    QFileInfo(QString::fromStdString(p.media)).fileName().toUtf8().constData(),
                    percent, p.fps);
                std::fflush(stderr);
            }
        };
        for (std::size_t i = 0; i < media.size(); ++i) {
            lastPercent = -1;
            const face::MediaAnalysis r = face::analyzeMedia(
                *engine, media[i], dir, parser.isSet(force), onProgress, nullptr, i, media.size());
            if (progressShown) {
                std::fputs("\n", stderr);
                progressShown = false;
            }
            std::printf(
                "%s: %lld frames, faces in %lld, %d face(s) tracked%s -> %s\n", r.media.c_str(),
                static_cast<long long>(r.frames), static_cast<long long>(r.framesWithFaces),
                r.faceIds,
                r.reused ? " (cached)"
                         : QStringLiteral(", %1 s").arg(r.seconds, 0, 'f', 1).toUtf8().constData(),
                r.cacheFile.c_str());
        }
        return 0;
    } catch (const std::exception& e) {
        if (progressShown) {
            std::fputs("\n", stderr);
        }
        return fail(messageOf(e));
    }
}

} // namespace reelcut::cli
