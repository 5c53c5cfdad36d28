#include "batch/data_rows.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>
#include <algorithm>
#include <boost/filesystem/operations.hpp>
#include <csv.h>
#include <fstream>
#include <memory>
#include <set>
#include <sstream>

namespace reelcut::batch {

namespace fs = boost::filesystem;

namespace {

// libcsv's parser state, freed on every path out.
struct CsvParser {
    csv_parser p{};
    bool ready = false;
    explicit CsvParser(unsigned char options) { ready = csv_init(&p, options) == 0; }
    ~CsvParser() {
        if (ready) {
            csv_free(&p);
        }
    }
    CsvParser(const CsvParser&) = delete;
    CsvParser& operator=(const CsvParser&) = delete;
};

struct CsvState {
    std::vector<std::vector<std::string>> records;
    std::vector<int> lines; // line each record starts on
    std::vector<std::string> current;
    int line = 1;       // line of the parser's position, counted by the caller per chunk
    int recordLine = 1; // where the current record started (empty lines before it aside)
};

void onField(void* data, std::size_t len, void* state) {
    auto* s = static_cast<CsvState*>(state);
    s->current.emplace_back(data == nullptr ? ""
                                            : std::string(static_cast<const char*>(data), len));
}

void onRecord(int, void* state) {
    auto* s = static_cast<CsvState*>(state);
    s->records.push_back(std::move(s->current));
    s->lines.push_back(s->recordLine);
    s->current.clear();
    s->recordLine = s->line + 1; // the terminator ends this line; the next record starts after
}

// RFC 4180 keeps spaces around unquoted fields; libcsv would trim them.
int noSpace(unsigned char) {
    return 0;
}

bool validUtf8(const std::string& s) {
    const QString q = QString::fromUtf8(s.data(), qsizetype(s.size()));
    return q.toUtf8() == QByteArray(s.data(), qsizetype(s.size()));
}

unsigned char guessDelimiter(const std::string& text, const std::string& format) {
    if (format == "tsv") {
        return '\t';
    }
    // Spreadsheets in much of Europe save "CSV" with semicolons: decide by the header.
    const std::string header = text.substr(0, text.find('\n'));
    const auto commas = std::count(header.begin(), header.end(), ',');
    const auto semis = std::count(header.begin(), header.end(), ';');
    return semis > commas ? ';' : ',';
}

DataSet parseCsv(const std::string& text, const std::string& format, const fs::path& file) {
    const std::string name = file.filename().string();
    CsvParser parser(CSV_STRICT | CSV_STRICT_FINI | CSV_APPEND_NULL);
    if (!parser.ready) {
        throw DataError(
            Message(QT_TRANSLATE_NOOP3("Engine", "%1: out of memory", "batch.data-no-memory"))
                .arg(name));
    }
    csv_set_delim(&parser.p, guessDelimiter(text, format));
    csv_set_space_func(&parser.p, noSpace);
    CsvState state;
    // Fed a line at a time so an error can name its line.
    std::size_t pos = 0;
    while (pos < text.size()) {
        std::size_t end = text.find('\n', pos);
        end = end == std::string::npos ? text.size() : end + 1;
        const std::size_t len = end - pos;
        if (csv_parse(&parser.p, text.data() + pos, len, onField, onRecord, &state) != len) {
            throw DataError(
                Message(QT_TRANSLATE_NOOP3("Engine",
                                           "%1: line %2: %3 (a quote inside a quoted field must be "
                                           "doubled: \"\")",
                                           "batch.csv-syntax"))
                    .arg(name)
                    .arg(state.line)
                    .arg(csv_strerror(csv_error(&parser.p))));
        }
        ++state.line;
        pos = end;
    }
    if (csv_fini(&parser.p, onField, onRecord, &state) != 0) {
        throw DataError(Message(QT_TRANSLATE_NOOP3("Engine",
                                                   "%1: line %2: a quoted field is not closed "
                                                   "before the end of the file",
                                                   "batch.csv-unclosed"))
                            .arg(name)
                            .arg(state.recordLine));
    }
    if (state.records.empty()) {
        throw DataError(Message(QT_TRANSLATE_NOOP3("Engine", "%1: no header line with column names",
                                                   "batch.csv-no-header"))
                            .arg(name));
    }
    DataSet set;
    set.file = file;
    set.columns = state.records.front();
    std::set<std::string> seen;
    for (std::size_t i = 0; i < set.columns.size(); ++i) {
        std::string& c = set.columns[i];
        // Excel adds stray spaces to headers; names are matched without them.
        c.erase(0, c.find_first_not_of(" \t"));
        c.erase(c.find_last_not_of(" \t") + 1);
        if (c.empty()) {
            throw DataError(
                Message(QT_TRANSLATE_NOOP3("Engine", "%1: line 1: column %2 has no name",
                                           "batch.csv-column-unnamed"))
                    .arg(name)
                    .arg(static_cast<long long>(i + 1)));
        }
        if (!seen.insert(c).second) {
            throw DataError(Message(QT_TRANSLATE_NOOP3("Engine",
                                                       "%1: line 1: the column \"%2\" appears "
                                                       "twice",
                                                       "batch.csv-column-twice"))
                                .arg(name)
                                .arg(c));
        }
    }
    for (std::size_t r = 1; r < state.records.size(); ++r) {
        const auto& rec = state.records[r];
        // A line with one empty field is an empty line (libcsv skips most of them).
        if (rec.size() == 1 && rec[0].empty()) {
            continue;
        }
        if (rec.size() > set.columns.size()) {
            throw DataError(Message(QT_TRANSLATE_NOOP3("Engine",
                                                       "%1: line %2: %3 fields, but the header "
                                                       "has %4 columns",
                                                       "batch.csv-too-many-fields"))
                                .arg(name)
                                .arg(state.lines[r])
                                .arg(static_cast<long long>(rec.size()))
                                .arg(static_cast<long long>(set.columns.size())));
        }
        DataRow row;
        row.number = int(set.rows.size()) + 1;
        row.line = state.lines[r];
        for (std::size_t i = 0; i < set.columns.size(); ++i) {
            row.values[set.columns[i]] = i < rec.size() ? rec[i] : std::string();
        }
        set.rows.push_back(std::move(row));
    }
    return set;
}

DataSet parseJson(const std::string& text, const fs::path& file) {
    const std::string name = file.filename().string();
    QJsonParseError err{};
    const QJsonDocument doc =
        QJsonDocument::fromJson(QByteArray(text.data(), qsizetype(text.size())), &err);
    if (err.error != QJsonParseError::NoError) {
        throw DataError(
            Message(QT_TRANSLATE_NOOP3("Engine", "%1: %2 at byte %3", "batch.json-syntax"))
                .arg(name)
                .arg(err.errorString())
                .arg(static_cast<long long>(err.offset)));
    }
    QJsonArray items;
    if (doc.isArray()) {
        items = doc.array();
    } else if (doc.isObject() && doc.object().value("rows").isArray()) {
        items = doc.object().value("rows").toArray();
    } else {
        throw DataError(Message(QT_TRANSLATE_NOOP3("Engine",
                                                   "%1: expected a JSON array of objects (one "
                                                   "per row)",
                                                   "batch.json-not-rows"))
                            .arg(name));
    }
    DataSet set;
    set.file = file;
    std::set<std::string> seen;
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (!items.at(i).isObject()) {
            throw DataError(Message(QT_TRANSLATE_NOOP3("Engine",
                                                       "%1: item %2: expected an object like "
                                                       "{\"headline\": \"...\"}",
                                                       "batch.json-item-not-object"))
                                .arg(name)
                                .arg(static_cast<long long>(i + 1)));
        }
        const QJsonObject o = items.at(i).toObject();
        DataRow row;
        row.number = int(i) + 1;
        for (auto it = o.begin(); it != o.end(); ++it) {
            const std::string key = it.key().toStdString();
            std::string value;
            const QJsonValue v = it.value();
            if (v.isString()) {
                value = v.toString().toStdString();
            } else if (v.isDouble()) {
                value = QString::number(v.toDouble(), 'g', 15).toStdString();
            } else if (v.isBool()) {
                value = v.toBool() ? "true" : "false";
            } else if (!v.isNull()) {
                throw DataError(Message(QT_TRANSLATE_NOOP3("Engine",
                                                           "%1: item %2: \"%3\": expected a "
                                                           "string, number, true/false or null",
                                                           "batch.json-bad-value"))
                                    .arg(name)
                                    .arg(static_cast<long long>(i + 1))
                                    .arg(key));
            }
            row.values[key] = value;
            if (seen.insert(key).second) {
                set.columns.push_back(key);
            }
        }
        set.rows.push_back(std::move(row));
    }
    return set;
}

} // namespace

