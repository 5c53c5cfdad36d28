#include "text/text_outline.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <vector>

namespace reelcut {

namespace {

// Far away: no pixel of the silhouette. Finite, so the arithmetic below stays ordinary;
// a parabola this high never wins against a real one within the image.
constexpr float kFar = 1e20f;

// One dimension of the squared Euclidean distance transform (Felzenszwalb and
// Huttenlocher, "Distance Transforms of Sampled Functions"): d[q] = min_p (q-p)^2 + f[p],
// in linear time through the lower envelope of the parabolas.
void transform1d(const float* f, float* d, int n, std::vector<int>& v, std::vector<float>& z) {
    v.resize(std::size_t(n));
    z.resize(std::size_t(n) + 1);
    auto at = [&](int i) -> float& {
        return z[std::size_t(i)];
    };
    int k = 0;
    v[0] = 0;
    at(0) = -std::numeric_limits<float>::infinity();
    at(1) = std::numeric_limits<float>::infinity();
    for (int q = 1; q < n; ++q) {
        float s = 0;
        for (;;) { // z[0] is -infinity: this stops at k == 0 at the latest
            const int p = v[std::size_t(k)];
            s = ((f[q] + float(q) * float(q)) - (f[p] + float(p) * float(p))) /
                (2.0f * float(q - p));
            if (s > at(k)) {
                break;
            }
            --k;
        }
        ++k;
        v[std::size_t(k)] = q;
        at(k) = s;
        at(k + 1) = std::numeric_limits<float>::infinity();
    }
    k = 0;
    for (int q = 0; q < n; ++q) {
        while (at(k + 1) < float(q)) {
            ++k;
        }
        const int p = v[std::size_t(k)];
        d[q] = float(q - p) * float(q - p) + f[p];
    }
}

} // namespace

QImage grownSilhouette(const QImage& coverage, double radius) {
    const int w = coverage.width();
    const int h = coverage.height();
    QImage out(w, h, QImage::Format_Alpha8);
    if (w <= 0 || h <= 0) {
        return out;
    }
    // Squared distance to the nearest pixel at least half covered.
    std::vector<float> dist(std::size_t(w) * std::size_t(h));
    for (int y = 0; y < h; ++y) {
        const uchar* line = coverage.constScanLine(y);
        for (int x = 0; x < w; ++x) {
            dist[std::size_t(y) * w + x] = line[x] >= 128 ? 0.0f : kFar;
        }
    }
    std::vector<float> f(std::size_t(std::max(w, h))), d(std::size_t(std::max(w, h)));
    std::vector<int> v;
    std::vector<float> z;
    for (int x = 0; x < w; ++x) {
        for (int y = 0; y < h; ++y) {
            f[std::size_t(y)] = dist[std::size_t(y) * w + x];
        }
        transform1d(f.data(), d.data(), h, v, z);
        for (int y = 0; y < h; ++y) {
            dist[std::size_t(y) * w + x] = d[std::size_t(y)];
        }
    }
    for (int y = 0; y < h; ++y) {
        float* row = dist.data() + std::size_t(y) * w;
        transform1d(row, d.data(), w, v, z);
        std::copy(d.begin(), d.begin() + w, row);
    }
    // The letter's edge lies about half a pixel beyond the centre of its last covered
    // pixel; the silhouette reaches `radius` beyond it, with a one-pixel soft edge.
    const float reach = float(radius) + 0.5f;
    for (int y = 0; y < h; ++y) {
        uchar* o = out.scanLine(y);
        const uchar* c = coverage.constScanLine(y);
        const float* row = dist.data() + std::size_t(y) * w;
        for (int x = 0; x < w; ++x) {
            const float a = std::clamp(reach + 0.5f - std::sqrt(row[x]), 0.0f, 1.0f);
            o[x] = std::max(c[x], uchar(std::lround(a * 255)));
        }
    }
    return out;
}

} // namespace reelcut
