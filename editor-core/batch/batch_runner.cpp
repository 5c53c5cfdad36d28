#include "batch/batch_runner.h"

#include "autocut/cut_to_beat.h"
#include "batch/batch_report.h"
#include "batch/manifest.h"
#include "export/exporter.h"
#include "export/safe_zone_check.h"
#include "media/media_error.h"
#include "media/thumbnailer.h"
#include "model/project_file.h"
#include "model/project_json.h"
#include "render/auto_reframe.h"
#include "render/frame_renderer.h"
#include "text/text_fit.h"
#include "text/text_rasterizer.h"
#include "time/time_text.h"

#include <QBuffer>
#include <QDateTime>
#include <QImageWriter>
#include <boost/filesystem/directory.hpp>
#include <boost/filesystem/operations.hpp>
#include <chrono>
#include <mutex>
#include <sched.h>
#include <thread>

namespace reelcut::batch {

namespace fs = boost::filesystem;

namespace {

constexpr std::pair<JobStatus, const char*> kStatusNames[] = {
    {JobStatus::Done, "done"},       {JobStatus::UpToDate, "up-to-date"},
    {JobStatus::Failed, "failed"},   {JobStatus::Invalid, "invalid"},
    {JobStatus::Pending, "pending"},
};

std::string shortText(const std::string& text) {
    std::string t = text.substr(0, 40);
    std::replace(t.begin(), t.end(), '\n', ' ');
    return t + (text.size() > 40 ? "..." : "");
}

std::string nowIso() {
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs).toStdString();
}

// The thumbnail of an output, beside the batch's other files.
std::string thumbnailName(const std::string& output) {
    std::string name = output;
    std::replace(name.begin(), name.end(), '/', '~');
    return ".reelcut-batch/thumbs/" + name + ".jpg";
}

void writeJpeg(const QImage& img, const fs::path& file) {
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, "jpg");
    writer.setQuality(82);
    if (!writer.write(img.convertToFormat(QImage::Format_RGB888))) {
        throw std::runtime_error("thumbnail: " + writer.errorString().toStdString());
    }
    fs::create_directories(file.parent_path());
    writeFileAtomically(file, bytes);
}

// Removes what a killed render of this output left: its staged file and the exporter's
// partial files. Only the shard owning the output ever touches these names.
void removeLeftovers(const fs::path& final) {
    boost::system::error_code ec;
    const fs::path staged = stagedPathFor(final);
    fs::remove(staged, ec);
    const std::string prefix = "." + staged.stem().string() + ".partial-";
    for (fs::directory_iterator it(final.parent_path(), ec), end; !ec && it != end;
         it.increment(ec)) {
        if (it->path().filename().string().rfind(prefix, 0) == 0) {
            fs::remove(it->path(), ec);
        }
    }
}

} // namespace

const char* jobStatusName(JobStatus status) {
    for (const auto& [s, name] : kStatusNames) {
        if (s == status) {
            return name;
        }
    }
    return "pending";
}

bool jobStatusFromName(const std::string& name, JobStatus& out) {
    for (const auto& [s, n] : kStatusNames) {
        if (name == n) {
            out = s;
            return true;
        }
    }
    return false;
}

int availableCores() {
    cpu_set_t set;
    CPU_ZERO(&set);
    if (sched_getaffinity(0, sizeof set, &set) == 0) {
        return std::max(1, CPU_COUNT(&set));
    }
    return std::max(1u, std::thread::hardware_concurrency());
}

