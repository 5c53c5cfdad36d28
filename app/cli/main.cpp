// reelcut-cli: the command-line face of the engine (render, frame, probe, presets).

#include "analyze_command.h"
#include "audio_commands.h"
#include "batch_command.h"
#include "builtin_effects.h"
#include "cli_commands.h"
#include "cli_messages.h"
#include "collect_command.h"
#include "effects_command.h"
#include "media/ffmpeg_log.h"
#include "util/log.h"

#include <QGuiApplication>
#include <QLocale>
#include <QTranslator>
#include <cstdio>
#include <cstdlib>

namespace {

void printUsage() {
    std::fputs("Usage: reelcut-cli <command> [options]\n"
               "\n"
               "Commands:\n"
               "  render PROJECT -o OUT.mp4 [--preset NAME] [--from T] [--to T] [--force]\n"
               "                        export the project as an upload-ready MP4\n"
               "  frame PROJECT --at T -o FRAME.png [--size WxH] [--force]\n"
               "                        write one composed frame as an image\n"
               "  analyze PROJECT [--force]\n"
               "                        track faces for face effects, cached beside the project\n"
               "  beats MEDIA           tempo, beats, downbeats and onsets of a song, as JSON\n"
               "  autocut --music SONG --every N MEDIA... -o OUT.reelcut\n"
               "                        lay clips so every cut lands on a beat\n"
               "  probe FILE            print what a media file holds, as JSON\n"
               "  presets               list the export presets\n"
               "  effects [--json]      list the effects, filters and transitions\n"
               "  captions PROJECT SRT [--preset ID] [-o OUT.reelcut]\n"
               "                        add a SubRip file as a caption track\n"
               "  collect PROJECT [-o DIR]\n"
               "                        copy the project's media into one folder beside it\n"
               "  batch TEMPLATE --data ROWS -o OUTDIR [--ratios LIST] [--preset NAME]\n"
               "        [--name PATTERN] [--jobs N|auto] [--shard I/N] [--resume] [--dry-run]\n"
               "        [--report FILE] [--emit slurm|k8s]\n"
               "                        render a template once per data row and format\n"
               "  batch-report OUTDIR   merge the reports of a batch's shards\n"
               "\n"
               "Options for every command:\n"
               "  --verbose             log what the engine does (on stderr, by category)\n"
               "  --version             print the version\n"
               "\n"
               "Times (T) are seconds (2.5), timecodes (00:01:02.5) or frames (75f).\n"
               "Outputs are never written over a file the project uses; an existing output\n"
               "is replaced only with --force.\n"
               "Run 'reelcut-cli <command> --help' for a command's options.\n",
               stdout);
}

// Qt's own diagnostics (font cache, platform plugin notes) would break the promise of
// one clear line per error; log output is shown only with --verbose (or REELCUT_VERBOSE=1),
// each line named by its category (reelcut.export, reelcut.face, ...).
void quietQtMessages(QtMsgType type, const QMessageLogContext&, const QString& msg) {
    if (type == QtFatalMsg) {
        std::fprintf(stderr, "%s\n", msg.toLocal8Bit().constData());
    }
}

void verboseQtMessages(QtMsgType, const QMessageLogContext& context, const QString& msg) {
    const char* category = context.category != nullptr ? context.category : "default";
    std::fprintf(stderr, "[%s] %s\n", category, msg.toLocal8Bit().constData());
}

} // namespace

int main(int argc, char** argv) {
    // The CLI never opens windows; it only needs fonts and image formats.
    if (std::getenv("QT_QPA_PLATFORM") == nullptr) {
        setenv("QT_QPA_PLATFORM", "offscreen", 1);
    }
    qInstallMessageHandler(quietQtMessages);
    QGuiApplication app(argc, argv);
    QGuiApplication::setApplicationName("reelcut-cli");
    QGuiApplication::setApplicationVersion(REELCUT_VERSION);
    reelcut::cli::installTranslator();
    reelcut::registerBuiltinEffects();
    reelcut::configureFfmpegLogging();

    QStringList args = QGuiApplication::arguments();
    args.removeFirst();
    if (args.removeAll(QStringLiteral("--verbose")) > 0 ||
        qEnvironmentVariableIntValue("REELCUT_VERBOSE") > 0) {
        qInstallMessageHandler(verboseQtMessages);
        reelcut::enableVerboseLogging();
    }
    if (args.isEmpty() || args.first() == "--help" || args.first() == "-h" ||
        args.first() == "help") {
        printUsage();
        return args.isEmpty() ? 2 : 0;
    }
    if (args.first() == "--version") {
        std::printf("reelcut-cli %s\n", REELCUT_VERSION);
        return 0;
    }
    const QString command = args.takeFirst();
    if (command == "render") {
        return reelcut::cli::renderCommand(args);
    }
    if (command == "frame") {
        return reelcut::cli::frameCommand(args);
    }
    if (command == "analyze") {
        return reelcut::cli::analyzeCommand(args);
    }
    if (command == "effects") {
        return reelcut::cli::effectsCommand(args);
    }
    if (command == "beats") {
        return reelcut::cli::beatsCommand(args);
    }
    if (command == "autocut") {
        return reelcut::cli::autocutCommand(args);
    }
    if (command == "probe") {
        return reelcut::cli::probeCommand(args);
    }
    if (command == "presets") {
        return reelcut::cli::presetsCommand(args);
    }
    if (command == "batch") {
        return reelcut::cli::batchCommand(args);
    }
    if (command == "batch-report") {
        return reelcut::cli::batchReportCommand(args);
    }
    if (command == "captions") {
        return reelcut::cli::captionsCommand(args);
    }
    if (command == "collect") {
        return reelcut::cli::collectCommand(args);
    }
    std::fprintf(stderr, "reelcut-cli: unknown command '%s' (try --help)\n",
                 command.toUtf8().constData());
    return 2;
}
