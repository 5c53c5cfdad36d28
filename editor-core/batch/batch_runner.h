#pragma once

// Runs a batch (or one shard of it): checks every job first, then renders those that are
// valid and not already done, several at once, each written under a staged name,
// recorded in the manifest and only then moved into place. One job's failure never stops
// the others; a killed run, started again with resume, makes exactly what is missing.

#include "batch/batch_plan.h"
#include "batch/content_hash.h"
#include "batch/media_check.h"
#include "io/output_file.h"
#include "util/message_list.h"

#include <QImage>
#include <atomic>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace reelcut::batch {

enum class JobStatus {
    Done,     // rendered by this run
    UpToDate, // already rendered from the same inputs (resume)
    Failed,   // valid, but rendering failed
    Invalid,  // refused before rendering (the error says why)
    Pending,  // not rendered yet (a dry run, or cancelled)
};
const char* jobStatusName(JobStatus status);
bool jobStatusFromName(const std::string& name, JobStatus& out);

struct JobReport {
    std::size_t index = 0; // in the whole plan
    int row = 0;           // 1-based data row
    std::string ratio;
    std::string preset;
    std::string output; // relative to the output folder
    JobStatus status = JobStatus::Pending;
    std::vector<Message> errors; // why it is invalid or failed
    std::vector<Message> warnings;
    double seconds = 0;    // render time
    double duration = 0;   // of the video
    std::string thumbnail; // relative to the output folder
    std::string sha256;    // of the output file
    bool ok() const { return status == JobStatus::Done || status == JobStatus::UpToDate; }
    // The errors as one English text (logs, the CLI, report files).
    std::string errorText() const { return joinedEnglish(errors); }
};

// A job's project, built and checked: everything validation knows without rendering.
struct PreparedJob {
    std::optional<Project> project; // laid out for its format, brand kit applied
    std::vector<Message> errors;
    std::vector<Message> warnings;
    std::string inputsHash; // empty when the job is invalid
};

// Builds and checks one job: the row's values, the substitution, the layout for the
// format, media present and readable, text fitting its box, the length within the
// preset's limits, the output name. `hashes` may be null (no inputs hash then).
PreparedJob prepareJob(const BatchPlan& plan, const PlannedJob& job, MediaFacts& media,
                       ContentHashCache* hashes);

struct RunEvents {
    // A job finished (any status); called from worker threads, one at a time.
    std::function<void(const JobReport&, std::size_t finished, std::size_t total)> onJob;
    // A render's progress, 0..100; from worker threads, one at a time.
    std::function<void(const JobReport&, double percent)> onProgress;
};

class BatchRunner {
public:
    // Loads the template and data and plans the jobs; throws when that is impossible.
    explicit BatchRunner(BatchOptions options);

    const BatchPlan& plan() const { return plan_; }
    const BatchOptions& options() const { return options_; }
    ShardRange range() const { return range_; }
    int workers() const { return workers_; }
    // What the batch reads (template, data, brand kit): no output of it may be one of them.
    const RunInputs& inputs() const { return inputs_; }

    // Checks every job of this shard; renders nothing and writes nothing.
    std::vector<JobReport> validate(const RunEvents& events = {});
    // Checks, then renders; writes the shard's report and merges the folder's reports.
    // Returns every job of this shard.
    std::vector<JobReport> run(const RunEvents& events = {},
                               const std::atomic<bool>* cancel = nullptr);

    // A small picture of a job's project at mid-time (for the GUI and invalid jobs).
    QImage preview(std::size_t jobIndex, int height);

private:
    JobReport baseReport(const PlannedJob& job) const;
    // Adds an error to `prepared` when the job's output is a file the batch or the job
    // reads (the template's or a row's media in the output folder under that name).
    void checkJobOutput(const PlannedJob& job, PreparedJob& prepared) const;
    void renderJob(const PlannedJob& job, Project project, const std::string& inputs,
                   JobReport& report, const RunEvents& events, std::mutex& eventMutex,
                   class ManifestWriter& manifest, const std::atomic<bool>* cancel);

    BatchOptions options_;
    BatchPlan plan_;
    ShardRange range_;
    int workers_ = 1;
    MediaFacts media_;
    ContentHashCache hashes_;
    RunInputs inputs_;
};

// Processors this process may run on (the affinity mask, so a Slurm or container CPU
// limit is honoured).
int availableCores();

} // namespace reelcut::batch
