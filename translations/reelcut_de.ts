<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>Aspect</name>
    <message>
        <location filename="../app/gui/dialogs/new_project_dialog.cpp" line="21"/>
        <source>TikTok, Reels, Shorts</source>
        <translation>TikTok, Reels, Shorts</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/new_project_dialog.cpp" line="22"/>
        <source>Square feed post</source>
        <translation>Quadratischer Beitrag</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/new_project_dialog.cpp" line="23"/>
        <source>Portrait feed post</source>
        <translation>Hochformat-Beitrag</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/new_project_dialog.cpp" line="24"/>
        <source>YouTube, landscape</source>
        <translation>YouTube, Querformat</translation>
    </message>
</context>
<context>
    <name>CaptionImport</name>
    <message>
        <location filename="../app/gui/dialogs/caption_import.cpp" line="31"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/caption_import.cpp" line="38"/>
        <source>%1 is not a valid SRT file: %2</source>
        <translation>%1 ist keine gültige SRT-Datei: %2</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/caption_import.cpp" line="43"/>
        <source>%1 has no captions.</source>
        <translation>%1 enthält keine Untertitel.</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/caption_import.cpp" line="58"/>
        <source>Import captions</source>
        <translation>Untertitel importieren</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/caption_import.cpp" line="61"/>
        <source>Captions</source>
        <translation>Untertitel</translation>
    </message>
</context>
<context>
    <name>ClipPainter</name>
    <message>
        <location filename="../app/gui/timeline/clip_painter.cpp" line="161"/>
        <source>%1 (missing)</source>
        <translation>%1 (fehlt)</translation>
    </message>
</context>
<context>
    <name>Effect</name>
    <message>
        <location filename="../effects/blur/gaussian_blur.cpp" line="12"/>
        <source>Blur</source>
        <translation>Unschärfe</translation>
    </message>
    <message>
        <location filename="../effects/blur/gaussian_blur.cpp" line="14"/>
        <source>Radius</source>
        <translation>Radius</translation>
    </message>
    <message>
        <location filename="../effects/color/color_adjust.cpp" line="13"/>
        <source>Adjust colour</source>
        <translation>Farbe anpassen</translation>
    </message>
    <message>
        <location filename="../effects/color/color_adjust.cpp" line="16"/>
        <source>Brightness</source>
        <translation>Helligkeit</translation>
    </message>
    <message>
        <location filename="../effects/color/color_adjust.cpp" line="18"/>
        <source>Contrast</source>
        <translation>Kontrast</translation>
    </message>
    <message>
        <location filename="../effects/color/color_adjust.cpp" line="19"/>
        <source>Saturation</source>
        <translation>Sättigung</translation>
    </message>
    <message>
        <location filename="../effects/face/face_beauty_effect.cpp" line="15"/>
        <source>Beauty</source>
        <translation>Verschönern</translation>
    </message>
    <message>
        <location filename="../effects/face/face_beauty_effect.cpp" line="18"/>
        <source>Skin smoothing</source>
        <translation>Hautglättung</translation>
    </message>
    <message>
        <location filename="../effects/face/face_beauty_effect.cpp" line="20"/>
        <source>Brighten</source>
        <translation>Aufhellen</translation>
    </message>
    <message>
        <location filename="../effects/face/face_beauty_effect.cpp" line="21"/>
        <source>Lipstick</source>
        <translation>Lippenstift</translation>
    </message>
    <message>
        <location filename="../effects/face/face_beauty_effect.cpp" line="22"/>
        <source>Lipstick colour</source>
        <translation>Lippenstiftfarbe</translation>
    </message>
    <message>
        <location filename="../effects/face/face_beauty_effect.cpp" line="24"/>
        <location filename="../effects/face/face_privacy_effect.cpp" line="19"/>
        <location filename="../effects/face/face_sticker_effect.cpp" line="45"/>
        <location filename="../effects/face/face_warp_effect.cpp" line="19"/>
        <source>Strength</source>
        <translation>Stärke</translation>
    </message>
    <message>
        <location filename="../effects/face/face_debug_effect.cpp" line="13"/>
        <source>Landmark overlay</source>
        <translation>Gesichtspunkte</translation>
    </message>
    <message>
        <location filename="../effects/face/face_debug_effect.cpp" line="16"/>
        <source>Show anchors</source>
        <translation>Ankerpunkte anzeigen</translation>
    </message>
    <message>
        <location filename="../effects/face/face_effect_base.cpp" line="11"/>
        <source>Face (0 = all)</source>
        <translation>Gesicht (0 = alle)</translation>
    </message>
    <message>
        <location filename="../effects/face/face_privacy_effect.cpp" line="14"/>
        <source>Hide faces</source>
        <translation>Gesichter verbergen</translation>
    </message>
    <message>
        <location filename="../effects/face/face_privacy_effect.cpp" line="17"/>
        <source>Pixelate (else blur)</source>
        <translation>Verpixeln (sonst Unschärfe)</translation>
    </message>
    <message>
        <location filename="../effects/face/face_privacy_effect.cpp" line="20"/>
        <source>Leave this face visible (0 = none)</source>
        <translation>Dieses Gesicht sichtbar lassen (0 = keines)</translation>
    </message>
    <message>
        <location filename="../effects/face/face_sticker_effect.cpp" line="21"/>
        <source>Face sticker</source>
        <translation>Gesichtssticker</translation>
    </message>
    <message>
        <location filename="../effects/face/face_sticker_effect.cpp" line="24"/>
        <source>Sticker</source>
        <translation>Sticker</translation>
    </message>
    <message>
        <location filename="../effects/face/face_sticker_effect.cpp" line="28"/>
        <source>Anchor</source>
        <translation>Anker</translation>
    </message>
    <message>
        <location filename="../effects/face/face_sticker_effect.cpp" line="34"/>
        <source>Where it belongs</source>
        <translation>Wo er hingehört</translation>
    </message>
    <message>
        <location filename="../effects/face/face_sticker_effect.cpp" line="34"/>
        <source>Eyes</source>
        <translation>Augen</translation>
    </message>
    <message>
        <location filename="../effects/face/face_sticker_effect.cpp" line="35"/>
        <source>Forehead</source>
        <translation>Stirn</translation>
    </message>
    <message>
        <location filename="../effects/face/face_sticker_effect.cpp" line="35"/>
        <source>Top of head</source>
        <translation>Oberkopf</translation>
    </message>
    <message>
        <location filename="../effects/face/face_sticker_effect.cpp" line="36"/>
        <source>Nose</source>
        <translation>Nase</translation>
    </message>
    <message>
        <location filename="../effects/face/face_sticker_effect.cpp" line="36"/>
        <source>Upper lip</source>
        <translation>Oberlippe</translation>
    </message>
    <message>
        <location filename="../effects/face/face_sticker_effect.cpp" line="37"/>
        <source>Mouth</source>
        <translation>Mund</translation>
    </message>
    <message>
        <location filename="../effects/face/face_sticker_effect.cpp" line="37"/>
        <source>Chin</source>
        <translation>Kinn</translation>
    </message>
    <message>
        <location filename="../effects/face/face_sticker_effect.cpp" line="38"/>
        <source>Left cheek</source>
        <translation>Linke Wange</translation>
    </message>
    <message>
        <location filename="../effects/face/face_sticker_effect.cpp" line="38"/>
        <source>Right cheek</source>
        <translation>Rechte Wange</translation>
    </message>
    <message>
        <location filename="../effects/face/face_sticker_effect.cpp" line="39"/>
        <source>Both cheeks</source>
        <translation>Beide Wangen</translation>
    </message>
    <message>
        <location filename="../effects/face/face_sticker_effect.cpp" line="40"/>
        <source>Offset across (eye distances)</source>
        <translation>Versatz quer (Augenabstände)</translation>
    </message>
    <message>
        <location filename="../effects/face/face_sticker_effect.cpp" line="42"/>
        <source>Offset down (eye distances)</source>
        <translation>Versatz nach unten (Augenabstände)</translation>
    </message>
    <message>
        <location filename="../effects/face/face_sticker_effect.cpp" line="44"/>
        <source>Scale</source>
        <translation>Skalierung</translation>
    </message>
    <message>
        <location filename="../effects/face/face_stickers.cpp" line="16"/>
        <source>Sunglasses</source>
        <translation>Sonnenbrille</translation>
    </message>
    <message>
        <location filename="../effects/face/face_stickers.cpp" line="18"/>
        <source>Party hat</source>
        <translation>Partyhut</translation>
    </message>
    <message>
        <location filename="../effects/face/face_stickers.cpp" line="20"/>
        <source>Crown</source>
        <translation>Krone</translation>
    </message>
    <message>
        <location filename="../effects/face/face_stickers.cpp" line="22"/>
        <source>Cat ears</source>
        <translation>Katzenohren</translation>
    </message>
    <message>
        <location filename="../effects/face/face_stickers.cpp" line="24"/>
        <source>Cat nose</source>
        <translation>Katzennase</translation>
    </message>
    <message>
        <location filename="../effects/face/face_stickers.cpp" line="26"/>
        <source>Moustache</source>
        <translation>Schnurrbart</translation>
    </message>
    <message>
        <location filename="../effects/face/face_stickers.cpp" line="28"/>
        <source>Blush</source>
        <translation>Rouge</translation>
    </message>
    <message>
        <location filename="../effects/face/face_stickers.cpp" line="30"/>
        <source>Brand logo on cheek</source>
        <translation>Markenlogo auf der Wange</translation>
    </message>
    <message>
        <location filename="../effects/face/face_warp_effect.cpp" line="14"/>
        <source>Face reshape</source>
        <translation>Gesicht formen</translation>
    </message>
    <message>
        <location filename="../effects/face/face_warp_effect.cpp" line="17"/>
        <source>Big eyes</source>
        <translation>Große Augen</translation>
    </message>
    <message>
        <location filename="../effects/face/face_warp_effect.cpp" line="18"/>
        <source>Slim face</source>
        <translation>Schmales Gesicht</translation>
    </message>