PreparedJob prepareJob(const BatchPlan& plan, const PlannedJob& job, MediaFacts& media,
                       ContentHashCache* hashes) {
    PreparedJob out;
    const RowValues& row = plan.rows[job.row];
    const OutputFormat& format = plan.formats[job.format];
    const Preset& preset = format.preset;
    if (job.nameError) {
        out.errors.push_back(*job.nameError);
    }
    out.errors.insert(out.errors.end(), row.errors.begin(), row.errors.end());
    out.warnings.insert(out.warnings.end(), row.warnings.begin(), row.warnings.end());
    if (!row.errors.empty()) {
        return out; // the values are wrong; what they would make is not worth building
    }
    Project project;
    try {
        Project rowProject = substituteRow(plan.tpl, row, builtinsFor(plan, job));
        if (plan.tpl.spec.beatCut) {
            // The row's footage cut to the row's song; beats and motion are cached, so a
            // song shared by many rows is analysed once.
            cutTemplateToBeat(rowProject, *plan.tpl.spec.beatCut,
                              AnalysisStore(AnalysisStore::defaultDir()));
        }
        project = adaptToFormat(std::move(rowProject), format);
        if (plan.tpl.brand) {
            applyBrandKit(project, *plan.tpl.brand, plan.tpl.spec, preset.safeZone);
        }
    } catch (const std::exception& e) {
        out.errors.push_back(messageOf(e));
        return out;
    }
    const Time length = project.duration();
    const Message presetName = Message::named("Preset", preset.name);
    if (length.isZero()) {
        out.errors.push_back(Message(
            QT_TRANSLATE_NOOP3("Engine", "nothing to render: every clip is switched off or empty",
                               "batch.nothing-to-render")));
    } else if (length < preset.minDuration) {
        out.errors.push_back(
            Message(QT_TRANSLATE_NOOP3("Engine", "the video is %1 long; %2 needs at least %3",
                                       "batch.too-short"))
                .arg(formatTimecode(length))
                .arg(presetName)
                .arg(formatTimecode(preset.minDuration)));
    } else if (!preset.maxDuration.isZero() && length > preset.maxDuration) {
        out.errors.push_back(
            Message(QT_TRANSLATE_NOOP3("Engine", "the video is %1 long; %2 takes at most %3",
                                       "batch.too-long"))
                .arg(formatTimecode(length))
                .arg(presetName)
                .arg(formatTimecode(preset.maxDuration)));
    }
    std::vector<std::string> mediaFiles;
    for (const Track& track : project.tracks) {
        for (const Clip& c : track.clips) {
            if (c.kind == ClipKind::Text) {
                if (!fontAvailable(c.style.fontFamily)) {
                    out.errors.push_back(
                        Message(QT_TRANSLATE_NOOP3("Engine",
                                                   "the font \"%1\" of the text \"%2\" is not "
                                                   "installed",
                                                   "batch.text-font-missing"))
                            .arg(c.style.fontFamily)
                            .arg(shortText(c.text)));
                    continue;
                }
                bool fits = true;
                const TextStyle fitted =
                    fittedStyle(c.text, c.style, project.width, project.height, &fits);
                if (!fits) {
                    out.errors.push_back(
                        Message(QT_TRANSLATE_NOOP3("Engine",
                                                   "the text \"%1\" does not fit its box in %2, "
                                                   "even at the smallest size (%3 px)",
                                                   "batch.text-does-not-fit"))
                            .arg(shortText(c.text))
                            .arg(format.ratio)
                            .arg(int(fitted.fontSize)));
                }
                continue;
            }
            if (std::find(mediaFiles.begin(), mediaFiles.end(), c.media) == mediaFiles.end()) {
                mediaFiles.push_back(c.media);
            }
            Message error;
            const auto info = media.probe(c.media, error);
            if (!info) {
                out.errors.push_back(error);
            } else if (info->hasVideo && !info->isStill && !info->animatedImage && !c.loop &&
                       !c.freezeAt && info->duration > Time(0) &&
                       c.out > info->duration + Rational(1, 10)) {
                out.warnings.push_back(
                    Message(QT_TRANSLATE_NOOP3("Engine",
                                               "%1 is %2 long; its last frame holds until %3",
                                               "batch.media-holds-last-frame"))
                        .arg(fs::path(c.media).filename().string())
                        .arg(formatTimecode(info->duration))
                        .arg(formatTimecode(c.out)));
            }
        }
    }
    if (out.errors.empty()) {
        for (const Message& w : safeZoneWarnings(project, preset)) {
            out.warnings.push_back(w);
        }
    }
    if (out.errors.empty() && hashes != nullptr) {
        // Everything the output is made from: the project as it will render (template
        // and row already substituted, layout and brand applied), the encoder's settings,
        // every media file's content and this version of ReelCut.
        std::string all = std::string("reelcut ") + REELCUT_VERSION + "\n" + preset.id + "\n" +
                          "x264-threads=1\n" + "normalize=" + (plan.normalizeLoudness ? "1" : "0") +
                          "\n";
        all += projectToJson(project, fs::path()).toStdString();
        try {
            for (const std::string& m : mediaFiles) {
                all += "\n" + m + "=" + hashes->hashOf(m);
            }
            out.inputsHash = sha256Hex(all);
        } catch (const std::exception& e) {
            out.errors.push_back(messageOf(e));
        }
    }
    out.project = std::move(project); // invalid jobs still get a preview picture
    return out;
}

