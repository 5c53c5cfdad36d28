#include "model/brand_kit.h"

#include "model/project_file.h"
#include "model/project_json.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <array>
#include <boost/filesystem/operations.hpp>
#include <cmath>
#include <utility>

namespace reelcut {

namespace fs = boost::filesystem;

namespace {

constexpr std::array<std::pair<Corner, const char*>, 4> kCorners{{
    {Corner::TopLeft, "top-left"},
    {Corner::TopRight, "top-right"},
    {Corner::BottomLeft, "bottom-left"},
    {Corner::BottomRight, "bottom-right"},
}};

std::string resolve(const QString& text, const fs::path& dir) {
    if (text.isEmpty()) {
        return {};
    }
    fs::path p(text.toStdString());
    if (p.is_relative()) {
        p = (dir / p).lexically_normal();
    }
    return p.string();
}

QString relative(const std::string& path, const fs::path& dir) {
    if (path.empty()) {
        return {};
    }
    const fs::path rel = fs::path(path).lexically_relative(dir);
    return QString::fromStdString(rel.empty() ? path : rel.generic_string());
}

} // namespace

const char* cornerName(Corner corner) {
    for (const auto& [c, name] : kCorners) {
        if (c == corner) {
            return name;
        }
    }
    return "top-right";
}

bool cornerFromName(const std::string& name, Corner& out) {
    for (const auto& [c, n] : kCorners) {
        if (name == n) {
            out = c;
            return true;
        }
    }
    return false;
}

std::string colorToText(std::uint32_t argb) {
    char buf[16];
    if ((argb >> 24) == 0xff) {
        std::snprintf(buf, sizeof buf, "#%06x", argb & 0xffffffu);
    } else {
        std::snprintf(buf, sizeof buf, "#%08x", argb);
    }
    return buf;
}

std::optional<std::uint32_t> colorFromText(const std::string& text) {
    if (text.size() < 4 || text[0] != '#') {
        return std::nullopt;
    }
    std::string hex = text.substr(1);
    for (char c : hex) {
        if (!std::isxdigit(static_cast<unsigned char>(c))) {
            return std::nullopt;
        }
    }
    if (hex.size() == 3) { // #rgb -> #rrggbb
        hex = {hex[0], hex[0], hex[1], hex[1], hex[2], hex[2]};
    }
    if (hex.size() != 6 && hex.size() != 8) {
        return std::nullopt;
    }
    const auto v = static_cast<std::uint32_t>(std::stoul(hex, nullptr, 16));
    return hex.size() == 6 ? (0xff000000u | v) : v;
}

bool BrandKit::isMediaToken(const std::string& name) {
    return name == "logo" || name == "intro" || name == "outro";
}

std::optional<std::string> BrandKit::token(const std::string& key) const {
    auto nonEmpty = [](const std::string& s) -> std::optional<std::string> {
        if (s.empty()) {
            return std::nullopt;
        }
        return s;
    };
    if (key == "name") {
        return nonEmpty(name);
    }
    if (key == "logo") {
        return nonEmpty(logo);
    }
    if (key == "intro") {
        return nonEmpty(intro);
    }
    if (key == "outro") {
        return nonEmpty(outro);
    }
    std::string color = key;
    if (key.rfind("color.", 0) == 0) {
        color = key.substr(6);
    }
    if (auto it = colors.find(color); it != colors.end()) {
        return colorToText(it->second);
    }
    if (key.rfind("font.", 0) == 0) {
        if (auto it = fonts.find(key.substr(5)); it != fonts.end()) {
            return it->second;
        }
    }
    return std::nullopt;
}

BrandKit loadBrandKit(const fs::path& file) {
    QFile f(QString::fromStdString(file.string()));
    if (!f.exists()) {
        throw ProjectError(file.string() + ": brand kit not found");
    }
    if (!f.open(QIODevice::ReadOnly)) {
        throw ProjectError(file.string() + ": cannot read: " + f.errorString().toStdString());
    }
    QJsonParseError err{};
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject()) {
        throw ProjectError(file.string() + ": not a brand kit (expected a JSON object" +
                           (err.error != QJsonParseError::NoError
                                ? ": " + err.errorString().toStdString()
                                : std::string()) +
                           ")");
    }
    const fs::path dir = fs::absolute(file).parent_path().lexically_normal();
    const QJsonObject o = doc.object();
    auto fail = [&](const QString& field, const QString& what) {
        throw ProjectError(file.string() + ": " + field.toStdString() + ": " + what.toStdString());
    };
    auto text = [&](const char* key) {
        const QJsonValue v = o.value(key);
        if (!v.isUndefined() && !v.isString()) {
            fail(key, "expected a string");
        }
        return v.toString();
    };
    BrandKit kit;
    kit.name = text("name").toStdString();
    kit.logo = resolve(text("logo"), dir);
    kit.intro = resolve(text("intro"), dir);
    kit.outro = resolve(text("outro"), dir);
    const QJsonObject colors = o.value("colors").toObject();
    for (auto it = colors.begin(); it != colors.end(); ++it) {
        const auto c = colorFromText(it.value().toString().toStdString());
        if (!c) {
            fail("colors." + it.key(), "expected a colour like \"#e11d48\"");
        }
        kit.colors[it.key().toStdString()] = *c;
    }
    const QJsonObject fonts = o.value("fonts").toObject();
    for (auto it = fonts.begin(); it != fonts.end(); ++it) {
        if (!it.value().isString() || it.value().toString().isEmpty()) {
            fail("fonts." + it.key(), "expected a font family name");
        }
        kit.fonts[it.key().toStdString()] = it.value().toString().toStdString();
    }
    if (o.contains("watermark")) {
        const QJsonObject w = o.value("watermark").toObject();
        const std::string corner = w.value("corner").toString("top-right").toStdString();
        if (!cornerFromName(corner, kit.watermarkCorner)) {
            fail("watermark.corner", "expected top-left, top-right, bottom-left or bottom-right");
        }
        auto number = [&](const char* key, double fallback, double lo, double hi) {
            const double v = w.value(key).toDouble(fallback);
            if (!std::isfinite(v) || v < lo || v > hi) {
                fail(QStringLiteral("watermark.%1").arg(key),
                     QStringLiteral("must be between %1 and %2").arg(lo).arg(hi));
            }
            return v;
        };
        kit.watermarkScale = number("scale", kit.watermarkScale, 0.01, 1);
        kit.watermarkOpacity = number("opacity", kit.watermarkOpacity, 0, 1);
        kit.watermarkMargin = number("margin", kit.watermarkMargin, 0, 0.5);
    }
    return kit;
}

