#include "progress_output.h"

#include <QJsonDocument>
#include <cmath>
#include <cstdio>

namespace reelcut::cli {

std::optional<ProgressMode> progressModeFromName(const QString& name) {
    if (name == QLatin1String("text")) {
        return ProgressMode::Text;
    }
    if (name == QLatin1String("json")) {
        return ProgressMode::Json;
    }
    if (name == QLatin1String("none")) {
        return ProgressMode::None;
    }
    return std::nullopt;
}

void ProgressOutput::update(const QString& stage, double percent, double fps, double etaSeconds,
                            const QJsonObject& extra) {
    if (mode_ == ProgressMode::None) {
        return;
    }
    if (mode_ == ProgressMode::Json) {
        QJsonObject o = extra;
        o.insert(QStringLiteral("stage"), stage);
        // Rounded: scripts compare and print these, and 13 digits help nobody.
        o.insert(QStringLiteral("percent"), std::round(percent * 10) / 10);
        o.insert(QStringLiteral("fps"), std::round(fps * 10) / 10);
        o.insert(QStringLiteral("eta"), std::round(etaSeconds * 10) / 10);
        event(o);
        return;
    }
    const int whole = static_cast<int>(percent);
    if (whole == lastPercent_ && stage == lastStage_) {
        return;
    }
    lastPercent_ = whole;
    lastStage_ = stage;
    lineOpen_ = true;
    // Progress is on stderr so that stdout stays the command's result.
    std::fprintf(stderr, "\r%s %3d%%  %5.1f fps  ETA %4.0f s",
                 stage == "render" ? "rendering" : qPrintable(stage), whole, fps, etaSeconds);
    std::fflush(stderr);
}

void ProgressOutput::event(const QJsonObject& object) {
    if (mode_ != ProgressMode::Json) {
        return;
    }
    const QByteArray line = QJsonDocument(object).toJson(QJsonDocument::Compact);
    std::fwrite(line.constData(), 1, size_t(line.size()), stdout);
    std::fputc('\n', stdout);
    // Line by line: a reader waiting on a pipe sees each event as it happens.
    std::fflush(stdout);
}

void ProgressOutput::endLine() {
    if (lineOpen_) {
        std::fputs("\n", stderr);
        std::fflush(stderr);
        lineOpen_ = false;
    }
}

} // namespace reelcut::cli
