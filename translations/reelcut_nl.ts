<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl">
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
        <translation>Vierkante feedpost</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/new_project_dialog.cpp" line="23"/>
        <source>Portrait feed post</source>
        <translation>Staande feedpost</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/new_project_dialog.cpp" line="24"/>
        <source>YouTube, landscape</source>
        <translation>YouTube, liggend</translation>
    </message>
</context>
<context>
    <name>CaptionImport</name>
    <message>
        <location filename="../app/gui/dialogs/caption_import.cpp" line="31"/>
        <source>Cannot read %1: %2</source>
        <translation>Kan %1 niet lezen: %2</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/caption_import.cpp" line="38"/>
        <source>%1 is not a valid SRT file: %2</source>
        <translation>%1 is geen geldig SRT-bestand: %2</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/caption_import.cpp" line="43"/>
        <source>%1 has no captions.</source>
        <translation>%1 bevat geen ondertitels.</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/caption_import.cpp" line="58"/>
        <source>Import captions</source>
        <translation>Ondertitels importeren</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/caption_import.cpp" line="61"/>
        <source>Captions</source>
        <translation>Ondertitels</translation>
    </message>
</context>
<context>
    <name>ClipPainter</name>
    <message>
        <location filename="../app/gui/timeline/clip_painter.cpp" line="161"/>
        <source>%1 (missing)</source>
        <translation>%1 (ontbreekt)</translation>
    </message>
</context>
<context>
    <name>Effect</name>
    <message>
        <location filename="../effects/blur/gaussian_blur.cpp" line="12"/>
        <source>Blur</source>
        <translation>Vervagen</translation>
    </message>
    <message>
        <location filename="../effects/blur/gaussian_blur.cpp" line="14"/>
        <source>Radius</source>
        <translation>Straal</translation>
    </message>
    <message>
        <location filename="../effects/color/color_adjust.cpp" line="13"/>
        <source>Adjust colour</source>
        <translation>Kleur aanpassen</translation>
    </message>
    <message>
        <location filename="../effects/color/color_adjust.cpp" line="16"/>
        <source>Brightness</source>
        <translation>Helderheid</translation>
    </message>
    <message>
        <location filename="../effects/color/color_adjust.cpp" line="18"/>
        <source>Contrast</source>
        <translation>Contrast</translation>
    </message>
    <message>
        <location filename="../effects/color/color_adjust.cpp" line="19"/>
        <source>Saturation</source>
        <translation>Verzadiging</translation>
    </message>
    <message>
        <location filename="../effects/face/face_beauty_effect.cpp" line="15"/>
        <source>Beauty</source>
        <translation>Verfraaien</translation>
    </message>
    <message>
        <location filename="../effects/face/face_beauty_effect.cpp" line="18"/>
        <source>Skin smoothing</source>
        <translation>Huid verzachten</translation>
    </message>
    <message>
        <location filename="../effects/face/face_beauty_effect.cpp" line="20"/>
        <source>Brighten</source>
        <translation>Oplichten</translation>
    </message>
    <message>
        <location filename="../effects/face/face_beauty_effect.cpp" line="21"/>
        <source>Lipstick</source>
        <translation>Lippenstift</translation>
    </message>
    <message>
        <location filename="../effects/face/face_beauty_effect.cpp" line="22"/>
        <source>Lipstick colour</source>
        <translation>Lippenstiftkleur</translation>
    </message>
    <message>
        <location filename="../effects/face/face_beauty_effect.cpp" line="24"/>
        <location filename="../effects/face/face_privacy_effect.cpp" line="19"/>
        <location filename="../effects/face/face_sticker_effect.cpp" line="45"/>
        <location filename="../effects/face/face_warp_effect.cpp" line="19"/>
        <source>Strength</source>
        <translation>Sterkte</translation>
    </message>
    <message>
        <location filename="../effects/face/face_debug_effect.cpp" line="13"/>
        <source>Landmark overlay</source>
        <translation>Gezichtspunten</translation>
    </message>
    <message>
        <location filename="../effects/face/face_debug_effect.cpp" line="16"/>
        <source>Show anchors</source>
        <translation>Ankerpunten tonen</translation>
    </message>
    <message>
        <location filename="../effects/face/face_effect_base.cpp" line="11"/>
        <source>Face (0 = all)</source>
        <translation>Gezicht (0 = alle)</translation>
    </message>
    <message>
        <location filename="../effects/face/face_privacy_effect.cpp" line="14"/>
        <source>Hide faces</source>
        <translation>Gezichten verbergen</translation>
    </message>
    <message>
        <location filename="../effects/face/face_privacy_effect.cpp" line="17"/>
        <source>Pixelate (else blur)</source>
        <translation>Pixeleren (anders vervagen)</translation>
    </message>
    <message>
        <location filename="../effects/face/face_privacy_effect.cpp" line="20"/>
        <source>Leave this face visible (0 = none)</source>
        <translation>Dit gezicht zichtbaar laten (0 = geen)</translation>
    </message>
    <message>
        <location filename="../effects/face/face_sticker_effect.cpp" line="21"/>
        <source>Face sticker</source>
        <translation>Gezichtssticker</translation>
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
        <translation>Waar hij hoort</translation>
    </message>
    <message>
        <location filename="../effects/face/face_sticker_effect.cpp" line="34"/>
        <source>Eyes</source>
        <translation>Ogen</translation>
    </message>
    <message>
        <location filename="../effects/face/face_sticker_effect.cpp" line="35"/>
        <source>Forehead</source>
        <translation>Voorhoofd</translation>
    </message>
    <message>
        <location filename="../effects/face/face_sticker_effect.cpp" line="35"/>
        <source>Top of head</source>
        <translation>Bovenop het hoofd</translation>
    </message>
    <message>
        <location filename="../effects/face/face_sticker_effect.cpp" line="36"/>
        <source>Nose</source>
        <translation>Neus</translation>
    </message>
    <message>
        <location filename="../effects/face/face_sticker_effect.cpp" line="36"/>
        <source>Upper lip</source>
        <translation>Bovenlip</translation>
    </message>
    <message>
        <location filename="../effects/face/face_sticker_effect.cpp" line="37"/>
        <source>Mouth</source>
        <translation>Mond</translation>
    </message>
    <message>
        <location filename="../effects/face/face_sticker_effect.cpp" line="37"/>
        <source>Chin</source>
        <translation>Kin</translation>
    </message>
    <message>
        <location filename="../effects/face/face_sticker_effect.cpp" line="38"/>
        <source>Left cheek</source>
        <translation>Linkerwang</translation>
    </message>
    <message>
        <location filename="../effects/face/face_sticker_effect.cpp" line="38"/>
        <source>Right cheek</source>
        <translation>Rechterwang</translation>
    </message>
    <message>
        <location filename="../effects/face/face_sticker_effect.cpp" line="39"/>
        <source>Both cheeks</source>
        <translation>Beide wangen</translation>
    </message>
    <message>
        <location filename="../effects/face/face_sticker_effect.cpp" line="40"/>
        <source>Offset across (eye distances)</source>
        <translation>Verschuiving opzij (oogafstanden)</translation>
    </message>
    <message>
        <location filename="../effects/face/face_sticker_effect.cpp" line="42"/>
        <source>Offset down (eye distances)</source>
        <translation>Verschuiving omlaag (oogafstanden)</translation>
    </message>
    <message>
        <location filename="../effects/face/face_sticker_effect.cpp" line="44"/>
        <source>Scale</source>
        <translation>Schaal</translation>
    </message>
    <message>
        <location filename="../effects/face/face_stickers.cpp" line="16"/>
        <source>Sunglasses</source>
        <translation>Zonnebril</translation>
    </message>
    <message>
        <location filename="../effects/face/face_stickers.cpp" line="18"/>
        <source>Party hat</source>
        <translation>Feesthoedje</translation>
    </message>
    <message>
        <location filename="../effects/face/face_stickers.cpp" line="20"/>
        <source>Crown</source>
        <translation>Kroon</translation>
    </message>
    <message>
        <location filename="../effects/face/face_stickers.cpp" line="22"/>
        <source>Cat ears</source>
        <translation>Kattenoren</translation>
    </message>
    <message>
        <location filename="../effects/face/face_stickers.cpp" line="24"/>
        <source>Cat nose</source>
        <translation>Kattenneus</translation>
    </message>
    <message>
        <location filename="../effects/face/face_stickers.cpp" line="26"/>
        <source>Moustache</source>
        <translation>Snor</translation>
    </message>
    <message>
        <location filename="../effects/face/face_stickers.cpp" line="28"/>
        <source>Blush</source>
        <translation>Blos</translation>
    </message>
    <message>
        <location filename="../effects/face/face_stickers.cpp" line="30"/>
        <source>Brand logo on cheek</source>
        <translation>Merklogo op de wang</translation>
    </message>
    <message>
        <location filename="../effects/face/face_warp_effect.cpp" line="14"/>
        <source>Face reshape</source>
        <translation>Gezicht vervormen</translation>
    </message>
    <message>
        <location filename="../effects/face/face_warp_effect.cpp" line="17"/>
        <source>Big eyes</source>
        <translation>Grote ogen</translation>
    </message>
    <message>
        <location filename="../effects/face/face_warp_effect.cpp" line="18"/>
        <source>Slim face</source>
        <translation>Smal gezicht</translation>
    </message>
