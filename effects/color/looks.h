#pragma once

// The built-in looks (CapCut's "filters"): each is a colour function baked into a .cube
// file under resources/luts/ and applied by the LUT effect, so a user can take the same
// file to another editor. `reelcut-make-luts` writes the files from these functions
// (cmake --build build --target generate_luts); tst_luts checks the two agree.

#include "color/cube_lut.h"

#include <array>
#include <string>
#include <vector>

namespace reelcut {

using Rgb = std::array<float, 3>;

struct LookRecipe {
    const char* id;       // file name without .cube: "warm"
    const char* name;     // English, QT_TRANSLATE_NOOP("Effect", ...)
    const char* category; // QT_TRANSLATE_NOOP("EffectCategory", ...)
    Rgb (*grade)(Rgb);    // the look on one colour, components 0..1
};

const std::vector<LookRecipe>& lookRecipes();

inline constexpr int kLookCubeSize = 17;
inline constexpr int kLookDecimals = 5; // 1/100000: far below an 8-bit step

// The look as a 3D LUT of `size` points per axis.
CubeLut makeLookCube(const LookRecipe& look, int size = kLookCubeSize);

// "builtin:luts/<id>.cube"
std::string lookFile(const LookRecipe& look);

// Registers every look into EffectRegistry::instance() (as the LUT effect with its file).
void registerLooks();

} // namespace reelcut
