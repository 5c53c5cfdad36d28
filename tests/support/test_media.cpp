#include "support/test_media.h"

#include <QColor>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <cmath>
#include <stdexcept>

namespace reelcut::test {

QByteArray run(const QString& program, const QStringList& args, int timeoutMs) {
    QProcess p;
    p.start(program, args);
    if (!p.waitForStarted(30000)) {
        throw std::runtime_error(("cannot start " + program).toStdString());
    }
    p.closeWriteChannel();
    QByteArray out;
    while (!p.waitForFinished(100)) {
        out += p.readAllStandardOutput();
        if (p.state() == QProcess::NotRunning) {
            break;
        }
        timeoutMs -= 100;
        if (timeoutMs <= 0) {
            p.kill();
            throw std::runtime_error(("timeout: " + program + " " + args.join(' ')).toStdString());
        }
    }
    out += p.readAllStandardOutput();
    if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        throw std::runtime_error((program + " " + args.join(' ') +
                                  " failed: " + QString::fromUtf8(p.readAllStandardError()))
                                     .toStdString());
    }
    return out;
}

void ffmpeg(const QStringList& args) {
    run(QStringLiteral(REELCUT_FFMPEG),
        QStringList{"-y", "-hide_banner", "-loglevel", "error", "-nostdin"} + args);
}

QJsonObject ffprobe(const QString& file) {
    const QByteArray out =
        run(QStringLiteral(REELCUT_FFPROBE),
            {"-v", "error", "-show_streams", "-show_format", "-of", "json", file});
    return QJsonDocument::fromJson(out).object();
}

QJsonObject probeStream(const QJsonObject& probe, const QString& type) {
    for (const auto& s : probe.value("streams").toArray()) {
        if (s.toObject().value("codec_type").toString() == type) {
            return s.toObject();
        }
    }
    return {};
}

QString makeFrameCodeVideo(const QString& dir, const QString& name, const QString& rate, int frames,
                           int width, int height, bool withAudio) {
    const QString file = dir + "/" + name;
    // Bar i spans x in [i*W/10, (i+1)*W/10); it is white when bit i of N is set.
    const QString geq =
        QStringLiteral("geq=lum='255*mod(floor(N/pow(2,floor(X*10/W))),2)':cb=128:cr=128");
    QStringList args{"-f", "lavfi", "-i",
                     QStringLiteral("color=c=black:s=%1x%2:r=%3").arg(width).arg(height).arg(rate)};
    if (withAudio) {
        args += {"-f", "lavfi", "-i", "sine=frequency=440:sample_rate=48000"};
    }
    args += {"-vf",       geq + ",format=yuv420p",
             "-frames:v", QString::number(frames),
             "-c:v",      "libx264",
             "-preset",   "ultrafast",
             "-qp",       "10",
             "-g",        "12"};
    if (withAudio) {
        args += {"-c:a", "aac", "-shortest"};
    }
    args += file;
    ffmpeg(args);
    return file;
}

int readFrameCode(const QImage& frame, const QRect& area, int bits) {
    int value = 0;
    for (int i = 0; i < bits; ++i) {
        const int x = area.left() + (2 * i + 1) * area.width() / (2 * bits);
        const int y = area.top() + area.height() / 2;
        if (qGray(frame.pixel(x, y)) > 128) {
            value |= 1 << i;
        }
    }
    return value;
}

std::vector<QImage> decodeFrames(const QString& file, int maxFrames) {
    const QJsonObject v = probeStream(ffprobe(file), "video");
    const int w = v.value("width").toInt();
    const int h = v.value("height").toInt();
    if (w <= 0 || h <= 0) {
        throw std::runtime_error("no video stream in " + file.toStdString());
    }
    const QByteArray raw = run(
        QStringLiteral(REELCUT_FFMPEG),
        {"-hide_banner", "-loglevel", "error", "-i", file, "-frames:v", QString::number(maxFrames),
         // every encoded frame once, nothing duplicated
         "-vsync", "passthrough", "-f", "rawvideo", "-pix_fmt", "rgb24", "-"});
    const qsizetype frameBytes = qsizetype(w) * h * 3;
    std::vector<QImage> frames;
    for (qsizetype off = 0; off + frameBytes <= raw.size(); off += frameBytes) {
        QImage img(w, h, QImage::Format_RGB888);
        for (int y = 0; y < h; ++y) {
            memcpy(img.scanLine(y), raw.constData() + off + qsizetype(y) * w * 3, size_t(w) * 3);
        }
        frames.push_back(std::move(img));
    }
    return frames;
}

std::vector<float> decodeAudio(const QString& file) {
    const QByteArray raw = run(QStringLiteral(REELCUT_FFMPEG),
                               {"-hide_banner", "-loglevel", "error", "-i", file, "-vn", "-f",
                                "f32le", "-ac", "2", "-ar", "48000", "-"});
    std::vector<float> out(size_t(raw.size()) / sizeof(float));
    memcpy(out.data(), raw.constData(), out.size() * sizeof(float));
    return out;
}

double rmsDb(const std::vector<float>& stereo, std::size_t fromFrame, std::size_t toFrame) {
    toFrame = std::min(toFrame, stereo.size() / 2);
    if (toFrame <= fromFrame) {
        return -INFINITY;
    }
    double sum = 0;
    for (std::size_t i = fromFrame * 2; i < toFrame * 2; ++i) {
        sum += double(stereo[i]) * stereo[i];
    }
    return 10.0 * std::log10(sum / double((toFrame - fromFrame) * 2) + 1e-20);
}

double meanAbsDiff(const QImage& a0, const QImage& b0, const QRect& area) {
    const QImage a = a0.convertToFormat(QImage::Format_RGB888);
    const QImage b = b0.convertToFormat(QImage::Format_RGB888);
    double sum = 0;
    long n = 0;
    for (int y = area.top(); y <= area.bottom(); ++y) {
        const uchar* pa = a.constScanLine(y);
        const uchar* pb = b.constScanLine(y);
        for (int x = area.left() * 3; x < (area.right() + 1) * 3; ++x) {
            sum += std::abs(int(pa[x]) - int(pb[x]));
            ++n;
        }
    }
    return n ? sum / double(n) : 0;
}

QColor averageColor(const QImage& img0, const QRect& area) {
    const QImage img = img0.convertToFormat(QImage::Format_RGB888);
    double r = 0, g = 0, b = 0;
    long n = 0;
    for (int y = area.top(); y <= area.bottom(); ++y) {
        const uchar* p = img.constScanLine(y);
        for (int x = area.left(); x <= area.right(); ++x) {
            r += p[x * 3];
            g += p[x * 3 + 1];
            b += p[x * 3 + 2];
            ++n;
        }
    }
    if (n == 0) {
        return {};
    }
    return QColor(int(std::lround(r / n)), int(std::lround(g / n)), int(std::lround(b / n)));
}

} // namespace reelcut::test
