#include "color/cube_lut.h"

#include <QFile>
#include <QList>
#include <algorithm>
#include <cmath>
#include <cstring>

namespace reelcut {

namespace {

constexpr int kMax3d = 256;
constexpr int kMax1d = 65536;

[[noreturn]] void fail(const std::string& name, int line, const std::string& what) {
    throw LutError(name + (line > 0 ? ": line " + std::to_string(line) : std::string()) + ": " +
                   what);
}

bool parseFloat(const QByteArray& word, float& out) {
    bool ok = false;
    out = word.toFloat(&ok);
    return ok && std::isfinite(out);
}

// Linear interpolation in a 1D table at position x (0..size-1), channel c.
float lookup1d(const CubeLut& lut, float x, int c) {
    const int n = lut.size1d;
    x = std::clamp(x, 0.0f, float(n - 1));
    const int i = std::min(int(x), n - 2);
    const float f = x - float(i);
    const float a = lut.table1d[std::size_t(i) * 3 + std::size_t(c)];
    const float b = lut.table1d[std::size_t(i + 1) * 3 + std::size_t(c)];
    return a + (b - a) * f;
}

// The input of the 3D table for one channel value: through the 1D shaper if there is one,
// then placed on the cube's grid (0..size3d-1).
float gridPosition(const CubeLut& lut, float v, int c) {
    if (lut.size1d > 0) {
        const float t = (v - lut.domainMin1d[c]) / (lut.domainMax1d[c] - lut.domainMin1d[c]);
        v = lookup1d(lut, t * float(lut.size1d - 1), c);
    }
    if (lut.size3d == 0) {
        return v;
    }
    const float t = (v - lut.domainMin3d[c]) / (lut.domainMax3d[c] - lut.domainMin3d[c]);
    return std::clamp(t, 0.0f, 1.0f) * float(lut.size3d - 1);
}

} // namespace

std::array<float, 3> CubeLut::apply(std::array<float, 3> rgb) const {
    std::array<float, 3> pos{};
    for (int c = 0; c < 3; ++c) {
        pos[std::size_t(c)] = gridPosition(*this, rgb[std::size_t(c)], c);
    }
    if (size3d == 0) {
        return pos;
    }
    const int n = size3d;
    int i0[3];
    float f[3];
    for (int c = 0; c < 3; ++c) {
        i0[c] = std::min(int(pos[std::size_t(c)]), n - 2);
        f[c] = pos[std::size_t(c)] - float(i0[c]);
    }
    auto at = [&](int dr, int dg, int db, int c) {
        const std::size_t idx =
            (std::size_t(i0[2] + db) * std::size_t(n) + std::size_t(i0[1] + dg)) * std::size_t(n) +
            std::size_t(i0[0] + dr);
        return table3d[idx * 3 + std::size_t(c)];
    };
    std::array<float, 3> out{};
    const float fr = f[0], fg = f[1], fb = f[2];
    for (int c = 0; c < 3; ++c) {
        const float c000 = at(0, 0, 0, c), c111 = at(1, 1, 1, c);
        float v = 0;
        if (fr > fg) {
            if (fg > fb) {
                v = c000 + fr * (at(1, 0, 0, c) - c000) + fg * (at(1, 1, 0, c) - at(1, 0, 0, c)) +
                    fb * (c111 - at(1, 1, 0, c));
            } else if (fr > fb) {
                v = c000 + fr * (at(1, 0, 0, c) - c000) + fb * (at(1, 0, 1, c) - at(1, 0, 0, c)) +
                    fg * (c111 - at(1, 0, 1, c));
            } else {
                v = c000 + fb * (at(0, 0, 1, c) - c000) + fr * (at(1, 0, 1, c) - at(0, 0, 1, c)) +
                    fg * (c111 - at(1, 0, 1, c));
            }
        } else {
            if (fb > fg) {
                v = c000 + fb * (at(0, 0, 1, c) - c000) + fg * (at(0, 1, 1, c) - at(0, 0, 1, c)) +
                    fr * (c111 - at(0, 1, 1, c));
            } else if (fb > fr) {
                v = c000 + fg * (at(0, 1, 0, c) - c000) + fb * (at(0, 1, 1, c) - at(0, 1, 0, c)) +
                    fr * (c111 - at(0, 1, 1, c));
            } else {
                v = c000 + fg * (at(0, 1, 0, c) - c000) + fr * (at(1, 1, 0, c) - at(0, 1, 0, c)) +
                    fb * (c111 - at(1, 1, 0, c));
            }
        }
        out[std::size_t(c)] = v;
    }
    return out;
}

CubeLut parseCube(const QByteArray& text, const std::string& name) {
    CubeLut lut;
    bool domainMinSeen = false, domainMaxSeen = false;
    std::array<float, 3> domainMin{0, 0, 0}, domainMax{1, 1, 1};
    bool inputRange1d = false, inputRange3d = false;
    std::vector<float> data;
    int firstDataLine = 0;
    int lineNo = 0;
    std::size_t expected = 0;
    const QList<QByteArray> lines = text.split('\n');
    auto sizeOf = [&](const QList<QByteArray>& words, int max, const char* key) {
        bool ok = false;
        const int n = words.size() == 2 ? words[1].toInt(&ok) : 0;
        if (!ok) {
            fail(name, lineNo, std::string(key) + " needs one whole number");
        }
        if (n < 2 || n > max) {
            fail(name, lineNo,
                 std::string(key) + " " + std::to_string(n) + " is out of range (2 to " +
                     std::to_string(max) + ")");
        }
        if (!data.empty()) {
            fail(name, lineNo, std::string(key) + " must come before the table's values");
        }
        return n;
    };
    auto triple = [&](const QList<QByteArray>& words, const char* key) {
        std::array<float, 3> v{};
        if (words.size() != 4 || !parseFloat(words[1], v[0]) || !parseFloat(words[2], v[1]) ||
            !parseFloat(words[3], v[2])) {
            fail(name, lineNo, std::string(key) + " needs three numbers");
        }
        return v;
    };
    for (const QByteArray& raw : lines) {
        ++lineNo;
        const QByteArray line = raw.trimmed();
        if (line.isEmpty() || line.startsWith('#')) {
            continue;
        }
        const QList<QByteArray> words = line.simplified().split(' ');
        const QByteArray& key = words[0];
        if (key == "TITLE") {
            const int q1 = line.indexOf('"'), q2 = line.lastIndexOf('"');
            lut.title = q2 > q1 ? line.mid(q1 + 1, q2 - q1 - 1).toStdString()
                                : line.mid(5).trimmed().toStdString();
        } else if (key == "LUT_3D_SIZE") {
            lut.size3d = sizeOf(words, kMax3d, "LUT_3D_SIZE");
        } else if (key == "LUT_1D_SIZE") {
            lut.size1d = sizeOf(words, kMax1d, "LUT_1D_SIZE");
        } else if (key == "DOMAIN_MIN") {
            domainMin = triple(words, "DOMAIN_MIN");
            domainMinSeen = true;
        } else if (key == "DOMAIN_MAX") {
            domainMax = triple(words, "DOMAIN_MAX");
            domainMaxSeen = true;
        } else if (key == "LUT_1D_INPUT_RANGE" || key == "LUT_3D_INPUT_RANGE") {
            float lo = 0, hi = 0;
            if (words.size() != 3 || !parseFloat(words[1], lo) || !parseFloat(words[2], hi)) {
                fail(name, lineNo, key.toStdString() + " needs two numbers");
            }
            if (lo >= hi) {
                fail(name, lineNo, key.toStdString() + ": the minimum must be below the maximum");
            }
            auto& mn = key == "LUT_1D_INPUT_RANGE" ? lut.domainMin1d : lut.domainMin3d;
            auto& mx = key == "LUT_1D_INPUT_RANGE" ? lut.domainMax1d : lut.domainMax3d;
            mn = {lo, lo, lo};
            mx = {hi, hi, hi};
            (key == "LUT_1D_INPUT_RANGE" ? inputRange1d : inputRange3d) = true;
        } else if ((key[0] >= '0' && key[0] <= '9') || key[0] == '-' || key[0] == '+' ||
                   key[0] == '.') {
            if (lut.size1d == 0 && lut.size3d == 0) {
                fail(name, lineNo, "values before LUT_1D_SIZE or LUT_3D_SIZE");
            }
            if (expected == 0) {
                expected = std::size_t(lut.size1d) * 3 + std::size_t(lut.size3d) *
                                                             std::size_t(lut.size3d) *
                                                             std::size_t(lut.size3d) * 3;
                firstDataLine = lineNo;
            }
            float v[3];
            if (words.size() != 3 || !parseFloat(words[0], v[0]) || !parseFloat(words[1], v[1]) ||
                !parseFloat(words[2], v[2])) {
                fail(name, lineNo, "expected three numbers (r g b)");
            }
            if (data.size() >= expected) {
                fail(name, lineNo,
                     "more values than the table holds (" + std::to_string(expected / 3) +
                         " rows)");
            }
            for (float x : v) {
                // Outputs may leave 0..1 (HDR, log), but not by absurd amounts.
                if (std::abs(x) > 1000.0f) {
                    fail(name, lineNo,
                         "value " + words[0].toStdString() + " " + words[1].toStdString() + " " +
                             words[2].toStdString() + " is out of range (-1000 to 1000)");
                }
            }
            data.insert(data.end(), v, v + 3);
        } else {
            fail(name, lineNo, "unknown keyword \"" + key.left(40).toStdString() + "\"");
        }
    }
    if (lut.size1d == 0 && lut.size3d == 0) {
        fail(name, 0, "not a .cube LUT: no LUT_1D_SIZE or LUT_3D_SIZE");
    }
    // From the sizes, not from the first value line: a file with sizes and no values at
    // all has none (found by tests/fuzz/fuzz_cube: it was taken as a table of nothing).
    expected = std::size_t(lut.size1d) * 3 +
               std::size_t(lut.size3d) * std::size_t(lut.size3d) * std::size_t(lut.size3d) * 3;
    if (data.size() != expected) {
        fail(name, lineNo,
             "missing values: the table needs " + std::to_string(expected / 3) +
                 " rows, the file has " + std::to_string(data.size() / 3) +
                 (firstDataLine > 0 ? " (from line " + std::to_string(firstDataLine) + ")"
                                    : std::string()));
    }
    for (int c = 0; c < 3; ++c) {
        if (domainMin[std::size_t(c)] >= domainMax[std::size_t(c)]) {
            fail(name, 0, "DOMAIN_MIN must be below DOMAIN_MAX in every channel");
        }
    }
    // DOMAIN_MIN/MAX apply to whichever table comes first (the input of the file).
    if (domainMinSeen || domainMaxSeen) {
        if (lut.size1d > 0 && !inputRange1d) {
            lut.domainMin1d = domainMin;
            lut.domainMax1d = domainMax;
        } else if (lut.size3d > 0 && !inputRange3d) {
            lut.domainMin3d = domainMin;
            lut.domainMax3d = domainMax;
        }
    }
    const std::size_t n1 = std::size_t(lut.size1d) * 3;
    lut.table1d.assign(data.begin(), data.begin() + std::ptrdiff_t(n1));
    lut.table3d.assign(data.begin() + std::ptrdiff_t(n1), data.end());
    return lut;
}

CubeLut loadCube(const boost::filesystem::path& file) {
    QFile f(QString::fromStdString(file.string()));
    if (!f.open(QIODevice::ReadOnly)) {
        throw LutError(
            file.string() + ": " +
            (f.exists() ? f.errorString().toStdString() : std::string("file not found")));
    }
    // Even a 256^3 cube is about 400 MB of text; anything beyond that is not a LUT.
    if (f.size() > 512LL * 1024 * 1024) {
        throw LutError(file.string() + ": too large for a .cube LUT");
    }
    return parseCube(f.readAll(), file.filename().string());
}

QByteArray writeCube(const CubeLut& lut, int decimals) {
    QByteArray out;
    if (!lut.title.empty()) {
        out += "TITLE \"" + QByteArray::fromStdString(lut.title) + "\"\n";
    }
    auto triple = [&out](const char* key, const std::array<float, 3>& v) {
        out += QByteArray(key) + " " + QByteArray::number(v[0]) + " " + QByteArray::number(v[1]) +
               " " + QByteArray::number(v[2]) + "\n";
    };
    if (lut.size1d > 0) {
        out += "LUT_1D_SIZE " + QByteArray::number(lut.size1d) + "\n";
    }
    if (lut.size3d > 0) {
        out += "LUT_3D_SIZE " + QByteArray::number(lut.size3d) + "\n";
    }
    const bool d1 = lut.domainMin1d != std::array<float, 3>{0, 0, 0} ||
                    lut.domainMax1d != std::array<float, 3>{1, 1, 1};
    const bool d3 = lut.domainMin3d != std::array<float, 3>{0, 0, 0} ||
                    lut.domainMax3d != std::array<float, 3>{1, 1, 1};
    if (lut.size1d > 0 && d1) {
        triple("DOMAIN_MIN", lut.domainMin1d);
        triple("DOMAIN_MAX", lut.domainMax1d);
    } else if (lut.size1d == 0 && d3) {
        triple("DOMAIN_MIN", lut.domainMin3d);
        triple("DOMAIN_MAX", lut.domainMax3d);
    }
    char buf[96];
    auto rows = [&](const std::vector<float>& t) {
        for (std::size_t i = 0; i + 2 < t.size(); i += 3) {
            std::snprintf(buf, sizeof buf, "%.*f %.*f %.*f\n", decimals, double(t[i]), decimals,
                          double(t[i + 1]), decimals, double(t[i + 2]));
            out += buf;
        }
    };
    rows(lut.table1d);
    rows(lut.table3d);
    return out;
}

LutApplier::LutApplier(const CubeLut& lut) {
    if (lut.size3d == 0) {
        // A 1D table is a curve per channel: one output level per input level.
        for (int c = 0; c < 3; ++c) {
            for (int v = 0; v < 256; ++v) {
                const float out = gridPosition(lut, float(v) / 255.0f, c);
                curves_[std::size_t(c)][std::size_t(v)] =
                    static_cast<std::uint8_t>(std::clamp(std::lround(out * 255.0f), 0L, 255L));
            }
        }
        return;
    }
    const CubeLut& cube = lut;
    size_ = cube.size3d;
    const int n = size_;
    const int strides[3] = {1, n, n * n};
    for (int c = 0; c < 3; ++c) {
        for (int v = 0; v < 256; ++v) {
            const float pos = gridPosition(cube, float(v) / 255.0f, c);
            const int i = std::min(int(pos), n - 2);
            axes_[c].offset[v] = i * strides[c] * 4;
            axes_[c].frac[v] = int(std::lround((pos - float(i)) * 4096.0f));
        }
    }
    cube_.resize(std::size_t(n) * n * n * 4);
    for (std::size_t i = 0; i < std::size_t(n) * n * n; ++i) {
        for (int c = 0; c < 3; ++c) {
            const float v = cube.table3d[i * 3 + std::size_t(c)] * 4080.0f;
            cube_[i * 4 + std::size_t(c)] =
                static_cast<std::int16_t>(std::lround(std::clamp(v, -32768.0f, 32767.0f)));
        }
        cube_[i * 4 + 3] = 0;
    }
}

// Mixes the looked-up colour with the original by the intensity and stores it.
inline void LutApplier::finish(std::uint32_t& px, int a, int r, int g, int b, int* out,
                               int intensity256) {
    if (intensity256 < 256) {
        out[0] = r + (((out[0] - r) * intensity256 + 128) >> 8);
        out[1] = g + (((out[1] - g) * intensity256 + 128) >> 8);
        out[2] = b + (((out[2] - b) * intensity256 + 128) >> 8);
    }
    if (a != 255) {
        for (int c = 0; c < 3; ++c) {
            out[c] = (out[c] * a + 127) / 255;
        }
    }
    px = (std::uint32_t(a) << 24) | (std::uint32_t(out[0]) << 16) | (std::uint32_t(out[1]) << 8) |
         std::uint32_t(out[2]);
}

void LutApplier::applyRow(std::uint32_t* px, int count, int intensity256) const {
    const int n = size_;
    const int dr = 4, dg = n * 4, db = n * n * 4;
    const std::int16_t* cube = cube_.data();
    for (int x = 0; x < count; ++x) {
        const std::uint32_t p = px[x];
        const int a = int(p >> 24);
        if (a == 0) {
            continue;
        }
        int r = int((p >> 16) & 0xff), g = int((p >> 8) & 0xff), b = int(p & 0xff);
        if (a != 255) {
            r = std::min(255, (r * 255 + a / 2) / a);
            g = std::min(255, (g * 255 + a / 2) / a);
            b = std::min(255, (b * 255 + a / 2) / a);
        }
        int out[3];
        if (size_ == 0) {
            out[0] = curves_[0][std::size_t(r)];
            out[1] = curves_[1][std::size_t(g)];
            out[2] = curves_[2][std::size_t(b)];
            finish(px[x], a, r, g, b, out, intensity256);
            continue;
        }
        const int fr = axes_[0].frac[r], fg = axes_[1].frac[g], fb = axes_[2].frac[b];
        const std::int16_t* c000 =
            cube + axes_[0].offset[r] + axes_[1].offset[g] + axes_[2].offset[b];
        // The tetrahedron holding the point: the three steps from c000 to c111, in the
        // order of the largest fraction first.
        int s1, s2, w1, w2, w3;
        if (fr > fg) {
            if (fg > fb) {
                s1 = dr, s2 = dr + dg, w1 = fr, w2 = fg, w3 = fb;
            } else if (fr > fb) {
                s1 = dr, s2 = dr + db, w1 = fr, w2 = fb, w3 = fg;
            } else {
                s1 = db, s2 = db + dr, w1 = fb, w2 = fr, w3 = fg;
            }
        } else {
            if (fb > fg) {
                s1 = db, s2 = db + dg, w1 = fb, w2 = fg, w3 = fr;
            } else if (fb > fr) {
                s1 = dg, s2 = dg + db, w1 = fg, w2 = fb, w3 = fr;
            } else {
                s1 = dg, s2 = dg + dr, w1 = fg, w2 = fr, w3 = fb;
            }
        }
        const std::int16_t* c1 = c000 + s1;
        const std::int16_t* c2 = c000 + s2;
        const std::int16_t* c3 = c000 + dr + dg + db;
        for (int c = 0; c < 3; ++c) {
            // Weights of the four corners: (4096 - w1), (w1 - w2), (w2 - w3), w3.
            const int v =
                c000[c] * (4096 - w1) + c1[c] * (w1 - w2) + c2[c] * (w2 - w3) + c3[c] * w3;
            // v is in 1/4080 * 1/4096 units; to 0..255 with rounding.
            out[c] = std::clamp((v + (1 << 15)) >> 16, 0, 255);
        }
        finish(px[x], a, r, g, b, out, intensity256);
    }
}

void LutApplier::apply(QImage& image, double intensity) const {
    const int i256 = static_cast<int>(std::lround(std::clamp(intensity, 0.0, 1.0) * 256));
    if (i256 == 0) {
        return;
    }
    for (int y = 0; y < image.height(); ++y) {
        applyRow(reinterpret_cast<std::uint32_t*>(image.scanLine(y)), image.width(), i256);
    }
}

} // namespace reelcut
