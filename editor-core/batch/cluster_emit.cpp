#include "batch/cluster_emit.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QString>

namespace reelcut::batch {

std::string shellQuote(const std::string& arg) {
    if (!arg.empty() && arg.find_first_not_of("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
                                              "0123456789_-./:=,+@%") == std::string::npos) {
        return arg;
    }
    std::string out = "'";
    for (char c : arg) {
        out += c == '\'' ? std::string("'\\''") : std::string(1, c);
    }
    return out + "'";
}

namespace {

// A YAML flow scalar: JSON strings are valid YAML.
std::string yamlString(const std::string& s) {
    const QJsonArray a{QString::fromStdString(s)};
    const QByteArray j = QJsonDocument(a).toJson(QJsonDocument::Compact);
    return j.mid(1, j.size() - 2).toStdString();
}

} // namespace

std::string slurmScript(const ClusterJob& job) {
    std::string cmd = shellQuote(job.cli) + " batch";
    for (const std::string& a : job.batchArgs) {
        cmd += " " + shellQuote(a);
    }
    std::string s;
    s += "#!/bin/bash\n";
    s += "# ReelCut batch as a Slurm job array: task i renders shard i of " +
         std::to_string(job.tasks) + ".\n";
    s += "# Submit:   sbatch " + shellQuote(job.outDir + "/batch.sbatch") + "\n";
    s += "# Retry:    sbatch --array=3,7 " + shellQuote(job.outDir + "/batch.sbatch") +
         "   (failed tasks only; --resume skips what is done)\n";
    s += "# Report:   each task merges the reports when it ends; or run\n";
    s += "#           " + shellQuote(job.cli) + " batch-report " + shellQuote(job.outDir) + "\n";
    s += "#SBATCH --job-name=" + job.name + "\n";
    s += "#SBATCH --array=0-" + std::to_string(job.tasks - 1) +
         (job.parallel > 0 ? "%" + std::to_string(job.parallel) : std::string()) + "\n";
    s += "#SBATCH --cpus-per-task=" + std::to_string(job.cpusPerTask) + "\n";
    s += "#SBATCH --mem=" + job.memory + "\n";
    s += "#SBATCH --time=" + job.timeLimit + "\n";
    s += "#SBATCH --output=" + job.outDir + "/logs/task-%a.log\n";
    s += "#SBATCH --requeue\n";
    s += "set -euo pipefail\n";
    s += "# SLURM_ARRAY_TASK_ID and SLURM_ARRAY_TASK_COUNT pick this task's shard.\n";
    s += "exec " + cmd + "\n";
    return s;
}

std::string kubernetesJob(const ClusterJob& job) {
    std::string args = "[" + yamlString("batch");
    for (const std::string& a : job.batchArgs) {
        args += ", " + yamlString(a);
    }
    args += ", " + yamlString("--shard-count") + ", " + yamlString(std::to_string(job.tasks)) + "]";
    const std::string parallel = std::to_string(job.parallel > 0 ? job.parallel : job.tasks);
    std::string y;
    y += "# ReelCut batch as a Kubernetes Indexed Job: pod i renders shard i of " +
         std::to_string(job.tasks) + " (JOB_COMPLETION_INDEX).\n";
    y += "# kubectl apply -f batch-job.yaml; a failed pod is retried and resumes.\n";
    y += "apiVersion: batch/v1\nkind: Job\nmetadata:\n  name: " + job.name + "\n";
    y += "spec:\n  completionMode: Indexed\n";
    y += "  completions: " + std::to_string(job.tasks) + "\n";
    y += "  parallelism: " + parallel + "\n";
    y += "  backoffLimit: " + std::to_string(job.tasks * 3) + "\n";
    y += "  template:\n    spec:\n      restartPolicy: OnFailure\n      containers:\n";
    y += "        - name: reelcut\n          image: " + yamlString(job.image) + "\n";
    y += "          command: [" + yamlString(job.cli) + "]\n";
    y += "          args: " + args + "\n";
    y += "          resources:\n            requests:\n              cpu: \"" +
         std::to_string(job.cpusPerTask) + "\"\n              memory: " + job.memory + "\n";
    y += "            limits:\n              memory: " + job.memory + "\n";
    y += "          volumeMounts:\n            - name: work\n              mountPath: " +
         yamlString(job.mountPath) + "\n";
    y += "      volumes:\n        - name: work\n          persistentVolumeClaim:\n"
         "            claimName: " +
         yamlString(job.volumeClaim) + "\n";
    return y;
}

} // namespace reelcut::batch
