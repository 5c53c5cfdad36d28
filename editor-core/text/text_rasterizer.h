#pragma once

#include "model/text_style.h"
#include "util/message.h"

#include <QImage>
#include <QSizeF>
#include <QString>
#include <cstdint>
#include <stdexcept>
#include <string>

namespace reelcut {

// A font a project asks for that is neither bundled nor installed.
class FontError : public Error {
public:
    using Error::Error;
};

// Draws text with its style (fill, stroke, shadow, rounded box, wrapping, alignment,
// spacing) into an image whose centre is the text block's centre. Colour emoji come
// through Qt's font fallback (Noto Color Emoji). Rendering is cached: a static title
// is rasterised once, however many frames show it.
class TextRasterizer {
public:
    TextRasterizer();

    // scale: output pixels per canvas pixel; wrapWidth in canvas pixels; visibleFraction
    // shows only the first part of the characters (typewriter). If the family is not
    // available: strict throws FontError naming it, otherwise the bundled Lato is used and
    // missingFont() names what was asked for. An image that would have more than
    // maxPixels (0: no bound) is drawn at a reduced scale instead; rasterScale() says by
    // how much, so the caller scales it up when painting.
    const QImage& render(const std::string& text, const TextStyle& style, double scale,
                         double wrapWidth, double visibleFraction = 1.0, bool strict = true,
                         std::int64_t maxPixels = 0);

    const std::string& missingFont() const { return missingFont_; }
    double rasterScale() const { return rasterScale_; }
    // Size of the text block (box included, shadow not) in the last rendered image's
    // pixels: what an anchor refers to.
    QSizeF blockSize() const { return block_; }

    // The size of the image render() would make (scale 1: canvas pixels), from the layout
    // alone: nothing is drawn, so placing thousands of captions stays cheap. A family that
    // is not available is measured in the bundled Lato, as render() draws it.
    static QSize measure(const std::string& text, const TextStyle& style, double scale,
                         double wrapWidth);

private:
    // A null image when the result would have more than maxPixels; `pixels` says how many.
    // With `measured`, only its size is worked out and stored there (no image). `block`
    // receives the size of the text block (see blockSize()).
    static QImage draw(const QString& text, const TextStyle& style, double scale, double wrapWidth,
                       int visibleChars, const QString& family, std::int64_t maxPixels,
                       double& pixels, QSize* measured = nullptr, QSizeF* block = nullptr);

    std::uint64_t key_ = 0;
    QImage image_;
    double rasterScale_ = 1;
    std::string missingFont_;
    QSizeF block_;
};

// The wrap width, in canvas pixels, a text of this style is laid out at on a canvas this
// wide: a fit box's lines stay inside its padding and outline.
double wrapWidthFor(const TextStyle& style, double canvasWidth);

// Adds the fonts bundled in resources/fonts to the application's font database (once).
void registerBundledFonts();
// True if the family is bundled or installed.
bool fontAvailable(const std::string& family);

} // namespace reelcut
