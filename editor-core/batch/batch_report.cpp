#include "batch/batch_report.h"

#include "batch/manifest.h"
#include "model/project_file.h"
#include "util/message_list.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <boost/filesystem/directory.hpp>
#include <boost/filesystem/operations.hpp>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <map>
#include <set>
#include <stdexcept>
#include <sys/file.h>
#include <unistd.h>

namespace reelcut::batch {

namespace fs = boost::filesystem;

namespace {

QJsonArray strings(const std::vector<std::string>& v) {
    QJsonArray a;
    for (const auto& s : v) {
        a.append(QString::fromStdString(s));
    }
    return a;
}

std::vector<std::string> stringsFrom(const QJsonValue& v) {
    std::vector<std::string> out;
    for (const QJsonValue& s : v.toArray()) {
        out.push_back(s.toString().toStdString());
    }
    return out;
}

ShardInfo infoFromJson(const QJsonObject& o) {
    ShardInfo i;
    i.planHash = o.value("plan").toString().toStdString();
    i.index = o.value("shard").toInt();
    i.count = o.value("shards").toInt(1);
    i.planJobs = std::size_t(o.value("plan_jobs").toInteger());
    i.started = o.value("started").toString().toStdString();
    i.finished = o.value("finished").toString().toStdString();
    i.templateFile = o.value("template").toString().toStdString();
    i.dataFile = o.value("data").toString().toStdString();
    i.formats = stringsFrom(o.value("formats"));
    i.warnings = messagesFromJson(o.value("warningMessages"), stringsFrom(o.value("warnings")));
    return i;
}

QJsonObject infoToJson(const ShardInfo& i) {
    return QJsonObject{{"plan", QString::fromStdString(i.planHash)},
                       {"shard", i.index},
                       {"shards", i.count},
                       {"plan_jobs", qint64(i.planJobs)},
                       {"started", QString::fromStdString(i.started)},
                       {"finished", QString::fromStdString(i.finished)},
                       {"template", QString::fromStdString(i.templateFile)},
                       {"data", QString::fromStdString(i.dataFile)},
                       {"formats", strings(i.formats)},
                       {"warnings", englishToJson(i.warnings)},
                       {"warningMessages", messagesToJson(i.warnings)},
                       {"version", REELCUT_VERSION}};
}

QString esc(const std::string& s) {
    return QString::fromStdString(s).toHtmlEscaped();
}

// A job's status as the report shows it.
QString statusText(JobStatus status) {
    switch (status) {
    case JobStatus::Done:
        return QCoreApplication::translate("BatchReport", "done");
    case JobStatus::UpToDate:
        return QCoreApplication::translate("BatchReport", "up to date");
    case JobStatus::Failed:
        return QCoreApplication::translate("BatchReport", "failed");
    case JobStatus::Invalid:
        return QCoreApplication::translate("BatchReport", "invalid");
    case JobStatus::Pending:
        break;
    }
    return QCoreApplication::translate("BatchReport", "pending");
}

// The contact sheet, for people: in the language of the process that writes it (the
// translator it installed; reelcut-cli follows the locale); report.json stays English.
QString html(const ShardInfo& info, const MergeSummary& sum, const std::vector<JobReport>& jobs) {
    const auto say = [](const char* text) {
        return QCoreApplication::translate("BatchReport", text);
    };
    // Translators: the language code of this translation, for the page's lang attribute.
    const QString lang = QCoreApplication::translate("BatchReport", "en", "language code");
    QString h;
    h += "<!DOCTYPE html>\n<html lang=\"" + lang.toHtmlEscaped() +
         "\"><head><meta charset=\"utf-8\"><title>" +
         say(QT_TRANSLATE_NOOP("BatchReport", "ReelCut batch report")).toHtmlEscaped() +
         "</title><style>\n"
         "body{font-family:system-ui,sans-serif;margin:24px;background:#111827;color:#e5e7eb}"
         "h1{font-size:20px;margin:0 0 4px}.meta{color:#9ca3af;font-size:13px;margin-bottom:16px}"
         ".totals span{display:inline-block;margin-right:16px;font-weight:600}"
         ".grid{display:flex;flex-wrap:wrap;gap:12px;margin-top:16px}"
         ".card{background:#1f2937;border-radius:8px;padding:8px;width:200px;"
         "border-top:4px solid #6b7280;font-size:12px}"
         ".card.ok{border-top-color:#22c55e}.card.failed,.card.invalid{border-top-color:#ef4444}"
         ".card.pending{border-top-color:#6b7280}.card.warn{border-top-color:#f59e0b}"
         ".thumb{width:200px;height:200px;display:flex;align-items:center;justify-content:center;"
         "background:#000;border-radius:4px;overflow:hidden}"
         ".thumb img{max-width:200px;max-height:200px}.name{font-weight:600;margin:6px 0 2px;"
         "word-break:break-all}.name a{color:#93c5fd}.status{text-transform:uppercase;"
         "font-weight:700;font-size:11px}.error{color:#fca5a5;margin-top:4px}"
         ".warning{color:#fcd34d;margin-top:4px}\n</style></head><body>\n";
    h += "<h1>" + say(QT_TRANSLATE_NOOP("BatchReport", "Batch report")).toHtmlEscaped() +
         "</h1><div class=\"meta\">" + esc(info.templateFile) + " &times; " + esc(info.dataFile) +
         " &middot; " + esc(info.finished) + " &middot; ReelCut " + REELCUT_VERSION + "</div>\n";
    h += "<div class=\"totals\"><span>" +
         say(QT_TRANSLATE_NOOP("BatchReport", "%1 videos")).arg(sum.total) + "</span><span>" +
         say(QT_TRANSLATE_NOOP("BatchReport", "%1 done")).arg(sum.ok) + "</span><span>" +
         say(QT_TRANSLATE_NOOP("BatchReport", "%1 failed")).arg(sum.failed) + "</span><span>" +
         say(QT_TRANSLATE_NOOP("BatchReport", "%1 invalid")).arg(sum.invalid) + "</span><span>" +
         say(QT_TRANSLATE_NOOP("BatchReport", "%1 pending")).arg(sum.pending) + "</span></div>\n";
    if (!sum.missingShards.empty()) {
        QStringList m;
        for (int s : sum.missingShards) {
            m << QString::number(s);
        }
        h += "<p class=\"error\">" +
             say(QT_TRANSLATE_NOOP("BatchReport", "Shards not reported yet: %1 (of %2)"))
                 .arg(m.join(", "))
                 .arg(sum.shardCount)
                 .toHtmlEscaped() +
             "</p>\n";
    }
    for (const Message& w : info.warnings) {
        h += "<p class=\"warning\">" + w.translated().toHtmlEscaped() + "</p>\n";
    }
    h += "<div class=\"grid\">\n";
    for (const JobReport& j : jobs) {
        QString cls = j.ok() ? (j.warnings.empty() ? "ok" : "warn") : jobStatusName(j.status);
        h += "<div class=\"card " + cls + "\"><div class=\"thumb\">";
        if (!j.thumbnail.empty()) {
            h += "<img loading=\"lazy\" src=\"" + esc(j.thumbnail) + "\" alt=\"\">";
        }
        h += "</div><div class=\"name\">";
        h += j.ok() ? "<a href=\"" + esc(j.output) + "\">" + esc(j.output) + "</a>"
                    : (j.output.empty()
                           ? say(QT_TRANSLATE_NOOP("BatchReport", "(no name)")).toHtmlEscaped()
                           : esc(j.output));
        h += "</div><div>" + say(QT_TRANSLATE_NOOP("BatchReport", "row %1")).arg(j.row) +
             QStringLiteral(" &middot; %1 &middot; %2 &middot; %3 s</div>")
                 .arg(esc(j.ratio), esc(j.preset))
                 .arg(j.duration, 0, 'f', 1);
        h += "<div class=\"status\">" + statusText(j.status).toHtmlEscaped() + "</div>";
        if (!j.errors.empty()) {
            h += "<div class=\"error\">" +
                 joinedTranslated(j.errors, QStringLiteral("; ")).toHtmlEscaped() + "</div>";
        }
        for (const Message& w : j.warnings) {
            h += "<div class=\"warning\">" + w.translated().toHtmlEscaped() + "</div>";
        }
        h += "</div>\n";
    }
    h += "</div></body></html>\n";
    return h;
}

// An exclusive lock on a file in the state folder for as long as it lives (flock works
// across machines on NFS v4 and Lustre, where shards share the output folder).
class FolderLock {
public:
    explicit FolderLock(const fs::path& file) {
        fd_ = ::open(file.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
        if (fd_ < 0 || ::flock(fd_, LOCK_EX) != 0) {
            throw Error(Message(QT_TRANSLATE_NOOP3("Engine", "%1: cannot lock: %2", "batch.lock"))
                            .arg(file.string())
                            .arg(std::strerror(errno)));
        }
    }
    ~FolderLock() {
        if (fd_ >= 0) {
            ::flock(fd_, LOCK_UN);
            ::close(fd_);
        }
    }
    FolderLock(const FolderLock&) = delete;
    FolderLock& operator=(const FolderLock&) = delete;

private:
    int fd_ = -1;
};

} // namespace

QJsonObject jobToJson(const JobReport& j) {
    QJsonObject o{{"index", qint64(j.index)},
                  {"row", j.row},
                  {"ratio", QString::fromStdString(j.ratio)},
                  {"preset", QString::fromStdString(j.preset)},
                  {"output", QString::fromStdString(j.output)},
                  {"status", jobStatusName(j.status)},
                  {"duration", j.duration},
                  {"seconds", j.seconds},
                  {"warnings", englishToJson(j.warnings)},
                  {"warningMessages", messagesToJson(j.warnings)}};
    if (!j.errors.empty()) {
        o["error"] = QString::fromStdString(j.errorText());
        o["errorMessages"] = messagesToJson(j.errors);
    }
    if (!j.thumbnail.empty()) {
        o["thumbnail"] = QString::fromStdString(j.thumbnail);
    }
    if (!j.sha256.empty()) {
        o["sha256"] = QString::fromStdString(j.sha256);
    }
    return o;
}

JobReport jobFromJson(const QJsonObject& o) {
    JobReport j;
    j.index = std::size_t(o.value("index").toInteger());
    j.row = o.value("row").toInt();
    j.ratio = o.value("ratio").toString().toStdString();
    j.preset = o.value("preset").toString().toStdString();
    j.output = o.value("output").toString().toStdString();
    jobStatusFromName(o.value("status").toString().toStdString(), j.status);
    const std::string error = o.value("error").toString().toStdString();
    j.errors = messagesFromJson(o.value("errorMessages"),
                                error.empty() ? std::vector<std::string>{} : std::vector{error});
    j.warnings = messagesFromJson(o.value("warningMessages"), stringsFrom(o.value("warnings")));
    j.duration = o.value("duration").toDouble();
    j.seconds = o.value("seconds").toDouble();
    j.thumbnail = o.value("thumbnail").toString().toStdString();
    j.sha256 = o.value("sha256").toString().toStdString();
    return j;
}

QJsonObject reportJson(const ShardInfo& info, const std::vector<JobReport>& jobs) {
    QJsonObject o = infoToJson(info);
    QJsonArray a;
    for (const JobReport& j : jobs) {
        a.append(jobToJson(j));
    }
    o["jobs"] = a;
    return o;
}

void writeShardReport(const fs::path& outDir, const ShardInfo& info,
                      const std::vector<JobReport>& jobs) {
    const fs::path file = stateDirFor(outDir) / ("report-" + std::to_string(info.index) + "-of-" +
                                                 std::to_string(info.count) + ".json");
    writeFileAtomically(file,
                        QJsonDocument(reportJson(info, jobs)).toJson(QJsonDocument::Indented));
}

MergeSummary mergeReports(const fs::path& outDir) {
    const fs::path state = stateDirFor(outDir);
    boost::system::error_code ec;
    if (!fs::is_directory(state, ec)) {
        throw Error(
            Message(QT_TRANSLATE_NOOP3("Engine", "%1: no batch has run here (no .reelcut-batch)",
                                       "batch.no-batch-here"))
                .arg(outDir.string()));
    }
    FolderLock lock(state / "merge.lock");
    struct ShardFile {
        ShardInfo info;
        QJsonArray jobs;
    };
    std::vector<ShardFile> shards;
    for (fs::directory_iterator it(state, ec), end; !ec && it != end; it.increment(ec)) {
        const std::string name = it->path().filename().string();
        if (name.rfind("report-", 0) != 0 || it->path().extension() != ".json") {
            continue;
        }
        QFile f(QString::fromStdString(it->path().string()));
        if (!f.open(QIODevice::ReadOnly)) {
            continue;
        }
        const QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
        if (o.isEmpty()) {
            continue;
        }
        shards.push_back({infoFromJson(o), o.value("jobs").toArray()});
    }
    if (shards.empty()) {
        throw Error(Message(QT_TRANSLATE_NOOP3("Engine", "%1: no shard has reported yet",
                                               "batch.no-shard-reports"))
                        .arg(outDir.string()));
    }
    // The newest run decides the plan and the number of shards; reports of other plans
    // (an earlier template or data file) or shard counts are left out.
    const auto newest =
        std::max_element(shards.begin(), shards.end(), [](const auto& a, const auto& b) {
            return a.info.finished < b.info.finished;
        });
    const ShardInfo current = newest->info;
    MergeSummary sum;
    sum.shardCount = current.count;
    sum.total = current.planJobs;
    std::map<std::size_t, JobReport> jobs;
    std::set<int> seen;
    std::vector<Message> warnings;
    for (const ShardFile& s : shards) {
        if (s.info.planHash != current.planHash || s.info.count != current.count) {
            continue;
        }
        seen.insert(s.info.index);
        for (const QJsonValue& v : s.jobs) {
            JobReport j = jobFromJson(v.toObject());
            jobs[j.index] = std::move(j);
        }
        for (const Message& w : s.info.warnings) {
            if (std::find(warnings.begin(), warnings.end(), w) == warnings.end()) {
                warnings.push_back(w);
            }
        }
    }
    for (int i = 0; i < current.count; ++i) {
        if (seen.count(i) == 0) {
            sum.missingShards.push_back(i);
        }
    }
    std::vector<JobReport> list;
    for (auto& [index, j] : jobs) {
        switch (j.status) {
        case JobStatus::Done:
        case JobStatus::UpToDate:
            ++sum.ok;
            break;
        case JobStatus::Failed:
            ++sum.failed;
            break;
        case JobStatus::Invalid:
            ++sum.invalid;
            break;
        case JobStatus::Pending:
            ++sum.pending;
            break;
        }
        list.push_back(std::move(j));
    }
    sum.pending += sum.total > list.size() ? sum.total - list.size() : 0;

    ShardInfo merged = current;
    merged.index = 0;
    merged.warnings = warnings;
    QJsonObject report = reportJson(merged, list);
    report.remove("shard");
    report["totals"] = QJsonObject{{"jobs", qint64(sum.total)},
                                   {"ok", qint64(sum.ok)},
                                   {"failed", qint64(sum.failed)},
                                   {"invalid", qint64(sum.invalid)},
                                   {"pending", qint64(sum.pending)}};
    QJsonArray missing;
    for (int m : sum.missingShards) {
        missing.append(m);
    }
    report["missing_shards"] = missing;
    report["complete"] = sum.complete();
    writeFileAtomically(outDir / "report.json",
                        QJsonDocument(report).toJson(QJsonDocument::Indented));
    writeFileAtomically(outDir / "report.html", html(merged, sum, list).toUtf8());

    // The manifest: for each output of this report, the record that proves it.
    const Manifest manifest = Manifest::load(outDir);
    std::map<std::pair<std::string, std::string>, const ManifestRecord*> byOutput;
    for (const ManifestRecord& r : manifest.records()) {
        byOutput[{r.output, r.sha256}] = &r; // newest last, so the newest wins
    }
    QJsonArray records;
    for (const JobReport& j : list) {
        if (!j.ok()) {
            continue;
        }
        if (auto it = byOutput.find({j.output, j.sha256}); it != byOutput.end()) {
            records.append(
                QJsonDocument::fromJson(QByteArray::fromStdString(recordToJsonLine(*it->second)))
                    .object());
        }
    }
    writeFileAtomically(
        outDir / "manifest.json",
        QJsonDocument(QJsonObject{{"version", REELCUT_VERSION},
                                  {"plan", QString::fromStdString(current.planHash)},
                                  {"outputs", records}})
            .toJson(QJsonDocument::Indented));
    return sum;
}

} // namespace reelcut::batch