BatchRunner::BatchRunner(BatchOptions options) : options_(std::move(options)) {
    plan_ = makePlan(options_);
    plan_.normalizeLoudness = options_.normalizeLoudness;
    range_ = shardRange(plan_.jobs.size(), options_.shardIndex, options_.shardCount);
    resolveRows(plan_, range_, media_);
    workers_ = options_.jobs > 0 ? options_.jobs : availableCores();
    workers_ = std::max(1, std::min<int>(workers_, int(range_.end - range_.begin)));
    inputs_.add(plan_.tpl.file, Message(QT_TRANSLATE_NOOP3("Engine", "the batch's template",
                                                           "batch.input-template")));
    inputs_.add(plan_.data.file,
                Message(QT_TRANSLATE_NOOP3("Engine", "the batch's data file", "batch.input-data")));
    if (!plan_.tpl.brandFile.empty()) {
        inputs_.add(plan_.tpl.brandFile,
                    Message(QT_TRANSLATE_NOOP3("Engine", "the brand kit", "batch.input-brand")));
    }
}

void BatchRunner::checkJobOutput(const PlannedJob& job, PreparedJob& prepared) const {
    if (job.output.empty() || !prepared.project) {
        return;
    }
    RunInputs inputs = inputs_;
    inputs.addProject(*prepared.project);
    const fs::path final = options_.outDir / job.output;
    if (const Message* what = inputs.find(final)) {
        // The render would end in a rename over it: a row's video cut to the template's
        // length, the template replaced by MP4 bytes.
        prepared.errors.push_back(
            Message(QT_TRANSLATE_NOOP3("Engine",
                                       "the output %1 is %2; choose another output name or "
                                       "folder",
                                       "batch.output-is-input"))
                .arg(final.string())
                .arg(*what));
    }
}

JobReport BatchRunner::baseReport(const PlannedJob& job) const {
    JobReport r;
    r.index = job.index;
    r.row = plan_.data.rows[job.row].number;
    r.ratio = plan_.formats[job.format].ratio;
    r.preset = plan_.formats[job.format].preset.id;
    r.output = job.output;
    return r;
}

QImage BatchRunner::preview(std::size_t jobIndex, int height) {
    const PreparedJob prepared = prepareJob(plan_, plan_.jobs.at(jobIndex), media_, nullptr);
    if (!prepared.project) {
        return {};
    }
    const Project& p = *prepared.project;
    FrameRenderer renderer(FrameRenderer::MissingMedia::Placeholder);
    const QSize size(std::max(2, height * p.width / p.height), height);
    return renderer.frameAt(p, p.duration() / Rational(2), size).copy();
}

std::vector<JobReport> BatchRunner::validate(const RunEvents& events) {
    std::vector<JobReport> reports;
    for (std::size_t j = range_.begin; j < range_.end; ++j) {
        const PlannedJob& job = plan_.jobs[j];
        JobReport r = baseReport(job);
        PreparedJob prepared = prepareJob(plan_, job, media_, nullptr);
        checkJobOutput(job, prepared);
        r.warnings = prepared.warnings;
        if (!prepared.errors.empty()) {
            r.status = JobStatus::Invalid;
            r.errors = prepared.errors;
        } else if (prepared.project) {
            r.duration = prepared.project->duration().toDouble();
        }
        reports.push_back(r);
        if (events.onJob) {
            events.onJob(r, reports.size(), range_.end - range_.begin);
        }
    }
    return reports;
}