DataSet parseData(const std::string& bytes, const std::string& format, const fs::path& file) {
    std::string text = bytes;
    if (text.compare(0, 3, "\xEF\xBB\xBF") == 0) {
        text.erase(0, 3); // Excel's "CSV UTF-8" starts with a byte-order mark
    }
    if (!validUtf8(text)) {
        throw DataError(Message(QT_TRANSLATE_NOOP3("Engine",
                                                   "%1: not UTF-8 text; save the spreadsheet "
                                                   "as \"CSV UTF-8\"",
                                                   "batch.data-not-utf8"))
                            .arg(file.filename().string()));
    }
    DataSet set = format == "json" ? parseJson(text, file) : parseCsv(text, format, file);
    set.baseDir = file.empty() ? fs::path() : fs::absolute(file).parent_path().lexically_normal();
    return set;
}

DataSet loadData(const fs::path& file) {
    boost::system::error_code ec;
    if (!fs::exists(file, ec)) {
        throw DataError(
            Message(QT_TRANSLATE_NOOP3("Engine", "%1: data file not found", "batch.data-missing"))
                .arg(file.string()));
    }
    std::ifstream in(file.string(), std::ios::binary);
    if (!in) {
        throw DataError(
            Message(QT_TRANSLATE_NOOP3("Engine", "%1: cannot read", "batch.data-unreadable"))
                .arg(file.string()));
    }
    std::ostringstream ss;
    ss << in.rdbuf();
    std::string ext = file.extension().string();
    std::transform(ext.begin(), ext.end(), ext.begin(), ::tolower);
    const std::string format = ext == ".json" ? "json" : ext == ".tsv" ? "tsv" : "csv";
    return parseData(ss.str(), format, file);
}

} // namespace reelcut::batch
