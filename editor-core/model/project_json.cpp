#include "model/project_json.h"

#include "effect/effect.h"
#include "model/builtin_assets.h"
#include "model/project_limits.h"
#include "model/template_json.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <algorithm>
#include <boost/filesystem/operations.hpp>
#include <cmath>
#include <unordered_set>

namespace reelcut {

namespace fs = boost::filesystem;

namespace {

// ---- writing ----------------------------------------------------------------------

QJsonValue timeValue(const Rational& r) {
    const std::string s = r.toString();
    if (s.find('/') == std::string::npos) {
        // Exact decimals are written as numbers so that files stay pleasant to edit.
        const double d = r.toDouble();
        if (Rational::parse(
                QString::number(d, 'g', QLocale::FloatingPointShortest).toStdString()) == r) {
            return d;
        }
    }
    return QString::fromStdString(s);
}

QString colorText(std::uint32_t argb) {
    const bool opaque = (argb >> 24) == 0xff;
    return QStringLiteral("#%1").arg(opaque ? argb & 0xffffff : argb, opaque ? 6 : 8, 16,
                                     QLatin1Char('0'));
}

const char* fitName(FitMode m) {
    switch (m) {
    case FitMode::Fit:
        return "fit";
    case FitMode::Fill:
        return "fill";
    case FitMode::Stretch:
        return "stretch";
    }
    return "fit";
}

const char* backgroundName(BackgroundFill b) {
    switch (b) {
    case BackgroundFill::None:
        return "none";
    case BackgroundFill::Color:
        return "color";
    case BackgroundFill::Blur:
        return "blur";
    }
    return "none";
}

const char* kindName(TrackKind k) {
    switch (k) {
    case TrackKind::Video:
        return "video";
    case TrackKind::Overlay:
        return "overlay";
    case TrackKind::Text:
        return "text";
    case TrackKind::Audio:
        return "audio";
    }
    return "video";
}

const char* voiceName(VoiceEffect v) {
    switch (v) {
    case VoiceEffect::None:
        return "none";
    case VoiceEffect::Chipmunk:
        return "chipmunk";
    case VoiceEffect::Deep:
        return "deep";
    case VoiceEffect::Robot:
        return "robot";
    case VoiceEffect::Echo:
        return "echo";
    }
    return "none";
}

QString mediaText(const std::string& media, const fs::path& baseDir) {
    if (isBuiltinReference(media)) {
        return QString::fromStdString(media); // a name, not a path: written as it is
    }
    const fs::path p(media);
    if (p.is_absolute() && !baseDir.empty()) {
        const fs::path rel = p.lexically_relative(baseDir);
        if (!rel.empty()) {
            return QString::fromStdString(rel.generic_string());
        }
    }
    return QString::fromStdString(p.generic_string());
}

QJsonObject transformToJson(const Transform& t) {
    return QJsonObject{{"x", t.x},
                       {"y", t.y},
                       {"scale", t.scale},
                       {"rotation", t.rotation},
                       {"opacity", t.opacity}};
}

QJsonObject styleToJson(const TextStyle& st) {
    const char* align = st.align == TextAlign::Left    ? "left"
                        : st.align == TextAlign::Right ? "right"
                                                       : "center";
    return QJsonObject{
        {"font", QString::fromStdString(st.fontFamily)},
        {"size", st.fontSize},
        {"bold", st.bold},
        {"italic", st.italic},
        {"color", colorText(st.color)},
        {"stroke", QJsonObject{{"width", st.strokeWidth}, {"color", colorText(st.strokeColor)}}},
        {"shadow", QJsonObject{{"color", colorText(st.shadowColor)},
                               {"x", st.shadowOffsetX},
                               {"y", st.shadowOffsetY},
                               {"blur", st.shadowBlur}}},
        {"box", QJsonObject{{"color", colorText(st.boxColor)},
                            {"padding", st.boxPadding},
                            {"radius", st.boxRadius}}},
        {"align", align},
        {"line_spacing", st.lineSpacing},
        {"letter_spacing", st.letterSpacing},
        {"wrap_width", st.wrapWidth},
    };
}

QJsonObject styleToJsonWithFit(const TextStyle& st) {
    QJsonObject o = styleToJson(st);
    if (st.fitHeight > 0) {
        o["fit"] = QJsonObject{{"height", st.fitHeight}, {"min_size", st.minFontSize}};
    }
    return o;
}

// Anchors by name: the nine points people think in.
const std::pair<const char*, std::pair<double, double>> kAnchors[] = {
    {"top-left", {0, 0}},    {"top", {0.5, 0}},      {"top-right", {1, 0}},
    {"left", {0, 0.5}},      {"center", {0.5, 0.5}}, {"right", {1, 0.5}},
    {"bottom-left", {0, 1}}, {"bottom", {0.5, 1}},   {"bottom-right", {1, 1}},
};

QJsonObject animationToJson(const ClipAnimation& a) {
    return QJsonObject{{"type", animationName(a.type)}, {"duration", a.duration}};
}

QJsonObject easingToJson(const KeyEasing& e) {
    QJsonObject o{{"easing", easingName(e.type)}};
    if (e.type == Easing::Bezier) {
        o["handles"] = QJsonArray{e.x1, e.y1, e.x2, e.y2};
    }
    return o;
}

// Adds "easing" (and "handles") to a key object unless it is linear.
void writeEasing(QJsonObject& key, const KeyEasing& e) {
    if (e.type == Easing::Linear) {
        return;
    }
    const QJsonObject eo = easingToJson(e);
    for (auto it = eo.begin(); it != eo.end(); ++it) {
        key[it.key()] = it.value();
    }
}

// A parameter value in its natural JSON form: numbers, "#rrggbb" colours, choice names,
// relative file paths, [x, y] points and [[x, y], ...] curves.
QJsonValue paramToJson(const ParamValue& v, const ParamDescriptor* d, const fs::path& baseDir) {
    if (d != nullptr && d->type == ParamType::Color && v.isNumber()) {
        return colorText(static_cast<std::uint32_t>(v.number()));
    }
    if (d != nullptr && d->type == ParamType::Toggle && v.isNumber()) {
        return v.number() >= 0.5;
    }
    if (d != nullptr && d->type == ParamType::Choice && v.isNumber()) {
        const double i = v.number();
        if (i >= 0 && i < double(d->choices.size())) {
            return QString::fromStdString(d->choices[std::size_t(i)].id);
        }
    }
    if (d != nullptr && d->type == ParamType::File && v.isText() && !v.text().empty()) {
        return mediaText(v.text(), baseDir);
    }
    if (v.isText()) {
        return QString::fromStdString(v.text());
    }
    if (v.isPoint()) {
        return QJsonArray{v.point().x, v.point().y};
    }
    if (v.isCurve()) {
        QJsonArray points;
        for (const CurvePoint& p : v.curve()) {
            points.append(QJsonArray{p.x, p.y});
        }
        return points;
    }
    return v.number();
}

void writeParams(QJsonObject& o, const ParamValues& values,
                 const std::map<std::string, std::vector<ParamKey>>& keyframes,
                 const EffectDescriptor* d, const fs::path& baseDir) {
    if (!values.empty()) {
        QJsonObject params;
        for (const auto& [k, v] : values) {
            params[QString::fromStdString(k)] =
                paramToJson(v, d != nullptr ? d->param(k) : nullptr, baseDir);
        }
        o["params"] = params;
    }
    if (!keyframes.empty()) {
        QJsonObject keyed;
        for (const auto& [name, keys] : keyframes) {
            QJsonArray list;
            for (const ParamKey& k : keys) {
                QJsonObject ko{{"time", timeValue(k.time)}, {"value", k.value}};
                writeEasing(ko, k.easing);
                list.append(ko);
            }
            keyed[QString::fromStdString(name)] = list;
        }
        o["keyframes"] = keyed;
    }
}

QJsonObject clipToJson(const Clip& c, const fs::path& baseDir) {
    QJsonObject o;
    o["id"] = static_cast<qint64>(c.id);
    if (c.kind == ClipKind::Text) {
        o["text"] = QString::fromStdString(c.text);
        o["style"] = styleToJsonWithFit(c.style);
    } else {
        o["media"] = mediaText(c.media, baseDir);
    }
    o["start"] = timeValue(c.start);
    o["in"] = timeValue(c.in);
    o["out"] = timeValue(c.out);
    if (c.speed != Rational(1)) {
        o["speed"] = timeValue(c.speed);
    }
    if (!c.keepPitch) {
        o["keep_pitch"] = false;
    }
    if (c.ramp.active()) {
        QJsonObject ramp;
        if (!c.ramp.preset.empty()) {
            ramp["preset"] = QString::fromStdString(c.ramp.preset);
        }
        QJsonArray points;
        for (const CurvePoint& pt : c.ramp.points) {
            points.append(QJsonArray{pt.x, pt.y});
        }
        ramp["points"] = points;
        o["speed_ramp"] = ramp;
    }
    if (c.reverse) {
        o["reverse"] = true;
    }
    if (c.freezeAt) {
        o["freeze_at"] = timeValue(*c.freezeAt);
    }
    if (!c.crop.isNone()) {
        o["crop"] = QJsonObject{{"left", c.crop.left},
                                {"top", c.crop.top},
                                {"right", c.crop.right},
                                {"bottom", c.crop.bottom}};
    }
    if (c.flipH) {
        o["flip_h"] = true;
    }
    if (c.flipV) {
        o["flip_v"] = true;
    }
    if (c.rotate != 0) {
        o["rotate"] = c.rotate;
    }
    if (c.volumeDb != 0) {
        o["volume_db"] = c.volumeDb;
    }
    if (!c.fadeIn.isZero()) {
        o["fade_in"] = timeValue(c.fadeIn);
    }
    if (!c.fadeOut.isZero()) {
        o["fade_out"] = timeValue(c.fadeOut);
    }
    if (!c.volumeKeys.empty()) {
        QJsonArray keys;
        for (const VolumeKey& k : c.volumeKeys) {
            keys.append(QJsonObject{{"time", timeValue(k.time)}, {"db", k.db}});
        }
        o["volume_keys"] = keys;
    }
    if (c.voice != VoiceEffect::None) {
        o["voice"] = voiceName(c.voice);
    }
    if (c.denoise) {
        o["denoise"] = true;
    }
    if (c.voiceClarity) {
        o["voice_clarity"] = true;
    }
    if (c.transform != Transform{}) {
        o["transform"] = transformToJson(c.transform);
    }
    if (!c.keyframes.empty()) {
        QJsonArray keys;
        for (const auto& k : c.keyframes) {
            QJsonObject ko = transformToJson(k.value);
            ko["time"] = timeValue(k.time);
            writeEasing(ko, k.easing);
            keys.append(ko);
        }
        o["keyframes"] = keys;
    }
    if (c.animationIn.type != AnimationType::None) {
        o["animation_in"] = animationToJson(c.animationIn);
    }
    if (c.animationOut.type != AnimationType::None) {
        o["animation_out"] = animationToJson(c.animationOut);
    }
    if (c.loop) {
        o["loop"] = true;
    }
    if (c.anchorX != 0.5 || c.anchorY != 0.5) {
        QJsonValue anchor = QJsonObject{{"x", c.anchorX}, {"y", c.anchorY}};
        for (const auto& [name, xy] : kAnchors) {
            if (xy.first == c.anchorX && xy.second == c.anchorY) {
                anchor = QString::fromLatin1(name);
            }
        }
        o["anchor"] = anchor;
    }
    if (c.focusX != 0.5 || c.focusY != 0.5) {
        o["focus"] = QJsonObject{{"x", c.focusX}, {"y", c.focusY}};
    }
    if (c.reframe) {
        o["reframe"] = QStringLiteral("faces");
    }
    if (!c.focusKeys.empty()) {
        QJsonArray keys;
        for (const FocusKey& k : c.focusKeys) {
            keys.append(QJsonObject{{"time", timeValue(k.time)}, {"x", k.x}, {"y", k.y}});
        }
        o["focus_keys"] = keys;
    }
    o["fit"] = fitName(c.fit);
    // The colour is kept even while another fill is chosen, so switching back restores it.
    if (c.background != BackgroundFill::None || c.backgroundColor != 0xff000000) {
        QJsonObject bg{{"type", backgroundName(c.background)}};
        if (c.backgroundColor != 0xff000000) {
            bg["color"] = colorText(c.backgroundColor);
        }
        o["background"] = bg;
    }
    if (c.transitionIn) {
        const Transition& tr = *c.transitionIn;
        QJsonObject to{{"type", QString::fromStdString(tr.type)},
                       {"duration", timeValue(tr.duration)}};
        const TransitionEffect* known = EffectRegistry::instance().findTransition(tr.type);
        writeParams(to, tr.params, tr.keyframes, known ? &known->descriptor() : nullptr, baseDir);
        o["transition_in"] = to;
    }
    if (!c.effects.empty()) {
        QJsonArray effects;
        for (const auto& e : c.effects) {
            QJsonObject eo{{"type", QString::fromStdString(e.type)}};
            const Effect* known = EffectRegistry::instance().find(e.type);
            writeParams(eo, e.params, e.keyframes, known ? &known->descriptor() : nullptr, baseDir);
            if (!eo.contains("params")) {
                eo["params"] = QJsonObject();
            }
            if (!e.enabled) {
                eo["enabled"] = false;
            }
            effects.append(eo);
        }
        o["effects"] = effects;
    }
    return o;
}

// ---- reading ----------------------------------------------------------------------

Message msg(MessageText text) {
    return Message(text);
}

// Walks the JSON with the path of the current field, so every error can name it.
class Reader {
public:
    Reader(QJsonObject obj, QString path) : obj_(std::move(obj)), path_(std::move(path)) {}