</context>
<context>
    <name>EffectCategory</name>
    <message>
        <location filename="../effects/blur/gaussian_blur.cpp" line="13"/>
        <source>Blur</source>
        <translation>Vervagen</translation>
    </message>
    <message>
        <location filename="../effects/color/color_adjust.cpp" line="14"/>
        <source>Color</source>
        <translation>Kleur</translation>
    </message>
    <message>
        <location filename="../effects/face/face_beauty_effect.cpp" line="16"/>
        <location filename="../effects/face/face_debug_effect.cpp" line="14"/>
        <location filename="../effects/face/face_privacy_effect.cpp" line="15"/>
        <location filename="../effects/face/face_sticker_effect.cpp" line="22"/>
        <location filename="../effects/face/face_warp_effect.cpp" line="15"/>
        <source>Face</source>
        <translation>Gezicht</translation>
    </message>
</context>
<context>
    <name>OverlayClips</name>
    <message>
        <location filename="../app/gui/timeline/overlay_clips.cpp" line="85"/>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <location filename="../app/gui/timeline/overlay_clips.cpp" line="86"/>
        <source>Add text</source>
        <translation>Tekst toevoegen</translation>
    </message>
    <message>
        <location filename="../app/gui/timeline/overlay_clips.cpp" line="110"/>
        <source>Stickers</source>
        <translation>Stickers</translation>
    </message>
    <message>
        <location filename="../app/gui/timeline/overlay_clips.cpp" line="111"/>
        <source>Add sticker %1</source>
        <translation>Sticker %1 toevoegen</translation>
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
        <translation>Verticaal 9:16, 3 s tot 10 min; houd tekst weg van de knoppen rechts en het bijschrift onderaan.</translation>
    </message>
    <message>
        <location filename="../editor-core/export/preset.cpp" line="40"/>
        <source>Instagram Reels</source>
        <translation>Instagram Reels</translation>
    </message>
    <message>
        <location filename="../editor-core/export/preset.cpp" line="53"/>
        <source>Vertical 9:16, 3 s to 3 min, at most 300 MB; the bottom third is covered by caption and buttons.</source>
        <translation>Verticaal 9:16, 3 s tot 3 min, hoogstens 300 MB; het onderste derde wordt bedekt door bijschrift en knoppen.</translation>
    </message>
    <message>
        <location filename="../editor-core/export/preset.cpp" line="60"/>
        <source>YouTube Shorts</source>
        <translation>YouTube Shorts</translation>
    </message>
    <message>
        <location filename="../editor-core/export/preset.cpp" line="71"/>
        <source>Vertical or square up to 3 min is shown as a Short; longer uploads become regular videos.</source>
        <translation>Verticaal of vierkant tot 3 min wordt als Short getoond; langere uploads worden gewone video&apos;s.</translation>
    </message>
    <message>
        <location filename="../editor-core/export/preset.cpp" line="78"/>
        <source>YouTube</source>
        <translation>YouTube</translation>
    </message>
    <message>
        <location filename="../editor-core/export/preset.cpp" line="90"/>
        <source>Landscape 16:9; unverified channels are limited to 15 min per upload.</source>
        <translation>Liggend 16:9; niet-geverifieerde kanalen mogen maximaal 15 min per upload plaatsen.</translation>
    </message>
    <message>
        <location filename="../editor-core/export/preset.cpp" line="96"/>
        <source>Instagram feed (square)</source>
        <translation>Instagram-feed (vierkant)</translation>
    </message>
    <message>
        <location filename="../editor-core/export/preset.cpp" line="109"/>
        <source>Square 1:1 for feeds; the profile grid crops the sides to 3:4.</source>
        <translation>Vierkant 1:1 voor feeds; het profielraster snijdt de zijkanten bij tot 3:4.</translation>
    </message>
    <message>
        <location filename="../editor-core/export/preset.cpp" line="115"/>
        <source>Instagram feed (4:5)</source>
        <translation>Instagram-feed (4:5)</translation>
    </message>
    <message>
        <location filename="../editor-core/export/preset.cpp" line="129"/>
        <source>Portrait 4:5, the tallest shape the feed shows uncropped.</source>
        <translation>Staand 4:5, het hoogste formaat dat de feed onbijgesneden toont.</translation>
    </message>
</context>
<context>
    <name>Renderer</name>
    <message>
        <location filename="../editor-core/render/frame_renderer.cpp" line="406"/>
        <source>Media offline</source>
        <translation>Media offline</translation>
    </message>
</context>
<context>
    <name>TextPreset</name>
    <message>
        <location filename="../editor-core/text/text_presets.cpp" line="12"/>
        <source>Bold outline</source>
        <translation>Dikke omlijning</translation>
    </message>
    <message>
        <location filename="../editor-core/text/text_presets.cpp" line="20"/>
        <source>Caption box</source>
        <translation>Ondertitelkader</translation>
    </message>
    <message>
        <location filename="../editor-core/text/text_presets.cpp" line="28"/>
        <source>Neon glow</source>
        <translation>Neongloed</translation>
    </message>
    <message>
        <location filename="../editor-core/text/text_presets.cpp" line="41"/>
        <source>Typewriter subtitle</source>
        <translation>Typemachine-ondertitel</translation>
    </message>
    <message>
        <location filename="../editor-core/text/text_presets.cpp" line="51"/>
        <source>Shadow title</source>
        <translation>Schaduwtitel</translation>
    </message>
    <message>
        <location filename="../editor-core/text/text_presets.cpp" line="63"/>
        <source>Highlight marker</source>
        <translation>Markeerstift</translation>
    </message>
    <message>
        <location filename="../editor-core/text/text_presets.cpp" line="72"/>
        <source>Sale badge</source>
        <translation>Sale-label</translation>
    </message>
