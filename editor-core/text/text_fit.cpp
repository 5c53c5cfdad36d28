#include "text/text_fit.h"

#include "text/text_layout.h"
#include "text/text_rasterizer.h"

#include <QFontMetricsF>
#include <QTextLayout>
#include <algorithm>
#include <cmath>

namespace reelcut {

TextMeasure measureText(const std::string& text8, const TextStyle& style, double fontSize,
                        double wrapWidth) {
    const QString family = fontAvailable(style.fontFamily)
                               ? QString::fromStdString(style.fontFamily)
                               : QStringLiteral("Lato");
    const QFont font = styledFont(style, family, fontSize);
    QString text = QString::fromStdString(text8);
    text.replace(QLatin1Char('\n'), QChar::LineSeparator);
    QTextLayout layout(text, font);
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    const double width = std::max(1.0, wrapWidth);
    TextMeasure m;
    double widest = 0;
    const double height = stackLines(
        layout, width, style.lineSpacing, QFontMetricsF(font).height(), [&](const QTextLine& line) {
            widest = std::max(widest, line.naturalTextWidth());
            ++m.lines;
            // A line that ends between two letters broke a word: never acceptable for a fit.
            const int end = line.textStart() + line.textLength();
            if (end > 0 && end < text.size() && !text.at(end - 1).isSpace() &&
                !text.at(end).isSpace() && text.at(end) != QChar::LineSeparator &&
                text.at(end - 1) != QChar::LineSeparator && text.at(end - 1) != QLatin1Char('-')) {
                m.brokeWord = true;
            }
        });
    const double pad = 2 * (style.boxPadding + style.strokeWidth);
    m.block = QSizeF(widest + pad, std::max(height, 1.0) + pad);
    return m;
}

TextFit fitText(const std::string& text, const TextStyle& style, double boxWidth,
                double boxHeight) {
    const double wrap = std::max(1.0, boxWidth - 2 * (style.boxPadding + style.strokeWidth));
    auto fitsAt = [&](double size, TextMeasure& m) {
        m = measureText(text, style, size, wrap);
        return !m.brokeWord && m.block.height() <= boxHeight + 0.5 &&
               m.block.width() <= boxWidth + 0.5;
    };
    TextMeasure m;
    if (fitsAt(style.fontSize, m)) {
        return {style.fontSize, true, m.block};
    }
    const double minimum =
        style.minFontSize > 0 ? std::min(style.minFontSize, style.fontSize) : style.fontSize;
    if (!fitsAt(minimum, m)) {
        return {minimum, false, m.block};
    }
    // Fitting is not monotonic in every case (a narrower font can wrap into more lines),
    // but nearly so: a bisection to half a pixel, then the largest size that fits.
    double lo = minimum, hi = style.fontSize;
    while (hi - lo > 0.5) {
        const double mid = (lo + hi) / 2;
        TextMeasure t;
        if (fitsAt(mid, t)) {
            lo = mid;
        } else {
            hi = mid;
        }
    }
    const double size = std::floor(lo * 2) / 2;
    fitsAt(size, m);
    return {size, true, m.block};
}

TextStyle fittedStyle(const std::string& text, const TextStyle& style, double canvasWidth,
                      double canvasHeight, bool* fits) {
    if (fits != nullptr) {
        *fits = true;
    }
    if (style.fitHeight <= 0) {
        return style;
    }
    const TextFit f =
        fitText(text, style, style.wrapWidth * canvasWidth, style.fitHeight * canvasHeight);
    if (fits != nullptr) {
        *fits = f.fits;
    }
    TextStyle out = style;
    out.fontSize = f.fontSize;
    return out;
}

} // namespace reelcut
