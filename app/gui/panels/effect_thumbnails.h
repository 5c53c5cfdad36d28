#pragma once

#include <QImage>
#include <QSize>
#include <string>

namespace reelcut::gui {

inline const QSize kEffectThumbSize(64, 64);

// A small picture of what an effect does. Colour and blur effects run on a generated
// scene (sky, sun, hills) with their default parameters; face effects need a real face
// for the tracker, so theirs is an illustrated face with the effect's mark (a face
// sticker, landmark dots, a pixel mask...). Thread-safe; slow ones are made off the GUI
// thread by EffectsTab.
QImage effectThumbnail(const std::string& effectId);

} // namespace reelcut::gui
