<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl">
<context>
    <name>Aspect</name>
    <message>
        <location filename="../app/gui/new_project_dialog.cpp" line="21"/>
        <source>TikTok, Reels, Shorts</source>
        <translation>TikTok, Reels, Shorts</translation>
    </message>
    <message>
        <location filename="../app/gui/new_project_dialog.cpp" line="22"/>
        <source>Square feed post</source>
        <translation>Vierkante feedpost</translation>
    </message>
    <message>
        <location filename="../app/gui/new_project_dialog.cpp" line="23"/>
        <source>Portrait feed post</source>
        <translation>Staande feedpost</translation>
    </message>
    <message>
        <location filename="../app/gui/new_project_dialog.cpp" line="24"/>
        <source>YouTube, landscape</source>
        <translation>YouTube, liggend</translation>
    </message>
</context>
<context>
    <name>ClipPainter</name>
    <message>
        <location filename="../app/gui/clip_painter.cpp" line="161"/>
        <source>%1 (missing)</source>
        <translation>%1 (ontbreekt)</translation>
    </message>
</context>
<context>
    <name>reelcut::gui::AudioOutput</name>
    <message>
        <location filename="../app/gui/audio_output.cpp" line="32"/>
        <source>The sound device does not take 48 kHz float stereo; playing silently</source>
        <translation>Het audioapparaat ondersteunt geen 48 kHz float-stereo; afspelen zonder geluid</translation>
    </message>
    <message>
        <location filename="../app/gui/audio_output.cpp" line="49"/>
        <source>The sound device stopped (error %1); playing silently</source>
        <translation>Het audioapparaat is gestopt (fout %1); afspelen zonder geluid</translation>
    </message>
    <message>
        <location filename="../app/gui/audio_output.cpp" line="55"/>
        <source>Cannot open the sound device; playing silently</source>
        <translation>Kan het audioapparaat niet openen; afspelen zonder geluid</translation>
    </message>