void BatchRunner::renderJob(const PlannedJob& job, Project project, const std::string& inputs,
                            JobReport& report, const RunEvents& events, std::mutex& eventMutex,
                            ManifestWriter& manifest, const std::atomic<bool>* cancel) {
    const auto started = std::chrono::steady_clock::now();
    const fs::path outDir = options_.outDir;
    const fs::path final = outDir / job.output;
    fs::create_directories(final.parent_path());
    // A folder inside the output folder may be a symbolic link to somewhere else.
    const fs::path realParent = fs::canonical(final.parent_path());
    const fs::path realOut = fs::canonical(outDir);
    const std::string rp = realParent.string() + "/";
    if (rp.compare(0, realOut.string().size() + 1, realOut.string() + "/") != 0) {
        throw Error(Message(QT_TRANSLATE_NOOP3("Engine",
                                               "the output folder %1 leads outside %2 (symbolic "
                                               "link)",
                                               "batch.output-outside"))
                        .arg(final.parent_path().string())
                        .arg(outDir.string()));
    }
    removeLeftovers(final);
    if (options_.saveProjects) {
        std::string name = job.output;
        std::replace(name.begin(), name.end(), '/', '~');
        fs::create_directories(stateDirFor(outDir) / "projects");
        saveProject(project, stateDirFor(outDir) / "projects" / (name + ".reelcut"));
    }
    for (Message& w : applyAutoReframe(project, (stateDirFor(outDir) / "analysis").string())) {
        report.warnings.push_back(std::move(w));
    }
    const fs::path staged = stagedPathFor(final);
    ExportRequest request;
    request.output = staged;
    request.preset = plan_.formats[job.format].preset;
    // The batch's parallelism is its jobs: one thread each for composing and encoding.
    request.encoderThreads = 1;
    request.renderThreads = 1;
    request.normalizeLoudness = options_.normalizeLoudness;
    request.analysisDir = (stateDirFor(outDir) / "analysis").string();
    request.cancel = cancel;
    int lastPercent = -1;
    request.onProgress = [&](const ExportProgress& p) {
        const int percent = int(p.percent);
        if (events.onProgress && percent != lastPercent) {
            lastPercent = percent;
            std::lock_guard<std::mutex> lock(eventMutex);
            events.onProgress(report, p.percent);
        }
    };
    ExportResult result;
    try {
        result = exportProject(project, request);
    } catch (...) {
        removeLeftovers(final);
        throw;
    }
    if (!result.report.errors.empty()) {
        removeLeftovers(final);
        throw Error(Message(QT_TRANSLATE_NOOP3("Engine", "the finished file breaks %1's rules: %2",
                                               "batch.breaks-rules"))
                        .arg(Message::named("Preset", request.preset.name))
                        .arg(result.report.errors.front()));
    }
    for (const Message& m : result.report.warnings) {
        if (std::find(report.warnings.begin(), report.warnings.end(), m) == report.warnings.end()) {
            report.warnings.push_back(m);
        }
    }
    // Thumbnail from the encoded file itself: what the marketer checks is what was made.
    try {
        Thumbnailer thumbs(staged);
        const QImage img = thumbs.at(thumbs.duration() / Rational(2), QSize(240, 240));
        report.thumbnail = thumbnailName(job.output);
        writeJpeg(img, outDir / report.thumbnail);
    } catch (const std::exception& e) {
        report.warnings.push_back(
            Message(QT_TRANSLATE_NOOP3("Engine", "no thumbnail: %1", "batch.no-thumbnail"))
                .arg(messageOf(e)));
        report.thumbnail.clear();
    }
    syncFile(staged);
    ManifestRecord record;
    record.output = job.output;
    record.inputs = inputs;
    record.sha256 = fileContentHash(staged);
    if (!fileStamp(staged, record.size, record.mtimeNs)) {
        throw Error(Message(QT_TRANSLATE_NOOP3("Engine", "%1: vanished after rendering",
                                               "batch.output-vanished"))
                        .arg(staged.string()));
    }
    record.row = report.row;
    record.ratio = report.ratio;
    record.preset = report.preset;
    record.version = REELCUT_VERSION;
    record.duration = project.duration().toDouble();
    record.seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    record.time = nowIso();
    record.warnings = report.warnings;
    // Checked again right before the rename (checked before rendering too): never over a
    // file the job reads, a folder or a link. Replacing a plain earlier output is the
    // batch's way (a run without --resume makes every video again).
    {
        RunInputs jobInputs = inputs_;
        jobInputs.addProject(project);
        try {
            checkOutput(OutputTarget{final, OutputKind::Video, true}, jobInputs);
        } catch (...) {
            removeLeftovers(final);
            throw;
        }
    }
    manifest.append(record); // recorded before the rename: a crash in between is finished on resume
    if (::rename(staged.c_str(), final.c_str()) != 0) {
        throw Error(
            Message(QT_TRANSLATE_NOOP3("Engine", "%1: cannot move the finished file into place: %2",
                                       "batch.rename-failed"))
                .arg(final.string())
                .arg(std::strerror(errno)));
    }
    syncDir(final.parent_path());
    report.status = JobStatus::Done;
    report.sha256 = record.sha256;
    report.duration = record.duration;
    report.seconds = record.seconds;
}

