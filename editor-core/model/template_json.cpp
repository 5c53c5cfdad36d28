#include "model/template_json.h"

#include "model/project_json.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <boost/filesystem/operations.hpp>
#include <cmath>
#include <set>

namespace reelcut {

namespace fs = boost::filesystem;

namespace {

[[noreturn]] void fail(const std::string& path, const std::string& what) {
    throw ProjectError(path + ": " + what);
}

FieldSpec fieldFromJson(const QJsonValue& v, const std::string& path) {
    if (!v.isObject()) {
        fail(path, "expected an object like {\"name\": \"headline\", \"type\": \"text\"}");
    }
    const QJsonObject o = v.toObject();
    FieldSpec f;
    f.name = o.value("name").toString().toStdString();
    if (!isValidFieldName(f.name)) {
        fail(path + ".name",
             "\"" + f.name +
                 "\" is not a usable field name (letters, digits, '_' and '-'; not row, "
                 "ratio, preset or brand)");
    }
    const std::string type = o.value("type").toString("text").toStdString();
    if (!fieldTypeFromName(type, f.type)) {
        fail(path + ".type",
             "\"" + type + "\" is not one of text, media, color, number, font, choice");
    }
    f.label = o.value("label").toString().toStdString();
    if (o.contains("required") && !o.value("required").isBool()) {
        fail(path + ".required", "expected true or false");
    }
    f.required = o.value("required").toBool(false);
    if (o.contains("default")) {
        const QJsonValue d = o.value("default");
        if (d.isString()) {
            f.defaultValue = d.toString().toStdString();
        } else if (d.isDouble()) {
            f.defaultValue = QString::number(d.toDouble(), 'g', 15).toStdString();
        } else {
            fail(path + ".default", "expected a string or a number");
        }
    }
    if (o.contains("max_chars")) {
        const double m = o.value("max_chars").toDouble(-1);
        if (m < 0 || m != std::floor(m)) {
            fail(path + ".max_chars", "expected a whole number >= 0");
        }
        f.maxChars = int(m);
    }
    for (const char* key : {"min", "max"}) {
        if (o.contains(key)) {
            if (!o.value(key).isDouble()) {
                fail(path + "." + key, "expected a number");
            }
            (std::string(key) == "min" ? f.minimum : f.maximum) = o.value(key).toDouble();
        }
    }
    for (const QJsonValue& c : o.value("choices").toArray()) {
        f.choices.push_back(c.toString().toStdString());
    }
    if (f.type == FieldType::Choice && f.choices.empty()) {
        fail(path + ".choices", "a choice field needs a list of choices");
    }
    f.accept = o.value("accept").toString().toStdString();
    if (!f.accept.empty() && f.accept != "image" && f.accept != "video" && f.accept != "audio") {
        fail(path + ".accept", "expected image, video or audio");
    }
    return f;
}

QJsonObject fieldToJson(const FieldSpec& f) {
    QJsonObject o{{"name", QString::fromStdString(f.name)}, {"type", fieldTypeName(f.type)}};
    if (!f.label.empty()) {
        o["label"] = QString::fromStdString(f.label);
    }
    if (f.required) {
        o["required"] = true;
    }
    if (f.defaultValue) {
        o["default"] = QString::fromStdString(*f.defaultValue);
    }
    if (f.maxChars > 0) {
        o["max_chars"] = f.maxChars;
    }
    if (f.minimum) {
        o["min"] = *f.minimum;
    }
    if (f.maximum) {
        o["max"] = *f.maximum;
    }
    if (!f.choices.empty()) {
        QJsonArray a;
        for (const auto& c : f.choices) {
            a.append(QString::fromStdString(c));
        }
        o["choices"] = a;
    }
    if (!f.accept.empty()) {
        o["accept"] = QString::fromStdString(f.accept);
    }
    return o;
}

// Collects expressions under one canvas/track/clip object.
class Collector {
public:
    Collector(TemplateSpec& spec, const BrandKit* brand) : spec_(spec), brand_(brand) {}

