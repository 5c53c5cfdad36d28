#include "batch_command.h"

#include "batch/batch_report.h"
#include "batch/batch_runner.h"
#include "batch/cluster_emit.h"
#include "batch/manifest.h"
#include "cli_messages.h"
#include "io/output_file.h"
#include "model/project_file.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <boost/filesystem/operations.hpp>
#include <cstdio>
#include <cstdlib>
#include <mutex>
#include <optional>

namespace reelcut::cli {

namespace fs = boost::filesystem;
using namespace reelcut::batch;

namespace {

constexpr int kUsage = kUsageError;

bool envInt(const char* name, int& out) {
    const char* v = std::getenv(name);
    if (v == nullptr || *v == '\0') {
        return false;
    }
    char* end = nullptr;
    const long n = std::strtol(v, &end, 10);
    if (*end != '\0' || n < 0 || n > 10'000'000) {
        return false;
    }
    out = int(n);
    return true;
}

// The shard from --shard, else from the scheduler's environment. Returns an error text.
QString pickShard(const QCommandLineParser& parser, BatchOptions& o) {
    if (parser.isSet("shard")) {
        if (!parseShard(parser.value("shard").toStdString(), o.shardIndex, o.shardCount)) {
            return QStringLiteral("--shard must look like 2/8 (shard 2 of 8, counted from 0)");
        }
        return {};
    }
    int id = 0, count = 0, min = 0;
    if (envInt("SLURM_ARRAY_TASK_ID", id)) {
        if (!envInt("SLURM_ARRAY_TASK_COUNT", count) || count < 1) {
            return QStringLiteral("SLURM_ARRAY_TASK_ID is set but SLURM_ARRAY_TASK_COUNT is not");
        }
        envInt("SLURM_ARRAY_TASK_MIN", min);
        o.shardIndex = id - min;
        o.shardCount = count;
    } else if (envInt("JOB_COMPLETION_INDEX", id)) {
        if (parser.isSet("shard-count")) {
            count = parser.value("shard-count").toInt();
        } else if (!envInt("REELCUT_SHARD_COUNT", count)) {
            return QStringLiteral("JOB_COMPLETION_INDEX is set: give the number of shards with "
                                  "--shard-count N (the Job's completions)");
        }
        o.shardIndex = id;
        o.shardCount = count;
    } else {
        return {};
    }
    if (o.shardCount < 1 || o.shardIndex < 0 || o.shardIndex >= o.shardCount) {
        return QStringLiteral("the scheduler's task index %1 is outside 0..%2")
            .arg(o.shardIndex)
            .arg(o.shardCount - 1);
    }
    return {};
}

QString absolute(const QString& path) {
    return QString::fromStdString(fs::absolute(path.toStdString()).lexically_normal().string());
}

void printJob(const JobReport& r, std::size_t finished, std::size_t total) {
    const int width = int(std::to_string(total).size());
    std::string what = r.ok() || r.status == JobStatus::Pending ? r.output : r.errorText();
    std::printf("[%*zu/%zu] %-10s row %-5d %-5s %s", width, finished, total,
                jobStatusName(r.status), r.row, r.ratio.c_str(), what.c_str());
    if (r.status == JobStatus::Done) {
        std::printf("  (%.1f s)", r.seconds);
    }
    std::printf("\n");
    for (const Message& w : r.warnings) {
        std::printf("%*s  warning: %s\n", 2 * width + 3, "", w.english().c_str());
    }
    std::fflush(stdout);
}

// The job as the report has it (English "error" and "warnings", and "errorMessages" and
// "warningMessages" for a program that shows them in its own language).
QJsonObject jobEvent(const JobReport& r) {
    QJsonObject o = jobToJson(r);
    o["event"] = "job";
    o["thumbnail"] = QString::fromStdString(r.thumbnail);
    return o;
}

void printJson(const QJsonObject& o) {
    std::printf("%s\n", QJsonDocument(o).toJson(QJsonDocument::Compact).constData());
    std::fflush(stdout);
}

int emitClusterJob(const QCommandLineParser& parser, const BatchOptions& o,
                   const QStringList& batchArgs, const RunInputs& inputs) {
    const QString kind = parser.value("emit");
    if (kind != "slurm" && kind != "k8s") {
        return fail("batch: --emit takes slurm or k8s", kUsage);
    }
    ClusterJob job;
    job.cli = parser.isSet("cli") ? parser.value("cli").toStdString()
                                  : QCoreApplication::applicationFilePath().toStdString();
    for (const QString& a : batchArgs) {
        job.batchArgs.push_back(a.toStdString());
    }
    job.outDir = o.outDir.string();
    job.tasks = parser.value("tasks").toInt();
    if (job.tasks < 1) {
        return fail("batch: --tasks must be a whole number >= 1", kUsage);
    }
    job.parallel = parser.value("parallel").toInt();
    job.cpusPerTask = std::max(1, parser.value("cpus-per-task").toInt());
    job.memory = parser.value("mem").toStdString();
    job.timeLimit = parser.value("time").toStdString();
    job.image = parser.value("image").toStdString();
    job.volumeClaim = parser.value("pvc").toStdString();
    if (parser.isSet("mount")) {
        job.mountPath = parser.value("mount").toStdString();
    } else {
        // The deepest folder holding the template, the data and the output folder.
        fs::path common = fs::path(job.outDir);
        for (const fs::path& p : {o.templateFile.parent_path(), o.dataFile.parent_path()}) {
            while (!common.empty() && p.string().rfind(common.string(), 0) != 0) {
                common = common.parent_path();
            }
        }
        job.mountPath = common.empty() ? "/" : common.string();
    }
    fs::create_directories(o.outDir / "logs");
    const bool slurm = kind == "slurm";
    const fs::path file = o.outDir / (slurm ? "batch.sbatch" : "batch-job.yaml");
    const std::string text = slurm ? slurmScript(job) : kubernetesJob(job);
    // Through the one safe path: a job file named like the template, the data or a medium
    // (an output folder that holds the inputs) is refused, not written over it. An earlier
    // job file of the same batch is replaced.
    writeFileSafely(OutputTarget{file, OutputKind::Data, true}, inputs,
                    QByteArray::fromStdString(text));
    if (slurm) {
        fs::permissions(file,
                        fs::perms::owner_all | fs::perms::group_read | fs::perms::others_read);
    }
    std::printf("wrote %s (%d %s)\n", file.string().c_str(), job.tasks,
                slurm ? "array tasks; submit with sbatch" : "indexed pods; kubectl apply -f");
    return 0;
}

} // namespace

int batchCommand(const QStringList& args) {
    QCommandLineParser parser;
    parser.setApplicationDescription(
        "Render a template once per data row and output format.\n"
        "Every row is checked before anything renders; outputs are written atomically and\n"
        "recorded in OUTDIR, so --resume after a crash makes exactly what is missing.");
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addPositionalArgument("TEMPLATE", "The .reelcut template (a project with fields).");
    parser.addOptions({
        {"data", "Rows: a CSV (RFC 4180, UTF-8) or a JSON array of objects.", "ROWS"},
        {{"o", "output"}, "Output folder (made if missing).", "OUTDIR"},
        {"ratios", "Output shapes, e.g. 9:16,1:1,16:9,4:5 (default: the preset's).", "LIST"},
        {"preset",
         "Export preset for its own ratio (default: tiktok for 9:16, square for 1:1, "
         "youtube for 16:9, feed-4x5 for 4:5).",
         "NAME"},
        {"name", "Output name pattern (default: {{row}}_{{ratio}}.mp4).", "PATTERN",
         "{{row}}_{{ratio}}.mp4"},
        {"brand", "Brand kit to use instead of the template's own.", "brand.json"},
        {"jobs", "Videos rendered at once: a number, or auto (one per core).", "N|auto", "auto"},
        {"shard",
         "Render only shard I of N (0-based); default: from SLURM_ARRAY_TASK_ID or "
         "JOB_COMPLETION_INDEX.",
         "I/N"},
        {"shard-count", "Number of shards, with JOB_COMPLETION_INDEX.", "N"},
        {"resume", "Skip outputs already made from the same inputs."},
        {"dry-run", "Check every row and stop; nothing is rendered."},
        {"report", "Also write the report (JSON) to FILE.", "FILE"},
        {"normalize", "Bring each video's sound to the platform's loudness target."},
        {"emit",
         "Write a job file instead of rendering: slurm (sbatch array script) or k8s "
         "(Indexed Job).",
         "slurm|k8s"},
        {"tasks", "With --emit: number of array tasks / pods.", "N", "4"},
        {"parallel", "With --emit: tasks running at once (default: all).", "N", "0"},
        {"cpus-per-task", "With --emit: CPUs per task.", "N", "2"},
        {"mem", "With --emit: memory per task.", "SIZE", "2G"},
        {"time", "With --emit slurm: time limit per task.", "HH:MM:SS", "02:00:00"},
        {"image", "With --emit k8s: container image.", "IMAGE", "reelcut:latest"},
        {"pvc", "With --emit k8s: persistent volume claim holding media and output.", "NAME",
         "reelcut-work"},
        {"mount",
         "With --emit k8s: where the claim is mounted (default: the common folder of "
         "template, data and output).",
         "DIR"},
        {"cli", "With --emit: the reelcut-cli the tasks run (default: this one).", "PATH"},
        {"save-projects", "Keep each video's final project in OUTDIR/.reelcut-batch/projects."},
        {"progress",
         "How to report progress: text, json (one JSON object per line, for "
         "programs) or none (only the summary).",
         "MODE", "text"},
        {"json-progress", "Same as --progress json."},
        {"quiet", "Print only the summary."},
    });
    const QCommandLineOption help({"h", "help"}, "Show this help.");
    parser.addOption(help);
    if (!parser.parse(QStringList{"reelcut-cli batch"} + args)) {
        return fail(parser.errorText(), kUsage);
    }
    if (parser.isSet(help)) {
        std::fputs(parser.helpText().toUtf8().constData(), stdout);
        return 0;
    }
    if (parser.positionalArguments().size() != 1) {
        return fail("batch: expected one TEMPLATE, try 'reelcut-cli batch --help'", kUsage);
    }
    if (!parser.isSet("data") || !parser.isSet("output")) {
        return fail("batch: --data ROWS and -o OUTDIR are required", kUsage);
    }
    BatchOptions o;
    o.templateFile = absolute(parser.positionalArguments().first()).toStdString();
    o.dataFile = absolute(parser.value("data")).toStdString();
    o.outDir = absolute(parser.value("output")).toStdString();
    if (parser.isSet("brand")) {
        o.brandFile = absolute(parser.value("brand")).toStdString();
    }
    o.ratios = parser.value("ratios").toStdString();
    o.presetId = parser.value("preset").toStdString();
    o.namePattern = parser.value("name").toStdString();
    o.resume = parser.isSet("resume");
    o.dryRun = parser.isSet("dry-run");
    o.normalizeLoudness = parser.isSet("normalize");
    o.saveProjects = parser.isSet("save-projects");
    const QString jobs = parser.value("jobs");
    if (jobs == "auto") {
        o.jobs = 0;
    } else {
        bool ok = false;
        o.jobs = jobs.toInt(&ok);
        if (!ok || o.jobs < 1 || o.jobs > 256) {
            return fail("batch: --jobs takes a number from 1 to 256, or auto", kUsage);
        }
    }
    if (const QString e = pickShard(parser, o); !e.isEmpty()) {
        return fail("batch: " + e, kUsage);
    }

    if (parser.isSet("emit")) {
        // The tasks' own command line: this one, absolute paths, resuming, no emit.
        QStringList batchArgs{absolute(parser.positionalArguments().first()), "--data",
                              absolute(parser.value("data")), "-o",
                              absolute(parser.value("output"))};
        for (const char* opt : {"ratios", "preset", "name", "jobs"}) {
            if (parser.isSet(opt) || QString(opt) == "jobs") {
                batchArgs << QStringLiteral("--%1").arg(opt) << parser.value(opt);
            }
        }
        if (parser.isSet("brand")) {
            batchArgs << "--brand" << absolute(parser.value("brand"));
        }
        if (o.normalizeLoudness) {
            batchArgs << "--normalize";
        }
        batchArgs << "--resume";
        try {
            // The plan is made once here so a broken template or data file is found now,
            // not by every task on the cluster.
            BatchRunner check(o);
            return emitClusterJob(parser, o, batchArgs, check.inputs());
        } catch (const std::exception& e) {
            return fail(messageOf(e));
        }
    }

    const QString progressMode = parser.value("progress");
    if (progressMode != "text" && progressMode != "json" && progressMode != "none") {
        return fail(QStringLiteral("batch: --progress must be text, json or none, not '%1'")
                        .arg(progressMode),
                    2);
    }
    const bool json = parser.isSet("json-progress") || progressMode == "json";
    const bool quiet = parser.isSet("quiet") || progressMode == "none";
    try {
        BatchRunner runner(o);
        const BatchPlan& plan = runner.plan();
        const ShardRange range = runner.range();
        // Checked before anything renders: never over the template, the data or the kit.
        std::optional<OutputTarget> report;
        if (parser.isSet("report")) {
            report = OutputTarget{absolute(parser.value("report")).toStdString(), OutputKind::Data,
                                  true};
            checkOutput(*report, runner.inputs());
        }
        if (!json && !quiet) {
            std::printf("%zu rows x %zu formats = %zu videos", plan.data.rows.size(),
                        plan.formats.size(), plan.jobs.size());
            if (o.shardCount > 1) {
                std::printf("; shard %d of %d: videos %zu to %zu", o.shardIndex, o.shardCount,
                            range.begin + 1, range.end);
            }
            std::printf("; %d at once\n", runner.workers());
            for (const Message& w : plan.warnings) {
                std::printf("warning: %s\n", w.english().c_str());
            }
            std::fflush(stdout);
        }
        // Progress comes from every worker thread: one line is printed at a time.
        std::mutex printMutex;
        RunEvents events;
        events.onJob = [&](const JobReport& r, std::size_t finished, std::size_t total) {
            const std::lock_guard<std::mutex> lock(printMutex);
            if (json) {
                printJson(jobEvent(r));
            } else if (!quiet) {
                printJob(r, finished, total);
            }
        };
        if (json) {
            events.onProgress = [&](const JobReport& r, double percent) {
                const std::lock_guard<std::mutex> lock(printMutex);
                printJson(QJsonObject{
                    {"event", "progress"}, {"index", qint64(r.index)}, {"percent", percent}});
            };
        }
        std::vector<JobReport> reports =
            o.dryRun ? runner.validate(events) : runner.run(events, nullptr);
        std::size_t ok = 0, upToDate = 0, failed = 0, invalid = 0, valid = 0;
        for (const JobReport& r : reports) {
            ok += r.ok();
            upToDate += r.status == JobStatus::UpToDate;
            failed += r.status == JobStatus::Failed;
            invalid += r.status == JobStatus::Invalid;
            valid += r.status == JobStatus::Pending;
        }
        if (parser.isSet("report")) {
            ShardInfo info;
            info.planHash = plan.planHash;
            info.index = o.shardIndex;
            info.count = o.shardCount;
            info.planJobs = plan.jobs.size();
            info.templateFile = plan.tpl.file.string();
            info.dataFile = plan.data.file.string();
            info.warnings = plan.warnings;
            writeFileSafely(*report, runner.inputs(),
                            QJsonDocument(reportJson(info, reports)).toJson());
        }
        if (o.dryRun) {
            if (json) {
                printJson(QJsonObject{
                    {"event", "summary"}, {"valid", qint64(valid)}, {"invalid", qint64(invalid)}});
            } else {
                std::printf("%zu videos checked: %zu valid, %zu invalid (nothing rendered)\n",
                            reports.size(), valid, invalid);
            }
            return invalid == 0 ? 0 : kFailure;
        }
        if (json) {
            printJson(QJsonObject{
                {"event", "summary"},
                {"ok", qint64(ok)},
                {"up_to_date", qint64(upToDate)},
                {"failed", qint64(failed)},
                {"invalid", qint64(invalid)},
                {"report", QString::fromStdString((o.outDir / "report.html").string())}});
        } else {
            std::printf("%zu videos: %zu made (%zu already up to date), %zu failed, %zu invalid; "
                        "report: %s\n",
                        reports.size(), ok, upToDate, failed, invalid,
                        (o.outDir / "report.html").string().c_str());
        }
        return ok == reports.size() ? 0 : kFailure;
    } catch (const std::exception& e) {
        return fail(messageOf(e));
    }
}

int batchReportCommand(const QStringList& args) {
    QCommandLineParser parser;
    parser.setApplicationDescription("Merge the shards' reports and manifests of a batch into "
                                     "OUTDIR/report.json, report.html and manifest.json.");
    parser.addPositionalArgument("OUTDIR", "The batch's output folder.");
    const QCommandLineOption help({"h", "help"}, "Show this help.");
    parser.addOption(help);
    if (!parser.parse(QStringList{"reelcut-cli batch-report"} + args)) {
        return fail(parser.errorText(), kUsage);
    }
    if (parser.isSet(help)) {
        std::fputs(parser.helpText().toUtf8().constData(), stdout);
        return 0;
    }
    if (parser.positionalArguments().size() != 1) {
        return fail("batch-report: expected the output folder", kUsage);
    }
    try {
        const MergeSummary s =
            mergeReports(absolute(parser.positionalArguments().first()).toStdString());
        std::printf("%zu videos: %zu done, %zu failed, %zu invalid, %zu pending", s.total, s.ok,
                    s.failed, s.invalid, s.pending);
        if (!s.missingShards.empty()) {
            std::printf("; %zu of %d shards have not reported", s.missingShards.size(),
                        s.shardCount);
        }
        std::printf("\n");
        return s.complete() ? 0 : kFailure;
    } catch (const std::exception& e) {
        return fail(messageOf(e));
    }
}

} // namespace reelcut::cli