</context>
<context>
    <name>EffectCategory</name>
    <message>
        <location filename="../effects/blur/gaussian_blur.cpp" line="13"/>
        <source>Blur</source>
        <translation>Unschärfe</translation>
    </message>
    <message>
        <location filename="../effects/color/color_adjust.cpp" line="14"/>
        <source>Color</source>
        <translation>Farbe</translation>
    </message>
    <message>
        <location filename="../effects/face/face_beauty_effect.cpp" line="16"/>
        <location filename="../effects/face/face_debug_effect.cpp" line="14"/>
        <location filename="../effects/face/face_privacy_effect.cpp" line="15"/>
        <location filename="../effects/face/face_sticker_effect.cpp" line="22"/>
        <location filename="../effects/face/face_warp_effect.cpp" line="15"/>
        <source>Face</source>
        <translation>Gesicht</translation>
    </message>
</context>
<context>
    <name>OverlayClips</name>
    <message>
        <location filename="../app/gui/timeline/overlay_clips.cpp" line="85"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../app/gui/timeline/overlay_clips.cpp" line="86"/>
        <source>Add text</source>
        <translation>Text hinzufügen</translation>
    </message>
    <message>
        <location filename="../app/gui/timeline/overlay_clips.cpp" line="110"/>
        <source>Stickers</source>
        <translation>Sticker</translation>
    </message>
    <message>
        <location filename="../app/gui/timeline/overlay_clips.cpp" line="111"/>
        <source>Add sticker %1</source>
        <translation>Sticker %1 hinzufügen</translation>
    </message>
</context>
<context>
    <name>Preset</name>
    <message>
        <location filename="../editor-core/export/preset.cpp" line="20"/>
        <source>TikTok</source>
        <translation>TikTok</translation>
    </message>
    <message>
        <location filename="../editor-core/export/preset.cpp" line="33"/>
        <source>Vertical 9:16, 3 s to 10 min; keep text clear of the right buttons and the bottom caption.</source>
        <translation>Hochformat 9:16, 3 s bis 10 min; Text von den Schaltflächen rechts und der Bildunterschrift unten fernhalten.</translation>
    </message>
    <message>
        <location filename="../editor-core/export/preset.cpp" line="40"/>
        <source>Instagram Reels</source>
        <translation>Instagram Reels</translation>
    </message>
    <message>
        <location filename="../editor-core/export/preset.cpp" line="53"/>
        <source>Vertical 9:16, 3 s to 3 min, at most 300 MB; the bottom third is covered by caption and buttons.</source>
        <translation>Hochformat 9:16, 3 s bis 3 min, höchstens 300 MB; das untere Drittel verdecken Bildunterschrift und Schaltflächen.</translation>
    </message>
    <message>
        <location filename="../editor-core/export/preset.cpp" line="60"/>
        <source>YouTube Shorts</source>
        <translation>YouTube Shorts</translation>
    </message>
    <message>
        <location filename="../editor-core/export/preset.cpp" line="71"/>
        <source>Vertical or square up to 3 min is shown as a Short; longer uploads become regular videos.</source>
        <translation>Hochformat oder quadratisch bis 3 min wird als Short gezeigt; längere Uploads werden normale Videos.</translation>
    </message>
    <message>
        <location filename="../editor-core/export/preset.cpp" line="78"/>
        <source>YouTube</source>
        <translation>YouTube</translation>
    </message>
    <message>
        <location filename="../editor-core/export/preset.cpp" line="90"/>
        <source>Landscape 16:9; unverified channels are limited to 15 min per upload.</source>
        <translation>Querformat 16:9; nicht bestätigte Kanäle dürfen höchstens 15 min pro Upload hochladen.</translation>
    </message>
    <message>
        <location filename="../editor-core/export/preset.cpp" line="96"/>
        <source>Instagram feed (square)</source>
        <translation>Instagram-Feed (quadratisch)</translation>
    </message>
    <message>
        <location filename="../editor-core/export/preset.cpp" line="109"/>
        <source>Square 1:1 for feeds; the profile grid crops the sides to 3:4.</source>
        <translation>Quadratisch 1:1 für Feeds; das Profilraster schneidet die Seiten auf 3:4 zu.</translation>
    </message>
    <message>
        <location filename="../editor-core/export/preset.cpp" line="115"/>
        <source>Instagram feed (4:5)</source>
        <translation>Instagram-Feed (4:5)</translation>
    </message>
    <message>
        <location filename="../editor-core/export/preset.cpp" line="129"/>
        <source>Portrait 4:5, the tallest shape the feed shows uncropped.</source>
        <translation>Hochformat 4:5, das höchste Format, das der Feed unbeschnitten zeigt.</translation>
    </message>
</context>
<context>
    <name>Renderer</name>
    <message>
        <location filename="../editor-core/render/frame_renderer.cpp" line="406"/>
        <source>Media offline</source>
        <translation>Medien offline</translation>
    </message>
