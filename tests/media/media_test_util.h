#pragma once

// Small helpers for the media suites.

#include "media/frame_scaler.h"
#include "media/media_error.h"
#include "time/rational.h"

#include <QFile>
#include <QImage>
#include <QTest>
#include <functional>

namespace reelcut {
// Readable QCOMPARE failures for times and rates.
inline char* toString(const Rational& r) {
    return qstrdup(r.toString().c_str());
}
} // namespace reelcut

Q_DECLARE_METATYPE(reelcut::Rational)

namespace reelcut::test {

// The decoded frame as an image at its own size.
inline QImage toImage(const AVFrame& frame) {
    QImage img(frame.width, frame.height, QImage::Format_ARGB32_Premultiplied);
    FrameScaler scaler;
    scaler.scale(frame, img);
    return img;
}

inline void writeFile(const QString& path, const QByteArray& bytes) {
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    QCOMPARE(f.write(bytes), bytes.size());
}

// Runs `fn`, expects a MediaError naming `file` with a non-empty stage and reason.
inline MediaError expectMediaError(const QString& file, const std::function<void()>& fn) {
    try {
        fn();
    } catch (const MediaError& e) {
        return e;
    }
    throw std::runtime_error("no MediaError for " + file.toStdString());
}

} // namespace reelcut::test