</context>
<context>
    <name>reelcut::gui::ExportDialog</name>
    <message>
        <location filename="../app/gui/export_dialog.cpp" line="58"/>
        <location filename="../app/gui/export_dialog.cpp" line="122"/>
        <source>Export video</source>
        <translation>Video exporteren</translation>
    </message>
    <message>
        <location filename="../app/gui/export_dialog.cpp" line="61"/>
        <source>Untitled</source>
        <translation>Naamloos</translation>
    </message>
    <message>
        <location filename="../app/gui/export_dialog.cpp" line="86"/>
        <source>Browse...</source>
        <translation>Bladeren...</translation>
    </message>
    <message>
        <location filename="../app/gui/export_dialog.cpp" line="89"/>
        <source>Save as</source>
        <translation>Opslaan als</translation>
    </message>
    <message>
        <location filename="../app/gui/export_dialog.cpp" line="95"/>
        <source>Ready</source>
        <translation>Gereed</translation>
    </message>
    <message>
        <location filename="../app/gui/export_dialog.cpp" line="101"/>
        <source>Warnings from the platform check appear here.</source>
        <translation>Waarschuwingen van de platformcontrole verschijnen hier.</translation>
    </message>
    <message>
        <location filename="../app/gui/export_dialog.cpp" line="105"/>
        <source>Show in folder</source>
        <translation>In map tonen</translation>
    </message>
    <message>
        <location filename="../app/gui/export_dialog.cpp" line="109"/>
        <source>Cancel export</source>
        <translation>Export annuleren</translation>
    </message>
    <message>
        <location filename="../app/gui/export_dialog.cpp" line="111"/>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location filename="../app/gui/export_dialog.cpp" line="112"/>
        <source>Export</source>
        <translation>Exporteren</translation>
    </message>
    <message>
        <location filename="../app/gui/export_dialog.cpp" line="123"/>
        <source>MP4 video (*.mp4)</source>
        <translation>MP4-video (*.mp4)</translation>
    </message>
    <message>
        <location filename="../app/gui/export_dialog.cpp" line="192"/>
        <source>project rate (%1)</source>
        <translation>projectrate (%1)</translation>
    </message>
    <message>
        <location filename="../app/gui/export_dialog.cpp" line="195"/>
        <source>&lt;br&gt;Longest video: %1 s</source>
        <translation>&lt;br&gt;Langste video: %1 s</translation>
    </message>
    <message>
        <location filename="../app/gui/export_dialog.cpp" line="198"/>
        <source>&lt;br&gt;Largest file: %1 MB</source>
        <translation>&lt;br&gt;Grootste bestand: %1 MB</translation>
    </message>
    <message>
        <location filename="../app/gui/export_dialog.cpp" line="203"/>
        <source>&lt;p style=&apos;color:#ff8a8a&apos;&gt;Your video is %1 s long: longer than %2 allows.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:#ff8a8a&apos;&gt;Je video duurt %1 s: langer dan %2 toestaat.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../app/gui/export_dialog.cpp" line="208"/>
        <source>&lt;h3&gt;%1&lt;/h3&gt;&lt;p&gt;%2&lt;/p&gt;&lt;p&gt;%3 x %4 pixels, %5 fps&lt;br&gt;H.264 video at %6 Mbit/s, AAC audio at %7 kbit/s, %8 kHz&lt;br&gt;Loudness target %9 LUFS%10&lt;/p&gt;%11</source>
        <translation>&lt;h3&gt;%1&lt;/h3&gt;&lt;p&gt;%2&lt;/p&gt;&lt;p&gt;%3 x %4 pixels, %5 fps&lt;br&gt;H.264-video op %6 Mbit/s, AAC-audio op %7 kbit/s, %8 kHz&lt;br&gt;Doelluidheid %9 LUFS%10&lt;/p&gt;%11</translation>
    </message>
    <message>
        <location filename="../app/gui/export_dialog.cpp" line="241"/>
        <source>Choose where to save the video first.</source>
        <translation>Kies eerst waar de video moet worden opgeslagen.</translation>
    </message>
    <message>
        <location filename="../app/gui/export_dialog.cpp" line="250"/>
        <source>Cannot prepare the export: %1</source>
        <translation>Kan de export niet voorbereiden: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/export_dialog.cpp" line="261"/>
        <source>Starting...</source>
        <translation>Bezig met starten...</translation>
    </message>
    <message>
        <location filename="../app/gui/export_dialog.cpp" line="270"/>
        <source>Cannot start the export engine (%1).</source>
        <translation>Kan de exportengine niet starten (%1).</translation>
    </message>
    <message>
        <location filename="../app/gui/export_dialog.cpp" line="320"/>
        <source>Rendering: %1%, %2 fps, about %3 left</source>
        <translation>Renderen: %1%, %2 fps, nog ongeveer %3</translation>
    </message>
    <message>
        <location filename="../app/gui/export_dialog.cpp" line="323"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location filename="../app/gui/export_dialog.cpp" line="324"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../app/gui/export_dialog.cpp" line="329"/>
        <source>Note: %1</source>
        <translation>Let op: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/export_dialog.cpp" line="332"/>
        <source>Problem: %1</source>
        <translation>Probleem: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/export_dialog.cpp" line="351"/>
        <source>Export cancelled. Nothing was written.</source>
        <translation>Export geannuleerd. Er is niets geschreven.</translation>
    </message>
    <message>
        <location filename="../app/gui/export_dialog.cpp" line="358"/>
        <source>The export engine crashed. Your project is safe; please try again or report the problem.</source>
        <translation>De exportengine is gecrasht. Je project is veilig; probeer het opnieuw of meld het probleem.</translation>
    </message>
    <message>
        <location filename="../app/gui/export_dialog.cpp" line="368"/>
        <source>Done in %1 s: %2</source>
        <translation>Klaar in %1 s: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/export_dialog.cpp" line="369"/>
        <source>Done, with %n note(s) below: %1</source>
        <translation><numerusform>Klaar, met %n opmerking hieronder: %1</numerusform><numerusform>Klaar, met %n opmerkingen hieronder: %1</numerusform></translation>
    </message>
    <message>
        <location filename="../app/gui/export_dialog.cpp" line="374"/>
        <source>Written, but the file does not meet the platform&apos;s rules (see below).</source>
        <translation>Geschreven, maar het bestand voldoet niet aan de regels van het platform (zie hieronder).</translation>
    </message>
    <message>
        <location filename="../app/gui/export_dialog.cpp" line="377"/>
        <source>Export failed. See the details below.</source>
        <translation>Export mislukt. Zie de details hieronder.</translation>
    </message>