</context>
<context>
    <name>TextPreset</name>
    <message>
        <location filename="../editor-core/text/text_presets.cpp" line="12"/>
        <source>Bold outline</source>
        <translation>Fette Kontur</translation>
    </message>
    <message>
        <location filename="../editor-core/text/text_presets.cpp" line="20"/>
        <source>Caption box</source>
        <translation>Untertitelkasten</translation>
    </message>
    <message>
        <location filename="../editor-core/text/text_presets.cpp" line="28"/>
        <source>Neon glow</source>
        <translation>Neonleuchten</translation>
    </message>
    <message>
        <location filename="../editor-core/text/text_presets.cpp" line="41"/>
        <source>Typewriter subtitle</source>
        <translation>Schreibmaschinen-Untertitel</translation>
    </message>
    <message>
        <location filename="../editor-core/text/text_presets.cpp" line="51"/>
        <source>Shadow title</source>
        <translation>Schattentitel</translation>
    </message>
    <message>
        <location filename="../editor-core/text/text_presets.cpp" line="63"/>
        <source>Highlight marker</source>
        <translation>Textmarker</translation>
    </message>
    <message>
        <location filename="../editor-core/text/text_presets.cpp" line="72"/>
        <source>Sale badge</source>
        <translation>Sale-Badge</translation>
    </message>
</context>
<context>
    <name>reelcut::gui::AudioOutput</name>
    <message>
        <location filename="../app/gui/preview/audio_output.cpp" line="32"/>
        <source>The sound device does not take 48 kHz float stereo; playing silently</source>
        <translation>Das Audiogerät unterstützt kein 48-kHz-Float-Stereo; Wiedergabe ohne Ton</translation>
    </message>
    <message>
        <location filename="../app/gui/preview/audio_output.cpp" line="49"/>
        <source>The sound device stopped (error %1); playing silently</source>
        <translation>Das Audiogerät wurde angehalten (Fehler %1); Wiedergabe ohne Ton</translation>
    </message>
    <message>
        <location filename="../app/gui/preview/audio_output.cpp" line="55"/>
        <source>Cannot open the sound device; playing silently</source>
        <translation>Das Audiogerät lässt sich nicht öffnen; Wiedergabe ohne Ton</translation>
    </message>
</context>
<context>
    <name>reelcut::gui::CanvasEditor</name>
    <message>
        <location filename="../app/gui/preview/canvas_editor.cpp" line="237"/>
        <source>Move on canvas</source>
        <translation>Auf der Leinwand verschieben</translation>
    </message>
    <message>
        <location filename="../app/gui/preview/canvas_editor.cpp" line="243"/>
        <source>Rotate on canvas</source>
        <translation>Auf der Leinwand drehen</translation>
    </message>
    <message>
        <location filename="../app/gui/preview/canvas_editor.cpp" line="255"/>
        <source>Scale on canvas</source>
        <translation>Auf der Leinwand skalieren</translation>
    </message>
    <message>
        <location filename="../app/gui/preview/canvas_editor.cpp" line="291"/>
        <source>Enter: done, Shift+Enter: new line, Esc: cancel</source>
        <translation>Eingabe: fertig, Umschalt+Eingabe: neue Zeile, Esc: abbrechen</translation>
    </message>
    <message>
        <location filename="../app/gui/preview/canvas_editor.cpp" line="326"/>
        <source>Edit text</source>
        <translation>Text bearbeiten</translation>
    </message>
</context>
<context>
    <name>reelcut::gui::CaptionStyleDialog</name>
    <message>
        <location filename="../app/gui/dialogs/caption_import.cpp" line="73"/>
        <source>Import captions</source>
        <translation>Untertitel importieren</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/caption_import.cpp" line="75"/>
        <source>Style of the captions:</source>
        <translation>Stil der Untertitel:</translation>
    </message>
</context>
<context>
    <name>reelcut::gui::EffectsInspector</name>
    <message>
        <location filename="../app/gui/inspector/effects_inspector.cpp" line="36"/>
        <source>Effects</source>
        <translation>Effekte</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/effects_inspector.cpp" line="62"/>
        <source>Animated by keyframes</source>
        <translation>Durch Keyframes animiert</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/effects_inspector.cpp" line="90"/>
        <source>No effects. Drag one from the Effects tab onto the clip.</source>
        <translation>Keine Effekte. Zieh einen aus dem Reiter „Effekte“ auf den Clip.</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/effects_inspector.cpp" line="114"/>
        <source>Switch the effect on or off</source>
        <translation>Effekt ein- oder ausschalten</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/effects_inspector.cpp" line="121"/>
        <source>Enable effect</source>
        <translation>Effekt einschalten</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/effects_inspector.cpp" line="121"/>
        <source>Disable effect</source>
        <translation>Effekt ausschalten</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/effects_inspector.cpp" line="131"/>
        <source>Remove this effect</source>
        <translation>Diesen Effekt entfernen</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/effects_inspector.cpp" line="135"/>
        <source>Remove effect</source>
        <translation>Effekt entfernen</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/effects_inspector.cpp" line="147"/>
        <source>Unknown effect: not available in this version</source>
        <translation>Unbekannter Effekt: in dieser Version nicht verfügbar</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/effects_inspector.cpp" line="231"/>
        <source>Effect parameter</source>
        <translation>Effektparameter</translation>
    </message>
</context>
<context>
    <name>reelcut::gui::EffectsTab</name>
    <message>
        <location filename="../app/gui/panels/effects_tab.cpp" line="52"/>
        <source>Drag onto a clip, or double-click to add to the selected clip</source>
        <translation>Auf einen Clip ziehen oder doppelklicken, um ihn dem ausgewählten Clip hinzuzufügen</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/effects_tab.cpp" line="56"/>
        <source>Apply to selected clip</source>
        <translation>Auf ausgewählten Clip anwenden</translation>
    </message>
