#include "batch/substitute.h"

#include "model/project_json.h"
#include "text/text_rasterizer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QString>
#include <algorithm>
#include <boost/filesystem/operations.hpp>
#include <cmath>

namespace reelcut::batch {

namespace fs = boost::filesystem;

namespace {

std::string trim(const std::string& s) {
    const auto b = s.find_first_not_of(" \t\r\n");
    if (b == std::string::npos) {
        return {};
    }
    return s.substr(b, s.find_last_not_of(" \t\r\n") - b + 1);
}

bool truthy(const std::string& v0) {
    std::string v = trim(v0);
    std::transform(v.begin(), v.end(), v.begin(), ::tolower);
    return !(v.empty() || v == "0" || v == "false" || v == "no" || v == "off" || v == "none" ||
             v == "n");
}

std::optional<double> parseNumber(const std::string& text) {
    QString s = QString::fromStdString(trim(text));
    // Spreadsheets in much of Europe write 9,99; there is no thousands separator here.
    if (!s.contains('.') && s.count(',') == 1) {
        s.replace(',', '.');
    }
    bool ok = false;
    const double d = s.toDouble(&ok);
    if (!ok || !std::isfinite(d)) {
        return std::nullopt;
    }
    return d;
}

// "place: problem", the place being a field's name or a property's path in the template.
Message problemAt(const std::string& place, const Message& problem) {
    return Message(QT_TRANSLATE_NOOP3("Engine", "%1: %2", "batch.at")).arg(place).arg(problem);
}

std::string numberText(double d) {
    return QString::number(d, 'g', 15).toStdString();
}

// The value of one token for a job.
struct Lookup {
    const RowValues& row;
    const Builtins& builtins;
    const BatchTemplate& tpl;

