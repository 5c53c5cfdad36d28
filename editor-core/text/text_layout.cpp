#include "text/text_layout.h"

#include <QTextLayout>
#include <algorithm>
#include <cmath>

namespace reelcut {

QFont styledFont(const TextStyle& style, const QString& family, double pixelSize, double scale) {
    QFont font(family);
    // Emoji come from the colour emoji font before any system fallback: DejaVu has
    // black-and-white emoji outlines and would otherwise win.
    font.setFamilies({family, QStringLiteral("Noto Color Emoji")});
    font.setPixelSize(std::max(1, int(std::lround(pixelSize))));
    font.setBold(style.bold);
    font.setItalic(style.italic);
    font.setLetterSpacing(QFont::AbsoluteSpacing, style.letterSpacing * scale);
    font.setHintingPreference(QFont::PreferNoHinting); // same shapes at every size
    return font;
}

double stackLines(QTextLayout& layout, double width, double lineSpacing, double emptyHeight,
                  const std::function<void(const QTextLine&)>& onLine) {
    double y = 0;
    double lastHeight = emptyHeight;
    layout.beginLayout();
    while (true) {
        QTextLine line = layout.createLine();
        if (!line.isValid()) {
            break;
        }
        line.setLineWidth(width);
        line.setPosition(QPointF(0, y));
        lastHeight = line.height();
        y += lastHeight * lineSpacing;
        onLine(line);
    }
    layout.endLayout();
    return y + (lastHeight - lastHeight * lineSpacing);
}

} // namespace reelcut
