#pragma once

// How a long command reports its progress: a line rewritten in place for people at a
// terminal, one JSON object per line for scripts and for the editor, or nothing.

#include <QJsonObject>
#include <QString>
#include <optional>

namespace reelcut::cli {

enum class ProgressMode { Text, Json, None };

// "text", "json" or "none"; nullopt for anything else.
std::optional<ProgressMode> progressModeFromName(const QString& name);

class ProgressOutput {
public:
    explicit ProgressOutput(ProgressMode mode) : mode_(mode) {}
    ~ProgressOutput() { endLine(); }
    ProgressOutput(const ProgressOutput&) = delete;
    ProgressOutput& operator=(const ProgressOutput&) = delete;

    ProgressMode mode() const { return mode_; }
    bool json() const { return mode_ == ProgressMode::Json; }

    // One step of a stage ("analyse", "render", ...). Text mode rewrites its line only when
    // the whole percent changes; JSON mode writes every call it gets (callers throttle).
    void update(const QString& stage, double percent, double fps, double etaSeconds,
                const QJsonObject& extra = {});
    // A JSON event as it is (JSON mode only), e.g. the final {"stage":"done",...}.
    void event(const QJsonObject& object);
    // Text mode: ends the rewritten line so that other output starts on a new one.
    void endLine();

private:
    ProgressMode mode_;
    bool lineOpen_ = false;
    int lastPercent_ = -1;
    QString lastStage_;
};

} // namespace reelcut::cli