    std::optional<std::string> operator()(const std::string& name) const {
        if (auto it = row.values.find(name); it != row.values.end()) {
            return it->second;
        }
        if (auto it = builtins.find(name); it != builtins.end()) {
            return it->second;
        }
        if (name.rfind("brand.", 0) == 0 && tpl.brand) {
            return tpl.brand->token(name.substr(6));
        }
        return std::nullopt;
    }
};

std::string expand(const std::string& text, const Lookup& lookup) {
    std::string out;
    std::size_t at = 0;
    for (const FieldToken& t : fieldTokens(text)) {
        out += text.substr(at, t.begin - at);
        const auto v = lookup(t.name);
        if (!v) {
            throw ProjectError(
                t.name.rfind("brand.", 0) == 0
                    ? Message(QT_TRANSLATE_NOOP3("Engine",
                                                 "{{%1}} has no value (the brand kit does not "
                                                 "define it)",
                                                 "batch.brand-token-no-value"))
                          .arg(t.name)
                    : Message(QT_TRANSLATE_NOOP3("Engine", "{{%1}} has no value",
                                                 "batch.token-no-value"))
                          .arg(t.name));
        }
        out += *v;
        at = t.end;
    }
    return out + text.substr(at);
}

// Substitutes every expression under one JSON value. Returns false when an optional media
// field left the value empty (the caller drops the clip).
bool substituteValue(QJsonValue& v, const Lookup& lookup, const BatchTemplate& tpl,
                     const std::string& path) {
    if (v.isString()) {
        const std::string text = v.toString().toStdString();
        if (fieldTokens(text).empty()) {
            return true;
        }
        std::string single;
        std::string value;
        try {
            value = expand(text, lookup);
        } catch (const ProjectError& e) {
            throw ProjectError(problemAt(path, e.message()));
        }
        if (isSingleToken(text, &single)) {
            const FieldSpec* f = tpl.spec.field(single);
            if (f != nullptr && f->type == FieldType::Number) {
                if (value.empty()) {
                    throw ProjectError(problemAt(
                        path, Message(QT_TRANSLATE_NOOP3("Engine", "{{%1}} is empty in this row",
                                                         "batch.token-empty"))
                                  .arg(single)));
                }
                v = std::stod(value);
                return true;
            }
            if (value.empty() && path.size() >= 5 &&
                path.compare(path.size() - 5, 5, "media") == 0) {
                return false;
            }
        }
        v = QString::fromStdString(value);
        return true;
    }
    if (v.isObject()) {
        QJsonObject o = v.toObject();
        bool keep = true;
        for (auto it = o.begin(); it != o.end(); ++it) {
            QJsonValue child = it.value();
            keep = substituteValue(child, lookup, tpl, path + "." + it.key().toStdString()) && keep;
            it.value() = child;
        }
        v = o;
        return keep;
    }
    if (v.isArray()) {
        QJsonArray a = v.toArray();
        bool keep = true;
        for (qsizetype i = 0; i < a.size(); ++i) {
            QJsonValue child = a.at(i);
            keep =
                substituteValue(child, lookup, tpl, path + "[" + std::to_string(i) + "]") && keep;
            a[i] = child;
        }
        v = a;
        return keep;
    }
    return true;
}

} // namespace

bool switchIsOn(const std::string& expr0, const std::map<std::string, std::string>& values) {
    std::string expr = trim(expr0);
    bool negate = false;
    if (!expr.empty() && expr[0] == '!') {
        negate = true;
        expr = trim(expr.substr(1));
    }
    const std::vector<FieldToken> tokens = fieldTokens(expr);
    if (tokens.empty()) {
        return !negate;
    }
    const auto it = values.find(tokens[0].name);
    const std::string value = it == values.end() ? std::string() : it->second;
    const std::string rest = trim(expr.substr(tokens[0].end));
    bool on = truthy(value);
    for (const char* op : {"==", "!="}) {
        if (rest.rfind(op, 0) == 0) {
            std::string want = trim(rest.substr(2));
            if (want.size() >= 2 && (want.front() == '"' || want.front() == '\'') &&
                want.back() == want.front()) {
                want = want.substr(1, want.size() - 2);
            }
            on = (trim(value) == want) == (std::string(op) == "==");
        }
    }
    return on != negate;
}

RowValues resolveRow(const BatchTemplate& tpl, const DataSet& data, const DataRow& row,
                     MediaFacts& media) {
    RowValues out;
    for (const FieldSpec& f : tpl.spec.fields) {
        const auto it = row.values.find(f.name);
        std::string value = it == row.values.end() ? std::string() : it->second;
        const bool fromRow = !trim(value).empty();
        out.raw[f.name] = value;
        if (!fromRow) {
            value = f.defaultValue.value_or(std::string());
        }
        const auto problem = [&](const Message& what) {
            out.errors.push_back(problemAt(f.name, what));
        };
        if (trim(value).empty()) {
            if (f.required) {
                problem(
                    it == row.values.end()
                        ? Message(QT_TRANSLATE_NOOP3("Engine",
                                                     "required, but the data has no such "
                                                     "column",
                                                     "batch.field-no-column"))
                        : Message(QT_TRANSLATE_NOOP3("Engine", "required, but empty in this row",
                                                     "batch.field-empty")));
            }
            out.values[f.name] = "";
            continue;
        }
        switch (f.type) {
        case FieldType::Text: {
            const qsizetype chars = QString::fromStdString(value).toUcs4().size();
            if (f.maxChars > 0 && chars > f.maxChars) {
                problem(Message(QT_TRANSLATE_NOOP3("Engine", "%1 characters, at most %2 fit",
                                                   "batch.field-too-long"))
                            .arg(static_cast<long long>(chars))
                            .arg(static_cast<long long>(f.maxChars)));
            }
            break;
        }
        case FieldType::Number: {
            const auto d = parseNumber(value);
            if (!d) {
                problem(Message(QT_TRANSLATE_NOOP3("Engine", "\"%1\" is not a number",
                                                   "batch.field-not-number"))
                            .arg(value));
                break;
            }
            if ((f.minimum && *d < *f.minimum) || (f.maximum && *d > *f.maximum)) {
                problem(Message(QT_TRANSLATE_NOOP3("Engine", "%1 is outside %2 to %3",
                                                   "batch.field-out-of-range"))
                            .arg(numberText(*d))
                            .arg(numberText(f.minimum.value_or(-INFINITY)))
                            .arg(numberText(f.maximum.value_or(INFINITY))));
            }
            value = numberText(*d);
            break;
        }
        case FieldType::Color: {
            const auto c = colorFromText(trim(value));
            if (!c) {
                problem(Message(QT_TRANSLATE_NOOP3("Engine",
                                                   "\"%1\" is not a colour (use #rrggbb, like "
                                                   "#e11d48)",
                                                   "batch.field-not-colour"))
                            .arg(value));
                break;
            }
            value = colorToText(*c);
            break;
        }
        case FieldType::Font:
            value = trim(value);
            if (!fontAvailable(value)) {
                problem(Message(QT_TRANSLATE_NOOP3("Engine", "the font \"%1\" is not installed",
                                                   "batch.field-font-missing"))
                            .arg(value));
            }
            break;
        case FieldType::Choice:
            if (std::find(f.choices.begin(), f.choices.end(), trim(value)) == f.choices.end()) {
                std::string list;
                for (const auto& c : f.choices) {
                    list += (list.empty() ? "" : ", ") + c;
                }
                problem(Message(QT_TRANSLATE_NOOP3("Engine", "\"%1\" is not one of %2",
                                                   "batch.field-not-choice"))
                            .arg(value)
                            .arg(list));
            }
            value = trim(value);
            break;
        case FieldType::Media: {
            fs::path p(trim(value));
            // Row paths are relative to the data file, defaults to the template.
            const fs::path& base = fromRow ? data.baseDir : tpl.dir;
            if (p.is_relative()) {
                p = (base / p).lexically_normal();
            }
            value = p.string();
            Message error;
            const auto info = media.probe(value, error);
            if (!info) {
                problem(error);
                break;
            }
            const bool still = info->isStill || info->animatedImage;
            const std::string file = p.filename().string();
            if (f.accept == "image" && !still) {
                problem(Message(QT_TRANSLATE_NOOP3("Engine", "%1 is not a picture",
                                                   "batch.media-not-picture"))
                            .arg(file));
            } else if (f.accept == "video" && (still || !info->hasVideo)) {
                problem(Message(QT_TRANSLATE_NOOP3("Engine", "%1 is not a video",
                                                   "batch.media-not-video"))
                            .arg(file));
            } else if (f.accept == "audio" && !info->hasAudio) {
                problem(
                    Message(QT_TRANSLATE_NOOP3("Engine", "%1 has no sound", "batch.media-no-sound"))
                        .arg(file));
            }
            break;
        }
        }
        out.values[f.name] = value;
    }
    return out;
}

Project substituteRow(const BatchTemplate& tpl, const RowValues& row, const Builtins& builtins) {
    const Lookup lookup{row, builtins, tpl};
    QJsonObject root = tpl.json;
    QJsonArray tracksOut;
    const QJsonArray tracks = root.value("tracks").toArray();
    for (qsizetype i = 0; i < tracks.size(); ++i) {
        QJsonObject t = tracks.at(i).toObject();
        const std::string tpath = "tracks[" + std::to_string(i) + "]";
        if (t.contains("if")) {
            if (!switchIsOn(t.value("if").toString().toStdString(), row.values)) {
                continue;
            }
            t.remove("if");
        }
        QJsonArray clipsOut;
        const QJsonArray clips = t.value("clips").toArray();
        for (qsizetype j = 0; j < clips.size(); ++j) {
            QJsonObject c = clips.at(j).toObject();
            if (c.contains("if")) {
                if (!switchIsOn(c.value("if").toString().toStdString(), row.values)) {
                    continue;
                }
                c.remove("if");
            }
            QJsonValue cv = c;
            if (substituteValue(cv, lookup, tpl, tpath + ".clips[" + std::to_string(j) + "]")) {
                clipsOut.append(cv);
            }
        }
        t.remove("clips");
        QJsonValue tv = t;
        substituteValue(tv, lookup, tpl, tpath);
        QJsonObject to = tv.toObject();
        to["clips"] = clipsOut;
        tracksOut.append(to);
    }
    root["tracks"] = tracksOut;
    QJsonValue canvas = root.value("canvas");
    substituteValue(canvas, lookup, tpl, "canvas");
    root["canvas"] = canvas;
    Project p = projectFromJson(QJsonDocument(root).toJson(QJsonDocument::Compact), tpl.dir);
    p.templateSpec = {};
    return p;
}

std::string expandPattern(const std::string& pattern, const RowValues& row,
                          const Builtins& builtins, std::optional<Message>& error) {
    std::string out;
    std::size_t at = 0;
    for (const FieldToken& t : fieldTokens(pattern)) {
        out += pattern.substr(at, t.begin - at);
        if (auto it = row.raw.find(t.name); it != row.raw.end()) {
            out += trim(it->second).empty() ? row.values.at(t.name) : trim(it->second);
        } else if (auto b = builtins.find(t.name); b != builtins.end()) {
            out += b->second;
        } else {
            error = Message(QT_TRANSLATE_NOOP3("Engine",
                                               "the output name uses {{%1}}, which is not a field",
                                               "batch.name-unknown-field"))
                        .arg(t.name);
            return {};
        }
        at = t.end;
    }
    return out + pattern.substr(at);
}

} // namespace reelcut::batch