</context>
<context>
    <name>reelcut::gui::ExportDialog</name>
    <message>
        <location filename="../app/gui/dialogs/export_dialog.cpp" line="60"/>
        <location filename="../app/gui/dialogs/export_dialog.cpp" line="129"/>
        <source>Export video</source>
        <translation>Video exportieren</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/export_dialog.cpp" line="63"/>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/export_dialog.cpp" line="89"/>
        <source>Browse...</source>
        <translation>Durchsuchen...</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/export_dialog.cpp" line="92"/>
        <source>Save as</source>
        <translation>Speichern unter</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/export_dialog.cpp" line="93"/>
        <source>Also write captions (.srt)</source>
        <translation>Untertitel zusätzlich schreiben (.srt)</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/export_dialog.cpp" line="94"/>
        <source>Writes the text of the text tracks as a SubRip file beside the video, for platforms that take captions separately</source>
        <translation>Schreibt den Text der Textspuren als SubRip-Datei neben das Video, für Plattformen, die Untertitel getrennt annehmen</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/export_dialog.cpp" line="102"/>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/export_dialog.cpp" line="108"/>
        <source>Warnings from the platform check appear here.</source>
        <translation>Hinweise der Plattformprüfung erscheinen hier.</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/export_dialog.cpp" line="112"/>
        <source>Show in folder</source>
        <translation>Im Ordner anzeigen</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/export_dialog.cpp" line="116"/>
        <source>Cancel export</source>
        <translation>Export abbrechen</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/export_dialog.cpp" line="118"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/export_dialog.cpp" line="119"/>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/export_dialog.cpp" line="130"/>
        <source>MP4 video (*.mp4)</source>
        <translation>MP4-Video (*.mp4)</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/export_dialog.cpp" line="206"/>
        <source>project rate (%1)</source>
        <translation>Projektrate (%1)</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/export_dialog.cpp" line="209"/>
        <source>&lt;br&gt;Longest video: %1 s</source>
        <translation>&lt;br&gt;Längstes Video: %1 s</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/export_dialog.cpp" line="212"/>
        <source>&lt;br&gt;Largest file: %1 MB</source>
        <translation>&lt;br&gt;Größte Datei: %1 MB</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/export_dialog.cpp" line="217"/>
        <source>&lt;p style=&apos;color:#ff8a8a&apos;&gt;Your video is %1 s long: longer than %2 allows.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:#ff8a8a&apos;&gt;Ihr Video ist %1 s lang: länger als %2 erlaubt.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/export_dialog.cpp" line="222"/>
        <source>&lt;h3&gt;%1&lt;/h3&gt;&lt;p&gt;%2&lt;/p&gt;&lt;p&gt;%3 x %4 pixels, %5 fps&lt;br&gt;H.264 video at %6 Mbit/s, AAC audio at %7 kbit/s, %8 kHz&lt;br&gt;Loudness target %9 LUFS%10&lt;/p&gt;%11</source>
        <translation>&lt;h3&gt;%1&lt;/h3&gt;&lt;p&gt;%2&lt;/p&gt;&lt;p&gt;%3 x %4 Pixel, %5 fps&lt;br&gt;H.264-Video mit %6 Mbit/s, AAC-Audio mit %7 kbit/s, %8 kHz&lt;br&gt;Ziellautheit %9 LUFS%10&lt;/p&gt;%11</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/export_dialog.cpp" line="256"/>
        <source>Choose where to save the video first.</source>
        <translation>Wählen Sie zuerst, wo das Video gespeichert werden soll.</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/export_dialog.cpp" line="265"/>
        <source>Cannot prepare the export: %1</source>
        <translation>Export kann nicht vorbereitet werden: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/export_dialog.cpp" line="276"/>
        <source>Starting...</source>
        <translation>Wird gestartet...</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/export_dialog.cpp" line="285"/>
        <source>Cannot start the export engine (%1).</source>
        <translation>Die Export-Engine kann nicht gestartet werden (%1).</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/export_dialog.cpp" line="344"/>
        <source>Rendering: %1%, %2 fps, about %3 left</source>
        <translation>Rendern: %1 %, %2 fps, noch etwa %3</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/export_dialog.cpp" line="347"/>
        <source>%1 min</source>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/export_dialog.cpp" line="348"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/export_dialog.cpp" line="353"/>
        <source>Note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/export_dialog.cpp" line="356"/>
        <source>Problem: %1</source>
        <translation>Problem: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/export_dialog.cpp" line="375"/>
        <source>Export cancelled. Nothing was written.</source>
        <translation>Export abgebrochen. Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/export_dialog.cpp" line="382"/>
        <source>The export engine crashed. Your project is safe; please try again or report the problem.</source>
        <translation>Die Export-Engine ist abgestürzt. Ihr Projekt ist sicher; bitte versuchen Sie es erneut oder melden Sie das Problem.</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/export_dialog.cpp" line="392"/>
        <source>Done in %1 s: %2</source>
        <translation>Fertig in %1 s: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/dialogs/export_dialog.cpp" line="393"/>
        <source>Done, with %n note(s) below: %1</source>
        <translation>
            <numerusform>Fertig, mit %n Hinweis unten: %1</numerusform>
            <numerusform>Fertig, mit %n Hinweisen unten: %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/export_dialog.cpp" line="398"/>
        <source>Written, but the file does not meet the platform&apos;s rules (see below).</source>
        <translation>Geschrieben, aber die Datei erfüllt die Regeln der Plattform nicht (siehe unten).</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/export_dialog.cpp" line="401"/>
        <source>Export failed. See the details below.</source>
        <translation>Export fehlgeschlagen. Details siehe unten.</translation>
    </message>