void saveBrandKit(const BrandKit& kit, const fs::path& file) {
    const fs::path dir = fs::absolute(file).parent_path().lexically_normal();
    QJsonObject colors;
    for (const auto& [name, argb] : kit.colors) {
        colors[QString::fromStdString(name)] = QString::fromStdString(colorToText(argb));
    }
    QJsonObject fonts;
    for (const auto& [name, family] : kit.fonts) {
        fonts[QString::fromStdString(name)] = QString::fromStdString(family);
    }
    QJsonObject o{{"name", QString::fromStdString(kit.name)},
                  {"colors", colors},
                  {"fonts", fonts},
                  {"watermark", QJsonObject{{"corner", cornerName(kit.watermarkCorner)},
                                            {"scale", kit.watermarkScale},
                                            {"opacity", kit.watermarkOpacity},
                                            {"margin", kit.watermarkMargin}}}};
    for (const auto& [key, path] :
         {std::pair{"logo", &kit.logo}, {"intro", &kit.intro}, {"outro", &kit.outro}}) {
        if (!path->empty()) {
            o[key] = relative(*path, dir);
        }
    }
    try {
        writeFileAtomically(file, QJsonDocument(o).toJson(QJsonDocument::Indented));
    } catch (const std::runtime_error& e) {
        throw ProjectError(std::string("could not save the brand kit: ") + e.what());
    }
}

} // namespace reelcut
