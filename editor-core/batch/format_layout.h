#pragma once

// One template, several shapes: a row rendered as 9:16, 1:1, 16:9 and 4:5. Positions are
// fractions of the canvas plus anchors, so the layout carries over; text and overlays are
// then kept inside the target platform's safe zone, sizes follow the canvas's shorter
// side, and filled media crop around their focus point (or the faces, see reframe).

#include "export/preset.h"
#include "model/brand_kit.h"
#include "model/project.h"
#include "util/message.h"

#include <optional>
#include <string>
#include <vector>

namespace reelcut::batch {

struct OutputFormat {
    std::string ratio; // "9:16"
    std::string tag;   // "9x16", for names
    Preset preset;
};

// Parses "9:16,1:1,16:9,4:5" (or preset ids). Each ratio renders with the preset made
// for it (9:16 tiktok, 1:1 square, 16:9 youtube, 4:5 feed-4x5), except that `presetId`,
// when given, is used for its own ratio. An empty list means the preset's ratio (or
// 9:16). Returns an empty list and sets `error` on a bad entry.
std::vector<OutputFormat> parseFormats(const std::string& ratios, const std::string& presetId,
                                       std::optional<Message>& error);

// The project laid out for the format's canvas (the preset's size): sizes scaled by the
// shorter side, text boxes and overlays moved (and shrunk if needed) into the safe zone.
Project adaptToFormat(const Project& project, const OutputFormat& format);

// Adds the brand kit's intro (before everything), outro (after) and watermark (its logo in
// its corner, inside the safe zone) as the template asks. Media facts come from probing.
void applyBrandKit(Project& project, const BrandKit& kit, const TemplateSpec& spec,
                   const SafeZone& zone);

} // namespace reelcut::batch