</context>
<context>
    <name>reelcut::gui::AudioOutput</name>
    <message>
        <location filename="../app/gui/preview/audio_output.cpp" line="32"/>
        <source>The sound device does not take 48 kHz float stereo; playing silently</source>
        <translation>Het audioapparaat ondersteunt geen 48 kHz float-stereo; afspelen zonder geluid</translation>
    </message>
    <message>
        <location filename="../app/gui/preview/audio_output.cpp" line="49"/>
        <source>The sound device stopped (error %1); playing silently</source>
        <translation>Het audioapparaat is gestopt (fout %1); afspelen zonder geluid</translation>
    </message>
    <message>
        <location filename="../app/gui/preview/audio_output.cpp" line="55"/>
        <source>Cannot open the sound device; playing silently</source>
        <translation>Kan het audioapparaat niet openen; afspelen zonder geluid</translation>
    </message>
</context>
<context>
    <name>reelcut::gui::CanvasEditor</name>
    <message>
        <location filename="../app/gui/preview/canvas_editor.cpp" line="237"/>
        <source>Move on canvas</source>
        <translation>Verplaatsen op het canvas</translation>
    </message>
    <message>
        <location filename="../app/gui/preview/canvas_editor.cpp" line="243"/>
        <source>Rotate on canvas</source>
        <translation>Draaien op het canvas</translation>
    </message>
    <message>
        <location filename="../app/gui/preview/canvas_editor.cpp" line="255"/>
        <source>Scale on canvas</source>
        <translation>Schalen op het canvas</translation>
    </message>
    <message>
        <location filename="../app/gui/preview/canvas_editor.cpp" line="291"/>
        <source>Enter: done, Shift+Enter: new line, Esc: cancel</source>
        <translation>Enter: klaar, Shift+Enter: nieuwe regel, Esc: annuleren</translation>
    </message>
    <message>
        <location filename="../app/gui/preview/canvas_editor.cpp" line="326"/>
        <source>Edit text</source>
        <translation>Tekst bewerken</translation>
    </message>
</context>
<context>
    <name>reelcut::gui::CaptionStyleDialog</name>
    <message>
        <location filename="../app/gui/dialogs/caption_import.cpp" line="73"/>
        <source>Import captions</source>
        <translation>Ondertitels importeren</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/caption_import.cpp" line="75"/>
        <source>Style of the captions:</source>
        <translation>Stijl van de ondertitels:</translation>
    </message>
</context>
<context>
    <name>reelcut::gui::EffectsInspector</name>
    <message>
        <location filename="../app/gui/inspector/effects_inspector.cpp" line="36"/>
        <source>Effects</source>
        <translation>Effecten</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/effects_inspector.cpp" line="62"/>
        <source>Animated by keyframes</source>
        <translation>Geanimeerd met keyframes</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/effects_inspector.cpp" line="90"/>
        <source>No effects. Drag one from the Effects tab onto the clip.</source>
        <translation>Geen effecten. Sleep er een vanuit het tabblad Effecten op de clip.</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/effects_inspector.cpp" line="114"/>
        <source>Switch the effect on or off</source>
        <translation>Effect aan- of uitzetten</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/effects_inspector.cpp" line="121"/>
        <source>Enable effect</source>
        <translation>Effect aanzetten</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/effects_inspector.cpp" line="121"/>
        <source>Disable effect</source>
        <translation>Effect uitzetten</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/effects_inspector.cpp" line="131"/>
        <source>Remove this effect</source>
        <translation>Dit effect verwijderen</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/effects_inspector.cpp" line="135"/>
        <source>Remove effect</source>
        <translation>Effect verwijderen</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/effects_inspector.cpp" line="147"/>
        <source>Unknown effect: not available in this version</source>
        <translation>Onbekend effect: niet beschikbaar in deze versie</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/effects_inspector.cpp" line="231"/>
        <source>Effect parameter</source>
        <translation>Effectparameter</translation>
    </message>
</context>
<context>
    <name>reelcut::gui::EffectsTab</name>
    <message>
        <location filename="../app/gui/panels/effects_tab.cpp" line="52"/>
        <source>Drag onto a clip, or double-click to add to the selected clip</source>
        <translation>Sleep op een clip, of dubbelklik om toe te voegen aan de geselecteerde clip</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/effects_tab.cpp" line="56"/>
        <source>Apply to selected clip</source>
        <translation>Toepassen op geselecteerde clip</translation>
    </message>
</context>
<context>
    <name>reelcut::gui::ExportDialog</name>
    <message>
        <location filename="../app/gui/dialogs/export_dialog.cpp" line="60"/>
        <location filename="../app/gui/dialogs/export_dialog.cpp" line="129"/>
        <source>Export video</source>
        <translation>Video exporteren</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/export_dialog.cpp" line="63"/>
        <source>Untitled</source>
        <translation>Naamloos</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/export_dialog.cpp" line="89"/>
        <source>Browse...</source>
        <translation>Bladeren...</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/export_dialog.cpp" line="92"/>
        <source>Save as</source>
        <translation>Opslaan als</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/export_dialog.cpp" line="93"/>
        <source>Also write captions (.srt)</source>
        <translation>Ook ondertitels schrijven (.srt)</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/export_dialog.cpp" line="94"/>
        <source>Writes the text of the text tracks as a SubRip file beside the video, for platforms that take captions separately</source>
        <translation>Schrijft de tekst van de tekstsporen als SubRip-bestand naast de video, voor platforms die ondertitels apart aannemen</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/export_dialog.cpp" line="102"/>
        <source>Ready</source>
        <translation>Gereed</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/export_dialog.cpp" line="108"/>
        <source>Warnings from the platform check appear here.</source>
        <translation>Waarschuwingen van de platformcontrole verschijnen hier.</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/export_dialog.cpp" line="112"/>
        <source>Show in folder</source>
        <translation>In map tonen</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/export_dialog.cpp" line="116"/>
        <source>Cancel export</source>
        <translation>Export annuleren</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/export_dialog.cpp" line="118"/>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/export_dialog.cpp" line="119"/>
        <source>Export</source>
        <translation>Exporteren</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/export_dialog.cpp" line="130"/>
        <source>MP4 video (*.mp4)</source>
        <translation>MP4-video (*.mp4)</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/export_dialog.cpp" line="206"/>
        <source>project rate (%1)</source>
        <translation>projectrate (%1)</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/export_dialog.cpp" line="209"/>
        <source>&lt;br&gt;Longest video: %1 s</source>
        <translation>&lt;br&gt;Langste video: %1 s</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/export_dialog.cpp" line="212"/>
        <source>&lt;br&gt;Largest file: %1 MB</source>
        <translation>&lt;br&gt;Grootste bestand: %1 MB</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/export_dialog.cpp" line="217"/>
        <source>&lt;p style=&apos;color:#ff8a8a&apos;&gt;Your video is %1 s long: longer than %2 allows.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:#ff8a8a&apos;&gt;Je video duurt %1 s: langer dan %2 toestaat.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/export_dialog.cpp" line="222"/>
        <source>&lt;h3&gt;%1&lt;/h3&gt;&lt;p&gt;%2&lt;/p&gt;&lt;p&gt;%3 x %4 pixels, %5 fps&lt;br&gt;H.264 video at %6 Mbit/s, AAC audio at %7 kbit/s, %8 kHz&lt;br&gt;Loudness target %9 LUFS%10&lt;/p&gt;%11</source>
        <translation>&lt;h3&gt;%1&lt;/h3&gt;&lt;p&gt;%2&lt;/p&gt;&lt;p&gt;%3 x %4 pixels, %5 fps&lt;br&gt;H.264-video op %6 Mbit/s, AAC-audio op %7 kbit/s, %8 kHz&lt;br&gt;Doelluidheid %9 LUFS%10&lt;/p&gt;%11</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/export_dialog.cpp" line="256"/>
        <source>Choose where to save the video first.</source>
        <translation>Kies eerst waar de video moet worden opgeslagen.</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/export_dialog.cpp" line="265"/>
        <source>Cannot prepare the export: %1</source>
        <translation>Kan de export niet voorbereiden: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/export_dialog.cpp" line="276"/>
        <source>Starting...</source>
        <translation>Bezig met starten...</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/export_dialog.cpp" line="285"/>
        <source>Cannot start the export engine (%1).</source>
        <translation>Kan de exportengine niet starten (%1).</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/export_dialog.cpp" line="344"/>
        <source>Rendering: %1%, %2 fps, about %3 left</source>
        <translation>Renderen: %1%, %2 fps, nog ongeveer %3</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/export_dialog.cpp" line="347"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/export_dialog.cpp" line="348"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/export_dialog.cpp" line="353"/>
        <source>Note: %1</source>
        <translation>Let op: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/export_dialog.cpp" line="356"/>
        <source>Problem: %1</source>
        <translation>Probleem: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/export_dialog.cpp" line="375"/>
        <source>Export cancelled. Nothing was written.</source>
        <translation>Export geannuleerd. Er is niets geschreven.</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/export_dialog.cpp" line="382"/>
        <source>The export engine crashed. Your project is safe; please try again or report the problem.</source>
        <translation>De exportengine is gecrasht. Je project is veilig; probeer het opnieuw of meld het probleem.</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/export_dialog.cpp" line="392"/>
        <source>Done in %1 s: %2</source>
        <translation>Klaar in %1 s: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/dialogs/export_dialog.cpp" line="393"/>
        <source>Done, with %n note(s) below: %1</source>
        <translation>
            <numerusform>Klaar, met %n opmerking hieronder: %1</numerusform>
            <numerusform>Klaar, met %n opmerkingen hieronder: %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/export_dialog.cpp" line="398"/>
        <source>Written, but the file does not meet the platform&apos;s rules (see below).</source>
        <translation>Geschreven, maar het bestand voldoet niet aan de regels van het platform (zie hieronder).</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/export_dialog.cpp" line="401"/>
        <source>Export failed. See the details below.</source>
        <translation>Export mislukt. Zie de details hieronder.</translation>
    </message>