</context>
<context>
    <name>reelcut::gui::Inspector</name>
    <message>
        <location filename="../app/gui/inspector.cpp" line="47"/>
        <source>Select a clip on the timeline to change its look and sound.</source>
        <translation>Selecteer een clip op de tijdlijn om beeld en geluid aan te passen.</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector.cpp" line="67"/>
        <source>Transform</source>
        <translation>Transformatie</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector.cpp" line="80"/>
        <source>Position X</source>
        <translation>Positie X</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector.cpp" line="81"/>
        <source>Position Y</source>
        <translation>Positie Y</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector.cpp" line="82"/>
        <location filename="../app/gui/inspector.cpp" line="134"/>
        <source>Scale</source>
        <translation>Schaal</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector.cpp" line="83"/>
        <source>Rotation</source>
        <translation>Rotatie</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector.cpp" line="84"/>
        <location filename="../app/gui/inspector.cpp" line="138"/>
        <location filename="../app/gui/inspector.cpp" line="143"/>
        <source>Opacity</source>
        <translation>Dekking</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector.cpp" line="86"/>
        <location filename="../app/gui/inspector.cpp" line="89"/>
        <source>Fit</source>
        <translation>Passend</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector.cpp" line="87"/>
        <source>Fill</source>
        <translation>Vullen</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector.cpp" line="88"/>
        <source>Stretch</source>
        <translation>Uitrekken</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector.cpp" line="91"/>
        <source>None</source>
        <translation>Geen</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector.cpp" line="92"/>
        <source>Colour</source>
        <translation>Kleur</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector.cpp" line="93"/>
        <source>Blur</source>
        <translation>Vervagen</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector.cpp" line="95"/>
        <location filename="../app/gui/inspector.cpp" line="174"/>
        <location filename="../app/gui/inspector.cpp" line="176"/>
        <source>Background colour</source>
        <translation>Achtergrondkleur</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector.cpp" line="99"/>
        <location filename="../app/gui/inspector.cpp" line="166"/>
        <source>Background</source>
        <translation>Achtergrond</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector.cpp" line="103"/>
        <source>Audio and timing</source>
        <translation>Geluid en timing</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector.cpp" line="111"/>
        <location filename="../app/gui/inspector.cpp" line="149"/>
        <location filename="../app/gui/inspector.cpp" line="153"/>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector.cpp" line="114"/>
        <location filename="../app/gui/inspector.cpp" line="155"/>
        <source>Fade in</source>
        <translation>Infaden</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector.cpp" line="115"/>
        <location filename="../app/gui/inspector.cpp" line="158"/>
        <source>Fade out</source>
        <translation>Uitfaden</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector.cpp" line="117"/>
        <location filename="../app/gui/inspector.cpp" line="187"/>
        <source>Speed</source>
        <translation>Snelheid</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector.cpp" line="128"/>
        <location filename="../app/gui/inspector.cpp" line="131"/>
        <source>Move picture</source>
        <translation>Beeld verplaatsen</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector.cpp" line="136"/>
        <source>Rotate</source>
        <translation>Draaien</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector.cpp" line="162"/>
        <source>Fit mode</source>
        <translation>Schaalmodus</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector.cpp" line="189"/>
        <source>Cannot change speed: %1</source>
        <translation>Kan snelheid niet wijzigen: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector.cpp" line="234"/>
        <source>Cannot change %1: %2</source>
        <translation>Kan %1 niet wijzigen: %2</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector.cpp" line="255"/>
        <source>Starts %1, lasts %2</source>
        <translation>Begint %1, duurt %2</translation>
    </message>
