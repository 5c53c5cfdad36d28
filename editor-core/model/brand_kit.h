#pragma once

// A brand kit: the logo, colours, fonts, intro and outro clips and watermark corner of
// one brand, in its own file (brand.json) so that one kit serves many templates.
// Templates use it as {{brand.primary}}, {{brand.logo}}, {{brand.font.heading}}...

#include <boost/filesystem/path.hpp>
#include <cstdint>
#include <map>
#include <optional>
#include <string>

namespace reelcut {

enum class Corner { TopLeft, TopRight, BottomLeft, BottomRight };

const char* cornerName(Corner corner);
bool cornerFromName(const std::string& name, Corner& out);

struct BrandKit {
    std::string name;
    // Paths are absolute in memory and written relative to the kit's folder.
    std::string logo;
    std::string intro;
    std::string outro;
    std::map<std::string, std::uint32_t> colors; // "primary" -> ARGB
    std::map<std::string, std::string> fonts;    // "heading" -> family
    Corner watermarkCorner = Corner::TopRight;
    double watermarkScale = 0.15;   // of the canvas's shorter side
    double watermarkOpacity = 0.85; // 0..1
    double watermarkMargin = 0.04;  // of the canvas's shorter side

    // The value of "brand.<name>" (name without the prefix): name, logo, intro, outro,
    // <colour>, color.<colour>, font.<font>; nullopt when the kit has none.
    std::optional<std::string> token(const std::string& name) const;
    // True when `name` (without "brand.") is a path (logo, intro, outro).
    static bool isMediaToken(const std::string& name);

    friend bool operator==(const BrandKit&, const BrandKit&) = default;
};

// Reads a brand.json. Throws ProjectError naming the file and field.
BrandKit loadBrandKit(const boost::filesystem::path& file);
// Writes it atomically, paths relative to the file's folder. Throws ProjectError.
void saveBrandKit(const BrandKit& kit, const boost::filesystem::path& file);

// "#rrggbb" for opaque colours, "#aarrggbb" otherwise.
std::string colorToText(std::uint32_t argb);
// "#rgb", "#rrggbb" or "#aarrggbb" -> ARGB.
std::optional<std::uint32_t> colorFromText(const std::string& text);

} // namespace reelcut
