#pragma once

// Small conversions between Qt's types and the core's, shared by the GUI's files.

#include "time/rational.h"
#include "util/message.h"

#include <QString>
#include <boost/filesystem/path.hpp>
#include <cstdint>

namespace reelcut::gui {

inline boost::filesystem::path toPath(const QString& s) {
    return boost::filesystem::path(s.toStdString());
}
inline QString toQString(const boost::filesystem::path& p) {
    return QString::fromStdString(p.string());
}
inline QString fileName(const std::string& path) {
    return QString::fromStdString(boost::filesystem::path(path).filename().string());
}

// The start of the frame nearest to t: every edit the GUI makes lands on a frame.
inline Time snapToFrame(const Time& t, const FrameRate& rate) {
    return frameTime((t * rate).roundMul(1), rate);
}
inline Time timeFromSeconds(double seconds, const FrameRate& rate) {
    return snapToFrame(Rational::fromDouble(seconds, 1000000), rate);
}

// What went wrong, in the editor's language: an engine error's message translated, any
// other exception's text as it is.
inline QString errorText(const std::exception& e) {
    return messageOf(e).translated();
}

// "HH:MM:SS:FF", the editor convention for a frame position.
QString frameTimecode(std::int64_t frame, const FrameRate& rate);
// "0:05" / "1:02:03", for durations shown on clips and in the bin.
QString shortDuration(double seconds);

} // namespace reelcut::gui