    [[noreturn]] void fail(const QString& key, const Message& what) const {
        throw ProjectError(Message(QT_TRANSLATE_NOOP3("Engine", "%1: %2", "project.field"))
                               .arg(field(key))
                               .arg(what));
    }
    // Typed parameters and keyframes still word their problems in English only.
    [[noreturn]] void fail(const QString& key, const QString& what) const {
        fail(key, verbatim(what.toStdString()));
    }
    QString field(const QString& key) const { return path_.isEmpty() ? key : path_ + "." + key; }
    const QString& path() const { return path_; }
    bool has(const QString& key) const { return obj_.contains(key); }

    QJsonValue required(const QString& key) const {
        if (!obj_.contains(key)) {
            fail(key, msg(QT_TRANSLATE_NOOP3("Engine", "missing", "project.missing")));
        }
        return obj_.value(key);
    }

    // A time in seconds: a number or an exact fraction, within +-24 h and with a
    // denominator of at most 10^9, so that sums and products of times stay exact.
    Rational time(const QString& key, std::optional<Rational> fallback = std::nullopt) const {
        if (!obj_.contains(key)) {
            if (fallback) {
                return *fallback;
            }
            fail(key, msg(QT_TRANSLATE_NOOP3("Engine", "missing", "project.missing")));
        }
        const QJsonValue v = obj_.value(key);
        std::optional<Rational> r;
        if (v.isDouble() && std::isfinite(v.toDouble()) &&
            std::fabs(v.toDouble()) > double(limits::kMaxSeconds)) {
            fail(key, msg(QT_TRANSLATE_NOOP3("Engine",
                                             "%1 is too far from 0 (at most %2 hours either way)",
                                             "project.time-too-large"))
                          .arg(valueText(v))
                          .arg(static_cast<long long>(limits::kMaxSeconds / 3600)));
        }
        if (v.isDouble() && std::isfinite(v.toDouble())) {
            r = Rational::parse(
                QString::number(v.toDouble(), 'g', QLocale::FloatingPointShortest).toStdString());
        } else if (v.isString()) {
            r = Rational::parse(v.toString().toStdString());
        }
        if (!r) {
            fail(key, msg(QT_TRANSLATE_NOOP3(
                          "Engine", "expected a time in seconds, like 2.5 or \"1001/30000\"",
                          "project.not-a-time")));
        }
        if (r->den() > limits::kMaxDenominator) {
            fail(key, msg(QT_TRANSLATE_NOOP3("Engine", "%1 is finer than a nanosecond; round it",
                                             "project.time-too-fine"))
                          .arg(valueText(v)));
        }
        // The denominator is checked first: it bounds the product below.
        if (r->num() > limits::kMaxSeconds * r->den() ||
            r->num() < -limits::kMaxSeconds * r->den()) {
            fail(key, msg(QT_TRANSLATE_NOOP3("Engine",
                                             "%1 is too far from 0 (at most %2 hours either way)",
                                             "project.time-too-large"))
                          .arg(valueText(v))
                          .arg(static_cast<long long>(limits::kMaxSeconds / 3600)));
        }
        return *r;
    }