</context>
<context>
    <name>reelcut::gui::FaceAnalysisRunner</name>
    <message>
        <location filename="../app/gui/jobs/face_analysis_runner.cpp" line="77"/>
        <source>Face effects are not available in this build.</source>
        <translation>Gesichtseffekte sind in diesem Build nicht verfügbar.</translation>
    </message>
    <message>
        <location filename="../app/gui/jobs/face_analysis_runner.cpp" line="93"/>
        <source>Finding faces in %1 (%2 of %3)</source>
        <translation>Suche Gesichter in %1 (%2 von %3)</translation>
    </message>
    <message>
        <location filename="../app/gui/jobs/face_analysis_runner.cpp" line="113"/>
        <source>Face analysis done</source>
        <translation>Gesichtsanalyse fertig</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/jobs/face_analysis_runner.cpp" line="115"/>
        <source>Face analysis done: %n face(s) tracked</source>
        <translation>
            <numerusform>Gesichtsanalyse fertig: %n Gesicht verfolgt</numerusform>
            <numerusform>Gesichtsanalyse fertig: %n Gesichter verfolgt</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/jobs/face_analysis_runner.cpp" line="119"/>
        <source>Face analysis cancelled</source>
        <translation>Gesichtsanalyse abgebrochen</translation>
    </message>
    <message>
        <location filename="../app/gui/jobs/face_analysis_runner.cpp" line="124"/>
        <source>Face analysis failed: %1</source>
        <translation>Gesichtsanalyse fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>reelcut::gui::Inspector</name>
    <message>
        <location filename="../app/gui/inspector/inspector.cpp" line="52"/>
        <source>Select a clip on the timeline to change its look and sound.</source>
        <translation>Wählen Sie einen Clip in der Zeitleiste, um Bild und Ton anzupassen.</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/inspector.cpp" line="72"/>
        <source>Transform</source>
        <translation>Transformation</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/inspector.cpp" line="85"/>
        <source>Position X</source>
        <translation>Position X</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/inspector.cpp" line="86"/>
        <source>Position Y</source>
        <translation>Position Y</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/inspector.cpp" line="87"/>
        <location filename="../app/gui/inspector/inspector.cpp" line="154"/>
        <source>Scale</source>
        <translation>Skalierung</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/inspector.cpp" line="88"/>
        <source>Rotation</source>
        <translation>Drehung</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/inspector.cpp" line="89"/>
        <location filename="../app/gui/inspector/inspector.cpp" line="158"/>
        <location filename="../app/gui/inspector/inspector.cpp" line="163"/>
        <source>Opacity</source>
        <translation>Deckkraft</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/inspector.cpp" line="90"/>
        <location filename="../app/gui/inspector/inspector.cpp" line="312"/>
        <source>Add keyframe at playhead</source>
        <translation>Keyframe am Abspielkopf setzen</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/inspector.cpp" line="92"/>
        <source>Remember this position, size and angle at the playhead; between keyframes the clip moves smoothly</source>
        <translation>Merkt sich Position, Größe und Winkel am Abspielkopf; zwischen Keyframes bewegt sich der Clip fließend</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/inspector.cpp" line="96"/>
        <location filename="../app/gui/inspector/inspector.cpp" line="99"/>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/inspector.cpp" line="97"/>
        <source>Fill</source>
        <translation>Füllen</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/inspector.cpp" line="98"/>
        <source>Stretch</source>
        <translation>Strecken</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/inspector.cpp" line="101"/>
        <source>None</source>
        <translation>Keiner</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/inspector.cpp" line="102"/>
        <source>Colour</source>
        <translation>Farbe</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/inspector.cpp" line="103"/>
        <source>Blur</source>
        <translation>Unschärfe</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/inspector.cpp" line="105"/>
        <location filename="../app/gui/inspector/inspector.cpp" line="194"/>
        <location filename="../app/gui/inspector/inspector.cpp" line="196"/>
        <source>Background colour</source>
        <translation>Hintergrundfarbe</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/inspector.cpp" line="109"/>
        <location filename="../app/gui/inspector/inspector.cpp" line="186"/>
        <source>Background</source>
        <translation>Hintergrund</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/inspector.cpp" line="122"/>
        <source>Audio and timing</source>
        <translation>Ton und Zeit</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/inspector.cpp" line="131"/>
        <location filename="../app/gui/inspector/inspector.cpp" line="169"/>
        <location filename="../app/gui/inspector/inspector.cpp" line="173"/>
        <source>Volume</source>
        <translation>Lautstärke</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/inspector.cpp" line="134"/>
        <location filename="../app/gui/inspector/inspector.cpp" line="175"/>
        <source>Fade in</source>
        <translation>Einblenden</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/inspector.cpp" line="135"/>
        <location filename="../app/gui/inspector/inspector.cpp" line="178"/>
        <source>Fade out</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/inspector.cpp" line="137"/>
        <location filename="../app/gui/inspector/inspector.cpp" line="207"/>
        <source>Speed</source>
        <translation>Geschwindigkeit</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/inspector.cpp" line="148"/>
        <location filename="../app/gui/inspector/inspector.cpp" line="151"/>
        <source>Move picture</source>
        <translation>Bild verschieben</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/inspector.cpp" line="156"/>
        <source>Rotate</source>
        <translation>Drehen</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/inspector.cpp" line="182"/>
        <source>Fit mode</source>
        <translation>Einpassung</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/inspector.cpp" line="209"/>
        <source>Cannot change speed: %1</source>
        <translation>Geschwindigkeit kann nicht geändert werden: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/inspector.cpp" line="227"/>
        <source>Add keyframe</source>
        <translation>Keyframe setzen</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/inspector.cpp" line="239"/>
        <source>Keyframe added: move the playhead and change the clip to animate it.</source>
        <translation>Keyframe gesetzt: Abspielkopf verschieben und den Clip ändern, um ihn zu animieren.</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/inspector.cpp" line="270"/>
        <source>Cannot change %1: %2</source>
        <translation>%1 kann nicht geändert werden: %2</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/inspector.cpp" line="290"/>
        <source>Text: %1</source>
        <translation>Text: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/inspector.cpp" line="293"/>
        <source>Starts %1, lasts %2</source>
        <translation>Beginnt %1, dauert %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/inspector/inspector.cpp" line="313"/>
        <source>Add keyframe at playhead (%n set)</source>
        <translation>
            <numerusform>Keyframe am Abspielkopf setzen (%n gesetzt)</numerusform>
            <numerusform>Keyframe am Abspielkopf setzen (%n gesetzt)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>reelcut::gui::MainWindow</name>
    <message>
        <location filename="../app/gui/window/main_window.cpp" line="97"/>
        <source>Inspector</source>
        <translation>Eigenschaften</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window.cpp" line="164"/>
        <source>Media offline: %1</source>
        <translation>Medien nicht verfügbar: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window.cpp" line="169"/>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window.cpp" line="197"/>
        <source>&amp;New project...</source>
        <translation>&amp;Neues Projekt...</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window.cpp" line="199"/>
        <source>&amp;Open...</source>
        <translation>Ö&amp;ffnen...</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window.cpp" line="201"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window.cpp" line="202"/>
        <source>Save &amp;as...</source>
        <translation>Speichern &amp;unter...</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window.cpp" line="204"/>
        <source>&amp;Import media...</source>
        <translation>Medien &amp;importieren...</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window.cpp" line="206"/>
        <source>&amp;Export video...</source>
        <translation>Video &amp;exportieren...</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window.cpp" line="208"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window.cpp" line="210"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window.cpp" line="214"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window.cpp" line="219"/>
        <source>&amp;Split at playhead</source>
        <translation>Am Abspielkopf &amp;teilen</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window.cpp" line="223"/>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window.cpp" line="226"/>
        <source>&amp;Ripple delete</source>
        <translation>Löschen und Lücke &amp;schließen</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window.cpp" line="229"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window.cpp" line="231"/>
        <source>&amp;Paste</source>
        <translation>E&amp;infügen</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window.cpp" line="233"/>
        <source>Select &amp;all</source>
        <translation>&amp;Alles auswählen</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window.cpp" line="236"/>
        <source>Play / pause</source>
        <translation>Wiedergabe / Pause</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window.cpp" line="238"/>
        <source>Play backwards (faster on each press)</source>
        <translation>Rückwärts abspielen (mit jedem Druck schneller)</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window.cpp" line="241"/>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window.cpp" line="242"/>
        <source>Play forwards (faster on each press)</source>
        <translation>Vorwärts abspielen (mit jedem Druck schneller)</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window.cpp" line="244"/>
        <source>Previous frame</source>
        <translation>Vorheriges Bild</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window.cpp" line="246"/>
        <source>Next frame</source>
        <translation>Nächstes Bild</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window.cpp" line="249"/>
        <source>Back one second</source>
        <translation>Eine Sekunde zurück</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window.cpp" line="252"/>
        <source>Forward one second</source>
        <translation>Eine Sekunde vor</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window.cpp" line="254"/>
        <source>Go to start</source>
        <translation>Zum Anfang</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window.cpp" line="256"/>
        <source>Go to end</source>
        <translation>Zum Ende</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window.cpp" line="259"/>
        <source>S&amp;napping</source>
        <translation>&amp;Einrasten</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window.cpp" line="263"/>
        <source>Zoom &amp;in</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window.cpp" line="268"/>
        <source>Zoom &amp;out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window.cpp" line="270"/>
        <source>Show playback &amp;statistics</source>
        <translation>Wiedergabe&amp;statistik anzeigen</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window.cpp" line="274"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window.cpp" line="276"/>
        <source>Import &amp;captions (SRT)...</source>
        <translation>&amp;Untertitel importieren (SRT)...</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window.cpp" line="278"/>
        <source>Show face &amp;landmarks</source>
        <translation>Gesichts&amp;punkte anzeigen</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window.cpp" line="281"/>
        <source>Draw the tracked face points on the selected clip</source>
        <translation>Die verfolgten Gesichtspunkte auf dem ausgewählten Clip zeichnen</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window.cpp" line="286"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window.cpp" line="289"/>
        <source>Open &amp;recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window.cpp" line="301"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window.cpp" line="313"/>
        <source>&amp;Playback</source>
        <translation>&amp;Wiedergabe</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window.cpp" line="320"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window.cpp" line="328"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window.cpp" line="330"/>
        <source>&amp;About ReelCut</source>
        <translation>Ü&amp;ber ReelCut</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window.cpp" line="331"/>
        <source>About ReelCut</source>
        <translation>Über ReelCut</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window.cpp" line="332"/>
        <source>&lt;h3&gt;ReelCut %1&lt;/h3&gt;&lt;p&gt;Short videos, cut fast. Open source.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;ReelCut %1&lt;/h3&gt;&lt;p&gt;Kurze Videos, schnell geschnitten. Open Source.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window.cpp" line="337"/>
        <source>Main</source>
        <translation>Hauptleiste</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window.cpp" line="355"/>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window.cpp" line="366"/>
        <source>Media</source>
        <translation>Medien</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window.cpp" line="368"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window.cpp" line="370"/>
        <source>Stickers</source>
        <translation>Sticker</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window.cpp" line="372"/>
        <source>Effects</source>
        <translation>Effekte</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window.cpp" line="396"/>
        <source>Player</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window.cpp" line="401"/>
        <source>Canvas aspect ratio</source>
        <translation>Seitenverhältnis der Leinwand</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window.cpp" line="411"/>
        <source>Change aspect ratio</source>
        <translation>Seitenverhältnis ändern</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window.cpp" line="416"/>
        <source>Show where the platform&apos;s buttons and captions cover the video</source>
        <translation>Zeigt, wo Schaltflächen und Texte der Plattform das Video verdecken</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window.cpp" line="417"/>
        <source>No safe zone</source>
        <translation>Kein sicherer Bereich</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window.cpp" line="479"/>
        <source>Add a track</source>
        <translation>Spur hinzufügen</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window.cpp" line="482"/>
        <source>Video track</source>
        <translation>Videospur</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window.cpp" line="483"/>
        <source>Overlay track</source>
        <translation>Overlay-Spur</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window.cpp" line="484"/>
        <source>Audio track</source>
        <translation>Audiospur</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window.cpp" line="494"/>
        <source>Timeline zoom (Ctrl+wheel)</source>
        <translation>Zoom der Zeitleiste (Strg+Mausrad)</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window_assets.cpp" line="58"/>
        <source>Cannot add: %1</source>
        <translation>Hinzufügen nicht möglich: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window_assets.cpp" line="91"/>
        <source>Cannot use %1 as a sticker: not a readable picture</source>
        <translation>%1 kann nicht als Sticker verwendet werden: kein lesbares Bild</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window_assets.cpp" line="109"/>
        <source>Select a video or picture clip first, then add the effect.</source>
        <translation>Wähle zuerst einen Video- oder Bildclip aus und füge dann den Effekt hinzu.</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window_assets.cpp" line="112"/>
        <source>Add effect</source>
        <translation>Effekt hinzufügen</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window_assets.cpp" line="156"/>
        <source>Select a clip with a face first.</source>
        <translation>Wähle zuerst einen Clip mit einem Gesicht aus.</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window_assets.cpp" line="159"/>
        <source>Show face landmarks</source>
        <translation>Gesichtspunkte anzeigen</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window_assets.cpp" line="159"/>
        <source>Hide face landmarks</source>
        <translation>Gesichtspunkte ausblenden</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window_assets.cpp" line="182"/>
        <source>Cannot import captions</source>
        <translation>Untertitel können nicht importiert werden</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/window/main_window_assets.cpp" line="185"/>
        <source>Imported %n caption(s)</source>
        <translation>
            <numerusform>%n Untertitel importiert</numerusform>
            <numerusform>%n Untertitel importiert</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window_assets.cpp" line="190"/>
        <source>Import captions</source>
        <translation>Untertitel importieren</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window_assets.cpp" line="191"/>
        <source>SubRip captions (*.srt)</source>
        <translation>SubRip-Untertitel (*.srt)</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window_assets.cpp" line="212"/>
        <source>Stop the face analysis (face effects then track live)</source>
        <translation>Gesichtsanalyse stoppen (Gesichtseffekte verfolgen dann live)</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window_assets.cpp" line="236"/>
        <source>Finding faces...  %p%</source>
        <translation>Suche Gesichter...  %p%</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window.cpp" line="586"/>
        <source>Open project</source>
        <translation>Projekt öffnen</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window.cpp" line="587"/>
        <location filename="../app/gui/window/main_window.cpp" line="757"/>
        <source>ReelCut projects (*.reelcut)</source>
        <translation>ReelCut-Projekte (*.reelcut)</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window.cpp" line="604"/>
        <source>Cannot open project</source>
        <translation>Projekt kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window.cpp" line="610"/>
        <source>Recover unsaved changes?</source>
        <translation>Nicht gespeicherte Änderungen wiederherstellen?</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window.cpp" line="611"/>
        <source>ReelCut did not close properly while editing %1. Changes autosaved at %2 can be recovered.

