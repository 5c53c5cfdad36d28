#pragma once

#include <QImage>
#include <QSize>
#include <string>

namespace reelcut::gui {

// A small picture of what a transition does: the transition itself, run on two generated
// scenes (a blue day and a warm sunset) a little before its middle. Thread-safe.
QImage transitionThumbnail(const std::string& transitionId, const QSize& size);

} // namespace reelcut::gui
