<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>Aspect</name>
    <message>
        <source>TikTok, Reels, Shorts</source>
        <translation>TikTok, Reels, Shorts</translation>
    </message>
    <message>
        <source>Square feed post</source>
        <translation>Quadratischer Beitrag</translation>
    </message>
    <message>
        <source>Portrait feed post</source>
        <translation>Hochformat-Beitrag</translation>
    </message>
    <message>
        <source>YouTube, landscape</source>
        <translation>YouTube, Querformat</translation>
    </message>
</context>
<context>
    <name>BatchReport</name>
    <message>
        <source>done</source>
        <translation>fertig</translation>
    </message>
    <message>
        <source>up to date</source>
        <translation>aktuell</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>ungültig</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>ausstehend</translation>
    </message>
    <message>
        <source>en</source>
        <comment>language code</comment>
        <translation>de</translation>
    </message>
    <message>
        <source>ReelCut batch report</source>
        <translation>ReelCut-Stapelbericht</translation>
    </message>
    <message>
        <source>Batch report</source>
        <translation>Stapelbericht</translation>
    </message>
    <message>
        <source>%1 videos</source>
        <translation>%1 Videos</translation>
    </message>
    <message>
        <source>%1 done</source>
        <translation>%1 fertig</translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation>%1 fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1 invalid</source>
        <translation>%1 ungültig</translation>
    </message>
    <message>
        <source>%1 pending</source>
        <translation>%1 ausstehend</translation>
    </message>
    <message>
        <source>Shards not reported yet: %1 (of %2)</source>
        <translation>Noch nicht gemeldete Teile: %1 (von %2)</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(kein Name)</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>Zeile %1</translation>
    </message>
</context>
<context>
    <name>CaptionImport</name>
    <message>
        <source>%1 has no captions.</source>
        <translation>%1 enthält keine Untertitel.</translation>
    </message>
    <message>
        <source>Import captions</source>
        <translation>Untertitel importieren</translation>
    </message>
    <message>
        <source>Captions</source>
        <translation>Untertitel</translation>
    </message>
</context>
<context>
    <name>ClipPainter</name>
    <message>
        <source>%1 (missing)</source>
        <translation>%1 (fehlt)</translation>
    </message>
    <message>
        <source>Freeze</source>
        <translation>Standbild</translation>
    </message>
    <message>
        <source>Curve</source>
        <translation>Kurve</translation>
    </message>
    <message>
        <source>Reversed</source>
        <translation>Rückwärts</translation>
    </message>
</context>
<context>
    <name>Effect</name>
    <message>
        <source>Blur</source>
        <translation>Unschärfe</translation>
    </message>
    <message>
        <source>Radius</source>
        <translation>Radius</translation>
    </message>
    <message>
        <source>Adjust colour</source>
        <translation>Farbe anpassen</translation>
    </message>
    <message>
        <source>Brightness</source>
        <translation>Helligkeit</translation>
    </message>
    <message>
        <source>Contrast</source>
        <translation>Kontrast</translation>
    </message>
    <message>
        <source>Saturation</source>
        <translation>Sättigung</translation>
    </message>
    <message>
        <source>Beauty</source>
        <translation>Verschönern</translation>
    </message>
    <message>
        <source>Skin smoothing</source>
        <translation>Hautglättung</translation>
    </message>
    <message>
        <source>Brighten</source>
        <translation>Aufhellen</translation>
    </message>
    <message>
        <source>Lipstick</source>
        <translation>Lippenstift</translation>
    </message>
    <message>
        <source>Lipstick colour</source>
        <translation>Lippenstiftfarbe</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Stärke</translation>
    </message>
    <message>
        <source>Landmark overlay</source>
        <translation>Gesichtspunkte</translation>
    </message>
    <message>
        <source>Show anchors</source>
        <translation>Ankerpunkte anzeigen</translation>
    </message>
    <message>
        <source>Face (0 = all)</source>
        <translation>Gesicht (0 = alle)</translation>
    </message>
    <message>
        <source>Hide faces</source>
        <translation>Gesichter verbergen</translation>
    </message>
    <message>
        <source>Pixelate (else blur)</source>
        <translation>Verpixeln (sonst Unschärfe)</translation>
    </message>
    <message>
        <source>Leave this face visible (0 = none)</source>
        <translation>Dieses Gesicht sichtbar lassen (0 = keines)</translation>
    </message>
    <message>
        <source>Face sticker</source>
        <translation>Gesichtssticker</translation>
    </message>
    <message>
        <source>Sticker</source>
        <translation>Sticker</translation>
    </message>
    <message>
        <source>Anchor</source>
        <translation>Anker</translation>
    </message>
    <message>
        <source>Where it belongs</source>
        <translation>Wo er hingehört</translation>
    </message>
    <message>
        <source>Eyes</source>
        <translation>Augen</translation>
    </message>
    <message>
        <source>Forehead</source>
        <translation>Stirn</translation>
    </message>
    <message>
        <source>Top of head</source>
        <translation>Oberkopf</translation>
    </message>
    <message>
        <source>Nose</source>
        <translation>Nase</translation>
    </message>
    <message>
        <source>Upper lip</source>
        <translation>Oberlippe</translation>
    </message>
    <message>
        <source>Mouth</source>
        <translation>Mund</translation>
    </message>
    <message>
        <source>Chin</source>
        <translation>Kinn</translation>
    </message>
    <message>
        <source>Left cheek</source>
        <translation>Linke Wange</translation>
    </message>
    <message>
        <source>Right cheek</source>
        <translation>Rechte Wange</translation>
    </message>
    <message>
        <source>Both cheeks</source>
        <translation>Beide Wangen</translation>
    </message>
    <message>
        <source>Offset across (eye distances)</source>
        <translation>Versatz quer (Augenabstände)</translation>
    </message>
    <message>
        <source>Offset down (eye distances)</source>
        <translation>Versatz nach unten (Augenabstände)</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Skalierung</translation>
    </message>
    <message>
        <source>Sunglasses</source>
        <translation>Sonnenbrille</translation>
    </message>
    <message>
        <source>Party hat</source>
        <translation>Partyhut</translation>
    </message>
    <message>
        <source>Crown</source>
        <translation>Krone</translation>
    </message>
    <message>
        <source>Cat ears</source>
        <translation>Katzenohren</translation>
    </message>
    <message>
        <source>Cat nose</source>
        <translation>Katzennase</translation>
    </message>
    <message>
        <source>Moustache</source>
        <translation>Schnurrbart</translation>
    </message>
    <message>
        <source>Blush</source>
        <translation>Rouge</translation>
    </message>
    <message>
        <source>Brand logo on cheek</source>
        <translation>Markenlogo auf der Wange</translation>
    </message>
    <message>
        <source>Face reshape</source>
        <translation>Gesicht formen</translation>
    </message>
    <message>
        <source>Big eyes</source>
        <translation>Große Augen</translation>
    </message>
    <message>
        <source>Slim face</source>
        <translation>Schmales Gesicht</translation>
    </message>
    <message>
        <source>Exposure (stops)</source>
        <translation>Belichtung (Blenden)</translation>
    </message>
    <message>
        <source>Vibrance</source>
        <translation>Dynamik</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Temperatur</translation>
    </message>
    <message>
        <source>Tint</source>
        <translation>Tönung</translation>
    </message>
    <message>
        <source>Highlights</source>
        <translation>Lichter</translation>
    </message>
    <message>
        <source>Shadows</source>
        <translation>Tiefen</translation>
    </message>
    <message>
        <source>Vignette</source>
        <translation>Vignette</translation>
    </message>
    <message>
        <source>Sharpen</source>
        <translation>Schärfen</translation>
    </message>
    <message>
        <source>Grain</source>
        <translation>Körnung</translation>
    </message>
    <message>
        <source>Warm</source>
        <translation>Warm</translation>
    </message>
    <message>
        <source>Golden hour</source>
        <translation>Goldene Stunde</translation>
    </message>
    <message>
        <source>Cool</source>
        <translation>Kühl</translation>
    </message>
    <message>
        <source>Midnight</source>
        <translation>Mitternacht</translation>
    </message>
    <message>
        <source>Teal &amp; orange</source>
        <translation>Petrol &amp; Orange</translation>
    </message>
    <message>
        <source>Vintage</source>
        <translation>Vintage</translation>
    </message>
    <message>
        <source>Film fade</source>
        <translation>Verblasster Film</translation>
    </message>
    <message>
        <source>Matte</source>
        <translation>Matt</translation>
    </message>
    <message>
        <source>Bleach bypass</source>
        <translation>Bleichbad-Überbrückung</translation>
    </message>
    <message>
        <source>Cross process</source>
        <translation>Crossentwicklung</translation>
    </message>
    <message>
        <source>Vivid</source>
        <translation>Lebhaft</translation>
    </message>
    <message>
        <source>Dreamy</source>
        <translation>Verträumt</translation>
    </message>
    <message>
        <source>Black &amp; white</source>
        <translation>Schwarzweiß</translation>
    </message>
    <message>
        <source>Noir</source>
        <translation>Noir</translation>
    </message>
    <message>
        <source>Sepia</source>
        <translation>Sepia</translation>
    </message>
    <message>
        <source>LUT</source>
        <translation>LUT</translation>
    </message>
    <message>
        <source>LUT file (.cube)</source>
        <translation>LUT-Datei (.cube)</translation>
    </message>
    <message>
        <source>Intensity</source>
        <translation>Intensität</translation>
    </message>
    <message>
        <source>Chroma key</source>
        <translation>Chroma-Key</translation>
    </message>
    <message>
        <source>Key colour</source>
        <translation>Key-Farbe</translation>
    </message>
    <message>
        <source>Similarity</source>
        <translation>Ähnlichkeit</translation>
    </message>
    <message>
        <source>Edge softness</source>
        <translation>Kantenweichheit</translation>
    </message>
    <message>
        <source>Spill suppression</source>
        <translation>Farbsaum-Unterdrückung</translation>
    </message>
    <message>
        <source>Mask</source>
        <translation>Maske</translation>
    </message>
    <message>
        <source>Shape</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>Rectangle</source>
        <translation>Rechteck</translation>
    </message>
    <message>
        <source>Ellipse</source>
        <translation>Ellipse</translation>
    </message>
    <message>
        <source>Linear</source>
        <translation>Linear</translation>
    </message>
    <message>
        <source>Mirror</source>
        <translation>Spiegel</translation>
    </message>
    <message>
        <source>Position X</source>
        <translation>Position X</translation>
    </message>
    <message>
        <source>Position Y</source>
        <translation>Position Y</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>Breite</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>Höhe</translation>
    </message>
    <message>
        <source>Rotation</source>
        <translation>Drehung</translation>
    </message>
    <message>
        <source>Feather</source>
        <translation>Weiche Kante</translation>
    </message>
    <message>
        <source>Invert</source>
        <translation>Umkehren</translation>
    </message>
    <message>
        <source>Cross-fade</source>
        <translation>Überblendung</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Farbe</translation>
    </message>
    <message>
        <source>Slide</source>
        <translation>Schieben</translation>
    </message>
    <message>
        <source>Push</source>
        <translation>Verdrängen</translation>
    </message>
    <message>
        <source>Glitch</source>
        <translation>Glitch</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Links</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Rechts</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Oben</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Unten</translation>
    </message>
    <message>
        <source>Dip to black</source>
        <translation>Abblende zu Schwarz</translation>
    </message>
    <message>
        <source>Dip to white</source>
        <translation>Abblende zu Weiß</translation>
    </message>
    <message>
        <source>Wipe</source>
        <translation>Wischblende</translation>
    </message>
    <message>
        <source>Circle open</source>
        <translation>Kreisblende</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Hineinzoomen</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Herauszoomen</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <source>Spin</source>
        <translation>Drehen</translation>
    </message>
    <message>
        <source>Turns</source>
        <translation>Umdrehungen</translation>
    </message>
    <message>
        <source>Face mask</source>
        <translation>Gesichtsmaske</translation>
    </message>
    <message>
        <source>Look</source>
        <translation>Look</translation>
    </message>
    <message>
        <source>Make-up</source>
        <translation>Make-up</translation>
    </message>
    <message>
        <source>Tiger face paint</source>
        <translation>Tiger-Schminke</translation>
    </message>
    <message>
        <source>Skull mask</source>
        <translation>Totenkopfmaske</translation>
    </message>
    <message>
        <source>Own mask picture</source>
        <translation>Eigenes Maskenbild</translation>
    </message>
    <message>
        <source>Blend</source>
        <translation>Mischen</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Soft light</source>
        <translation>Weiches Licht</translation>
    </message>
    <message>
        <source>Multiply</source>
        <translation>Multiplizieren</translation>
    </message>
    <message>
        <source>Own picture</source>
        <translation>Eigenes Bild</translation>
    </message>
    <message>
        <source>Pivot (point of the picture)</source>
        <translation>Drehpunkt (Punkt im Bild)</translation>
    </message>
    <message>
        <source>Turn with the head</source>
        <translation>Mit dem Kopf drehen</translation>
    </message>
    <message>
        <source>Animation speed</source>
        <translation>Animationsgeschwindigkeit</translation>
    </message>
    <message>
        <source>Loop the animation</source>
        <translation>Animation wiederholen</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Always</source>
        <translation>Immer</translation>
    </message>
    <message>
        <source>When the mouth opens</source>
        <translation>Wenn sich der Mund öffnet</translation>
    </message>
    <message>
        <source>When the brows go up</source>
        <translation>Wenn die Augenbrauen hochgehen</translation>
    </message>
</context>
<context>
    <name>EffectCategory</name>
    <message>
        <source>Blur</source>
        <translation>Unschärfe</translation>
    </message>
    <message>
        <source>Color</source>
        <translation>Farbe</translation>
    </message>
    <message>
        <source>Face</source>
        <translation>Gesicht</translation>
    </message>
    <message>
        <source>Warm &amp; cool</source>
        <translation>Warm &amp; kühl</translation>
    </message>
    <message>
        <source>Film</source>
        <translation>Film</translation>
    </message>
    <message>
        <source>Vivid &amp; soft</source>
        <translation>Lebhaft &amp; weich</translation>
    </message>
    <message>
        <source>Black &amp; white</source>
        <translation>Schwarzweiß</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Freistellen</translation>
    </message>
    <message>
        <source>Basic</source>
        <translation>Grundlegend</translation>
    </message>
    <message>
        <source>Motion</source>
        <translation>Bewegung</translation>
    </message>
    <message>
        <source>Effects</source>
        <translation>Effekte</translation>
    </message>
    <message>
        <source>Wipes</source>
        <translation>Wischblenden</translation>
    </message>