</context>
<context>
    <name>reelcut::gui::FaceAnalysisRunner</name>
    <message>
        <location filename="../app/gui/jobs/face_analysis_runner.cpp" line="77"/>
        <source>Face effects are not available in this build.</source>
        <translation>Gezichtseffecten zijn niet beschikbaar in deze build.</translation>
    </message>
    <message>
        <location filename="../app/gui/jobs/face_analysis_runner.cpp" line="93"/>
        <source>Finding faces in %1 (%2 of %3)</source>
        <translation>Gezichten zoeken in %1 (%2 van %3)</translation>
    </message>
    <message>
        <location filename="../app/gui/jobs/face_analysis_runner.cpp" line="113"/>
        <source>Face analysis done</source>
        <translation>Gezichtsanalyse klaar</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/jobs/face_analysis_runner.cpp" line="115"/>
        <source>Face analysis done: %n face(s) tracked</source>
        <translation>
            <numerusform>Gezichtsanalyse klaar: %n gezicht gevolgd</numerusform>
            <numerusform>Gezichtsanalyse klaar: %n gezichten gevolgd</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/jobs/face_analysis_runner.cpp" line="119"/>
        <source>Face analysis cancelled</source>
        <translation>Gezichtsanalyse geannuleerd</translation>
    </message>
    <message>
        <location filename="../app/gui/jobs/face_analysis_runner.cpp" line="124"/>
        <source>Face analysis failed: %1</source>
        <translation>Gezichtsanalyse mislukt: %1</translation>
    </message>