</context>
<context>
    <name>reelcut::gui::MainWindow</name>
    <message>
        <location filename="../app/gui/main_window.cpp" line="83"/>
        <source>Inspector</source>
        <translation>Eigenschappen</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="121"/>
        <source>Media offline: %1</source>
        <translation>Media offline: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="124"/>
        <source>Ready</source>
        <translation>Gereed</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="152"/>
        <source>&amp;New project...</source>
        <translation>&amp;Nieuw project...</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="154"/>
        <source>&amp;Open...</source>
        <translation>&amp;Openen...</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="156"/>
        <source>&amp;Save</source>
        <translation>Op&amp;slaan</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="157"/>
        <source>Save &amp;as...</source>
        <translation>Opslaan &amp;als...</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="159"/>
        <source>&amp;Import media...</source>
        <translation>Media &amp;importeren...</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="161"/>
        <source>&amp;Export video...</source>
        <translation>Video &amp;exporteren...</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="163"/>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="165"/>
        <source>&amp;Undo</source>
        <translation>&amp;Ongedaan maken</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="169"/>
        <source>&amp;Redo</source>
        <translation>&amp;Opnieuw</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="174"/>
        <source>&amp;Split at playhead</source>
        <translation>Bij afspeelkop &amp;splitsen</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="178"/>
        <source>&amp;Delete</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="181"/>
        <source>&amp;Ripple delete</source>
        <translation>Verwijderen en gat &amp;sluiten</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="184"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiëren</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="186"/>
        <source>&amp;Paste</source>
        <translation>&amp;Plakken</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="188"/>
        <source>Select &amp;all</source>
        <translation>&amp;Alles selecteren</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="191"/>
        <source>Play / pause</source>
        <translation>Afspelen / pauzeren</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="193"/>
        <source>Play backwards (faster on each press)</source>
        <translation>Achteruit afspelen (sneller bij elke druk)</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="196"/>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="197"/>
        <source>Play forwards (faster on each press)</source>
        <translation>Vooruit afspelen (sneller bij elke druk)</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="199"/>
        <source>Previous frame</source>
        <translation>Vorige frame</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="201"/>
        <source>Next frame</source>
        <translation>Volgende frame</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="204"/>
        <source>Back one second</source>
        <translation>Eén seconde terug</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="207"/>
        <source>Forward one second</source>
        <translation>Eén seconde vooruit</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="209"/>
        <source>Go to start</source>
        <translation>Naar het begin</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="211"/>
        <source>Go to end</source>
        <translation>Naar het einde</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="214"/>
        <source>S&amp;napping</source>
        <translation>&amp;Uitlijnen</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="218"/>
        <source>Zoom &amp;in</source>
        <translation>&amp;Inzoomen</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="223"/>
        <source>Zoom &amp;out</source>
        <translation>&amp;Uitzoomen</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="225"/>
        <source>Show playback &amp;statistics</source>
        <translation>Afspeel&amp;statistieken tonen</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="229"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Sneltoetsen</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="235"/>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="238"/>
        <source>Open &amp;recent</source>
        <translation>&amp;Recent geopend</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="249"/>
        <source>&amp;Edit</source>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="261"/>
        <source>&amp;Playback</source>
        <translation>&amp;Afspelen</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="268"/>
        <source>&amp;View</source>
        <translation>Beel&amp;d</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="275"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="277"/>
        <source>&amp;About ReelCut</source>
        <translation>&amp;Over ReelCut</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="278"/>
        <source>About ReelCut</source>
        <translation>Over ReelCut</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="279"/>
        <source>&lt;h3&gt;ReelCut %1&lt;/h3&gt;&lt;p&gt;Short videos, cut fast. Open source.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;ReelCut %1&lt;/h3&gt;&lt;p&gt;Korte video&apos;s, snel geknipt. Open source.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="284"/>
        <source>Main</source>
        <translation>Hoofdbalk</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="302"/>
        <source>Export</source>
        <translation>Exporteren</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="313"/>
        <source>Media</source>
        <translation>Media</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="321"/>
        <source>Double-click to add to the selected clip</source>
        <translation>Dubbelklik om aan de geselecteerde clip toe te voegen</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="327"/>
        <source>Effects</source>
        <translation>Effecten</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="341"/>
        <source>Player</source>
        <translation>Voorvertoning</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="346"/>
        <source>Canvas aspect ratio</source>
        <translation>Beeldverhouding van het canvas</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="356"/>
        <source>Change aspect ratio</source>
        <translation>Beeldverhouding wijzigen</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="361"/>
        <source>Show where the platform&apos;s buttons and captions cover the video</source>
        <translation>Toont waar knoppen en teksten van het platform de video bedekken</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="362"/>
        <source>No safe zone</source>
        <translation>Geen veilige zone</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="423"/>
        <source>Add a track</source>
        <translation>Spoor toevoegen</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="426"/>
        <source>Video track</source>
        <translation>Videospoor</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="427"/>
        <source>Overlay track</source>
        <translation>Overlayspoor</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="428"/>
        <source>Audio track</source>
        <translation>Audiospoor</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="438"/>
        <source>Timeline zoom (Ctrl+wheel)</source>
        <translation>Tijdlijnzoom (Ctrl+scrollwiel)</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="497"/>
        <source>Select a clip first, then double-click an effect to add it.</source>
        <translation>Selecteer eerst een clip en dubbelklik dan op een effect.</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="500"/>
        <source>Add effect</source>
        <translation>Effect toevoegen</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="544"/>
        <source>Open project</source>
        <translation>Project openen</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="545"/>
        <location filename="../app/gui/main_window.cpp" line="713"/>
        <source>ReelCut projects (*.reelcut)</source>
        <translation>ReelCut-projecten (*.reelcut)</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="562"/>
        <source>Cannot open project</source>
        <translation>Kan project niet openen</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="568"/>
        <source>Recover unsaved changes?</source>
        <translation>Niet-opgeslagen wijzigingen herstellen?</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="569"/>
        <source>ReelCut did not close properly while editing %1. Changes autosaved at %2 can be recovered.