    double number(const QString& key, double fallback) const {
        if (!obj_.contains(key)) {
            return fallback;
        }
        const QJsonValue v = obj_.value(key);
        if (!v.isDouble() || !std::isfinite(v.toDouble())) {
            fail(key,
                 msg(QT_TRANSLATE_NOOP3("Engine", "expected a number", "project.not-a-number")));
        }
        return v.toDouble();
    }

    double number(const QString& key, double fallback, double lo, double hi) const {
        const double v = number(key, fallback);
        if (!(v >= lo && v <= hi)) {
            fail(key, outOfRange(v, lo, hi));
        }
        return v;
    }

    // A whole number (a width of 180.5 pixels or an id of 1e300 is a mistake).
    std::int64_t integer(const QString& key, std::int64_t fallback, std::int64_t lo,
                         std::int64_t hi) const {
        const double v = number(key, double(fallback));
        if (v != std::floor(v)) {
            fail(key,
                 msg(QT_TRANSLATE_NOOP3("Engine", "%1 is not a whole number", "project.not-whole"))
                     .arg(valueText(obj_.value(key))));
        }
        if (!(v >= double(lo) && v <= double(hi))) {
            fail(key, outOfRange(v, double(lo), double(hi)));
        }
        return static_cast<std::int64_t>(v);
    }

    bool boolean(const QString& key, bool fallback) const {
        if (!obj_.contains(key)) {
            return fallback;
        }
        if (!obj_.value(key).isBool()) {
            fail(key, msg(QT_TRANSLATE_NOOP3("Engine", "expected true or false",
                                             "project.not-a-boolean")));
        }
        return obj_.value(key).toBool();
    }

    QString string(const QString& key, std::optional<QString> fallback = std::nullopt,
                   qsizetype maxLength = limits::kMaxNameCharacters) const {
        if (!obj_.contains(key)) {
            if (fallback) {
                return *fallback;
            }
            fail(key, msg(QT_TRANSLATE_NOOP3("Engine", "missing", "project.missing")));
        }
        if (!obj_.value(key).isString()) {
            fail(key,
                 msg(QT_TRANSLATE_NOOP3("Engine", "expected a string", "project.not-a-string")));
        }
        const QString s = obj_.value(key).toString();
        if (s.size() > maxLength) {
            fail(key,
                 msg(QT_TRANSLATE_NOOP3("Engine", "is %1 characters long; at most %2 are allowed",
                                        "project.too-long"))
                     .arg(static_cast<long long>(s.size()))
                     .arg(static_cast<long long>(maxLength)));
        }
        return s;
    }

    std::uint32_t color(const QString& key, std::uint32_t fallback) const {
        if (!obj_.contains(key)) {
            return fallback;
        }
        const QString s = string(key);
        bool ok = false;
        const uint v = s.mid(1).toUInt(&ok, 16);
        if (!s.startsWith('#') || !ok || (s.size() != 7 && s.size() != 9)) {
            fail(key, msg(QT_TRANSLATE_NOOP3("Engine",
                                             "expected a colour like \"#ff8800\" or \"#80ff8800\"",
                                             "project.not-a-colour")));
        }
        return s.size() == 7 ? 0xff000000u | v : v;
    }

    template <typename Enum, std::size_t N>
    Enum choice(const QString& key, Enum fallback,
                const std::pair<const char*, Enum> (&options)[N]) const {
        if (!obj_.contains(key)) {
            return fallback;
        }
        const QString s = string(key);
        QStringList names;
        for (const auto& [name, value] : options) {
            if (s == QLatin1String(name)) {
                return value;
            }
            names << QStringLiteral("\"%1\"").arg(name);
        }
        fail(key,
             msg(QT_TRANSLATE_NOOP3("Engine", "\"%1\" is not one of %2", "project.not-a-choice"))
                 .arg(s.left(40))
                 .arg(names.join(", ")));
    }

    Reader object(const QString& key) const {
        const QJsonValue v = required(key);
        if (!v.isObject()) {
            fail(key,
                 msg(QT_TRANSLATE_NOOP3("Engine", "expected an object", "project.not-an-object")));
        }
        return Reader(v.toObject(), field(key));
    }

    std::vector<Reader> array(const QString& key, qsizetype maxItems) const {
        if (!obj_.contains(key)) {
            return {};
        }
        const QJsonValue v = obj_.value(key);
        if (!v.isArray()) {
            fail(key, msg(QT_TRANSLATE_NOOP3("Engine", "expected a list", "project.not-a-list")));
        }
        const QJsonArray a = v.toArray();
        if (a.size() > maxItems) {
            fail(key, msg(QT_TRANSLATE_NOOP3("Engine", "has %1 entries; at most %2 are allowed",
                                             "project.too-many"))
                          .arg(static_cast<long long>(a.size()))
                          .arg(static_cast<long long>(maxItems)));
        }
        std::vector<Reader> out;
        out.reserve(std::size_t(a.size()));
        for (qsizetype i = 0; i < a.size(); ++i) {
            const QString p = QStringLiteral("%1[%2]").arg(field(key)).arg(i);
            if (!a.at(i).isObject()) {
                throw ProjectError(Message(QT_TRANSLATE_NOOP3("Engine", "%1: %2", "project.field"))
                                       .arg(p)
                                       .arg(msg(QT_TRANSLATE_NOOP3("Engine", "expected an object",
                                                                   "project.not-an-object"))));
            }
            out.emplace_back(a.at(i).toObject(), p);
        }
        return out;
    }