</context>
<context>
    <name>reelcut::gui::Inspector</name>
    <message>
        <location filename="../app/gui/inspector/inspector.cpp" line="52"/>
        <source>Select a clip on the timeline to change its look and sound.</source>
        <translation>Selecteer een clip op de tijdlijn om beeld en geluid aan te passen.</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/inspector.cpp" line="72"/>
        <source>Transform</source>
        <translation>Transformatie</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/inspector.cpp" line="85"/>
        <source>Position X</source>
        <translation>Positie X</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/inspector.cpp" line="86"/>
        <source>Position Y</source>
        <translation>Positie Y</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/inspector.cpp" line="87"/>
        <location filename="../app/gui/inspector/inspector.cpp" line="154"/>
        <source>Scale</source>
        <translation>Schaal</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/inspector.cpp" line="88"/>
        <source>Rotation</source>
        <translation>Rotatie</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/inspector.cpp" line="89"/>
        <location filename="../app/gui/inspector/inspector.cpp" line="158"/>
        <location filename="../app/gui/inspector/inspector.cpp" line="163"/>
        <source>Opacity</source>
        <translation>Dekking</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/inspector.cpp" line="90"/>
        <location filename="../app/gui/inspector/inspector.cpp" line="312"/>
        <source>Add keyframe at playhead</source>
        <translation>Keyframe toevoegen bij afspeelkop</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/inspector.cpp" line="92"/>
        <source>Remember this position, size and angle at the playhead; between keyframes the clip moves smoothly</source>
        <translation>Onthoudt positie, grootte en hoek bij de afspeelkop; tussen keyframes beweegt de clip vloeiend</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/inspector.cpp" line="96"/>
        <location filename="../app/gui/inspector/inspector.cpp" line="99"/>
        <source>Fit</source>
        <translation>Passend</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/inspector.cpp" line="97"/>
        <source>Fill</source>
        <translation>Vullen</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/inspector.cpp" line="98"/>
        <source>Stretch</source>
        <translation>Uitrekken</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/inspector.cpp" line="101"/>
        <source>None</source>
        <translation>Geen</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/inspector.cpp" line="102"/>
        <source>Colour</source>
        <translation>Kleur</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/inspector.cpp" line="103"/>
        <source>Blur</source>
        <translation>Vervagen</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/inspector.cpp" line="105"/>
        <location filename="../app/gui/inspector/inspector.cpp" line="194"/>
        <location filename="../app/gui/inspector/inspector.cpp" line="196"/>
        <source>Background colour</source>
        <translation>Achtergrondkleur</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/inspector.cpp" line="109"/>
        <location filename="../app/gui/inspector/inspector.cpp" line="186"/>
        <source>Background</source>
        <translation>Achtergrond</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/inspector.cpp" line="122"/>
        <source>Audio and timing</source>
        <translation>Geluid en timing</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/inspector.cpp" line="131"/>
        <location filename="../app/gui/inspector/inspector.cpp" line="169"/>
        <location filename="../app/gui/inspector/inspector.cpp" line="173"/>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/inspector.cpp" line="134"/>
        <location filename="../app/gui/inspector/inspector.cpp" line="175"/>
        <source>Fade in</source>
        <translation>Infaden</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/inspector.cpp" line="135"/>
        <location filename="../app/gui/inspector/inspector.cpp" line="178"/>
        <source>Fade out</source>
        <translation>Uitfaden</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/inspector.cpp" line="137"/>
        <location filename="../app/gui/inspector/inspector.cpp" line="207"/>
        <source>Speed</source>
        <translation>Snelheid</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/inspector.cpp" line="148"/>
        <location filename="../app/gui/inspector/inspector.cpp" line="151"/>
        <source>Move picture</source>
        <translation>Beeld verplaatsen</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/inspector.cpp" line="156"/>
        <source>Rotate</source>
        <translation>Draaien</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/inspector.cpp" line="182"/>
        <source>Fit mode</source>
        <translation>Schaalmodus</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/inspector.cpp" line="209"/>
        <source>Cannot change speed: %1</source>
        <translation>Kan snelheid niet wijzigen: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/inspector.cpp" line="227"/>
        <source>Add keyframe</source>
        <translation>Keyframe toevoegen</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/inspector.cpp" line="239"/>
        <source>Keyframe added: move the playhead and change the clip to animate it.</source>
        <translation>Keyframe toegevoegd: verplaats de afspeelkop en wijzig de clip om hem te animeren.</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/inspector.cpp" line="270"/>
        <source>Cannot change %1: %2</source>
        <translation>Kan %1 niet wijzigen: %2</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/inspector.cpp" line="290"/>
        <source>Text: %1</source>
        <translation>Tekst: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/inspector.cpp" line="293"/>
        <source>Starts %1, lasts %2</source>
        <translation>Begint %1, duurt %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/inspector/inspector.cpp" line="313"/>
        <source>Add keyframe at playhead (%n set)</source>
        <translation>
            <numerusform>Keyframe toevoegen bij afspeelkop (%n gezet)</numerusform>
            <numerusform>Keyframe toevoegen bij afspeelkop (%n gezet)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>reelcut::gui::MainWindow</name>
    <message>
        <location filename="../app/gui/window/main_window.cpp" line="97"/>
        <source>Inspector</source>
        <translation>Eigenschappen</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window.cpp" line="164"/>
        <source>Media offline: %1</source>
        <translation>Media offline: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window.cpp" line="169"/>
        <source>Ready</source>
        <translation>Gereed</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window.cpp" line="197"/>
        <source>&amp;New project...</source>
        <translation>&amp;Nieuw project...</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window.cpp" line="199"/>
        <source>&amp;Open...</source>
        <translation>&amp;Openen...</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window.cpp" line="201"/>
        <source>&amp;Save</source>
        <translation>Op&amp;slaan</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window.cpp" line="202"/>
        <source>Save &amp;as...</source>
        <translation>Opslaan &amp;als...</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window.cpp" line="204"/>
        <source>&amp;Import media...</source>
        <translation>Media &amp;importeren...</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window.cpp" line="206"/>
        <source>&amp;Export video...</source>
        <translation>Video &amp;exporteren...</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window.cpp" line="208"/>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window.cpp" line="210"/>
        <source>&amp;Undo</source>
        <translation>&amp;Ongedaan maken</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window.cpp" line="214"/>
        <source>&amp;Redo</source>
        <translation>&amp;Opnieuw</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window.cpp" line="219"/>
        <source>&amp;Split at playhead</source>
        <translation>Bij afspeelkop &amp;splitsen</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window.cpp" line="223"/>
        <source>&amp;Delete</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window.cpp" line="226"/>
        <source>&amp;Ripple delete</source>
        <translation>Verwijderen en gat &amp;sluiten</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window.cpp" line="229"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiëren</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window.cpp" line="231"/>
        <source>&amp;Paste</source>
        <translation>&amp;Plakken</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window.cpp" line="233"/>
        <source>Select &amp;all</source>
        <translation>&amp;Alles selecteren</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window.cpp" line="236"/>
        <source>Play / pause</source>
        <translation>Afspelen / pauzeren</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window.cpp" line="238"/>
        <source>Play backwards (faster on each press)</source>
        <translation>Achteruit afspelen (sneller bij elke druk)</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window.cpp" line="241"/>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window.cpp" line="242"/>
        <source>Play forwards (faster on each press)</source>
        <translation>Vooruit afspelen (sneller bij elke druk)</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window.cpp" line="244"/>
        <source>Previous frame</source>
        <translation>Vorige frame</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window.cpp" line="246"/>
        <source>Next frame</source>
        <translation>Volgende frame</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window.cpp" line="249"/>
        <source>Back one second</source>
        <translation>Eén seconde terug</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window.cpp" line="252"/>
        <source>Forward one second</source>
        <translation>Eén seconde vooruit</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window.cpp" line="254"/>
        <source>Go to start</source>
        <translation>Naar het begin</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window.cpp" line="256"/>
        <source>Go to end</source>
        <translation>Naar het einde</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window.cpp" line="259"/>
        <source>S&amp;napping</source>
        <translation>&amp;Uitlijnen</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window.cpp" line="263"/>
        <source>Zoom &amp;in</source>
        <translation>&amp;Inzoomen</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window.cpp" line="268"/>
        <source>Zoom &amp;out</source>
        <translation>&amp;Uitzoomen</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window.cpp" line="270"/>
        <source>Show playback &amp;statistics</source>
        <translation>Afspeel&amp;statistieken tonen</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window.cpp" line="274"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Sneltoetsen</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window.cpp" line="276"/>
        <source>Import &amp;captions (SRT)...</source>
        <translation>&amp;Ondertitels importeren (SRT)...</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window.cpp" line="278"/>
        <source>Show face &amp;landmarks</source>
        <translation>Gezichts&amp;punten tonen</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window.cpp" line="281"/>
        <source>Draw the tracked face points on the selected clip</source>
        <translation>De gevolgde gezichtspunten op de geselecteerde clip tekenen</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window.cpp" line="286"/>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window.cpp" line="289"/>
        <source>Open &amp;recent</source>
        <translation>&amp;Recent geopend</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window.cpp" line="301"/>
        <source>&amp;Edit</source>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window.cpp" line="313"/>
        <source>&amp;Playback</source>
        <translation>&amp;Afspelen</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window.cpp" line="320"/>
        <source>&amp;View</source>
        <translation>Beel&amp;d</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window.cpp" line="328"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window.cpp" line="330"/>
        <source>&amp;About ReelCut</source>
        <translation>&amp;Over ReelCut</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window.cpp" line="331"/>
        <source>About ReelCut</source>
        <translation>Over ReelCut</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window.cpp" line="332"/>
        <source>&lt;h3&gt;ReelCut %1&lt;/h3&gt;&lt;p&gt;Short videos, cut fast. Open source.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;ReelCut %1&lt;/h3&gt;&lt;p&gt;Korte video&apos;s, snel geknipt. Open source.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window.cpp" line="337"/>
        <source>Main</source>
        <translation>Hoofdbalk</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window.cpp" line="355"/>
        <source>Export</source>
        <translation>Exporteren</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window.cpp" line="366"/>
        <source>Media</source>
        <translation>Media</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window.cpp" line="368"/>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window.cpp" line="370"/>
        <source>Stickers</source>
        <translation>Stickers</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window.cpp" line="372"/>
        <source>Effects</source>
        <translation>Effecten</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window.cpp" line="396"/>
        <source>Player</source>
        <translation>Voorvertoning</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window.cpp" line="401"/>
        <source>Canvas aspect ratio</source>
        <translation>Beeldverhouding van het canvas</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window.cpp" line="411"/>
        <source>Change aspect ratio</source>
        <translation>Beeldverhouding wijzigen</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window.cpp" line="416"/>
        <source>Show where the platform&apos;s buttons and captions cover the video</source>
        <translation>Toont waar knoppen en teksten van het platform de video bedekken</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window.cpp" line="417"/>
        <source>No safe zone</source>
        <translation>Geen veilige zone</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window.cpp" line="479"/>
        <source>Add a track</source>
        <translation>Spoor toevoegen</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window.cpp" line="482"/>
        <source>Video track</source>
        <translation>Videospoor</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window.cpp" line="483"/>
        <source>Overlay track</source>
        <translation>Overlayspoor</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window.cpp" line="484"/>
        <source>Audio track</source>
        <translation>Audiospoor</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window.cpp" line="494"/>
        <source>Timeline zoom (Ctrl+wheel)</source>
        <translation>Tijdlijnzoom (Ctrl+scrollwiel)</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window_assets.cpp" line="58"/>
        <source>Cannot add: %1</source>
        <translation>Kan niet toevoegen: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window_assets.cpp" line="91"/>
        <source>Cannot use %1 as a sticker: not a readable picture</source>
        <translation>Kan %1 niet als sticker gebruiken: geen leesbare afbeelding</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window_assets.cpp" line="109"/>
        <source>Select a video or picture clip first, then add the effect.</source>
        <translation>Selecteer eerst een video- of afbeeldingsclip en voeg dan het effect toe.</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window_assets.cpp" line="112"/>
        <source>Add effect</source>
        <translation>Effect toevoegen</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window_assets.cpp" line="156"/>
        <source>Select a clip with a face first.</source>
        <translation>Selecteer eerst een clip met een gezicht.</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window_assets.cpp" line="159"/>
        <source>Show face landmarks</source>
        <translation>Gezichtspunten tonen</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window_assets.cpp" line="159"/>
        <source>Hide face landmarks</source>
        <translation>Gezichtspunten verbergen</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window_assets.cpp" line="182"/>
        <source>Cannot import captions</source>
        <translation>Kan ondertitels niet importeren</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/window/main_window_assets.cpp" line="185"/>
        <source>Imported %n caption(s)</source>
        <translation>
            <numerusform>%n ondertitel geïmporteerd</numerusform>
            <numerusform>%n ondertitels geïmporteerd</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window_assets.cpp" line="190"/>
        <source>Import captions</source>
        <translation>Ondertitels importeren</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window_assets.cpp" line="191"/>
        <source>SubRip captions (*.srt)</source>
        <translation>SubRip-ondertitels (*.srt)</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window_assets.cpp" line="212"/>
        <source>Stop the face analysis (face effects then track live)</source>
        <translation>Gezichtsanalyse stoppen (gezichtseffecten volgen dan live)</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window_assets.cpp" line="236"/>
        <source>Finding faces...  %p%</source>
        <translation>Gezichten zoeken...  %p%</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window.cpp" line="586"/>
        <source>Open project</source>
        <translation>Project openen</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window.cpp" line="587"/>
        <location filename="../app/gui/window/main_window.cpp" line="757"/>
        <source>ReelCut projects (*.reelcut)</source>
        <translation>ReelCut-projecten (*.reelcut)</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window.cpp" line="604"/>
        <source>Cannot open project</source>
        <translation>Kan project niet openen</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window.cpp" line="610"/>
        <source>Recover unsaved changes?</source>
        <translation>Niet-opgeslagen wijzigingen herstellen?</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window.cpp" line="611"/>
        <source>ReelCut did not close properly while editing %1. Changes autosaved at %2 can be recovered.

