#include "cli_commands.h"

#include "cli_messages.h"
#include "commands/project_document.h"
#include "export/exporter.h"
#include "export/preset.h"
#include "io/output_file.h"
#include "media/media_error.h"
#include "media/media_info.h"
#include "media/still_image.h"
#include "model/edits.h"
#include "model/placement.h"
#include "model/project_file.h"
#include "model/project_json.h"
#include "model/srt.h"
#include "progress_output.h"
#include "render/frame_renderer.h"
#include "text/text_presets.h"
#include "time/time_text.h"

#include <QCommandLineParser>
#include <QImageWriter>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <boost/filesystem/operations.hpp>
#include <cstdio>
#include <optional>

namespace reelcut::cli {

namespace fs = boost::filesystem;

namespace {

int failWith(const std::exception& e) {
    return fail(messageOf(e));
}

fs::path toPath(const QString& s) {
    return fs::path(s.toStdString());
}

// Parses options; prints help and returns an exit code when the caller should stop.
std::optional<int> parse(QCommandLineParser& parser, const QString& name, const QString& usage,
                         const QStringList& args, int positionals) {
    parser.setApplicationDescription(usage);
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help({"h", "help"}, "Show this help.");
    parser.addOption(help);
    if (!parser.parse(QStringList{"reelcut-cli " + name} + args)) {
        return fail(parser.errorText(), kUsageError);
    }
    if (parser.isSet(help)) {
        std::fputs(parser.helpText().toUtf8().constData(), stdout);
        return 0;
    }
    if (parser.positionalArguments().size() != positionals) {
        return fail(QStringLiteral("%1: expected %2 argument(s), try 'reelcut-cli %1 --help'")
                        .arg(name)
                        .arg(positionals),
                    kUsageError);
    }
    return std::nullopt;
}

std::optional<Time> timeOption(const QCommandLineParser& parser, const QString& name,
                               const FrameRate& rate, bool& bad) {
    if (!parser.isSet(name)) {
        return std::nullopt;
    }
    const QString text = parser.value(name);
    auto t = parseTimeText(text.toStdString(), rate);
    if (!t || t->isNegative()) {
        fail(QStringLiteral("--%1: '%2' is not a time (use seconds like 2.5, 00:00:02.5 or 75f)")
                 .arg(name, text),
             kUsageError);
        bad = true;
    }
    return t;
}

QString presetList() {
    QStringList ids;
    for (const auto& p : builtinPresets()) {
        ids << QString::fromStdString(p.id);
    }
    return ids.join(", ");
}

} // namespace

int renderCommand(const QStringList& args) {
    QCommandLineParser parser;
    parser.addPositionalArgument("PROJECT", "The .reelcut project to render.");
    parser.addOptions({
        {{"o", "output"}, "Where to write the MP4.", "OUT.mp4"},
        {"preset", "Export preset (default: tiktok). See 'reelcut-cli presets'.", "NAME", "tiktok"},
        {"from", "Start of the range to render (default: 0).", "T"},
        {"to", "End of the range to render (default: the end).", "T"},
        {"quiet", "Print no progress (same as --progress none)."},
        {"progress",
         "How to report progress: text (a line on stderr), json (one object per "
         "line on stdout: stage, percent, fps, eta; then a \"done\" object with the "
         "result) or none.",
         "MODE", "text"},
        {"srt", "Also write the captions (text tracks) as OUT.srt beside the video."},
        {"normalize", "Bring the sound to the platform's loudness target (e.g. -14 LUFS); "
                      "peaks are held under -1 dBTP either way."},
        {"analysis-dir", "Where face analysis caches are (default: beside the project).", "DIR"},
        {"render-threads", "Threads composing frames (default: one per core, at most 4).", "N"},
        {"stats", "Also print where the time went (render threads, waits)."},
        {"force", "Replace OUT.mp4 (and OUT.srt) if they exist. Files the project uses are "
                  "never replaced."},
    });
    if (auto code = parse(parser, "render", "Export a project as an upload-ready MP4.", args, 1)) {
        return *code;
    }
    if (!parser.isSet("output")) {
        return fail("render: -o OUT.mp4 is required", kUsageError);
    }
    const Preset* preset = findPreset(parser.value("preset").toStdString());
    if (preset == nullptr) {
        return fail(QStringLiteral("render: unknown preset '%1' (presets: %2)")
                        .arg(parser.value("preset"), presetList()),
                    kUsageError);
    }
    try {
        const fs::path projectFile = toPath(parser.positionalArguments().first());
        const Project project = loadProject(projectFile);
        bool bad = false;
        ExportRequest request;
        request.output = toPath(parser.value("output"));
        request.preset = *preset;
        request.replaceExisting = parser.isSet("force");
        request.inputs.addProject(project, projectFile);
        request.analysisDir = parser.isSet("analysis-dir")
                                  ? parser.value("analysis-dir").toStdString()
                                  : analysisDirFor(projectFile).string();
        request.from = timeOption(parser, "from", project.frameRate, bad);
        request.to = timeOption(parser, "to", project.frameRate, bad);
        if (bad) {
            return kUsageError;
        }
        // Every output is checked before anything is rendered: a bad name fails at once,
        // not after minutes of work.
        std::vector<OutputTarget> outputs{
            OutputTarget{request.output, OutputKind::Video, request.replaceExisting}};
        if (parser.isSet("srt")) {
            fs::path srt = request.output;
            srt.replace_extension(".srt");
            outputs.push_back(OutputTarget{srt, OutputKind::Subtitles, request.replaceExisting});
        }
        checkOutputs(outputs, request.inputs);

        request.normalizeLoudness = parser.isSet("normalize");
        if (parser.isSet("render-threads")) {
            bool ok = false;
            request.renderThreads = parser.value("render-threads").toInt(&ok);
            if (!ok || request.renderThreads < 1 || request.renderThreads > 64) {
                return fail(QStringLiteral("render: --render-threads: '%1' is not a number "
                                           "from 1 to 64")
                                .arg(parser.value("render-threads")),
                            kUsageError);
            }
        }
        catchTerminationSignals();
        request.cancel = &cancelRequested();
        const std::optional<ProgressMode> mode = progressModeFromName(parser.value("progress"));
        if (!mode) {
            return fail(QStringLiteral("render: --progress must be text, json or none, not '%1'")
                            .arg(parser.value("progress")),
                        kUsageError);
        }
        const bool quiet = parser.isSet("quiet") || *mode == ProgressMode::None;
        ProgressOutput progress(quiet ? ProgressMode::None : *mode);
        request.onProgress = [&](const ExportProgress& p) {
            progress.update(
                QStringLiteral("render"), p.percent, p.fps, p.etaSeconds,
                QJsonObject{{"frames", qint64(p.framesDone)}, {"total", qint64(p.framesTotal)}});
        };
        const ExportResult result = exportProject(project, request);
        progress.endLine();
        QString srtFile;
        if (outputs.size() > 1) {
            writeFileSafely(outputs[1], request.inputs,
                            QByteArray::fromStdString(writeSrt(projectCaptions(project))));
            srtFile = QString::fromStdString(outputs[1].path.string());
        }
        char sound[160];
        std::snprintf(sound, sizeof sound,
                      "sound: %.1f LUFS integrated, %.1f LU range, %.1f dBTP true peak",
                      result.loudnessLufs, result.loudnessRange, result.truePeakDb);
        if (progress.json()) {
            // stdout carries only JSON lines in this mode; the result is the last of them.
            // Warnings and errors also go to stderr as messages (translated by the reader).
            QJsonArray warnings;
            for (const Message& w : result.report.warnings) {
                warnings.append(QString::fromStdString(w.english()));
            }
            QJsonArray errors;
            for (const Message& e : result.report.errors) {
                errors.append(QString::fromStdString(e.english()));
            }
            QJsonObject done{{"stage", "done"},
                             {"percent", 100},
                             {"ok", result.report.ok()},
                             {"file", QString::fromStdString(result.file.string())},
                             {"frames", qint64(result.frames)},
                             {"seconds", result.seconds},
                             {"lufs", result.loudnessLufs},
                             {"lra", result.loudnessRange},
                             {"truePeak", result.truePeakDb},
                             {"gainDb", result.gainDb},
                             {"warnings", warnings},
                             {"errors", errors}};
            if (!srtFile.isEmpty()) {
                done.insert(QStringLiteral("srt"), srtFile);
            }
            if (parser.isSet("stats")) {
                done.insert(QStringLiteral("renderThreads"), result.renderThreads);
                done.insert(QStringLiteral("encoderWaitSeconds"), result.encoderWaitSeconds);
                done.insert(QStringLiteral("renderWaitSeconds"), result.renderWaitSeconds);
            }
            progress.event(done);
        } else {
            std::printf("wrote %s: %lld frames in %.1f s, sound at %.1f LUFS",
                        result.file.string().c_str(), static_cast<long long>(result.frames),
                        result.seconds, result.loudnessLufs);
            if (result.gainDb != 0) {
                std::printf(" (%+.1f dB)", result.gainDb);
            }
            std::printf("\n");
            // The sound as the platform will measure it (decoded from the file).
            std::printf("%s\n", sound);
            if (!quiet) {
                std::fprintf(stderr, "%s\n", sound);
            }
            if (!srtFile.isEmpty()) {
                std::printf("wrote %s\n", qPrintable(srtFile));
            }
            if (parser.isSet("stats")) {
                std::printf("%d render threads; the encoder waited %.1f s for frames, the render "
                            "threads %.1f s (together) for the encoder\n",
                            result.renderThreads, result.encoderWaitSeconds,
                            result.renderWaitSeconds);
            }
        }
        for (const Message& w : result.report.warnings) {
            warn(w);
        }
        for (const Message& e : result.report.errors) {
            reportError(e);
        }
        return result.report.ok() ? 0 : kFailure;
    } catch (const std::exception& e) {
        return failWith(e);
    }
}

int frameCommand(const QStringList& args) {
    QCommandLineParser parser;
    parser.addPositionalArgument("PROJECT", "The .reelcut project.");
    parser.addOptions({
        {"at", "Timeline time of the frame.", "T"},
        {{"o", "output"}, "Image file to write (PNG, JPG, WebP, BMP, TIFF).", "FRAME.png"},
        {"size", "Output size (default: the project's canvas).", "WxH"},
        {"force", "Replace FRAME.png if it exists. Files the project uses are never replaced."},
    });
    if (auto code = parse(parser, "frame", "Write one composed frame as an image.", args, 1)) {
        return *code;
    }
    if (!parser.isSet("at") || !parser.isSet("output")) {
        return fail("frame: --at T and -o FRAME.png are required", kUsageError);
    }
    try {
        const fs::path projectFile = toPath(parser.positionalArguments().first());
        const Project project = loadProject(projectFile);
        bool bad = false;
        const auto at = timeOption(parser, "at", project.frameRate, bad);
        if (bad) {
            return kUsageError;
        }
        if (*at >= project.duration()) {
            return cli::fail(
                Message(QT_TRANSLATE_NOOP3("Engine",
                                           "--at %1 is past the end of the project (%2); the last "
                                           "frame is at %3",
                                           "cli.frame-past-end"))
                    .arg(formatTimecode(*at))
                    .arg(formatTimecode(project.duration()))
                    .arg(formatTimecode(
                        max(Time(0), frameTime(project.frameCount() - 1, project.frameRate)))),
                kUsageError);
        }
        QSize size(project.width, project.height);
        if (parser.isSet("size")) {
            const QStringList wh = parser.value("size").split('x');
            bool okW = false, okH = false;
            if (wh.size() == 2) {
                size = QSize(wh[0].toInt(&okW), wh[1].toInt(&okH));
            }
            if (!okW || !okH || size.width() < 2 || size.height() < 2 || size.width() > 8192 ||
                size.height() > 8192) {
                return fail("frame: --size must look like 540x960 (2 to 8192 pixels)", kUsageError);
            }
        }
        RunInputs inputs;
        inputs.addProject(project, projectFile);
        // Checked and created before rendering; written under a temporary name.
        PendingFile out(
            OutputTarget{toPath(parser.value("output")), OutputKind::Image, parser.isSet("force")},
            inputs);
        FrameRenderer renderer(FrameRenderer::MissingMedia::Throw);
        renderer.setAnalysisDir(analysisDirFor(projectFile).string());
        const QImage& frame = renderer.frameAt(project, *at, size);
        QImageWriter writer(QString::fromStdString(out.temporaryPath().string()));
        if (!writer.write(frame.convertToFormat(QImage::Format_RGB888))) {
            return cli::fail(
                Message(QT_TRANSLATE_NOOP3("Engine", "%1: cannot write the picture: %2",
                                           "cli.image-write"))
                    .arg(parser.value("output"))
                    .arg(writer.errorString()));
        }
        out.commit();
        return 0;
    } catch (const std::exception& e) {
        return failWith(e);
    }
}

int probeCommand(const QStringList& args) {
    QCommandLineParser parser;
    parser.addPositionalArgument("FILE", "A media file.");
    if (auto code = parse(parser, "probe", "Print what a media file holds, as JSON.", args, 1)) {
        return *code;
    }
    try {
        const MediaInfo m = probeMedia(toPath(parser.positionalArguments().first()));
        QJsonObject o{{"path", QString::fromStdString(m.path)},
                      {"container", QString::fromStdString(m.container)},
                      {"duration", m.duration.toDouble()},
                      {"still", m.isStill}};
        if (m.hasVideo) {
            o["video"] = QJsonObject{{"codec", QString::fromStdString(m.videoCodec)},
                                     {"width", m.width},
                                     {"height", m.height},
                                     {"rotation", m.rotation},
                                     {"frame_rate", QString::fromStdString(m.frameRate.toString())},
                                     {"variable_frame_rate", m.variableFrameRate},
                                     {"pixel_format", QString::fromStdString(m.pixelFormat)}};
        }
        if (m.hasAudio) {
            o["audio"] = QJsonObject{{"codec", QString::fromStdString(m.audioCodec)},
                                     {"sample_rate", m.sampleRate},
                                     {"channels", m.channels}};
        }
        std::fputs(QJsonDocument(o).toJson(QJsonDocument::Indented).constData(), stdout);
        return 0;
    } catch (const std::exception& e) {
        return failWith(e);
    }
}

int captionsCommand(const QStringList& args) {
    QCommandLineParser parser;
    parser.addPositionalArgument("PROJECT", "The .reelcut project to add captions to.");
    parser.addPositionalArgument("SRT", "A SubRip (.srt) file.");
    parser.addOptions({
        // Not --style: QGuiApplication takes that one for itself before we see it.
        {"preset", "Text preset for the captions (default: caption-box).", "ID", "caption-box"},
        {"y",
         "Vertical position of the captions' centre, 0 (top) to 1 (bottom) (default: "
         "their bottom at the lower edge of the platform's safe area).",
         "Y"},
        {"platform", "Export preset whose safe area the captions stay inside (default: tiktok).",
         "ID", "tiktok"},
        {{"o", "output"}, "Write the result here instead of updating PROJECT.", "OUT.reelcut"},
        {"force", "Replace OUT.reelcut if it exists. Files the project uses are never replaced."},
    });
    if (auto code = parse(parser, "captions", "Add a SubRip file as a caption track.", args, 2)) {
        return *code;
    }
    const TextPreset* preset = findTextPreset(parser.value("preset").toStdString());
    if (preset == nullptr) {
        QStringList ids;
        for (const auto& p : builtinTextPresets()) {
            ids << QString::fromStdString(p.id);
        }
        return fail(QStringLiteral("captions: unknown text preset '%1' (presets: %2)")
                        .arg(parser.value("preset"), ids.join(", ")),
                    kUsageError);
    }
    bool okY = true;
    const double y = parser.isSet("y") ? parser.value("y").toDouble(&okY) : 0.5;
    if (!okY || y < 0 || y > 1) {
        return fail("captions: --y must be a number from 0 to 1", kUsageError);
    }
    const Preset* platform = findPreset(parser.value("platform").toStdString());
    if (platform == nullptr) {
        return fail(QStringLiteral("captions: unknown platform '%1' (see reelcut-cli presets)")
                        .arg(parser.value("platform")),
                    kUsageError);
    }
    const fs::path projectFile = toPath(parser.positionalArguments().at(0));
    const fs::path srtFile = toPath(parser.positionalArguments().at(1));
    try {
        ProjectDocument doc;
        doc.open(projectFile);
        // Without -o the project is updated in place (that is the command's job); with -o
        // the output must not be the project, a media file or the captions.
        RunInputs inputs;
        inputs.addProject(doc.project(), parser.isSet("output") ? projectFile : fs::path());
        inputs.add(srtFile, Message(QT_TRANSLATE_NOOP3("Engine", "the captions file",
                                                       "output.input-captions")));
        const OutputTarget target = parser.isSet("output")
                                        ? OutputTarget{toPath(parser.value("output")),
                                                       OutputKind::Project, parser.isSet("force")}
                                        : OutputTarget{projectFile, OutputKind::Project, true};
        checkOutput(target, inputs);
        const std::vector<Caption> captions = readSrtFile(srtFile);
        const bool ok = doc.apply("Import captions", [&](Project& p) {
            std::vector<Clip> clips = placedCaptions(p, captions, *preset, platform->safeZone);
            if (parser.isSet("y")) {
                for (Clip& c : clips) {
                    c.transform.y = y;
                }
            }
            const ObjectId track =
                edit::addTrack(p, TrackKind::Text, edit::uniqueTrackName(p, "Captions"));
            edit::addClips(p, track, std::move(clips));
        });
        if (!ok) {
            return fail(doc.lastError());
        }
        saveProject(doc.project(), target, inputs);
        std::printf("added %zu captions to %s\n", captions.size(), target.path.string().c_str());
        return 0;
    } catch (const std::exception& e) {
        return failWith(e);
    }
}

int presetsCommand(const QStringList& args) {
    QCommandLineParser parser;
    if (auto code = parse(parser, "presets", "List the export presets.", args, 0)) {
        return *code;
    }
    std::printf("%-10s %-18s %-10s %-6s %-10s %s\n", "ID", "PLATFORM", "SIZE", "FPS", "MAX LEN",
                "NOTES");
    for (const auto& p : builtinPresets()) {
        const std::string fps = p.frameRate ? p.frameRate->toString() : "project";
        const std::string maxLen =
            p.maxDuration.isZero() ? "-" : std::to_string(p.maxDuration.floor()) + " s";
        std::printf("%-10s %-18s %4dx%-5d %-6s %-10s %s\n", p.id.c_str(), p.name.c_str(), p.width,
                    p.height, fps.c_str(), maxLen.c_str(), p.notes.c_str());
    }
    return 0;
}

} // namespace reelcut::cli
