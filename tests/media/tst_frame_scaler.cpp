// FrameScaler and loadStillImage: colours come out as the user painted them (right YUV
// matrix and range), alpha is premultiplied, pictures keep their size.

#include "media/frame_scaler.h"
#include "media/media_error.h"
#include "media/still_image.h"
#include "media/video_decoder.h"
#include "media_test_util.h"
#include "support/test_media.h"

#include <QColor>
#include <QTemporaryDir>
#include <QTest>

extern "C" {
#include <libavutil/log.h>
}

using namespace reelcut;
using namespace reelcut::test;

namespace {

bool close(const QColor& c, int r, int g, int b, int tolerance) {
    return std::abs(c.red() - r) <= tolerance && std::abs(c.green() - g) <= tolerance &&
           std::abs(c.blue() - b) <= tolerance;
}

QString describe(const QColor& c) {
    return QString("%1,%2,%3").arg(c.red()).arg(c.green()).arg(c.blue());
}

// The raw premultiplied pixel, not QImage::pixel()'s interpretation of it.
QRgb rawPixel(const QImage& img, int x, int y) {
    return reinterpret_cast<const QRgb*>(img.constScanLine(y))[x];
}

} // namespace

class TestFrameScaler : public QObject {
    Q_OBJECT

private:
    QTemporaryDir dir_;
    QString p(const QString& name) const { return dir_.filePath(name); }

    QColor scaledColour(const QString& file, int w, int h) {
        VideoDecoder dec(file.toStdString());
        QImage img(w, h, QImage::Format_ARGB32_Premultiplied);
        FrameScaler scaler;
        scaler.scale(dec.frameAt(Time(0)), img);
        return averageColor(img, img.rect().adjusted(4, 4, -4, -4));
    }

private slots:
    void initTestCase() {
        QVERIFY(dir_.isValid());
        av_log_set_level(AV_LOG_FATAL);
    }

    void yuvMatrixAndRange_data() {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("size");
        QTest::addColumn<QStringList>("args");
        QTest::newRow("bt709 tagged SD") << "709.mp4"
                                         << "320x240"
                                         << QStringList{"-vf",
                                                        "scale=out_color_matrix=bt709:out_range=tv,"
                                                        "format=yuv420p",
                                                        "-colorspace",
                                                        "bt709",
                                                        "-color_range",
                                                        "tv"};
        QTest::newRow("bt601 untagged SD")
            << "601.mp4"
            << "320x240"
            << QStringList{"-vf", "scale=out_color_matrix=bt601:out_range="
                                  "tv,format=yuv420p"};
        QTest::newRow("bt709 untagged HD")
            << "hd.mp4"
            << "1280x720"
            << QStringList{"-vf", "scale=out_color_matrix=bt709:out_range="
                                  "tv,format=yuv420p"};
        QTest::newRow("full range tagged") << "full.mp4"
                                           << "320x240"
                                           << QStringList{"-vf",
                                                          "scale=out_color_matrix=bt601:out_range="
                                                          "pc,format=yuvj420p",
                                                          "-colorspace",
                                                          "smpte170m",
                                                          "-color_range",
                                                          "pc"};
        QTest::newRow("10-bit 4:2:2 prores") << "p.mov"
                                             << "320x240"
                                             << QStringList{"-vf",
                                                            "scale=out_color_matrix=bt601:"
                                                            "out_range=tv,format=yuv422p10le",
                                                            "-c:v",
                                                            "prores_ks",
                                                            "-colorspace",
                                                            "smpte170m"};
    }
    void yuvMatrixAndRange() {
        QFETCH(QString, name);
        QFETCH(QString, size);
        QFETCH(QStringList, args);
        // The colour source works in RGB here so that the scale filter applies the wanted matrix
        // (left alone, it would make BT.601 YUV itself whatever the tag says).
        QStringList cmd{"-f",        "lavfi", "-i", "color=c=0x3366cc:s=" + size + ",format=rgb24",
                        "-frames:v", "1"};
        cmd += args;
        if (!args.contains("-c:v")) {
            cmd += {"-c:v", "libx264", "-qp", "0", "-preset", "ultrafast"};
        }
        cmd += p(name);
        ffmpeg(cmd);
        const QColor c = scaledColour(p(name), 160, 120);
        QVERIFY2(close(c, 0x33, 0x66, 0xcc, 3), qPrintable(describe(c)));
        // Same at a large reduction (another scaler algorithm) and an enlargement.
        const QColor small = scaledColour(p(name), 40, 30);
        QVERIFY2(close(small, 0x33, 0x66, 0xcc, 3), qPrintable(describe(small)));
        const QColor big = scaledColour(p(name), 400, 300);
        QVERIFY2(close(big, 0x33, 0x66, 0xcc, 3), qPrintable(describe(big)));
    }