    void object(QJsonObject& o, const std::string& where, FieldBinding::Target target, ObjectId id,
                const std::string& prefix, bool top) {
        for (auto it = o.begin(); it != o.end(); ++it) {
            const std::string key = it.key().toStdString();
            if (top && (key == "clips" || key == "id")) {
                continue;
            }
            const std::string path = prefix.empty() ? key : prefix + "." + key;
            QJsonValue v = it.value();
            if (value(v, where, target, id, path)) {
                it.value() = v;
            }
        }
    }

private:
    // Returns true when v was changed.
    bool value(QJsonValue& v, const std::string& where, FieldBinding::Target target, ObjectId id,
               const std::string& path) {
        if (v.isString()) {
            const std::string text = v.toString().toStdString();
            const std::vector<FieldToken> tokens = fieldTokens(text);
            if (tokens.empty()) {
                return false;
            }
            for (const FieldToken& t : tokens) {
                check(t.name, where + "." + path);
            }
            spec_.bindings.push_back(FieldBinding{target, id, path, text});
            v = previewValue(text, spec_, brand_);
            return true;
        }
        if (v.isObject()) {
            QJsonObject o = v.toObject();
            object(o, where, target, id, path, false);
            v = o;
            return true;
        }
        if (v.isArray()) {
            QJsonArray a = v.toArray();
            bool changed = false;
            for (qsizetype i = 0; i < a.size(); ++i) {
                QJsonValue e = a.at(i);
                if (value(e, where, target, id, path + "[" + std::to_string(i) + "]")) {
                    a[i] = e;
                    changed = true;
                }
            }
            if (changed) {
                v = a;
            }
            return changed;
        }
        return false;
    }

    void check(const std::string& name, const std::string& path) const {
        if (name == kRowToken || name == kRatioToken || name == kPresetToken) {
            return;
        }
        if (name.rfind("brand.", 0) == 0) {
            return; // checked against the kit the batch uses (--brand may replace it)
        }
        if (spec_.field(name) == nullptr) {
            std::string names;
            for (const FieldSpec& f : spec_.fields) {
                names += (names.empty() ? "" : ", ") + f.name;
            }
            fail(path, "{{" + name + "}} is not a field of this template (fields: " +
                           (names.empty() ? std::string("none") : names) + ")");
        }
    }

