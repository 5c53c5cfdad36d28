#pragma once

// JSON texts of tst_batch_core (kept out of the .cpp: moc of Qt 6.4 loses the test class
// when a file has raw string literals with JSON in them).

namespace reelcut::test {

inline const char* const kJsonRows =
    R"([{"sku": "A1", "price": 9.5, "on": true, "gone": null}, {"sku": "B2"}])";

inline const char* const kJsonNotArray = R"({"sku": 1})";

inline const char* const kJsonNestedValue = R"([{"a": [1]}])";

inline const char* const kBrandKit = R"({"name": "Acme", "logo": "logo.png",
            "colors": {"primary": "#e11d48"}, "fonts": {"heading": "Bebas Neue"}})";

inline const char* const kEveryFieldTemplate = R"({
  "reelcut": 1, "canvas": { "width": 1080, "height": 1920, "fps": 30 },
  "brand": "brand/brand.json",
  "fields": [
    { "name": "title", "type": "text" },
    { "name": "photo", "type": "media" },
    { "name": "tint", "type": "color" },
    { "name": "size", "type": "number", "min": 10, "max": 300, "default": 72 },
    { "name": "zoom", "type": "number", "min": 0.1, "max": 2, "default": 0.5 },
    { "name": "face", "type": "font" },
    { "name": "mood", "type": "choice", "choices": ["calm", "loud"] },
    { "name": "extra", "type": "text" }
  ],
  "tracks": [
    { "kind": "overlay", "clips": [
      { "media": "{{photo}}", "start": 0, "out": 2, "transform": { "x": 0.5, "y": 0.5, "scale": "{{zoom}}" } } ] },
    { "kind": "text", "clips": [
      { "text": "{{title}} / {{mood}} / {{brand.name}}", "start": 0, "out": 2,
        "style": { "font": "{{face}}", "size": "{{size}}", "color": "{{tint}}",
                   "stroke": { "width": 2, "color": "{{brand.primary}}" } } } ] },
    { "kind": "text", "clips": [
      { "if": "{{extra}}", "text": "{{extra}}", "start": 0, "out": 2 },
      { "if": "{{mood}} == loud", "text": "LOUD", "start": 2, "out": 1 },
      { "text": "{{brand.font.heading}}", "start": 3, "out": 1, "style": { "font": "{{brand.font.heading}}" } } ] }
  ]
})";

inline const char* const kEdgesTemplate = R"({
  "reelcut": 1, "canvas": { "width": 1080, "height": 1920, "fps": 30 },
  "tracks": [
    { "kind": "text", "clips": [ { "text": "TOP LEFT HEADLINE", "start": 0, "out": 1,
        "anchor": "top-left", "transform": { "x": 0.0, "y": 0.0 },
        "style": { "size": 90, "color": "#ffffff", "wrap_width": 0.9 } } ] },
    { "kind": "text", "clips": [ { "text": "Bottom line with a price of 19.99 and more words", "start": 0, "out": 1,
        "transform": { "x": 0.5, "y": 0.97 },
        "style": { "size": 80, "color": "#ffffff", "wrap_width": 1.0, "fit": { "height": 0.2, "min_size": 30 } } } ] },
    { "kind": "overlay", "clips": [ { "media": "logo.png", "start": 0, "out": 1,
        "anchor": "bottom-right", "transform": { "x": 1.0, "y": 1.0, "scale": 0.3 } } ] }
  ]
})";

// Each row's two clips cut to each row's song, every two beats.
inline const char* const kBeatCutTemplate = R"({
  "reelcut": 1, "canvas": { "width": 540, "height": 960, "fps": 30 },
  "beat_cut": { "every": 2 },
  "fields": [
    { "name": "a", "type": "media", "accept": "video" },
    { "name": "b", "type": "media", "accept": "video" },
    { "name": "song", "type": "media", "accept": "audio" }
  ],
  "tracks": [
    { "kind": "video", "clips": [
      { "media": "{{a}}", "start": 0, "out": 3 },
      { "media": "{{b}}", "start": 3, "out": 3 } ] },
    { "kind": "audio", "clips": [ { "media": "{{song}}", "start": 0, "out": 10 } ] }
  ]
})";

} // namespace reelcut::test