Recover them? (You can undo the recovery.)</source>
        <translation>ReelCut is niet goed afgesloten tijdens het bewerken van %1. De wijzigingen die om %2 automatisch zijn opgeslagen, kunnen worden hersteld.

Herstellen? (Het herstel kan ongedaan worden gemaakt.)</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window.cpp" line="632"/>
        <source>Recover autosaved changes</source>
        <translation>Automatisch opgeslagen wijzigingen herstellen</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window.cpp" line="636"/>
        <source>Recovered the autosaved changes.</source>
        <translation>De automatisch opgeslagen wijzigingen zijn hersteld.</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window.cpp" line="641"/>
        <source>Cannot recover</source>
        <translation>Herstellen niet mogelijk</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window.cpp" line="642"/>
        <source>The recovery file is damaged and was set aside (%1).

%2</source>
        <translation>Het herstelbestand is beschadigd en apart gezet (%1).

%2</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window.cpp" line="655"/>
        <source>Recover unsaved project?</source>
        <translation>Niet-opgeslagen project herstellen?</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window.cpp" line="656"/>
        <source>ReelCut did not close properly while editing an unsaved project. Recover it?</source>
        <translation>ReelCut is niet goed afgesloten tijdens het bewerken van een niet-opgeslagen project. Herstellen?</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/window/main_window.cpp" line="703"/>
        <source>%n media file(s) missing</source>
        <translation>
            <numerusform>%n mediabestand ontbreekt</numerusform>
            <numerusform>%n mediabestanden ontbreken</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window.cpp" line="704"/>
        <source>Media missing</source>
        <translation>Media ontbreken</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window.cpp" line="705"/>
        <source>These files used by the project cannot be found:

%1

Find them now? (They stay in the project, shown as offline, until you do.)</source>
        <translation>Deze bestanden van het project zijn niet gevonden:

%1

Nu zoeken? (Tot dan blijven ze als offline in het project.)</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window.cpp" line="719"/>
        <source>Find %1</source>
        <translation>%1 zoeken</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window.cpp" line="725"/>
        <source>Relink media</source>
        <translation>Media opnieuw koppelen</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window.cpp" line="747"/>
        <location filename="../app/gui/window/main_window.cpp" line="772"/>
        <source>Saved %1</source>
        <translation>%1 opgeslagen</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window.cpp" line="750"/>
        <location filename="../app/gui/window/main_window.cpp" line="775"/>
        <source>Cannot save</source>
        <translation>Opslaan niet mogelijk</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window.cpp" line="756"/>
        <source>Save project</source>
        <translation>Project opslaan</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window.cpp" line="785"/>
        <source>Unsaved changes</source>
        <translation>Niet-opgeslagen wijzigingen</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window.cpp" line="786"/>
        <source>Save the changes to %1 before closing it?</source>
        <translation>Wijzigingen in %1 opslaan voor het sluiten?</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window.cpp" line="787"/>
        <source>this project</source>
        <translation>dit project</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window.cpp" line="818"/>
        <source>Untitled</source>
        <translation>Naamloos</translation>
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
        <translation>Media importeren</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/media_bin.cpp" line="94"/>
        <source>Import video, audio and pictures (Ctrl+I), or drop files here</source>
        <translation>Video, audio en afbeeldingen importeren (Ctrl+I) of bestanden hierheen slepen</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/media_bin.cpp" line="126"/>
        <source>Add to timeline at playhead</source>
        <translation>Bij afspeelkop aan tijdlijn toevoegen</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/media_bin.cpp" line="128"/>
        <source>Relink...</source>
        <translation>Opnieuw koppelen...</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/media_bin.cpp" line="136"/>
        <source>Media (*.mp4 *.mov *.m4v *.mkv *.webm *.avi *.mp3 *.m4a *.aac *.wav *.ogg *.opus *.flac *.png *.jpg *.jpeg *.webp *.gif *.bmp);;All files (*)</source>
        <translation>Media (*.mp4 *.mov *.m4v *.mkv *.webm *.avi *.mp3 *.m4a *.aac *.wav *.ogg *.opus *.flac *.png *.jpg *.jpeg *.webp *.gif *.bmp);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/media_bin.cpp" line="189"/>
        <source>Missing - right-click to relink</source>
        <translation>Ontbreekt – rechtsklik om opnieuw te koppelen</translation>
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
        <translation>Nieuw project</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/new_project_dialog.cpp" line="49"/>
        <source>What are you making?</source>
        <translation>Wat ga je maken?</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/new_project_dialog.cpp" line="73"/>
        <source>%1 fps</source>
        <translation>%1 fps</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/new_project_dialog.cpp" line="76"/>
        <source>Frame rate</source>
        <translation>Framerate</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/new_project_dialog.cpp" line="79"/>
        <source>Create</source>
        <translation>Maken</translation>
    </message>