    void scalesStraightIntoPartOfACanvas() {
        // A BT.709 picture scaled into the middle of bigger canvases, as the renderer does
        // with clips: the area gets the picture, everything else (including the bytes
        // swscale's SIMD writes past a row's end) keeps what was there.
        ffmpeg({"-f", "lavfi", "-i", "color=c=0x3366cc:s=640x360,format=rgb24", "-frames:v", "1",
                "-vf", "scale=out_color_matrix=bt709:out_range=tv,format=yuv420p", "-colorspace",
                "bt709", "-c:v", "libx264", "-qp", "0", "-preset", "ultrafast", p("part.mp4")});
        VideoDecoder dec(p("part.mp4").toStdString());
        const AVFrame& src = dec.frameAt(Time(0));
        QVERIFY(FrameScaler::yuvMatrixIsBt709(src));
        FrameScaler scaler;

        // Planes: 4:2:0 with rows padded as the export's canvases are.
        ff::FramePtr canvas = ff::makeFrame();
        const int w = 320, h = 240, bytes = 0x5a;
        canvas->format = AV_PIX_FMT_YUV420P;
        canvas->width = w + 2 * FrameScaler::kRowSlack;
        canvas->height = h;
        QCOMPARE(av_frame_get_buffer(canvas.get(), 64), 0);
        canvas->width = w;
        for (int plane = 0; plane < 3; ++plane) {
            memset(canvas->data[plane], bytes,
                   size_t(canvas->linesize[plane]) * (plane ? h / 2 : h));
        }
        const QRect area(38, 20, 150, 98); // even corner and size, not touching the edges
        uint8_t* const dst[3] = {
            canvas->data[0] + area.top() * canvas->linesize[0] + area.left(),
            canvas->data[1] + area.top() / 2 * canvas->linesize[1] + area.left() / 2,
            canvas->data[2] + area.top() / 2 * canvas->linesize[2] + area.left() / 2};
        scaler.scaleToYuv(src, dst, canvas->linesize, area.width(), area.height());
        for (int plane = 0; plane < 3; ++plane) {
            const int shift = plane == 0 ? 0 : 1;
            const QRect in(area.left() >> shift, area.top() >> shift, area.width() >> shift,
                           area.height() >> shift);
            for (int y = 0; y < (h >> shift); ++y) {
                const uint8_t* row = canvas->data[plane] + y * canvas->linesize[plane];
                for (int x = 0; x < canvas->linesize[plane]; ++x) {
                    if (!in.contains(x, y)) {
                        QVERIFY2(
                            row[x] == bytes,
                            qPrintable(
                                QString("plane %1 byte %2,%3 changed").arg(plane).arg(x).arg(y)));
                    }
                }
            }
        }
        // BT.709 limited range of 0x3366cc: Y 101, Cb 178, Cr 100 (within rounding).
        const uint8_t* mid = canvas->data[0] + (area.center().y()) * canvas->linesize[0];
        QVERIFY2(std::abs(mid[area.center().x()] - 101) <= 2,
                 qPrintable(QString::number(mid[area.center().x()])));
        const int cy = area.center().y() / 2, cx = area.center().x() / 2;
        QVERIFY(std::abs(canvas->data[1][cy * canvas->linesize[1] + cx] - 178) <= 2);
        QVERIFY(std::abs(canvas->data[2][cy * canvas->linesize[2] + cx] - 100) <= 2);

        // ARGB: a view into a padded image.
        QImage image = makePaddedImage(QSize(w, h));
        QVERIFY(image.bytesPerLine() >= w * 4 + FrameScaler::kRowSlack);
        memset(image.bits(), bytes, size_t(image.bytesPerLine()) * h);
        const QRect part(37, 21, 151, 97); // odd corners are fine in RGB
        QImage view(image.bits() + part.top() * image.bytesPerLine() + part.left() * 4,
                    part.width(), part.height(), image.bytesPerLine(),
                    QImage::Format_ARGB32_Premultiplied);
        scaler.scale(src, view, true);
        for (int y = 0; y < h; ++y) {
            const uint8_t* row = image.constScanLine(y);
            for (int x = 0; x < int(image.bytesPerLine()); ++x) {
                if (!part.contains(x / 4, y)) {
                    QVERIFY2(row[x] == bytes,
                             qPrintable(QString("RGB byte %1,%2 changed").arg(x).arg(y)));
                }
            }
        }
        const QColor c = averageColor(image, part.adjusted(4, 4, -4, -4));
        QVERIFY2(close(c, 0x33, 0x66, 0xcc, 3), qPrintable(describe(c)));
    }

