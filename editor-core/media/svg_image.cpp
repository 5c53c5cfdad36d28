#include "media/svg_image.h"

#include "media/input_file.h"
#include "media/media_error.h"

#include <QPainter>
#include <QSvgRenderer>
#include <QXmlStreamReader>
#include <algorithm>
#include <cmath>

namespace reelcut {

namespace {

constexpr qint64 kMaxSvgBytes = 16 * 1024 * 1024;

[[noreturn]] void refuse(const std::string& file, const Message& why) {
    throw MediaError(file, "open", why);
}

// A reference that stays inside the file: "#id", "url(#id)", or embedded data.
bool selfContained(QStringView ref) {
    ref = ref.trimmed();
    if (ref.startsWith(u"url(")) {
        ref = ref.mid(4).trimmed();
        if (ref.startsWith(u'\'') || ref.startsWith(u'"')) {
            ref = ref.mid(1);
        }
    }
    return ref.isEmpty() || ref.startsWith(u'#') || ref.startsWith(u"data:", Qt::CaseInsensitive);
}

// Every url(...) in a style text must point inside the file.
bool styleSelfContained(QStringView style) {
    for (qsizetype at = style.indexOf(u"url(", 0, Qt::CaseInsensitive); at >= 0;
         at = style.indexOf(u"url(", at + 4, Qt::CaseInsensitive)) {
        if (!selfContained(style.mid(at))) {
            return false;
        }
    }
    // @import pulls in another style sheet by name.
    return !style.contains(u"@import", Qt::CaseInsensitive);
}

void checkReferences(const std::string& file, const QByteArray& bytes) {
    QXmlStreamReader xml(bytes);
    // Entities are not expanded from outside the file; a document type declaration that
    // defines entities is a way to smuggle references and to blow up the size.
    bool inStyle = false;
    while (!xml.atEnd()) {
        const QXmlStreamReader::TokenType token = xml.readNext();
        if (token == QXmlStreamReader::StartElement || token == QXmlStreamReader::EndElement) {
            inStyle = token == QXmlStreamReader::StartElement && xml.name() == u"style";
        }
        if (token == QXmlStreamReader::DTD && !xml.entityDeclarations().isEmpty()) {
            refuse(file, Message(QT_TRANSLATE_NOOP3("Engine",
                                                    "the SVG declares entities, which stickers "
                                                    "may not use",
                                                    "svg.entities")));
        }
        if (token == QXmlStreamReader::StartElement) {
            for (const QXmlStreamAttribute& a : xml.attributes()) {
                const QStringView name = a.name();
                const bool isRef = name == u"href" || name == u"src";
                const bool refOk = !isRef || selfContained(a.value());
                const bool styleOk = styleSelfContained(a.value());
                if (!refOk || !styleOk) {
                    refuse(file, Message(QT_TRANSLATE_NOOP3(
                                             "Engine",
                                             "the SVG refers to another file (%1); stickers must "
                                             "be self-contained (embed pictures as data: URIs)",
                                             "svg.external-reference"))
                                     .arg(a.value().left(80).toString()));
                }
            }
        }
        if (token == QXmlStreamReader::Characters && inStyle && !styleSelfContained(xml.text())) {
            refuse(file, Message(QT_TRANSLATE_NOOP3(
                                     "Engine",
                                     "the SVG refers to another file (%1); stickers must be "
                                     "self-contained (embed pictures as data: URIs)",
                                     "svg.external-reference"))
                             .arg(xml.text().left(80).toString()));
        }
    }
    if (xml.hasError()) {
        refuse(file, Message(QT_TRANSLATE_NOOP3("Engine", "not a readable SVG image (%1)",
                                                "svg.unreadable"))
                         .arg(xml.errorString()));
    }
}

} // namespace

bool isSvgFile(const boost::filesystem::path& file) {
    std::string ext = file.extension().string();
    std::transform(ext.begin(), ext.end(), ext.begin(),
                   [](unsigned char c) { return char(std::tolower(c)); });
    return ext == ".svg";
}

QByteArray readSvgFile(const boost::filesystem::path& file) {
    const std::string name = file.string();
    const QByteArray bytes = readMediaFileBytes(file, kMaxSvgBytes);
    if (bytes.startsWith("\x1f\x8b")) {
        refuse(name, Message(QT_TRANSLATE_NOOP3("Engine",
                                                "compressed SVG is not supported; save it as "
                                                "plain SVG",
                                                "svg.compressed")));
    }
    checkReferences(name, bytes);
    return bytes;
}

MediaInfo probeSvg(const boost::filesystem::path& file) {
    const std::string name = file.string();
    QSvgRenderer svg(readSvgFile(file));
    if (!svg.isValid()) {
        refuse(name,
               Message(QT_TRANSLATE_NOOP3("Engine", "not a readable SVG image", "svg.invalid")));
    }
    MediaInfo info;
    info.path = name;
    info.container = "svg";
    info.isStill = true;
    info.hasVideo = true;
    info.videoCodec = "svg";
    // The declared size only gives the shape (and the size at scale 1): an SVG is drawn
    // at the size it is shown, never at the size it declares.
    QSizeF size = svg.defaultSize();
    if (size.isEmpty() || !std::isfinite(size.width()) || !std::isfinite(size.height())) {
        size = QSizeF(512, 512);
    }
    const double longest = std::max(size.width(), size.height());
    if (longest > 4096) {
        size *= 4096 / longest;
    }
    info.width = info.codedWidth = std::max(1, int(std::lround(size.width())));
    info.height = info.codedHeight = std::max(1, int(std::lround(size.height())));
    return info;
}

QImage renderSvg(const QByteArray& bytes, const QSize& size, const QRect& part) {
    const QRect area = part.isNull() ? QRect(QPoint(0, 0), size) : part;
    QImage img(area.size(), QImage::Format_ARGB32_Premultiplied);
    if (img.isNull()) {
        return img;
    }
    img.fill(Qt::transparent);
    QSvgRenderer svg(bytes);
    QPainter p(&img);
    p.translate(-area.topLeft());
    svg.render(&p, QRectF(QPointF(0, 0), QSizeF(size)));
    return img;
}

} // namespace reelcut
