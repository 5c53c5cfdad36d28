#pragma once

#include "analysis/analysis_store.h"
#include "audio/beat_analysis.h"

#include <QJsonObject>

namespace reelcut {

QJsonObject beatAnalysisToJson(const BeatAnalysis& a);
// Throws std::runtime_error when the object is not a beat analysis.
BeatAnalysis beatAnalysisFromJson(const QJsonObject& o);

// The beats of `media`: from the store when it holds them for this content and analysis
// version, else analysed (and stored). `fromCache`, when given, tells which. Throws
// MediaError when the file cannot be decoded.
BeatAnalysis cachedBeatAnalysis(const boost::filesystem::path& media, const AnalysisStore& store,
                                bool force = false, bool* fromCache = nullptr);

} // namespace reelcut
