// .cube colour tables (1D and 3D, any size the format allows, domains): any bytes end in a
// table or a LutError; a table that loads is written back and parses to the same sizes,
// and applying it to a row of pixels stays inside the table.

#include "color/cube_lut.h"
#include "fuzz_support.h"

#include <array>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    reelcut::fuzz::setUp();
    using namespace reelcut;
    CubeLut lut;
    try {
        lut = parseCube(QByteArray(reinterpret_cast<const char*>(data), qsizetype(size)), "fuzz");
    } catch (const LutError&) {
        return 0;
    }
    if (lut.table1d.size() != std::size_t(lut.size1d) * 3 ||
        lut.table3d.size() !=
            std::size_t(lut.size3d) * std::size_t(lut.size3d) * std::size_t(lut.size3d) * 3) {
        std::abort();
    }
    (void)lut.apply({0.f, 0.5f, 1.f});
    const LutApplier applier(lut);
    std::array<std::uint32_t, 4> row{0xff000000u, 0xffffffffu, 0x80402010u, 0x00000000u};
    applier.applyRow(row.data(), int(row.size()), 256);
    const CubeLut again = parseCube(writeCube(lut), "fuzz again");
    if (again.size1d != lut.size1d || again.size3d != lut.size3d) {
        std::abort();
    }
    return 0;
}