</context>
<context>
    <name>Engine</name>
    <message>
        <source>--at %1 is past the end of the project (%2); the last frame is at %3</source>
        <comment>cli.frame-past-end</comment>
        <translation>--at %1 liegt hinter dem Ende des Projekts (%2); das letzte Bild ist bei %3</translation>
    </message>
    <message>
        <source>%1: cannot write the picture: %2</source>
        <comment>cli.image-write</comment>
        <translation>%1: das Bild kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>the captions file</source>
        <comment>output.input-captions</comment>
        <translation>die Untertiteldatei</translation>
    </message>
    <message>
        <source>The file has no video stream.</source>
        <comment>validate.no-video</comment>
        <translation>Die Datei hat keine Videospur.</translation>
    </message>
    <message>
        <source>The video is encoded as %1, not H.264.</source>
        <comment>validate.not-h264</comment>
        <translation>Das Video ist als %1 kodiert, nicht als H.264.</translation>
    </message>
    <message>
        <source>The video uses the H.264 %1 profile, not High.</source>
        <comment>validate.profile</comment>
        <translation>Das Video nutzt das H.264-Profil %1, nicht High.</translation>
    </message>
    <message>
        <source>The pixel format is %1, not yuv420p (4:2:0).</source>
        <comment>validate.pixel-format</comment>
        <translation>Das Pixelformat ist %1, nicht yuv420p (4:2:0).</translation>
    </message>
    <message>
        <source>The video is %1; %2 needs %3.</source>
        <comment>validate.size</comment>
        <translation>Das Video ist %1 groß; %2 braucht %3.</translation>
    </message>
    <message>
        <source>The colour tags are %1, not BT.709 limited range.</source>
        <comment>validate.colour-tags</comment>
        <translation>Die Farbangaben sind %1, nicht BT.709 mit begrenztem Bereich.</translation>
    </message>
    <message>
        <source>The frame rate is not constant.</source>
        <comment>validate.variable-rate</comment>
        <translation>Die Bildrate ist nicht konstant.</translation>
    </message>
    <message>
        <source>The frame rate is %1; the preset asks for %2.</source>
        <comment>validate.rate</comment>
        <translation>Die Bildrate ist %1; die Vorgabe verlangt %2.</translation>
    </message>
    <message>
        <source>The video runs at %1; %2 expects at least %3.</source>
        <comment>validate.rate-low</comment>
        <translation>Das Video läuft mit %1; %2 erwartet mindestens %3.</translation>
    </message>
    <message>
        <source>The video runs at %1; %2 shows at most %3 and will drop frames.</source>
        <comment>validate.rate-high</comment>
        <translation>Das Video läuft mit %1; %2 zeigt höchstens %3 und lässt Bilder aus.</translation>
    </message>
    <message>
        <source>The audio is %1, not AAC-LC.</source>
        <comment>validate.not-aac</comment>
        <translation>Der Ton ist %1, nicht AAC-LC.</translation>
    </message>
    <message>
        <source>The audio sample rate is %1 Hz, not %2 Hz.</source>
        <comment>validate.sample-rate</comment>
        <translation>Die Abtastrate des Tons ist %1 Hz, nicht %2 Hz.</translation>
    </message>
    <message>
        <source>The audio has %1 channels, not %2.</source>
        <comment>validate.channels</comment>
        <translation>Der Ton hat %1 Kanäle, nicht %2.</translation>
    </message>
    <message>
        <source>The index (moov) is at the end of the file, so it cannot start playing while uploading.</source>
        <comment>validate.moov-at-end</comment>
        <translation>Der Index (moov) steht am Ende der Datei, deshalb kann sie nicht schon während des Hochladens abgespielt werden.</translation>
    </message>
    <message>
        <source>The file contains an edit list, which %1 may not process correctly.</source>
        <comment>validate.edit-list</comment>
        <translation>Die Datei enthält eine Schnittliste (edit list), die %1 womöglich falsch verarbeitet.</translation>
    </message>
    <message>
        <source>The video is %1 long; %2 accepts at most %3.</source>
        <comment>validate.too-long</comment>
        <translation>Das Video ist %1 lang; %2 nimmt höchstens %3 an.</translation>
    </message>
    <message>
        <source>The video is %1 long; %2 needs at least %3.</source>
        <comment>validate.too-short</comment>
        <translation>Das Video ist %1 lang; %2 braucht mindestens %3.</translation>
    </message>
    <message>
        <source>The file is %1; %2 accepts at most %3.</source>
        <comment>validate.too-big</comment>
        <translation>Die Datei ist %1 groß; %2 nimmt höchstens %3 an.</translation>
    </message>
    <message>
        <source>The average bit rate is %1; for %2 it should stay under %3 or the platform re-compresses it harder.</source>
        <comment>validate.bit-rate</comment>
        <translation>Die mittlere Bitrate ist %1; für %2 sollte sie unter %3 bleiben, sonst komprimiert die Plattform stärker nach.</translation>
    </message>
    <message>
        <source>the project is empty: add a clip before exporting</source>
        <comment>export.empty</comment>
        <translation>das Projekt ist leer: füge vor dem Export einen Clip hinzu</translation>
    </message>
    <message>
        <source>the export range is empty (from %1 to %2)</source>
        <comment>export.empty-range</comment>
        <translation>der Exportbereich ist leer (von %1 bis %2)</translation>
    </message>
    <message>
        <source>stopped after %1 of %2 frames</source>
        <comment>export.stopped</comment>
        <translation>nach %1 von %2 Bildern angehalten</translation>
    </message>
    <message>
        <source>The sound is at %1 LUFS; %2 plays videos at about %3 LUFS, so this one will sound quiet. Export with loudness normalisation to fix it.</source>
        <comment>export.quiet</comment>
        <translation>Der Ton liegt bei %1 LUFS; %2 spielt Videos mit etwa %3 LUFS ab, dieses wird also leise klingen. Exportiere mit Lautheitsnormalisierung, um das zu beheben.</translation>
    </message>
    <message>
        <source>export cancelled</source>
        <comment>export.cancelled</comment>
        <translation>Export abgebrochen</translation>
    </message>
    <message>
        <source>The text &quot;%1&quot;</source>
        <comment>safe-zone.text</comment>
        <translation>Der Text „%1“</translation>
    </message>
    <message>
        <source>The sticker %1</source>
        <comment>safe-zone.sticker</comment>
        <translation>Der Sticker %1</translation>
    </message>
    <message>
        <source>left edge</source>
        <comment>safe-zone.left</comment>
        <translation>den linken Rand</translation>
    </message>
    <message>
        <source>top bar</source>
        <comment>safe-zone.top</comment>
        <translation>die obere Leiste</translation>
    </message>
    <message>
        <source>buttons on the right</source>
        <comment>safe-zone.right</comment>
        <translation>die Schaltflächen rechts</translation>
    </message>
    <message>
        <source>caption area at the bottom</source>
        <comment>safe-zone.bottom</comment>
        <translation>den Beschreibungsbereich unten</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <comment>safe-zone.and</comment>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>safe-zone.comma</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 at %2 is partly hidden by %3&apos;s %4; move it towards the middle.</source>
        <comment>safe-zone.hidden</comment>
        <translation>%1 bei %2 wird bei %3 teilweise durch %4 verdeckt; schiebe es zur Mitte.</translation>
    </message>
    <message>
        <source>an MP4 video</source>
        <comment>output.kind-video</comment>
        <translation>ein MP4-Video</translation>
    </message>
    <message>
        <source>a picture</source>
        <comment>output.kind-image</comment>
        <translation>ein Bild</translation>
    </message>
    <message>
        <source>SubRip captions</source>
        <comment>output.kind-subtitles</comment>
        <translation>SubRip-Untertitel</translation>
    </message>
    <message>
        <source>a ReelCut project</source>
        <comment>output.kind-project</comment>
        <translation>ein ReelCut-Projekt</translation>
    </message>
    <message>
        <source>data</source>
        <comment>output.kind-data</comment>
        <translation>Daten</translation>
    </message>
    <message>
        <source>no output file was given</source>
        <comment>output.empty</comment>
        <translation>es wurde keine Ausgabedatei angegeben</translation>
    </message>
    <message>
        <source>%1: the file name contains a NUL character</source>
        <comment>output.nul</comment>
        <translation>%1: der Dateiname enthält ein NUL-Zeichen</translation>
    </message>
    <message>
        <source>%1: ReelCut writes %2 here, so the name must end in %3</source>
        <comment>output.extension</comment>
        <translation>%1: ReelCut schreibt hier %2, deshalb muss der Name auf %3 enden</translation>
    </message>
    <message>
        <source>%1: the folder %2 does not exist</source>
        <comment>output.no-folder</comment>
        <translation>%1: der Ordner %2 existiert nicht</translation>
    </message>
    <message>
        <source>%1: %2 is not a folder</source>
        <comment>output.folder-not-folder</comment>
        <translation>%1: %2 ist kein Ordner</translation>
    </message>
    <message>
        <source>%1: the folder %2 is not writable (%3)</source>
        <comment>output.folder-not-writable</comment>
        <translation>%1: in den Ordner %2 kann nicht geschrieben werden (%3)</translation>
    </message>
    <message>
        <source>%1 is %2, which this run reads; writing there would destroy it. Choose another name for the output</source>
        <comment>output.is-input</comment>
        <translation>%1 ist %2, die dieser Lauf liest; dorthin zu schreiben würde sie zerstören. Wähle einen anderen Namen für die Ausgabe</translation>
    </message>
    <message>
        <source>%1 is a folder; give the name of a file</source>
        <comment>output.is-folder</comment>
        <translation>%1 ist ein Ordner; gib den Namen einer Datei an</translation>
    </message>
    <message>
        <source>%1 exists and is not a plain file (a link, a device or a pipe); ReelCut replaces only plain files</source>
        <comment>output.not-plain</comment>
        <translation>%1 existiert und ist keine gewöhnliche Datei (ein Link, ein Gerät oder eine Pipe); ReelCut ersetzt nur gewöhnliche Dateien</translation>
    </message>
    <message>
        <source>%1 already exists; choose another name, or replace it with --force</source>
        <comment>output.exists</comment>
        <translation>%1 existiert bereits; wähle einen anderen Namen oder ersetze die Datei mit --force</translation>
    </message>
    <message>
        <source>the project file</source>
        <comment>output.input-project</comment>
        <translation>die Projektdatei</translation>
    </message>
    <message>
        <source>a media file of the project</source>
        <comment>output.input-media</comment>
        <translation>eine Mediendatei des Projekts</translation>
    </message>
    <message>
        <source>%1 is named for two outputs of this run</source>
        <comment>output.twice</comment>
        <translation>%1 ist für zwei Ausgaben dieses Laufs angegeben</translation>
    </message>
    <message>
        <source>%1 is being written by another export right now</source>
        <comment>output.busy</comment>
        <translation>%1 wird gerade von einem anderen Export geschrieben</translation>
    </message>
    <message>
        <source>%1: cannot create the temporary file %2 (%3)</source>
        <comment>output.create</comment>
        <translation>%1: die temporäre Datei %2 kann nicht angelegt werden (%3)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>output.failed</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>cannot write: %1</source>
        <comment>output.write</comment>
        <translation>Schreiben nicht möglich: %1</translation>
    </message>
    <message>
        <source>cannot flush to disk: %1</source>
        <comment>output.flush</comment>
        <translation>Speichern auf die Festplatte nicht möglich: %1</translation>
    </message>
    <message>
        <source>the file appeared while ReelCut was writing it; it was left as it is</source>
        <comment>output.appeared</comment>
        <translation>die Datei ist entstanden, während ReelCut sie schrieb; sie bleibt, wie sie ist</translation>
    </message>
    <message>
        <source>cannot move the finished file into place: %1</source>
        <comment>output.rename</comment>
        <translation>die fertige Datei kann nicht an ihren Platz verschoben werden: %1</translation>
    </message>
    <message>
        <source>the animation is too large (more than %1 MB of pictures); make it smaller or shorter</source>
        <comment>media.animation-too-large</comment>
        <translation>die Animation ist zu groß (mehr als %1 MB Bilder); mache sie kleiner oder kürzer</translation>
    </message>
    <message>
        <source>no frames in the animated picture</source>
        <comment>media.no-animation-frames</comment>
        <translation>das animierte Bild enthält keine Einzelbilder</translation>
    </message>
    <message>
        <source>the decoded sound has no usable format</source>
        <comment>audio.no-format</comment>
        <translation>der dekodierte Ton hat kein verwendbares Format</translation>
    </message>
    <message>
        <source>the sound cannot be converted: %1</source>
        <comment>audio.conversion</comment>
        <translation>der Ton kann nicht umgewandelt werden: %1</translation>
    </message>
    <message>
        <source>cannot jump to a time in the file: %1</source>
        <comment>media.seek</comment>
        <translation>in der Datei kann nicht an eine Zeitstelle gesprungen werden: %1</translation>
    </message>
    <message>
        <source>no video or audio stream that can be decoded</source>
        <comment>media.no-streams</comment>
        <translation>keine Video- oder Tonspur, die dekodiert werden kann</translation>
    </message>
    <message>
        <source>a frame without a picture</source>
        <comment>media.empty-frame</comment>
        <translation>ein Einzelbild ohne Bildinhalt</translation>
    </message>
    <message>
        <source>cannot convert pictures in %1 at %2x%3</source>
        <comment>media.cannot-convert</comment>
        <translation>Bilder in %1 mit %2x%3 können nicht umgewandelt werden</translation>
    </message>
    <message>
        <source>file not found</source>
        <comment>error.not-found</comment>
        <translation>Datei nicht gefunden</translation>
    </message>
    <message>
        <source>file cannot be read (permission denied)</source>
        <comment>media.permission</comment>
        <translation>die Datei kann nicht gelesen werden (keine Berechtigung)</translation>
    </message>
    <message>
        <source>the file is a playlist or a list of other files, which are refused; use the media files themselves</source>
        <comment>media.playlist</comment>
        <translation>die Datei ist eine Wiedergabeliste oder eine Liste anderer Dateien, die abgelehnt werden; verwende die Mediendateien selbst</translation>
    </message>
    <message>
        <source>not a media file ReelCut can read, or damaged</source>
        <comment>media.not-media</comment>
        <translation>keine Mediendatei, die ReelCut lesen kann, oder beschädigt</translation>
    </message>
    <message>
        <source>the file refers to other files or addresses (a playlist or a file list), which are refused</source>
        <comment>media.refers-elsewhere</comment>
        <translation>die Datei verweist auf andere Dateien oder Adressen (eine Wiedergabeliste oder Dateiliste), was abgelehnt wird</translation>
    </message>
    <message>
        <source>the path contains a NUL character</source>
        <comment>project.nul-in-path</comment>
        <translation>der Pfad enthält ein NUL-Zeichen</translation>
    </message>
    <message>
        <source>is a folder, not a media file</source>
        <comment>media.is-folder</comment>
        <translation>ist ein Ordner, keine Mediendatei</translation>
    </message>
    <message>
        <source>is not a plain file (a pipe or a device); only files can be used as media</source>
        <comment>media.not-plain</comment>
        <translation>ist keine gewöhnliche Datei (eine Pipe oder ein Gerät); nur Dateien können als Medien dienen</translation>
    </message>
    <message>
        <source>file is empty</source>
        <comment>media.empty</comment>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <source>the file is larger than %1 MB</source>
        <comment>media.too-large</comment>
        <translation>die Datei ist größer als %1 MB</translation>
    </message>
    <message>
        <source>not a media file ReelCut can read, or damaged (%1)</source>
        <comment>media.not-media-detail</comment>
        <translation>keine Mediendatei, die ReelCut lesen kann, oder beschädigt (%1)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>media.error-no-file</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2: %3</source>
        <comment>media.error</comment>
        <translation>%1: %2: %3</translation>
    </message>
    <message>
        <source>open</source>
        <comment>stage.open</comment>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>probe</source>
        <comment>stage.probe</comment>
        <translation>Untersuchen</translation>
    </message>
    <message>
        <source>decode</source>
        <comment>stage.decode</comment>
        <translation>Dekodieren</translation>
    </message>
    <message>
        <source>scale</source>
        <comment>stage.scale</comment>
        <translation>Skalieren</translation>
    </message>
    <message>
        <source>render</source>
        <comment>stage.render</comment>
        <translation>Rendern</translation>
    </message>
    <message>
        <source>encode</source>
        <comment>stage.encode</comment>
        <translation>Kodieren</translation>
    </message>
    <message>
        <source>encode video</source>
        <comment>stage.encode-video</comment>
        <translation>Video kodieren</translation>
    </message>
    <message>
        <source>encode audio</source>
        <comment>stage.encode-audio</comment>
        <translation>Ton kodieren</translation>
    </message>
    <message>
        <source>write</source>
        <comment>stage.write</comment>
        <translation>Schreiben</translation>
    </message>
    <message>
        <source>finish</source>
        <comment>stage.finish</comment>
        <translation>Abschließen</translation>
    </message>
    <message>
        <source>open output</source>
        <comment>stage.open-output</comment>
        <translation>Ausgabe öffnen</translation>
    </message>
    <message>
        <source>write header</source>
        <comment>stage.write-header</comment>
        <translation>Dateikopf schreiben</translation>
    </message>
    <message>
        <source>loudness</source>
        <comment>stage.loudness</comment>
        <translation>Lautheit</translation>
    </message>
    <message>
        <source>face analysis</source>
        <comment>stage.face-analysis</comment>
        <translation>Gesichtsanalyse</translation>
    </message>
    <message>
        <source>audio</source>
        <comment>stage.audio</comment>
        <translation>Ton</translation>
    </message>
    <message>
        <source>the data is damaged or not in a format that can be read</source>
        <comment>ffmpeg.invalid-data</comment>
        <translation>die Daten sind beschädigt oder in keinem lesbaren Format</translation>
    </message>
    <message>
        <source>the decoder library refused the data (the file is damaged or uses an unusual variant of its format)</source>
        <comment>ffmpeg.external</comment>
        <translation>die Dekoder-Bibliothek hat die Daten abgelehnt (die Datei ist beschädigt oder nutzt eine ungewöhnliche Variante ihres Formats)</translation>
    </message>
    <message>
        <source>the file ends too early (it may be cut off)</source>
        <comment>ffmpeg.eof</comment>
        <translation>die Datei endet zu früh (sie ist vielleicht abgeschnitten)</translation>
    </message>
    <message>
        <source>the file uses a feature of its format that is not supported</source>
        <comment>ffmpeg.unsupported-feature</comment>
        <translation>die Datei nutzt eine Funktion ihres Formats, die nicht unterstützt wird</translation>
    </message>
    <message>
        <source>the format of this file is not supported</source>
        <comment>ffmpeg.unsupported-format</comment>
        <translation>das Format dieser Datei wird nicht unterstützt</translation>
    </message>
    <message>
        <source>the encoder needed is missing from this installation</source>
        <comment>ffmpeg.no-encoder</comment>
        <translation>der nötige Encoder fehlt in dieser Installation</translation>
    </message>
    <message>
        <source>the file has no usable stream</source>
        <comment>ffmpeg.no-stream</comment>
        <translation>die Datei hat keine verwendbare Spur</translation>
    </message>
    <message>
        <source>an internal error in the media libraries (code %1); please report it</source>
        <comment>ffmpeg.internal</comment>
        <translation>ein interner Fehler in den Medienbibliotheken (Code %1); bitte melde ihn</translation>
    </message>
    <message>
        <source>the file uses %1, which this installation cannot decode</source>
        <comment>media.no-decoder</comment>
        <translation>die Datei nutzt %1, das diese Installation nicht dekodieren kann</translation>
    </message>
    <message>
        <source>the picture is %1x%2 pixels; ReelCut reads pictures up to 8192x8192 (64 megapixels)</source>
        <comment>media.too-many-pixels</comment>
        <translation>das Bild hat %1x%2 Pixel; ReelCut liest Bilder bis 8192x8192 (64 Megapixel)</translation>
    </message>
    <message>
        <source>no picture in the file</source>
        <comment>media.no-picture</comment>
        <translation>kein Bild in der Datei</translation>
    </message>
    <message>
        <source>no picture could be decoded</source>
        <comment>media.no-picture-decoded</comment>
        <translation>es konnte kein Bild dekodiert werden</translation>
    </message>
    <message>
        <source>the SVG declares entities, which stickers may not use</source>
        <comment>svg.entities</comment>
        <translation>die SVG deklariert Entitäten, die Sticker nicht verwenden dürfen</translation>
    </message>
    <message>
        <source>the SVG refers to another file (%1); stickers must be self-contained (embed pictures as data: URIs)</source>
        <comment>svg.external-reference</comment>
        <translation>die SVG verweist auf eine andere Datei (%1); Sticker müssen in sich geschlossen sein (Bilder als data:-URIs einbetten)</translation>
    </message>
    <message>
        <source>not a readable SVG image (%1)</source>
        <comment>svg.unreadable</comment>
        <translation>kein lesbares SVG-Bild (%1)</translation>
    </message>
    <message>
        <source>compressed SVG is not supported; save it as plain SVG</source>
        <comment>svg.compressed</comment>
        <translation>komprimiertes SVG wird nicht unterstützt; speichere es als einfaches SVG</translation>
    </message>
    <message>
        <source>not a readable SVG image</source>
        <comment>svg.invalid</comment>
        <translation>kein lesbares SVG-Bild</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>media.reason-detail</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>no video stream</source>
        <comment>media.no-video</comment>
        <translation>keine Videospur</translation>
    </message>
    <message>
        <source>no video frame can be decoded</source>
        <comment>media.no-frame</comment>
        <translation>kein Videobild kann dekodiert werden</translation>
    </message>
    <message>
        <source>no frame can be decoded here</source>
        <comment>media.no-frame-here</comment>
        <translation>an dieser Stelle kann kein Bild dekodiert werden</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>project.file-error</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>is a folder, not a project file</source>
        <comment>project.is-folder</comment>
        <translation>ist ein Ordner, keine Projektdatei</translation>
    </message>
    <message>
        <source>is not a plain file (a pipe or a device)</source>
        <comment>project.not-plain</comment>
        <translation>ist keine gewöhnliche Datei (eine Pipe oder ein Gerät)</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <comment>project.cannot-read</comment>
        <translation>kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>the file is larger than %1 MB; that is not a project</source>
        <comment>project.too-large</comment>
        <translation>die Datei ist größer als %1 MB; das ist kein Projekt</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <comment>project.empty</comment>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <source>could not save the project: %1</source>
        <comment>project.save</comment>
        <translation>das Projekt konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>project.field</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>missing</source>
        <comment>project.missing</comment>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>%1 is too far from 0 (at most %2 hours either way)</source>
        <comment>project.time-too-large</comment>
        <translation>%1 ist zu weit von 0 entfernt (höchstens %2 Stunden in jede Richtung)</translation>
    </message>
    <message>
        <source>expected a time in seconds, like 2.5 or &quot;1001/30000&quot;</source>
        <comment>project.not-a-time</comment>
        <translation>erwartet wird eine Zeit in Sekunden, etwa 2.5 oder &quot;1001/30000&quot;</translation>
    </message>
    <message>
        <source>%1 is finer than a nanosecond; round it</source>
        <comment>project.time-too-fine</comment>
        <translation>%1 ist feiner als eine Nanosekunde; runde den Wert</translation>
    </message>
    <message>
        <source>expected a number</source>
        <comment>project.not-a-number</comment>
        <translation>erwartet wird eine Zahl</translation>
    </message>
    <message>
        <source>%1 is not a whole number</source>
        <comment>project.not-whole</comment>
        <translation>%1 ist keine ganze Zahl</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <comment>project.not-a-boolean</comment>
        <translation>erwartet wird true oder false</translation>
    </message>
    <message>
        <source>expected a string</source>
        <comment>project.not-a-string</comment>
        <translation>erwartet wird eine Zeichenkette</translation>
    </message>
    <message>
        <source>is %1 characters long; at most %2 are allowed</source>
        <comment>project.too-long</comment>
        <translation>ist %1 Zeichen lang; höchstens %2 sind erlaubt</translation>
    </message>
    <message>
        <source>expected a colour like &quot;#ff8800&quot; or &quot;#80ff8800&quot;</source>
        <comment>project.not-a-colour</comment>
        <translation>erwartet wird eine Farbe wie &quot;#ff8800&quot; oder &quot;#80ff8800&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of %2</source>
        <comment>project.not-a-choice</comment>
        <translation>&quot;%1&quot; ist keiner der Werte %2</translation>
    </message>
    <message>
        <source>expected an object</source>
        <comment>project.not-an-object</comment>
        <translation>erwartet wird ein Objekt</translation>
    </message>
    <message>
        <source>expected a list</source>
        <comment>project.not-a-list</comment>
        <translation>erwartet wird eine Liste</translation>
    </message>
    <message>
        <source>has %1 entries; at most %2 are allowed</source>
        <comment>project.too-many</comment>
        <translation>hat %1 Einträge; höchstens %2 sind erlaubt</translation>
    </message>
    <message>
        <source>%1 is out of range (%2 to %3)</source>
        <comment>project.out-of-range</comment>
        <translation>%1 liegt außerhalb des Bereichs (%2 bis %3)</translation>
    </message>
    <message>
        <source>unknown animation &quot;%1&quot; (fade, pop, slide-left, slide-right, slide-up, slide-down, typewriter, bounce)</source>
        <comment>project.unknown-animation</comment>
        <translation>unbekannte Animation &quot;%1&quot; (fade, pop, slide-left, slide-right, slide-up, slide-down, typewriter, bounce)</translation>
    </message>
    <message>
        <source>empty path</source>
        <comment>project.empty-path</comment>
        <translation>leerer Pfad</translation>
    </message>
    <message>
        <source>must not be negative</source>
        <comment>project.negative</comment>
        <translation>darf nicht negativ sein</translation>
    </message>
    <message>
        <source>must be after &quot;in&quot;</source>
        <comment>project.out-before-in</comment>
        <translation>muss nach &quot;in&quot; liegen</translation>
    </message>
    <message>
        <source>must be between 0.25 and 4</source>
        <comment>project.speed-range</comment>
        <translation>muss zwischen 0.25 und 4 liegen</translation>
    </message>
    <message>
        <source>must be positive</source>
        <comment>project.not-positive</comment>
        <translation>muss positiv sein</translation>
    </message>
    <message>
        <source>the clip&apos;s times cannot be combined exactly; use simpler fractions (like 2.5 or &quot;1001/30000&quot;)</source>
        <comment>project.times-overflow</comment>
        <translation>die Zeiten des Clips lassen sich nicht exakt verrechnen; verwende einfachere Brüche (wie 2.5 oder &quot;1001/30000&quot;)</translation>
    </message>
    <message>
        <source>the file is %1 MB; a project is at most %2 MB</source>
        <comment>project.file-too-large</comment>
        <translation>die Datei ist %1 MB groß; ein Projekt hat höchstens %2 MB</translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <comment>project.json-syntax</comment>
        <translation>Zeile %1, Spalte %2: %3</translation>
    </message>
    <message>
        <source>not a ReelCut project: the file must hold a JSON object</source>
        <comment>project.not-an-object-file</comment>
        <translation>kein ReelCut-Projekt: die Datei muss ein JSON-Objekt enthalten</translation>
    </message>
    <message>
        <source>missing; not a ReelCut project file</source>
        <comment>project.no-version</comment>
        <translation>fehlt; keine ReelCut-Projektdatei</translation>
    </message>
    <message>
        <source>format version must be a whole number &gt;= 1</source>
        <comment>project.bad-version</comment>
        <translation>die Formatversion muss eine ganze Zahl &gt;= 1 sein</translation>
    </message>
    <message>
        <source>the file was made by a newer ReelCut (format %1); this version reads format %2 and older</source>
        <comment>project.newer-version</comment>
        <translation>die Datei stammt aus einem neueren ReelCut (Format %1); diese Version liest Format %2 und älter</translation>
    </message>
    <message>
        <source>must be even (H.264 with 4:2:0 colour needs even sizes)</source>
        <comment>project.odd-size</comment>
        <translation>muss gerade sein (H.264 mit 4:2:0-Farbe braucht gerade Größen)</translation>
    </message>
    <message>
        <source>must be between 1 and 240</source>
        <comment>project.fps-range</comment>
        <translation>muss zwischen 1 und 240 liegen</translation>
    </message>
    <message>
        <source>is not a frame rate (use a number like 29.97 or a fraction like &quot;30000/1001&quot;)</source>
        <comment>project.fps-fraction</comment>
        <translation>ist keine Bildrate (verwende eine Zahl wie 29.97 oder einen Bruch wie &quot;30000/1001&quot;)</translation>
    </message>
    <message>
        <source>the project has more than %1 clips</source>
        <comment>project.too-many-clips</comment>
        <translation>das Projekt hat mehr als %1 Clips</translation>
    </message>
    <message>
        <source>clips %1 and %2 overlap at %3</source>
        <comment>project.overlap</comment>
        <translation>die Clips %1 und %2 überlappen bei %3</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <comment>srt.line</comment>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>the file has more than %1 captions</source>
        <comment>srt.too-many</comment>
        <translation>die Datei hat mehr als %1 Untertitel</translation>
    </message>
    <message>
        <source>expected a cue number or a timing line like &quot;00:00:01,000 --&gt; 00:00:02,500&quot;, found &quot;%1&quot;</source>
        <comment>srt.expected-cue</comment>
        <translation>erwartet wird eine Untertitelnummer oder eine Zeitzeile wie &quot;00:00:01,000 --&gt; 00:00:02,500&quot;, gefunden: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>cue %1 has no timing line</source>
        <comment>srt.no-timing</comment>
        <translation>Untertitel %1 hat keine Zeitzeile</translation>
    </message>
    <message>
        <source>expected a timing line like &quot;00:00:01,000 --&gt; 00:00:02,500&quot;</source>
        <comment>srt.expected-timing</comment>
        <translation>erwartet wird eine Zeitzeile wie &quot;00:00:01,000 --&gt; 00:00:02,500&quot;</translation>
    </message>
    <message>
        <source>bad time stamp in &quot;%1&quot; (expected HH:MM:SS,mmm)</source>
        <comment>srt.bad-stamp</comment>
        <translation>ungültige Zeitangabe in &quot;%1&quot; (erwartet HH:MM:SS,mmm)</translation>
    </message>
    <message>
        <source>the cue ends after %1 hours</source>
        <comment>srt.too-late</comment>
        <translation>der Untertitel endet nach %1 Stunden</translation>
    </message>
    <message>
        <source>the cue ends before it starts</source>
        <comment>srt.ends-before-start</comment>
        <translation>der Untertitel endet, bevor er beginnt</translation>
    </message>
    <message>
        <source>the caption is %1 characters long; at most %2 are allowed</source>
        <comment>srt.caption-too-long</comment>
        <translation>der Untertitel ist %1 Zeichen lang; höchstens %2 sind erlaubt</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>srt.file</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>is not a plain file (a folder, a pipe or a device)</source>
        <comment>srt.not-plain</comment>
        <translation>ist keine gewöhnliche Datei (ein Ordner, eine Pipe oder ein Gerät)</translation>
    </message>
    <message>
        <source>the file is larger than %1 MB; that is not a caption file</source>
        <comment>srt.too-large</comment>
        <translation>die Datei ist größer als %1 MB; das ist keine Untertiteldatei</translation>
    </message>
    <message>
        <source>the file has no sound, but it is on an audio track</source>
        <comment>media.no-audio</comment>
        <translation>die Datei hat keinen Ton, liegt aber auf einer Tonspur</translation>
    </message>
    <message>
        <source>text clip &quot;%1&quot;: %2</source>
        <comment>render.text-clip</comment>
        <translation>Textclip „%1“: %2</translation>
    </message>
    <message>
        <source>font &quot;%1&quot; is not installed</source>
        <comment>render.font-missing</comment>
        <translation>die Schrift „%1“ ist nicht installiert</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>loudness.step</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>the font &quot;%1&quot; is not installed; install it or pick another font</source>
        <comment>text.missing-font</comment>
        <translation>die Schrift „%1“ ist nicht installiert; installiere sie oder wähle eine andere Schrift</translation>
    </message>
    <message>
        <source>not enough memory</source>
        <comment>error.no-memory</comment>
        <translation>nicht genug Arbeitsspeicher</translation>
    </message>
    <message>
        <source>No space left on device</source>
        <comment>error.disk-full</comment>
        <translation>Kein Platz mehr auf dem Datenträger</translation>
    </message>
    <message>
        <source>the disk quota is used up</source>
        <comment>error.quota</comment>
        <translation>das Speicherkontingent ist aufgebraucht</translation>
    </message>
    <message>
        <source>the file is too large for the disk or the limits set for this program</source>
        <comment>error.file-too-big</comment>
        <translation>die Datei ist zu groß für den Datenträger oder die Grenzen, die für dieses Programm gesetzt sind</translation>
    </message>
    <message>
        <source>permission denied</source>
        <comment>error.permission</comment>
        <translation>keine Berechtigung</translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <comment>error.read-only</comment>
        <translation>der Datenträger ist schreibgeschützt</translation>
    </message>
    <message>
        <source>No such file or directory</source>
        <comment>error.no-entry</comment>
        <translation>Datei oder Ordner nicht vorhanden</translation>
    </message>
    <message>
        <source>is a folder</source>
        <comment>error.is-folder</comment>
        <translation>ist ein Ordner</translation>
    </message>
    <message>
        <source>the disk or network share reported a read or write error</source>
        <comment>error.io</comment>
        <translation>der Datenträger oder die Netzwerkfreigabe meldete einen Lese- oder Schreibfehler</translation>
    </message>
    <message>
        <source>no file name to save to</source>
        <comment>project.no-file-name</comment>
        <translation>kein Dateiname zum Speichern</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>collect.failed</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>exists and is not a folder</source>
        <comment>collect.not-folder</comment>
        <translation>existiert und ist kein Ordner</translation>
    </message>
    <message>
        <source>cannot create the folder: %1</source>
        <comment>collect.cannot-create</comment>
        <translation>der Ordner kann nicht angelegt werden: %1</translation>
    </message>
    <message>
        <source>not a plain file; relink it first</source>
        <comment>collect.not-file</comment>
        <translation>keine normale Datei; verknüpfe sie zuerst neu</translation>
    </message>
    <message>
        <source>file not found; relink it first</source>
        <comment>collect.missing</comment>
        <translation>Datei nicht gefunden; verknüpfe sie zuerst neu</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a built-in asset name (like &quot;builtin:stickers/star.svg&quot;)</source>
        <comment>project.not-builtin</comment>
        <translation>&quot;%1&quot; ist kein Name eines mitgelieferten Elements (wie &quot;builtin:stickers/star.svg&quot;)</translation>
    </message>
    <message>
        <source>the batch&apos;s template</source>
        <comment>batch.input-template</comment>
        <translation>die Vorlage des Stapels</translation>
    </message>
    <message>
        <source>the batch&apos;s data file</source>
        <comment>batch.input-data</comment>
        <translation>die Datendatei des Stapels</translation>
    </message>
    <message>
        <source>the brand kit</source>
        <comment>batch.input-brand</comment>
        <translation>das Brand-Kit</translation>
    </message>
    <message>
        <source>the output %1 is %2; choose another output name or folder</source>
        <comment>batch.output-is-input</comment>
        <translation>die Ausgabe %1 ist %2; wähle einen anderen Ausgabenamen oder Ordner</translation>
    </message>
    <message>
        <source>%1 is %2, and the batch writes its report there; choose another output folder</source>
        <comment>batch.report-is-input</comment>
        <translation>%1 ist %2, und der Stapel schreibt dort seinen Bericht; wähle einen anderen Ausgabeordner</translation>
    </message>
    <message>
        <source>could not save the project: it would be %1 MB, and projects are limited to %2 MB (see the limits in docs/project-format.md); split it into several</source>
        <comment>project.save-too-large</comment>
        <translation>das Projekt konnte nicht gespeichert werden: es wäre %1 MB groß, Projekte sind aber auf %2 MB begrenzt (siehe die Grenzen in docs/project-format.md); teile es in mehrere auf</translation>
    </message>
    <message>
        <source>must not be larger than the style&apos;s size</source>
        <comment>project.min-size-above-size</comment>
        <translation>darf nicht größer sein als die Größe des Stils</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an anchor (top-left, top, top-right, left, center, right, bottom-left, bottom, bottom-right, or {&quot;x&quot;: 0.2, &quot;y&quot;: 1})</source>
        <comment>project.not-an-anchor</comment>
        <translation>„%1“ ist kein Anker (top-left, top, top-right, left, center, right, bottom-left, bottom, bottom-right oder {&quot;x&quot;: 0.2, &quot;y&quot;: 1})</translation>
    </message>
    <message>
        <source>expected &quot;faces&quot; or &quot;none&quot;</source>
        <comment>project.not-a-reframe</comment>
        <translation>erwartet „faces“ oder „none“</translation>
    </message>
    <message>
        <source>the effect &quot;%1&quot; failed on %2 at %3: %4</source>
        <comment>render.effect-failed</comment>
        <translation>der Effekt „%1“ ist bei %2 an der Stelle %3 fehlgeschlagen: %4</translation>
    </message>
    <message>
        <source>%1 has no parameter with this name (it has %2)</source>
        <comment>project.unknown-param</comment>
        <translation>%1 hat keinen Parameter mit diesem Namen (es hat %2)</translation>
    </message>
    <message>
        <source>%1: cannot read the recording: %2</source>
        <comment>record.scan-failed</comment>
        <translation>%1: Die Aufnahme kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1: the recording stopped before anything was saved</source>
        <comment>record.nothing-saved</comment>
        <translation>%1: Die Aufnahme endete, bevor etwas gespeichert wurde</translation>
    </message>
    <message>
        <source>the recording settings are impossible (size, countdown, length or rate)</source>
        <comment>record.bad-settings</comment>
        <translation>die Aufnahmeeinstellungen sind unmöglich (Größe, Countdown, Länge oder Bildrate)</translation>
    </message>
    <message>
        <source>%1: cannot write the take: %2</source>
        <comment>record.write-failed</comment>
        <translation>%1: Die Aufnahme kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>the brand kit %1 has no logo; add one to it first</source>
        <comment>brand.no-logo</comment>
        <translation>das Markenpaket %1 hat kein Logo; fügen Sie zuerst eines hinzu</translation>
    </message>
    <message>
        <source>the logo of the brand kit %1 is missing: %2</source>
        <comment>brand.logo-missing</comment>
        <translation>das Logo des Markenpakets %1 fehlt: %2</translation>
    </message>
    <message>
        <source>%1: no data rows</source>
        <comment>batch.no-rows</comment>
        <translation>%1: keine Datenzeilen</translation>
    </message>
    <message>
        <source>the column &quot;%1&quot; is not a field of the template and is not used</source>
        <comment>batch.column-unused</comment>
        <translation>die Spalte „%1“ ist kein Feld der Vorlage und wird nicht verwendet</translation>
    </message>
    <message>
        <source>the data has no column &quot;%1&quot;, which the template requires</source>
        <comment>batch.column-missing</comment>
        <translation>die Daten haben keine Spalte „%1“, die die Vorlage aber verlangt</translation>
    </message>
    <message>
        <source>the output name &quot;%1&quot; is already used by row %2 (%3); make the name pattern unique, e.g. add {{row}}</source>
        <comment>batch.name-taken</comment>
        <translation>der Ausgabename „%1“ wird schon von Zeile %2 (%3) verwendet; mach das Namensmuster eindeutig, z. B. mit {{row}}</translation>
    </message>
    <message>
        <source>%1: cannot lock: %2</source>
        <comment>batch.lock</comment>
        <translation>%1: kann nicht gesperrt werden: %2</translation>
    </message>
    <message>
        <source>%1: no batch has run here (no .reelcut-batch)</source>
        <comment>batch.no-batch-here</comment>
        <translation>%1: hier ist noch kein Stapel gelaufen (kein .reelcut-batch)</translation>
    </message>
    <message>
        <source>%1: no shard has reported yet</source>
        <comment>batch.no-shard-reports</comment>
        <translation>%1: noch kein Teilauftrag hat einen Bericht geschrieben</translation>
    </message>
    <message>
        <source>nothing to render: every clip is switched off or empty</source>
        <comment>batch.nothing-to-render</comment>
        <translation>nichts zu rendern: jeder Clip ist ausgeschaltet oder leer</translation>
    </message>
    <message>
        <source>the video is %1 long; %2 needs at least %3</source>
        <comment>batch.too-short</comment>
        <translation>das Video ist %1 lang; %2 verlangt mindestens %3</translation>
    </message>
    <message>
        <source>the video is %1 long; %2 takes at most %3</source>
        <comment>batch.too-long</comment>
        <translation>das Video ist %1 lang; %2 erlaubt höchstens %3</translation>
    </message>
    <message>
        <source>the font &quot;%1&quot; of the text &quot;%2&quot; is not installed</source>
        <comment>batch.text-font-missing</comment>
        <translation>die Schrift „%1“ des Texts „%2“ ist nicht installiert</translation>
    </message>
    <message>
        <source>the text &quot;%1&quot; does not fit its box in %2, even at the smallest size (%3 px)</source>
        <comment>batch.text-does-not-fit</comment>
        <translation>der Text „%1“ passt in %2 nicht in sein Feld, auch nicht in der kleinsten Größe (%3 px)</translation>
    </message>
    <message>
        <source>%1 is %2 long; its last frame holds until %3</source>
        <comment>batch.media-holds-last-frame</comment>
        <translation>%1 ist %2 lang; sein letztes Bild bleibt bis %3 stehen</translation>
    </message>
    <message>
        <source>the output folder %1 leads outside %2 (symbolic link)</source>
        <comment>batch.output-outside</comment>
        <translation>der Ausgabeordner %1 führt aus %2 hinaus (symbolischer Link)</translation>
    </message>
    <message>
        <source>the finished file breaks %1&apos;s rules: %2</source>
        <comment>batch.breaks-rules</comment>
        <translation>die fertige Datei verletzt die Regeln von %1: %2</translation>
    </message>
    <message>
        <source>no thumbnail: %1</source>
        <comment>batch.no-thumbnail</comment>
        <translation>kein Vorschaubild: %1</translation>
    </message>
    <message>
        <source>%1: vanished after rendering</source>
        <comment>batch.output-vanished</comment>
        <translation>%1: nach dem Rendern verschwunden</translation>
    </message>
    <message>
        <source>%1: cannot move the finished file into place: %2</source>
        <comment>batch.rename-failed</comment>
        <translation>%1: die fertige Datei kann nicht an ihren Platz verschoben werden: %2</translation>
    </message>
    <message>
        <source>%1: file not found</source>
        <comment>batch.file-missing</comment>
        <translation>%1: Datei nicht gefunden</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <comment>batch.file-cannot-read</comment>
        <translation>%1: kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1: read error</source>
        <comment>batch.file-read-error</comment>
        <translation>%1: Lesefehler</translation>
    </message>
    <message>
        <source>%1: out of memory</source>
        <comment>batch.data-no-memory</comment>
        <translation>%1: nicht genug Speicher</translation>
    </message>
    <message>
        <source>%1: line %2: %3 (a quote inside a quoted field must be doubled: &quot;&quot;)</source>
        <comment>batch.csv-syntax</comment>
        <translation>%1: Zeile %2: %3 (ein Anführungszeichen in einem Feld in Anführungszeichen muss verdoppelt werden: &quot;&quot;)</translation>
    </message>
    <message>
        <source>%1: line %2: a quoted field is not closed before the end of the file</source>
        <comment>batch.csv-unclosed</comment>
        <translation>%1: Zeile %2: ein Feld in Anführungszeichen wird vor dem Dateiende nicht geschlossen</translation>
    </message>
    <message>
        <source>%1: no header line with column names</source>
        <comment>batch.csv-no-header</comment>
        <translation>%1: keine Kopfzeile mit Spaltennamen</translation>
    </message>
    <message>
        <source>%1: line 1: column %2 has no name</source>
        <comment>batch.csv-column-unnamed</comment>
        <translation>%1: Zeile 1: Spalte %2 hat keinen Namen</translation>
    </message>
    <message>
        <source>%1: line 1: the column &quot;%2&quot; appears twice</source>
        <comment>batch.csv-column-twice</comment>
        <translation>%1: Zeile 1: die Spalte „%2“ kommt zweimal vor</translation>
    </message>
    <message>
        <source>%1: line %2: %3 fields, but the header has %4 columns</source>
        <comment>batch.csv-too-many-fields</comment>
        <translation>%1: Zeile %2: %3 Felder, aber die Kopfzeile hat %4 Spalten</translation>
    </message>
    <message>
        <source>%1: %2 at byte %3</source>
        <comment>batch.json-syntax</comment>
        <translation>%1: %2 bei Byte %3</translation>
    </message>
    <message>
        <source>%1: expected a JSON array of objects (one per row)</source>
        <comment>batch.json-not-rows</comment>
        <translation>%1: erwartet wird ein JSON-Array von Objekten (eines pro Zeile)</translation>
    </message>
    <message>
        <source>%1: item %2: expected an object like {&quot;headline&quot;: &quot;...&quot;}</source>
        <comment>batch.json-item-not-object</comment>
        <translation>%1: Eintrag %2: erwartet wird ein Objekt wie {&quot;headline&quot;: &quot;...&quot;}</translation>
    </message>
    <message>
        <source>%1: item %2: &quot;%3&quot;: expected a string, number, true/false or null</source>
        <comment>batch.json-bad-value</comment>
        <translation>%1: Eintrag %2: „%3“: erwartet wird ein Text, eine Zahl, true/false oder null</translation>
    </message>
    <message>
        <source>%1: not UTF-8 text; save the spreadsheet as &quot;CSV UTF-8&quot;</source>
        <comment>batch.data-not-utf8</comment>
        <translation>%1: kein UTF-8-Text; speichere die Tabelle als „CSV UTF-8“</translation>
    </message>
    <message>
        <source>%1: data file not found</source>
        <comment>batch.data-missing</comment>
        <translation>%1: Datendatei nicht gefunden</translation>
    </message>
    <message>
        <source>%1: cannot read</source>
        <comment>batch.data-unreadable</comment>
        <translation>%1: kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>unknown preset &apos;%1&apos;</source>
        <comment>batch.unknown-preset</comment>
        <translation>unbekannte Vorgabe &apos;%1&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a ratio (9:16, 1:1, 16:9, 4:5) or a preset</source>
        <comment>batch.unknown-ratio</comment>
        <translation>&apos;%1&apos; ist weder ein Seitenverhältnis (9:16, 1:1, 16:9, 4:5) noch eine Vorgabe</translation>
    </message>
    <message>
        <source>the ratio %1 is listed twice</source>
        <comment>batch.ratio-twice</comment>
        <translation>das Seitenverhältnis %1 ist zweimal angegeben</translation>
    </message>
    <message>
        <source>%1: cannot open to flush: %2</source>
        <comment>batch.flush-open</comment>
        <translation>%1: kann zum Schreiben auf die Platte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1: flush to disk: %2</source>
        <comment>batch.flush</comment>
        <translation>%1: Schreiben auf die Platte: %2</translation>
    </message>
    <message>
        <source>%1: cannot open: %2</source>
        <comment>batch.file-open</comment>
        <translation>%1: kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1: write: %2</source>
        <comment>batch.file-write</comment>
        <translation>%1: Schreiben: %2</translation>
    </message>
    <message>
        <source>%1: not a file</source>
        <comment>batch.media-not-file</comment>
        <translation>%1: keine Datei</translation>
    </message>
    <message>
        <source>%1: not readable (permissions)</source>
        <comment>batch.media-unreadable</comment>
        <translation>%1: nicht lesbar (Zugriffsrechte)</translation>
    </message>
    <message>
        <source>the output name is empty</source>
        <comment>batch.name-empty</comment>
        <translation>der Ausgabename ist leer</translation>
    </message>
    <message>
        <source>the output name contains a NUL character</source>
        <comment>batch.name-nul</comment>
        <translation>der Ausgabename enthält ein NUL-Zeichen</translation>
    </message>
    <message>
        <source>the output name contains a control character (a line break or tab?)</source>
        <comment>batch.name-control</comment>
        <translation>der Ausgabename enthält ein Steuerzeichen (einen Zeilenumbruch oder Tabulator?)</translation>
    </message>
    <message>
        <source>the output name contains a backslash</source>
        <comment>batch.name-backslash</comment>
        <translation>der Ausgabename enthält einen Backslash</translation>
    </message>
    <message>
        <source>the output name &quot;%1&quot; is an absolute path</source>
        <comment>batch.name-absolute</comment>
        <translation>der Ausgabename „%1“ ist ein absoluter Pfad</translation>
    </message>
    <message>
        <source>the output name &quot;%1&quot; starts with ~</source>
        <comment>batch.name-tilde</comment>
        <translation>der Ausgabename „%1“ beginnt mit ~</translation>
    </message>
    <message>
        <source>the output name &quot;%1&quot; has an empty folder name (//)</source>
        <comment>batch.name-empty-part</comment>
        <translation>der Ausgabename „%1“ hat einen leeren Ordnernamen (//)</translation>
    </message>
    <message>
        <source>the output name &quot;%1&quot; would leave the output folder (..)</source>
        <comment>batch.name-leaves</comment>
        <translation>der Ausgabename „%1“ würde den Ausgabeordner verlassen (..)</translation>
    </message>
    <message>
        <source>the output name &quot;%1&quot; has a hidden part (%2)</source>
        <comment>batch.name-hidden</comment>
        <translation>der Ausgabename „%1“ hat einen versteckten Teil (%2)</translation>
    </message>
    <message>
        <source>a part of the output name is longer than 255 bytes</source>
        <comment>batch.name-too-long</comment>
        <translation>ein Teil des Ausgabenamens ist länger als 255 Byte</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a reserved device name on Windows</source>
        <comment>batch.name-device</comment>
        <translation>„%1“ ist unter Windows ein reservierter Gerätename</translation>
    </message>
    <message>
        <source>&quot;%1&quot; ends with a space or a dot</source>
        <comment>batch.name-trailing</comment>
        <translation>„%1“ endet mit einem Leerzeichen oder einem Punkt</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a file the batch keeps for itself</source>
        <comment>batch.name-reserved</comment>
        <translation>„%1“ ist eine Datei, die der Stapel für sich selbst braucht</translation>
    </message>
    <message>
        <source>the output name &quot;%1&quot; must end in .mp4</source>
        <comment>batch.name-extension</comment>
        <translation>der Ausgabename „%1“ muss auf .mp4 enden</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>batch.at</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>{{%1}} has no value (the brand kit does not define it)</source>
        <comment>batch.brand-token-no-value</comment>
        <translation>{{%1}} hat keinen Wert (das Markenpaket legt ihn nicht fest)</translation>
    </message>
    <message>
        <source>{{%1}} has no value</source>
        <comment>batch.token-no-value</comment>
        <translation>{{%1}} hat keinen Wert</translation>
    </message>
    <message>
        <source>{{%1}} is empty in this row</source>
        <comment>batch.token-empty</comment>
        <translation>{{%1}} ist in dieser Zeile leer</translation>
    </message>
    <message>
        <source>required, but the data has no such column</source>
        <comment>batch.field-no-column</comment>
        <translation>Pflichtfeld, aber die Daten haben keine solche Spalte</translation>
    </message>
    <message>
        <source>required, but empty in this row</source>
        <comment>batch.field-empty</comment>
        <translation>Pflichtfeld, aber in dieser Zeile leer</translation>
    </message>
    <message>
        <source>%1 characters, at most %2 fit</source>
        <comment>batch.field-too-long</comment>
        <translation>%1 Zeichen, höchstens %2 passen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number</source>
        <comment>batch.field-not-number</comment>
        <translation>„%1“ ist keine Zahl</translation>
    </message>
    <message>
        <source>%1 is outside %2 to %3</source>
        <comment>batch.field-out-of-range</comment>
        <translation>%1 liegt außerhalb von %2 bis %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a colour (use #rrggbb, like #e11d48)</source>
        <comment>batch.field-not-colour</comment>
        <translation>„%1“ ist keine Farbe (nimm #rrggbb, etwa #e11d48)</translation>
    </message>
    <message>
        <source>the font &quot;%1&quot; is not installed</source>
        <comment>batch.field-font-missing</comment>
        <translation>die Schrift „%1“ ist nicht installiert</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of %2</source>
        <comment>batch.field-not-choice</comment>
        <translation>„%1“ ist keiner der Werte %2</translation>
    </message>
    <message>
        <source>%1 is not a picture</source>
        <comment>batch.media-not-picture</comment>
        <translation>%1 ist kein Bild</translation>
    </message>
    <message>
        <source>%1 is not a video</source>
        <comment>batch.media-not-video</comment>
        <translation>%1 ist kein Video</translation>
    </message>
    <message>
        <source>%1 has no sound</source>
        <comment>batch.media-no-sound</comment>
        <translation>%1 hat keinen Ton</translation>
    </message>
    <message>
        <source>the output name uses {{%1}}, which is not a field</source>
        <comment>batch.name-unknown-field</comment>
        <translation>der Ausgabename verwendet {{%1}}, das kein Feld ist</translation>
    </message>
    <message>
        <source>%1: auto reframe is not available in this build; the picture is cropped around its focus point</source>
        <comment>reframe.unavailable</comment>
        <translation>%1: automatisches Zuschneiden gibt es in diesem Build nicht; das Bild wird um seinen Fokuspunkt zugeschnitten</translation>
    </message>
    <message>
        <source>%1: no face found to follow; the picture is cropped around its focus point</source>
        <comment>reframe.no-face</comment>
        <translation>%1: kein Gesicht zum Folgen gefunden; das Bild wird um seinen Fokuspunkt zugeschnitten</translation>
    </message>
    <message>
        <source>select the video or picture clips to cut to the beat</source>
        <comment>autocut.no-clips</comment>
        <translation>wähle die Video- oder Bildclips aus, die auf den Beat geschnitten werden sollen</translation>
    </message>
    <message>
        <source>put a song on an audio track first: the cuts follow its beats</source>
        <comment>autocut.no-song</comment>
        <translation>lege zuerst einen Song auf eine Audiospur: die Schnitte folgen seinen Beats</translation>
    </message>
    <message>
        <source>%1: cannot write the voice-over: %2</source>
        <comment>record.voice-write-failed</comment>
        <translation>%1: Das Voiceover kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>Preset</name>
    <message>
        <source>TikTok</source>
        <translation>TikTok</translation>
    </message>
    <message>
        <source>Vertical 9:16, 3 s to 10 min; keep text clear of the right buttons and the bottom caption.</source>
        <translation>Hochformat 9:16, 3 s bis 10 min; Text von den Schaltflächen rechts und der Bildunterschrift unten fernhalten.</translation>
    </message>
    <message>
        <source>Instagram Reels</source>
        <translation>Instagram Reels</translation>
    </message>
    <message>
        <source>Vertical 9:16, 3 s to 3 min, at most 300 MB; the bottom third is covered by caption and buttons.</source>
        <translation>Hochformat 9:16, 3 s bis 3 min, höchstens 300 MB; das untere Drittel verdecken Bildunterschrift und Schaltflächen.</translation>
    </message>
    <message>
        <source>YouTube Shorts</source>
        <translation>YouTube Shorts</translation>
    </message>
    <message>
        <source>Vertical or square up to 3 min is shown as a Short; longer uploads become regular videos.</source>
        <translation>Hochformat oder quadratisch bis 3 min wird als Short gezeigt; längere Uploads werden normale Videos.</translation>
    </message>
    <message>
        <source>YouTube</source>
        <translation>YouTube</translation>
    </message>
    <message>
        <source>Landscape 16:9; unverified channels are limited to 15 min per upload.</source>
        <translation>Querformat 16:9; nicht bestätigte Kanäle dürfen höchstens 15 min pro Upload hochladen.</translation>
    </message>
    <message>
        <source>Instagram feed (square)</source>
        <translation>Instagram-Feed (quadratisch)</translation>
    </message>
    <message>
        <source>Square 1:1 for feeds; the profile grid crops the sides to 3:4.</source>
        <translation>Quadratisch 1:1 für Feeds; das Profilraster schneidet die Seiten auf 3:4 zu.</translation>
    </message>
    <message>
        <source>Instagram feed (4:5)</source>
        <translation>Instagram-Feed (4:5)</translation>
    </message>
    <message>
        <source>Portrait 4:5, the tallest shape the feed shows uncropped.</source>
        <translation>Hochformat 4:5, das höchste Format, das der Feed unbeschnitten zeigt.</translation>
    </message>
</context>
<context>
    <name>Renderer</name>
    <message>
        <source>Media offline</source>
        <translation>Medien offline</translation>
    </message>
</context>
<context>
    <name>SpeedRamp</name>
    <message>
        <source>Montage</source>
        <translation>Montage</translation>
    </message>
    <message>
        <source>Hero</source>
        <translation>Held</translation>
    </message>
    <message>
        <source>Bullet</source>
        <translation>Bullet</translation>
    </message>
    <message>
        <source>Flash in</source>
        <translation>Blitz rein</translation>
    </message>
    <message>
        <source>Flash out</source>
        <translation>Blitz raus</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Eigene</translation>
    </message>
</context>
<context>
    <name>TextPreset</name>
    <message>
        <source>Bold outline</source>
        <translation>Fette Kontur</translation>
    </message>
    <message>
        <source>Caption box</source>
        <translation>Untertitelkasten</translation>
    </message>
    <message>
        <source>Neon glow</source>
        <translation>Neonleuchten</translation>
    </message>
    <message>
        <source>Typewriter subtitle</source>
        <translation>Schreibmaschinen-Untertitel</translation>
    </message>
    <message>
        <source>Shadow title</source>
        <translation>Schattentitel</translation>
    </message>
    <message>
        <source>Highlight marker</source>
        <translation>Textmarker</translation>
    </message>
    <message>
        <source>Sale badge</source>
        <translation>Sale-Badge</translation>
    </message>
</context>
<context>
    <name>reelcut</name>
    <message>
        <source>Effect</source>
        <translation>Effekt</translation>
    </message>
    <message>
        <source>EffectCategory</source>
        <translation>Effektkategorie</translation>
    </message>
</context>
<context>
    <name>reelcut::gui::AudioOutput</name>
    <message>
        <source>The sound device does not take 48 kHz float stereo; playing silently</source>
        <translation>Das Audiogerät unterstützt kein 48-kHz-Float-Stereo; Wiedergabe ohne Ton</translation>
    </message>
    <message>
        <source>The sound device stopped (error %1); playing silently</source>
        <translation>Das Audiogerät wurde angehalten (Fehler %1); Wiedergabe ohne Ton</translation>
    </message>
    <message>
        <source>Cannot open the sound device; playing silently</source>
        <translation>Das Audiogerät lässt sich nicht öffnen; Wiedergabe ohne Ton</translation>
    </message>
</context>
<context>
    <name>reelcut::gui::AudioTab</name>
    <message>
        <source>Drag a song onto the timeline, or double-click to add it at the playhead</source>
        <translation>Ziehe einen Song auf die Zeitleiste oder doppelklicke, um ihn am Abspielkopf einzufügen</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Put the song on an audio track at the playhead</source>
        <translation>Legt den Song am Abspielkopf auf eine Audiospur</translation>
    </message>
    <message>
        <source>Import music...</source>
        <translation>Musik importieren...</translation>
    </message>
    <message>
        <source>Cut to the beat</source>
        <translation>Auf den Beat schneiden</translation>
    </message>
    <message>
        <source>Lay the selected clips again so every cut lands on a beat of this song (added to the timeline if it is not there)</source>
        <translation>Legt die ausgewählten Clips neu, sodass jeder Schnitt auf einem Beat dieses Songs liegt (er kommt auf die Zeitleiste, falls er noch nicht dort ist)</translation>
    </message>
    <message numerus="yes">
        <source>Every %n beat(s)</source>
        <translation>
            <numerusform>Jeden Beat</numerusform>
            <numerusform>Alle %n Beats</numerusform>
        </translation>
    </message>
    <message>
        <source>Every bar</source>
        <translation>Jeden Takt</translation>
    </message>
    <message>
        <source>Record voice-over...</source>
        <translation>Voiceover aufnehmen...</translation>
    </message>
    <message>
        <source>Speak over the timeline while it plays; the recording goes on an audio track at the playhead</source>
        <translation>Sprich zur laufenden Zeitleiste; die Aufnahme kommt am Abspielkopf auf eine Audiospur</translation>
    </message>
    <message>
        <source>no steady beat</source>
        <translation>kein gleichmäßiger Beat</translation>
    </message>
    <message>
        <source>%1 BPM</source>
        <translation>%1 BPM</translation>
    </message>
    <message>
        <source>%1 - finding the beat...</source>
        <translation>%1 - Beat wird gesucht...</translation>
    </message>
</context>
<context>
    <name>reelcut::gui::BatchDialog</name>
    <message>
        <source>ready</source>
        <translation>bereit</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>ungültig</translation>
    </message>
    <message>
        <source>rendering</source>
        <translation>wird gerendert</translation>
    </message>
    <message>
        <source>done</source>
        <translation>fertig</translation>
    </message>
    <message>
        <source>up to date</source>
        <translation>aktuell</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>Batch export</source>
        <translation>Stapelexport</translation>
    </message>
    <message>
        <source>Template:</source>
        <translation>Vorlage:</translation>
    </message>
    <message>
        <source>A CSV file or a JSON list of rows</source>
        <translation>Eine CSV-Datei oder eine JSON-Liste von Zeilen</translation>
    </message>
    <message>
        <source>Browse...</source>
        <translation>Durchsuchen...</translation>
    </message>
    <message>
        <source>Data:</source>
        <translation>Daten:</translation>
    </message>
    <message>
        <source>Formats:</source>
        <translation>Formate:</translation>
    </message>
    <message>
        <source>Each format&apos;s usual platform</source>
        <translation>Übliche Plattform je Format</translation>
    </message>
    <message>
        <source>Platform:</source>
        <translation>Plattform:</translation>
    </message>
    <message>
        <source>Output folder:</source>
        <translation>Ausgabeordner:</translation>
    </message>
    <message>
        <source>Output names: any field as {{name}}, and {{row}}, {{ratio}}, {{preset}}</source>
        <translation>Ausgabenamen: jedes Feld als {{name}}, dazu {{row}}, {{ratio}}, {{preset}}</translation>
    </message>
    <message>
        <source>File names:</source>
        <translation>Dateinamen:</translation>
    </message>
    <message>
        <source>Click a thumbnail to preview that row.</source>
        <translation>Klicken Sie auf ein Vorschaubild, um die Zeile groß zu sehen.</translation>
    </message>
    <message>
        <source>Check rows</source>
        <translation>Zeilen prüfen</translation>
    </message>
    <message>
        <source>Render all</source>
        <translation>Alle rendern</translation>
    </message>
    <message>
        <source>Open report</source>
        <translation>Bericht öffnen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Data file</source>
        <translation>Datendatei</translation>
    </message>
    <message>
        <source>Rows (*.csv *.tsv *.json)</source>
        <translation>Zeilen (*.csv *.tsv *.json)</translation>
    </message>
    <message>
        <source>Output folder</source>
        <translation>Ausgabeordner</translation>
    </message>
    <message>
        <source>Pick at least one format.</source>
        <translation>Wählen Sie mindestens ein Format.</translation>
    </message>
    <message>
        <source>Cannot start the batch: %1</source>
        <translation>Der Stapel kann nicht starten: %1</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Zeile</translation>
    </message>
    <message numerus="yes">
        <source>%n video(s) ready to render.</source>
        <translation>
            <numerusform>%n Video bereit zum Rendern.</numerusform>
            <numerusform>%n Videos bereit zum Rendern.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 videos are invalid (hover for the reason); the others can render.</source>
        <translation>%1 von %2 Videos sind ungültig (Grund beim Überfahren mit der Maus); die anderen können gerendert werden.</translation>
    </message>
    <message>
        <source>Rendering...</source>
        <translation>Wird gerendert...</translation>
    </message>
    <message>
        <source>rendering %1%</source>
        <translation>wird gerendert %1%</translation>
    </message>
    <message>
        <source>All videos are made. The report shows every one of them.</source>
        <translation>Alle Videos sind fertig. Der Bericht zeigt jedes einzelne.</translation>
    </message>
    <message>
        <source>Some videos could not be made; the report says why.</source>
        <translation>Einige Videos konnten nicht erstellt werden; der Bericht nennt den Grund.</translation>
    </message>
    <message>
        <source>not made</source>
        <translation>nicht erstellt</translation>
    </message>
</context>
<context>
    <name>reelcut::gui::BrandKitDialog</name>
    <message>
        <source>Top left</source>
        <translation>Oben links</translation>
    </message>
    <message>
        <source>Top right</source>
        <translation>Oben rechts</translation>
    </message>
    <message>
        <source>Bottom left</source>
        <translation>Unten links</translation>
    </message>
    <message>
        <source>Bottom right</source>
        <translation>Unten rechts</translation>
    </message>
    <message>
        <source>Browse...</source>
        <translation>Durchsuchen...</translation>
    </message>
    <message>
        <source>Brand kit: %1</source>
        <translation>Markenpaket: %1</translation>
    </message>
    <message>
        <source>Brand name:</source>
        <translation>Markenname:</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg *.webp *.svg)</source>
        <translation>Bilder (*.png *.jpg *.jpeg *.webp *.svg)</translation>
    </message>
    <message>
        <source>Videos (*.mp4 *.mov *.webm *.mkv)</source>
        <translation>Videos (*.mp4 *.mov *.webm *.mkv)</translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation>Logo:</translation>
    </message>
    <message>
        <source>Intro clip:</source>
        <translation>Intro-Clip:</translation>
    </message>
    <message>
        <source>Outro clip:</source>
        <translation>Outro-Clip:</translation>
    </message>
    <message>
        <source>Heading font:</source>
        <translation>Schrift für Überschriften:</translation>
    </message>
    <message>
        <source>Body font:</source>
        <translation>Schrift für Text:</translation>
    </message>
    <message>
        <source>Watermark corner:</source>
        <translation>Ecke des Wasserzeichens:</translation>
    </message>
    <message>
        <source>Watermark size:</source>
        <translation>Größe des Wasserzeichens:</translation>
    </message>
    <message>
        <source>Watermark opacity:</source>
        <translation>Deckkraft des Wasserzeichens:</translation>
    </message>
    <message>
        <source>Colours (templates use them as {{brand.NAME}}):</source>
        <translation>Farben (Vorlagen verwenden sie als {{brand.NAME}}):</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Farbe</translation>
    </message>
    <message>
        <source>Add colour</source>
        <translation>Farbe hinzufügen</translation>
    </message>
    <message>
        <source>Remove colour</source>
        <translation>Farbe entfernen</translation>
    </message>
    <message>
        <source>Brand kit</source>
        <translation>Markenpaket</translation>
    </message>
</context>
<context>
    <name>reelcut::gui::CanvasEditor</name>
    <message>
        <source>Move on canvas</source>
        <translation>Auf der Leinwand verschieben</translation>
    </message>
    <message>
        <source>Rotate on canvas</source>
        <translation>Auf der Leinwand drehen</translation>
    </message>
    <message>
        <source>Scale on canvas</source>
        <translation>Auf der Leinwand skalieren</translation>
    </message>
    <message>
        <source>Enter: done, Shift+Enter: new line, Esc: cancel</source>
        <translation>Eingabe: fertig, Umschalt+Eingabe: neue Zeile, Esc: abbrechen</translation>
    </message>
    <message>
        <source>Edit text</source>
        <translation>Text bearbeiten</translation>
    </message>
    <message>
        <source>Click the colour on the picture (Esc cancels)</source>
        <translation>Klicke auf die Farbe im Bild (Esc bricht ab)</translation>
    </message>
</context>
<context>
    <name>reelcut::gui::CaptionStyleDialog</name>
    <message>
        <source>Import captions</source>
        <translation>Untertitel importieren</translation>
    </message>
    <message>
        <source>Style of the captions:</source>
        <translation>Stil der Untertitel:</translation>
    </message>
</context>
<context>
    <name>reelcut::gui::EffectsInspector</name>
    <message>
        <source>Effects</source>
        <translation>Effekte</translation>
    </message>
    <message>
        <source>No effects. Drag one from the Effects tab onto the clip.</source>
        <translation>Keine Effekte. Zieh einen aus dem Reiter „Effekte“ auf den Clip.</translation>
    </message>
    <message>
        <source>Switch the effect on or off</source>
        <translation>Effekt ein- oder ausschalten</translation>
    </message>
    <message>
        <source>Enable effect</source>
        <translation>Effekt einschalten</translation>
    </message>
    <message>
        <source>Disable effect</source>
        <translation>Effekt ausschalten</translation>
    </message>
    <message>
        <source>Remove this effect</source>
        <translation>Diesen Effekt entfernen</translation>
    </message>
    <message>
        <source>Remove effect</source>
        <translation>Effekt entfernen</translation>
    </message>
    <message>
        <source>Unknown effect: not available in this version</source>
        <translation>Unbekannter Effekt: in dieser Version nicht verfügbar</translation>
    </message>
    <message>
        <source>Effect parameter</source>
        <translation>Effektparameter</translation>
    </message>
    <message>
        <source>Add keyframe</source>
        <translation>Keyframe setzen</translation>
    </message>
    <message>
        <source>Delete keyframe</source>
        <translation>Keyframe löschen</translation>
    </message>
</context>
<context>
    <name>reelcut::gui::EffectsTab</name>
    <message>
        <source>Drag onto a clip, or double-click to add to the selected clip</source>
        <translation>Auf einen Clip ziehen oder doppelklicken, um ihn dem ausgewählten Clip hinzuzufügen</translation>
    </message>
    <message>
        <source>Apply to selected clip</source>
        <translation>Auf ausgewählten Clip anwenden</translation>
    </message>
</context>
<context>
    <name>reelcut::gui::ExportDialog</name>
    <message>
        <source>Export video</source>
        <translation>Video exportieren</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
    <message>
        <source>Browse...</source>
        <translation>Durchsuchen...</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Speichern unter</translation>
    </message>
    <message>
        <source>Also write captions (.srt)</source>
        <translation>Untertitel zusätzlich schreiben (.srt)</translation>
    </message>
    <message>
        <source>Writes the text of the text tracks as a SubRip file beside the video, for platforms that take captions separately</source>
        <translation>Schreibt den Text der Textspuren als SubRip-Datei neben das Video, für Plattformen, die Untertitel getrennt annehmen</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>Warnings from the platform check appear here.</source>
        <translation>Hinweise der Plattformprüfung erscheinen hier.</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>Im Ordner anzeigen</translation>
    </message>
    <message>
        <source>Cancel export</source>
        <translation>Export abbrechen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>MP4 video (*.mp4)</source>
        <translation>MP4-Video (*.mp4)</translation>
    </message>
    <message>
        <source>project rate (%1)</source>
        <translation>Projektrate (%1)</translation>
    </message>
    <message>
        <source>&lt;br&gt;Longest video: %1 s</source>
        <translation>&lt;br&gt;Längstes Video: %1 s</translation>
    </message>
    <message>
        <source>&lt;br&gt;Largest file: %1 MB</source>
        <translation>&lt;br&gt;Größte Datei: %1 MB</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;color:#ff8a8a&apos;&gt;Your video is %1 s long: longer than %2 allows.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:#ff8a8a&apos;&gt;Ihr Video ist %1 s lang: länger als %2 erlaubt.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Choose where to save the video first.</source>
        <translation>Wählen Sie zuerst, wo das Video gespeichert werden soll.</translation>
    </message>
    <message>
        <source>Cannot prepare the export: %1</source>
        <translation>Export kann nicht vorbereitet werden: %1</translation>
    </message>
    <message>
        <source>Starting...</source>
        <translation>Wird gestartet...</translation>
    </message>
    <message>
        <source>Cannot start the export engine (%1).</source>
        <translation>Die Export-Engine kann nicht gestartet werden (%1).</translation>
    </message>
    <message>
        <source>Rendering: %1%, %2 fps, about %3 left</source>
        <translation>Rendern: %1 %, %2 fps, noch etwa %3</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>Problem: %1</translation>
    </message>
    <message>
        <source>Export cancelled. Nothing was written.</source>
        <translation>Export abgebrochen. Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>The export engine crashed. Your project is safe; please try again or report the problem.</source>
        <translation>Die Export-Engine ist abgestürzt. Ihr Projekt ist sicher; bitte versuchen Sie es erneut oder melden Sie das Problem.</translation>
    </message>
    <message>
        <source>Done in %1 s: %2</source>
        <translation>Fertig in %1 s: %2</translation>
    </message>
    <message numerus="yes">
        <source>Done, with %n note(s) below: %1</source>
        <translation>
            <numerusform>Fertig, mit %n Hinweis unten: %1</numerusform>
            <numerusform>Fertig, mit %n Hinweisen unten: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Written, but the file does not meet the platform&apos;s rules (see below).</source>
        <translation>Geschrieben, aber die Datei erfüllt die Regeln der Plattform nicht (siehe unten).</translation>
    </message>
    <message>
        <source>Export failed. See the details below.</source>
        <translation>Export fehlgeschlagen. Details siehe unten.</translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation>Datei ersetzen?</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it with the new export?</source>
        <translation>%1 existiert bereits. Durch den neuen Export ersetzen?</translation>
    </message>
    <message>
        <source>Choose another name to keep the existing file.</source>
        <translation>Wähle einen anderen Namen, um die vorhandene Datei zu behalten.</translation>
    </message>
    <message>
        <source>&lt;h3&gt;%1&lt;/h3&gt;&lt;p&gt;%2&lt;/p&gt;&lt;p&gt;%3 x %4 pixels, %5 fps&lt;br&gt;H.264 High, quality CRF %6, at most %7 Mbit/s&lt;br&gt;AAC audio at %8 kbit/s, %9 kHz&lt;br&gt;Loudness target %10 LUFS%11&lt;/p&gt;%12</source>
        <translation>&lt;h3&gt;%1&lt;/h3&gt;&lt;p&gt;%2&lt;/p&gt;&lt;p&gt;%3 x %4 Pixel, %5 fps&lt;br&gt;H.264 High, Qualität CRF %6, höchstens %7 Mbit/s&lt;br&gt;AAC-Audio mit %8 kbit/s, %9 kHz&lt;br&gt;Ziellautheit %10 LUFS%11&lt;/p&gt;%12</translation>
    </message>
    <message>
        <source>Sound: %1 LUFS, range %2 LU, true peak %3 dBTP</source>
        <translation>Ton: %1 LUFS, Lautheitsbereich %2 LU, True Peak %3 dBTP</translation>
    </message>
</context>
<context>
    <name>reelcut::gui::FaceAnalysisRunner</name>
    <message>
        <source>Face effects are not available in this build.</source>
        <translation>Gesichtseffekte sind in diesem Build nicht verfügbar.</translation>
    </message>
    <message>
        <source>Finding faces in %1 (%2 of %3)</source>
        <translation>Suche Gesichter in %1 (%2 von %3)</translation>
    </message>
    <message>
        <source>Face analysis done</source>
        <translation>Gesichtsanalyse fertig</translation>
    </message>
    <message numerus="yes">
        <source>Face analysis done: %n face(s) tracked</source>
        <translation>
            <numerusform>Gesichtsanalyse fertig: %n Gesicht verfolgt</numerusform>
            <numerusform>Gesichtsanalyse fertig: %n Gesichter verfolgt</numerusform>
        </translation>
    </message>
    <message>
        <source>Face analysis cancelled</source>
        <translation>Gesichtsanalyse abgebrochen</translation>
    </message>
    <message>
        <source>Face analysis failed: %1</source>
        <translation>Gesichtsanalyse fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>reelcut::gui::FiltersTab</name>
    <message>
        <source>Drag onto a clip, or double-click to apply to the selected clip</source>
        <translation>Auf einen Clip ziehen oder doppelklicken, um es auf den ausgewählten Clip anzuwenden</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Anwenden</translation>
    </message>
    <message>
        <source>Apply the look to the selected clip</source>
        <translation>Den Look auf den ausgewählten Clip anwenden</translation>
    </message>
    <message>
        <source>Import .cube...</source>
        <translation>.cube importieren...</translation>
    </message>
    <message>
        <source>Use a colour grade (.cube LUT) from another program on the selected clip</source>
        <translation>Eine Farbkorrektur (.cube-LUT) aus einem anderen Programm auf den ausgewählten Clip anwenden</translation>
    </message>
    <message>
        <source>Import a LUT</source>
        <translation>LUT importieren</translation>
    </message>
    <message>
        <source>Cube LUTs (*.cube);;All files (*)</source>
        <translation>Cube-LUTs (*.cube);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>reelcut::gui::Inspector</name>
    <message>
        <source>Select a clip on the timeline to change its look and sound.</source>
        <translation>Wählen Sie einen Clip in der Zeitleiste, um Bild und Ton anzupassen.</translation>
    </message>
    <message>
        <source>Transform</source>
        <translation>Transformation</translation>
    </message>
    <message>
        <source>Position X</source>
        <translation>Position X</translation>
    </message>
    <message>
        <source>Position Y</source>
        <translation>Position Y</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Skalierung</translation>
    </message>
    <message>
        <source>Rotation</source>
        <translation>Drehung</translation>
    </message>
    <message>
        <source>Opacity</source>
        <translation>Deckkraft</translation>
    </message>
    <message>
        <source>Add keyframe at playhead</source>
        <translation>Keyframe am Abspielkopf setzen</translation>
    </message>
    <message>
        <source>Remember this position, size and angle at the playhead; between keyframes the clip moves smoothly</source>
        <translation>Merkt sich Position, Größe und Winkel am Abspielkopf; zwischen Keyframes bewegt sich der Clip fließend</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <source>Fill</source>
        <translation>Füllen</translation>
    </message>
    <message>
        <source>Stretch</source>
        <translation>Strecken</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keiner</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Farbe</translation>
    </message>
    <message>
        <source>Blur</source>
        <translation>Unschärfe</translation>
    </message>
    <message>
        <source>Background colour</source>
        <translation>Hintergrundfarbe</translation>
    </message>
    <message>
        <source>Background</source>
        <translation>Hintergrund</translation>
    </message>
    <message>
        <source>Audio and timing</source>
        <translation>Ton und Zeit</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Lautstärke</translation>
    </message>
    <message>
        <source>Fade in</source>
        <translation>Einblenden</translation>
    </message>
    <message>
        <source>Fade out</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Geschwindigkeit</translation>
    </message>
    <message>
        <source>Move picture</source>
        <translation>Bild verschieben</translation>
    </message>
    <message>
        <source>Rotate</source>
        <translation>Drehen</translation>
    </message>
    <message>
        <source>Fit mode</source>
        <translation>Einpassung</translation>
    </message>
    <message>
        <source>Cannot change speed: %1</source>
        <translation>Geschwindigkeit kann nicht geändert werden: %1</translation>
    </message>
    <message>
        <source>Add keyframe</source>
        <translation>Keyframe setzen</translation>
    </message>
    <message>
        <source>Keyframe added: move the playhead and change the clip to animate it.</source>
        <translation>Keyframe gesetzt: Abspielkopf verschieben und den Clip ändern, um ihn zu animieren.</translation>
    </message>
    <message>
        <source>Cannot change %1: %2</source>
        <translation>%1 kann nicht geändert werden: %2</translation>
    </message>
    <message>
        <source>Text: %1</source>
        <translation>Text: %1</translation>
    </message>
    <message>
        <source>Starts %1, lasts %2</source>
        <translation>Beginnt %1, dauert %2</translation>
    </message>
    <message numerus="yes">
        <source>Add keyframe at playhead (%n set)</source>
        <translation>
            <numerusform>Keyframe am Abspielkopf setzen (%n gesetzt)</numerusform>
            <numerusform>Keyframe am Abspielkopf setzen (%n gesetzt)</numerusform>
        </translation>
    </message>
    <message>
        <source>Timing</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation>%1 aus %2</translation>
    </message>
    <message>
        <source>Fields: %1</source>
        <translation>Felder: %1</translation>
    </message>
</context>
<context>
    <name>reelcut::gui::LevelMeter</name>
    <message>
        <source>Microphone level</source>
        <translation>Mikrofonpegel</translation>
    </message>
</context>
<context>
    <name>reelcut::gui::MainWindow</name>
    <message>
        <source>Inspector</source>
        <translation>Eigenschaften</translation>
    </message>
    <message>
        <source>Media offline: %1</source>
        <translation>Medien nicht verfügbar: %1</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>&amp;New project...</source>
        <translation>&amp;Neues Projekt...</translation>
    </message>
    <message>
        <source>&amp;Open...</source>
        <translation>Ö&amp;ffnen...</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save &amp;as...</source>
        <translation>Speichern &amp;unter...</translation>
    </message>
    <message>
        <source>&amp;Import media...</source>
        <translation>Medien &amp;importieren...</translation>
    </message>
    <message>
        <source>&amp;Export video...</source>
        <translation>Video &amp;exportieren...</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;Split at playhead</source>
        <translation>Am Abspielkopf &amp;teilen</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>&amp;Ripple delete</source>
        <translation>Löschen und Lücke &amp;schließen</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>E&amp;infügen</translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation>&amp;Alles auswählen</translation>
    </message>
    <message>
        <source>Play / pause</source>
        <translation>Wiedergabe / Pause</translation>
    </message>
    <message>
        <source>Play backwards (faster on each press)</source>
        <translation>Rückwärts abspielen (mit jedem Druck schneller)</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <source>Play forwards (faster on each press)</source>
        <translation>Vorwärts abspielen (mit jedem Druck schneller)</translation>
    </message>
    <message>
        <source>Previous frame</source>
        <translation>Vorheriges Bild</translation>
    </message>
    <message>
        <source>Next frame</source>
        <translation>Nächstes Bild</translation>
    </message>
    <message>
        <source>Back one second</source>
        <translation>Eine Sekunde zurück</translation>
    </message>
    <message>
        <source>Forward one second</source>
        <translation>Eine Sekunde vor</translation>
    </message>
    <message>
        <source>Go to start</source>
        <translation>Zum Anfang</translation>
    </message>
    <message>
        <source>Go to end</source>
        <translation>Zum Ende</translation>
    </message>
    <message>
        <source>S&amp;napping</source>
        <translation>&amp;Einrasten</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <source>Show playback &amp;statistics</source>
        <translation>Wiedergabe&amp;statistik anzeigen</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>Import &amp;captions (SRT)...</source>
        <translation>&amp;Untertitel importieren (SRT)...</translation>
    </message>
    <message>
        <source>Show face &amp;landmarks</source>
        <translation>Gesichts&amp;punkte anzeigen</translation>
    </message>
    <message>
        <source>Draw the tracked face points on the selected clip</source>
        <translation>Die verfolgten Gesichtspunkte auf dem ausgewählten Clip zeichnen</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Playback</source>
        <translation>&amp;Wiedergabe</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About ReelCut</source>
        <translation>Ü&amp;ber ReelCut</translation>
    </message>
    <message>
        <source>About ReelCut</source>
        <translation>Über ReelCut</translation>
    </message>
    <message>
        <source>&lt;h3&gt;ReelCut %1&lt;/h3&gt;&lt;p&gt;Short videos, cut fast. Open source.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;ReelCut %1&lt;/h3&gt;&lt;p&gt;Kurze Videos, schnell geschnitten. Open Source.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>Medien</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Stickers</source>
        <translation>Sticker</translation>
    </message>
    <message>
        <source>Effects</source>
        <translation>Effekte</translation>
    </message>
    <message>
        <source>Canvas aspect ratio</source>
        <translation>Seitenverhältnis der Leinwand</translation>
    </message>
    <message>
        <source>Change aspect ratio</source>
        <translation>Seitenverhältnis ändern</translation>
    </message>
    <message>
        <source>Show where the platform&apos;s buttons and captions cover the video</source>
        <translation>Zeigt, wo Schaltflächen und Texte der Plattform das Video verdecken</translation>
    </message>
    <message>
        <source>No safe zone</source>
        <translation>Kein sicherer Bereich</translation>
    </message>
    <message>
        <source>Add a track</source>
        <translation>Spur hinzufügen</translation>
    </message>
    <message>
        <source>Video track</source>
        <translation>Videospur</translation>
    </message>
    <message>
        <source>Overlay track</source>
        <translation>Overlay-Spur</translation>
    </message>
    <message>
        <source>Audio track</source>
        <translation>Audiospur</translation>
    </message>
    <message>
        <source>Timeline zoom (Ctrl+wheel)</source>
        <translation>Zoom der Zeitleiste (Strg+Mausrad)</translation>
    </message>
    <message>
        <source>Cannot add: %1</source>
        <translation>Hinzufügen nicht möglich: %1</translation>
    </message>
    <message>
        <source>Cannot use %1 as a sticker: not a readable picture</source>
        <translation>%1 kann nicht als Sticker verwendet werden: kein lesbares Bild</translation>
    </message>
    <message>
        <source>Select a video or picture clip first, then add the effect.</source>
        <translation>Wähle zuerst einen Video- oder Bildclip aus und füge dann den Effekt hinzu.</translation>
    </message>
    <message>
        <source>Add effect</source>
        <translation>Effekt hinzufügen</translation>
    </message>
    <message>
        <source>Select a clip with a face first.</source>
        <translation>Wähle zuerst einen Clip mit einem Gesicht aus.</translation>
    </message>
    <message>
        <source>Show face landmarks</source>
        <translation>Gesichtspunkte anzeigen</translation>
    </message>
    <message>
        <source>Hide face landmarks</source>
        <translation>Gesichtspunkte ausblenden</translation>
    </message>
    <message>
        <source>Cannot import captions</source>
        <translation>Untertitel können nicht importiert werden</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n caption(s)</source>
        <translation>
            <numerusform>%n Untertitel importiert</numerusform>
            <numerusform>%n Untertitel importiert</numerusform>
        </translation>
    </message>
    <message>
        <source>Import captions</source>
        <translation>Untertitel importieren</translation>
    </message>
    <message>
        <source>SubRip captions (*.srt)</source>
        <translation>SubRip-Untertitel (*.srt)</translation>
    </message>
    <message>
        <source>Stop the face analysis (face effects then track live)</source>
        <translation>Gesichtsanalyse stoppen (Gesichtseffekte verfolgen dann live)</translation>
    </message>
    <message>
        <source>Finding faces...  %p%</source>
        <translation>Suche Gesichter...  %p%</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>Projekt öffnen</translation>
    </message>
    <message>
        <source>ReelCut projects (*.reelcut)</source>
        <translation>ReelCut-Projekte (*.reelcut)</translation>
    </message>
    <message>
        <source>Cannot open project</source>
        <translation>Projekt kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Recover unsaved changes?</source>
        <translation>Nicht gespeicherte Änderungen wiederherstellen?</translation>
    </message>
    <message>
        <source>ReelCut did not close properly while editing %1. Changes autosaved at %2 can be recovered.

Recover them? (You can undo the recovery.)</source>
        <translation>ReelCut wurde beim Bearbeiten von %1 nicht richtig beendet. Die um %2 automatisch gesicherten Änderungen können wiederhergestellt werden.

Wiederherstellen? (Die Wiederherstellung lässt sich rückgängig machen.)</translation>
    </message>
    <message>
        <source>Recover autosaved changes</source>
        <translation>Automatisch gesicherte Änderungen wiederherstellen</translation>
    </message>
    <message>
        <source>Recovered the autosaved changes.</source>
        <translation>Die automatisch gesicherten Änderungen wurden wiederhergestellt.</translation>
    </message>
    <message>
        <source>Cannot recover</source>
        <translation>Wiederherstellung nicht möglich</translation>
    </message>
    <message>
        <source>The recovery file is damaged and was set aside (%1).

%2</source>
        <translation>Die Wiederherstellungsdatei ist beschädigt und wurde beiseitegelegt (%1).

%2</translation>
    </message>
    <message>
        <source>Recover unsaved project?</source>
        <translation>Nicht gespeichertes Projekt wiederherstellen?</translation>
    </message>
    <message>
        <source>ReelCut did not close properly while editing an unsaved project. Recover it?</source>
        <translation>ReelCut wurde beim Bearbeiten eines nicht gespeicherten Projekts nicht richtig beendet. Wiederherstellen?</translation>
    </message>
    <message numerus="yes">
        <source>%n media file(s) missing</source>
        <translation>
            <numerusform>%n Mediendatei fehlt</numerusform>
            <numerusform>%n Mediendateien fehlen</numerusform>
        </translation>
    </message>
    <message>
        <source>Media missing</source>
        <translation>Medien fehlen</translation>
    </message>
    <message>
        <source>These files used by the project cannot be found:

%1

Find them now? (They stay in the project, shown as offline, until you do.)</source>
        <translation>Diese Dateien des Projekts wurden nicht gefunden:

%1

Jetzt suchen? (Bis dahin bleiben sie als nicht verfügbar im Projekt.)</translation>
    </message>
    <message>
        <source>Find %1</source>
        <translation>%1 suchen</translation>
    </message>
    <message>
        <source>Relink media</source>
        <translation>Medien neu verknüpfen</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>Speichern nicht möglich</translation>
    </message>
    <message>
        <source>Save project</source>
        <translation>Projekt speichern</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Nicht gespeicherte Änderungen</translation>
    </message>
    <message>
        <source>Save the changes to %1 before closing it?</source>
        <translation>Änderungen an %1 vor dem Schließen speichern?</translation>
    </message>
    <message>
        <source>this project</source>
        <translation>dieses Projekt</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
    <message>
        <source>%1%2 - ReelCut</source>
        <translation>%1%2 - ReelCut</translation>
    </message>
    <message>
        <source>&amp;Magnetic main track</source>
        <translation>&amp;Magnetische Hauptspur</translation>
    </message>
    <message>
        <source>Magnetic main track: clips on the bottom video track stay end to end, deleting or moving one closes the gap (saved in the project)</source>
        <translation>Magnetische Hauptspur: Die Clips der untersten Videospur bleiben lückenlos aneinander, Löschen oder Verschieben schließt die Lücke (wird im Projekt gespeichert)</translation>
    </message>
    <message>
        <source>C&amp;ollect project files...</source>
        <translation>Projektdateien s&amp;ammeln...</translation>
    </message>
    <message>
        <source>Copy every media file the project uses into one folder beside it, so the project can be zipped and sent</source>
        <translation>Kopiert alle Mediendateien des Projekts in einen Ordner daneben, damit das Projekt gepackt und verschickt werden kann</translation>
    </message>
    <message numerus="yes">
        <source>Import %n file(s)</source>
        <translation>
            <numerusform>%n Datei importieren</numerusform>
            <numerusform>%n Dateien importieren</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the project first: its media are collected into a folder beside it.</source>
        <translation>Speichern Sie das Projekt zuerst: Seine Medien werden in einem Ordner daneben gesammelt.</translation>
    </message>
    <message>
        <source>Collect project files</source>
        <translation>Projektdateien sammeln</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n file(s) into %1 and saved the project.</source>
        <translation>
            <numerusform>%n Datei nach %1 kopiert und das Projekt gespeichert.</numerusform>
            <numerusform>%n Dateien nach %1 kopiert und das Projekt gespeichert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot collect the project files</source>
        <translation>Die Projektdateien können nicht gesammelt werden</translation>
    </message>
    <message>
        <source>Add text</source>
        <translation>Text hinzufügen</translation>
    </message>
    <message>
        <source>Add sticker %1</source>
        <translation>Sticker %1 hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Batch export...</source>
        <translation>&amp;Stapelexport...</translation>
    </message>
    <message>
        <source>Make this a &amp;field...</source>
        <translation>Als &amp;Feld verwenden...</translation>
    </message>
    <message>
        <source>Batch export</source>
        <translation>Stapelexport</translation>
    </message>
    <message>
        <source>The batch renders the saved project. Save it now?</source>
        <translation>Der Stapel rendert das gespeicherte Projekt. Jetzt speichern?</translation>
    </message>
    <message>
        <source>Make a field</source>
        <translation>Feld anlegen</translation>
    </message>
    <message>
        <source>Cannot make a field: %1</source>
        <translation>Feld kann nicht angelegt werden: %1</translation>
    </message>
    <message>
        <source>Select one text or media clip to make it a field.</source>
        <translation>Wählen Sie einen Text- oder Medienclip, um ihn zum Feld zu machen.</translation>
    </message>
    <message>
        <source>Make this a field</source>
        <translation>Als Feld verwenden</translation>
    </message>
    <message>
        <source>Field name (the data column that fills it, e.g. headline):</source>
        <translation>Feldname (die Datenspalte, die es füllt, z. B. headline):</translation>
    </message>
    <message>
        <source>Brand &amp;kit...</source>
        <translation>&amp;Markenpaket...</translation>
    </message>
    <message>
        <source>Brand kit</source>
        <translation>Markenpaket</translation>
    </message>
    <message>
        <source>Brand kits (*.json)</source>
        <translation>Markenpakete (*.json)</translation>
    </message>
    <message>
        <source>Use a brand kit</source>
        <translation>Markenpaket verwenden</translation>
    </message>
    <message>
        <source>&amp;Preferences...</source>
        <translation>&amp;Einstellungen...</translation>
    </message>
    <message>
        <source>Transitions</source>
        <translation>Übergänge</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Select a clip that touches another one, or drag the transition onto the cut between two clips.</source>
        <translation>Wähle einen Clip, der an einen anderen grenzt, oder zieh den Übergang auf den Schnitt zwischen zwei Clips.</translation>
    </message>
    <message>
        <source>Add transition %1</source>
        <translation>Übergang %1 hinzufügen</translation>
    </message>
    <message>
        <source>Cannot add the transition: %1</source>
        <translation>Der Übergang kann nicht hinzugefügt werden: %1</translation>
    </message>
    <message>
        <source>Select a video or picture clip first, then choose a filter.</source>
        <translation>Wähle zuerst einen Video- oder Bildclip aus und dann einen Filter.</translation>
    </message>
    <message>
        <source>Filter %1</source>
        <translation>Filter %1</translation>
    </message>
    <message>
        <source>Select a video or picture clip first, then import the LUT.</source>
        <translation>Wähle zuerst einen Video- oder Bildclip aus und importiere dann die LUT.</translation>
    </message>
    <message>
        <source>Cannot use this LUT: %1</source>
        <translation>Diese LUT kann nicht verwendet werden: %1</translation>
    </message>
    <message>
        <source>Import LUT %1</source>
        <translation>LUT %1 importieren</translation>
    </message>
    <message>
        <source>&amp;Record...</source>
        <translation>&amp;Aufnehmen...</translation>
    </message>
    <message>
        <source>Add recorded take</source>
        <translation>Aufnahme hinzufügen</translation>
    </message>
    <message>
        <source>Song</source>
        <translation>Song</translation>
    </message>
    <message>
        <source>Cannot add the take: %1</source>
        <translation>Die Aufnahme kann nicht hinzugefügt werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>Import %n take(s)</source>
        <translation>
            <numerusform>%n Aufnahme importieren</numerusform>
            <numerusform>%n Aufnahmen importieren</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a video or picture clip with a face first.</source>
        <translation>Wählen Sie zuerst einen Video- oder Bildclip mit einem Gesicht aus.</translation>
    </message>
    <message>
        <source>This project has no brand kit yet: make one with File &gt; Brand kit.</source>
        <translation>Dieses Projekt hat noch kein Markenpaket: Legen Sie eines unter Datei &gt; Markenpaket an.</translation>
    </message>
    <message>
        <source>Cannot put the brand logo on the face: %1</source>
        <translation>Das Markenlogo kann nicht auf das Gesicht gesetzt werden: %1</translation>
    </message>
    <message>
        <source>Put the brand logo on the face</source>
        <translation>Markenlogo aufs Gesicht setzen</translation>
    </message>
    <message>
        <source>&amp;Freeze frame</source>
        <translation>&amp;Standbild</translation>
    </message>
    <message>
        <source>Cut to the &amp;beat</source>
        <translation>Auf den &amp;Beat schneiden</translation>
    </message>
    <message>
        <source>Lay the selected clips again so that every cut lands on a beat of the song</source>
        <translation>Legt die ausgewählten Clips neu, sodass jeder Schnitt auf einem Beat des Songs liegt</translation>
    </message>
    <message numerus="yes">
        <source>Every %n beat(s)</source>
        <translation>
            <numerusform>Jeden Beat</numerusform>
            <numerusform>Alle %n Beats</numerusform>
        </translation>
    </message>
    <message>
        <source>Every bar</source>
        <translation>Jeden Takt</translation>
    </message>
    <message>
        <source>Cut to the beat</source>
        <translation>Auf den Beat schneiden</translation>
    </message>
    <message>
        <source>Cannot cut to the beat: %1</source>
        <translation>Schneiden auf den Beat nicht möglich: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n cut(s) on the beat</source>
        <translation>
            <numerusform>%n Schnitt auf dem Beat</numerusform>
            <numerusform>%n Schnitte auf dem Beat</numerusform>
        </translation>
    </message>
    <message>
        <source>Click the colour on the preview; Esc cancels.</source>
        <translation>Klicke in der Vorschau auf die Farbe; Esc bricht ab.</translation>
    </message>
    <message>
        <source>Cannot pick the colour: %1</source>
        <translation>Die Farbe kann nicht aufgenommen werden: %1</translation>
    </message>
    <message>
        <source>Pick colour</source>
        <translation>Farbe aufnehmen</translation>
    </message>
    <message>
        <source>Colour picked: %1</source>
        <translation>Farbe aufgenommen: %1</translation>
    </message>
    <message>
        <source>Record &amp;voice-over...</source>
        <translation>&amp;Voiceover aufnehmen...</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>Audio</translation>
    </message>
    <message>
        <source>Music</source>
        <translation>Musik</translation>
    </message>
    <message>
        <source>Record voice-over</source>
        <translation>Voiceover aufnehmen</translation>
    </message>
    <message>
        <source>Voice-over</source>
        <translation>Voiceover</translation>
    </message>
    <message>
        <source>Cannot add the voice-over: %1</source>
        <translation>Das Voiceover kann nicht eingefügt werden: %1</translation>
    </message>
</context>
<context>
    <name>reelcut::gui::MediaBin</name>
    <message>
        <source>Import media</source>
        <translation>Medien importieren</translation>
    </message>
    <message>
        <source>Import video, audio and pictures (Ctrl+I), or drop files here</source>
        <translation>Videos, Audio und Bilder importieren (Strg+I) oder Dateien hierher ziehen</translation>
    </message>
    <message>
        <source>Add to timeline at playhead</source>
        <translation>Am Abspielkopf in die Zeitleiste einfügen</translation>
    </message>
    <message>
        <source>Relink...</source>
        <translation>Neu verknüpfen...</translation>
    </message>
    <message>
        <source>Media (*.mp4 *.mov *.m4v *.mkv *.webm *.avi *.mp3 *.m4a *.aac *.wav *.ogg *.opus *.flac *.png *.jpg *.jpeg *.webp *.gif *.bmp);;All files (*)</source>
        <translation>Medien (*.mp4 *.mov *.m4v *.mkv *.webm *.avi *.mp3 *.m4a *.aac *.wav *.ogg *.opus *.flac *.png *.jpg *.jpeg *.webp *.gif *.bmp);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Missing - right-click to relink</source>
        <translation>Fehlt – Rechtsklick zum Neuverknüpfen</translation>
    </message>
    <message>
        <source>%1 x %2, %3</source>
        <translation>%1 x %2, %3</translation>
    </message>
    <message>
        <source>Audio, %1</source>
        <translation>Audio, %1</translation>
    </message>
</context>
<context>
    <name>reelcut::gui::MicInput</name>
    <message>
        <source>No microphone found.</source>
        <translation>Kein Mikrofon gefunden.</translation>
    </message>
    <message>
        <source>The microphone does not record at 48 kHz.</source>
        <translation>Das Mikrofon nimmt nicht mit 48 kHz auf.</translation>
    </message>
    <message>
        <source>The microphone could not start.</source>
        <translation>Das Mikrofon konnte nicht starten.</translation>
    </message>
    <message>
        <source>%1 has no sound.</source>
        <translation>%1 hat keinen Ton.</translation>
    </message>
</context>
<context>
    <name>reelcut::gui::NewProjectDialog</name>
    <message>
        <source>New project</source>
        <translation>Neues Projekt</translation>
    </message>
    <message>
        <source>What are you making?</source>
        <translation>Was möchten Sie erstellen?</translation>
    </message>
    <message>
        <source>%1 fps</source>
        <translation>%1 fps</translation>
    </message>
    <message>
        <source>Frame rate</source>
        <translation>Bildrate</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Erstellen</translation>
    </message>
</context>
<context>
    <name>reelcut::gui::ParamForm</name>
    <message>
        <source>Add a keyframe at the playhead</source>
        <translation>Keyframe am Abspielkopf setzen</translation>
    </message>
    <message>
        <source>Choose...</source>
        <translation>Auswählen...</translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation>%1-Dateien (*.%2)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Remove the keyframe at the playhead</source>
        <translation>Keyframe am Abspielkopf entfernen</translation>
    </message>
    <message>
        <source>Animated by keyframes</source>
        <translation>Durch Keyframes animiert</translation>
    </message>
    <message>
        <source>Supported files (%1)</source>
        <translation>Unterstützte Dateien (%1)</translation>
    </message>
    <message>
        <source>Pick</source>
        <translation>Pipette</translation>
    </message>
    <message>
        <source>Pick the colour from the preview: click it there</source>
        <translation>Farbe aus der Vorschau aufnehmen: dort anklicken</translation>
    </message>
</context>
<context>
    <name>reelcut::gui::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>As the system (%1)</source>
        <translation>Wie das System (%1)</translation>
    </message>
    <message>
        <source>The new language applies after ReelCut is restarted.</source>
        <translation>Die neue Sprache gilt nach einem Neustart von ReelCut.</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>How often unsaved changes are written to a recovery file. 0 turns autosave off.</source>
        <translation>Wie oft ungespeicherte Änderungen in eine Wiederherstellungsdatei geschrieben werden. 0 schaltet das automatische Speichern aus.</translation>
    </message>
    <message>
        <source>Clear the list of recent files</source>
        <translation>Liste der zuletzt geöffneten Dateien leeren</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Sprache:</translation>
    </message>
    <message>
        <source>Export preset chosen first:</source>
        <translation>Zuerst gewählte Exportvorgabe:</translation>
    </message>
    <message>
        <source>Autosave every:</source>
        <translation>Automatisch speichern alle:</translation>
    </message>
    <message>
        <source>Recent files:</source>
        <translation>Zuletzt geöffnet:</translation>
    </message>
</context>
<context>
    <name>reelcut::gui::PreviewWidget</name>
    <message>
        <source>%1 safe zone</source>
        <translation>Sicherer Bereich für %1</translation>
    </message>
    <message>
        <source>%1 fps  |  render %2 ms  |  %3x%4  |  frame %5  |  dropped %6</source>
        <translation>%1 fps  |  Rendern %2 ms  |  %3x%4  |  Bild %5  |  verworfen %6</translation>
    </message>
</context>
<context>
    <name>reelcut::gui::RecordWindow</name>
    <message>
        <source>lip-sync</source>
        <translation>Lip-Sync</translation>
    </message>
    <message>
        <source>recovered after a crash</source>
        <translation>nach einem Absturz gerettet</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Aufnehmen</translation>
    </message>
    <message>
        <source>Saved %1 (%2).</source>
        <translation>%1 gespeichert (%2).</translation>
    </message>
    <message>
        <source>Recording stopped: %1</source>
        <translation>Aufnahme angehalten: %1</translation>
    </message>
    <message>
        <source>The camera could not start: %1</source>
        <translation>Die Kamera konnte nicht starten: %1</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>3 s</source>
        <translation>3 s</translation>
    </message>
    <message>
        <source>10 s</source>
        <translation>10 s</translation>
    </message>
    <message>
        <source>Wait this long after Record before capture starts, so you can step back from the camera</source>
        <translation>So lange nach „Aufnehmen“ warten, bevor die Aufnahme beginnt, damit Sie von der Kamera zurücktreten können</translation>
    </message>
    <message>
        <source>15 s</source>
        <translation>15 s</translation>
    </message>
    <message>
        <source>30 s</source>
        <translation>30 s</translation>
    </message>
    <message>
        <source>60 s</source>
        <translation>60 s</translation>
    </message>
    <message>
        <source>The take stops by itself after this long</source>
        <translation>Die Aufnahme endet nach dieser Zeit von selbst</translation>
    </message>
    <message>
        <source>Camera:</source>
        <translation>Kamera:</translation>
    </message>
    <message>
        <source>Microphone:</source>
        <translation>Mikrofon:</translation>
    </message>
    <message>
        <source>Timer:</source>
        <translation>Timer:</translation>
    </message>
    <message>
        <source>Length:</source>
        <translation>Länge:</translation>
    </message>
    <message>
        <source>Face effect:</source>
        <translation>Gesichtseffekt:</translation>
    </message>
    <message>
        <source>Lip-sync to a song</source>
        <translation>Lip-Sync zu einem Song</translation>
    </message>
    <message>
        <source>The song plays while you record (use headphones) and lands on the timeline in time with the take</source>
        <translation>Der Song läuft während der Aufnahme (Kopfhörer verwenden) und landet synchron zur Aufnahme in der Zeitleiste</translation>
    </message>
    <message>
        <source>Choose song...</source>
        <translation>Song wählen...</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Where in the song to start</source>
        <translation>Wo im Song begonnen wird</translation>
    </message>
    <message>
        <source>from</source>
        <translation>ab</translation>
    </message>
    <message>
        <source>Start recording (R)</source>
        <translation>Aufnahme starten (R)</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <source>Stop and keep the take (Space)</source>
        <translation>Anhalten und die Aufnahme behalten (Leertaste)</translation>
    </message>
    <message>
        <source>Takes</source>
        <translation>Aufnahmen</translation>
    </message>
    <message>
        <source>Use take</source>
        <translation>Aufnahme verwenden</translation>
    </message>
    <message>
        <source>Put the selected take on the timeline at the playhead</source>
        <translation>Die gewählte Aufnahme am Abspielkopf in die Zeitleiste legen</translation>
    </message>
    <message>
        <source>Import all</source>
        <translation>Alle importieren</translation>
    </message>
    <message>
        <source>Add every take to the media bin</source>
        <translation>Alle Aufnahmen zu den Medien hinzufügen</translation>
    </message>
    <message>
        <source>Delete the selected takes</source>
        <translation>Die gewählten Aufnahmen löschen</translation>
    </message>
    <message>
        <source>%1 is on the timeline.</source>
        <translation>%1 liegt in der Zeitleiste.</translation>
    </message>
    <message numerus="yes">
        <source>%n take(s) added to the media bin.</source>
        <translation>
            <numerusform>%n Aufnahme zu den Medien hinzugefügt.</numerusform>
            <numerusform>%n Aufnahmen zu den Medien hinzugefügt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete takes</source>
        <translation>Aufnahmen löschen</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n take(s) from the disk?</source>
        <translation>
            <numerusform>%n Aufnahme von der Festplatte löschen?</numerusform>
            <numerusform>%n Aufnahmen von der Festplatte löschen?</numerusform>
        </translation>
    </message>
    <message>
        <source>Media file</source>
        <translation>Mediendatei</translation>
    </message>
    <message>
        <source>No camera</source>
        <translation>Keine Kamera</translation>
    </message>
    <message>
        <source>No sound</source>
        <translation>Kein Ton</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keiner</translation>
    </message>
    <message>
        <source>The selected clip&apos;s effects</source>
        <translation>Die Effekte des gewählten Clips</translation>
    </message>
    <message>
        <source>No camera found.

Connect a webcam (or allow ReelCut to use it) and it appears here by itself.</source>
        <translation>Keine Kamera gefunden.

Schließen Sie eine Webcam an (oder erlauben Sie ReelCut, sie zu verwenden), dann erscheint sie hier von selbst.</translation>
    </message>
    <message>
        <source>Cannot play %1: %2</source>
        <translation>%1 kann nicht abgespielt werden: %2</translation>
    </message>
    <message>
        <source>Playing %1 as the camera.</source>
        <translation>%1 wird als Kamera abgespielt.</translation>
    </message>
    <message>
        <source>Song to lip-sync to</source>
        <translation>Song für Lip-Sync</translation>
    </message>
    <message>
        <source>Sound (*.mp3 *.m4a *.aac *.wav *.flac *.ogg *.opus *.mp4)</source>
        <translation>Ton (*.mp3 *.m4a *.aac *.wav *.flac *.ogg *.opus *.mp4)</translation>
    </message>
    <message>
        <source>Recording starts when the countdown ends.</source>
        <translation>Die Aufnahme beginnt, wenn der Countdown endet.</translation>
    </message>
    <message>
        <source>Recording.</source>
        <translation>Aufnahme läuft.</translation>
    </message>
    <message>
        <source>The song cannot play: %1</source>
        <translation>Der Song kann nicht abgespielt werden: %1</translation>
    </message>
</context>
<context>
    <name>reelcut::gui::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
</context>
<context>
    <name>reelcut::gui::StickerTab</name>
    <message>
        <source>Import sticker...</source>
        <translation>Sticker importieren...</translation>
    </message>
    <message>
        <source>Use your own PNG, GIF, WebP or SVG picture as a sticker</source>
        <translation>Eigenes PNG-, GIF-, WebP- oder SVG-Bild als Sticker verwenden</translation>
    </message>
    <message>
        <source>Import sticker</source>
        <translation>Sticker importieren</translation>
    </message>
    <message>
        <source>Stickers (*.png *.gif *.webp *.svg *.apng);;All files (*)</source>
        <translation>Sticker (*.png *.gif *.webp *.svg *.apng);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>reelcut::gui::TextInspector</name>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Type your text</source>
        <translation>Text eingeben</translation>
    </message>
    <message>
        <source>Font</source>
        <translation>Schrift</translation>
    </message>
    <message>
        <source>Bold</source>
        <translation>Fett</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>Kursiv</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Farbe</translation>
    </message>
    <message>
        <source>Text colour</source>
        <translation>Textfarbe</translation>
    </message>
    <message>
        <source>Outline</source>
        <translation>Kontur</translation>
    </message>
    <message>
        <source>Outline colour</source>
        <translation>Konturfarbe</translation>
    </message>
    <message>
        <source> blur</source>
        <translation> Unschärfe</translation>
    </message>
    <message>
        <source>Shadow</source>
        <translation>Schatten</translation>
    </message>
    <message>
        <source>Shadow colour</source>
        <translation>Schattenfarbe</translation>
    </message>
    <message>
        <source>Shadow offset</source>
        <translation>Schattenversatz</translation>
    </message>
    <message>
        <source> pad</source>
        <translation> Abstand</translation>
    </message>
    <message>
        <source>Box</source>
        <translation>Kasten</translation>
    </message>
    <message>
        <source>Box colour (transparent: none)</source>
        <translation>Kastenfarbe (transparent: keiner)</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Links</translation>
    </message>
    <message>
        <source>Centre</source>
        <translation>Mitte</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Rechts</translation>
    </message>
    <message>
        <source>Align</source>
        <translation>Ausrichtung</translation>
    </message>
    <message>
        <source>Spacing</source>
        <translation>Abstände</translation>
    </message>
    <message>
        <source>Lines wrap at this share of the canvas width</source>
        <translation>Zeilen brechen bei diesem Anteil der Leinwandbreite um</translation>
    </message>
    <message>
        <source>Wrap at</source>
        <translation>Umbruch bei</translation>
    </message>
    <message>
        <source>Animation in</source>
        <translation>Animation ein</translation>
    </message>
    <message>
        <source>Animation out</source>
        <translation>Animation aus</translation>
    </message>
    <message>
        <source>Edit text</source>
        <translation>Text bearbeiten</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Textgröße</translation>
    </message>
    <message>
        <source>Line spacing</source>
        <translation>Zeilenabstand</translation>
    </message>
    <message>
        <source>Letter spacing</source>
        <translation>Zeichenabstand</translation>
    </message>
    <message>
        <source>Wrap width</source>
        <translation>Umbruchbreite</translation>
    </message>
    <message>
        <source>Alignment</source>
        <translation>Ausrichtung</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Fade</source>
        <translation>Blende</translation>
    </message>
    <message>
        <source>Pop</source>
        <translation>Pop</translation>
    </message>
    <message>
        <source>Slide left</source>
        <translation>Nach links gleiten</translation>
    </message>
    <message>
        <source>Slide right</source>
        <translation>Nach rechts gleiten</translation>
    </message>
    <message>
        <source>Slide up</source>
        <translation>Nach oben gleiten</translation>
    </message>
    <message>
        <source>Slide down</source>
        <translation>Nach unten gleiten</translation>
    </message>
    <message>
        <source>Typewriter</source>
        <translation>Schreibmaschine</translation>
    </message>
    <message>
        <source>Bounce</source>
        <translation>Hüpfen</translation>
    </message>
    <message>
        <source>Radius of the box&apos;s rounded corners</source>
        <translation>Radius der abgerundeten Ecken des Kastens</translation>
    </message>
    <message>
        <source>Box corners</source>
        <translation>Kastenecken</translation>
    </message>
</context>
<context>
    <name>reelcut::gui::TextTab</name>
    <message>
        <source>Styles - click or drag to add</source>
        <translation>Stile – klicken oder ziehen zum Hinzufügen</translation>
    </message>
    <message>
        <source>Add &quot;%1&quot; text at the playhead</source>
        <translation>Text „%1“ am Abspielkopf hinzufügen</translation>
    </message>
    <message>
        <source>Emoji</source>
        <translation>Emoji</translation>
    </message>
    <message>
        <source>Add %1 at the playhead</source>
        <translation>%1 am Abspielkopf hinzufügen</translation>
    </message>
</context>
<context>
    <name>reelcut::gui::TimeInspector</name>
    <message>
        <source>Speed and picture</source>
        <translation>Tempo und Bild</translation>
    </message>
    <message>
        <source>None (constant speed)</source>
        <translation>Keine (gleichbleibendes Tempo)</translation>
    </message>
    <message>
        <source>Speed curve: the clip speeds up and slows down along it; its length follows the curve</source>
        <translation>Tempokurve: der Clip wird entlang der Kurve schneller und langsamer; seine Länge folgt der Kurve</translation>
    </message>
    <message>
        <source>Speed curve</source>
        <translation>Tempokurve</translation>
    </message>
    <message>
        <source>Reverse</source>
        <translation>Rückwärts</translation>
    </message>
    <message>
        <source>Play the clip backwards, sound included</source>
        <translation>Den Clip rückwärts abspielen, samt Ton</translation>
    </message>
    <message>
        <source>Flip horizontal</source>
        <translation>Horizontal spiegeln</translation>
    </message>
    <message>
        <source>Flip vertical</source>
        <translation>Vertikal spiegeln</translation>
    </message>
    <message>
        <source>Rotate 90°</source>
        <translation>90° drehen</translation>
    </message>
    <message>
        <source>Turn the picture a quarter clockwise</source>
        <translation>Das Bild eine Vierteldrehung im Uhrzeigersinn drehen</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Links</translation>
    </message>
    <message>
        <source>Top</source>
        <translation>Oben</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Rechts</translation>
    </message>
    <message>
        <source>Bottom</source>
        <translation>Unten</translation>
    </message>
    <message>
        <source>Share of the picture cut off this edge</source>
        <translation>Anteil des Bildes, der an diesem Rand abgeschnitten wird</translation>
    </message>
    <message>
        <source>Crop</source>
        <translation>Zuschneiden</translation>
    </message>
    <message>
        <source>Cannot change %1: %2</source>
        <translation>%1 kann nicht geändert werden: %2</translation>
    </message>
    <message>
        <source>Crop and mirror</source>
        <translation>Zuschneiden und spiegeln</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Eigene</translation>
    </message>
    <message>
        <source>Average %1x, from %2x to %3x</source>
        <translation>Mittel %1x, von %2x bis %3x</translation>
    </message>
    <message>
        <source>%1°</source>
        <translation>%1°</translation>
    </message>
</context>
<context>
    <name>reelcut::gui::TimelineView</name>
    <message>
        <source>Audio</source>
        <translation>Audio</translation>
    </message>
    <message>
        <source>Overlay</source>
        <translation>Overlay</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>Move clip</source>
        <translation>Clip verschieben</translation>
    </message>
    <message>
        <source>Move clips</source>
        <translation>Clips verschieben</translation>
    </message>
    <message>
        <source>Trim clip start</source>
        <translation>Clipanfang trimmen</translation>
    </message>
    <message>
        <source>Trim clip end</source>
        <translation>Clipende trimmen</translation>
    </message>
    <message>
        <source>Not possible: %1</source>
        <translation>Nicht möglich: %1</translation>
    </message>
    <message>
        <source>Split at playhead</source>
        <translation>Am Abspielkopf teilen</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Ripple delete</source>
        <translation>Löschen und Lücke schließen</translation>
    </message>
    <message>
        <source>Paste at playhead</source>
        <translation>Am Abspielkopf einfügen</translation>
    </message>
    <message>
        <source>Add video track</source>
        <translation>Videospur hinzufügen</translation>
    </message>
    <message>
        <source>Add overlay track</source>
        <translation>Overlay-Spur hinzufügen</translation>
    </message>
    <message>
        <source>Add audio track</source>
        <translation>Audiospur hinzufügen</translation>
    </message>
    <message>
        <source>Remove track</source>
        <translation>Spur entfernen</translation>
    </message>
    <message>
        <source>Hide track</source>
        <translation>Spur ausblenden</translation>
    </message>
    <message>
        <source>Show track</source>
        <translation>Spur einblenden</translation>
    </message>
    <message>
        <source>Mute track</source>
        <translation>Spur stummschalten</translation>
    </message>
    <message>
        <source>Unmute track</source>
        <translation>Spur-Ton einschalten</translation>
    </message>
    <message>
        <source>Lock track</source>
        <translation>Spur sperren</translation>
    </message>
    <message>
        <source>Unlock track</source>
        <translation>Spur entsperren</translation>
    </message>
    <message>
        <source>Cannot use %1: %2</source>
        <translation>%1 kann nicht verwendet werden: %2</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>%1 hinzufügen</translation>
    </message>
    <message>
        <source>Cannot add %1: %2</source>
        <translation>%1 kann nicht hinzugefügt werden: %2</translation>
    </message>
    <message>
        <source>Nothing to split: put the playhead inside a clip</source>
        <translation>Nichts zu teilen: Setzen Sie den Abspielkopf in einen Clip</translation>
    </message>
    <message>
        <source>Split</source>
        <translation>Teilen</translation>
    </message>
    <message>
        <source>Cannot split: %1</source>
        <translation>Teilen nicht möglich: %1</translation>
    </message>
    <message>
        <source>Cannot delete: %1</source>
        <translation>Löschen nicht möglich: %1</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n clip(s)</source>
        <translation>
            <numerusform>%n Clip kopiert</numerusform>
            <numerusform>%n Clips kopiert</numerusform>
        </translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Einfügen</translation>
    </message>
    <message>
        <source>Cannot paste here: %1</source>
        <translation>Hier kann nicht eingefügt werden: %1</translation>
    </message>
    <message>
        <source>Add track</source>
        <translation>Spur hinzufügen</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Hauptspur</translation>
    </message>
    <message>
        <source>Main track magnet on</source>
        <translation>Magnet der Hauptspur an</translation>
    </message>
    <message>
        <source>Main track magnet off</source>
        <translation>Magnet der Hauptspur aus</translation>
    </message>
    <message>
        <source>Delete keyframe</source>
        <translation>Keyframe löschen</translation>
    </message>
    <message>
        <source>Easing to the next keyframe</source>
        <translation>Verlauf bis zum nächsten Keyframe</translation>
    </message>
    <message>
        <source>Linear</source>
        <translation>Linear</translation>
    </message>
    <message>
        <source>Ease in</source>
        <translation>Langsam beginnen</translation>
    </message>
    <message>
        <source>Ease out</source>
        <translation>Langsam enden</translation>
    </message>
    <message>
        <source>Ease in and out</source>
        <translation>Langsam beginnen und enden</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Halten</translation>
    </message>
    <message>
        <source>Keyframe easing</source>
        <translation>Keyframe-Verlauf</translation>
    </message>
    <message>
        <source>Move keyframe</source>
        <translation>Keyframe verschieben</translation>
    </message>
    <message>
        <source>Transition duration</source>
        <translation>Dauer des Übergangs</translation>
    </message>
    <message>
        <source>Brand logo on the face</source>
        <translation>Markenlogo aufs Gesicht</translation>
    </message>
    <message>
        <source>Left cheek</source>
        <translation>Linke Wange</translation>
    </message>
    <message>
        <source>Right cheek</source>
        <translation>Rechte Wange</translation>
    </message>
    <message>
        <source>Forehead</source>
        <translation>Stirn</translation>
    </message>
    <message>
        <source>Freeze frame</source>
        <translation>Standbild</translation>
    </message>
    <message>
        <source>Nothing to freeze: put the playhead on a video clip</source>
        <translation>Nichts anzuhalten: den Abspielkopf auf einen Videoclip setzen</translation>
    </message>
    <message>
        <source>Cannot freeze the frame: %1</source>
        <translation>Das Standbild geht nicht: %1</translation>
    </message>
    <message>
        <source>Delete volume point</source>
        <translation>Lautstärkepunkt löschen</translation>
    </message>
    <message>
        <source>Move volume point</source>
        <translation>Lautstärkepunkt verschieben</translation>
    </message>
    <message>
        <source>Fade in</source>
        <translation>Einblenden</translation>
    </message>
    <message>
        <source>Fade out</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <source>Add volume point</source>
        <translation>Lautstärkepunkt hinzufügen</translation>
    </message>
</context>
<context>
    <name>reelcut::gui::TransitionInspector</name>
    <message>
        <source>Transition in</source>
        <translation>Übergang hinein</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Remove transition</source>
        <translation>Übergang entfernen</translation>
    </message>
    <message>
        <source>Transition</source>
        <translation>Übergang</translation>
    </message>
    <message>
        <source>Transition duration</source>
        <translation>Dauer des Übergangs</translation>
    </message>
    <message>
        <source>Cannot change %1: %2</source>
        <translation>%1 kann nicht geändert werden: %2</translation>
    </message>
    <message>
        <source>Transition setting</source>
        <translation>Übergangseinstellung</translation>
    </message>
</context>
<context>
    <name>reelcut::gui::TransitionsTab</name>
    <message>
        <source>Drag a transition onto a cut between two clips.</source>
        <translation>Zieh einen Übergang auf den Schnitt zwischen zwei Clips.</translation>
    </message>
    <message>
        <source>Drag onto a cut, or double-click to put it on the cut into the selected clip</source>
        <translation>Auf einen Schnitt ziehen oder doppelklicken, um ihn auf den Schnitt vor dem ausgewählten Clip zu legen</translation>
    </message>
    <message>
        <source>Apply to selected clip</source>
        <translation>Auf ausgewählten Clip anwenden</translation>
    </message>
    <message>
        <source>Puts the transition on the cut into the selected clip</source>
        <translation>Legt den Übergang auf den Schnitt vor dem ausgewählten Clip</translation>
    </message>
</context>
<context>
    <name>reelcut::gui::VoiceInspector</name>
    <message>
        <source>Voice</source>
        <translation>Stimme</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keiner</translation>
    </message>
    <message>
        <source>Chipmunk</source>
        <translation>Streifenhörnchen</translation>
    </message>
    <message>
        <source>Deep</source>
        <translation>Tief</translation>
    </message>
    <message>
        <source>Robot</source>
        <translation>Roboter</translation>
    </message>
    <message>
        <source>Echo</source>
        <translation>Echo</translation>
    </message>
    <message>
        <source>Change how the voice sounds</source>
        <translation>Ändert, wie die Stimme klingt</translation>
    </message>
    <message>
        <source>Voice effect</source>
        <translation>Stimmeffekt</translation>
    </message>
    <message>
        <source>Reduce noise</source>
        <translation>Rauschen mindern</translation>
    </message>
    <message>
        <source>Removes steady background noise: hum, fans, traffic</source>
        <translation>Entfernt gleichmäßige Hintergrundgeräusche: Brummen, Lüfter, Verkehr</translation>
    </message>
    <message>
        <source>Voice clarity</source>
        <translation>Sprachklarheit</translation>
    </message>
    <message>
        <source>Cuts rumble and boxiness and lifts presence, so speech reads clearer</source>
        <translation>Senkt Rumpeln und Dröhnen und hebt die Präsenz an, damit Sprache klarer wirkt</translation>
    </message>
    <message>
        <source>Keep pitch</source>
        <translation>Tonhöhe halten</translation>
    </message>
    <message>
        <source>A faster or slower clip keeps its voice natural</source>
        <translation>Ein schnellerer oder langsamerer Clip behält eine natürliche Stimme</translation>
    </message>
    <message>
        <source>Duck under voice</source>
        <translation>Unter Sprache absenken</translation>
    </message>
    <message>
        <source>This track goes down while someone speaks on another track, found in the sound itself</source>
        <translation>Diese Spur wird leiser, während auf einer anderen Spur jemand spricht – erkannt am Ton selbst</translation>
    </message>
    <message>
        <source>How far the track goes down under speech</source>
        <translation>Wie weit die Spur unter Sprache abgesenkt wird</translation>
    </message>
    <message>
        <source>Depth</source>
        <translation>Tiefe</translation>
    </message>
    <message>
        <source>No ducking</source>
        <translation>Keine Absenkung</translation>
    </message>
    <message>
        <source>Ducking depth</source>
        <translation>Absenkungstiefe</translation>
    </message>
</context>
<context>
    <name>reelcut::gui::VoiceOverDialog</name>
    <message>
        <source>Record voice-over</source>
        <translation>Voiceover aufnehmen</translation>
    </message>
    <message>
        <source>Speak as you will in the recording: the bar should reach the yellow part and stay out of the red</source>
        <translation>Sprich so wie in der Aufnahme: Der Balken sollte den gelben Bereich erreichen und aus dem roten bleiben</translation>
    </message>
    <message>
        <source>Microphone:</source>
        <translation>Mikrofon:</translation>
    </message>
    <message>
        <source>Level:</source>
        <translation>Pegel:</translation>
    </message>
    <message>
        <source>3-2-1 countdown</source>
        <translation>3-2-1-Countdown</translation>
    </message>
    <message>
        <source>Play the timeline while recording</source>
        <translation>Zeitleiste während der Aufnahme abspielen</translation>
    </message>
    <message>
        <source>Mute the timeline while recording</source>
        <translation>Zeitleiste während der Aufnahme stummschalten</translation>
    </message>
    <message>
        <source>Unmute to speak over the sound; use headphones, or the speakers are recorded too</source>
        <translation>Ton einschalten, um über den Ton zu sprechen; nutze Kopfhörer, sonst werden die Lautsprecher mit aufgenommen</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Aufnehmen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Media file</source>
        <translation>Mediendatei</translation>
    </message>
    <message>
        <source>No microphone</source>
        <translation>Kein Mikrofon</translation>
    </message>
    <message>
        <source>No microphone found. Connect one (or allow ReelCut to use it) and it appears here; the editor works on without it.</source>
        <translation>Kein Mikrofon gefunden. Schließe eines an (oder erlaube ReelCut den Zugriff), dann erscheint es hier; der Editor funktioniert auch ohne.</translation>
    </message>
    <message>
        <source>Cannot record: %1</source>
        <translation>Aufnahme nicht möglich: %1</translation>
    </message>
    <message>
        <source>Nothing was recorded: the microphone sent no sound.</source>
        <translation>Nichts wurde aufgenommen: Das Mikrofon hat keinen Ton geliefert.</translation>
    </message>
    <message>
        <source>Saved %1 (%2).</source>
        <translation>%1 gespeichert (%2).</translation>
    </message>
    <message>
        <source>The voice-over could not be saved: %1</source>
        <translation>Das Voiceover konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Recording stopped: %1</source>
        <translation>Aufnahme gestoppt: %1</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <source>Too loud: the sound clips. Turn the input down.</source>
        <translation>Zu laut: Der Ton übersteuert. Regle den Eingang herunter.</translation>
    </message>
</context>
</TS>