Recover them? (You can undo the recovery.)</source>
        <translation>ReelCut wurde beim Bearbeiten von %1 nicht richtig beendet. Die um %2 automatisch gesicherten Änderungen können wiederhergestellt werden.

Wiederherstellen? (Die Wiederherstellung lässt sich rückgängig machen.)</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window.cpp" line="632"/>
        <source>Recover autosaved changes</source>
        <translation>Automatisch gesicherte Änderungen wiederherstellen</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window.cpp" line="636"/>
        <source>Recovered the autosaved changes.</source>
        <translation>Die automatisch gesicherten Änderungen wurden wiederhergestellt.</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window.cpp" line="641"/>
        <source>Cannot recover</source>
        <translation>Wiederherstellung nicht möglich</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window.cpp" line="642"/>
        <source>The recovery file is damaged and was set aside (%1).

%2</source>
        <translation>Die Wiederherstellungsdatei ist beschädigt und wurde beiseitegelegt (%1).

%2</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window.cpp" line="655"/>
        <source>Recover unsaved project?</source>
        <translation>Nicht gespeichertes Projekt wiederherstellen?</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window.cpp" line="656"/>
        <source>ReelCut did not close properly while editing an unsaved project. Recover it?</source>
        <translation>ReelCut wurde beim Bearbeiten eines nicht gespeicherten Projekts nicht richtig beendet. Wiederherstellen?</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/window/main_window.cpp" line="703"/>
        <source>%n media file(s) missing</source>
        <translation>
            <numerusform>%n Mediendatei fehlt</numerusform>
            <numerusform>%n Mediendateien fehlen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window.cpp" line="704"/>
        <source>Media missing</source>
        <translation>Medien fehlen</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window.cpp" line="705"/>
        <source>These files used by the project cannot be found:

%1

Find them now? (They stay in the project, shown as offline, until you do.)</source>
        <translation>Diese Dateien des Projekts wurden nicht gefunden:

%1

Jetzt suchen? (Bis dahin bleiben sie als nicht verfügbar im Projekt.)</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window.cpp" line="719"/>
        <source>Find %1</source>
        <translation>%1 suchen</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window.cpp" line="725"/>
        <source>Relink media</source>
        <translation>Medien neu verknüpfen</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window.cpp" line="747"/>
        <location filename="../app/gui/window/main_window.cpp" line="772"/>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window.cpp" line="750"/>
        <location filename="../app/gui/window/main_window.cpp" line="775"/>
        <source>Cannot save</source>
        <translation>Speichern nicht möglich</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window.cpp" line="756"/>
        <source>Save project</source>
        <translation>Projekt speichern</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window.cpp" line="785"/>
        <source>Unsaved changes</source>
        <translation>Nicht gespeicherte Änderungen</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window.cpp" line="786"/>
        <source>Save the changes to %1 before closing it?</source>
        <translation>Änderungen an %1 vor dem Schließen speichern?</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window.cpp" line="787"/>
        <source>this project</source>
        <translation>dieses Projekt</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window.cpp" line="818"/>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window.cpp" line="820"/>
        <source>%1%2 - ReelCut</source>
        <translation>%1%2 - ReelCut</translation>
    </message>
</context>
<context>
    <name>reelcut::gui::MediaBin</name>
    <message>
        <location filename="../app/gui/panels/media_bin.cpp" line="92"/>
        <location filename="../app/gui/panels/media_bin.cpp" line="135"/>
        <source>Import media</source>
        <translation>Medien importieren</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/media_bin.cpp" line="94"/>
        <source>Import video, audio and pictures (Ctrl+I), or drop files here</source>
        <translation>Videos, Audio und Bilder importieren (Strg+I) oder Dateien hierher ziehen</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/media_bin.cpp" line="126"/>
        <source>Add to timeline at playhead</source>
        <translation>Am Abspielkopf in die Zeitleiste einfügen</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/media_bin.cpp" line="128"/>
        <source>Relink...</source>
        <translation>Neu verknüpfen...</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/media_bin.cpp" line="136"/>
        <source>Media (*.mp4 *.mov *.m4v *.mkv *.webm *.avi *.mp3 *.m4a *.aac *.wav *.ogg *.opus *.flac *.png *.jpg *.jpeg *.webp *.gif *.bmp);;All files (*)</source>
        <translation>Medien (*.mp4 *.mov *.m4v *.mkv *.webm *.avi *.mp3 *.m4a *.aac *.wav *.ogg *.opus *.flac *.png *.jpg *.jpeg *.webp *.gif *.bmp);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/media_bin.cpp" line="189"/>
        <source>Missing - right-click to relink</source>
        <translation>Fehlt – Rechtsklick zum Neuverknüpfen</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/media_bin.cpp" line="193"/>
        <source>%1 x %2, %3</source>
        <translation>%1 x %2, %3</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/media_bin.cpp" line="197"/>
        <source>Audio, %1</source>
        <translation>Audio, %1</translation>
    </message>