    TemplateSpec& spec_;
    const BrandKit* brand_;
};

// Gives every track and clip a unique id, as projectFromJson would, so that bindings
// recorded by id find their object again.
void assignIds(QJsonArray& tracks) {
    double maxId = 0;
    for (const QJsonValue& t : tracks) {
        maxId = std::max(maxId, t.toObject().value("id").toDouble(0));
        for (const QJsonValue& c : t.toObject().value("clips").toArray()) {
            maxId = std::max(maxId, c.toObject().value("id").toDouble(0));
        }
    }
    auto next = static_cast<ObjectId>(maxId) + 1;
    std::set<ObjectId> seen;
    auto fix = [&](QJsonObject& o) {
        const double d = o.value("id").toDouble(0);
        auto id = static_cast<ObjectId>(d > 0 && d < 9.0e15 ? d : 0);
        if (id == 0 || seen.count(id) != 0) {
            id = next++;
            o["id"] = static_cast<qint64>(id);
        }
        seen.insert(id);
    };
    for (qsizetype i = 0; i < tracks.size(); ++i) {
        QJsonObject t = tracks.at(i).toObject();
        fix(t);
        QJsonArray clips = t.value("clips").toArray();
        for (qsizetype j = 0; j < clips.size(); ++j) {
            QJsonObject c = clips.at(j).toObject();
            fix(c);
            clips[j] = c;
        }
        t["clips"] = clips;
        tracks[i] = t;
    }
}

// Sets the value at a path like "style.color" or "effects[0].params.x".
bool setAtPath(QJsonValue& node, const std::string& path, const QJsonValue& value) {
    if (path.empty()) {
        node = value;
        return true;
    }
    if (path[0] == '[') {
        const std::size_t close = path.find(']');
        if (close == std::string::npos || !node.isArray()) {
            return false;
        }
        const qsizetype index = std::stoll(path.substr(1, close - 1));
        QJsonArray a = node.toArray();
        if (index < 0 || index >= a.size()) {
            return false;
        }
        std::string rest = path.substr(close + 1);
        if (!rest.empty() && rest[0] == '.') {
            rest.erase(0, 1);
        }
        QJsonValue child = a.at(index);
        if (!setAtPath(child, rest, value)) {
            return false;
        }
        a[index] = child;
        node = a;
        return true;
    }
    const std::size_t end = path.find_first_of(".[");
    const std::string key = path.substr(0, end);
    std::string rest = end == std::string::npos ? std::string() : path.substr(end);
    if (!rest.empty() && rest[0] == '.') {
        rest.erase(0, 1);
    }
    QJsonObject o = node.isObject() ? node.toObject() : QJsonObject();
    const QString qkey = QString::fromStdString(key);
    QJsonValue child = o.value(qkey);
    if (child.isUndefined() && !rest.empty()) {
        child = rest[0] == '[' ? QJsonValue(QJsonArray()) : QJsonValue(QJsonObject());
    }
    if (!setAtPath(child, rest, value)) {
        return false;
    }
    o[qkey] = child;
    node = o;
    return true;
}

std::string previewText(const FieldSpec* f, const std::string& name) {
    if (f == nullptr) {
        return "{{" + name + "}}";
    }
    if (f->defaultValue) {
        return *f->defaultValue;
    }
    switch (f->type) {
    case FieldType::Text:
        return f->label.empty() ? f->name : f->label;
    case FieldType::Media:
        return "{{" + name + "}}"; // shows as "media offline" until a row gives a file
    case FieldType::Color:
        return "#808080";
    case FieldType::Number:
        if (f->minimum && f->maximum) {
            return QString::number((*f->minimum + *f->maximum) / 2, 'g', 15).toStdString();
        }
        return QString::number(f->minimum.value_or(f->maximum.value_or(1)), 'g', 15).toStdString();
    case FieldType::Font:
        return "Lato";
    case FieldType::Choice:
        return f->choices.empty() ? std::string() : f->choices.front();
    }
    return {};
}

} // namespace

QJsonValue previewValue(const std::string& expression, const TemplateSpec& spec,
                        const BrandKit* brand) {
    auto valueOf = [&](const std::string& name) -> std::string {
        if (name == kRowToken) {
            return "0001";
        }
        if (name == kRatioToken) {
            return "9x16";
        }
        if (name == kPresetToken) {
            return "tiktok";
        }
        if (name.rfind("brand.", 0) == 0) {
            if (brand != nullptr) {
                if (auto v = brand->token(name.substr(6))) {
                    return *v;
                }
            }
            if (BrandKit::isMediaToken(name.substr(6))) {
                return "{{" + name + "}}";
            }
            return name.find("font.") != std::string::npos ? "Lato" : "#808080";
        }
        return previewText(spec.field(name), name);
    };
    std::string single;
    if (isSingleToken(expression, &single)) {
        const std::string v = valueOf(single);
        const FieldSpec* f = spec.field(single);
        if (f != nullptr && f->type == FieldType::Number) {
            bool ok = false;
            const double d = QString::fromStdString(v).toDouble(&ok);
            return ok ? QJsonValue(d) : QJsonValue(1.0);
        }
        return QString::fromStdString(v);
    }
    std::string out;
    std::size_t at = 0;
    for (const FieldToken& t : fieldTokens(expression)) {
        out += expression.substr(at, t.begin - at) + valueOf(t.name);
        at = t.end;
    }
    out += expression.substr(at);
    return QString::fromStdString(out);
}

fs::path brandPathFor(const TemplateSpec& spec, const fs::path& baseDir) {
    if (spec.brandFile.empty()) {
        return {};
    }
    fs::path p(spec.brandFile);
    return p.is_absolute() ? p : (baseDir / p).lexically_normal();
}

TemplateSpec takeTemplateSpec(QJsonObject& root, const fs::path& baseDir) {
    TemplateSpec spec;
    if (root.contains("fields")) {
        const QJsonValue fields = root.value("fields");
        if (!fields.isArray()) {
            fail("fields", "expected a list of fields");
        }
        const QJsonArray a = fields.toArray();
        for (qsizetype i = 0; i < a.size(); ++i) {
            FieldSpec f = fieldFromJson(a.at(i), "fields[" + std::to_string(i) + "]");
            if (spec.field(f.name) != nullptr) {
                fail("fields[" + std::to_string(i) + "].name",
                     "\"" + f.name + "\" is defined twice");
            }
            spec.fields.push_back(std::move(f));
        }
        root.remove("fields");
    }
    if (root.contains("brand")) {
        const QJsonValue b = root.value("brand");
        if (b.isString()) {
            spec.brandFile = b.toString().toStdString();
        } else if (b.isObject()) {
            const QJsonObject o = b.toObject();
            spec.brandFile = o.value("file").toString().toStdString();
            spec.brandIntro = o.value("intro").toBool(false);
            spec.brandOutro = o.value("outro").toBool(false);
            spec.brandWatermark = o.value("watermark").toBool(false);
        } else {
            fail("brand", "expected the brand kit's file name or {\"file\": ...}");
        }
        root.remove("brand");
    }
    if (root.contains("beat_cut")) {
        const QJsonValue v = root.value("beat_cut");
        if (!v.isObject()) {
            fail("beat_cut", "expected {\"every\": N, \"downbeats\": true|false}");
        }
        const QJsonObject o = v.toObject();
        BeatCutSpec cut;
        const QJsonValue every = o.value("every");
        if (!every.isUndefined()) {
            if (!every.isDouble() || every.toDouble() != std::floor(every.toDouble()) ||
                every.toDouble() < 1 || every.toDouble() > 16) {
                fail("beat_cut.every", "expected a whole number of beats from 1 to 16");
            }
            cut.everyBeats = every.toInt();
        }
        const QJsonValue bars = o.value("downbeats");
        if (!bars.isUndefined() && !bars.isBool()) {
            fail("beat_cut.downbeats", "expected true or false");
        }
        cut.onDownbeats = bars.toBool(false);
        spec.beatCut = cut;
        root.remove("beat_cut");
    }
    // Only a file that declares fields or a brand kit is a template; elsewhere "{{" is
    // just text someone typed.
    if (!spec.isTemplate()) {
        return spec;
    }
    std::optional<BrandKit> brand;
    const fs::path brandFile = brandPathFor(spec, baseDir);
    boost::system::error_code ec;
    if (!brandFile.empty() && fs::exists(brandFile, ec)) {
        try {
            brand = loadBrandKit(brandFile);
        } catch (const ProjectError&) {
            // The editor still opens the template; the batch reports the broken kit.
        }
    }
    const BrandKit* kit = brand ? &*brand : nullptr;
    Collector collect(spec, kit);
    if (root.value("canvas").isObject()) {
        QJsonObject canvas = root.value("canvas").toObject();
        collect.object(canvas, "canvas", FieldBinding::Target::Canvas, 0, "", true);
        root["canvas"] = canvas;
    }
    if (!root.value("tracks").isArray()) {
        return spec;
    }
    QJsonArray tracks = root.value("tracks").toArray();
    assignIds(tracks);
    for (qsizetype i = 0; i < tracks.size(); ++i) {
        QJsonObject t = tracks.at(i).toObject();
        const std::string tpath = "tracks[" + std::to_string(i) + "]";
        const auto tid = static_cast<ObjectId>(t.value("id").toDouble());
        auto takeSwitch = [&](QJsonObject& o, FieldBinding::Target target, ObjectId id,
                              const std::string& path) {
            if (!o.contains("if")) {
                return;
            }
            const QJsonValue v = o.value("if");
            if (!v.isString() || fieldTokens(v.toString().toStdString()).empty()) {
                fail(path + ".if", "expected a field expression like \"{{show_badge}}\"");
            }
            spec.bindings.push_back(FieldBinding{target, id, "if", v.toString().toStdString()});
            o.remove("if");
        };
        takeSwitch(t, FieldBinding::Target::Track, tid, tpath);
        collect.object(t, tpath, FieldBinding::Target::Track, tid, "", true);
        QJsonArray clips = t.value("clips").toArray();
        for (qsizetype j = 0; j < clips.size(); ++j) {
            QJsonObject c = clips.at(j).toObject();
            const std::string cpath = tpath + ".clips[" + std::to_string(j) + "]";
            const auto cid = static_cast<ObjectId>(c.value("id").toDouble());
            takeSwitch(c, FieldBinding::Target::Clip, cid, cpath);
            collect.object(c, cpath, FieldBinding::Target::Clip, cid, "", true);
            clips[j] = c;
        }
        t["clips"] = clips;
        tracks[i] = t;
    }
    root["tracks"] = tracks;
    return spec;
}

void putTemplateSpec(QJsonObject& root, const TemplateSpec& spec) {
    if (!spec.isTemplate()) {
        return;
    }
    if (!spec.fields.empty()) {
        QJsonArray fields;
        for (const FieldSpec& f : spec.fields) {
            fields.append(fieldToJson(f));
        }
        root["fields"] = fields;
    }
    if (!spec.brandFile.empty()) {
        if (spec.brandIntro || spec.brandOutro || spec.brandWatermark) {
            root["brand"] = QJsonObject{{"file", QString::fromStdString(spec.brandFile)},
                                        {"intro", spec.brandIntro},
                                        {"outro", spec.brandOutro},
                                        {"watermark", spec.brandWatermark}};
        } else {
            root["brand"] = QString::fromStdString(spec.brandFile);
        }
    }
    if (spec.beatCut) {
        root["beat_cut"] = QJsonObject{{"every", spec.beatCut->everyBeats},
                                       {"downbeats", spec.beatCut->onDownbeats}};
    }
    QJsonArray tracks = root.value("tracks").toArray();
    for (const FieldBinding& b : spec.bindings) {
        const QJsonValue expr = QString::fromStdString(b.expression);
        if (b.target == FieldBinding::Target::Canvas) {
            QJsonValue canvas = root.value("canvas");
            if (setAtPath(canvas, b.key, expr)) {
                root["canvas"] = canvas;
            }
            continue;
        }
        for (qsizetype i = 0; i < tracks.size(); ++i) {
            QJsonObject t = tracks.at(i).toObject();
            const auto tid = static_cast<ObjectId>(t.value("id").toDouble());
            if (b.target == FieldBinding::Target::Track) {
                if (tid != b.id) {
                    continue;
                }
                QJsonValue tv = t;
                if (setAtPath(tv, b.key, expr)) {
                    tracks[i] = tv;
                }
                break;
            }
            QJsonArray clips = t.value("clips").toArray();
            bool found = false;
            for (qsizetype j = 0; j < clips.size(); ++j) {
                if (static_cast<ObjectId>(clips.at(j).toObject().value("id").toDouble()) != b.id) {
                    continue;
                }
                QJsonValue cv = clips.at(j);
                if (setAtPath(cv, b.key, expr)) {
                    clips[j] = cv;
                    t["clips"] = clips;
                    tracks[i] = t;
                }
                found = true;
                break;
            }
            if (found) {
                break;
            }
        }
    }
    root["tracks"] = tracks;
}

} // namespace reelcut
