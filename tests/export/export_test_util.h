#pragma once

// Shared by the export suites: small clips written through Mp4Writer, and readers that
// look at the result with the ffmpeg tools or the raw bytes, never with our own code.

#include "export/encode_settings.h"
#include "export/mp4_writer.h"
#include "support/test_media.h"

#include <QByteArray>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPainter>
#include <QString>
#include <QStringList>
#include <cmath>
#include <functional>
#include <vector>

extern "C" {
#include <libavutil/log.h>
}

namespace reelcut::test {

// The encoders' statistics at info level would bury the test output.
inline const bool quietFfmpegLog = (av_log_set_level(AV_LOG_WARNING), true);

// Small and fast: what the suites use unless they test a real preset.
inline EncodeSettings smallSettings(const FrameRate& rate, bool hasAudio = true, int width = 360,
                                    int height = 640) {
    EncodeSettings s;
    s.width = width;
    s.height = height;
    s.frameRate = rate;
    s.x264Preset = "ultrafast";
    s.crf = 18;
    s.maxBitrate = 4'000'000;
    s.bufferSize = 8'000'000;
    s.gopSeconds = 1;
    s.hasAudio = hasAudio;
    s.audioBitrate = 128'000;
    s.threads = 2;
    return s;
}

using FramePainter = std::function<void(QImage&, int frame)>;
// Fills `count` stereo samples starting at absolute sample `first`.
using AudioSource = std::function<void(float* interleaved, std::int64_t first, int count)>;

// Writes `frames` frames and the audio that plays under them, handing audio over in
// uneven chunks so the writer's re-chunking is exercised.
inline void writeClip(const QString& path, const EncodeSettings& s, int frames,
                      const FramePainter& paint, const AudioSource& audio = {}) {
    Mp4Writer w(path.toStdString(), s);
    QImage img(s.width, s.height, QImage::Format_ARGB32_Premultiplied);
    std::vector<float> buf;
    std::int64_t samplesDone = 0;
    const int chunks[] = {777, 1, 2048, 313};
    int chunkIdx = 0;
    for (int n = 0; n < frames; ++n) {
        paint(img, n);
        w.writeVideo(img);
        if (s.hasAudio) {
            const std::int64_t until = (Rational(n + 1) / s.frameRate).floorMul(s.sampleRate);
            while (samplesDone < until) {
                const int count =
                    int(std::min<std::int64_t>(chunks[chunkIdx++ % 4], until - samplesDone));
                buf.assign(std::size_t(count) * s.channels, 0.0f);
                if (audio) {
                    audio(buf.data(), samplesDone, count);
                }
                w.writeAudio(buf.data(), count);
                samplesDone += count;
            }
        }
    }
    w.finish();
}

// A frame with some detail and motion, so the encoder has real work to do.
inline void paintMoving(QImage& img, int n) {
    QPainter p(&img);
    for (int y = 0; y < img.height(); y += 16) {
        p.fillRect(0, y, img.width(), 16, QColor::fromHsv((y + n * 4) % 360, 160, 200));
    }
    p.fillRect((n * 7) % img.width(), img.height() / 3, 40, 40, Qt::white);
}

inline void sineAudio(float* out, std::int64_t first, int count) {
    for (int i = 0; i < count; ++i) {
        const float v = 0.3f * float(std::sin(2 * M_PI * 440.0 * double(first + i) / 48000.0));
        out[2 * i] = v;
        out[2 * i + 1] = v;
    }
}

// Top-level MP4 boxes in file order, read from the bytes.
struct RawBox {
    QByteArray type;
    qint64 offset = 0;
    qint64 size = 0;
    qint64 header = 8;
};
inline std::vector<RawBox> boxesIn(const QByteArray& data, qint64 begin, qint64 end) {
    std::vector<RawBox> out;
    qint64 off = begin;
    while (off + 8 <= end) {
        auto be = [&](qint64 at, int n) {
            quint64 v = 0;
            for (int i = 0; i < n; ++i) {
                v = (v << 8) | quint8(data[at + i]);
            }
            return v;
        };
        RawBox b;
        b.offset = off;
        b.size = qint64(be(off, 4));
        b.type = data.mid(off + 4, 4);
        if (b.size == 1) {
            b.size = qint64(be(off + 8, 8));
            b.header = 16;
        } else if (b.size == 0) {
            b.size = end - off;
        }
        if (b.size < b.header || off + b.size > end) {
            break;
        }
        out.push_back(b);
        off += b.size;
    }
    return out;
}
inline QByteArray readAll(const QString& path) {
    QFile f(path);
    f.open(QIODevice::ReadOnly);
    return f.readAll();
}
inline QStringList topLevelBoxes(const QString& path) {
    const QByteArray data = readAll(path);
    QStringList out;
    for (const RawBox& b : boxesIn(data, 0, data.size())) {
        out << QString::fromLatin1(b.type);
    }
    return out;
}
// Whether any trak/edts below moov holds an 'elst'.
inline bool hasElst(const QString& path) {
    const QByteArray data = readAll(path);
    std::function<bool(qint64, qint64, int)> walk = [&](qint64 b, qint64 e, int depth) {
        for (const RawBox& box : boxesIn(data, b, e)) {
            if (box.type == "elst") {
                return true;
            }
            if ((box.type == "moov" || box.type == "trak" || box.type == "edts") && depth < 4 &&
                walk(box.offset + box.header, box.offset + box.size, depth + 1)) {
                return true;
            }
        }
        return false;
    };
    return walk(0, data.size(), 0);
}

// ffprobe -show_frames for one stream type, in presentation order.
inline QJsonArray probeFrames(const QString& file, const QString& selector,
                              const QString& entries) {
    const QByteArray out = run(QStringLiteral(REELCUT_FFPROBE),
                               {"-v", "error", "-select_streams", selector, "-show_entries",
                                "frame=" + entries, "-of", "json", file});
    return QJsonDocument::fromJson(out).object().value("frames").toArray();
}

} // namespace reelcut::test