</context>
<context>
    <name>reelcut::gui::NewProjectDialog</name>
    <message>
        <location filename="../app/gui/dialogs/new_project_dialog.cpp" line="47"/>
        <source>New project</source>
        <translation>Neues Projekt</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/new_project_dialog.cpp" line="49"/>
        <source>What are you making?</source>
        <translation>Was möchten Sie erstellen?</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/new_project_dialog.cpp" line="73"/>
        <source>%1 fps</source>
        <translation>%1 fps</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/new_project_dialog.cpp" line="76"/>
        <source>Frame rate</source>
        <translation>Bildrate</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/new_project_dialog.cpp" line="79"/>
        <source>Create</source>
        <translation>Erstellen</translation>
    </message>
</context>
<context>
    <name>reelcut::gui::PreviewWidget</name>
    <message>
        <location filename="../app/gui/preview/preview_widget.cpp" line="149"/>
        <source>%1 safe zone</source>
        <translation>Sicherer Bereich für %1</translation>
    </message>
    <message>
        <location filename="../app/gui/preview/preview_widget.cpp" line="152"/>
        <source>%1 fps  |  render %2 ms  |  %3x%4  |  frame %5  |  dropped %6</source>
        <translation>%1 fps  |  Rendern %2 ms  |  %3x%4  |  Bild %5  |  verworfen %6</translation>
    </message>
</context>
<context>
    <name>reelcut::gui::ShortcutsDialog</name>
    <message>
        <location filename="../app/gui/dialogs/shortcuts_dialog.cpp" line="12"/>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/shortcuts_dialog.cpp" line="17"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/shortcuts_dialog.cpp" line="17"/>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
</context>
<context>
    <name>reelcut::gui::StickerTab</name>
    <message>
        <location filename="../app/gui/panels/sticker_tab.cpp" line="50"/>
        <source>Import sticker...</source>
        <translation>Sticker importieren...</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/sticker_tab.cpp" line="51"/>
        <source>Use your own PNG, GIF, WebP or SVG picture as a sticker</source>
        <translation>Eigenes PNG-, GIF-, WebP- oder SVG-Bild als Sticker verwenden</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/sticker_tab.cpp" line="87"/>
        <source>Import sticker</source>
        <translation>Sticker importieren</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/sticker_tab.cpp" line="88"/>
        <source>Stickers (*.png *.gif *.webp *.svg *.apng);;All files (*)</source>
        <translation>Sticker (*.png *.gif *.webp *.svg *.apng);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>reelcut::gui::TextInspector</name>
    <message>
        <location filename="../app/gui/inspector/text_inspector.cpp" line="49"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/text_inspector.cpp" line="55"/>
        <source>Type your text</source>
        <translation>Text eingeben</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/text_inspector.cpp" line="58"/>
        <location filename="../app/gui/inspector/text_inspector.cpp" line="104"/>
        <source>Font</source>
        <translation>Schrift</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/text_inspector.cpp" line="60"/>
        <location filename="../app/gui/inspector/text_inspector.cpp" line="123"/>
        <source>Bold</source>
        <translation>Fett</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/text_inspector.cpp" line="61"/>
        <location filename="../app/gui/inspector/text_inspector.cpp" line="125"/>
        <source>Italic</source>
        <translation>Kursiv</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/text_inspector.cpp" line="62"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/text_inspector.cpp" line="63"/>
        <source>Colour</source>
        <translation>Farbe</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/text_inspector.cpp" line="63"/>
        <location filename="../app/gui/inspector/text_inspector.cpp" line="177"/>
        <source>Text colour</source>
        <translation>Textfarbe</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/text_inspector.cpp" line="65"/>
        <location filename="../app/gui/inspector/text_inspector.cpp" line="113"/>
        <source>Outline</source>
        <translation>Kontur</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/text_inspector.cpp" line="66"/>
        <source>Outline colour</source>
        <translation>Konturfarbe</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/text_inspector.cpp" line="69"/>
        <source> blur</source>
        <translation> Unschärfe</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/text_inspector.cpp" line="70"/>
        <location filename="../app/gui/inspector/text_inspector.cpp" line="114"/>
        <location filename="../app/gui/inspector/text_inspector.cpp" line="115"/>
        <location filename="../app/gui/inspector/text_inspector.cpp" line="116"/>
        <source>Shadow</source>
        <translation>Schatten</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/text_inspector.cpp" line="71"/>
        <source>Shadow colour</source>
        <translation>Schattenfarbe</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/text_inspector.cpp" line="72"/>
        <source>Shadow offset</source>
        <translation>Schattenversatz</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/text_inspector.cpp" line="73"/>
        <source> pad</source>
        <translation> Abstand</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/text_inspector.cpp" line="74"/>
        <source> round</source>
        <translation> Rundung</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/text_inspector.cpp" line="75"/>
        <location filename="../app/gui/inspector/text_inspector.cpp" line="117"/>
        <location filename="../app/gui/inspector/text_inspector.cpp" line="118"/>
        <source>Box</source>
        <translation>Kasten</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/text_inspector.cpp" line="75"/>
        <source>Box colour (transparent: none)</source>
        <translation>Kastenfarbe (transparent: keiner)</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/text_inspector.cpp" line="78"/>
        <source>Left</source>
        <translation>Links</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/text_inspector.cpp" line="79"/>
        <source>Centre</source>
        <translation>Mitte</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/text_inspector.cpp" line="80"/>
        <source>Right</source>
        <translation>Rechts</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/text_inspector.cpp" line="81"/>
        <source>Align</source>
        <translation>Ausrichtung</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/text_inspector.cpp" line="84"/>
        <source>Spacing</source>
        <translation>Abstände</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/text_inspector.cpp" line="86"/>
        <source>Lines wrap at this share of the canvas width</source>
        <translation>Zeilen brechen bei diesem Anteil der Leinwandbreite um</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/text_inspector.cpp" line="87"/>
        <source>Wrap at</source>
        <translation>Umbruch bei</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/text_inspector.cpp" line="90"/>
        <location filename="../app/gui/inspector/text_inspector.cpp" line="135"/>
        <source>Animation in</source>
        <translation>Animation ein</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/text_inspector.cpp" line="93"/>
        <location filename="../app/gui/inspector/text_inspector.cpp" line="135"/>
        <source>Animation out</source>
        <translation>Animation aus</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/text_inspector.cpp" line="99"/>
        <source>Edit text</source>
        <translation>Text bearbeiten</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/text_inspector.cpp" line="112"/>
        <source>Text size</source>
        <translation>Textgröße</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/text_inspector.cpp" line="119"/>
        <source>Line spacing</source>
        <translation>Zeilenabstand</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/text_inspector.cpp" line="120"/>
        <source>Letter spacing</source>
        <translation>Zeichenabstand</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/text_inspector.cpp" line="121"/>
        <source>Wrap width</source>
        <translation>Umbruchbreite</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/text_inspector.cpp" line="128"/>
        <source>Alignment</source>
        <translation>Ausrichtung</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/text_inspector.cpp" line="148"/>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/text_inspector.cpp" line="149"/>
        <source>Fade</source>
        <translation>Blende</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/text_inspector.cpp" line="150"/>
        <source>Pop</source>
        <translation>Pop</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/text_inspector.cpp" line="151"/>
        <source>Slide left</source>
        <translation>Nach links gleiten</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/text_inspector.cpp" line="152"/>
        <source>Slide right</source>
        <translation>Nach rechts gleiten</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/text_inspector.cpp" line="153"/>
        <source>Slide up</source>
        <translation>Nach oben gleiten</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/text_inspector.cpp" line="154"/>
        <source>Slide down</source>
        <translation>Nach unten gleiten</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/text_inspector.cpp" line="155"/>
        <source>Typewriter</source>
        <translation>Schreibmaschine</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/text_inspector.cpp" line="156"/>
        <source>Bounce</source>
        <translation>Hüpfen</translation>
    </message>