Recover them? (You can undo the recovery.)</source>
        <translation>ReelCut is niet goed afgesloten tijdens het bewerken van %1. De wijzigingen die om %2 automatisch zijn opgeslagen, kunnen worden hersteld.

Herstellen? (Het herstel kan ongedaan worden gemaakt.)</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="590"/>
        <source>Recover autosaved changes</source>
        <translation>Automatisch opgeslagen wijzigingen herstellen</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="594"/>
        <source>Recovered the autosaved changes.</source>
        <translation>De automatisch opgeslagen wijzigingen zijn hersteld.</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="599"/>
        <source>Cannot recover</source>
        <translation>Herstellen niet mogelijk</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="600"/>
        <source>The recovery file is damaged and was set aside (%1).

%2</source>
        <translation>Het herstelbestand is beschadigd en apart gezet (%1).

%2</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="613"/>
        <source>Recover unsaved project?</source>
        <translation>Niet-opgeslagen project herstellen?</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="614"/>
        <source>ReelCut did not close properly while editing an unsaved project. Recover it?</source>
        <translation>ReelCut is niet goed afgesloten tijdens het bewerken van een niet-opgeslagen project. Herstellen?</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/main_window.cpp" line="659"/>
        <source>%n media file(s) missing</source>
        <translation><numerusform>%n mediabestand ontbreekt</numerusform><numerusform>%n mediabestanden ontbreken</numerusform></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="660"/>
        <source>Media missing</source>
        <translation>Media ontbreken</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="661"/>
        <source>These files used by the project cannot be found:

%1

Find them now? (They stay in the project, shown as offline, until you do.)</source>
        <translation>Deze bestanden van het project zijn niet gevonden:

