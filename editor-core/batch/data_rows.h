#pragma once

// The rows a batch renders: a CSV file (RFC 4180: quoted fields, embedded commas, quotes
// and newlines, UTF-8 with or without a byte-order mark; a first line of column names)
// or a JSON array of objects. Media paths in rows are relative to the data file.

#include "util/message.h"

#include <boost/filesystem/path.hpp>
#include <map>
#include <string>
#include <vector>

namespace reelcut::batch {

// A data file that cannot be read; the message names the file and the line or item.
class DataError : public Error {
public:
    using Error::Error;
};

struct DataRow {
    int number = 0; // 1-based, in file order
    int line = 0;   // CSV: line where the row starts; JSON: 0
    std::map<std::string, std::string> values;
};

struct DataSet {
    boost::filesystem::path file;
    boost::filesystem::path baseDir;  // media paths in rows are relative to this
    std::vector<std::string> columns; // in file order
    std::vector<DataRow> rows;
};

// Reads a .csv (comma or semicolon separated; tab for .tsv) or a .json file by its
// extension. Throws DataError.
DataSet loadData(const boost::filesystem::path& file);
// The same from bytes (format: "csv", "tsv" or "json").
DataSet parseData(const std::string& bytes, const std::string& format,
                  const boost::filesystem::path& file);

} // namespace reelcut::batch
