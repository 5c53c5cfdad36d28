#include "batch/batch_plan.h"

#include "batch/content_hash.h"
#include "batch/output_name.h"

#include <QJsonDocument>
#include <map>
#include <set>

namespace reelcut::batch {

namespace {

std::string padded(std::size_t n, std::size_t total) {
    std::string s = std::to_string(n);
    const std::size_t width = std::max<std::size_t>(4, std::to_string(total).size());
    return std::string(width > s.size() ? width - s.size() : 0, '0') + s;
}

} // namespace

Builtins builtinsFor(const BatchPlan& plan, const PlannedJob& job) {
    const OutputFormat& f = plan.formats[job.format];
    return Builtins{{kRowToken, padded(plan.data.rows[job.row].number, plan.data.rows.size())},
                    {kRatioToken, f.tag},
                    {kPresetToken, f.preset.id}};
}

BatchPlan makePlan(const BatchOptions& options) {
    BatchPlan plan;
    std::optional<Message> error;
    plan.formats = parseFormats(options.ratios, options.presetId, error);
    if (plan.formats.empty()) {
        throw InvalidRequest(error.value_or(verbatim("no output format")));
    }
    plan.tpl = loadBatchTemplate(options.templateFile, options.brandFile);
    plan.data = loadData(options.dataFile);
    if (plan.data.rows.empty()) {
        throw DataError(Message(QT_TRANSLATE_NOOP3("Engine", "%1: no data rows", "batch.no-rows"))
                            .arg(plan.data.file.filename().string()));
    }
    for (const std::string& column : plan.data.columns) {
        if (plan.tpl.spec.field(column) == nullptr) {
            plan.warnings.push_back(
                Message(QT_TRANSLATE_NOOP3("Engine",
                                           "the column \"%1\" is not a field of the template and "
                                           "is not used",
                                           "batch.column-unused"))
                    .arg(column));
        }
    }
    for (const FieldSpec& f : plan.tpl.spec.fields) {
        if (std::find(plan.data.columns.begin(), plan.data.columns.end(), f.name) ==
                plan.data.columns.end() &&
            !f.defaultValue && f.required) {
            plan.warnings.push_back(
                Message(QT_TRANSLATE_NOOP3("Engine",
                                           "the data has no column \"%1\", which the template "
                                           "requires",
                                           "batch.column-missing"))
                    .arg(f.name));
        }
    }
    plan.rows.reserve(plan.data.rows.size());
    for (const DataRow& row : plan.data.rows) {
        RowValues v;
        for (const FieldSpec& f : plan.tpl.spec.fields) {
            const auto it = row.values.find(f.name);
            v.raw[f.name] = it == row.values.end() ? std::string() : it->second;
            v.values[f.name] = f.defaultValue.value_or(std::string());
        }
        plan.rows.push_back(std::move(v));
    }
    plan.resolved.assign(plan.rows.size(), false);
    // Names for every job of every shard, so that a collision is found the same way by
    // all of them: the later job in plan order is refused.
    std::map<std::string, std::size_t> taken; // lower-cased name -> job index
    std::string names;
    for (std::size_t r = 0; r < plan.data.rows.size(); ++r) {
        for (std::size_t f = 0; f < plan.formats.size(); ++f) {
            PlannedJob job;
            job.index = plan.jobs.size();
            job.row = r;
            job.format = f;
            std::optional<Message> expandError;
            const std::string expanded = expandPattern(options.namePattern, plan.rows[r],
                                                       builtinsFor(plan, job), expandError);
            if (expandError) {
                throw InvalidRequest(*expandError);
            }
            const CheckedName name = checkOutputName(expanded);
            if (!name.ok()) {
                job.nameError = name.error;
            } else {
                // Case-insensitive: the outputs may land on a case-insensitive share.
                QString folded = QString::fromStdString(name.path).toLower();
                const auto [it, fresh] = taken.emplace(folded.toStdString(), job.index);
                if (!fresh) {
                    const PlannedJob& first = plan.jobs[it->second];
                    job.nameError = Message(QT_TRANSLATE_NOOP3("Engine",
                                                               "the output name \"%1\" is already "
                                                               "used by row %2 (%3); make the "
                                                               "name pattern unique, e.g. add "
                                                               "{{row}}",
                                                               "batch.name-taken"))
                                        .arg(name.path)
                                        .arg(plan.data.rows[first.row].number)
                                        .arg(plan.formats[first.format].ratio);
                } else {
                    job.output = name.path;
                }
            }
            // The refusal's English text, as before messages were kept: the hash of a plan
            // (which reports belong together) stays what earlier runs wrote.
            names += job.output + "|" + (job.nameError ? job.nameError->english() : "") + "\n";
            plan.jobs.push_back(std::move(job));
        }
    }
    std::string formats;
    for (const OutputFormat& f : plan.formats) {
        formats += f.tag + ":" + f.preset.id + ",";
    }
    std::string data;
    for (const DataRow& row : plan.data.rows) {
        for (const auto& [k, v] : row.values) {
            data += k + "=" + v + "\x1f";
        }
        data += "\x1e";
    }
    plan.planHash =
        sha256Hex(plan.tpl.contentHash + "\n" + sha256Hex(data) + "\n" + formats + "\n" + names)
            .substr(0, 16);
    return plan;
}

void resolveRows(BatchPlan& plan, const ShardRange& range, MediaFacts& media) {
    for (std::size_t j = range.begin; j < range.end && j < plan.jobs.size(); ++j) {
        const std::size_t r = plan.jobs[j].row;
        if (!plan.resolved[r]) {
            plan.rows[r] = resolveRow(plan.tpl, plan.data, plan.data.rows[r], media);
            plan.resolved[r] = true;
        }
    }
}

ShardRange shardRange(std::size_t jobs, int index, int count) {
    const auto n = static_cast<std::size_t>(std::max(1, count));
    const auto i = static_cast<std::size_t>(std::clamp(index, 0, int(n) - 1));
    return ShardRange{jobs * i / n, jobs * (i + 1) / n};
}

bool parseShard(const std::string& text, int& index, int& count) {
    const std::size_t slash = text.find('/');
    if (slash == std::string::npos) {
        return false;
    }
    try {
        std::size_t a = 0, b = 0;
        const int i = std::stoi(text.substr(0, slash), &a);
        const int n = std::stoi(text.substr(slash + 1), &b);
        if (a != slash || b != text.size() - slash - 1 || n < 1 || i < 0 || i >= n) {
            return false;
        }
        index = i;
        count = n;
        return true;
    } catch (const std::exception&) {
        return false;
    }
}

} // namespace reelcut::batch