</context>
<context>
    <name>reelcut::gui::PreviewWidget</name>
    <message>
        <location filename="../app/gui/preview/preview_widget.cpp" line="149"/>
        <source>%1 safe zone</source>
        <translation>Veilige zone voor %1</translation>
    </message>
    <message>
        <location filename="../app/gui/preview/preview_widget.cpp" line="152"/>
        <source>%1 fps  |  render %2 ms  |  %3x%4  |  frame %5  |  dropped %6</source>
        <translation>%1 fps  |  renderen %2 ms  |  %3x%4  |  frame %5  |  overgeslagen %6</translation>
    </message>
</context>
<context>
    <name>reelcut::gui::ShortcutsDialog</name>
    <message>
        <location filename="../app/gui/dialogs/shortcuts_dialog.cpp" line="12"/>
        <source>Keyboard shortcuts</source>
        <translation>Sneltoetsen</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/shortcuts_dialog.cpp" line="17"/>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/shortcuts_dialog.cpp" line="17"/>
        <source>Keys</source>
        <translation>Toetsen</translation>
    </message>
</context>
<context>
    <name>reelcut::gui::StickerTab</name>
    <message>
        <location filename="../app/gui/panels/sticker_tab.cpp" line="50"/>
        <source>Import sticker...</source>
        <translation>Sticker importeren...</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/sticker_tab.cpp" line="51"/>
        <source>Use your own PNG, GIF, WebP or SVG picture as a sticker</source>
        <translation>Je eigen PNG-, GIF-, WebP- of SVG-afbeelding als sticker gebruiken</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/sticker_tab.cpp" line="87"/>
        <source>Import sticker</source>
        <translation>Sticker importeren</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/sticker_tab.cpp" line="88"/>
        <source>Stickers (*.png *.gif *.webp *.svg *.apng);;All files (*)</source>
        <translation>Stickers (*.png *.gif *.webp *.svg *.apng);;Alle bestanden (*)</translation>
    </message>
</context>
<context>
    <name>reelcut::gui::TextInspector</name>
    <message>
        <location filename="../app/gui/inspector/text_inspector.cpp" line="49"/>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/text_inspector.cpp" line="55"/>
        <source>Type your text</source>
        <translation>Typ je tekst</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/text_inspector.cpp" line="58"/>
        <location filename="../app/gui/inspector/text_inspector.cpp" line="104"/>
        <source>Font</source>
        <translation>Lettertype</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/text_inspector.cpp" line="60"/>
        <location filename="../app/gui/inspector/text_inspector.cpp" line="123"/>
        <source>Bold</source>
        <translation>Vet</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/text_inspector.cpp" line="61"/>
        <location filename="../app/gui/inspector/text_inspector.cpp" line="125"/>
        <source>Italic</source>
        <translation>Cursief</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/text_inspector.cpp" line="62"/>
        <source>Size</source>
        <translation>Grootte</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/text_inspector.cpp" line="63"/>
        <source>Colour</source>
        <translation>Kleur</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/text_inspector.cpp" line="63"/>
        <location filename="../app/gui/inspector/text_inspector.cpp" line="177"/>
        <source>Text colour</source>
        <translation>Tekstkleur</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/text_inspector.cpp" line="65"/>
        <location filename="../app/gui/inspector/text_inspector.cpp" line="113"/>
        <source>Outline</source>
        <translation>Omlijning</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/text_inspector.cpp" line="66"/>
        <source>Outline colour</source>
        <translation>Omlijningskleur</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/text_inspector.cpp" line="69"/>
        <source> blur</source>
        <translation> vervaging</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/text_inspector.cpp" line="70"/>
        <location filename="../app/gui/inspector/text_inspector.cpp" line="114"/>
        <location filename="../app/gui/inspector/text_inspector.cpp" line="115"/>
        <location filename="../app/gui/inspector/text_inspector.cpp" line="116"/>
        <source>Shadow</source>
        <translation>Schaduw</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/text_inspector.cpp" line="71"/>
        <source>Shadow colour</source>
        <translation>Schaduwkleur</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/text_inspector.cpp" line="72"/>
        <source>Shadow offset</source>
        <translation>Schaduwverschuiving</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/text_inspector.cpp" line="73"/>
        <source> pad</source>
        <translation> marge</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/text_inspector.cpp" line="74"/>
        <source> round</source>
        <translation> afronding</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/text_inspector.cpp" line="75"/>
        <location filename="../app/gui/inspector/text_inspector.cpp" line="117"/>
        <location filename="../app/gui/inspector/text_inspector.cpp" line="118"/>
        <source>Box</source>
        <translation>Kader</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/text_inspector.cpp" line="75"/>
        <source>Box colour (transparent: none)</source>
        <translation>Kaderkleur (transparant: geen)</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/text_inspector.cpp" line="78"/>
        <source>Left</source>
        <translation>Links</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/text_inspector.cpp" line="79"/>
        <source>Centre</source>
        <translation>Midden</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/text_inspector.cpp" line="80"/>
        <source>Right</source>
        <translation>Rechts</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/text_inspector.cpp" line="81"/>
        <source>Align</source>
        <translation>Uitlijning</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/text_inspector.cpp" line="84"/>
        <source>Spacing</source>
        <translation>Afstand</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/text_inspector.cpp" line="86"/>
        <source>Lines wrap at this share of the canvas width</source>
        <translation>Regels lopen door bij dit deel van de canvasbreedte</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/text_inspector.cpp" line="87"/>
        <source>Wrap at</source>
        <translation>Terugloop bij</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/text_inspector.cpp" line="90"/>
        <location filename="../app/gui/inspector/text_inspector.cpp" line="135"/>
        <source>Animation in</source>
        <translation>Animatie in</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/text_inspector.cpp" line="93"/>
        <location filename="../app/gui/inspector/text_inspector.cpp" line="135"/>
        <source>Animation out</source>
        <translation>Animatie uit</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/text_inspector.cpp" line="99"/>
        <source>Edit text</source>
        <translation>Tekst bewerken</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/text_inspector.cpp" line="112"/>
        <source>Text size</source>
        <translation>Tekstgrootte</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/text_inspector.cpp" line="119"/>
        <source>Line spacing</source>
        <translation>Regelafstand</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/text_inspector.cpp" line="120"/>
        <source>Letter spacing</source>
        <translation>Letterafstand</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/text_inspector.cpp" line="121"/>
        <source>Wrap width</source>
        <translation>Terugloopbreedte</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/text_inspector.cpp" line="128"/>
        <source>Alignment</source>
        <translation>Uitlijning</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/text_inspector.cpp" line="148"/>
        <source>None</source>
        <translation>Geen</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/text_inspector.cpp" line="149"/>
        <source>Fade</source>
        <translation>Vervagen</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/text_inspector.cpp" line="150"/>
        <source>Pop</source>
        <translation>Pop</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/text_inspector.cpp" line="151"/>
        <source>Slide left</source>
        <translation>Naar links schuiven</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/text_inspector.cpp" line="152"/>
        <source>Slide right</source>
        <translation>Naar rechts schuiven</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/text_inspector.cpp" line="153"/>
        <source>Slide up</source>
        <translation>Omhoog schuiven</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/text_inspector.cpp" line="154"/>
        <source>Slide down</source>
        <translation>Omlaag schuiven</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/text_inspector.cpp" line="155"/>
        <source>Typewriter</source>
        <translation>Typemachine</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector/text_inspector.cpp" line="156"/>
        <source>Bounce</source>
        <translation>Stuiteren</translation>
    </message>