%1

Nu zoeken? (Tot dan blijven ze als offline in het project.)</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="675"/>
        <source>Find %1</source>
        <translation>%1 zoeken</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="681"/>
        <source>Relink media</source>
        <translation>Media opnieuw koppelen</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="703"/>
        <location filename="../app/gui/main_window.cpp" line="728"/>
        <source>Saved %1</source>
        <translation>%1 opgeslagen</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="706"/>
        <location filename="../app/gui/main_window.cpp" line="731"/>
        <source>Cannot save</source>
        <translation>Opslaan niet mogelijk</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="712"/>
        <source>Save project</source>
        <translation>Project opslaan</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="741"/>
        <source>Unsaved changes</source>
        <translation>Niet-opgeslagen wijzigingen</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="742"/>
        <source>Save the changes to %1 before closing it?</source>
        <translation>Wijzigingen in %1 opslaan voor het sluiten?</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="743"/>
        <source>this project</source>
        <translation>dit project</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="773"/>
        <source>Untitled</source>
        <translation>Naamloos</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="775"/>
        <source>%1%2 - ReelCut</source>
        <translation>%1%2 - ReelCut</translation>
    </message>
</context>
<context>
    <name>reelcut::gui::MediaBin</name>
    <message>
        <location filename="../app/gui/media_bin.cpp" line="92"/>
        <location filename="../app/gui/media_bin.cpp" line="135"/>
        <source>Import media</source>
        <translation>Media importeren</translation>
    </message>
    <message>
        <location filename="../app/gui/media_bin.cpp" line="94"/>
        <source>Import video, audio and pictures (Ctrl+I), or drop files here</source>
        <translation>Video, audio en afbeeldingen importeren (Ctrl+I) of bestanden hierheen slepen</translation>
    </message>
    <message>
        <location filename="../app/gui/media_bin.cpp" line="126"/>
        <source>Add to timeline at playhead</source>
        <translation>Bij afspeelkop aan tijdlijn toevoegen</translation>
    </message>
    <message>
        <location filename="../app/gui/media_bin.cpp" line="128"/>
        <source>Relink...</source>
        <translation>Opnieuw koppelen...</translation>
    </message>
    <message>
        <location filename="../app/gui/media_bin.cpp" line="136"/>
        <source>Media (*.mp4 *.mov *.m4v *.mkv *.webm *.avi *.mp3 *.m4a *.aac *.wav *.ogg *.opus *.flac *.png *.jpg *.jpeg *.webp *.gif *.bmp);;All files (*)</source>
        <translation>Media (*.mp4 *.mov *.m4v *.mkv *.webm *.avi *.mp3 *.m4a *.aac *.wav *.ogg *.opus *.flac *.png *.jpg *.jpeg *.webp *.gif *.bmp);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location filename="../app/gui/media_bin.cpp" line="189"/>
        <source>Missing - right-click to relink</source>
        <translation>Ontbreekt – rechtsklik om opnieuw te koppelen</translation>
    </message>
    <message>
        <location filename="../app/gui/media_bin.cpp" line="193"/>
        <source>%1 x %2, %3</source>
        <translation>%1 x %2, %3</translation>
    </message>
    <message>
        <location filename="../app/gui/media_bin.cpp" line="197"/>
        <source>Audio, %1</source>
        <translation>Audio, %1</translation>
    </message>
</context>
<context>
    <name>reelcut::gui::NewProjectDialog</name>
    <message>
        <location filename="../app/gui/new_project_dialog.cpp" line="47"/>
        <source>New project</source>
        <translation>Nieuw project</translation>
    </message>
    <message>
        <location filename="../app/gui/new_project_dialog.cpp" line="49"/>
        <source>What are you making?</source>
        <translation>Wat ga je maken?</translation>
    </message>
    <message>
        <location filename="../app/gui/new_project_dialog.cpp" line="73"/>
        <source>%1 fps</source>
        <translation>%1 fps</translation>
    </message>
    <message>
        <location filename="../app/gui/new_project_dialog.cpp" line="76"/>
        <source>Frame rate</source>
        <translation>Framerate</translation>
    </message>
    <message>
        <location filename="../app/gui/new_project_dialog.cpp" line="79"/>
        <source>Create</source>
        <translation>Maken</translation>
    </message>
