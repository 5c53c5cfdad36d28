#pragma once

// Job files for schedulers that already run the cluster: a Slurm array script and a
// Kubernetes Indexed Job. Each task runs `reelcut-cli batch ... --resume` and finds its
// shard from the index the scheduler gives it (SLURM_ARRAY_TASK_ID, JOB_COMPLETION_INDEX).

#include <string>
#include <vector>

namespace reelcut::batch {

struct ClusterJob {
    std::string cli;                    // the reelcut-cli to run (absolute path or name)
    std::vector<std::string> batchArgs; // TEMPLATE --data ... -o OUTDIR and the options
    std::string outDir;                 // absolute
    int tasks = 4;                      // shards
    int parallel = 0;                   // tasks running at once; 0: all
    int cpusPerTask = 2;
    std::string memory = "2G";
    std::string timeLimit = "02:00:00";
    // Kubernetes
    std::string image = "reelcut:latest";
    std::string volumeClaim = "reelcut-work";
    std::string mountPath; // where the claim is mounted; paths in batchArgs are under it
    std::string name = "reelcut-batch";
};

std::string slurmScript(const ClusterJob& job);
std::string kubernetesJob(const ClusterJob& job);

// Quotes an argument for a POSIX shell.
std::string shellQuote(const std::string& arg);

} // namespace reelcut::batch