</context>
<context>
    <name>reelcut::gui::TextTab</name>
    <message>
        <location filename="../app/gui/panels/text_tab.cpp" line="64"/>
        <source>Styles - click or drag to add</source>
        <translation>Stijlen – klik of sleep om toe te voegen</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/text_tab.cpp" line="77"/>
        <source>Add &quot;%1&quot; text at the playhead</source>
        <translation>Tekst „%1” toevoegen bij de afspeelkop</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/text_tab.cpp" line="81"/>
        <source>Emoji</source>
        <translation>Emoji</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/text_tab.cpp" line="95"/>
        <source>Add %1 at the playhead</source>
        <translation>%1 toevoegen bij de afspeelkop</translation>
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
        <translation>Tekst</translation>
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
        <translation>Clip verplaatsen</translation>
    </message>
    <message>
        <location filename="../app/gui/timeline/timeline_view.cpp" line="722"/>
        <source>Move clips</source>
        <translation>Clips verplaatsen</translation>
    </message>
    <message>
        <location filename="../app/gui/timeline/timeline_view.cpp" line="732"/>
        <source>Trim clip start</source>
        <translation>Begin van clip inkorten</translation>
    </message>
    <message>
        <location filename="../app/gui/timeline/timeline_view.cpp" line="739"/>
        <source>Trim clip end</source>
        <translation>Einde van clip inkorten</translation>
    </message>
    <message>
        <location filename="../app/gui/timeline/timeline_view.cpp" line="744"/>
        <source>Not possible: %1</source>
        <translation>Niet mogelijk: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/timeline/timeline_view.cpp" line="784"/>
        <source>Split at playhead</source>
        <translation>Bij afspeelkop splitsen</translation>
    </message>
    <message>
        <location filename="../app/gui/timeline/timeline_view.cpp" line="786"/>
        <source>Copy</source>
        <translation>Kopiëren</translation>
    </message>
    <message>
        <location filename="../app/gui/timeline/timeline_view.cpp" line="788"/>
        <location filename="../app/gui/timeline/timeline_view.cpp" line="1046"/>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../app/gui/timeline/timeline_view.cpp" line="790"/>
        <location filename="../app/gui/timeline/timeline_view.cpp" line="1046"/>
        <source>Ripple delete</source>
        <translation>Verwijderen en gat sluiten</translation>
    </message>
    <message>
        <location filename="../app/gui/timeline/timeline_view.cpp" line="793"/>
        <source>Paste at playhead</source>
        <translation>Bij afspeelkop plakken</translation>
    </message>
    <message>
        <location filename="../app/gui/timeline/timeline_view.cpp" line="798"/>
        <source>Add video track</source>
        <translation>Videospoor toevoegen</translation>
    </message>
    <message>
        <location filename="../app/gui/timeline/timeline_view.cpp" line="799"/>
        <source>Add overlay track</source>
        <translation>Overlayspoor toevoegen</translation>
    </message>
    <message>
        <location filename="../app/gui/timeline/timeline_view.cpp" line="800"/>
        <source>Add audio track</source>
        <translation>Audiospoor toevoegen</translation>
    </message>
    <message>
        <location filename="../app/gui/timeline/timeline_view.cpp" line="803"/>
        <location filename="../app/gui/timeline/timeline_view.cpp" line="804"/>
        <source>Remove track</source>
        <translation>Spoor verwijderen</translation>
    </message>
    <message>
        <location filename="../app/gui/timeline/timeline_view.cpp" line="821"/>
        <source>Hide track</source>
        <translation>Spoor verbergen</translation>
    </message>
    <message>
        <location filename="../app/gui/timeline/timeline_view.cpp" line="821"/>
        <source>Show track</source>
        <translation>Spoor tonen</translation>
    </message>
    <message>
        <location filename="../app/gui/timeline/timeline_view.cpp" line="824"/>
        <source>Mute track</source>
        <translation>Spoor dempen</translation>
    </message>
    <message>
        <location filename="../app/gui/timeline/timeline_view.cpp" line="824"/>
        <source>Unmute track</source>
        <translation>Spoor niet meer dempen</translation>
    </message>
    <message>
        <location filename="../app/gui/timeline/timeline_view.cpp" line="827"/>
        <source>Lock track</source>
        <translation>Spoor vergrendelen</translation>
    </message>
    <message>
        <location filename="../app/gui/timeline/timeline_view.cpp" line="827"/>
        <source>Unlock track</source>
        <translation>Spoor ontgrendelen</translation>
    </message>
    <message>
        <location filename="../app/gui/timeline/timeline_view.cpp" line="941"/>
        <source>Cannot use %1: %2</source>
        <translation>Kan %1 niet gebruiken: %2</translation>
    </message>
    <message>
        <location filename="../app/gui/timeline/timeline_view.cpp" line="962"/>
        <source>Add %1</source>
        <translation>%1 toevoegen</translation>
    </message>
    <message>
        <location filename="../app/gui/timeline/timeline_view.cpp" line="993"/>
        <source>Cannot add %1: %2</source>
        <translation>Kan %1 niet toevoegen: %2</translation>
    </message>
    <message>
        <location filename="../app/gui/timeline/timeline_view.cpp" line="1018"/>
        <source>Nothing to split: put the playhead inside a clip</source>
        <translation>Niets te splitsen: zet de afspeelkop binnen een clip</translation>
    </message>
    <message>
        <location filename="../app/gui/timeline/timeline_view.cpp" line="1022"/>
        <source>Split</source>
        <translation>Splitsen</translation>
    </message>
    <message>
        <location filename="../app/gui/timeline/timeline_view.cpp" line="1028"/>
        <source>Cannot split: %1</source>
        <translation>Splitsen niet mogelijk: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/timeline/timeline_view.cpp" line="1056"/>
        <source>Cannot delete: %1</source>
        <translation>Verwijderen niet mogelijk: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/timeline/timeline_view.cpp" line="1071"/>
        <source>Copied %n clip(s)</source>
        <translation>
            <numerusform>%n clip gekopieerd</numerusform>
            <numerusform>%n clips gekopieerd</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/timeline/timeline_view.cpp" line="1085"/>
        <source>Paste</source>
        <translation>Plakken</translation>
    </message>
    <message>
        <location filename="../app/gui/timeline/timeline_view.cpp" line="1100"/>
        <source>Cannot paste here: %1</source>
        <translation>Kan hier niet plakken: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/timeline/timeline_view.cpp" line="1120"/>
        <source>Add track</source>
        <translation>Spoor toevoegen</translation>
    </message>
</context>
</TS>
