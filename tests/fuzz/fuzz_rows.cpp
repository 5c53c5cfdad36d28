// A batch's data rows (CSV, TSV, JSON): any bytes end in rows or a DataError; every row
// has a number and values only for known columns.

#include "batch/data_rows.h"
#include "fuzz_support.h"

#include <algorithm>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    reelcut::fuzz::setUp();
    using namespace reelcut::batch;
    if (size < 1) {
        return 0;
    }
    const char* formats[] = {"csv", "tsv", "json"};
    const std::string bytes(reinterpret_cast<const char*>(data) + 1, size - 1);
    DataSet set;
    try {
        set = parseData(bytes, formats[data[0] % 3], "/fuzz/rows");
    } catch (const DataError&) {
        return 0;
    }
    for (std::size_t i = 0; i < set.rows.size(); ++i) {
        const DataRow& row = set.rows[i];
        if (row.number != int(i) + 1) {
            std::abort();
        }
        for (const auto& [column, value] : row.values) {
            if (std::find(set.columns.begin(), set.columns.end(), column) == set.columns.end()) {
                std::abort();
            }
        }
    }
    return 0;
}
