#pragma once

// Colour lookup tables in the .cube format (Adobe's Cube LUT specification 1.0, as
// Resolve, Premiere and most LUT packs write it): a 1D table, a 3D table or both (a 1D
// shaper before a 3D cube), DOMAIN_MIN/MAX, and Resolve's LUT_1D/3D_INPUT_RANGE.

#include <QByteArray>
#include <QImage>
#include <array>
#include <boost/filesystem/path.hpp>
#include <cstdint>
#include <stdexcept>
#include <string>
#include <vector>

namespace reelcut {

// A .cube file that cannot be used; the message names the file and the line.
class LutError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

struct CubeLut {
    std::string title;
    int size1d = 0; // 0: no 1D table
    int size3d = 0; // 0: no 3D table
    std::array<float, 3> domainMin1d{0, 0, 0};
    std::array<float, 3> domainMax1d{1, 1, 1};
    std::array<float, 3> domainMin3d{0, 0, 0};
    std::array<float, 3> domainMax3d{1, 1, 1};
    std::vector<float> table1d; // size1d rows of r, g, b
    std::vector<float> table3d; // size3d^3 rows of r, g, b; red changes fastest

    // The LUT applied to one colour (components 0..1), tetrahedral in the cube: the
    // reference the 8-bit path is tested against.
    std::array<float, 3> apply(std::array<float, 3> rgb) const;
};

// Parses the text of a .cube file; `name` (the file) starts every error message.
CubeLut parseCube(const QByteArray& text, const std::string& name);
CubeLut loadCube(const boost::filesystem::path& file);

// Writes a LUT as .cube text with `decimals` decimals, as the built-in looks are made.
QByteArray writeCube(const CubeLut& lut, int decimals = 6);

// A LUT prepared for 8-bit pictures: per channel, where each input level falls in the
// cube (the 1D table and the domain folded in), and the cube in 16-bit fixed point.
// Built once per file; apply() then costs a few table reads and multiplies per pixel.
class LutApplier {
public:
    explicit LutApplier(const CubeLut& lut);
    // Applies the LUT to premultiplied ARGB32 pixels in place, mixed with the original by
    // `intensity` (0..1). Translucent pixels are un-premultiplied around the lookup.
    void apply(QImage& image, double intensity) const;
    void applyRow(std::uint32_t* pixels, int count, int intensity256) const;

private:
    struct Axis {
        std::int32_t offset[256]; // index of the lower grid point times the axis' stride
        std::int32_t frac[256];   // position between it and the next, 0..4096
    };
    static void finish(std::uint32_t& px, int a, int r, int g, int b, int* out, int intensity256);

    int size_ = 0; // 0: a 1D LUT, applied through curves_
    std::array<std::array<std::uint8_t, 256>, 3> curves_{};
    Axis axes_[3]; // r, g, b
    // Grid points as r, g, b, 0 in units of 1/4080 (255 * 16, so 4 fraction bits survive).
    std::vector<std::int16_t> cube_;
};

} // namespace reelcut
