#pragma once

// Auto-fit: the largest font size (from the style's size down to its minimum) at which a
// text, wrapped at word boundaries, fits its box. Used by the renderer for text clips
// with a fit box and by the batch to refuse a data row whose text cannot fit.

#include "model/text_style.h"

#include <QSizeF>
#include <string>

namespace reelcut {

// A text laid out at one size: its block (lines, box padding and outline) and whether
// a word had to be broken inside to fit the wrap width.
struct TextMeasure {
    QSizeF block;
    int lines = 0;
    bool brokeWord = false;
};

// Lays the text out as TextRasterizer draws it, at fontSize canvas pixels with lines
// wrapping at wrapWidth canvas pixels.
TextMeasure measureText(const std::string& text, const TextStyle& style, double fontSize,
                        double wrapWidth);

struct TextFit {
    double fontSize = 0; // the size to draw at
    bool fits = true;    // false: even at the minimum size the text overflows the box
    QSizeF block;        // at fontSize
};

// Fits text into boxWidth x boxHeight canvas pixels, shrinking from style.fontSize to
// style.minFontSize (or the style's size if no minimum is set). Words are never broken.
TextFit fitText(const std::string& text, const TextStyle& style, double boxWidth, double boxHeight);

// The style a text clip is drawn with on a canvas of this size: with a fit box, its
// fitted size (fits tells whether the text fits); otherwise the style as it is.
TextStyle fittedStyle(const std::string& text, const TextStyle& style, double canvasWidth,
                      double canvasHeight, bool* fits = nullptr);

} // namespace reelcut
