#include "text/text_presets.h"

#include <QtGlobal>

namespace reelcut {

namespace {

std::vector<TextPreset> makePresets() {
    std::vector<TextPreset> out;

    TextPreset outline{"bold-outline", QT_TRANSLATE_NOOP("TextPreset", "Bold outline"), {}, {}, {}};
    outline.style.fontFamily = "Lato";
    outline.style.fontSize = 96;
    outline.style.strokeWidth = 8;
    outline.style.strokeColor = 0xff000000;
    outline.animationIn = {AnimationType::Pop, 0.35};
    out.push_back(outline);

    TextPreset caption{"caption-box", QT_TRANSLATE_NOOP("TextPreset", "Caption box"), {}, {}, {}};
    caption.style.fontSize = 56;
    caption.style.boxColor = 0xcc000000;
    caption.style.boxPadding = 18;
    caption.style.boxRadius = 14;
    caption.style.wrapWidth = 0.84;
    out.push_back(caption);

    TextPreset neon{"neon-glow", QT_TRANSLATE_NOOP("TextPreset", "Neon glow"), {}, {}, {}};
    neon.style.fontFamily = "Bebas Neue";
    neon.style.fontSize = 120;
    neon.style.bold = false;
    neon.style.color = 0xfff0fdff;
    neon.style.strokeWidth = 3;
    neon.style.strokeColor = 0xff22d3ee;
    neon.style.shadowColor = 0xff06b6d4;
    neon.style.shadowBlur = 24;
    neon.animationIn = {AnimationType::Fade, 0.5};
    out.push_back(neon);

    TextPreset typewriter{
        "typewriter-subtitle", QT_TRANSLATE_NOOP("TextPreset", "Typewriter subtitle"), {}, {}, {}};
    typewriter.style.fontSize = 52;
    typewriter.style.bold = false;
    typewriter.style.align = TextAlign::Left;
    typewriter.style.boxColor = 0x99000000;
    typewriter.style.boxPadding = 12;
    typewriter.style.boxRadius = 4;
    typewriter.animationIn = {AnimationType::Typewriter, 1.0};
    out.push_back(typewriter);

    TextPreset shadow{"shadow-title", QT_TRANSLATE_NOOP("TextPreset", "Shadow title"), {}, {}, {}};
    shadow.style.fontFamily = "Lato";
    shadow.style.fontSize = 110;
    shadow.style.shadowColor = 0xb0000000;
    shadow.style.shadowOffsetX = 6;
    shadow.style.shadowOffsetY = 8;
    shadow.style.shadowBlur = 10;
    shadow.animationIn = {AnimationType::SlideUp, 0.5};
    shadow.animationOut = {AnimationType::Fade, 0.4};
    out.push_back(shadow);

    TextPreset marker{
        "highlight-marker", QT_TRANSLATE_NOOP("TextPreset", "Highlight marker"), {}, {}, {}};
    marker.style.fontSize = 72;
    marker.style.color = 0xff111111;
    marker.style.boxColor = 0xfffde047;
    marker.style.boxPadding = 10;
    marker.style.boxRadius = 2;
    marker.animationIn = {AnimationType::SlideLeft, 0.4};
    out.push_back(marker);

    TextPreset sale{"sale-badge", QT_TRANSLATE_NOOP("TextPreset", "Sale badge"), {}, {}, {}};
    sale.style.fontFamily = "Bebas Neue";
    sale.style.fontSize = 140;
    sale.style.bold = false;
    sale.style.color = 0xffffffff;
    sale.style.boxColor = 0xffe11d48;
    sale.style.boxPadding = 24;
    sale.style.boxRadius = 28;
    sale.animationIn = {AnimationType::Bounce, 0.8};
    out.push_back(sale);
    return out;
}

} // namespace

const std::vector<TextPreset>& builtinTextPresets() {
    static const std::vector<TextPreset> presets = makePresets();
    return presets;
}

const TextPreset* findTextPreset(const std::string& id) {
    for (const auto& p : builtinTextPresets()) {
        if (p.id == id) {
            return &p;
        }
    }
    return nullptr;
}

} // namespace reelcut