std::vector<JobReport> BatchRunner::run(const RunEvents& events, const std::atomic<bool>* cancel) {
    const std::string started = nowIso();
    const fs::path outDir = options_.outDir;
    // The batch's own files in the output folder are replaced by every run; none of them
    // may be what the batch reads (rows kept as report.json in the output folder).
    for (const char* own : {"report.json", "report.html", "manifest.json"}) {
        if (const Message* what = inputs_.find(outDir / own)) {
            throw OutputError(Message(QT_TRANSLATE_NOOP3("Engine",
                                                         "%1 is %2, and the batch writes its "
                                                         "report there; choose another output "
                                                         "folder",
                                                         "batch.report-is-input"))
                                  .arg((outDir / own).string())
                                  .arg(*what));
        }
    }
    fs::create_directories(stateDirFor(outDir));
    const Manifest manifest = options_.resume ? Manifest::load(outDir) : Manifest();
    ManifestWriter writer(outDir, options_.shardIndex, options_.shardCount);

    const std::size_t count = range_.end - range_.begin;
    std::vector<JobReport> reports(count);
    std::vector<std::optional<Project>> projects(count);
    std::vector<std::string> inputs(count);
    std::mutex eventMutex;
    std::size_t finished = 0;
    auto jobFinished = [&](const JobReport& r) {
        std::lock_guard<std::mutex> lock(eventMutex);
        ++finished;
        if (events.onJob) {
            events.onJob(r, finished, count);
        }
    };
    // Runs fn(i) for i in [0, count) on the workers, each taking the next index.
    auto parallel = [&](const std::function<void(std::size_t)>& fn) {
        std::atomic<std::size_t> next{0};
        std::vector<std::thread> threads;
        for (int w = 0; w < workers_; ++w) {
            threads.emplace_back([&] {
                for (std::size_t i = next++; i < count; i = next++) {
                    fn(i);
                }
            });
        }
        for (std::thread& t : threads) {
            t.join();
        }
    };

    // 1. Check every job before anything is rendered.
    parallel([&](std::size_t i) {
        const PlannedJob& job = plan_.jobs[range_.begin + i];
        JobReport& r = reports[i];
        r = baseReport(job);
        PreparedJob prepared = prepareJob(plan_, job, media_, &hashes_);
        checkJobOutput(job, prepared);
        r.warnings = prepared.warnings;
        if (!prepared.errors.empty()) {
            r.status = JobStatus::Invalid;
            r.errors = prepared.errors;
            try {
                if (prepared.project) {
                    const Project& p = *prepared.project;
                    FrameRenderer renderer(FrameRenderer::MissingMedia::Placeholder);
                    const QSize size(std::max(2, 240 * p.width / std::max(p.width, p.height)),
                                     std::max(2, 240 * p.height / std::max(p.width, p.height)));
                    const QImage img = renderer.frameAt(p, p.duration() / Rational(2), size);
                    if (!job.output.empty()) {
                        r.thumbnail = thumbnailName(job.output);
                        writeJpeg(img, outDir / r.thumbnail);
                    }
                }
            } catch (const std::exception&) {
                r.thumbnail.clear(); // a preview of a broken row is a nicety, not a must
            }
            return;
        }
        inputs[i] = prepared.inputsHash;
        r.duration = prepared.project->duration().toDouble();
        if (const ManifestRecord* rec = manifest.done(outDir, job.output, prepared.inputsHash)) {
            r.status = JobStatus::UpToDate;
            r.sha256 = rec->sha256;
            r.seconds = rec->seconds;
            r.warnings = rec->warnings;
            boost::system::error_code ec;
            if (fs::exists(outDir / thumbnailName(job.output), ec)) {
                r.thumbnail = thumbnailName(job.output);
            }
            return;
        }
        projects[i] = std::move(prepared.project);
    });
    for (std::size_t i = 0; i < count; ++i) {
        if (reports[i].status == JobStatus::Invalid || reports[i].status == JobStatus::UpToDate) {
            jobFinished(reports[i]);
        }
    }

    // 2. Render what is valid and not done, `workers_` at a time.
    parallel([&](std::size_t i) {
        if (!projects[i] || (cancel != nullptr && cancel->load())) {
            return;
        }
        const PlannedJob& job = plan_.jobs[range_.begin + i];
        JobReport& r = reports[i];
        try {
            renderJob(job, std::move(*projects[i]), inputs[i], r, events, eventMutex, writer,
                      cancel);
        } catch (const ExportCancelled&) {
            r.status = JobStatus::Pending;
            return;
        } catch (const std::exception& e) {
            r.status = JobStatus::Failed;
            r.errors = {messageOf(e)};
        }
        projects[i].reset();
        jobFinished(r);
    });

    ShardInfo info;
    info.planHash = plan_.planHash;
    info.index = options_.shardIndex;
    info.count = options_.shardCount;
    info.planJobs = plan_.jobs.size();
    info.started = started;
    info.finished = nowIso();
    info.templateFile = plan_.tpl.file.string();
    info.dataFile = plan_.data.file.string();
    info.formats.clear();
    for (const OutputFormat& f : plan_.formats) {
        info.formats.push_back(f.ratio);
    }
    info.warnings = plan_.warnings;
    writeShardReport(outDir, info, reports);
    mergeReports(outDir);
    return reports;
}

} // namespace reelcut::batch
