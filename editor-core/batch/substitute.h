#pragma once

// A data row through a template: its values checked against the fields' types and
// limits, then put into the template's JSON, which is read back as a plain Project.

#include "batch/batch_template.h"
#include "batch/data_rows.h"
#include "batch/media_check.h"
#include "util/message.h"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace reelcut::batch {

struct RowValues {
    // Field name -> the value to use: defaults filled in, colours normalised, numbers in
    // C notation, media as absolute paths (row paths are relative to the data file).
    std::map<std::string, std::string> values;
    // Field name -> the row's text as given (for output names).
    std::map<std::string, std::string> raw;
    std::vector<Message> errors; // each names the field: "headline: 52 characters..."
    std::vector<Message> warnings;
};

// Checks one row's values against the template's fields: required, max_chars, numbers in
// range, colours, fonts installed, choices, media present, readable and of the accepted
// kind.
RowValues resolveRow(const BatchTemplate& tpl, const DataSet& data, const DataRow& row,
                     MediaFacts& media);

// Values of the built-in tokens of one job: row, ratio, preset.
using Builtins = std::map<std::string, std::string>;

// The template with the row's values in place, as a plain Project (no fields left).
// Switched-off clips and tracks are removed, as are clips whose optional media field is
// empty. Throws ProjectError naming the field and property when a value does not suit
// the property it lands in.
Project substituteRow(const BatchTemplate& tpl, const RowValues& row, const Builtins& builtins);

// Expands an output-name pattern with the row's values as given and the built-ins.
// Unknown tokens are an error (returned in `error`).
std::string expandPattern(const std::string& pattern, const RowValues& row,
                          const Builtins& builtins, std::optional<Message>& error);

// True when a switch expression ("{{f}}", "!{{f}}", "{{f}} == v", "{{f}} != v") is on.
bool switchIsOn(const std::string& expression, const std::map<std::string, std::string>& values);

} // namespace reelcut::batch
