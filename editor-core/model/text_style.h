#pragma once

#include <cstdint>
#include <string>

namespace reelcut {

enum class TextAlign { Left, Center, Right };

// How a text clip looks. Sizes are in pixels of the project canvas (a 1080x1920 canvas
// with fontSize 72 has 72 px text; a 540x960 preview draws it at 36 px).
struct TextStyle {
    std::string fontFamily = "Lato";
    double fontSize = 72;
    bool bold = true;
    bool italic = false;
    std::uint32_t color = 0xffffffff; // ARGB

    double strokeWidth = 0; // outline around the letters
    std::uint32_t strokeColor = 0xff000000;

    std::uint32_t shadowColor = 0x00000000; // transparent: no shadow
    double shadowOffsetX = 0;
    double shadowOffsetY = 0;
    double shadowBlur = 0;

    std::uint32_t boxColor = 0x00000000; // transparent: no background box
    double boxPadding = 0;
    double boxRadius = 0;

    TextAlign align = TextAlign::Center;
    double lineSpacing = 1.0; // multiple of the font's line height
    double letterSpacing = 0; // extra pixels between letters
    double wrapWidth = 0.8;   // lines wrap at this fraction of the canvas width
    // Auto-fit: when fitHeight > 0 the text must fit a box wrapWidth wide and fitHeight
    // (fraction of the canvas height) tall; the font shrinks from fontSize down to
    // minFontSize (and wraps) until it does.
    double fitHeight = 0;
    double minFontSize = 0;

    friend bool operator==(const TextStyle&, const TextStyle&) = default;
};

// In and out animations of text and stickers ("in" plays from the clip's start,
// "out" ends at its end; out animations mirror the in ones).
enum class AnimationType {
    None,
    Fade,
    Pop,
    SlideLeft,
    SlideRight,
    SlideUp,
    SlideDown,
    Typewriter,
    Bounce
};

struct ClipAnimation {
    AnimationType type = AnimationType::None;
    double duration = 0.5; // seconds

    friend bool operator==(const ClipAnimation&, const ClipAnimation&) = default;
};

const char* animationName(AnimationType type);
bool animationFromName(const std::string& name, AnimationType& out);

} // namespace reelcut
