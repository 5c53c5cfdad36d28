#include "render/box_blur.h"

#include <algorithm>
#include <vector>

namespace reelcut {

namespace {

// One running-sum pass over `count` pixels spaced `stride` QRgb apart.
void blurLine(QRgb* p, int count, int stride, int r, std::vector<QRgb>& tmp) {
    tmp.resize(static_cast<size_t>(count));
    for (int i = 0; i < count; ++i) {
        tmp[static_cast<size_t>(i)] = p[i * stride];
    }
    const int window = 2 * r + 1;
    int sum[4] = {0, 0, 0, 0};
    auto add = [&](QRgb c, int sign) {
        sum[0] += sign * int(qAlpha(c));
        sum[1] += sign * int(qRed(c));
        sum[2] += sign * int(qGreen(c));
        sum[3] += sign * int(qBlue(c));
    };
    auto at = [&](int i) {
        return tmp[static_cast<size_t>(std::clamp(i, 0, count - 1))];
    };
    for (int i = -r; i <= r; ++i) {
        add(at(i), 1);
    }
    for (int i = 0; i < count; ++i) {
        p[i * stride] = qRgba(sum[1] / window, sum[2] / window, sum[3] / window, sum[0] / window);
        add(at(i + r + 1), 1);
        add(at(i - r), -1);
    }
}

// The same running sum over one 8-bit channel.
void blurLine8(std::uint8_t* p, int count, int stride, int r, std::vector<std::uint8_t>& tmp) {
    tmp.resize(static_cast<size_t>(count));
    for (int i = 0; i < count; ++i) {
        tmp[static_cast<size_t>(i)] = p[std::ptrdiff_t(i) * stride];
    }
    const int window = 2 * r + 1;
    auto at = [&](int i) {
        return int(tmp[static_cast<size_t>(std::clamp(i, 0, count - 1))]);
    };
    int sum = 0;
    for (int i = -r; i <= r; ++i) {
        sum += at(i);
    }
    for (int i = 0; i < count; ++i) {
        p[std::ptrdiff_t(i) * stride] = std::uint8_t(sum / window);
        sum += at(i + r + 1) - at(i - r);
    }
}

} // namespace

void boxBlurPlane(std::uint8_t* data, int width, int height, int stride, int radius, int passes) {
    if (radius < 1 || width <= 0 || height <= 0) {
        return;
    }
    thread_local std::vector<std::uint8_t> tmp; // no allocation per frame
    for (int pass = 0; pass < passes; ++pass) {
        for (int y = 0; y < height; ++y) {
            blurLine8(data + std::ptrdiff_t(y) * stride, width, 1, radius, tmp);
        }
        for (int x = 0; x < width; ++x) {
            blurLine8(data + x, height, stride, radius, tmp);
        }
    }
}

void boxBlur(QImage& image, int radius, int passes) {
    if (radius < 1 || image.isNull()) {
        return;
    }
    if (image.format() != QImage::Format_ARGB32_Premultiplied &&
        image.format() != QImage::Format_ARGB32 && image.format() != QImage::Format_RGB32) {
        image = image.convertToFormat(QImage::Format_ARGB32_Premultiplied);
    }
    std::vector<QRgb> tmp;
    const int w = image.width();
    const int h = image.height();
    const int stride = static_cast<int>(image.bytesPerLine() / 4);
    auto* base = reinterpret_cast<QRgb*>(image.bits());
    for (int pass = 0; pass < passes; ++pass) {
        for (int y = 0; y < h; ++y) {
            blurLine(base + y * stride, w, 1, radius, tmp);
        }
        for (int x = 0; x < w; ++x) {
            blurLine(base + x, h, stride, radius, tmp);
        }
    }
}

} // namespace reelcut
