#pragma once

#include "model/text_style.h"

#include <string>
#include <vector>

namespace reelcut {

// One-click looks for text, as short-video apps offer them.
struct TextPreset {
    std::string id;
    const char* name; // English, marked QT_TRANSLATE_NOOP("TextPreset", ...) for lupdate;
                      // shown through QCoreApplication::translate("TextPreset", ...)
    TextStyle style;
    ClipAnimation animationIn;
    ClipAnimation animationOut;
};

const std::vector<TextPreset>& builtinTextPresets();
const TextPreset* findTextPreset(const std::string& id);

} // namespace reelcut