</context>
<context>
    <name>reelcut::gui::TextTab</name>
    <message>
        <location filename="../app/gui/panels/text_tab.cpp" line="64"/>
        <source>Styles - click or drag to add</source>
        <translation>Stile – klicken oder ziehen zum Hinzufügen</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/text_tab.cpp" line="77"/>
        <source>Add &quot;%1&quot; text at the playhead</source>
        <translation>Text „%1“ am Abspielkopf hinzufügen</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/text_tab.cpp" line="81"/>
        <source>Emoji</source>
        <translation>Emoji</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/text_tab.cpp" line="95"/>
        <source>Add %1 at the playhead</source>
        <translation>%1 am Abspielkopf hinzufügen</translation>
    </message>
</context>
<context>
    <name>reelcut::gui::TimelineView</name>
    <message>
        <location filename="../app/gui/timeline/timeline_view.cpp" line="480"/>
        <location filename="../app/gui/timeline/timeline_view.cpp" line="978"/>
        <location filename="../app/gui/timeline/timeline_view.cpp" line="1117"/>
        <source>Audio</source>
        <translation>Audio</translation>
    </message>
    <message>
        <location filename="../app/gui/timeline/timeline_view.cpp" line="481"/>
        <location filename="../app/gui/timeline/timeline_view.cpp" line="977"/>
        <location filename="../app/gui/timeline/timeline_view.cpp" line="1118"/>
        <source>Overlay</source>
        <translation>Overlay</translation>
    </message>
    <message>
        <location filename="../app/gui/timeline/timeline_view.cpp" line="482"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../app/gui/timeline/timeline_view.cpp" line="483"/>
        <location filename="../app/gui/timeline/timeline_view.cpp" line="1119"/>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <location filename="../app/gui/timeline/timeline_view.cpp" line="722"/>
        <source>Move clip</source>
        <translation>Clip verschieben</translation>
    </message>
    <message>
        <location filename="../app/gui/timeline/timeline_view.cpp" line="722"/>
        <source>Move clips</source>
        <translation>Clips verschieben</translation>
    </message>
    <message>
        <location filename="../app/gui/timeline/timeline_view.cpp" line="732"/>
        <source>Trim clip start</source>
        <translation>Clipanfang trimmen</translation>
    </message>
    <message>
        <location filename="../app/gui/timeline/timeline_view.cpp" line="739"/>
        <source>Trim clip end</source>
        <translation>Clipende trimmen</translation>
    </message>
    <message>
        <location filename="../app/gui/timeline/timeline_view.cpp" line="744"/>
        <source>Not possible: %1</source>
        <translation>Nicht möglich: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/timeline/timeline_view.cpp" line="784"/>
        <source>Split at playhead</source>
        <translation>Am Abspielkopf teilen</translation>
    </message>
    <message>
        <location filename="../app/gui/timeline/timeline_view.cpp" line="786"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location filename="../app/gui/timeline/timeline_view.cpp" line="788"/>
        <location filename="../app/gui/timeline/timeline_view.cpp" line="1046"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../app/gui/timeline/timeline_view.cpp" line="790"/>
        <location filename="../app/gui/timeline/timeline_view.cpp" line="1046"/>
        <source>Ripple delete</source>
        <translation>Löschen und Lücke schließen</translation>
    </message>
    <message>
        <location filename="../app/gui/timeline/timeline_view.cpp" line="793"/>
        <source>Paste at playhead</source>
        <translation>Am Abspielkopf einfügen</translation>
    </message>
    <message>
        <location filename="../app/gui/timeline/timeline_view.cpp" line="798"/>
        <source>Add video track</source>
        <translation>Videospur hinzufügen</translation>
    </message>
    <message>
        <location filename="../app/gui/timeline/timeline_view.cpp" line="799"/>
        <source>Add overlay track</source>
        <translation>Overlay-Spur hinzufügen</translation>
    </message>
    <message>
        <location filename="../app/gui/timeline/timeline_view.cpp" line="800"/>
        <source>Add audio track</source>
        <translation>Audiospur hinzufügen</translation>
    </message>
    <message>
        <location filename="../app/gui/timeline/timeline_view.cpp" line="803"/>
        <location filename="../app/gui/timeline/timeline_view.cpp" line="804"/>
        <source>Remove track</source>
        <translation>Spur entfernen</translation>
    </message>
    <message>
        <location filename="../app/gui/timeline/timeline_view.cpp" line="821"/>
        <source>Hide track</source>
        <translation>Spur ausblenden</translation>
    </message>
    <message>
        <location filename="../app/gui/timeline/timeline_view.cpp" line="821"/>
        <source>Show track</source>
        <translation>Spur einblenden</translation>
    </message>
    <message>
        <location filename="../app/gui/timeline/timeline_view.cpp" line="824"/>
        <source>Mute track</source>
        <translation>Spur stummschalten</translation>
    </message>
    <message>
        <location filename="../app/gui/timeline/timeline_view.cpp" line="824"/>
        <source>Unmute track</source>
        <translation>Spur-Ton einschalten</translation>
    </message>
    <message>
        <location filename="../app/gui/timeline/timeline_view.cpp" line="827"/>
        <source>Lock track</source>
        <translation>Spur sperren</translation>
    </message>
    <message>
        <location filename="../app/gui/timeline/timeline_view.cpp" line="827"/>
        <source>Unlock track</source>
        <translation>Spur entsperren</translation>
    </message>
    <message>
        <location filename="../app/gui/timeline/timeline_view.cpp" line="941"/>
        <source>Cannot use %1: %2</source>
        <translation>%1 kann nicht verwendet werden: %2</translation>
    </message>
    <message>
        <location filename="../app/gui/timeline/timeline_view.cpp" line="962"/>
        <source>Add %1</source>
        <translation>%1 hinzufügen</translation>
    </message>
    <message>
        <location filename="../app/gui/timeline/timeline_view.cpp" line="993"/>
        <source>Cannot add %1: %2</source>
        <translation>%1 kann nicht hinzugefügt werden: %2</translation>
    </message>
    <message>
        <location filename="../app/gui/timeline/timeline_view.cpp" line="1018"/>
        <source>Nothing to split: put the playhead inside a clip</source>
        <translation>Nichts zu teilen: Setzen Sie den Abspielkopf in einen Clip</translation>
    </message>
    <message>
        <location filename="../app/gui/timeline/timeline_view.cpp" line="1022"/>
        <source>Split</source>
        <translation>Teilen</translation>
    </message>
    <message>
        <location filename="../app/gui/timeline/timeline_view.cpp" line="1028"/>
        <source>Cannot split: %1</source>
        <translation>Teilen nicht möglich: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/timeline/timeline_view.cpp" line="1056"/>
        <source>Cannot delete: %1</source>
        <translation>Löschen nicht möglich: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/timeline/timeline_view.cpp" line="1071"/>
        <source>Copied %n clip(s)</source>
        <translation>
            <numerusform>%n Clip kopiert</numerusform>
            <numerusform>%n Clips kopiert</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/timeline/timeline_view.cpp" line="1085"/>
        <source>Paste</source>
        <translation>Einfügen</translation>
    </message>
    <message>
        <location filename="../app/gui/timeline/timeline_view.cpp" line="1100"/>
        <source>Cannot paste here: %1</source>
        <translation>Hier kann nicht eingefügt werden: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/timeline/timeline_view.cpp" line="1120"/>
        <source>Add track</source>
        <translation>Spur hinzufügen</translation>
    </message>
</context>
</TS>
