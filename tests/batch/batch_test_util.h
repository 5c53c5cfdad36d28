#pragma once

// Small templates and data for the batch suites, written into a temporary folder.

#include "support/test_media.h"

#include <QDir>
#include <QFile>
#include <QString>

namespace reelcut::test {

inline void writeText(const QString& file, const QByteArray& bytes) {
    QDir().mkpath(QFileInfo(file).absolutePath());
    QFile f(file);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size()) {
        throw std::runtime_error(("cannot write " + file).toStdString());
    }
}

// A one-colour picture made by ffmpeg.
inline QString makePicture(const QString& dir, const QString& name, const QString& color,
                           int w = 200, int h = 200) {
    QDir().mkpath(dir);
    ffmpeg({"-f", "lavfi", "-i", QStringLiteral("color=c=%1:s=%2x%3").arg(color).arg(w).arg(h),
            "-frames:v", "1", dir + "/" + name});
    return dir + "/" + name;
}

// A product-card template: background colour, a product picture, a headline with an
// auto-fit box, a price line, a badge switched by a field, music. `seconds` long.
inline QByteArray productTemplate(double seconds) {
    const QByteArray d = QByteArray::number(seconds);
    return R"({
  "reelcut": 1,
  "canvas": { "width": 1080, "height": 1920, "fps": 30, "background": "{{bg}}" },
  "fields": [
    { "name": "headline", "type": "text", "max_chars": 80, "required": true },
    { "name": "price", "type": "number", "min": 0, "max": 100000, "default": 9.99 },
    { "name": "product", "type": "media", "accept": "image", "required": true },
    { "name": "bg", "type": "color", "default": "#202020" },
    { "name": "badge", "type": "choice", "choices": ["none", "sale", "new"], "default": "none" }
  ],
  "tracks": [
    { "kind": "overlay", "clips": [ { "media": "{{product}}", "start": 0, "out": )" +
           d + R"(, "transform": { "x": 0.5, "y": 0.5, "scale": 0.4 } } ] },
    { "kind": "text", "clips": [ { "text": "{{headline}}", "start": 0, "out": )" +
           d +
           R"(, "transform": { "x": 0.5, "y": 0.2 },
        "style": { "size": 110, "color": "#ffffff", "wrap_width": 0.8,
                   "fit": { "height": 0.14, "min_size": 40 } } } ] },
    { "kind": "text", "clips": [ { "text": "Only {{price}}", "start": 0, "out": )" +
           d +
           R"(, "transform": { "x": 0.5, "y": 0.93 }, "style": { "size": 80, "color": "#ffff00" } } ] },
    { "kind": "text", "if": "{{badge}} != none", "clips": [ { "text": "{{badge}}", "start": 0, "out": )" +
           d + R"(, "transform": { "x": 0.05, "y": 0.05 }, "style": { "size": 60 } } ] }
  ]
})";
}

} // namespace reelcut::test
