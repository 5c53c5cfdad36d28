<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl">
<context>
    <name>Aspect</name>
    <message>
        <source>TikTok, Reels, Shorts</source>
        <translation>TikTok, Reels, Shorts</translation>
    </message>
    <message>
        <source>Square feed post</source>
        <translation>Vierkante feedpost</translation>
    </message>
    <message>
        <source>Portrait feed post</source>
        <translation>Staande feedpost</translation>
    </message>
    <message>
        <source>YouTube, landscape</source>
        <translation>YouTube, liggend</translation>
    </message>
</context>
<context>
    <name>BatchReport</name>
    <message>
        <source>done</source>
        <translation>klaar</translation>
    </message>
    <message>
        <source>up to date</source>
        <translation>bijgewerkt</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>mislukt</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>ongeldig</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>wachtend</translation>
    </message>
    <message>
        <source>en</source>
        <comment>language code</comment>
        <translation>nl</translation>
    </message>
    <message>
        <source>ReelCut batch report</source>
        <translation>ReelCut-batchrapport</translation>
    </message>
    <message>
        <source>Batch report</source>
        <translation>Batchrapport</translation>
    </message>
    <message>
        <source>%1 videos</source>
        <translation>%1 video's</translation>
    </message>
    <message>
        <source>%1 done</source>
        <translation>%1 klaar</translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation>%1 mislukt</translation>
    </message>
    <message>
        <source>%1 invalid</source>
        <translation>%1 ongeldig</translation>
    </message>
    <message>
        <source>%1 pending</source>
        <translation>%1 wachtend</translation>
    </message>
    <message>
        <source>Shards not reported yet: %1 (of %2)</source>
        <translation>Nog niet gemelde delen: %1 (van %2)</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(geen naam)</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>rij %1</translation>
    </message>
</context>
<context>
    <name>CaptionImport</name>
    <message>
        <source>%1 has no captions.</source>
        <translation>%1 bevat geen ondertitels.</translation>
    </message>
    <message>
        <source>Import captions</source>
        <translation>Ondertitels importeren</translation>
    </message>
    <message>
        <source>Captions</source>
        <translation>Ondertitels</translation>
    </message>
</context>
<context>
    <name>ClipPainter</name>
    <message>
        <source>%1 (missing)</source>
        <translation>%1 (ontbreekt)</translation>
    </message>
    <message>
        <source>Freeze</source>
        <translation>Bevroren</translation>
    </message>
    <message>
        <source>Curve</source>
        <translation>Curve</translation>
    </message>
    <message>
        <source>Reversed</source>
        <translation>Omgekeerd</translation>
    </message>
</context>
<context>
    <name>Effect</name>
    <message>
        <source>Blur</source>
        <translation>Vervagen</translation>
    </message>
    <message>
        <source>Radius</source>
        <translation>Straal</translation>
    </message>
    <message>
        <source>Adjust colour</source>
        <translation>Kleur aanpassen</translation>
    </message>
    <message>
        <source>Brightness</source>
        <translation>Helderheid</translation>
    </message>
    <message>
        <source>Contrast</source>
        <translation>Contrast</translation>
    </message>
    <message>
        <source>Saturation</source>
        <translation>Verzadiging</translation>
    </message>
    <message>
        <source>Beauty</source>
        <translation>Verfraaien</translation>
    </message>
    <message>
        <source>Skin smoothing</source>
        <translation>Huid verzachten</translation>
    </message>
    <message>
        <source>Brighten</source>
        <translation>Oplichten</translation>
    </message>
    <message>
        <source>Lipstick</source>
        <translation>Lippenstift</translation>
    </message>
    <message>
        <source>Lipstick colour</source>
        <translation>Lippenstiftkleur</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Sterkte</translation>
    </message>
    <message>
        <source>Landmark overlay</source>
        <translation>Gezichtspunten</translation>
    </message>
    <message>
        <source>Show anchors</source>
        <translation>Ankerpunten tonen</translation>
    </message>
    <message>
        <source>Face (0 = all)</source>
        <translation>Gezicht (0 = alle)</translation>
    </message>
    <message>
        <source>Hide faces</source>
        <translation>Gezichten verbergen</translation>
    </message>
    <message>
        <source>Pixelate (else blur)</source>
        <translation>Pixeleren (anders vervagen)</translation>
    </message>
    <message>
        <source>Leave this face visible (0 = none)</source>
        <translation>Dit gezicht zichtbaar laten (0 = geen)</translation>
    </message>
    <message>
        <source>Face sticker</source>
        <translation>Gezichtssticker</translation>
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
        <translation>Waar hij hoort</translation>
    </message>
    <message>
        <source>Eyes</source>
        <translation>Ogen</translation>
    </message>
    <message>
        <source>Forehead</source>
        <translation>Voorhoofd</translation>
    </message>
    <message>
        <source>Top of head</source>
        <translation>Bovenop het hoofd</translation>
    </message>
    <message>
        <source>Nose</source>
        <translation>Neus</translation>
    </message>
    <message>
        <source>Upper lip</source>
        <translation>Bovenlip</translation>
    </message>
    <message>
        <source>Mouth</source>
        <translation>Mond</translation>
    </message>
    <message>
        <source>Chin</source>
        <translation>Kin</translation>
    </message>
    <message>
        <source>Left cheek</source>
        <translation>Linkerwang</translation>
    </message>
    <message>
        <source>Right cheek</source>
        <translation>Rechterwang</translation>
    </message>
    <message>
        <source>Both cheeks</source>
        <translation>Beide wangen</translation>
    </message>
    <message>
        <source>Offset across (eye distances)</source>
        <translation>Verschuiving opzij (oogafstanden)</translation>
    </message>
    <message>
        <source>Offset down (eye distances)</source>
        <translation>Verschuiving omlaag (oogafstanden)</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Schaal</translation>
    </message>
    <message>
        <source>Sunglasses</source>
        <translation>Zonnebril</translation>
    </message>
    <message>
        <source>Party hat</source>
        <translation>Feesthoedje</translation>
    </message>
    <message>
        <source>Crown</source>
        <translation>Kroon</translation>
    </message>
    <message>
        <source>Cat ears</source>
        <translation>Kattenoren</translation>
    </message>
    <message>
        <source>Cat nose</source>
        <translation>Kattenneus</translation>
    </message>
    <message>
        <source>Moustache</source>
        <translation>Snor</translation>
    </message>
    <message>
        <source>Blush</source>
        <translation>Blos</translation>
    </message>
    <message>
        <source>Brand logo on cheek</source>
        <translation>Merklogo op de wang</translation>
    </message>
    <message>
        <source>Face reshape</source>
        <translation>Gezicht vervormen</translation>
    </message>
    <message>
        <source>Big eyes</source>
        <translation>Grote ogen</translation>
    </message>
    <message>
        <source>Slim face</source>
        <translation>Smal gezicht</translation>
    </message>
    <message>
        <source>Exposure (stops)</source>
        <translation>Belichting (stops)</translation>
    </message>
    <message>
        <source>Vibrance</source>
        <translation>Levendigheid</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Temperatuur</translation>
    </message>
    <message>
        <source>Tint</source>
        <translation>Tint</translation>
    </message>
    <message>
        <source>Highlights</source>
        <translation>Hoge lichten</translation>
    </message>
    <message>
        <source>Shadows</source>
        <translation>Schaduwen</translation>
    </message>
    <message>
        <source>Vignette</source>
        <translation>Vignet</translation>
    </message>
    <message>
        <source>Sharpen</source>
        <translation>Verscherpen</translation>
    </message>
    <message>
        <source>Grain</source>
        <translation>Korrel</translation>
    </message>
    <message>
        <source>Warm</source>
        <translation>Warm</translation>
    </message>
    <message>
        <source>Golden hour</source>
        <translation>Gouden uur</translation>
    </message>
    <message>
        <source>Cool</source>
        <translation>Koel</translation>
    </message>
    <message>
        <source>Midnight</source>
        <translation>Middernacht</translation>
    </message>
    <message>
        <source>Teal &amp; orange</source>
        <translation>Petrol &amp; oranje</translation>
    </message>
    <message>
        <source>Vintage</source>
        <translation>Vintage</translation>
    </message>
    <message>
        <source>Film fade</source>
        <translation>Vervaagde film</translation>
    </message>
    <message>
        <source>Matte</source>
        <translation>Mat</translation>
    </message>
    <message>
        <source>Bleach bypass</source>
        <translation>Bleach bypass</translation>
    </message>
    <message>
        <source>Cross process</source>
        <translation>Crossprocessing</translation>
    </message>
    <message>
        <source>Vivid</source>
        <translation>Levendig</translation>
    </message>
    <message>
        <source>Dreamy</source>
        <translation>Dromerig</translation>
    </message>
    <message>
        <source>Black &amp; white</source>
        <translation>Zwart-wit</translation>
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
        <translation>LUT-bestand (.cube)</translation>
    </message>
    <message>
        <source>Intensity</source>
        <translation>Intensiteit</translation>
    </message>
    <message>
        <source>Chroma key</source>
        <translation>Chromakey</translation>
    </message>
    <message>
        <source>Key colour</source>
        <translation>Keykleur</translation>
    </message>
    <message>
        <source>Similarity</source>
        <translation>Gelijkenis</translation>
    </message>
    <message>
        <source>Edge softness</source>
        <translation>Randzachtheid</translation>
    </message>
    <message>
        <source>Spill suppression</source>
        <translation>Spill-onderdrukking</translation>
    </message>
    <message>
        <source>Mask</source>
        <translation>Masker</translation>
    </message>
    <message>
        <source>Shape</source>
        <translation>Vorm</translation>
    </message>
    <message>
        <source>Rectangle</source>
        <translation>Rechthoek</translation>
    </message>
    <message>
        <source>Ellipse</source>
        <translation>Ellips</translation>
    </message>
    <message>
        <source>Linear</source>
        <translation>Lineair</translation>
    </message>
    <message>
        <source>Mirror</source>
        <translation>Spiegel</translation>
    </message>
    <message>
        <source>Position X</source>
        <translation>Positie X</translation>
    </message>
    <message>
        <source>Position Y</source>
        <translation>Positie Y</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>Breedte</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>Hoogte</translation>
    </message>
    <message>
        <source>Rotation</source>
        <translation>Rotatie</translation>
    </message>
    <message>
        <source>Feather</source>
        <translation>Zachte rand</translation>
    </message>
    <message>
        <source>Invert</source>
        <translation>Omkeren</translation>
    </message>
    <message>
        <source>Cross-fade</source>
        <translation>Overvloeiing</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Kleur</translation>
    </message>
    <message>
        <source>Slide</source>
        <translation>Schuiven</translation>
    </message>
    <message>
        <source>Push</source>
        <translation>Duwen</translation>
    </message>
    <message>
        <source>Glitch</source>
        <translation>Glitch</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Richting</translation>
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
        <translation>Omhoog</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Omlaag</translation>
    </message>
    <message>
        <source>Dip to black</source>
        <translation>Via zwart</translation>
    </message>
    <message>
        <source>Dip to white</source>
        <translation>Via wit</translation>
    </message>
    <message>
        <source>Wipe</source>
        <translation>Veeg</translation>
    </message>
    <message>
        <source>Circle open</source>
        <translation>Cirkel open</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Inzoomen</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Uitzoomen</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <source>Spin</source>
        <translation>Draaien</translation>
    </message>
    <message>
        <source>Turns</source>
        <translation>Omwentelingen</translation>
    </message>
    <message>
        <source>Face mask</source>
        <translation>Gezichtsmasker</translation>
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
        <translation>Tijgerschmink</translation>
    </message>
    <message>
        <source>Skull mask</source>
        <translation>Doodshoofdmasker</translation>
    </message>
    <message>
        <source>Own mask picture</source>
        <translation>Eigen maskerafbeelding</translation>
    </message>
    <message>
        <source>Blend</source>
        <translation>Mengen</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normaal</translation>
    </message>
    <message>
        <source>Soft light</source>
        <translation>Zacht licht</translation>
    </message>
    <message>
        <source>Multiply</source>
        <translation>Vermenigvuldigen</translation>
    </message>
    <message>
        <source>Own picture</source>
        <translation>Eigen afbeelding</translation>
    </message>
    <message>
        <source>Pivot (point of the picture)</source>
        <translation>Draaipunt (punt in de afbeelding)</translation>
    </message>
    <message>
        <source>Turn with the head</source>
        <translation>Met het hoofd meedraaien</translation>
    </message>
    <message>
        <source>Animation speed</source>
        <translation>Animatiesnelheid</translation>
    </message>
    <message>
        <source>Loop the animation</source>
        <translation>Animatie herhalen</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Tonen</translation>
    </message>
    <message>
        <source>Always</source>
        <translation>Altijd</translation>
    </message>
    <message>
        <source>When the mouth opens</source>
        <translation>Als de mond opengaat</translation>
    </message>
    <message>
        <source>When the brows go up</source>
        <translation>Als de wenkbrauwen omhooggaan</translation>
    </message>
</context>
<context>
    <name>EffectCategory</name>
    <message>
        <source>Blur</source>
        <translation>Vervagen</translation>
    </message>
    <message>
        <source>Color</source>
        <translation>Kleur</translation>
    </message>
    <message>
        <source>Face</source>
        <translation>Gezicht</translation>
    </message>
    <message>
        <source>Warm &amp; cool</source>
        <translation>Warm &amp; koel</translation>
    </message>
    <message>
        <source>Film</source>
        <translation>Film</translation>
    </message>
    <message>
        <source>Vivid &amp; soft</source>
        <translation>Levendig &amp; zacht</translation>
    </message>
    <message>
        <source>Black &amp; white</source>
        <translation>Zwart-wit</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Keyen</translation>
    </message>
    <message>
        <source>Basic</source>
        <translation>Basis</translation>
    </message>
    <message>
        <source>Motion</source>
        <translation>Beweging</translation>
    </message>
    <message>
        <source>Effects</source>
        <translation>Effecten</translation>
    </message>
    <message>
        <source>Wipes</source>
        <translation>Vegen</translation>
    </message>
