#pragma once

// What a batch made, for people: report.json (per row and format: status, output,
// duration, warnings, error) and report.html, a contact sheet with a thumbnail of every
// output, so 300 videos are checked on one page. Each shard writes its own report file;
// merging them (after every shard, and by `reelcut-cli batch-report`) writes the folder's
// report.json, report.html and manifest.json.

#include "batch/batch_runner.h"

#include <QJsonObject>
#include <boost/filesystem/path.hpp>
#include <string>
#include <vector>

namespace reelcut::batch {

struct ShardInfo {
    std::string planHash;
    int index = 0;
    int count = 1;
    std::size_t planJobs = 0; // jobs of the whole batch
    std::string started;
    std::string finished;
    std::string templateFile;
    std::string dataFile;
    std::vector<std::string> formats;
    std::vector<Message> warnings;
};

// .reelcut-batch/report-I-of-N.json, written atomically.
void writeShardReport(const boost::filesystem::path& outDir, const ShardInfo& info,
                      const std::vector<JobReport>& jobs);

struct MergeSummary {
    std::size_t total = 0; // jobs of the batch
    std::size_t ok = 0;    // done or up to date
    std::size_t failed = 0;
    std::size_t invalid = 0;
    std::size_t pending = 0; // not reported by any shard yet
    std::vector<int> missingShards;
    int shardCount = 0;
    bool complete() const { return total > 0 && ok == total; }
};

// Merges the newest run's shard reports and every manifest into report.json, report.html
// and manifest.json in the output folder (under a lock, so shards finishing together
// leave the complete picture). Throws std::runtime_error when there is no report at all.
MergeSummary mergeReports(const boost::filesystem::path& outDir);

// A report of jobs as JSON (the same shape as report.json), e.g. for a dry run's --report.
// Problems are written twice: in English ("error", "warnings", as every version wrote
// them) and as messages ("errorMessages", "warningMessages": ids and values, for scripts
// and for showing them translated). Reading a report without the messages (an older one)
// takes the English texts as they are.
QJsonObject reportJson(const ShardInfo& info, const std::vector<JobReport>& jobs);
JobReport jobFromJson(const QJsonObject& o);
// One job's entry of a report (and of `reelcut-cli batch --progress json` job events).
QJsonObject jobToJson(const JobReport& j);

} // namespace reelcut::batch