    const QJsonObject& raw() const { return obj_; }

    static Message outOfRange(double v, double lo, double hi) {
        return msg(QT_TRANSLATE_NOOP3("Engine", "%1 is out of range (%2 to %3)",
                                      "project.out-of-range"))
            .arg(QString::number(v, 'g', 10))
            .arg(QString::number(lo, 'g', 10))
            .arg(QString::number(hi, 'g', 10));
    }

private:
    static QString valueText(const QJsonValue& v) {
        if (v.isString()) {
            return QStringLiteral("\"%1\"").arg(v.toString().left(40));
        }
        return QString::number(v.toDouble(), 'g', 17);
    }

    QJsonObject obj_;
    QString path_;
};

const std::pair<const char*, FitMode> kFitModes[] = {
    {"fit", FitMode::Fit}, {"fill", FitMode::Fill}, {"stretch", FitMode::Stretch}};
const std::pair<const char*, BackgroundFill> kBackgrounds[] = {{"none", BackgroundFill::None},
                                                               {"color", BackgroundFill::Color},
                                                               {"blur", BackgroundFill::Blur}};
const std::pair<const char*, TrackKind> kTrackKinds[] = {{"video", TrackKind::Video},
                                                         {"overlay", TrackKind::Overlay},
                                                         {"text", TrackKind::Text},
                                                         {"audio", TrackKind::Audio}};
const std::pair<const char*, VoiceEffect> kVoices[] = {{"none", VoiceEffect::None},
                                                       {"chipmunk", VoiceEffect::Chipmunk},
                                                       {"deep", VoiceEffect::Deep},
                                                       {"robot", VoiceEffect::Robot},
                                                       {"echo", VoiceEffect::Echo}};
const std::pair<const char*, TextAlign> kAligns[] = {
    {"left", TextAlign::Left}, {"center", TextAlign::Center}, {"right", TextAlign::Right}};

Transform transformFromJson(const Reader& t) {
    Transform tr;
    tr.x = t.number("x", 0.5, -10, 10);
    tr.y = t.number("y", 0.5, -10, 10);
    tr.scale = t.number("scale", 1, 0.01, 100);
    tr.rotation = t.number("rotation", 0, -3600, 3600);
    tr.opacity = t.number("opacity", 1, 0, 1);
    return tr;
}

TextStyle styleFromJson(const Reader& r) {
    TextStyle st;
    st.fontFamily = r.string("font", QStringLiteral("Lato")).toStdString();
    st.fontSize = r.number("size", st.fontSize, 1, 2000);
    st.bold = r.boolean("bold", st.bold);
    st.italic = r.boolean("italic", st.italic);
    st.color = r.color("color", st.color);
    if (r.has("stroke")) {
        const Reader k = r.object("stroke");
        st.strokeWidth = k.number("width", 0, 0, 200);
        st.strokeColor = k.color("color", st.strokeColor);
    }
    if (r.has("shadow")) {
        const Reader k = r.object("shadow");
        st.shadowColor = k.color("color", 0x80000000);
        st.shadowOffsetX = k.number("x", 0, -500, 500);
        st.shadowOffsetY = k.number("y", 0, -500, 500);
        st.shadowBlur = k.number("blur", 0, 0, 200);
    }
    if (r.has("box")) {
        const Reader k = r.object("box");
        st.boxColor = k.color("color", 0x80000000);
        st.boxPadding = k.number("padding", 0, 0, 500);
        st.boxRadius = k.number("radius", 0, 0, 500);
    }
    st.align = r.choice("align", TextAlign::Center, kAligns);
    st.lineSpacing = r.number("line_spacing", 1, 0.5, 4);
    st.letterSpacing = r.number("letter_spacing", 0, -50, 200);
    st.wrapWidth = r.number("wrap_width", 0.8, 0.05, 1);
    if (r.has("fit")) {
        const Reader f = r.object("fit");
        st.fitHeight = f.number("height", 0, 0, 1);
        st.minFontSize = f.number("min_size", std::min(st.fontSize, 24.0), 1, 2000);
        if (st.minFontSize > st.fontSize) {
            f.fail("min_size",
                   msg(QT_TRANSLATE_NOOP3("Engine", "must not be larger than the style's size",
                                          "project.min-size-above-size")));
        }
    }
    return st;
}

ClipAnimation animationFromJson(const Reader& r) {
    ClipAnimation a;
    const QString name = r.string("type", QStringLiteral("none"));
    if (!animationFromName(name.toStdString(), a.type)) {
        r.fail("type", msg(QT_TRANSLATE_NOOP3("Engine",
                                              "unknown animation \"%1\" (fade, pop, slide-left, "
                                              "slide-right, slide-up, slide-down, typewriter, "
                                              "bounce)",
                                              "project.unknown-animation"))
                           .arg(name.left(40)));
    }
    a.duration = r.number("duration", 0.5, 0.01, 60);
    if (a.type == AnimationType::None) {
        a.duration = ClipAnimation{}.duration; // no animation has no length (and none is saved)
    }
    return a;
}

// A media reference as the project keeps it in memory: a builtin: name, or an absolute
// path (relative ones are relative to the project's folder). Paths of older projects that
// lead into ReelCut's own resources/ folder become builtin: names, so they keep working
// wherever the project and ReelCut go.
std::string mediaFromText(const QString& text, const fs::path& baseDir, const Reader& r,
                          const QString& key) {
    if (text.isEmpty()) {
        r.fail(key, msg(QT_TRANSLATE_NOOP3("Engine", "empty path", "project.empty-path")));
    }
    if (text.size() > limits::kMaxPathCharacters) {
        r.fail(key,
               msg(QT_TRANSLATE_NOOP3("Engine", "is %1 characters long; at most %2 are allowed",
                                      "project.too-long"))
                   .arg(static_cast<long long>(text.size()))
                   .arg(static_cast<long long>(limits::kMaxPathCharacters)));
    }
    if (text.contains(QChar(0))) {
        // The operating system would read the name only up to the NUL: another file.
        r.fail(key, msg(QT_TRANSLATE_NOOP3("Engine", "the path contains a NUL character",
                                           "project.nul-in-path")));
    }
    const std::string media = text.toStdString();
    if (isBuiltinReference(media)) {
        const fs::path rel(media.substr(kBuiltinPrefix.size()));
        bool inside = !rel.empty() && rel.is_relative();
        for (const fs::path& part : rel) {
            inside = inside && part != ".." && part != ".";
        }
        if (!inside) {
            r.fail(key, msg(QT_TRANSLATE_NOOP3("Engine",
                                               "\"%1\" is not a built-in asset name (like "
                                               "\"builtin:stickers/star.svg\")",
                                               "project.not-builtin"))
                            .arg(text.left(80)));
        }
        return media;
    }
    fs::path p(media);
    if (p.is_relative() && !baseDir.empty()) {
        p = baseDir / p;
    }
    // Normalised whether relative or absolute ("/./a" and "/a" are one file): what is
    // written back must read back the same (the project fuzzer found "/./a" drift).
    p = p.lexically_normal();
    if (const auto builtin = builtinReferenceFor(p)) {
        return *builtin;
    }
    return p.string();
}

// " (see reelcut-cli effects)" hint for unknown ids; the list is long, so it is not inlined.
QString knownIds(bool transitions) {
    const bool empty = transitions ? EffectRegistry::instance().transitions().empty()
                                   : EffectRegistry::instance().all().empty();
    return empty ? QStringLiteral(" (no effects are registered in this program)")
                 : QStringLiteral(" (reelcut-cli effects lists them)");
}

KeyEasing easingFromJson(const Reader& k) {
    KeyEasing e;
    const QString name = k.string("easing", QStringLiteral("linear"));
    if (!easingFromName(name.toStdString(), e.type)) {
        k.fail("easing", QStringLiteral("\"%1\" is not one of \"linear\", \"ease-in\", "
                                        "\"ease-out\", \"ease-in-out\", \"hold\", \"bezier\"")
                             .arg(name));
    }
    if (e.type == Easing::Bezier) {
        const QJsonValue h = k.required("handles");
        const QJsonArray a = h.toArray();
        if (!h.isArray() || a.size() != 4 || !a[0].isDouble() || !a[1].isDouble() ||
            !a[2].isDouble() || !a[3].isDouble()) {
            k.fail("handles", QStringLiteral("expected four numbers [x1, y1, x2, y2]"));
        }
        e.x1 = a[0].toDouble();
        e.y1 = a[1].toDouble();
        e.x2 = a[2].toDouble();
        e.y2 = a[3].toDouble();
        if (e.x1 < 0 || e.x1 > 1 || e.x2 < 0 || e.x2 > 1 || std::abs(e.y1) > 10 ||
            std::abs(e.y2) > 10) {
            k.fail("handles", QStringLiteral("x1 and x2 must be between 0 and 1, y1 and y2 "
                                             "between -10 and 10"));
        }
    }
    return e;
}

// A JSON value as a parameter of descriptor `d`, or an error text.
std::optional<ParamValue> paramFromJson(const QJsonValue& v, const ParamDescriptor& d,
                                        const fs::path& baseDir, QString& error) {
    auto number = [](const QJsonValue& x, double& out) {
        if (!x.isDouble() || !std::isfinite(x.toDouble())) {
            return false;
        }
        out = x.toDouble();
        return true;
    };
    switch (d.type) {
    case ParamType::Toggle:
        if (v.isBool()) {
            return ParamValue(v.toBool() ? 1.0 : 0.0);
        }
        break;
    case ParamType::Color:
        if (v.isString()) {
            const QString s = v.toString();
            bool ok = false;
            const uint c = s.mid(1).toUInt(&ok, 16);
            if (!s.startsWith('#') || !ok || (s.size() != 7 && s.size() != 9)) {
                error = QStringLiteral("expected a colour like \"#ff8800\" or \"#80ff8800\"");
                return std::nullopt;
            }
            return ParamValue(double(s.size() == 7 ? 0xff000000u | c : c));
        }
        break;
    case ParamType::Choice:
        if (v.isDouble()) {
            // Older files stored a choice by its index; the name is what stays stable.
            const double i = v.toDouble();
            if (i == std::floor(i) && i >= 0 && i < double(d.choices.size())) {
                return ParamValue(d.choices[std::size_t(i)].id);
            }
        }
        break;
    case ParamType::File:
        if (v.isString() && !v.toString().isEmpty()) {
            const std::string text = v.toString().toStdString();
            if (isBuiltinReference(text)) {
                return ParamValue(text);
            }
            fs::path p(text);
            if (p.is_relative() && !baseDir.empty()) {
                p = (baseDir / p).lexically_normal();
            }
            if (const auto builtin = builtinReferenceFor(p)) {
                return ParamValue(*builtin);
            }
            return ParamValue(p.string());
        }
        break;
    case ParamType::Point:
        if (v.isArray()) {
            const QJsonArray a = v.toArray();
            ParamPoint p;
            if (a.size() != 2 || !number(a[0], p.x) || !number(a[1], p.y)) {
                error = QStringLiteral("expected a point [x, y]");
                return std::nullopt;
            }
            return ParamValue(p);
        }
        break;
    case ParamType::Curve:
        if (v.isArray()) {
            ParamCurve curve;
            const QJsonArray a = v.toArray();
            for (qsizetype i = 0; i < a.size(); ++i) {
                const QJsonArray pt = a[i].toArray();
                CurvePoint c;
                if (!a[i].isArray() || pt.size() != 2 || !number(pt[0], c.x) ||
                    !number(pt[1], c.y)) {
                    error = QStringLiteral("point %1: expected [x, y]").arg(i + 1);
                    return std::nullopt;
                }
                curve.push_back(c);
            }
            return ParamValue(std::move(curve));
        }
        break;
    default:
        break;
    }
    if (v.isDouble()) {
        return ParamValue(v.toDouble());
    }
    if (v.isString()) {
        return ParamValue(v.toString().toStdString());
    }
    if (v.isBool()) {
        return ParamValue(v.toBool() ? 1.0 : 0.0);
    }
    error = QStringLiteral("expected a %1").arg(QLatin1String(paramTypeName(d.type)));
    return std::nullopt;
}

// The "params" and "keyframes" of an effect or transition, checked against its descriptor.
void readParams(const Reader& r, const EffectDescriptor& d, const fs::path& baseDir,
                ParamValues& values, std::map<std::string, std::vector<ParamKey>>& keyframes) {
    auto describe = [&d]() {
        QStringList names;
        for (const ParamDescriptor& p : d.params) {
            names << QString::fromStdString(p.id);
        }
        return names.isEmpty() ? QStringLiteral("none") : names.join(", ");
    };
    if (r.has("params")) {
        const Reader params = r.object("params");
        for (auto it = params.raw().begin(); it != params.raw().end(); ++it) {
            const ParamDescriptor* p = d.param(it.key().toStdString());
            if (p == nullptr) {
                params.fail(it.key(),
                            msg(QT_TRANSLATE_NOOP3("Engine",
                                                   "%1 has no parameter with this name (it has %2)",
                                                   "project.unknown-param"))
                                .arg(QString::fromStdString(d.id))
                                .arg(describe()));
            }
            QString error;
            const std::optional<ParamValue> v = paramFromJson(it.value(), *p, baseDir, error);
            if (!v) {
                params.fail(it.key(), error);
            }
            if (const std::string problem = paramProblem(*p, *v); !problem.empty()) {
                params.fail(it.key(), QString::fromStdString(problem));
            }
            values[p->id] = *v;
        }
    }
    if (r.has("keyframes")) {
        const Reader keyed = r.object("keyframes");
        for (auto it = keyed.raw().begin(); it != keyed.raw().end(); ++it) {
            const ParamDescriptor* p = d.param(it.key().toStdString());
            if (p == nullptr) {
                keyed.fail(it.key(),
                           msg(QT_TRANSLATE_NOOP3("Engine",
                                                  "%1 has no parameter with this name (it has %2)",
                                                  "project.unknown-param"))
                               .arg(QString::fromStdString(d.id))
                               .arg(describe()));
            }
            if (p->type != ParamType::Number || !p->animatable) {
                keyed.fail(it.key(), QStringLiteral("only numeric, animatable parameters "
                                                    "can have keyframes"));
            }
            std::vector<ParamKey> keys;
            for (const Reader& k : keyed.array(it.key(), limits::kMaxKeyframes)) {
                ParamKey key{k.time("time"), k.number("value", 0), easingFromJson(k)};
                if (const std::string problem = paramProblem(*p, key.value); !problem.empty()) {
                    k.fail("value", QString::fromStdString(problem));
                }
                keys.push_back(key);
            }
            std::stable_sort(keys.begin(), keys.end(),
                             [](const ParamKey& a, const ParamKey& b) { return a.time < b.time; });
            keyframes[p->id] = std::move(keys);
        }
    }
}

// Speed (constant or a ramp), reverse, freeze frame, crop, flips and rotation.
void readTimeEffects(const Reader& r, const Project& project, Clip& c) {
    if (r.has("speed_ramp")) {
        const Reader ramp = r.object("speed_ramp");
        c.ramp.preset = ramp.string("preset", QString()).toStdString();
        if (!c.ramp.preset.empty() && speedRampPreset(c.ramp.preset).empty()) {
            ramp.fail("preset", QStringLiteral("unknown speed curve \"%1\" (montage, hero, "
                                               "bullet, flash_in, flash_out)")
                                    .arg(QString::fromStdString(c.ramp.preset).left(80)));
        }
        const QJsonValue pts = ramp.required("points");
        if (!pts.isArray()) {
            ramp.fail("points", QStringLiteral("expected a list of [x, speed] points"));
        }
        const QJsonArray a = pts.toArray();
        for (qsizetype i = 0; i < a.size() && i <= 64; ++i) {
            const QJsonArray pt = a[i].toArray();
            if (!a[i].isArray() || pt.size() != 2 || !pt[0].isDouble() || !pt[1].isDouble()) {
                ramp.fail("points", QStringLiteral("point %1: expected [x, speed]").arg(i + 1));
            }
            c.ramp.points.push_back({pt[0].toDouble(), pt[1].toDouble()});
        }
        if (const std::string problem = speedCurveProblem(c.ramp.points); !problem.empty()) {
            ramp.fail("points", QString::fromStdString(problem));
        }
        if (!r.has("speed") && c.out > c.in) {
            // Written by hand: the length follows from the curve on the project's grid.
            c.speed = (c.out - c.in) / rampDuration(c.ramp.points, c.out - c.in, project.frameRate);
        }
        if (c.speed < Rational::fromDouble(kMinRampSpeed) ||
            c.speed > Rational::fromDouble(kMaxRampSpeed)) {
            r.fail("speed", QStringLiteral("a speed curve's mean speed must be between 0.1 and "
                                           "10"));
        }
    } else if (c.speed < Rational::fromDouble(kMinSpeed) ||
               c.speed > Rational::fromDouble(kMaxSpeed)) {
        r.fail("speed", msg(QT_TRANSLATE_NOOP3("Engine", "must be between 0.25 and 4",
                                               "project.speed-range")));
    }
    c.reverse = r.boolean("reverse", false);
    if (r.has("freeze_at")) {
        c.freezeAt = r.time("freeze_at");
        if (c.freezeAt->isNegative()) {
            r.fail("freeze_at",
                   msg(QT_TRANSLATE_NOOP3("Engine", "must not be negative", "project.negative")));
        }
        if (c.reverse || c.ramp.active()) {
            r.fail("freeze_at", QStringLiteral("a freeze frame cannot be reversed or ramped"));
        }
    }
    if (r.has("crop")) {
        const Reader k = r.object("crop");
        const double most = 1 - kMinCropKeep;
        c.crop.left = k.number("left", 0, 0, most);
        c.crop.top = k.number("top", 0, 0, most);
        c.crop.right = k.number("right", 0, 0, most);
        c.crop.bottom = k.number("bottom", 0, 0, most);
        if (c.crop.left + c.crop.right > most) {
            k.fail("right", QStringLiteral("left and right together must keep at least 5% of "
                                           "the picture"));
        }
        if (c.crop.top + c.crop.bottom > most) {
            k.fail("bottom", QStringLiteral("top and bottom together must keep at least 5% of "
                                            "the picture"));
        }
    }
    c.flipH = r.boolean("flip_h", false);
    c.flipV = r.boolean("flip_v", false);
    c.rotate = int(r.integer("rotate", 0, 0, 270));
    if (c.rotate % 90 != 0) {
        r.fail("rotate", QStringLiteral("%1 is not 0, 90, 180 or 270").arg(c.rotate));
    }
}

Clip clipFromJson(const Reader& r, const fs::path& baseDir, Project& project) {
    Clip c;
    c.id = static_cast<ObjectId>(r.integer("id", 0, 0, std::int64_t(9.0e15)));
    if (r.has("text")) {
        c.kind = ClipKind::Text;
        c.text = r.string("text", std::nullopt, limits::kMaxTextCharacters).toStdString();
        if (r.has("style")) {
            c.style = styleFromJson(r.object("style"));
        }
    } else {
        c.media = mediaFromText(r.string("media", std::nullopt, limits::kMaxPathCharacters),
                                baseDir, r, "media");
    }
    c.start = r.time("start");
    c.in = r.time("in", Rational(0));
    c.out = r.time("out");
    c.speed = r.time("speed", Rational(1));
    if (c.start.isNegative()) {
        r.fail("start",
               msg(QT_TRANSLATE_NOOP3("Engine", "must not be negative", "project.negative")));
    }
    if (c.in.isNegative()) {
        r.fail("in", msg(QT_TRANSLATE_NOOP3("Engine", "must not be negative", "project.negative")));
    }
    if (c.out <= c.in) {
        r.fail("out",
               msg(QT_TRANSLATE_NOOP3("Engine", "must be after \"in\"", "project.out-before-in")));
    }
    c.keepPitch = r.boolean("keep_pitch", true);
    readTimeEffects(r, project, c);
    c.volumeDb = r.number("volume_db", 0, -96, 24);
    c.fadeIn = r.time("fade_in", Rational(0));
    c.fadeOut = r.time("fade_out", Rational(0));
    if (c.fadeIn.isNegative() || c.fadeOut.isNegative()) {
        r.fail(c.fadeIn.isNegative() ? "fade_in" : "fade_out",
               msg(QT_TRANSLATE_NOOP3("Engine", "must not be negative", "project.negative")));
    }
    for (const Reader& k : r.array("volume_keys", limits::kMaxKeyframes)) {
        VolumeKey key{k.time("time"), k.number("db", 0, -96, 24)};
        if (key.time.isNegative()) {
            k.fail("time",
                   msg(QT_TRANSLATE_NOOP3("Engine", "must not be negative", "project.negative")));
        }
        c.volumeKeys.push_back(key);
    }
    std::stable_sort(c.volumeKeys.begin(), c.volumeKeys.end(),
                     [](const VolumeKey& a, const VolumeKey& b) { return a.time < b.time; });
    c.voice = r.choice("voice", VoiceEffect::None, kVoices);
    c.denoise = r.boolean("denoise", false);
    c.voiceClarity = r.boolean("voice_clarity", false);
    if (r.has("transform")) {
        c.transform = transformFromJson(r.object("transform"));
    }
    for (const Reader& k : r.array("keyframes", limits::kMaxKeyframes)) {
        c.keyframes.push_back(
            TransformKey{k.time("time"), transformFromJson(k), easingFromJson(k)});
    }
    std::stable_sort(c.keyframes.begin(), c.keyframes.end(),
                     [](const TransformKey& a, const TransformKey& b) { return a.time < b.time; });
    if (r.has("animation_in")) {
        c.animationIn = animationFromJson(r.object("animation_in"));
    }
    if (r.has("animation_out")) {
        c.animationOut = animationFromJson(r.object("animation_out"));
    }
    c.loop = r.boolean("loop", false);
    if (r.has("anchor")) {
        const QJsonValue a = r.raw().value("anchor");
        if (a.isString()) {
            bool found = false;
            for (const auto& [name, xy] : kAnchors) {
                if (a.toString() == QLatin1String(name)) {
                    c.anchorX = xy.first;
                    c.anchorY = xy.second;
                    found = true;
                }
            }
            if (!found) {
                r.fail("anchor",
                       msg(QT_TRANSLATE_NOOP3("Engine",
                                              "\"%1\" is not an anchor (top-left, top, top-right, "
                                              "left, center, right, bottom-left, bottom, "
                                              "bottom-right, or {\"x\": 0.2, \"y\": 1})",
                                              "project.not-an-anchor"))
                           .arg(a.toString().left(80).toStdString()));
            }
        } else {
            const Reader ar = r.object("anchor");
            c.anchorX = ar.number("x", 0.5, 0, 1);
            c.anchorY = ar.number("y", 0.5, 0, 1);
        }
    }
    if (r.has("focus")) {
        const Reader f = r.object("focus");
        c.focusX = f.number("x", 0.5, 0, 1);
        c.focusY = f.number("y", 0.5, 0, 1);
    }
    if (r.has("reframe")) {
        const QString mode = r.string("reframe");
        if (mode != "faces" && mode != "none") {
            r.fail("reframe", msg(QT_TRANSLATE_NOOP3("Engine", "expected \"faces\" or \"none\"",
                                                     "project.not-a-reframe")));
        }
        c.reframe = mode == "faces";
    }
    for (const Reader& k : r.array("focus_keys", limits::kMaxKeyframes)) {
        c.focusKeys.push_back(
            FocusKey{k.time("time"), k.number("x", 0.5, 0, 1), k.number("y", 0.5, 0, 1)});
    }
    std::stable_sort(c.focusKeys.begin(), c.focusKeys.end(),
                     [](const FocusKey& a, const FocusKey& b) { return a.time < b.time; });
    c.fit = r.choice("fit", FitMode::Fit, kFitModes);
    if (r.has("background")) {
        const Reader b = r.object("background");
        c.background = b.choice("type", BackgroundFill::None, kBackgrounds);
        c.backgroundColor = b.color("color", 0xff000000);
    }
    if (r.has("transition_in")) {
        const Reader t = r.object("transition_in");
        Transition tr;
        tr.type = t.string("type", QStringLiteral("crossfade")).toStdString();
        const TransitionEffect* known = EffectRegistry::instance().findTransition(tr.type);
        if (known == nullptr) {
            t.fail("type", QStringLiteral("unknown transition \"%1\"%2")
                               .arg(QString::fromStdString(tr.type), knownIds(true)));
        }
        tr.duration = t.time("duration");
        if (tr.duration <= Rational(0)) {
            t.fail("duration",
                   msg(QT_TRANSLATE_NOOP3("Engine", "must be positive", "project.not-positive")));
        }
        readParams(t, known->descriptor(), baseDir, tr.params, tr.keyframes);
        c.transitionIn = tr;
    }
    for (const Reader& e : r.array("effects", limits::kMaxEffectsPerClip)) {
        EffectInstance fx;
        fx.type = e.string("type").toStdString();
        fx.enabled = e.boolean("enabled", true);
        const Effect* known = EffectRegistry::instance().find(fx.type);
        if (known == nullptr) {
            e.fail("type", QStringLiteral("unknown effect \"%1\"%2")
                               .arg(QString::fromStdString(fx.type), knownIds(false)));
        }
        readParams(e, known->descriptor(), baseDir, fx.params, fx.keyframes);
        c.effects.push_back(std::move(fx));
    }
    // Times that are each fine may still not combine exactly (a sum of fractions with huge
    // coprime denominators); the renderer combines them every frame, so try it once here,
    // where the clip can be named.
    try {
        (void)(c.end() + c.fadeIn + c.fadeOut);
        (void)c.sourceTime(c.end());
    } catch (const std::exception&) {
        r.fail("out", msg(QT_TRANSLATE_NOOP3("Engine",
                                             "the clip's times cannot be combined exactly; use "
                                             "simpler fractions (like 2.5 or \"1001/30000\")",
                                             "project.times-overflow")));
    }
    if (c.id == 0) {
        c.id = project.newId(); // so that messages about it can name it
    }
    return c;
}

} // namespace

QByteArray projectToJson(const Project& project, const fs::path& baseDir) {
    QJsonArray tracks;
    for (const auto& t : project.tracks) {
        QJsonArray clips;
        for (const auto& c : t.clips) {
            clips.append(clipToJson(c, baseDir));
        }
        QJsonObject to{{"id", static_cast<qint64>(t.id)},
                       {"kind", kindName(t.kind)},
                       {"name", QString::fromStdString(t.name)},
                       {"clips", clips}};
        if (t.muted) {
            to["muted"] = true;
        }
        if (t.hidden) {
            to["hidden"] = true;
        }
        if (t.locked) {
            to["locked"] = true;
        }
        if (t.volumeDb != 0) {
            to["volume_db"] = t.volumeDb;
        }
        // Settings are kept while ducking is off, so switching it on again restores them.
        if (t.ducking != Ducking{}) {
            to["ducking"] = QJsonObject{{"enabled", t.ducking.enabled},
                                        {"depth_db", t.ducking.depthDb},
                                        {"attack", t.ducking.attack},
                                        {"release", t.ducking.release}};
        }
        tracks.append(to);
    }
    QJsonObject root{{"reelcut", Project::kFormatVersion},
                     {"canvas", QJsonObject{{"width", project.width},
                                            {"height", project.height},
                                            {"fps", timeValue(project.frameRate)},
                                            {"background", colorText(project.background)}}},
                     {"tracks", tracks}};
    if (project.magneticMainTrack) {
        root["magnetic_main_track"] = true;
    }
    if (!project.bin.empty()) {
        QJsonArray bin;
        for (const std::string& media : project.bin) {
            bin.append(mediaText(media, baseDir));
        }
        root["bin"] = bin;
    }
    putTemplateSpec(root, project.templateSpec);
    // Indented, to be read and compared by people. A big project (thousands of captions)
    // is written compact instead: indentation made a 20000-caption project 30 MB, beyond
    // what the loader accepts; compact it is 9 MB.
    const QJsonDocument doc(root);
    QByteArray text = doc.toJson(QJsonDocument::Indented);
    if (text.size() > limits::kIndentedProjectBytes) {
        text = doc.toJson(QJsonDocument::Compact);
    }
    return text;
}

Project projectFromJson(const QByteArray& json, const fs::path& baseDir) {
    if (json.size() > limits::kMaxProjectFileBytes) {
        throw ProjectError(
            Message(QT_TRANSLATE_NOOP3("Engine", "the file is %1 MB; a project is at most %2 MB",
                                       "project.file-too-large"))
                .arg(static_cast<long long>(json.size() >> 20))
                .arg(static_cast<long long>(limits::kMaxProjectFileBytes >> 20)));
    }
    QJsonParseError err{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &err);
    if (err.error != QJsonParseError::NoError) {
        // Turn the byte offset into the line and column a text editor shows.
        const qsizetype offset = std::min<qsizetype>(err.offset, json.size());
        const QByteArray before = json.left(offset);
        const qsizetype line = before.count('\n') + 1;
        const qsizetype column = offset - before.lastIndexOf('\n');
        throw ProjectError(
            Message(QT_TRANSLATE_NOOP3("Engine", "line %1, column %2: %3", "project.json-syntax"))
                .arg(static_cast<long long>(line))
                .arg(static_cast<long long>(column))
                .arg(err.errorString()));
    }
    if (!doc.isObject()) {
        throw ProjectError(Message(
            QT_TRANSLATE_NOOP3("Engine", "not a ReelCut project: the file must hold a JSON object",
                               "project.not-an-object-file")));
    }
    QJsonObject rootObject = doc.object();
    TemplateSpec templateSpec = takeTemplateSpec(rootObject, baseDir);
    const Reader root(rootObject, QString());
    if (!root.has("reelcut")) {
        root.fail("reelcut", msg(QT_TRANSLATE_NOOP3("Engine", "missing; not a ReelCut project file",
                                                    "project.no-version")));
    }
    const double version = root.number("reelcut", 0);
    if (version != std::floor(version) || version < 1) {
        root.fail("reelcut",
                  msg(QT_TRANSLATE_NOOP3("Engine", "format version must be a whole number >= 1",
                                         "project.bad-version")));
    }
    if (version > Project::kFormatVersion) {
        root.fail("reelcut", msg(QT_TRANSLATE_NOOP3("Engine",
                                                    "the file was made by a newer ReelCut (format "
                                                    "%1); this version reads format %2 and older",
                                                    "project.newer-version"))
                                 .arg(QString::number(version, 'g', 17))
                                 .arg(Project::kFormatVersion));
    }

    Project p;
    const Reader canvas = root.object("canvas");
    p.width = int(canvas.integer("width", 1080, limits::kMinCanvas, limits::kMaxCanvas));
    p.height = int(canvas.integer("height", 1920, limits::kMinCanvas, limits::kMaxCanvas));
    if (p.width % 2 != 0 || p.height % 2 != 0) {
        canvas.fail(p.width % 2 ? "width" : "height",
                    msg(QT_TRANSLATE_NOOP3(
                        "Engine", "must be even (H.264 with 4:2:0 colour needs even sizes)",
                        "project.odd-size")));
    }
    p.frameRate = canvas.time("fps", Rational(30));
    if (p.frameRate < Rational(1) || p.frameRate > Rational(240)) {
        canvas.fail("fps", msg(QT_TRANSLATE_NOOP3("Engine", "must be between 1 and 240",
                                                  "project.fps-range")));
    }
    if (p.frameRate.den() > limits::kMaxRateDenominator) {
        canvas.fail("fps", msg(QT_TRANSLATE_NOOP3("Engine",
                                                  "is not a frame rate (use a number like 29.97 "
                                                  "or a fraction like \"30000/1001\")",
                                                  "project.fps-fraction")));
    }
    p.background = canvas.color("background", 0xff000000);

    ObjectId maxId = 0;
    std::size_t clipCount = 0;
    for (const Reader& tr : root.array("tracks", limits::kMaxTracks)) {
        Track t;
        t.id = static_cast<ObjectId>(tr.integer("id", 0, 0, std::int64_t(9.0e15)));
        t.kind = tr.choice("kind", TrackKind::Video, kTrackKinds);
        t.name = tr.string("name", QString()).toStdString();
        t.muted = tr.boolean("muted", false);
        t.hidden = tr.boolean("hidden", false);
        t.locked = tr.boolean("locked", false);
        t.volumeDb = tr.number("volume_db", 0, -96, 24);
        if (tr.has("ducking")) {
            const Reader d = tr.object("ducking");
            t.ducking.enabled = d.boolean("enabled", true);
            t.ducking.depthDb = d.number("depth_db", 12, 0, 60);
            t.ducking.attack = d.number("attack", 0.2, 0, 5);
            t.ducking.release = d.number("release", 0.5, 0, 10);
        }
        for (const Reader& cr : tr.array("clips", limits::kMaxClips)) {
            if (++clipCount > std::size_t(limits::kMaxClips)) {
                tr.fail("clips",
                        msg(QT_TRANSLATE_NOOP3("Engine", "the project has more than %1 clips",
                                               "project.too-many-clips"))
                            .arg(limits::kMaxClips));
            }
            t.clips.push_back(clipFromJson(cr, baseDir, p));
            maxId = std::max(maxId, t.clips.back().id);
        }
        std::stable_sort(t.clips.begin(), t.clips.end(),
                         [](const Clip& a, const Clip& b) { return a.start < b.start; });
        for (std::size_t i = 1; i < t.clips.size(); ++i) {
            if (t.clips[i].start < t.clips[i - 1].end()) {
                tr.fail("clips", msg(QT_TRANSLATE_NOOP3("Engine", "clips %1 and %2 overlap at %3",
                                                        "project.overlap"))
                                     .arg(static_cast<long long>(t.clips[i - 1].id))
                                     .arg(static_cast<long long>(t.clips[i].id))
                                     .arg(formatTimecode(t.clips[i].start)));
            }
        }
        maxId = std::max(maxId, t.id);
        p.tracks.push_back(std::move(t));
    }
    p.magneticMainTrack = root.boolean("magnetic_main_track", false);
    if (root.has("bin")) {
        const QJsonValue bin = root.raw().value("bin");
        if (!bin.isArray()) {
            root.fail("bin",
                      msg(QT_TRANSLATE_NOOP3("Engine", "expected a list", "project.not-a-list")));
        }
        const QJsonArray list = bin.toArray();
        if (list.size() > limits::kMaxBinMedia) {
            root.fail("bin", msg(QT_TRANSLATE_NOOP3("Engine",
                                                    "has %1 entries; at most %2 are "
                                                    "allowed",
                                                    "project.too-many"))
                                 .arg(static_cast<long long>(list.size()))
                                 .arg(limits::kMaxBinMedia));
        }
        std::unordered_set<std::string> inBin;
        for (qsizetype i = 0; i < list.size(); ++i) {
            const QString key = QStringLiteral("bin[%1]").arg(i);
            if (!list.at(i).isString()) {
                root.fail(key, msg(QT_TRANSLATE_NOOP3("Engine", "expected a string",
                                                      "project.not-a-string")));
            }
            const std::string media = mediaFromText(list.at(i).toString(), baseDir, root, key);
            if (inBin.insert(media).second) {
                p.bin.push_back(media);
            }
        }
    }
    // Ids must be unique; files written by hand may leave them out or repeat them.
    p.nextId = std::max(p.nextId, maxId + 1);
    std::unordered_set<ObjectId> seen;
    for (auto& t : p.tracks) {
        if (t.id == 0 || !seen.insert(t.id).second) {
            t.id = p.newId();
            seen.insert(t.id);
        }
        for (auto& c : t.clips) {
            if (c.id == 0 || !seen.insert(c.id).second) {
                c.id = p.newId();
                seen.insert(c.id);
            }
        }
    }
    p.templateSpec = std::move(templateSpec);
    return p;
}

} // namespace reelcut