</context>
<context>
    <name>Engine</name>
    <message>
        <source>--at %1 is past the end of the project (%2); the last frame is at %3</source>
        <comment>cli.frame-past-end</comment>
        <translation>--at %1 ligt na het einde van het project (%2); het laatste beeld staat op %3</translation>
    </message>
    <message>
        <source>%1: cannot write the picture: %2</source>
        <comment>cli.image-write</comment>
        <translation>%1: de afbeelding kan niet worden geschreven: %2</translation>
    </message>
    <message>
        <source>the captions file</source>
        <comment>output.input-captions</comment>
        <translation>het ondertitelbestand</translation>
    </message>
    <message>
        <source>The file has no video stream.</source>
        <comment>validate.no-video</comment>
        <translation>Het bestand heeft geen videostream.</translation>
    </message>
    <message>
        <source>The video is encoded as %1, not H.264.</source>
        <comment>validate.not-h264</comment>
        <translation>De video is gecodeerd als %1, niet als H.264.</translation>
    </message>
    <message>
        <source>The video uses the H.264 %1 profile, not High.</source>
        <comment>validate.profile</comment>
        <translation>De video gebruikt het H.264-profiel %1, niet High.</translation>
    </message>
    <message>
        <source>The pixel format is %1, not yuv420p (4:2:0).</source>
        <comment>validate.pixel-format</comment>
        <translation>Het pixelformaat is %1, niet yuv420p (4:2:0).</translation>
    </message>
    <message>
        <source>The video is %1; %2 needs %3.</source>
        <comment>validate.size</comment>
        <translation>De video is %1; %2 heeft %3 nodig.</translation>
    </message>
    <message>
        <source>The colour tags are %1, not BT.709 limited range.</source>
        <comment>validate.colour-tags</comment>
        <translation>De kleurlabels zijn %1, niet BT.709 met beperkt bereik.</translation>
    </message>
    <message>
        <source>The frame rate is not constant.</source>
        <comment>validate.variable-rate</comment>
        <translation>De framerate is niet constant.</translation>
    </message>
    <message>
        <source>The frame rate is %1; the preset asks for %2.</source>
        <comment>validate.rate</comment>
        <translation>De framerate is %1; de voorinstelling vraagt %2.</translation>
    </message>
    <message>
        <source>The video runs at %1; %2 expects at least %3.</source>
        <comment>validate.rate-low</comment>
        <translation>De video loopt op %1; %2 verwacht minstens %3.</translation>
    </message>
    <message>
        <source>The video runs at %1; %2 shows at most %3 and will drop frames.</source>
        <comment>validate.rate-high</comment>
        <translation>De video loopt op %1; %2 toont hoogstens %3 en laat beelden vallen.</translation>
    </message>
    <message>
        <source>The audio is %1, not AAC-LC.</source>
        <comment>validate.not-aac</comment>
        <translation>Het geluid is %1, niet AAC-LC.</translation>
    </message>
    <message>
        <source>The audio sample rate is %1 Hz, not %2 Hz.</source>
        <comment>validate.sample-rate</comment>
        <translation>De samplefrequentie van het geluid is %1 Hz, niet %2 Hz.</translation>
    </message>
    <message>
        <source>The audio has %1 channels, not %2.</source>
        <comment>validate.channels</comment>
        <translation>Het geluid heeft %1 kanalen, niet %2.</translation>
    </message>
    <message>
        <source>The index (moov) is at the end of the file, so it cannot start playing while uploading.</source>
        <comment>validate.moov-at-end</comment>
        <translation>De index (moov) staat aan het einde van het bestand, dus het kan niet al tijdens het uploaden afspelen.</translation>
    </message>
    <message>
        <source>The file contains an edit list, which %1 may not process correctly.</source>
        <comment>validate.edit-list</comment>
        <translation>Het bestand bevat een bewerkingslijst (edit list), die %1 mogelijk verkeerd verwerkt.</translation>
    </message>
    <message>
        <source>The video is %1 long; %2 accepts at most %3.</source>
        <comment>validate.too-long</comment>
        <translation>De video duurt %1; %2 accepteert hoogstens %3.</translation>
    </message>
    <message>
        <source>The video is %1 long; %2 needs at least %3.</source>
        <comment>validate.too-short</comment>
        <translation>De video duurt %1; %2 heeft minstens %3 nodig.</translation>
    </message>
    <message>
        <source>The file is %1; %2 accepts at most %3.</source>
        <comment>validate.too-big</comment>
        <translation>Het bestand is %1; %2 accepteert hoogstens %3.</translation>
    </message>
    <message>
        <source>The average bit rate is %1; for %2 it should stay under %3 or the platform re-compresses it harder.</source>
        <comment>validate.bit-rate</comment>
        <translation>De gemiddelde bitrate is %1; voor %2 moet die onder %3 blijven, anders comprimeert het platform sterker.</translation>
    </message>
    <message>
        <source>the project is empty: add a clip before exporting</source>
        <comment>export.empty</comment>
        <translation>het project is leeg: voeg een clip toe voordat je exporteert</translation>
    </message>
    <message>
        <source>the export range is empty (from %1 to %2)</source>
        <comment>export.empty-range</comment>
        <translation>het exportbereik is leeg (van %1 tot %2)</translation>
    </message>
    <message>
        <source>stopped after %1 of %2 frames</source>
        <comment>export.stopped</comment>
        <translation>gestopt na %1 van %2 beelden</translation>
    </message>
    <message>
        <source>The sound is at %1 LUFS; %2 plays videos at about %3 LUFS, so this one will sound quiet. Export with loudness normalisation to fix it.</source>
        <comment>export.quiet</comment>
        <translation>Het geluid zit op %1 LUFS; %2 speelt video’s af op ongeveer %3 LUFS, dus deze klinkt zacht. Exporteer met luidheidsnormalisatie om dat op te lossen.</translation>
    </message>
    <message>
        <source>export cancelled</source>
        <comment>export.cancelled</comment>
        <translation>export geannuleerd</translation>
    </message>
    <message>
        <source>The text &quot;%1&quot;</source>
        <comment>safe-zone.text</comment>
        <translation>De tekst &quot;%1&quot;</translation>
    </message>
    <message>
        <source>The sticker %1</source>
        <comment>safe-zone.sticker</comment>
        <translation>De sticker %1</translation>
    </message>
    <message>
        <source>left edge</source>
        <comment>safe-zone.left</comment>
        <translation>de linkerrand</translation>
    </message>
    <message>
        <source>top bar</source>
        <comment>safe-zone.top</comment>
        <translation>de bovenbalk</translation>
    </message>
    <message>
        <source>buttons on the right</source>
        <comment>safe-zone.right</comment>
        <translation>de knoppen rechts</translation>
    </message>
    <message>
        <source>caption area at the bottom</source>
        <comment>safe-zone.bottom</comment>
        <translation>het bijschriftvak onderaan</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <comment>safe-zone.and</comment>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>safe-zone.comma</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 at %2 is partly hidden by %3&apos;s %4; move it towards the middle.</source>
        <comment>safe-zone.hidden</comment>
        <translation>%1 op %2 wordt bij %3 deels verborgen door %4; schuif het naar het midden.</translation>
    </message>
    <message>
        <source>an MP4 video</source>
        <comment>output.kind-video</comment>
        <translation>een MP4-video</translation>
    </message>
    <message>
        <source>a picture</source>
        <comment>output.kind-image</comment>
        <translation>een afbeelding</translation>
    </message>
    <message>
        <source>SubRip captions</source>
        <comment>output.kind-subtitles</comment>
        <translation>SubRip-ondertitels</translation>
    </message>
    <message>
        <source>a ReelCut project</source>
        <comment>output.kind-project</comment>
        <translation>een ReelCut-project</translation>
    </message>
    <message>
        <source>data</source>
        <comment>output.kind-data</comment>
        <translation>gegevens</translation>
    </message>
    <message>
        <source>no output file was given</source>
        <comment>output.empty</comment>
        <translation>er is geen uitvoerbestand opgegeven</translation>
    </message>
    <message>
        <source>%1: the file name contains a NUL character</source>
        <comment>output.nul</comment>
        <translation>%1: de bestandsnaam bevat een NUL-teken</translation>
    </message>
    <message>
        <source>%1: ReelCut writes %2 here, so the name must end in %3</source>
        <comment>output.extension</comment>
        <translation>%1: ReelCut schrijft hier %2, dus de naam moet eindigen op %3</translation>
    </message>
    <message>
        <source>%1: the folder %2 does not exist</source>
        <comment>output.no-folder</comment>
        <translation>%1: de map %2 bestaat niet</translation>
    </message>
    <message>
        <source>%1: %2 is not a folder</source>
        <comment>output.folder-not-folder</comment>
        <translation>%1: %2 is geen map</translation>
    </message>
    <message>
        <source>%1: the folder %2 is not writable (%3)</source>
        <comment>output.folder-not-writable</comment>
        <translation>%1: er kan niet in de map %2 worden geschreven (%3)</translation>
    </message>
    <message>
        <source>%1 is %2, which this run reads; writing there would destroy it. Choose another name for the output</source>
        <comment>output.is-input</comment>
        <translation>%1 is %2, dat deze opdracht leest; daarheen schrijven zou het vernietigen. Kies een andere naam voor de uitvoer</translation>
    </message>
    <message>
        <source>%1 is a folder; give the name of a file</source>
        <comment>output.is-folder</comment>
        <translation>%1 is een map; geef de naam van een bestand</translation>
    </message>
    <message>
        <source>%1 exists and is not a plain file (a link, a device or a pipe); ReelCut replaces only plain files</source>
        <comment>output.not-plain</comment>
        <translation>%1 bestaat en is geen gewoon bestand (een koppeling, een apparaat of een pipe); ReelCut vervangt alleen gewone bestanden</translation>
    </message>
    <message>
        <source>%1 already exists; choose another name, or replace it with --force</source>
        <comment>output.exists</comment>
        <translation>%1 bestaat al; kies een andere naam of vervang het met --force</translation>
    </message>
    <message>
        <source>the project file</source>
        <comment>output.input-project</comment>
        <translation>het projectbestand</translation>
    </message>
    <message>
        <source>a media file of the project</source>
        <comment>output.input-media</comment>
        <translation>een mediabestand van het project</translation>
    </message>
    <message>
        <source>%1 is named for two outputs of this run</source>
        <comment>output.twice</comment>
        <translation>%1 is opgegeven voor twee uitvoerbestanden van deze opdracht</translation>
    </message>
    <message>
        <source>%1 is being written by another export right now</source>
        <comment>output.busy</comment>
        <translation>%1 wordt nu door een andere export geschreven</translation>
    </message>
    <message>
        <source>%1: cannot create the temporary file %2 (%3)</source>
        <comment>output.create</comment>
        <translation>%1: het tijdelijke bestand %2 kan niet worden aangemaakt (%3)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>output.failed</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>cannot write: %1</source>
        <comment>output.write</comment>
        <translation>schrijven mislukt: %1</translation>
    </message>
    <message>
        <source>cannot flush to disk: %1</source>
        <comment>output.flush</comment>
        <translation>wegschrijven naar schijf mislukt: %1</translation>
    </message>
    <message>
        <source>the file appeared while ReelCut was writing it; it was left as it is</source>
        <comment>output.appeared</comment>
        <translation>het bestand verscheen terwijl ReelCut het schreef; het blijft zoals het is</translation>
    </message>
    <message>
        <source>cannot move the finished file into place: %1</source>
        <comment>output.rename</comment>
        <translation>het klaar bestand kan niet op zijn plaats worden gezet: %1</translation>
    </message>
    <message>
        <source>the animation is too large (more than %1 MB of pictures); make it smaller or shorter</source>
        <comment>media.animation-too-large</comment>
        <translation>de animatie is te groot (meer dan %1 MB aan beelden); maak haar kleiner of korter</translation>
    </message>
    <message>
        <source>no frames in the animated picture</source>
        <comment>media.no-animation-frames</comment>
        <translation>de geanimeerde afbeelding bevat geen beelden</translation>
    </message>
    <message>
        <source>the decoded sound has no usable format</source>
        <comment>audio.no-format</comment>
        <translation>het gedecodeerde geluid heeft geen bruikbaar formaat</translation>
    </message>
    <message>
        <source>the sound cannot be converted: %1</source>
        <comment>audio.conversion</comment>
        <translation>het geluid kan niet worden omgezet: %1</translation>
    </message>
    <message>
        <source>cannot jump to a time in the file: %1</source>
        <comment>media.seek</comment>
        <translation>er kan niet naar een tijdstip in het bestand worden gesprongen: %1</translation>
    </message>
    <message>
        <source>no video or audio stream that can be decoded</source>
        <comment>media.no-streams</comment>
        <translation>geen video- of audiostream die kan worden gedecodeerd</translation>
    </message>
    <message>
        <source>a frame without a picture</source>
        <comment>media.empty-frame</comment>
        <translation>een beeld zonder afbeelding</translation>
    </message>
    <message>
        <source>cannot convert pictures in %1 at %2x%3</source>
        <comment>media.cannot-convert</comment>
        <translation>afbeeldingen in %1 op %2x%3 kunnen niet worden omgezet</translation>
    </message>
    <message>
        <source>file not found</source>
        <comment>error.not-found</comment>
        <translation>bestand niet gevonden</translation>
    </message>
    <message>
        <source>file cannot be read (permission denied)</source>
        <comment>media.permission</comment>
        <translation>het bestand kan niet worden gelezen (geen toestemming)</translation>
    </message>
    <message>
        <source>the file is a playlist or a list of other files, which are refused; use the media files themselves</source>
        <comment>media.playlist</comment>
        <translation>het bestand is een afspeellijst of een lijst van andere bestanden, die worden geweigerd; gebruik de mediabestanden zelf</translation>
    </message>
    <message>
        <source>not a media file ReelCut can read, or damaged</source>
        <comment>media.not-media</comment>
        <translation>geen mediabestand dat ReelCut kan lezen, of beschadigd</translation>
    </message>
    <message>
        <source>the file refers to other files or addresses (a playlist or a file list), which are refused</source>
        <comment>media.refers-elsewhere</comment>
        <translation>het bestand verwijst naar andere bestanden of adressen (een afspeellijst of bestandslijst), wat wordt geweigerd</translation>
    </message>
    <message>
        <source>the path contains a NUL character</source>
        <comment>project.nul-in-path</comment>
        <translation>het pad bevat een NUL-teken</translation>
    </message>
    <message>
        <source>is a folder, not a media file</source>
        <comment>media.is-folder</comment>
        <translation>is een map, geen mediabestand</translation>
    </message>
    <message>
        <source>is not a plain file (a pipe or a device); only files can be used as media</source>
        <comment>media.not-plain</comment>
        <translation>is geen gewoon bestand (een pipe of een apparaat); alleen bestanden kunnen als media dienen</translation>
    </message>
    <message>
        <source>file is empty</source>
        <comment>media.empty</comment>
        <translation>het bestand is leeg</translation>
    </message>
    <message>
        <source>the file is larger than %1 MB</source>
        <comment>media.too-large</comment>
        <translation>het bestand is groter dan %1 MB</translation>
    </message>
    <message>
        <source>not a media file ReelCut can read, or damaged (%1)</source>
        <comment>media.not-media-detail</comment>
        <translation>geen mediabestand dat ReelCut kan lezen, of beschadigd (%1)</translation>
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
        <translation>openen</translation>
    </message>
    <message>
        <source>probe</source>
        <comment>stage.probe</comment>
        <translation>onderzoeken</translation>
    </message>
    <message>
        <source>decode</source>
        <comment>stage.decode</comment>
        <translation>decoderen</translation>
    </message>
    <message>
        <source>scale</source>
        <comment>stage.scale</comment>
        <translation>schalen</translation>
    </message>
    <message>
        <source>render</source>
        <comment>stage.render</comment>
        <translation>renderen</translation>
    </message>
    <message>
        <source>encode</source>
        <comment>stage.encode</comment>
        <translation>coderen</translation>
    </message>
    <message>
        <source>encode video</source>
        <comment>stage.encode-video</comment>
        <translation>video coderen</translation>
    </message>
    <message>
        <source>encode audio</source>
        <comment>stage.encode-audio</comment>
        <translation>geluid coderen</translation>
    </message>
    <message>
        <source>write</source>
        <comment>stage.write</comment>
        <translation>schrijven</translation>
    </message>
    <message>
        <source>finish</source>
        <comment>stage.finish</comment>
        <translation>afronden</translation>
    </message>
    <message>
        <source>open output</source>
        <comment>stage.open-output</comment>
        <translation>uitvoer openen</translation>
    </message>
    <message>
        <source>write header</source>
        <comment>stage.write-header</comment>
        <translation>bestandskop schrijven</translation>
    </message>
    <message>
        <source>loudness</source>
        <comment>stage.loudness</comment>
        <translation>luidheid</translation>
    </message>
    <message>
        <source>face analysis</source>
        <comment>stage.face-analysis</comment>
        <translation>gezichtsanalyse</translation>
    </message>
    <message>
        <source>audio</source>
        <comment>stage.audio</comment>
        <translation>geluid</translation>
    </message>
    <message>
        <source>the data is damaged or not in a format that can be read</source>
        <comment>ffmpeg.invalid-data</comment>
        <translation>de gegevens zijn beschadigd of niet in een leesbaar formaat</translation>
    </message>
    <message>
        <source>the decoder library refused the data (the file is damaged or uses an unusual variant of its format)</source>
        <comment>ffmpeg.external</comment>
        <translation>de decoderbibliotheek weigerde de gegevens (het bestand is beschadigd of gebruikt een ongebruikelijke variant van zijn formaat)</translation>
    </message>
    <message>
        <source>the file ends too early (it may be cut off)</source>
        <comment>ffmpeg.eof</comment>
        <translation>het bestand houdt te vroeg op (het is misschien afgekapt)</translation>
    </message>
    <message>
        <source>the file uses a feature of its format that is not supported</source>
        <comment>ffmpeg.unsupported-feature</comment>
        <translation>het bestand gebruikt een functie van zijn formaat die niet wordt ondersteund</translation>
    </message>
    <message>
        <source>the format of this file is not supported</source>
        <comment>ffmpeg.unsupported-format</comment>
        <translation>het formaat van dit bestand wordt niet ondersteund</translation>
    </message>
    <message>
        <source>the encoder needed is missing from this installation</source>
        <comment>ffmpeg.no-encoder</comment>
        <translation>de benodigde encoder ontbreekt in deze installatie</translation>
    </message>
    <message>
        <source>the file has no usable stream</source>
        <comment>ffmpeg.no-stream</comment>
        <translation>het bestand heeft geen bruikbare stream</translation>
    </message>
    <message>
        <source>an internal error in the media libraries (code %1); please report it</source>
        <comment>ffmpeg.internal</comment>
        <translation>een interne fout in de mediabibliotheken (code %1); meld die alsjeblieft</translation>
    </message>
    <message>
        <source>the file uses %1, which this installation cannot decode</source>
        <comment>media.no-decoder</comment>
        <translation>het bestand gebruikt %1, wat deze installatie niet kan decoderen</translation>
    </message>
    <message>
        <source>the picture is %1x%2 pixels; ReelCut reads pictures up to 8192x8192 (64 megapixels)</source>
        <comment>media.too-many-pixels</comment>
        <translation>de afbeelding is %1x%2 pixels; ReelCut leest afbeeldingen tot 8192x8192 (64 megapixel)</translation>
    </message>
    <message>
        <source>no picture in the file</source>
        <comment>media.no-picture</comment>
        <translation>geen afbeelding in het bestand</translation>
    </message>
    <message>
        <source>no picture could be decoded</source>
        <comment>media.no-picture-decoded</comment>
        <translation>er kon geen afbeelding worden gedecodeerd</translation>
    </message>
    <message>
        <source>the SVG declares entities, which stickers may not use</source>
        <comment>svg.entities</comment>
        <translation>de SVG declareert entiteiten, die stickers niet mogen gebruiken</translation>
    </message>
    <message>
        <source>the SVG refers to another file (%1); stickers must be self-contained (embed pictures as data: URIs)</source>
        <comment>svg.external-reference</comment>
        <translation>de SVG verwijst naar een ander bestand (%1); stickers moeten op zichzelf staan (sluit afbeeldingen in als data:-URI’s)</translation>
    </message>
    <message>
        <source>not a readable SVG image (%1)</source>
        <comment>svg.unreadable</comment>
        <translation>geen leesbare SVG-afbeelding (%1)</translation>
    </message>
    <message>
        <source>compressed SVG is not supported; save it as plain SVG</source>
        <comment>svg.compressed</comment>
        <translation>gecomprimeerde SVG wordt niet ondersteund; sla het op als gewone SVG</translation>
    </message>
    <message>
        <source>not a readable SVG image</source>
        <comment>svg.invalid</comment>
        <translation>geen leesbare SVG-afbeelding</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>media.reason-detail</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>no video stream</source>
        <comment>media.no-video</comment>
        <translation>geen videostream</translation>
    </message>
    <message>
        <source>no video frame can be decoded</source>
        <comment>media.no-frame</comment>
        <translation>er kan geen videobeeld worden gedecodeerd</translation>
    </message>
    <message>
        <source>no frame can be decoded here</source>
        <comment>media.no-frame-here</comment>
        <translation>op deze plek kan geen beeld worden gedecodeerd</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>project.file-error</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>is a folder, not a project file</source>
        <comment>project.is-folder</comment>
        <translation>is een map, geen projectbestand</translation>
    </message>
    <message>
        <source>is not a plain file (a pipe or a device)</source>
        <comment>project.not-plain</comment>
        <translation>is geen gewoon bestand (een pipe of een apparaat)</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <comment>project.cannot-read</comment>
        <translation>kan niet worden gelezen: %1</translation>
    </message>
    <message>
        <source>the file is larger than %1 MB; that is not a project</source>
        <comment>project.too-large</comment>
        <translation>het bestand is groter dan %1 MB; dat is geen project</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <comment>project.empty</comment>
        <translation>het bestand is leeg</translation>
    </message>
    <message>
        <source>could not save the project: %1</source>
        <comment>project.save</comment>
        <translation>het project kon niet worden opgeslagen: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>project.field</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>missing</source>
        <comment>project.missing</comment>
        <translation>ontbreekt</translation>
    </message>
    <message>
        <source>%1 is too far from 0 (at most %2 hours either way)</source>
        <comment>project.time-too-large</comment>
        <translation>%1 ligt te ver van 0 (hoogstens %2 uur in elke richting)</translation>
    </message>
    <message>
        <source>expected a time in seconds, like 2.5 or &quot;1001/30000&quot;</source>
        <comment>project.not-a-time</comment>
        <translation>verwacht een tijd in seconden, zoals 2.5 of &quot;1001/30000&quot;</translation>
    </message>
    <message>
        <source>%1 is finer than a nanosecond; round it</source>
        <comment>project.time-too-fine</comment>
        <translation>%1 is fijner dan een nanoseconde; rond het af</translation>
    </message>
    <message>
        <source>expected a number</source>
        <comment>project.not-a-number</comment>
        <translation>verwacht een getal</translation>
    </message>
    <message>
        <source>%1 is not a whole number</source>
        <comment>project.not-whole</comment>
        <translation>%1 is geen geheel getal</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <comment>project.not-a-boolean</comment>
        <translation>verwacht true of false</translation>
    </message>
    <message>
        <source>expected a string</source>
        <comment>project.not-a-string</comment>
        <translation>verwacht een tekenreeks</translation>
    </message>
    <message>
        <source>is %1 characters long; at most %2 are allowed</source>
        <comment>project.too-long</comment>
        <translation>is %1 tekens lang; hoogstens %2 zijn toegestaan</translation>
    </message>
    <message>
        <source>expected a colour like &quot;#ff8800&quot; or &quot;#80ff8800&quot;</source>
        <comment>project.not-a-colour</comment>
        <translation>verwacht een kleur zoals &quot;#ff8800&quot; of &quot;#80ff8800&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of %2</source>
        <comment>project.not-a-choice</comment>
        <translation>&quot;%1&quot; is geen van %2</translation>
    </message>
    <message>
        <source>expected an object</source>
        <comment>project.not-an-object</comment>
        <translation>verwacht een object</translation>
    </message>
    <message>
        <source>expected a list</source>
        <comment>project.not-a-list</comment>
        <translation>verwacht een lijst</translation>
    </message>
    <message>
        <source>has %1 entries; at most %2 are allowed</source>
        <comment>project.too-many</comment>
        <translation>heeft %1 items; hoogstens %2 zijn toegestaan</translation>
    </message>
    <message>
        <source>%1 is out of range (%2 to %3)</source>
        <comment>project.out-of-range</comment>
        <translation>%1 valt buiten het bereik (%2 tot %3)</translation>
    </message>
    <message>
        <source>unknown animation &quot;%1&quot; (fade, pop, slide-left, slide-right, slide-up, slide-down, typewriter, bounce)</source>
        <comment>project.unknown-animation</comment>
        <translation>onbekende animatie &quot;%1&quot; (fade, pop, slide-left, slide-right, slide-up, slide-down, typewriter, bounce)</translation>
    </message>
    <message>
        <source>empty path</source>
        <comment>project.empty-path</comment>
        <translation>leeg pad</translation>
    </message>
    <message>
        <source>must not be negative</source>
        <comment>project.negative</comment>
        <translation>mag niet negatief zijn</translation>
    </message>
    <message>
        <source>must be after &quot;in&quot;</source>
        <comment>project.out-before-in</comment>
        <translation>moet na &quot;in&quot; liggen</translation>
    </message>
    <message>
        <source>must be between 0.25 and 4</source>
        <comment>project.speed-range</comment>
        <translation>moet tussen 0.25 en 4 liggen</translation>
    </message>
    <message>
        <source>must be positive</source>
        <comment>project.not-positive</comment>
        <translation>moet positief zijn</translation>
    </message>
    <message>
        <source>the clip&apos;s times cannot be combined exactly; use simpler fractions (like 2.5 or &quot;1001/30000&quot;)</source>
        <comment>project.times-overflow</comment>
        <translation>de tijden van de clip kunnen niet exact worden gecombineerd; gebruik eenvoudigere breuken (zoals 2.5 of &quot;1001/30000&quot;)</translation>
    </message>
    <message>
        <source>the file is %1 MB; a project is at most %2 MB</source>
        <comment>project.file-too-large</comment>
        <translation>het bestand is %1 MB; een project is hoogstens %2 MB</translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <comment>project.json-syntax</comment>
        <translation>regel %1, kolom %2: %3</translation>
    </message>
    <message>
        <source>not a ReelCut project: the file must hold a JSON object</source>
        <comment>project.not-an-object-file</comment>
        <translation>geen ReelCut-project: het bestand moet een JSON-object bevatten</translation>
    </message>
    <message>
        <source>missing; not a ReelCut project file</source>
        <comment>project.no-version</comment>
        <translation>ontbreekt; geen ReelCut-projectbestand</translation>
    </message>
    <message>
        <source>format version must be a whole number &gt;= 1</source>
        <comment>project.bad-version</comment>
        <translation>de formaatversie moet een geheel getal &gt;= 1 zijn</translation>
    </message>
    <message>
        <source>the file was made by a newer ReelCut (format %1); this version reads format %2 and older</source>
        <comment>project.newer-version</comment>
        <translation>het bestand is gemaakt met een nieuwere ReelCut (formaat %1); deze versie leest formaat %2 en ouder</translation>
    </message>
    <message>
        <source>must be even (H.264 with 4:2:0 colour needs even sizes)</source>
        <comment>project.odd-size</comment>
        <translation>moet even zijn (H.264 met 4:2:0-kleur heeft even afmetingen nodig)</translation>
    </message>
    <message>
        <source>must be between 1 and 240</source>
        <comment>project.fps-range</comment>
        <translation>moet tussen 1 en 240 liggen</translation>
    </message>
    <message>
        <source>is not a frame rate (use a number like 29.97 or a fraction like &quot;30000/1001&quot;)</source>
        <comment>project.fps-fraction</comment>
        <translation>is geen framerate (gebruik een getal zoals 29.97 of een breuk zoals &quot;30000/1001&quot;)</translation>
    </message>
    <message>
        <source>the project has more than %1 clips</source>
        <comment>project.too-many-clips</comment>
        <translation>het project heeft meer dan %1 clips</translation>
    </message>
    <message>
        <source>clips %1 and %2 overlap at %3</source>
        <comment>project.overlap</comment>
        <translation>clips %1 en %2 overlappen op %3</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <comment>srt.line</comment>
        <translation>regel %1: %2</translation>
    </message>
    <message>
        <source>the file has more than %1 captions</source>
        <comment>srt.too-many</comment>
        <translation>het bestand heeft meer dan %1 ondertitels</translation>
    </message>
    <message>
        <source>expected a cue number or a timing line like &quot;00:00:01,000 --&gt; 00:00:02,500&quot;, found &quot;%1&quot;</source>
        <comment>srt.expected-cue</comment>
        <translation>verwacht een ondertitelnummer of een tijdregel zoals &quot;00:00:01,000 --&gt; 00:00:02,500&quot;, gevonden: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>cue %1 has no timing line</source>
        <comment>srt.no-timing</comment>
        <translation>ondertitel %1 heeft geen tijdregel</translation>
    </message>
    <message>
        <source>expected a timing line like &quot;00:00:01,000 --&gt; 00:00:02,500&quot;</source>
        <comment>srt.expected-timing</comment>
        <translation>verwacht een tijdregel zoals &quot;00:00:01,000 --&gt; 00:00:02,500&quot;</translation>
    </message>
    <message>
        <source>bad time stamp in &quot;%1&quot; (expected HH:MM:SS,mmm)</source>
        <comment>srt.bad-stamp</comment>
        <translation>ongeldige tijdsaanduiding in &quot;%1&quot; (verwacht HH:MM:SS,mmm)</translation>
    </message>
    <message>
        <source>the cue ends after %1 hours</source>
        <comment>srt.too-late</comment>
        <translation>de ondertitel eindigt na %1 uur</translation>
    </message>
    <message>
        <source>the cue ends before it starts</source>
        <comment>srt.ends-before-start</comment>
        <translation>de ondertitel eindigt voordat hij begint</translation>
    </message>
    <message>
        <source>the caption is %1 characters long; at most %2 are allowed</source>
        <comment>srt.caption-too-long</comment>
        <translation>de ondertitel is %1 tekens lang; hoogstens %2 zijn toegestaan</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>srt.file</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>is not a plain file (a folder, a pipe or a device)</source>
        <comment>srt.not-plain</comment>
        <translation>is geen gewoon bestand (een map, een pipe of een apparaat)</translation>
    </message>
    <message>
        <source>the file is larger than %1 MB; that is not a caption file</source>
        <comment>srt.too-large</comment>
        <translation>het bestand is groter dan %1 MB; dat is geen ondertitelbestand</translation>
    </message>
    <message>
        <source>the file has no sound, but it is on an audio track</source>
        <comment>media.no-audio</comment>
        <translation>het bestand heeft geen geluid, maar staat op een audiospoor</translation>
    </message>
    <message>
        <source>text clip &quot;%1&quot;: %2</source>
        <comment>render.text-clip</comment>
        <translation>tekstclip &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>font &quot;%1&quot; is not installed</source>
        <comment>render.font-missing</comment>
        <translation>het lettertype &quot;%1&quot; is niet geïnstalleerd</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>loudness.step</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>the font &quot;%1&quot; is not installed; install it or pick another font</source>
        <comment>text.missing-font</comment>
        <translation>het lettertype &quot;%1&quot; is niet geïnstalleerd; installeer het of kies een ander lettertype</translation>
    </message>
    <message>
        <source>not enough memory</source>
        <comment>error.no-memory</comment>
        <translation>niet genoeg geheugen</translation>
    </message>
    <message>
        <source>No space left on device</source>
        <comment>error.disk-full</comment>
        <translation>Geen ruimte meer op het apparaat</translation>
    </message>
    <message>
        <source>the disk quota is used up</source>
        <comment>error.quota</comment>
        <translation>de schijfquota is op</translation>
    </message>
    <message>
        <source>the file is too large for the disk or the limits set for this program</source>
        <comment>error.file-too-big</comment>
        <translation>het bestand is te groot voor de schijf of de grenzen die voor dit programma gelden</translation>
    </message>
    <message>
        <source>permission denied</source>
        <comment>error.permission</comment>
        <translation>geen toestemming</translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <comment>error.read-only</comment>
        <translation>de schijf is alleen-lezen</translation>
    </message>
    <message>
        <source>No such file or directory</source>
        <comment>error.no-entry</comment>
        <translation>Bestand of map bestaat niet</translation>
    </message>
    <message>
        <source>is a folder</source>
        <comment>error.is-folder</comment>
        <translation>is een map</translation>
    </message>
    <message>
        <source>the disk or network share reported a read or write error</source>
        <comment>error.io</comment>
        <translation>de schijf of netwerkshare meldde een lees- of schrijffout</translation>
    </message>
    <message>
        <source>no file name to save to</source>
        <comment>project.no-file-name</comment>
        <translation>geen bestandsnaam om in op te slaan</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>collect.failed</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>exists and is not a folder</source>
        <comment>collect.not-folder</comment>
        <translation>bestaat en is geen map</translation>
    </message>
    <message>
        <source>cannot create the folder: %1</source>
        <comment>collect.cannot-create</comment>
        <translation>de map kan niet worden aangemaakt: %1</translation>
    </message>
    <message>
        <source>not a plain file; relink it first</source>
        <comment>collect.not-file</comment>
        <translation>geen gewoon bestand; koppel het eerst opnieuw</translation>
    </message>
    <message>
        <source>file not found; relink it first</source>
        <comment>collect.missing</comment>
        <translation>bestand niet gevonden; koppel het eerst opnieuw</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a built-in asset name (like &quot;builtin:stickers/star.svg&quot;)</source>
        <comment>project.not-builtin</comment>
        <translation>&quot;%1&quot; is geen naam van een meegeleverd onderdeel (zoals &quot;builtin:stickers/star.svg&quot;)</translation>
    </message>
    <message>
        <source>the batch&apos;s template</source>
        <comment>batch.input-template</comment>
        <translation>het sjabloon van de batch</translation>
    </message>
    <message>
        <source>the batch&apos;s data file</source>
        <comment>batch.input-data</comment>
        <translation>het gegevensbestand van de batch</translation>
    </message>
    <message>
        <source>the brand kit</source>
        <comment>batch.input-brand</comment>
        <translation>de huisstijlkit</translation>
    </message>
    <message>
        <source>the output %1 is %2; choose another output name or folder</source>
        <comment>batch.output-is-input</comment>
        <translation>de uitvoer %1 is %2; kies een andere uitvoernaam of map</translation>
    </message>
    <message>
        <source>%1 is %2, and the batch writes its report there; choose another output folder</source>
        <comment>batch.report-is-input</comment>
        <translation>%1 is %2, en de batch schrijft daar zijn rapport; kies een andere uitvoermap</translation>
    </message>
    <message>
        <source>could not save the project: it would be %1 MB, and projects are limited to %2 MB (see the limits in docs/project-format.md); split it into several</source>
        <comment>project.save-too-large</comment>
        <translation>het project kon niet worden opgeslagen: het zou %1 MB worden, en projecten zijn beperkt tot %2 MB (zie de grenzen in docs/project-format.md); splits het in meerdere</translation>
    </message>
    <message>
        <source>must not be larger than the style&apos;s size</source>
        <comment>project.min-size-above-size</comment>
        <translation>mag niet groter zijn dan de grootte van de stijl</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an anchor (top-left, top, top-right, left, center, right, bottom-left, bottom, bottom-right, or {&quot;x&quot;: 0.2, &quot;y&quot;: 1})</source>
        <comment>project.not-an-anchor</comment>
        <translation>‘%1’ is geen anker (top-left, top, top-right, left, center, right, bottom-left, bottom, bottom-right, of {&quot;x&quot;: 0.2, &quot;y&quot;: 1})</translation>
    </message>
    <message>
        <source>expected &quot;faces&quot; or &quot;none&quot;</source>
        <comment>project.not-a-reframe</comment>
        <translation>verwacht ‘faces’ of ‘none’</translation>
    </message>
    <message>
        <source>the effect &quot;%1&quot; failed on %2 at %3: %4</source>
        <comment>render.effect-failed</comment>
        <translation>het effect ‘%1’ is mislukt op %2 bij %3: %4</translation>
    </message>
    <message>
        <source>%1 has no parameter with this name (it has %2)</source>
        <comment>project.unknown-param</comment>
        <translation>%1 heeft geen parameter met deze naam (wel: %2)</translation>
    </message>
    <message>
        <source>%1: cannot read the recording: %2</source>
        <comment>record.scan-failed</comment>
        <translation>%1: de opname kan niet worden gelezen: %2</translation>
    </message>
    <message>
        <source>%1: the recording stopped before anything was saved</source>
        <comment>record.nothing-saved</comment>
        <translation>%1: de opname stopte voordat er iets was opgeslagen</translation>
    </message>
    <message>
        <source>the recording settings are impossible (size, countdown, length or rate)</source>
        <comment>record.bad-settings</comment>
        <translation>de opname-instellingen zijn onmogelijk (grootte, aftellen, lengte of beeldsnelheid)</translation>
    </message>
    <message>
        <source>%1: cannot write the take: %2</source>
        <comment>record.write-failed</comment>
        <translation>%1: de opname kan niet worden geschreven: %2</translation>
    </message>
    <message>
        <source>the brand kit %1 has no logo; add one to it first</source>
        <comment>brand.no-logo</comment>
        <translation>het huisstijlpakket %1 heeft geen logo; voeg er eerst een toe</translation>
    </message>
    <message>
        <source>the logo of the brand kit %1 is missing: %2</source>
        <comment>brand.logo-missing</comment>
        <translation>het logo van het huisstijlpakket %1 ontbreekt: %2</translation>
    </message>
    <message>
        <source>%1: no data rows</source>
        <comment>batch.no-rows</comment>
        <translation>%1: geen gegevensrijen</translation>
    </message>
    <message>
        <source>the column &quot;%1&quot; is not a field of the template and is not used</source>
        <comment>batch.column-unused</comment>
        <translation>de kolom &quot;%1&quot; is geen veld van het sjabloon en wordt niet gebruikt</translation>
    </message>
    <message>
        <source>the data has no column &quot;%1&quot;, which the template requires</source>
        <comment>batch.column-missing</comment>
        <translation>de gegevens hebben geen kolom &quot;%1&quot;, die het sjabloon wel vereist</translation>
    </message>
    <message>
        <source>the output name &quot;%1&quot; is already used by row %2 (%3); make the name pattern unique, e.g. add {{row}}</source>
        <comment>batch.name-taken</comment>
        <translation>de uitvoernaam &quot;%1&quot; wordt al gebruikt door rij %2 (%3); maak het naampatroon uniek, bijv. met {{row}}</translation>
    </message>
    <message>
        <source>%1: cannot lock: %2</source>
        <comment>batch.lock</comment>
        <translation>%1: kan niet worden vergrendeld: %2</translation>
    </message>
    <message>
        <source>%1: no batch has run here (no .reelcut-batch)</source>
        <comment>batch.no-batch-here</comment>
        <translation>%1: hier is nog geen batch uitgevoerd (geen .reelcut-batch)</translation>
    </message>
    <message>
        <source>%1: no shard has reported yet</source>
        <comment>batch.no-shard-reports</comment>
        <translation>%1: nog geen deeltaak heeft een rapport geschreven</translation>
    </message>
    <message>
        <source>nothing to render: every clip is switched off or empty</source>
        <comment>batch.nothing-to-render</comment>
        <translation>niets te renderen: elke clip is uitgeschakeld of leeg</translation>
    </message>
    <message>
        <source>the video is %1 long; %2 needs at least %3</source>
        <comment>batch.too-short</comment>
        <translation>de video duurt %1; %2 vereist minstens %3</translation>
    </message>
    <message>
        <source>the video is %1 long; %2 takes at most %3</source>
        <comment>batch.too-long</comment>
        <translation>de video duurt %1; %2 staat hoogstens %3 toe</translation>
    </message>
    <message>
        <source>the font &quot;%1&quot; of the text &quot;%2&quot; is not installed</source>
        <comment>batch.text-font-missing</comment>
        <translation>het lettertype &quot;%1&quot; van de tekst &quot;%2&quot; is niet geïnstalleerd</translation>
    </message>
    <message>
        <source>the text &quot;%1&quot; does not fit its box in %2, even at the smallest size (%3 px)</source>
        <comment>batch.text-does-not-fit</comment>
        <translation>de tekst &quot;%1&quot; past in %2 niet in zijn vak, zelfs niet op de kleinste grootte (%3 px)</translation>
    </message>
    <message>
        <source>%1 is %2 long; its last frame holds until %3</source>
        <comment>batch.media-holds-last-frame</comment>
        <translation>%1 duurt %2; het laatste beeld blijft staan tot %3</translation>
    </message>
    <message>
        <source>the output folder %1 leads outside %2 (symbolic link)</source>
        <comment>batch.output-outside</comment>
        <translation>de uitvoermap %1 leidt buiten %2 (symbolische koppeling)</translation>
    </message>
    <message>
        <source>the finished file breaks %1&apos;s rules: %2</source>
        <comment>batch.breaks-rules</comment>
        <translation>het voltooide bestand breekt de regels van %1: %2</translation>
    </message>
    <message>
        <source>no thumbnail: %1</source>
        <comment>batch.no-thumbnail</comment>
        <translation>geen miniatuur: %1</translation>
    </message>
    <message>
        <source>%1: vanished after rendering</source>
        <comment>batch.output-vanished</comment>
        <translation>%1: verdwenen na het renderen</translation>
    </message>
    <message>
        <source>%1: cannot move the finished file into place: %2</source>
        <comment>batch.rename-failed</comment>
        <translation>%1: het voltooide bestand kan niet op zijn plaats worden gezet: %2</translation>
    </message>
    <message>
        <source>%1: file not found</source>
        <comment>batch.file-missing</comment>
        <translation>%1: bestand niet gevonden</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <comment>batch.file-cannot-read</comment>
        <translation>%1: kan niet worden gelezen: %2</translation>
    </message>
    <message>
        <source>%1: read error</source>
        <comment>batch.file-read-error</comment>
        <translation>%1: leesfout</translation>
    </message>
    <message>
        <source>%1: out of memory</source>
        <comment>batch.data-no-memory</comment>
        <translation>%1: onvoldoende geheugen</translation>
    </message>
    <message>
        <source>%1: line %2: %3 (a quote inside a quoted field must be doubled: &quot;&quot;)</source>
        <comment>batch.csv-syntax</comment>
        <translation>%1: regel %2: %3 (een aanhalingsteken binnen een veld tussen aanhalingstekens moet dubbel staan: &quot;&quot;)</translation>
    </message>
    <message>
        <source>%1: line %2: a quoted field is not closed before the end of the file</source>
        <comment>batch.csv-unclosed</comment>
        <translation>%1: regel %2: een veld tussen aanhalingstekens wordt niet gesloten voor het einde van het bestand</translation>
    </message>
    <message>
        <source>%1: no header line with column names</source>
        <comment>batch.csv-no-header</comment>
        <translation>%1: geen kopregel met kolomnamen</translation>
    </message>
    <message>
        <source>%1: line 1: column %2 has no name</source>
        <comment>batch.csv-column-unnamed</comment>
        <translation>%1: regel 1: kolom %2 heeft geen naam</translation>
    </message>
    <message>
        <source>%1: line 1: the column &quot;%2&quot; appears twice</source>
        <comment>batch.csv-column-twice</comment>
        <translation>%1: regel 1: de kolom &quot;%2&quot; komt twee keer voor</translation>
    </message>
    <message>
        <source>%1: line %2: %3 fields, but the header has %4 columns</source>
        <comment>batch.csv-too-many-fields</comment>
        <translation>%1: regel %2: %3 velden, maar de kopregel heeft %4 kolommen</translation>
    </message>
    <message>
        <source>%1: %2 at byte %3</source>
        <comment>batch.json-syntax</comment>
        <translation>%1: %2 bij byte %3</translation>
    </message>
    <message>
        <source>%1: expected a JSON array of objects (one per row)</source>
        <comment>batch.json-not-rows</comment>
        <translation>%1: verwacht een JSON-array van objecten (één per rij)</translation>
    </message>
    <message>
        <source>%1: item %2: expected an object like {&quot;headline&quot;: &quot;...&quot;}</source>
        <comment>batch.json-item-not-object</comment>
        <translation>%1: item %2: verwacht een object zoals {&quot;headline&quot;: &quot;...&quot;}</translation>
    </message>
    <message>
        <source>%1: item %2: &quot;%3&quot;: expected a string, number, true/false or null</source>
        <comment>batch.json-bad-value</comment>
        <translation>%1: item %2: &quot;%3&quot;: verwacht een tekst, getal, true/false of null</translation>
    </message>
    <message>
        <source>%1: not UTF-8 text; save the spreadsheet as &quot;CSV UTF-8&quot;</source>
        <comment>batch.data-not-utf8</comment>
        <translation>%1: geen UTF-8-tekst; sla het rekenblad op als &quot;CSV UTF-8&quot;</translation>
    </message>
    <message>
        <source>%1: data file not found</source>
        <comment>batch.data-missing</comment>
        <translation>%1: gegevensbestand niet gevonden</translation>
    </message>
    <message>
        <source>%1: cannot read</source>
        <comment>batch.data-unreadable</comment>
        <translation>%1: kan niet worden gelezen</translation>
    </message>
    <message>
        <source>unknown preset &apos;%1&apos;</source>
        <comment>batch.unknown-preset</comment>
        <translation>onbekende voorinstelling &apos;%1&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a ratio (9:16, 1:1, 16:9, 4:5) or a preset</source>
        <comment>batch.unknown-ratio</comment>
        <translation>&apos;%1&apos; is geen beeldverhouding (9:16, 1:1, 16:9, 4:5) en geen voorinstelling</translation>
    </message>
    <message>
        <source>the ratio %1 is listed twice</source>
        <comment>batch.ratio-twice</comment>
        <translation>de beeldverhouding %1 staat er twee keer in</translation>
    </message>
    <message>
        <source>%1: cannot open to flush: %2</source>
        <comment>batch.flush-open</comment>
        <translation>%1: kan niet worden geopend om naar schijf te schrijven: %2</translation>
    </message>
    <message>
        <source>%1: flush to disk: %2</source>
        <comment>batch.flush</comment>
        <translation>%1: wegschrijven naar schijf: %2</translation>
    </message>
    <message>
        <source>%1: cannot open: %2</source>
        <comment>batch.file-open</comment>
        <translation>%1: kan niet worden geopend: %2</translation>
    </message>
    <message>
        <source>%1: write: %2</source>
        <comment>batch.file-write</comment>
        <translation>%1: schrijven: %2</translation>
    </message>
    <message>
        <source>%1: not a file</source>
        <comment>batch.media-not-file</comment>
        <translation>%1: geen bestand</translation>
    </message>
    <message>
        <source>%1: not readable (permissions)</source>
        <comment>batch.media-unreadable</comment>
        <translation>%1: niet leesbaar (rechten)</translation>
    </message>
    <message>
        <source>the output name is empty</source>
        <comment>batch.name-empty</comment>
        <translation>de uitvoernaam is leeg</translation>
    </message>
    <message>
        <source>the output name contains a NUL character</source>
        <comment>batch.name-nul</comment>
        <translation>de uitvoernaam bevat een NUL-teken</translation>
    </message>
    <message>
        <source>the output name contains a control character (a line break or tab?)</source>
        <comment>batch.name-control</comment>
        <translation>de uitvoernaam bevat een stuurteken (een regeleinde of tab?)</translation>
    </message>
    <message>
        <source>the output name contains a backslash</source>
        <comment>batch.name-backslash</comment>
        <translation>de uitvoernaam bevat een backslash</translation>
    </message>
    <message>
        <source>the output name &quot;%1&quot; is an absolute path</source>
        <comment>batch.name-absolute</comment>
        <translation>de uitvoernaam &quot;%1&quot; is een absoluut pad</translation>
    </message>
    <message>
        <source>the output name &quot;%1&quot; starts with ~</source>
        <comment>batch.name-tilde</comment>
        <translation>de uitvoernaam &quot;%1&quot; begint met ~</translation>
    </message>
    <message>
        <source>the output name &quot;%1&quot; has an empty folder name (//)</source>
        <comment>batch.name-empty-part</comment>
        <translation>de uitvoernaam &quot;%1&quot; heeft een lege mapnaam (//)</translation>
    </message>
    <message>
        <source>the output name &quot;%1&quot; would leave the output folder (..)</source>
        <comment>batch.name-leaves</comment>
        <translation>de uitvoernaam &quot;%1&quot; zou de uitvoermap verlaten (..)</translation>
    </message>
    <message>
        <source>the output name &quot;%1&quot; has a hidden part (%2)</source>
        <comment>batch.name-hidden</comment>
        <translation>de uitvoernaam &quot;%1&quot; heeft een verborgen deel (%2)</translation>
    </message>
    <message>
        <source>a part of the output name is longer than 255 bytes</source>
        <comment>batch.name-too-long</comment>
        <translation>een deel van de uitvoernaam is langer dan 255 bytes</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a reserved device name on Windows</source>
        <comment>batch.name-device</comment>
        <translation>&quot;%1&quot; is onder Windows een gereserveerde apparaatnaam</translation>
    </message>
    <message>
        <source>&quot;%1&quot; ends with a space or a dot</source>
        <comment>batch.name-trailing</comment>
        <translation>&quot;%1&quot; eindigt op een spatie of een punt</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a file the batch keeps for itself</source>
        <comment>batch.name-reserved</comment>
        <translation>&quot;%1&quot; is een bestand dat de batch voor zichzelf gebruikt</translation>
    </message>
    <message>
        <source>the output name &quot;%1&quot; must end in .mp4</source>
        <comment>batch.name-extension</comment>
        <translation>de uitvoernaam &quot;%1&quot; moet eindigen op .mp4</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>batch.at</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>{{%1}} has no value (the brand kit does not define it)</source>
        <comment>batch.brand-token-no-value</comment>
        <translation>{{%1}} heeft geen waarde (de huisstijlkit legt die niet vast)</translation>
    </message>
    <message>
        <source>{{%1}} has no value</source>
        <comment>batch.token-no-value</comment>
        <translation>{{%1}} heeft geen waarde</translation>
    </message>
    <message>
        <source>{{%1}} is empty in this row</source>
        <comment>batch.token-empty</comment>
        <translation>{{%1}} is leeg in deze rij</translation>
    </message>
    <message>
        <source>required, but the data has no such column</source>
        <comment>batch.field-no-column</comment>
        <translation>verplicht, maar de gegevens hebben zo&apos;n kolom niet</translation>
    </message>
    <message>
        <source>required, but empty in this row</source>
        <comment>batch.field-empty</comment>
        <translation>verplicht, maar leeg in deze rij</translation>
    </message>
    <message>
        <source>%1 characters, at most %2 fit</source>
        <comment>batch.field-too-long</comment>
        <translation>%1 tekens, er passen er hoogstens %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number</source>
        <comment>batch.field-not-number</comment>
        <translation>&quot;%1&quot; is geen getal</translation>
    </message>
    <message>
        <source>%1 is outside %2 to %3</source>
        <comment>batch.field-out-of-range</comment>
        <translation>%1 ligt buiten %2 tot %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a colour (use #rrggbb, like #e11d48)</source>
        <comment>batch.field-not-colour</comment>
        <translation>&quot;%1&quot; is geen kleur (gebruik #rrggbb, zoals #e11d48)</translation>
    </message>
    <message>
        <source>the font &quot;%1&quot; is not installed</source>
        <comment>batch.field-font-missing</comment>
        <translation>het lettertype &quot;%1&quot; is niet geïnstalleerd</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of %2</source>
        <comment>batch.field-not-choice</comment>
        <translation>&quot;%1&quot; is niet een van %2</translation>
    </message>
    <message>
        <source>%1 is not a picture</source>
        <comment>batch.media-not-picture</comment>
        <translation>%1 is geen afbeelding</translation>
    </message>
    <message>
        <source>%1 is not a video</source>
        <comment>batch.media-not-video</comment>
        <translation>%1 is geen video</translation>
    </message>
    <message>
        <source>%1 has no sound</source>
        <comment>batch.media-no-sound</comment>
        <translation>%1 heeft geen geluid</translation>
    </message>
    <message>
        <source>the output name uses {{%1}}, which is not a field</source>
        <comment>batch.name-unknown-field</comment>
        <translation>de uitvoernaam gebruikt {{%1}}, wat geen veld is</translation>
    </message>
    <message>
        <source>%1: auto reframe is not available in this build; the picture is cropped around its focus point</source>
        <comment>reframe.unavailable</comment>
        <translation>%1: automatisch herkaderen is niet beschikbaar in deze build; het beeld wordt rond zijn focuspunt bijgesneden</translation>
    </message>
    <message>
        <source>%1: no face found to follow; the picture is cropped around its focus point</source>
        <comment>reframe.no-face</comment>
        <translation>%1: geen gezicht gevonden om te volgen; het beeld wordt rond zijn focuspunt bijgesneden</translation>
    </message>
    <message>
        <source>select the video or picture clips to cut to the beat</source>
        <comment>autocut.no-clips</comment>
        <translation>selecteer de video- of beeldclips die op de beat geknipt moeten worden</translation>
    </message>
    <message>
        <source>put a song on an audio track first: the cuts follow its beats</source>
        <comment>autocut.no-song</comment>
        <translation>zet eerst een nummer op een audiospoor: de knippen volgen de beats ervan</translation>
    </message>
    <message>
        <source>%1: cannot write the voice-over: %2</source>
        <comment>record.voice-write-failed</comment>
        <translation>%1: de voice-over kan niet worden geschreven: %2</translation>
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
        <translation>Verticaal 9:16, 3 s tot 10 min; houd tekst weg van de knoppen rechts en het bijschrift onderaan.</translation>
    </message>
    <message>
        <source>Instagram Reels</source>
        <translation>Instagram Reels</translation>
    </message>
    <message>
        <source>Vertical 9:16, 3 s to 3 min, at most 300 MB; the bottom third is covered by caption and buttons.</source>
        <translation>Verticaal 9:16, 3 s tot 3 min, hoogstens 300 MB; het onderste derde wordt bedekt door bijschrift en knoppen.</translation>
    </message>
    <message>
        <source>YouTube Shorts</source>
        <translation>YouTube Shorts</translation>
    </message>
    <message>
        <source>Vertical or square up to 3 min is shown as a Short; longer uploads become regular videos.</source>
        <translation>Verticaal of vierkant tot 3 min wordt als Short getoond; langere uploads worden gewone video&apos;s.</translation>
    </message>
    <message>
        <source>YouTube</source>
        <translation>YouTube</translation>
    </message>
    <message>
        <source>Landscape 16:9; unverified channels are limited to 15 min per upload.</source>
        <translation>Liggend 16:9; niet-geverifieerde kanalen mogen maximaal 15 min per upload plaatsen.</translation>
    </message>
    <message>
        <source>Instagram feed (square)</source>
        <translation>Instagram-feed (vierkant)</translation>
    </message>
    <message>
        <source>Square 1:1 for feeds; the profile grid crops the sides to 3:4.</source>
        <translation>Vierkant 1:1 voor feeds; het profielraster snijdt de zijkanten bij tot 3:4.</translation>
    </message>
    <message>
        <source>Instagram feed (4:5)</source>
        <translation>Instagram-feed (4:5)</translation>
    </message>
    <message>
        <source>Portrait 4:5, the tallest shape the feed shows uncropped.</source>
        <translation>Staand 4:5, het hoogste formaat dat de feed onbijgesneden toont.</translation>
    </message>
</context>
<context>
    <name>Renderer</name>
    <message>
        <source>Media offline</source>
        <translation>Media offline</translation>
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
        <translation>Flits in</translation>
    </message>
    <message>
        <source>Flash out</source>
        <translation>Flits uit</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Eigen</translation>
    </message>
</context>
<context>
    <name>TextPreset</name>
    <message>
        <source>Bold outline</source>
        <translation>Dikke omlijning</translation>
    </message>
    <message>
        <source>Caption box</source>
        <translation>Ondertitelkader</translation>
    </message>
    <message>
        <source>Neon glow</source>
        <translation>Neongloed</translation>
    </message>
    <message>
        <source>Typewriter subtitle</source>
        <translation>Typemachine-ondertitel</translation>
    </message>
    <message>
        <source>Shadow title</source>
        <translation>Schaduwtitel</translation>
    </message>
    <message>
        <source>Highlight marker</source>
        <translation>Markeerstift</translation>
    </message>
    <message>
        <source>Sale badge</source>
        <translation>Sale-label</translation>
    </message>
</context>
<context>
    <name>reelcut</name>
    <message>
        <source>Effect</source>
        <translation>Effect</translation>
    </message>
    <message>
        <source>EffectCategory</source>
        <translation>Effectcategorie</translation>
    </message>
</context>
<context>
    <name>reelcut::gui::AudioOutput</name>
    <message>
        <source>The sound device does not take 48 kHz float stereo; playing silently</source>
        <translation>Het audioapparaat ondersteunt geen 48 kHz float-stereo; afspelen zonder geluid</translation>
    </message>
    <message>
        <source>The sound device stopped (error %1); playing silently</source>
        <translation>Het audioapparaat is gestopt (fout %1); afspelen zonder geluid</translation>
    </message>
    <message>
        <source>Cannot open the sound device; playing silently</source>
        <translation>Kan het audioapparaat niet openen; afspelen zonder geluid</translation>
    </message>
</context>
<context>
    <name>reelcut::gui::AudioTab</name>
    <message>
        <source>Drag a song onto the timeline, or double-click to add it at the playhead</source>
        <translation>Sleep een nummer naar de tijdlijn, of dubbelklik om het bij de afspeelkop toe te voegen</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Toevoegen</translation>
    </message>
    <message>
        <source>Put the song on an audio track at the playhead</source>
        <translation>Zet het nummer bij de afspeelkop op een audiospoor</translation>
    </message>
    <message>
        <source>Import music...</source>
        <translation>Muziek importeren...</translation>
    </message>
    <message>
        <source>Cut to the beat</source>
        <translation>Op de beat knippen</translation>
    </message>
    <message>
        <source>Lay the selected clips again so every cut lands on a beat of this song (added to the timeline if it is not there)</source>
        <translation>Legt de geselecteerde clips opnieuw neer, zodat elke knip op een beat van dit nummer valt (het komt op de tijdlijn als het er nog niet staat)</translation>
    </message>
    <message numerus="yes">
        <source>Every %n beat(s)</source>
        <translation>
            <numerusform>Elke beat</numerusform>
            <numerusform>Elke %n beats</numerusform>
        </translation>
    </message>
    <message>
        <source>Every bar</source>
        <translation>Elke maat</translation>
    </message>
    <message>
        <source>Record voice-over...</source>
        <translation>Voice-over opnemen...</translation>
    </message>
    <message>
        <source>Speak over the timeline while it plays; the recording goes on an audio track at the playhead</source>
        <translation>Spreek in terwijl de tijdlijn speelt; de opname komt bij de afspeelkop op een audiospoor</translation>
    </message>
    <message>
        <source>no steady beat</source>
        <translation>geen vaste beat</translation>
    </message>
    <message>
        <source>%1 BPM</source>
        <translation>%1 BPM</translation>
    </message>
    <message>
        <source>%1 - finding the beat...</source>
        <translation>%1 - beat wordt gezocht...</translation>
    </message>
</context>
<context>
    <name>reelcut::gui::BatchDialog</name>
    <message>
        <source>ready</source>
        <translation>klaar</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>ongeldig</translation>
    </message>
    <message>
        <source>rendering</source>
        <translation>wordt gerenderd</translation>
    </message>
    <message>
        <source>done</source>
        <translation>klaar</translation>
    </message>
    <message>
        <source>up to date</source>
        <translation>actueel</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>mislukt</translation>
    </message>
    <message>
        <source>Batch export</source>
        <translation>Batch-export</translation>
    </message>
    <message>
        <source>Template:</source>
        <translation>Sjabloon:</translation>
    </message>
    <message>
        <source>A CSV file or a JSON list of rows</source>
        <translation>Een CSV-bestand of een JSON-lijst met rijen</translation>
    </message>
    <message>
        <source>Browse...</source>
        <translation>Bladeren...</translation>
    </message>
    <message>
        <source>Data:</source>
        <translation>Gegevens:</translation>
    </message>
    <message>
        <source>Formats:</source>
        <translation>Formaten:</translation>
    </message>
    <message>
        <source>Each format&apos;s usual platform</source>
        <translation>Gebruikelijk platform per formaat</translation>
    </message>
    <message>
        <source>Platform:</source>
        <translation>Platform:</translation>
    </message>
    <message>
        <source>Output folder:</source>
        <translation>Uitvoermap:</translation>
    </message>
    <message>
        <source>Output names: any field as {{name}}, and {{row}}, {{ratio}}, {{preset}}</source>
        <translation>Uitvoernamen: elk veld als {{name}}, en {{row}}, {{ratio}}, {{preset}}</translation>
    </message>
    <message>
        <source>File names:</source>
        <translation>Bestandsnamen:</translation>
    </message>
    <message>
        <source>Click a thumbnail to preview that row.</source>
        <translation>Klik op een miniatuur om die rij groot te zien.</translation>
    </message>
    <message>
        <source>Check rows</source>
        <translation>Rijen controleren</translation>
    </message>
    <message>
        <source>Render all</source>
        <translation>Alles renderen</translation>
    </message>
    <message>
        <source>Open report</source>
        <translation>Rapport openen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>Data file</source>
        <translation>Gegevensbestand</translation>
    </message>
    <message>
        <source>Rows (*.csv *.tsv *.json)</source>
        <translation>Rijen (*.csv *.tsv *.json)</translation>
    </message>
    <message>
        <source>Output folder</source>
        <translation>Uitvoermap</translation>
    </message>
    <message>
        <source>Pick at least one format.</source>
        <translation>Kies minstens één formaat.</translation>
    </message>
    <message>
        <source>Cannot start the batch: %1</source>
        <translation>De batch kan niet starten: %1</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Rij</translation>
    </message>
    <message numerus="yes">
        <source>%n video(s) ready to render.</source>
        <translation>
            <numerusform>%n video klaar om te renderen.</numerusform>
            <numerusform>%n video&apos;s klaar om te renderen.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 videos are invalid (hover for the reason); the others can render.</source>
        <translation>%1 van %2 video&apos;s zijn ongeldig (wijs aan voor de reden); de andere kunnen renderen.</translation>
    </message>
    <message>
        <source>Rendering...</source>
        <translation>Bezig met renderen...</translation>
    </message>
    <message>
        <source>rendering %1%</source>
        <translation>renderen %1%</translation>
    </message>
    <message>
        <source>All videos are made. The report shows every one of them.</source>
        <translation>Alle video&apos;s zijn gemaakt. Het rapport toont ze allemaal.</translation>
    </message>
    <message>
        <source>Some videos could not be made; the report says why.</source>
        <translation>Sommige video&apos;s konden niet worden gemaakt; het rapport zegt waarom.</translation>
    </message>
    <message>
        <source>not made</source>
        <translation>niet gemaakt</translation>
    </message>
</context>
<context>
    <name>reelcut::gui::BrandKitDialog</name>
    <message>
        <source>Top left</source>
        <translation>Linksboven</translation>
    </message>
    <message>
        <source>Top right</source>
        <translation>Rechtsboven</translation>
    </message>
    <message>
        <source>Bottom left</source>
        <translation>Linksonder</translation>
    </message>
    <message>
        <source>Bottom right</source>
        <translation>Rechtsonder</translation>
    </message>
    <message>
        <source>Browse...</source>
        <translation>Bladeren...</translation>
    </message>
    <message>
        <source>Brand kit: %1</source>
        <translation>Huisstijlpakket: %1</translation>
    </message>
    <message>
        <source>Brand name:</source>
        <translation>Merknaam:</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg *.webp *.svg)</source>
        <translation>Afbeeldingen (*.png *.jpg *.jpeg *.webp *.svg)</translation>
    </message>
    <message>
        <source>Videos (*.mp4 *.mov *.webm *.mkv)</source>
        <translation>Video&apos;s (*.mp4 *.mov *.webm *.mkv)</translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation>Logo:</translation>
    </message>
    <message>
        <source>Intro clip:</source>
        <translation>Introclip:</translation>
    </message>
    <message>
        <source>Outro clip:</source>
        <translation>Outroclip:</translation>
    </message>
    <message>
        <source>Heading font:</source>
        <translation>Lettertype voor koppen:</translation>
    </message>
    <message>
        <source>Body font:</source>
        <translation>Lettertype voor tekst:</translation>
    </message>
    <message>
        <source>Watermark corner:</source>
        <translation>Hoek van het watermerk:</translation>
    </message>
    <message>
        <source>Watermark size:</source>
        <translation>Grootte van het watermerk:</translation>
    </message>
    <message>
        <source>Watermark opacity:</source>
        <translation>Dekking van het watermerk:</translation>
    </message>
    <message>
        <source>Colours (templates use them as {{brand.NAME}}):</source>
        <translation>Kleuren (sjablonen gebruiken ze als {{brand.NAME}}):</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Kleur</translation>
    </message>
    <message>
        <source>Add colour</source>
        <translation>Kleur toevoegen</translation>
    </message>
    <message>
        <source>Remove colour</source>
        <translation>Kleur verwijderen</translation>
    </message>
    <message>
        <source>Brand kit</source>
        <translation>Huisstijlpakket</translation>
    </message>
</context>
<context>
    <name>reelcut::gui::CanvasEditor</name>
    <message>
        <source>Move on canvas</source>
        <translation>Verplaatsen op het canvas</translation>
    </message>
    <message>
        <source>Rotate on canvas</source>
        <translation>Draaien op het canvas</translation>
    </message>
    <message>
        <source>Scale on canvas</source>
        <translation>Schalen op het canvas</translation>
    </message>
    <message>
        <source>Enter: done, Shift+Enter: new line, Esc: cancel</source>
        <translation>Enter: klaar, Shift+Enter: nieuwe regel, Esc: annuleren</translation>
    </message>
    <message>
        <source>Edit text</source>
        <translation>Tekst bewerken</translation>
    </message>
    <message>
        <source>Click the colour on the picture (Esc cancels)</source>
        <translation>Klik op de kleur in het beeld (Esc annuleert)</translation>
    </message>
</context>
<context>
    <name>reelcut::gui::CaptionStyleDialog</name>
    <message>
        <source>Import captions</source>
        <translation>Ondertitels importeren</translation>
    </message>
    <message>
        <source>Style of the captions:</source>
        <translation>Stijl van de ondertitels:</translation>
    </message>
</context>
<context>
    <name>reelcut::gui::EffectsInspector</name>
    <message>
        <source>Effects</source>
        <translation>Effecten</translation>
    </message>
    <message>
        <source>No effects. Drag one from the Effects tab onto the clip.</source>
        <translation>Geen effecten. Sleep er een vanuit het tabblad Effecten op de clip.</translation>
    </message>
    <message>
        <source>Switch the effect on or off</source>
        <translation>Effect aan- of uitzetten</translation>
    </message>
    <message>
        <source>Enable effect</source>
        <translation>Effect aanzetten</translation>
    </message>
    <message>
        <source>Disable effect</source>
        <translation>Effect uitzetten</translation>
    </message>
    <message>
        <source>Remove this effect</source>
        <translation>Dit effect verwijderen</translation>
    </message>
    <message>
        <source>Remove effect</source>
        <translation>Effect verwijderen</translation>
    </message>
    <message>
        <source>Unknown effect: not available in this version</source>
        <translation>Onbekend effect: niet beschikbaar in deze versie</translation>
    </message>
    <message>
        <source>Effect parameter</source>
        <translation>Effectparameter</translation>
    </message>
    <message>
        <source>Add keyframe</source>
        <translation>Keyframe toevoegen</translation>
    </message>
    <message>
        <source>Delete keyframe</source>
        <translation>Keyframe verwijderen</translation>
    </message>
</context>
<context>
    <name>reelcut::gui::EffectsTab</name>
    <message>
        <source>Drag onto a clip, or double-click to add to the selected clip</source>
        <translation>Sleep op een clip, of dubbelklik om toe te voegen aan de geselecteerde clip</translation>
    </message>
    <message>
        <source>Apply to selected clip</source>
        <translation>Toepassen op geselecteerde clip</translation>
    </message>
</context>
<context>
    <name>reelcut::gui::ExportDialog</name>
    <message>
        <source>Export video</source>
        <translation>Video exporteren</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Naamloos</translation>
    </message>
    <message>
        <source>Browse...</source>
        <translation>Bladeren...</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Opslaan als</translation>
    </message>
    <message>
        <source>Also write captions (.srt)</source>
        <translation>Ook ondertitels schrijven (.srt)</translation>
    </message>
    <message>
        <source>Writes the text of the text tracks as a SubRip file beside the video, for platforms that take captions separately</source>
        <translation>Schrijft de tekst van de tekstsporen als SubRip-bestand naast de video, voor platforms die ondertitels apart aannemen</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Gereed</translation>
    </message>
    <message>
        <source>Warnings from the platform check appear here.</source>
        <translation>Waarschuwingen van de platformcontrole verschijnen hier.</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>In map tonen</translation>
    </message>
    <message>
        <source>Cancel export</source>
        <translation>Export annuleren</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporteren</translation>
    </message>
    <message>
        <source>MP4 video (*.mp4)</source>
        <translation>MP4-video (*.mp4)</translation>
    </message>
    <message>
        <source>project rate (%1)</source>
        <translation>projectrate (%1)</translation>
    </message>
    <message>
        <source>&lt;br&gt;Longest video: %1 s</source>
        <translation>&lt;br&gt;Langste video: %1 s</translation>
    </message>
    <message>
        <source>&lt;br&gt;Largest file: %1 MB</source>
        <translation>&lt;br&gt;Grootste bestand: %1 MB</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;color:#ff8a8a&apos;&gt;Your video is %1 s long: longer than %2 allows.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:#ff8a8a&apos;&gt;Je video duurt %1 s: langer dan %2 toestaat.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Choose where to save the video first.</source>
        <translation>Kies eerst waar de video moet worden opgeslagen.</translation>
    </message>
    <message>
        <source>Cannot prepare the export: %1</source>
        <translation>Kan de export niet voorbereiden: %1</translation>
    </message>
    <message>
        <source>Starting...</source>
        <translation>Bezig met starten...</translation>
    </message>
    <message>
        <source>Cannot start the export engine (%1).</source>
        <translation>Kan de exportengine niet starten (%1).</translation>
    </message>
    <message>
        <source>Rendering: %1%, %2 fps, about %3 left</source>
        <translation>Renderen: %1%, %2 fps, nog ongeveer %3</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Let op: %1</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>Probleem: %1</translation>
    </message>
    <message>
        <source>Export cancelled. Nothing was written.</source>
        <translation>Export geannuleerd. Er is niets geschreven.</translation>
    </message>
    <message>
        <source>The export engine crashed. Your project is safe; please try again or report the problem.</source>
        <translation>De exportengine is gecrasht. Je project is veilig; probeer het opnieuw of meld het probleem.</translation>
    </message>
    <message>
        <source>Done in %1 s: %2</source>
        <translation>Klaar in %1 s: %2</translation>
    </message>
    <message numerus="yes">
        <source>Done, with %n note(s) below: %1</source>
        <translation>
            <numerusform>Klaar, met %n opmerking hieronder: %1</numerusform>
            <numerusform>Klaar, met %n opmerkingen hieronder: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Written, but the file does not meet the platform&apos;s rules (see below).</source>
        <translation>Geschreven, maar het bestand voldoet niet aan de regels van het platform (zie hieronder).</translation>
    </message>
    <message>
        <source>Export failed. See the details below.</source>
        <translation>Export mislukt. Zie de details hieronder.</translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation>Bestand vervangen?</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it with the new export?</source>
        <translation>%1 bestaat al. Vervangen door de nieuwe export?</translation>
    </message>
    <message>
        <source>Choose another name to keep the existing file.</source>
        <translation>Kies een andere naam om het bestaande bestand te behouden.</translation>
    </message>
    <message>
        <source>&lt;h3&gt;%1&lt;/h3&gt;&lt;p&gt;%2&lt;/p&gt;&lt;p&gt;%3 x %4 pixels, %5 fps&lt;br&gt;H.264 High, quality CRF %6, at most %7 Mbit/s&lt;br&gt;AAC audio at %8 kbit/s, %9 kHz&lt;br&gt;Loudness target %10 LUFS%11&lt;/p&gt;%12</source>
        <translation>&lt;h3&gt;%1&lt;/h3&gt;&lt;p&gt;%2&lt;/p&gt;&lt;p&gt;%3 x %4 pixels, %5 fps&lt;br&gt;H.264 High, kwaliteit CRF %6, hoogstens %7 Mbit/s&lt;br&gt;AAC-audio op %8 kbit/s, %9 kHz&lt;br&gt;Doelluidheid %10 LUFS%11&lt;/p&gt;%12</translation>
    </message>
    <message>
        <source>Sound: %1 LUFS, range %2 LU, true peak %3 dBTP</source>
        <translation>Geluid: %1 LUFS, bereik %2 LU, true peak %3 dBTP</translation>
    </message>
</context>
<context>
    <name>reelcut::gui::FaceAnalysisRunner</name>
    <message>
        <source>Face effects are not available in this build.</source>
        <translation>Gezichtseffecten zijn niet beschikbaar in deze build.</translation>
    </message>
    <message>
        <source>Finding faces in %1 (%2 of %3)</source>
        <translation>Gezichten zoeken in %1 (%2 van %3)</translation>
    </message>
    <message>
        <source>Face analysis done</source>
        <translation>Gezichtsanalyse klaar</translation>
    </message>
    <message numerus="yes">
        <source>Face analysis done: %n face(s) tracked</source>
        <translation>
            <numerusform>Gezichtsanalyse klaar: %n gezicht gevolgd</numerusform>
            <numerusform>Gezichtsanalyse klaar: %n gezichten gevolgd</numerusform>
        </translation>
    </message>
    <message>
        <source>Face analysis cancelled</source>
        <translation>Gezichtsanalyse geannuleerd</translation>
    </message>
    <message>
        <source>Face analysis failed: %1</source>
        <translation>Gezichtsanalyse mislukt: %1</translation>
    </message>
</context>
<context>
    <name>reelcut::gui::FiltersTab</name>
    <message>
        <source>Drag onto a clip, or double-click to apply to the selected clip</source>
        <translation>Sleep op een clip, of dubbelklik om toe te passen op de geselecteerde clip</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Toepassen</translation>
    </message>
    <message>
        <source>Apply the look to the selected clip</source>
        <translation>De look toepassen op de geselecteerde clip</translation>
    </message>
    <message>
        <source>Import .cube...</source>
        <translation>.cube importeren...</translation>
    </message>
    <message>
        <source>Use a colour grade (.cube LUT) from another program on the selected clip</source>
        <translation>Een kleurcorrectie (.cube-LUT) uit een ander programma op de geselecteerde clip gebruiken</translation>
    </message>
    <message>
        <source>Import a LUT</source>
        <translation>Een LUT importeren</translation>
    </message>
    <message>
        <source>Cube LUTs (*.cube);;All files (*)</source>
        <translation>Cube-LUT&apos;s (*.cube);;Alle bestanden (*)</translation>
    </message>
</context>
<context>
    <name>reelcut::gui::Inspector</name>
    <message>
        <source>Select a clip on the timeline to change its look and sound.</source>
        <translation>Selecteer een clip op de tijdlijn om beeld en geluid aan te passen.</translation>
    </message>
    <message>
        <source>Transform</source>
        <translation>Transformatie</translation>
    </message>
    <message>
        <source>Position X</source>
        <translation>Positie X</translation>
    </message>
    <message>
        <source>Position Y</source>
        <translation>Positie Y</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Schaal</translation>
    </message>
    <message>
        <source>Rotation</source>
        <translation>Rotatie</translation>
    </message>
    <message>
        <source>Opacity</source>
        <translation>Dekking</translation>
    </message>
    <message>
        <source>Add keyframe at playhead</source>
        <translation>Keyframe toevoegen bij afspeelkop</translation>
    </message>
    <message>
        <source>Remember this position, size and angle at the playhead; between keyframes the clip moves smoothly</source>
        <translation>Onthoudt positie, grootte en hoek bij de afspeelkop; tussen keyframes beweegt de clip vloeiend</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Passend</translation>
    </message>
    <message>
        <source>Fill</source>
        <translation>Vullen</translation>
    </message>
    <message>
        <source>Stretch</source>
        <translation>Uitrekken</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Geen</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Kleur</translation>
    </message>
    <message>
        <source>Blur</source>
        <translation>Vervagen</translation>
    </message>
    <message>
        <source>Background colour</source>
        <translation>Achtergrondkleur</translation>
    </message>
    <message>
        <source>Background</source>
        <translation>Achtergrond</translation>
    </message>
    <message>
        <source>Audio and timing</source>
        <translation>Geluid en timing</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <source>Fade in</source>
        <translation>Infaden</translation>
    </message>
    <message>
        <source>Fade out</source>
        <translation>Uitfaden</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Snelheid</translation>
    </message>
    <message>
        <source>Move picture</source>
        <translation>Beeld verplaatsen</translation>
    </message>
    <message>
        <source>Rotate</source>
        <translation>Draaien</translation>
    </message>
    <message>
        <source>Fit mode</source>
        <translation>Schaalmodus</translation>
    </message>
    <message>
        <source>Cannot change speed: %1</source>
        <translation>Kan snelheid niet wijzigen: %1</translation>
    </message>
    <message>
        <source>Add keyframe</source>
        <translation>Keyframe toevoegen</translation>
    </message>
    <message>
        <source>Keyframe added: move the playhead and change the clip to animate it.</source>
        <translation>Keyframe toegevoegd: verplaats de afspeelkop en wijzig de clip om hem te animeren.</translation>
    </message>
    <message>
        <source>Cannot change %1: %2</source>
        <translation>Kan %1 niet wijzigen: %2</translation>
    </message>
    <message>
        <source>Text: %1</source>
        <translation>Tekst: %1</translation>
    </message>
    <message>
        <source>Starts %1, lasts %2</source>
        <translation>Begint %1, duurt %2</translation>
    </message>
    <message numerus="yes">
        <source>Add keyframe at playhead (%n set)</source>
        <translation>
            <numerusform>Keyframe toevoegen bij afspeelkop (%n gezet)</numerusform>
            <numerusform>Keyframe toevoegen bij afspeelkop (%n gezet)</numerusform>
        </translation>
    </message>
    <message>
        <source>Timing</source>
        <translation>Timing</translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation>%1 uit %2</translation>
    </message>
    <message>
        <source>Fields: %1</source>
        <translation>Velden: %1</translation>
    </message>
</context>
<context>
    <name>reelcut::gui::LevelMeter</name>
    <message>
        <source>Microphone level</source>
        <translation>Microfoonniveau</translation>
    </message>
</context>
<context>
    <name>reelcut::gui::MainWindow</name>
    <message>
        <source>Inspector</source>
        <translation>Eigenschappen</translation>
    </message>
    <message>
        <source>Media offline: %1</source>
        <translation>Media offline: %1</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Gereed</translation>
    </message>
    <message>
        <source>&amp;New project...</source>
        <translation>&amp;Nieuw project...</translation>
    </message>
    <message>
        <source>&amp;Open...</source>
        <translation>&amp;Openen...</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>Op&amp;slaan</translation>
    </message>
    <message>
        <source>Save &amp;as...</source>
        <translation>Opslaan &amp;als...</translation>
    </message>
    <message>
        <source>&amp;Import media...</source>
        <translation>Media &amp;importeren...</translation>
    </message>
    <message>
        <source>&amp;Export video...</source>
        <translation>Video &amp;exporteren...</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Ongedaan maken</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Opnieuw</translation>
    </message>
    <message>
        <source>&amp;Split at playhead</source>
        <translation>Bij afspeelkop &amp;splitsen</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <source>&amp;Ripple delete</source>
        <translation>Verwijderen en gat &amp;sluiten</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiëren</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Plakken</translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation>&amp;Alles selecteren</translation>
    </message>
    <message>
        <source>Play / pause</source>
        <translation>Afspelen / pauzeren</translation>
    </message>
    <message>
        <source>Play backwards (faster on each press)</source>
        <translation>Achteruit afspelen (sneller bij elke druk)</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <source>Play forwards (faster on each press)</source>
        <translation>Vooruit afspelen (sneller bij elke druk)</translation>
    </message>
    <message>
        <source>Previous frame</source>
        <translation>Vorige frame</translation>
    </message>
    <message>
        <source>Next frame</source>
        <translation>Volgende frame</translation>
    </message>
    <message>
        <source>Back one second</source>
        <translation>Eén seconde terug</translation>
    </message>
    <message>
        <source>Forward one second</source>
        <translation>Eén seconde vooruit</translation>
    </message>
    <message>
        <source>Go to start</source>
        <translation>Naar het begin</translation>
    </message>
    <message>
        <source>Go to end</source>
        <translation>Naar het einde</translation>
    </message>
    <message>
        <source>S&amp;napping</source>
        <translation>&amp;Uitlijnen</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>&amp;Inzoomen</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>&amp;Uitzoomen</translation>
    </message>
    <message>
        <source>Show playback &amp;statistics</source>
        <translation>Afspeel&amp;statistieken tonen</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Sneltoetsen</translation>
    </message>
    <message>
        <source>Import &amp;captions (SRT)...</source>
        <translation>&amp;Ondertitels importeren (SRT)...</translation>
    </message>
    <message>
        <source>Show face &amp;landmarks</source>
        <translation>Gezichts&amp;punten tonen</translation>
    </message>
    <message>
        <source>Draw the tracked face points on the selected clip</source>
        <translation>De gevolgde gezichtspunten op de geselecteerde clip tekenen</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>&amp;Recent geopend</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <source>&amp;Playback</source>
        <translation>&amp;Afspelen</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Beel&amp;d</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About ReelCut</source>
        <translation>&amp;Over ReelCut</translation>
    </message>
    <message>
        <source>About ReelCut</source>
        <translation>Over ReelCut</translation>
    </message>
    <message>
        <source>&lt;h3&gt;ReelCut %1&lt;/h3&gt;&lt;p&gt;Short videos, cut fast. Open source.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;ReelCut %1&lt;/h3&gt;&lt;p&gt;Korte video&apos;s, snel geknipt. Open source.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporteren</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>Media</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <source>Stickers</source>
        <translation>Stickers</translation>
    </message>
    <message>
        <source>Effects</source>
        <translation>Effecten</translation>
    </message>
    <message>
        <source>Canvas aspect ratio</source>
        <translation>Beeldverhouding van het canvas</translation>
    </message>
    <message>
        <source>Change aspect ratio</source>
        <translation>Beeldverhouding wijzigen</translation>
    </message>
    <message>
        <source>Show where the platform&apos;s buttons and captions cover the video</source>
        <translation>Toont waar knoppen en teksten van het platform de video bedekken</translation>
    </message>
    <message>
        <source>No safe zone</source>
        <translation>Geen veilige zone</translation>
    </message>
    <message>
        <source>Add a track</source>
        <translation>Spoor toevoegen</translation>
    </message>
    <message>
        <source>Video track</source>
        <translation>Videospoor</translation>
    </message>
    <message>
        <source>Overlay track</source>
        <translation>Overlayspoor</translation>
    </message>
    <message>
        <source>Audio track</source>
        <translation>Audiospoor</translation>
    </message>
    <message>
        <source>Timeline zoom (Ctrl+wheel)</source>
        <translation>Tijdlijnzoom (Ctrl+scrollwiel)</translation>
    </message>
    <message>
        <source>Cannot add: %1</source>
        <translation>Kan niet toevoegen: %1</translation>
    </message>
    <message>
        <source>Cannot use %1 as a sticker: not a readable picture</source>
        <translation>Kan %1 niet als sticker gebruiken: geen leesbare afbeelding</translation>
    </message>
    <message>
        <source>Select a video or picture clip first, then add the effect.</source>
        <translation>Selecteer eerst een video- of afbeeldingsclip en voeg dan het effect toe.</translation>
    </message>
    <message>
        <source>Add effect</source>
        <translation>Effect toevoegen</translation>
    </message>
    <message>
        <source>Select a clip with a face first.</source>
        <translation>Selecteer eerst een clip met een gezicht.</translation>
    </message>
    <message>
        <source>Show face landmarks</source>
        <translation>Gezichtspunten tonen</translation>
    </message>
    <message>
        <source>Hide face landmarks</source>
        <translation>Gezichtspunten verbergen</translation>
    </message>
    <message>
        <source>Cannot import captions</source>
        <translation>Kan ondertitels niet importeren</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n caption(s)</source>
        <translation>
            <numerusform>%n ondertitel geïmporteerd</numerusform>
            <numerusform>%n ondertitels geïmporteerd</numerusform>
        </translation>
    </message>
    <message>
        <source>Import captions</source>
        <translation>Ondertitels importeren</translation>
    </message>
    <message>
        <source>SubRip captions (*.srt)</source>
        <translation>SubRip-ondertitels (*.srt)</translation>
    </message>
    <message>
        <source>Stop the face analysis (face effects then track live)</source>
        <translation>Gezichtsanalyse stoppen (gezichtseffecten volgen dan live)</translation>
    </message>
    <message>
        <source>Finding faces...  %p%</source>
        <translation>Gezichten zoeken...  %p%</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>Project openen</translation>
    </message>
    <message>
        <source>ReelCut projects (*.reelcut)</source>
        <translation>ReelCut-projecten (*.reelcut)</translation>
    </message>
    <message>
        <source>Cannot open project</source>
        <translation>Kan project niet openen</translation>
    </message>
    <message>
        <source>Recover unsaved changes?</source>
        <translation>Niet-opgeslagen wijzigingen herstellen?</translation>
    </message>
    <message>
        <source>ReelCut did not close properly while editing %1. Changes autosaved at %2 can be recovered.

Recover them? (You can undo the recovery.)</source>
        <translation>ReelCut is niet goed afgesloten tijdens het bewerken van %1. De wijzigingen die om %2 automatisch zijn opgeslagen, kunnen worden hersteld.

Herstellen? (Het herstel kan ongedaan worden gemaakt.)</translation>
    </message>
    <message>
        <source>Recover autosaved changes</source>
        <translation>Automatisch opgeslagen wijzigingen herstellen</translation>
    </message>
    <message>
        <source>Recovered the autosaved changes.</source>
        <translation>De automatisch opgeslagen wijzigingen zijn hersteld.</translation>
    </message>
    <message>
        <source>Cannot recover</source>
        <translation>Herstellen niet mogelijk</translation>
    </message>
    <message>
        <source>The recovery file is damaged and was set aside (%1).

%2</source>
        <translation>Het herstelbestand is beschadigd en apart gezet (%1).

%2</translation>
    </message>
    <message>
        <source>Recover unsaved project?</source>
        <translation>Niet-opgeslagen project herstellen?</translation>
    </message>
    <message>
        <source>ReelCut did not close properly while editing an unsaved project. Recover it?</source>
        <translation>ReelCut is niet goed afgesloten tijdens het bewerken van een niet-opgeslagen project. Herstellen?</translation>
    </message>
    <message numerus="yes">
        <source>%n media file(s) missing</source>
        <translation>
            <numerusform>%n mediabestand ontbreekt</numerusform>
            <numerusform>%n mediabestanden ontbreken</numerusform>
        </translation>
    </message>
    <message>
        <source>Media missing</source>
        <translation>Media ontbreken</translation>
    </message>
    <message>
        <source>These files used by the project cannot be found:

%1

Find them now? (They stay in the project, shown as offline, until you do.)</source>
        <translation>Deze bestanden van het project zijn niet gevonden:

%1

Nu zoeken? (Tot dan blijven ze als offline in het project.)</translation>
    </message>
    <message>
        <source>Find %1</source>
        <translation>%1 zoeken</translation>
    </message>
    <message>
        <source>Relink media</source>
        <translation>Media opnieuw koppelen</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 opgeslagen</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>Opslaan niet mogelijk</translation>
    </message>
    <message>
        <source>Save project</source>
        <translation>Project opslaan</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Niet-opgeslagen wijzigingen</translation>
    </message>
    <message>
        <source>Save the changes to %1 before closing it?</source>
        <translation>Wijzigingen in %1 opslaan voor het sluiten?</translation>
    </message>
    <message>
        <source>this project</source>
        <translation>dit project</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Naamloos</translation>
    </message>
    <message>
        <source>%1%2 - ReelCut</source>
        <translation>%1%2 - ReelCut</translation>
    </message>
    <message>
        <source>&amp;Magnetic main track</source>
        <translation>&amp;Magnetisch hoofdspoor</translation>
    </message>
    <message>
        <source>Magnetic main track: clips on the bottom video track stay end to end, deleting or moving one closes the gap (saved in the project)</source>
        <translation>Magnetisch hoofdspoor: de clips op het onderste videospoor sluiten op elkaar aan, verwijderen of verplaatsen sluit het gat (wordt in het project bewaard)</translation>
    </message>
    <message>
        <source>C&amp;ollect project files...</source>
        <translation>Projectbestanden &amp;verzamelen...</translation>
    </message>
    <message>
        <source>Copy every media file the project uses into one folder beside it, so the project can be zipped and sent</source>
        <translation>Kopieert alle mediabestanden van het project naar één map ernaast, zodat het project ingepakt en verstuurd kan worden</translation>
    </message>
    <message numerus="yes">
        <source>Import %n file(s)</source>
        <translation>
            <numerusform>%n bestand importeren</numerusform>
            <numerusform>%n bestanden importeren</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the project first: its media are collected into a folder beside it.</source>
        <translation>Sla het project eerst op: de media worden verzameld in een map ernaast.</translation>
    </message>
    <message>
        <source>Collect project files</source>
        <translation>Projectbestanden verzamelen</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n file(s) into %1 and saved the project.</source>
        <translation>
            <numerusform>%n bestand naar %1 gekopieerd en het project opgeslagen.</numerusform>
            <numerusform>%n bestanden naar %1 gekopieerd en het project opgeslagen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot collect the project files</source>
        <translation>De projectbestanden kunnen niet worden verzameld</translation>
    </message>
    <message>
        <source>Add text</source>
        <translation>Tekst toevoegen</translation>
    </message>
    <message>
        <source>Add sticker %1</source>
        <translation>Sticker %1 toevoegen</translation>
    </message>
    <message>
        <source>&amp;Batch export...</source>
        <translation>&amp;Batch-export...</translation>
    </message>
    <message>
        <source>Make this a &amp;field...</source>
        <translation>Hier een &amp;veld van maken...</translation>
    </message>
    <message>
        <source>Batch export</source>
        <translation>Batch-export</translation>
    </message>
    <message>
        <source>The batch renders the saved project. Save it now?</source>
        <translation>De batch rendert het opgeslagen project. Nu opslaan?</translation>
    </message>
    <message>
        <source>Make a field</source>
        <translation>Veld maken</translation>
    </message>
    <message>
        <source>Cannot make a field: %1</source>
        <translation>Kan geen veld maken: %1</translation>
    </message>
    <message>
        <source>Select one text or media clip to make it a field.</source>
        <translation>Selecteer één tekst- of mediaclip om er een veld van te maken.</translation>
    </message>
    <message>
        <source>Make this a field</source>
        <translation>Hier een veld van maken</translation>
    </message>
    <message>
        <source>Field name (the data column that fills it, e.g. headline):</source>
        <translation>Veldnaam (de gegevenskolom die het vult, bijv. headline):</translation>
    </message>
    <message>
        <source>Brand &amp;kit...</source>
        <translation>&amp;Huisstijlpakket...</translation>
    </message>
    <message>
        <source>Brand kit</source>
        <translation>Huisstijlpakket</translation>
    </message>
    <message>
        <source>Brand kits (*.json)</source>
        <translation>Huisstijlpakketten (*.json)</translation>
    </message>
    <message>
        <source>Use a brand kit</source>
        <translation>Huisstijlpakket gebruiken</translation>
    </message>
    <message>
        <source>&amp;Preferences...</source>
        <translation>&amp;Voorkeuren...</translation>
    </message>
    <message>
        <source>Transitions</source>
        <translation>Overgangen</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filters</translation>
    </message>
    <message>
        <source>Select a clip that touches another one, or drag the transition onto the cut between two clips.</source>
        <translation>Selecteer een clip die aan een andere grenst, of sleep de overgang op de snede tussen twee clips.</translation>
    </message>
    <message>
        <source>Add transition %1</source>
        <translation>Overgang %1 toevoegen</translation>
    </message>
    <message>
        <source>Cannot add the transition: %1</source>
        <translation>Kan de overgang niet toevoegen: %1</translation>
    </message>
    <message>
        <source>Select a video or picture clip first, then choose a filter.</source>
        <translation>Selecteer eerst een video- of afbeeldingsclip en kies dan een filter.</translation>
    </message>
    <message>
        <source>Filter %1</source>
        <translation>Filter %1</translation>
    </message>
    <message>
        <source>Select a video or picture clip first, then import the LUT.</source>
        <translation>Selecteer eerst een video- of afbeeldingsclip en importeer dan de LUT.</translation>
    </message>
    <message>
        <source>Cannot use this LUT: %1</source>
        <translation>Kan deze LUT niet gebruiken: %1</translation>
    </message>
    <message>
        <source>Import LUT %1</source>
        <translation>LUT %1 importeren</translation>
    </message>
    <message>
        <source>&amp;Record...</source>
        <translation>&amp;Opnemen...</translation>
    </message>
    <message>
        <source>Add recorded take</source>
        <translation>Opname toevoegen</translation>
    </message>
    <message>
        <source>Song</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Cannot add the take: %1</source>
        <translation>De opname kan niet worden toegevoegd: %1</translation>
    </message>
    <message numerus="yes">
        <source>Import %n take(s)</source>
        <translation>
            <numerusform>%n opname importeren</numerusform>
            <numerusform>%n opnames importeren</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a video or picture clip with a face first.</source>
        <translation>Selecteer eerst een video- of afbeeldingsclip met een gezicht.</translation>
    </message>
    <message>
        <source>This project has no brand kit yet: make one with File &gt; Brand kit.</source>
        <translation>Dit project heeft nog geen huisstijlpakket: maak er een met Bestand &gt; Huisstijlpakket.</translation>
    </message>
    <message>
        <source>Cannot put the brand logo on the face: %1</source>
        <translation>Kan het merklogo niet op het gezicht zetten: %1</translation>
    </message>
    <message>
        <source>Put the brand logo on the face</source>
        <translation>Merklogo op het gezicht zetten</translation>
    </message>
    <message>
        <source>&amp;Freeze frame</source>
        <translation>&amp;Beeld bevriezen</translation>
    </message>
    <message>
        <source>Cut to the &amp;beat</source>
        <translation>Op de &amp;beat knippen</translation>
    </message>
    <message>
        <source>Lay the selected clips again so that every cut lands on a beat of the song</source>
        <translation>Legt de geselecteerde clips opnieuw neer, zodat elke knip op een beat van het nummer valt</translation>
    </message>
    <message numerus="yes">
        <source>Every %n beat(s)</source>
        <translation>
            <numerusform>Elke beat</numerusform>
            <numerusform>Elke %n beats</numerusform>
        </translation>
    </message>
    <message>
        <source>Every bar</source>
        <translation>Elke maat</translation>
    </message>
    <message>
        <source>Cut to the beat</source>
        <translation>Op de beat knippen</translation>
    </message>
    <message>
        <source>Cannot cut to the beat: %1</source>
        <translation>Knippen op de beat is niet mogelijk: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n cut(s) on the beat</source>
        <translation>
            <numerusform>%n knip op de beat</numerusform>
            <numerusform>%n knippen op de beat</numerusform>
        </translation>
    </message>
    <message>
        <source>Click the colour on the preview; Esc cancels.</source>
        <translation>Klik in het voorbeeld op de kleur; Esc annuleert.</translation>
    </message>
    <message>
        <source>Cannot pick the colour: %1</source>
        <translation>De kleur kan niet worden opgepikt: %1</translation>
    </message>
    <message>
        <source>Pick colour</source>
        <translation>Kleur oppikken</translation>
    </message>
    <message>
        <source>Colour picked: %1</source>
        <translation>Kleur opgepikt: %1</translation>
    </message>
    <message>
        <source>Record &amp;voice-over...</source>
        <translation>&amp;Voice-over opnemen...</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>Audio</translation>
    </message>
    <message>
        <source>Music</source>
        <translation>Muziek</translation>
    </message>
    <message>
        <source>Record voice-over</source>
        <translation>Voice-over opnemen</translation>
    </message>
    <message>
        <source>Voice-over</source>
        <translation>Voice-over</translation>
    </message>
    <message>
        <source>Cannot add the voice-over: %1</source>
        <translation>De voice-over kan niet worden toegevoegd: %1</translation>
    </message>
</context>
<context>
    <name>reelcut::gui::MediaBin</name>
    <message>
        <source>Import media</source>
        <translation>Media importeren</translation>
    </message>
    <message>
        <source>Import video, audio and pictures (Ctrl+I), or drop files here</source>
        <translation>Video, audio en afbeeldingen importeren (Ctrl+I) of bestanden hierheen slepen</translation>
    </message>
    <message>
        <source>Add to timeline at playhead</source>
        <translation>Bij afspeelkop aan tijdlijn toevoegen</translation>
    </message>
    <message>
        <source>Relink...</source>
        <translation>Opnieuw koppelen...</translation>
    </message>
    <message>
        <source>Media (*.mp4 *.mov *.m4v *.mkv *.webm *.avi *.mp3 *.m4a *.aac *.wav *.ogg *.opus *.flac *.png *.jpg *.jpeg *.webp *.gif *.bmp);;All files (*)</source>
        <translation>Media (*.mp4 *.mov *.m4v *.mkv *.webm *.avi *.mp3 *.m4a *.aac *.wav *.ogg *.opus *.flac *.png *.jpg *.jpeg *.webp *.gif *.bmp);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Missing - right-click to relink</source>
        <translation>Ontbreekt – rechtsklik om opnieuw te koppelen</translation>
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
        <translation>Geen microfoon gevonden.</translation>
    </message>
    <message>
        <source>The microphone does not record at 48 kHz.</source>
        <translation>De microfoon neemt niet op met 48 kHz.</translation>
    </message>
    <message>
        <source>The microphone could not start.</source>
        <translation>De microfoon kon niet starten.</translation>
    </message>
    <message>
        <source>%1 has no sound.</source>
        <translation>%1 heeft geen geluid.</translation>
    </message>
</context>
<context>
    <name>reelcut::gui::NewProjectDialog</name>
    <message>
        <source>New project</source>
        <translation>Nieuw project</translation>
    </message>
    <message>
        <source>What are you making?</source>
        <translation>Wat ga je maken?</translation>
    </message>
    <message>
        <source>%1 fps</source>
        <translation>%1 fps</translation>
    </message>
    <message>
        <source>Frame rate</source>
        <translation>Framerate</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Maken</translation>
    </message>
</context>
<context>
    <name>reelcut::gui::ParamForm</name>
    <message>
        <source>Add a keyframe at the playhead</source>
        <translation>Keyframe toevoegen bij de afspeelkop</translation>
    </message>
    <message>
        <source>Choose...</source>
        <translation>Kiezen...</translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation>%1-bestanden (*.%2)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
    <message>
        <source>Remove the keyframe at the playhead</source>
        <translation>Keyframe bij de afspeelkop verwijderen</translation>
    </message>
    <message>
        <source>Animated by keyframes</source>
        <translation>Geanimeerd met keyframes</translation>
    </message>
    <message>
        <source>Supported files (%1)</source>
        <translation>Ondersteunde bestanden (%1)</translation>
    </message>
    <message>
        <source>Pick</source>
        <translation>Pipet</translation>
    </message>
    <message>
        <source>Pick the colour from the preview: click it there</source>
        <translation>Kleur uit het voorbeeld oppikken: klik er daar op</translation>
    </message>
</context>
<context>
    <name>reelcut::gui::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Voorkeuren</translation>
    </message>
    <message>
        <source>As the system (%1)</source>
        <translation>Zoals het systeem (%1)</translation>
    </message>
    <message>
        <source>The new language applies after ReelCut is restarted.</source>
        <translation>De nieuwe taal geldt nadat ReelCut opnieuw is gestart.</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Uit</translation>
    </message>
    <message>
        <source>How often unsaved changes are written to a recovery file. 0 turns autosave off.</source>
        <translation>Hoe vaak niet-opgeslagen wijzigingen naar een herstelbestand worden geschreven. 0 zet automatisch opslaan uit.</translation>
    </message>
    <message>
        <source>Clear the list of recent files</source>
        <translation>Lijst met recente bestanden wissen</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Taal:</translation>
    </message>
    <message>
        <source>Export preset chosen first:</source>
        <translation>Eerst gekozen exportvoorinstelling:</translation>
    </message>
    <message>
        <source>Autosave every:</source>
        <translation>Automatisch opslaan elke:</translation>
    </message>
    <message>
        <source>Recent files:</source>
        <translation>Recente bestanden:</translation>
    </message>
</context>
<context>
    <name>reelcut::gui::PreviewWidget</name>
    <message>
        <source>%1 safe zone</source>
        <translation>Veilige zone voor %1</translation>
    </message>
    <message>
        <source>%1 fps  |  render %2 ms  |  %3x%4  |  frame %5  |  dropped %6</source>
        <translation>%1 fps  |  renderen %2 ms  |  %3x%4  |  frame %5  |  overgeslagen %6</translation>
    </message>
</context>
<context>
    <name>reelcut::gui::RecordWindow</name>
    <message>
        <source>lip-sync</source>
        <translation>playback</translation>
    </message>
    <message>
        <source>recovered after a crash</source>
        <translation>hersteld na een crash</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Opnemen</translation>
    </message>
    <message>
        <source>Saved %1 (%2).</source>
        <translation>%1 opgeslagen (%2).</translation>
    </message>
    <message>
        <source>Recording stopped: %1</source>
        <translation>Opname gestopt: %1</translation>
    </message>
    <message>
        <source>The camera could not start: %1</source>
        <translation>De camera kon niet starten: %1</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Uit</translation>
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
        <translation>Zo lang wachten na Opnemen voordat de opname begint, zodat je van de camera weg kunt stappen</translation>
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
        <translation>De opname stopt na zo lang vanzelf</translation>
    </message>
    <message>
        <source>Camera:</source>
        <translation>Camera:</translation>
    </message>
    <message>
        <source>Microphone:</source>
        <translation>Microfoon:</translation>
    </message>
    <message>
        <source>Timer:</source>
        <translation>Timer:</translation>
    </message>
    <message>
        <source>Length:</source>
        <translation>Lengte:</translation>
    </message>
    <message>
        <source>Face effect:</source>
        <translation>Gezichtseffect:</translation>
    </message>
    <message>
        <source>Lip-sync to a song</source>
        <translation>Playback op een nummer</translation>
    </message>
    <message>
        <source>The song plays while you record (use headphones) and lands on the timeline in time with the take</source>
        <translation>Het nummer speelt tijdens de opname (gebruik een koptelefoon) en komt gelijklopend met de opname op de tijdlijn</translation>
    </message>
    <message>
        <source>Choose song...</source>
        <translation>Nummer kiezen...</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Where in the song to start</source>
        <translation>Waar in het nummer te beginnen</translation>
    </message>
    <message>
        <source>from</source>
        <translation>vanaf</translation>
    </message>
    <message>
        <source>Start recording (R)</source>
        <translation>Opname starten (R)</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>Stop and keep the take (Space)</source>
        <translation>Stoppen en de opname houden (spatie)</translation>
    </message>
    <message>
        <source>Takes</source>
        <translation>Opnames</translation>
    </message>
    <message>
        <source>Use take</source>
        <translation>Opname gebruiken</translation>
    </message>
    <message>
        <source>Put the selected take on the timeline at the playhead</source>
        <translation>De gekozen opname bij de afspeelkop op de tijdlijn zetten</translation>
    </message>
    <message>
        <source>Import all</source>
        <translation>Alles importeren</translation>
    </message>
    <message>
        <source>Add every take to the media bin</source>
        <translation>Alle opnames aan de media toevoegen</translation>
    </message>
    <message>
        <source>Delete the selected takes</source>
        <translation>De gekozen opnames verwijderen</translation>
    </message>
    <message>
        <source>%1 is on the timeline.</source>
        <translation>%1 staat op de tijdlijn.</translation>
    </message>
    <message numerus="yes">
        <source>%n take(s) added to the media bin.</source>
        <translation>
            <numerusform>%n opname aan de media toegevoegd.</numerusform>
            <numerusform>%n opnames aan de media toegevoegd.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete takes</source>
        <translation>Opnames verwijderen</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n take(s) from the disk?</source>
        <translation>
            <numerusform>%n opname van de schijf verwijderen?</numerusform>
            <numerusform>%n opnames van de schijf verwijderen?</numerusform>
        </translation>
    </message>
    <message>
        <source>Media file</source>
        <translation>Mediabestand</translation>
    </message>
    <message>
        <source>No camera</source>
        <translation>Geen camera</translation>
    </message>
    <message>
        <source>No sound</source>
        <translation>Geen geluid</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Geen</translation>
    </message>
    <message>
        <source>The selected clip&apos;s effects</source>
        <translation>De effecten van de gekozen clip</translation>
    </message>
    <message>
        <source>No camera found.

Connect a webcam (or allow ReelCut to use it) and it appears here by itself.</source>
        <translation>Geen camera gevonden.

Sluit een webcam aan (of geef ReelCut toestemming om hem te gebruiken) en hij verschijnt hier vanzelf.</translation>
    </message>
    <message>
        <source>Cannot play %1: %2</source>
        <translation>%1 kan niet worden afgespeeld: %2</translation>
    </message>
    <message>
        <source>Playing %1 as the camera.</source>
        <translation>%1 speelt als camera.</translation>
    </message>
    <message>
        <source>Song to lip-sync to</source>
        <translation>Nummer voor playback</translation>
    </message>
    <message>
        <source>Sound (*.mp3 *.m4a *.aac *.wav *.flac *.ogg *.opus *.mp4)</source>
        <translation>Geluid (*.mp3 *.m4a *.aac *.wav *.flac *.ogg *.opus *.mp4)</translation>
    </message>
    <message>
        <source>Recording starts when the countdown ends.</source>
        <translation>De opname begint als het aftellen klaar is.</translation>
    </message>
    <message>
        <source>Recording.</source>
        <translation>Bezig met opnemen.</translation>
    </message>
    <message>
        <source>The song cannot play: %1</source>
        <translation>Het nummer kan niet spelen: %1</translation>
    </message>
</context>
<context>
    <name>reelcut::gui::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Sneltoetsen</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Toetsen</translation>
    </message>
</context>
<context>
    <name>reelcut::gui::StickerTab</name>
    <message>
        <source>Import sticker...</source>
        <translation>Sticker importeren...</translation>
    </message>
    <message>
        <source>Use your own PNG, GIF, WebP or SVG picture as a sticker</source>
        <translation>Je eigen PNG-, GIF-, WebP- of SVG-afbeelding als sticker gebruiken</translation>
    </message>
    <message>
        <source>Import sticker</source>
        <translation>Sticker importeren</translation>
    </message>
    <message>
        <source>Stickers (*.png *.gif *.webp *.svg *.apng);;All files (*)</source>
        <translation>Stickers (*.png *.gif *.webp *.svg *.apng);;Alle bestanden (*)</translation>
    </message>
</context>
<context>
    <name>reelcut::gui::TextInspector</name>
    <message>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <source>Type your text</source>
        <translation>Typ je tekst</translation>
    </message>
    <message>
        <source>Font</source>
        <translation>Lettertype</translation>
    </message>
    <message>
        <source>Bold</source>
        <translation>Vet</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>Cursief</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Grootte</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Kleur</translation>
    </message>
    <message>
        <source>Text colour</source>
        <translation>Tekstkleur</translation>
    </message>
    <message>
        <source>Outline</source>
        <translation>Omlijning</translation>
    </message>
    <message>
        <source>Outline colour</source>
        <translation>Omlijningskleur</translation>
    </message>
    <message>
        <source> blur</source>
        <translation> vervaging</translation>
    </message>
    <message>
        <source>Shadow</source>
        <translation>Schaduw</translation>
    </message>
    <message>
        <source>Shadow colour</source>
        <translation>Schaduwkleur</translation>
    </message>
    <message>
        <source>Shadow offset</source>
        <translation>Schaduwverschuiving</translation>
    </message>
    <message>
        <source> pad</source>
        <translation> marge</translation>
    </message>
    <message>
        <source>Box</source>
        <translation>Kader</translation>
    </message>
    <message>
        <source>Box colour (transparent: none)</source>
        <translation>Kaderkleur (transparant: geen)</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Links</translation>
    </message>
    <message>
        <source>Centre</source>
        <translation>Midden</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Rechts</translation>
    </message>
    <message>
        <source>Align</source>
        <translation>Uitlijning</translation>
    </message>
    <message>
        <source>Spacing</source>
        <translation>Afstand</translation>
    </message>
    <message>
        <source>Lines wrap at this share of the canvas width</source>
        <translation>Regels lopen door bij dit deel van de canvasbreedte</translation>
    </message>
    <message>
        <source>Wrap at</source>
        <translation>Terugloop bij</translation>
    </message>
    <message>
        <source>Animation in</source>
        <translation>Animatie in</translation>
    </message>
    <message>
        <source>Animation out</source>
        <translation>Animatie uit</translation>
    </message>
    <message>
        <source>Edit text</source>
        <translation>Tekst bewerken</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Tekstgrootte</translation>
    </message>
    <message>
        <source>Line spacing</source>
        <translation>Regelafstand</translation>
    </message>
    <message>
        <source>Letter spacing</source>
        <translation>Letterafstand</translation>
    </message>
    <message>
        <source>Wrap width</source>
        <translation>Terugloopbreedte</translation>
    </message>
    <message>
        <source>Alignment</source>
        <translation>Uitlijning</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Geen</translation>
    </message>
    <message>
        <source>Fade</source>
        <translation>Vervagen</translation>
    </message>
    <message>
        <source>Pop</source>
        <translation>Pop</translation>
    </message>
    <message>
        <source>Slide left</source>
        <translation>Naar links schuiven</translation>
    </message>
    <message>
        <source>Slide right</source>
        <translation>Naar rechts schuiven</translation>
    </message>
    <message>
        <source>Slide up</source>
        <translation>Omhoog schuiven</translation>
    </message>
    <message>
        <source>Slide down</source>
        <translation>Omlaag schuiven</translation>
    </message>
    <message>
        <source>Typewriter</source>
        <translation>Typemachine</translation>
    </message>
    <message>
        <source>Bounce</source>
        <translation>Stuiteren</translation>
    </message>
    <message>
        <source>Radius of the box&apos;s rounded corners</source>
        <translation>Straal van de afgeronde hoeken van het kader</translation>
    </message>
    <message>
        <source>Box corners</source>
        <translation>Hoeken van het kader</translation>
    </message>
</context>
<context>
    <name>reelcut::gui::TextTab</name>
    <message>
        <source>Styles - click or drag to add</source>
        <translation>Stijlen – klik of sleep om toe te voegen</translation>
    </message>
    <message>
        <source>Add &quot;%1&quot; text at the playhead</source>
        <translation>Tekst „%1” toevoegen bij de afspeelkop</translation>
    </message>
    <message>
        <source>Emoji</source>
        <translation>Emoji</translation>
    </message>
    <message>
        <source>Add %1 at the playhead</source>
        <translation>%1 toevoegen bij de afspeelkop</translation>
    </message>
</context>
<context>
    <name>reelcut::gui::TimeInspector</name>
    <message>
        <source>Speed and picture</source>
        <translation>Snelheid en beeld</translation>
    </message>
    <message>
        <source>None (constant speed)</source>
        <translation>Geen (vaste snelheid)</translation>
    </message>
    <message>
        <source>Speed curve: the clip speeds up and slows down along it; its length follows the curve</source>
        <translation>Snelheidscurve: de clip versnelt en vertraagt erlangs; zijn lengte volgt de curve</translation>
    </message>
    <message>
        <source>Speed curve</source>
        <translation>Snelheidscurve</translation>
    </message>
    <message>
        <source>Reverse</source>
        <translation>Achteruit</translation>
    </message>
    <message>
        <source>Play the clip backwards, sound included</source>
        <translation>De clip achteruit afspelen, geluid inbegrepen</translation>
    </message>
    <message>
        <source>Flip horizontal</source>
        <translation>Horizontaal spiegelen</translation>
    </message>
    <message>
        <source>Flip vertical</source>
        <translation>Verticaal spiegelen</translation>
    </message>
    <message>
        <source>Rotate 90°</source>
        <translation>90° draaien</translation>
    </message>
    <message>
        <source>Turn the picture a quarter clockwise</source>
        <translation>Het beeld een kwartslag met de klok mee draaien</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Links</translation>
    </message>
    <message>
        <source>Top</source>
        <translation>Boven</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Rechts</translation>
    </message>
    <message>
        <source>Bottom</source>
        <translation>Onder</translation>
    </message>
    <message>
        <source>Share of the picture cut off this edge</source>
        <translation>Deel van het beeld dat aan deze rand wordt afgesneden</translation>
    </message>
    <message>
        <source>Crop</source>
        <translation>Bijsnijden</translation>
    </message>
    <message>
        <source>Cannot change %1: %2</source>
        <translation>Kan %1 niet wijzigen: %2</translation>
    </message>
    <message>
        <source>Crop and mirror</source>
        <translation>Bijsnijden en spiegelen</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Eigen</translation>
    </message>
    <message>
        <source>Average %1x, from %2x to %3x</source>
        <translation>Gemiddeld %1x, van %2x tot %3x</translation>
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
        <translation>Tekst</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>Move clip</source>
        <translation>Clip verplaatsen</translation>
    </message>
    <message>
        <source>Move clips</source>
        <translation>Clips verplaatsen</translation>
    </message>
    <message>
        <source>Trim clip start</source>
        <translation>Begin van clip inkorten</translation>
    </message>
    <message>
        <source>Trim clip end</source>
        <translation>Einde van clip inkorten</translation>
    </message>
    <message>
        <source>Not possible: %1</source>
        <translation>Niet mogelijk: %1</translation>
    </message>
    <message>
        <source>Split at playhead</source>
        <translation>Bij afspeelkop splitsen</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopiëren</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Ripple delete</source>
        <translation>Verwijderen en gat sluiten</translation>
    </message>
    <message>
        <source>Paste at playhead</source>
        <translation>Bij afspeelkop plakken</translation>
    </message>
    <message>
        <source>Add video track</source>
        <translation>Videospoor toevoegen</translation>
    </message>
    <message>
        <source>Add overlay track</source>
        <translation>Overlayspoor toevoegen</translation>
    </message>
    <message>
        <source>Add audio track</source>
        <translation>Audiospoor toevoegen</translation>
    </message>
    <message>
        <source>Remove track</source>
        <translation>Spoor verwijderen</translation>
    </message>
    <message>
        <source>Hide track</source>
        <translation>Spoor verbergen</translation>
    </message>
    <message>
        <source>Show track</source>
        <translation>Spoor tonen</translation>
    </message>
    <message>
        <source>Mute track</source>
        <translation>Spoor dempen</translation>
    </message>
    <message>
        <source>Unmute track</source>
        <translation>Spoor niet meer dempen</translation>
    </message>
    <message>
        <source>Lock track</source>
        <translation>Spoor vergrendelen</translation>
    </message>
    <message>
        <source>Unlock track</source>
        <translation>Spoor ontgrendelen</translation>
    </message>
    <message>
        <source>Cannot use %1: %2</source>
        <translation>Kan %1 niet gebruiken: %2</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>%1 toevoegen</translation>
    </message>
    <message>
        <source>Cannot add %1: %2</source>
        <translation>Kan %1 niet toevoegen: %2</translation>
    </message>
    <message>
        <source>Nothing to split: put the playhead inside a clip</source>
        <translation>Niets te splitsen: zet de afspeelkop binnen een clip</translation>
    </message>
    <message>
        <source>Split</source>
        <translation>Splitsen</translation>
    </message>
    <message>
        <source>Cannot split: %1</source>
        <translation>Splitsen niet mogelijk: %1</translation>
    </message>
    <message>
        <source>Cannot delete: %1</source>
        <translation>Verwijderen niet mogelijk: %1</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n clip(s)</source>
        <translation>
            <numerusform>%n clip gekopieerd</numerusform>
            <numerusform>%n clips gekopieerd</numerusform>
        </translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Plakken</translation>
    </message>
    <message>
        <source>Cannot paste here: %1</source>
        <translation>Kan hier niet plakken: %1</translation>
    </message>
    <message>
        <source>Add track</source>
        <translation>Spoor toevoegen</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Hoofdspoor</translation>
    </message>
    <message>
        <source>Main track magnet on</source>
        <translation>Magneet hoofdspoor aan</translation>
    </message>
    <message>
        <source>Main track magnet off</source>
        <translation>Magneet hoofdspoor uit</translation>
    </message>
    <message>
        <source>Delete keyframe</source>
        <translation>Keyframe verwijderen</translation>
    </message>
    <message>
        <source>Easing to the next keyframe</source>
        <translation>Versnelling naar de volgende keyframe</translation>
    </message>
    <message>
        <source>Linear</source>
        <translation>Lineair</translation>
    </message>
    <message>
        <source>Ease in</source>
        <translation>Langzaam beginnen</translation>
    </message>
    <message>
        <source>Ease out</source>
        <translation>Langzaam eindigen</translation>
    </message>
    <message>
        <source>Ease in and out</source>
        <translation>Langzaam beginnen en eindigen</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Vasthouden</translation>
    </message>
    <message>
        <source>Keyframe easing</source>
        <translation>Keyframe-versnelling</translation>
    </message>
    <message>
        <source>Move keyframe</source>
        <translation>Keyframe verplaatsen</translation>
    </message>
    <message>
        <source>Transition duration</source>
        <translation>Duur van de overgang</translation>
    </message>
    <message>
        <source>Brand logo on the face</source>
        <translation>Merklogo op het gezicht</translation>
    </message>
    <message>
        <source>Left cheek</source>
        <translation>Linkerwang</translation>
    </message>
    <message>
        <source>Right cheek</source>
        <translation>Rechterwang</translation>
    </message>
    <message>
        <source>Forehead</source>
        <translation>Voorhoofd</translation>
    </message>
    <message>
        <source>Freeze frame</source>
        <translation>Beeld bevriezen</translation>
    </message>
    <message>
        <source>Nothing to freeze: put the playhead on a video clip</source>
        <translation>Niets te bevriezen: zet de afspeelkop op een videoclip</translation>
    </message>
    <message>
        <source>Cannot freeze the frame: %1</source>
        <translation>Kan het beeld niet bevriezen: %1</translation>
    </message>
    <message>
        <source>Delete volume point</source>
        <translation>Volumepunt verwijderen</translation>
    </message>
    <message>
        <source>Move volume point</source>
        <translation>Volumepunt verplaatsen</translation>
    </message>
    <message>
        <source>Fade in</source>
        <translation>Infaden</translation>
    </message>
    <message>
        <source>Fade out</source>
        <translation>Uitfaden</translation>
    </message>
    <message>
        <source>Add volume point</source>
        <translation>Volumepunt toevoegen</translation>
    </message>
</context>
<context>
    <name>reelcut::gui::TransitionInspector</name>
    <message>
        <source>Transition in</source>
        <translation>Overgang in</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duur</translation>
    </message>
    <message>
        <source>Remove transition</source>
        <translation>Overgang verwijderen</translation>
    </message>
    <message>
        <source>Transition</source>
        <translation>Overgang</translation>
    </message>
    <message>
        <source>Transition duration</source>
        <translation>Duur van de overgang</translation>
    </message>
    <message>
        <source>Cannot change %1: %2</source>
        <translation>Kan %1 niet wijzigen: %2</translation>
    </message>
    <message>
        <source>Transition setting</source>
        <translation>Overgangsinstelling</translation>
    </message>
</context>
<context>
    <name>reelcut::gui::TransitionsTab</name>
    <message>
        <source>Drag a transition onto a cut between two clips.</source>
        <translation>Sleep een overgang op de snede tussen twee clips.</translation>
    </message>
    <message>
        <source>Drag onto a cut, or double-click to put it on the cut into the selected clip</source>
        <translation>Sleep op een snede, of dubbelklik om hem op de snede naar de geselecteerde clip te zetten</translation>
    </message>
    <message>
        <source>Apply to selected clip</source>
        <translation>Toepassen op geselecteerde clip</translation>
    </message>
    <message>
        <source>Puts the transition on the cut into the selected clip</source>
        <translation>Zet de overgang op de snede naar de geselecteerde clip</translation>
    </message>
</context>
<context>
    <name>reelcut::gui::VoiceInspector</name>
    <message>
        <source>Voice</source>
        <translation>Stem</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Geen</translation>
    </message>
    <message>
        <source>Chipmunk</source>
        <translation>Eekhoorn</translation>
    </message>
    <message>
        <source>Deep</source>
        <translation>Diep</translation>
    </message>
    <message>
        <source>Robot</source>
        <translation>Robot</translation>
    </message>
    <message>
        <source>Echo</source>
        <translation>Echo</translation>
    </message>
    <message>
        <source>Change how the voice sounds</source>
        <translation>Verandert hoe de stem klinkt</translation>
    </message>
    <message>
        <source>Voice effect</source>
        <translation>Stemeffect</translation>
    </message>
    <message>
        <source>Reduce noise</source>
        <translation>Ruis verminderen</translation>
    </message>
    <message>
        <source>Removes steady background noise: hum, fans, traffic</source>
        <translation>Verwijdert constant achtergrondgeluid: brom, ventilatoren, verkeer</translation>
    </message>
    <message>
        <source>Voice clarity</source>
        <translation>Spraakhelderheid</translation>
    </message>
    <message>
        <source>Cuts rumble and boxiness and lifts presence, so speech reads clearer</source>
        <translation>Vermindert gerommel en holheid en tilt de presence op, zodat spraak helderder klinkt</translation>
    </message>
    <message>
        <source>Keep pitch</source>
        <translation>Toonhoogte behouden</translation>
    </message>
    <message>
        <source>A faster or slower clip keeps its voice natural</source>
        <translation>Een snellere of tragere clip houdt een natuurlijke stem</translation>
    </message>
    <message>
        <source>Duck under voice</source>
        <translation>Onder spraak dempen</translation>
    </message>
    <message>
        <source>This track goes down while someone speaks on another track, found in the sound itself</source>
        <translation>Dit spoor wordt zachter terwijl iemand op een ander spoor spreekt, herkend in het geluid zelf</translation>
    </message>
    <message>
        <source>How far the track goes down under speech</source>
        <translation>Hoeveel het spoor onder spraak zachter wordt</translation>
    </message>
    <message>
        <source>Depth</source>
        <translation>Diepte</translation>
    </message>
    <message>
        <source>No ducking</source>
        <translation>Geen demping</translation>
    </message>
    <message>
        <source>Ducking depth</source>
        <translation>Dempingsdiepte</translation>
    </message>
</context>
<context>
    <name>reelcut::gui::VoiceOverDialog</name>
    <message>
        <source>Record voice-over</source>
        <translation>Voice-over opnemen</translation>
    </message>
    <message>
        <source>Speak as you will in the recording: the bar should reach the yellow part and stay out of the red</source>
        <translation>Spreek zoals in de opname: de balk moet het gele deel halen en uit het rode blijven</translation>
    </message>
    <message>
        <source>Microphone:</source>
        <translation>Microfoon:</translation>
    </message>
    <message>
        <source>Level:</source>
        <translation>Niveau:</translation>
    </message>
    <message>
        <source>3-2-1 countdown</source>
        <translation>3-2-1-aftelling</translation>
    </message>
    <message>
        <source>Play the timeline while recording</source>
        <translation>Tijdlijn afspelen tijdens het opnemen</translation>
    </message>
    <message>
        <source>Mute the timeline while recording</source>
        <translation>Tijdlijn dempen tijdens het opnemen</translation>
    </message>
    <message>
        <source>Unmute to speak over the sound; use headphones, or the speakers are recorded too</source>
        <translation>Zet het geluid aan om eroverheen te spreken; gebruik een koptelefoon, anders worden de luidsprekers mee opgenomen</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Opnemen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>Media file</source>
        <translation>Mediabestand</translation>
    </message>
    <message>
        <source>No microphone</source>
        <translation>Geen microfoon</translation>
    </message>
    <message>
        <source>No microphone found. Connect one (or allow ReelCut to use it) and it appears here; the editor works on without it.</source>
        <translation>Geen microfoon gevonden. Sluit er een aan (of geef ReelCut toegang) en hij verschijnt hier; de editor werkt ook zonder.</translation>
    </message>
    <message>
        <source>Cannot record: %1</source>
        <translation>Opnemen is niet mogelijk: %1</translation>
    </message>
    <message>
        <source>Nothing was recorded: the microphone sent no sound.</source>
        <translation>Er is niets opgenomen: de microfoon leverde geen geluid.</translation>
    </message>
    <message>
        <source>Saved %1 (%2).</source>
        <translation>%1 opgeslagen (%2).</translation>
    </message>
    <message>
        <source>The voice-over could not be saved: %1</source>
        <translation>De voice-over kon niet worden opgeslagen: %1</translation>
    </message>
    <message>
        <source>Recording stopped: %1</source>
        <translation>Opname gestopt: %1</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>Too loud: the sound clips. Turn the input down.</source>
        <translation>Te luid: het geluid vervormt. Zet de ingang zachter.</translation>
    </message>
</context>
</TS>