</context>
<context>
    <name>reelcut::gui::PreviewWidget</name>
    <message>
        <location filename="../app/gui/preview_widget.cpp" line="140"/>
        <source>%1 safe zone</source>
        <translation>Veilige zone voor %1</translation>
    </message>
    <message>
        <location filename="../app/gui/preview_widget.cpp" line="143"/>
        <source>%1 fps  |  render %2 ms  |  %3x%4  |  frame %5  |  dropped %6</source>
        <translation>%1 fps  |  renderen %2 ms  |  %3x%4  |  frame %5  |  overgeslagen %6</translation>
    </message>
</context>
<context>
    <name>reelcut::gui::ShortcutsDialog</name>
    <message>
        <location filename="../app/gui/shortcuts_dialog.cpp" line="12"/>
        <source>Keyboard shortcuts</source>
        <translation>Sneltoetsen</translation>
    </message>
    <message>
        <location filename="../app/gui/shortcuts_dialog.cpp" line="17"/>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <location filename="../app/gui/shortcuts_dialog.cpp" line="17"/>
        <source>Keys</source>
        <translation>Toetsen</translation>
    </message>
</context>
<context>
    <name>reelcut::gui::TimelineView</name>
    <message>
        <location filename="../app/gui/timeline_view.cpp" line="479"/>
        <location filename="../app/gui/timeline_view.cpp" line="946"/>
        <location filename="../app/gui/timeline_view.cpp" line="1085"/>
        <source>Audio</source>
        <translation>Audio</translation>
    </message>
    <message>
        <location filename="../app/gui/timeline_view.cpp" line="480"/>
        <location filename="../app/gui/timeline_view.cpp" line="945"/>
        <location filename="../app/gui/timeline_view.cpp" line="1086"/>
        <source>Overlay</source>
        <translation>Overlay</translation>
    </message>
    <message>
        <location filename="../app/gui/timeline_view.cpp" line="481"/>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <location filename="../app/gui/timeline_view.cpp" line="482"/>
        <location filename="../app/gui/timeline_view.cpp" line="1087"/>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <location filename="../app/gui/timeline_view.cpp" line="721"/>
        <source>Move clip</source>
        <translation>Clip verplaatsen</translation>
    </message>
    <message>
        <location filename="../app/gui/timeline_view.cpp" line="721"/>
        <source>Move clips</source>
        <translation>Clips verplaatsen</translation>
    </message>
    <message>
        <location filename="../app/gui/timeline_view.cpp" line="731"/>
        <source>Trim clip start</source>
        <translation>Begin van clip inkorten</translation>
    </message>
    <message>
        <location filename="../app/gui/timeline_view.cpp" line="738"/>
        <source>Trim clip end</source>
        <translation>Einde van clip inkorten</translation>
    </message>
    <message>
        <location filename="../app/gui/timeline_view.cpp" line="743"/>
        <source>Not possible: %1</source>
        <translation>Niet mogelijk: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/timeline_view.cpp" line="783"/>
        <source>Split at playhead</source>
        <translation>Bij afspeelkop splitsen</translation>
    </message>
    <message>
        <location filename="../app/gui/timeline_view.cpp" line="785"/>
        <source>Copy</source>
        <translation>Kopiëren</translation>
    </message>
    <message>
        <location filename="../app/gui/timeline_view.cpp" line="787"/>
        <location filename="../app/gui/timeline_view.cpp" line="1014"/>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../app/gui/timeline_view.cpp" line="789"/>
        <location filename="../app/gui/timeline_view.cpp" line="1014"/>
        <source>Ripple delete</source>
        <translation>Verwijderen en gat sluiten</translation>
    </message>
    <message>
        <location filename="../app/gui/timeline_view.cpp" line="792"/>
        <source>Paste at playhead</source>
        <translation>Bij afspeelkop plakken</translation>
    </message>
    <message>
        <location filename="../app/gui/timeline_view.cpp" line="797"/>
        <source>Add video track</source>
        <translation>Videospoor toevoegen</translation>
    </message>
    <message>
        <location filename="../app/gui/timeline_view.cpp" line="798"/>
        <source>Add overlay track</source>
        <translation>Overlayspoor toevoegen</translation>
    </message>
    <message>
        <location filename="../app/gui/timeline_view.cpp" line="799"/>
        <source>Add audio track</source>
        <translation>Audiospoor toevoegen</translation>
    </message>
    <message>
        <location filename="../app/gui/timeline_view.cpp" line="802"/>
        <location filename="../app/gui/timeline_view.cpp" line="803"/>
        <source>Remove track</source>
        <translation>Spoor verwijderen</translation>
    </message>
    <message>
        <location filename="../app/gui/timeline_view.cpp" line="820"/>
        <source>Hide track</source>
        <translation>Spoor verbergen</translation>
    </message>
    <message>
        <location filename="../app/gui/timeline_view.cpp" line="820"/>
        <source>Show track</source>
        <translation>Spoor tonen</translation>
    </message>
    <message>
        <location filename="../app/gui/timeline_view.cpp" line="823"/>
        <source>Mute track</source>
        <translation>Spoor dempen</translation>
    </message>
    <message>
        <location filename="../app/gui/timeline_view.cpp" line="823"/>
        <source>Unmute track</source>
        <translation>Spoor niet meer dempen</translation>
    </message>
    <message>
        <location filename="../app/gui/timeline_view.cpp" line="826"/>
        <source>Lock track</source>
        <translation>Spoor vergrendelen</translation>
    </message>
    <message>
        <location filename="../app/gui/timeline_view.cpp" line="826"/>
        <source>Unlock track</source>
        <translation>Spoor ontgrendelen</translation>
    </message>
    <message>
        <location filename="../app/gui/timeline_view.cpp" line="909"/>
        <source>Cannot use %1: %2</source>
        <translation>Kan %1 niet gebruiken: %2</translation>
    </message>
    <message>
        <location filename="../app/gui/timeline_view.cpp" line="930"/>
        <source>Add %1</source>
        <translation>%1 toevoegen</translation>
    </message>
    <message>
        <location filename="../app/gui/timeline_view.cpp" line="961"/>
        <source>Cannot add %1: %2</source>
        <translation>Kan %1 niet toevoegen: %2</translation>
    </message>
    <message>
        <location filename="../app/gui/timeline_view.cpp" line="986"/>
        <source>Nothing to split: put the playhead inside a clip</source>
        <translation>Niets te splitsen: zet de afspeelkop binnen een clip</translation>
    </message>
    <message>
        <location filename="../app/gui/timeline_view.cpp" line="990"/>
        <source>Split</source>
        <translation>Splitsen</translation>
    </message>
    <message>
        <location filename="../app/gui/timeline_view.cpp" line="996"/>
        <source>Cannot split: %1</source>
        <translation>Splitsen niet mogelijk: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/timeline_view.cpp" line="1024"/>
        <source>Cannot delete: %1</source>
        <translation>Verwijderen niet mogelijk: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/timeline_view.cpp" line="1039"/>
        <source>Copied %n clip(s)</source>
        <translation><numerusform>%n clip gekopieerd</numerusform><numerusform>%n clips gekopieerd</numerusform></translation>
    </message>
    <message>
        <location filename="../app/gui/timeline_view.cpp" line="1053"/>
        <source>Paste</source>
        <translation>Plakken</translation>
    </message>
    <message>
        <location filename="../app/gui/timeline_view.cpp" line="1068"/>
        <source>Cannot paste here: %1</source>
        <translation>Kan hier niet plakken: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/timeline_view.cpp" line="1088"/>
        <source>Add track</source>
        <translation>Spoor toevoegen</translation>
    </message>
</context>
</TS>
