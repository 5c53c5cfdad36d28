#pragma once

#include <QStringList>

namespace reelcut::cli {

// reelcut-cli batch TEMPLATE --data ROWS -o OUTDIR [...]: templates x rows x formats.
int batchCommand(const QStringList& args);
// reelcut-cli batch-report OUTDIR: merges the shards' reports and manifests.
int batchReportCommand(const QStringList& args);

} // namespace reelcut::cli
