#include "text/text_rasterizer.h"

#include "render/box_blur.h"
#include "text/text_layout.h"
#include "text/text_outline.h"

#include <QFontDatabase>
#include <QGlyphRun>
#include <QPainter>
#include <QPainterPath>
#include <QRawFont>
#include <QTextLayout>
#include <cmath>
#include <functional>
#include <mutex>
#include <vector>

static void initFontResources() {
    Q_INIT_RESOURCE(reelcut_fonts);
}

namespace reelcut {

namespace {

QColor argb(std::uint32_t v) {
    return QColor::fromRgba(v);
}

std::uint64_t mix(std::uint64_t h, std::uint64_t v) {
    return (h ^ v) * 0x100000001b3ULL;
}

std::uint64_t hashDouble(double d) {
    return std::hash<double>{}(d);
}

// Everything that changes the pixels goes into the cache key.
std::uint64_t cacheKey(const std::string& text, const TextStyle& s, double scale, double wrap,
                       int visible) {
    std::uint64_t h = 0xcbf29ce484222325ULL;
    h = mix(h, std::hash<std::string>{}(text));
    h = mix(h, std::hash<std::string>{}(s.fontFamily));
    for (double d : {s.fontSize, s.strokeWidth, s.shadowOffsetX, s.shadowOffsetY, s.shadowBlur,
                     s.boxPadding, s.boxRadius, s.lineSpacing, s.letterSpacing, scale, wrap}) {
        h = mix(h, hashDouble(d));
    }
    for (std::uint64_t v :
         {std::uint64_t(s.bold), std::uint64_t(s.italic), std::uint64_t(s.color),
          std::uint64_t(s.strokeColor), std::uint64_t(s.shadowColor), std::uint64_t(s.boxColor),
          std::uint64_t(s.align), std::uint64_t(std::uint32_t(visible))}) {
        h = mix(h, v);
    }
    return h;
}

// An ARGB32_Premultiplied image of the same size as `alpha` (Format_Alpha8), in `color`
// where alpha is, shifted by `offset`.
QImage tinted(const QImage& alpha, QRgb color, const QPoint& offset) {
    QImage out(alpha.size(), QImage::Format_ARGB32_Premultiplied);
    out.fill(Qt::transparent);
    const int a0 = qAlpha(color);
    for (int y = 0; y < out.height(); ++y) {
        const int sy = y - offset.y();
        if (sy < 0 || sy >= alpha.height()) {
            continue;
        }
        const uchar* src = alpha.constScanLine(sy);
        auto* dst = reinterpret_cast<QRgb*>(out.scanLine(y));
        for (int x = std::max(0, offset.x()); x < out.width(); ++x) {
            const int sx = x - offset.x();
            if (sx >= alpha.width()) {
                break;
            }
            if (src[sx] != 0) {
                dst[x] = qPremultiply(
                    qRgba(qRed(color), qGreen(color), qBlue(color), a0 * src[sx] / 255));
            }
        }
    }
    return out;
}

struct LaidOutText {
    std::unique_ptr<QTextLayout> layout;
    QRectF bounds; // of the ink-carrying line boxes
};

} // namespace

void registerBundledFonts() {
    static std::once_flag once;
    std::call_once(once, [] {
        initFontResources();
        for (const char* f :
             {":/reelcut/fonts/Lato-Regular.ttf", ":/reelcut/fonts/Lato-Bold.ttf",
              ":/reelcut/fonts/Lato-Black.ttf", ":/reelcut/fonts/BebasNeue-Regular.otf"}) {
            QFontDatabase::addApplicationFont(QString::fromLatin1(f));
        }
    });
}

bool fontAvailable(const std::string& family) {
    registerBundledFonts();
    return QFontDatabase::families().contains(QString::fromStdString(family), Qt::CaseInsensitive);
}

TextRasterizer::TextRasterizer() {
    registerBundledFonts();
}

const QImage& TextRasterizer::render(const std::string& text, const TextStyle& style, double scale,
                                     double wrapWidth, double visibleFraction, bool strict,
                                     std::int64_t maxPixels) {
    const QString qtext = QString::fromStdString(text);
    // Count whole characters (grapheme clusters would be better for emoji sequences).
    const qsizetype total = qtext.size();
    const int visible =
        visibleFraction >= 1.0
            ? -1
            : int(std::floor(std::clamp(visibleFraction, 0.0, 1.0) * double(total)));
    const std::uint64_t key = mix(cacheKey(text, style, scale, wrapWidth, visible),
                                  std::uint64_t(std::max<std::int64_t>(0, maxPixels)));
    if (key == key_ && !image_.isNull()) {
        return image_;
    }
    QString family = QString::fromStdString(style.fontFamily);
    missingFont_.clear();
    if (!fontAvailable(style.fontFamily)) {
        if (strict) {
            throw FontError(Message(QT_TRANSLATE_NOOP3("Engine",
                                                       "the font \"%1\" is not installed; "
                                                       "install it or pick another font",
                                                       "text.missing-font"))
                                .arg(style.fontFamily));
        }
        missingFont_ = style.fontFamily;
        family = QStringLiteral("Lato");
    }
    rasterScale_ = 1;
    // A letter taller than the whole pixel budget's side is certainly too large: start at a
    // scale where it is not, so the huge layout is never made.
    const double letter = style.fontSize * scale;
    if (maxPixels > 0 && letter > std::sqrt(double(maxPixels))) {
        rasterScale_ = std::sqrt(double(maxPixels)) / letter;
    }
    double pixels = 0;
    image_ = draw(qtext, style, scale * rasterScale_, wrapWidth, visible, family, maxPixels, pixels,
                  nullptr, &block_);
    // Too large: laid out again at a smaller scale. Sizes are whole pixels, so the first
    // guess may still be a little too large; each try shrinks it further.
    for (int attempt = 0; image_.isNull() && pixels > 0 && attempt < 8; ++attempt) {
        rasterScale_ *= std::sqrt(double(maxPixels) / pixels) * 0.95;
        image_ = draw(qtext, style, scale * rasterScale_, wrapWidth, visible, family, maxPixels,
                      pixels, nullptr, &block_);
    }
    key_ = key;
    return image_;
}

double wrapWidthFor(const TextStyle& style, double canvasWidth) {
    const double box = style.wrapWidth * canvasWidth;
    if (style.fitHeight <= 0) {
        return box;
    }
    return std::max(1.0, box - 2 * (style.boxPadding + style.strokeWidth));
}

QSize TextRasterizer::measure(const std::string& text, const TextStyle& style, double scale,
                              double wrapWidth) {
    registerBundledFonts();
    const QString family = fontAvailable(style.fontFamily)
                               ? QString::fromStdString(style.fontFamily)
                               : QStringLiteral("Lato");
    double pixels = 0;
    QSize size;
    draw(QString::fromStdString(text), style, scale, wrapWidth, -1, family, 0, pixels, &size);
    return size;
}

QImage TextRasterizer::draw(const QString& fullText, const TextStyle& style, double scale,
                            double wrapWidth, int visibleChars, const QString& family,
                            std::int64_t maxPixels, double& pixels, QSize* measured,
                            QSizeF* block) {
    pixels = 0;
    const QFont font = styledFont(style, family, style.fontSize * scale, scale);

    // Lay out the whole text, so the block keeps its size and place while a typewriter
    // reveals it; only the visible characters are drawn.
    QString text = fullText;
    text.replace(QLatin1Char('\n'), QChar::LineSeparator);
    QTextLayout layout(text, font);
    QTextOption option;
    option.setAlignment(style.align == TextAlign::Left    ? Qt::AlignLeft
                        : style.align == TextAlign::Right ? Qt::AlignRight
                                                          : Qt::AlignHCenter);
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    const double width = std::max(1.0, wrapWidth * scale);
    QFontMetricsF fm(font);
    double inkLeft = width, inkRight = 0;
    const double height =
        stackLines(layout, width, style.lineSpacing, fm.height(), [&](const QTextLine& line) {
            inkLeft = std::min(inkLeft, line.naturalTextRect().left());
            inkRight = std::max(inkRight, line.naturalTextRect().right());
        });
    QRectF textRect(inkLeft, 0, std::max(1.0, inkRight - inkLeft), height);
    if (fullText.isEmpty()) {
        textRect = QRectF(0, 0, 1, fm.height());
    }

    const double pad = style.boxPadding * scale;
    const double stroke = style.strokeWidth * scale;
    const double blur = style.shadowBlur * scale;
    const QPointF shadowOffset(style.shadowOffsetX * scale, style.shadowOffsetY * scale);
    const bool hasShadow = qAlpha(style.shadowColor) > 0;
    const bool hasBox = qAlpha(style.boxColor) > 0;
    const QRectF boxRect = textRect.adjusted(-pad, -pad, pad, pad);
    if (block != nullptr) {
        *block = boxRect.adjusted(-stroke, -stroke, stroke, stroke).size();
    }
    QRectF ink = boxRect.adjusted(-stroke, -stroke, stroke, stroke);
    if (hasShadow) {
        ink = ink.united(
            ink.translated(shadowOffset).adjusted(-blur * 2, -blur * 2, blur * 2, blur * 2));
    }
    // The image is symmetric around the text block's centre, so that the clip's position
    // (its centre) means the text's centre whatever the shadow does.
    const QPointF c = boxRect.center();
    const double halfW = std::max(c.x() - ink.left(), ink.right() - c.x());
    const double halfH = std::max(c.y() - ink.top(), ink.bottom() - c.y());
    const QSize size(int(std::ceil(halfW * 2)) + 2, int(std::ceil(halfH * 2)) + 2);
    const QPointF origin(size.width() / 2.0 - c.x(), size.height() / 2.0 - c.y());
    if (measured != nullptr) {
        *measured = size;
        return QImage();
    }
    if (maxPixels > 0 && double(size.width()) * size.height() > double(maxPixels)) {
        pixels = double(size.width()) * size.height();
        return QImage(); // the caller tries again at a smaller scale
    }

    QImage img(size, QImage::Format_ARGB32_Premultiplied);
    img.fill(Qt::transparent);

    // The letters' coverage, and grown by the stroke width: what the outline covers. Made
    // from a distance transform, not by stroking the path: its cost does not grow with the
    // number of letters or the width. Only a stroke or a box-less shadow needs it; the
    // outline is costly (each glyph loaded through FreeType again), so only then.
    QImage silhouette;
    if (stroke > 0 || (hasShadow && !hasBox)) {
        // The text's outline as one path, glyph by glyph.
        QPainterPath outline;
        const int limit = visibleChars < 0 ? int(text.size()) : visibleChars;
        for (const QGlyphRun& run : layout.glyphRuns(0, limit)) {
            const QRawFont raw = run.rawFont();
            // Colour emoji are bitmaps with no outline; asking Qt 6.4 for their path also
            // breaks their later drawing (they come out blank), so they get no stroke.
            if (raw.familyName().contains(QLatin1String("Emoji"), Qt::CaseInsensitive)) {
                continue;
            }
            const auto glyphs = run.glyphIndexes();
            const auto positions = run.positions();
            for (qsizetype i = 0; i < glyphs.size(); ++i) {
                outline.addPath(raw.pathForGlyph(glyphs[i]).translated(positions[i]));
            }
        }
        outline.setFillRule(Qt::WindingFill);
        QImage coverage(size, QImage::Format_Alpha8);
        coverage.fill(0);
        {
            QPainter cp(&coverage);
            cp.setRenderHint(QPainter::Antialiasing);
            cp.translate(origin);
            cp.fillPath(outline, Qt::black);
        }
        silhouette = stroke > 0 ? grownSilhouette(coverage, stroke) : coverage;
    }

    QPainter p(&img);
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    p.translate(origin);
    if (hasShadow) {
        // Blurred copy of the text's (and box's) silhouette, offset and tinted.
        QImage shadow;
        if (hasBox) {
            shadow = QImage(size, QImage::Format_ARGB32_Premultiplied);
            shadow.fill(Qt::transparent);
            QPainter sp(&shadow);
            sp.setRenderHint(QPainter::Antialiasing);
            sp.translate(origin + shadowOffset);
            sp.setPen(Qt::NoPen);
            sp.setBrush(argb(style.shadowColor));
            sp.drawRoundedRect(boxRect, style.boxRadius * scale, style.boxRadius * scale);
        } else {
            shadow = tinted(
                silhouette, style.shadowColor,
                QPoint(int(std::lround(shadowOffset.x())), int(std::lround(shadowOffset.y()))));
        }
        boxBlur(shadow, int(std::lround(blur / 2)));
        p.save();
        p.resetTransform();
        p.drawImage(0, 0, shadow);
        p.restore();
    }
    if (hasBox) {
        p.setPen(Qt::NoPen);
        p.setBrush(argb(style.boxColor));
        p.drawRoundedRect(boxRect, style.boxRadius * scale, style.boxRadius * scale);
    }
    if (stroke > 0) {
        p.save();
        p.resetTransform();
        p.drawImage(0, 0, tinted(silhouette, style.strokeColor, QPoint()));
        p.restore();
    }
    // The fill goes through QTextLayout so that colour emoji keep their colours.
    p.setPen(argb(style.color));
    if (visibleChars < 0) {
        layout.draw(&p, QPointF(0, 0));
    } else {
        QTextLayout::FormatRange hidden;
        hidden.start = visibleChars;
        hidden.length = int(text.size()) - visibleChars;
        hidden.format.setForeground(Qt::transparent);
        layout.draw(&p, QPointF(0, 0), {hidden});
    }
    return img;
}

} // namespace reelcut