    void contextIsReusedAcrossSizes() {
        makeFrameCodeVideo(dir_.path(), "fc.mp4", "25", 20, 320, 240);
        VideoDecoder dec(p("fc.mp4").toStdString());
        FrameScaler scaler;
        for (const QSize s :
             {QSize(160, 120), QSize(160, 120), QSize(320, 240), QSize(64, 48), QSize(320, 240)}) {
            QImage img(s, QImage::Format_ARGB32_Premultiplied);
            scaler.scale(dec.frameAt(Rational(13, 25)), img);
            QCOMPARE(readFrameCode(img, img.rect()), 13);
        }
        QImage wrong(10, 10, QImage::Format_RGB32);
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, scaler.scale(dec.frameAt(Time(0)), wrong));
    }

    void alphaIsPremultiplied() {
        ffmpeg({"-f", "lavfi", "-i", "color=c=0xff8000@0.5:s=64x48,format=rgba", "-frames:v", "1",
                p("half.png")});
        const QImage img = loadStillImage(p("half.png").toStdString());
        QCOMPARE(img.format(), QImage::Format_ARGB32_Premultiplied);
        QCOMPARE(img.size(), QSize(64, 48));
        const QRgb px = rawPixel(img, 10, 10);
        QVERIFY2(std::abs(qAlpha(px) - 128) <= 1, QByteArray::number(qAlpha(px)));
        QVERIFY2(std::abs(qRed(px) - qAlpha(px)) <= 1, QByteArray::number(qRed(px)));
        QVERIFY2(std::abs(qGreen(px) - 64) <= 1, QByteArray::number(qGreen(px)));
        QCOMPARE(qBlue(px), 0);
        // Through the scaler directly too, e.g. ProRes 4444 with alpha.
        ffmpeg({"-f", "lavfi", "-i", "color=c=0xff8000@0.25:s=64x48,format=yuva444p10le",
                "-frames:v", "1", "-c:v", "prores_ks", "-profile:v", "4444", p("alpha.mov")});
        VideoDecoder dec(p("alpha.mov").toStdString());
        QImage out(32, 24, QImage::Format_ARGB32_Premultiplied);
        FrameScaler scaler;
        scaler.scale(dec.frameAt(Time(0)), out);
        const QRgb q = rawPixel(out, 16, 12);
        QVERIFY2(std::abs(qAlpha(q) - 64) <= 2, QByteArray::number(qAlpha(q)));
        QVERIFY2(std::abs(qRed(q) - qAlpha(q)) <= 3, QByteArray::number(qRed(q)));
        QVERIFY(qRed(q) <= qAlpha(q) + 1 && qGreen(q) <= qAlpha(q) + 1);
    }

    void stillImages_data() {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("tolerance");
        QTest::newRow("png") << "pic.png" << 0;
        QTest::newRow("jpg") << "pic.jpg" << 6;
        QTest::newRow("webp") << "pic.webp" << 6;
        QTest::newRow("bmp") << "pic.bmp" << 0;
        QTest::newRow("percent name") << "pic%d.png" << 0;
    }
    void stillImages() {
        QFETCH(QString, name);
        QFETCH(int, tolerance);
        // Left half one colour, right half another, to check size and orientation.
        ffmpeg({"-f", "lavfi", "-i", "color=c=0x3366cc:s=120x80,format=rgb24", "-f", "lavfi", "-i",
                "color=c=0xe0c020:s=120x80,format=rgb24", "-filter_complex",
                "[0][1]hstack,format=rgb24", "-frames:v", "1", "-q:v", "2", "-update", "1",
                p(name)});
        const QImage img = loadStillImage(p(name).toStdString());
        QCOMPARE(img.format(), QImage::Format_ARGB32_Premultiplied);
        QCOMPARE(img.size(), QSize(240, 80));
        const QColor left = averageColor(img, QRect(10, 10, 90, 60));
        const QColor right = averageColor(img, QRect(130, 10, 90, 60));
        QVERIFY2(close(left, 0x33, 0x66, 0xcc, tolerance + 2), qPrintable(describe(left)));
        QVERIFY2(close(right, 0xe0, 0xc0, 0x20, tolerance + 2), qPrintable(describe(right)));
        QCOMPARE(qAlpha(rawPixel(img, 5, 5)), 255);
    }

    void stillImageErrors() {
        writeFile(p("broken.png"), QByteArray("\x89PNG\r\n\x1a\n garbage garbage"));
        try {
            loadStillImage(p("broken.png").toStdString());
            QFAIL("broken png loaded");
        } catch (const MediaError& e) {
            QVERIFY2(QString(e.what()).contains("broken.png"), e.what());
        }
        try {
            loadStillImage(p("absent.png").toStdString());
            QFAIL("missing png loaded");
        } catch (const MediaError& e) {
            QCOMPARE(e.stage(), std::string("open"));
        }
    }
};

QTEST_GUILESS_MAIN(TestFrameScaler)
#include "tst_frame_scaler.moc"
