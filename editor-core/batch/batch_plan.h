#pragma once

// The work of a batch: every data row in every output format, in a fixed order, each
// with its output name; and the share of it one shard renders. Every shard computes the
// same plan from the same inputs, so shards agree on names without talking.

#include "batch/batch_template.h"
#include "batch/data_rows.h"
#include "batch/format_layout.h"
#include "batch/substitute.h"

#include <boost/filesystem/path.hpp>
#include <optional>
#include <string>
#include <vector>

namespace reelcut::batch {

struct BatchOptions {
    boost::filesystem::path templateFile;
    boost::filesystem::path dataFile;
    boost::filesystem::path outDir;
    boost::filesystem::path brandFile; // replaces the template's own kit when set
    std::string ratios;                // "9:16,1:1"; empty: the preset's shape
    std::string presetId;              // empty: each ratio's own preset
    std::string namePattern = "{{row}}_{{ratio}}.mp4";
    int jobs = 1; // renders at once; 0: one per core
    int shardIndex = 0;
    int shardCount = 1;
    bool resume = false;
    bool dryRun = false;
    bool normalizeLoudness = false;
    // Keep each job's final project (.reelcut-batch/projects/NAME.reelcut): what exactly
    // was rendered, to open in the editor when a video looks wrong.
    bool saveProjects = false;
};

struct PlannedJob {
    std::size_t index = 0; // position in the whole plan
    std::size_t row = 0;   // index into the data's rows
    std::size_t format = 0;
    std::string output; // relative to the output folder; empty when the name was refused
    std::optional<Message> nameError; // why the name was refused
};

struct BatchPlan {
    BatchTemplate tpl;
    DataSet data;
    std::vector<OutputFormat> formats;
    // Values per data row. makePlan fills in only what output names need (values as given,
    // defaults); resolveRows checks the rows a shard renders (media probed...).
    std::vector<RowValues> rows;
    std::vector<bool> resolved;
    std::vector<PlannedJob> jobs;
    std::vector<Message> warnings; // for the whole batch (unused columns...)
    std::string planHash;          // template, data, formats and names
    bool normalizeLoudness = false;
};

// Loads the template and data and lays out every job. Rows' values are checked here
// (errors stay with the row); a template, data file or option that makes the whole batch
// impossible throws (ProjectError, DataError, InvalidRequest).
BatchPlan makePlan(const BatchOptions& options);

// Jobs [begin, end) of the plan that shard `index` of `count` renders: contiguous, sizes
// differing by at most one, together covering every job exactly once.
struct ShardRange {
    std::size_t begin = 0;
    std::size_t end = 0;
};
ShardRange shardRange(std::size_t jobs, int index, int count);

// Checks the values of every row that has a job in [range): media probed, types and limits.
void resolveRows(BatchPlan& plan, const ShardRange& range, MediaFacts& media);

// The built-in token values of a job.
Builtins builtinsFor(const BatchPlan& plan, const PlannedJob& job);

// Parses "I/N" (0-based I). Returns false on a malformed or out-of-range value.
bool parseShard(const std::string& text, int& index, int& count);

} // namespace reelcut::batch
