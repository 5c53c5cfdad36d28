<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
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
        <translation>Quadratischer Beitrag</translation>
    </message>
    <message>
        <location filename="../app/gui/new_project_dialog.cpp" line="23"/>
        <source>Portrait feed post</source>
        <translation>Hochformat-Beitrag</translation>
    </message>
    <message>
        <location filename="../app/gui/new_project_dialog.cpp" line="24"/>
        <source>YouTube, landscape</source>
        <translation>YouTube, Querformat</translation>
    </message>
</context>
<context>
    <name>ClipPainter</name>
    <message>
        <location filename="../app/gui/clip_painter.cpp" line="161"/>
        <source>%1 (missing)</source>
        <translation>%1 (fehlt)</translation>
    </message>
</context>
<context>
    <name>reelcut::gui::AudioOutput</name>
    <message>
        <location filename="../app/gui/audio_output.cpp" line="32"/>
        <source>The sound device does not take 48 kHz float stereo; playing silently</source>
        <translation>Das Audiogerät unterstützt kein 48-kHz-Float-Stereo; Wiedergabe ohne Ton</translation>
    </message>
    <message>
        <location filename="../app/gui/audio_output.cpp" line="49"/>
        <source>The sound device stopped (error %1); playing silently</source>
        <translation>Das Audiogerät wurde angehalten (Fehler %1); Wiedergabe ohne Ton</translation>
    </message>
    <message>
        <location filename="../app/gui/audio_output.cpp" line="55"/>
        <source>Cannot open the sound device; playing silently</source>
        <translation>Das Audiogerät lässt sich nicht öffnen; Wiedergabe ohne Ton</translation>
    </message>
</context>
<context>
    <name>reelcut::gui::ExportDialog</name>
    <message>
        <location filename="../app/gui/export_dialog.cpp" line="58"/>
        <location filename="../app/gui/export_dialog.cpp" line="122"/>
        <source>Export video</source>
        <translation>Video exportieren</translation>
    </message>
    <message>
        <location filename="../app/gui/export_dialog.cpp" line="61"/>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
    <message>
        <location filename="../app/gui/export_dialog.cpp" line="86"/>
        <source>Browse...</source>
        <translation>Durchsuchen...</translation>
    </message>
    <message>
        <location filename="../app/gui/export_dialog.cpp" line="89"/>
        <source>Save as</source>
        <translation>Speichern unter</translation>
    </message>
    <message>
        <location filename="../app/gui/export_dialog.cpp" line="95"/>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <location filename="../app/gui/export_dialog.cpp" line="101"/>
        <source>Warnings from the platform check appear here.</source>
        <translation>Hinweise der Plattformprüfung erscheinen hier.</translation>
    </message>
    <message>
        <location filename="../app/gui/export_dialog.cpp" line="105"/>
        <source>Show in folder</source>
        <translation>Im Ordner anzeigen</translation>
    </message>
    <message>
        <location filename="../app/gui/export_dialog.cpp" line="109"/>
        <source>Cancel export</source>
        <translation>Export abbrechen</translation>
    </message>
    <message>
        <location filename="../app/gui/export_dialog.cpp" line="111"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../app/gui/export_dialog.cpp" line="112"/>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <location filename="../app/gui/export_dialog.cpp" line="123"/>
        <source>MP4 video (*.mp4)</source>
        <translation>MP4-Video (*.mp4)</translation>
    </message>
    <message>
        <location filename="../app/gui/export_dialog.cpp" line="192"/>
        <source>project rate (%1)</source>
        <translation>Projektrate (%1)</translation>
    </message>
    <message>
        <location filename="../app/gui/export_dialog.cpp" line="195"/>
        <source>&lt;br&gt;Longest video: %1 s</source>
        <translation>&lt;br&gt;Längstes Video: %1 s</translation>
    </message>
    <message>
        <location filename="../app/gui/export_dialog.cpp" line="198"/>
        <source>&lt;br&gt;Largest file: %1 MB</source>
        <translation>&lt;br&gt;Größte Datei: %1 MB</translation>
    </message>
    <message>
        <location filename="../app/gui/export_dialog.cpp" line="203"/>
        <source>&lt;p style=&apos;color:#ff8a8a&apos;&gt;Your video is %1 s long: longer than %2 allows.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:#ff8a8a&apos;&gt;Ihr Video ist %1 s lang: länger als %2 erlaubt.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../app/gui/export_dialog.cpp" line="208"/>
        <source>&lt;h3&gt;%1&lt;/h3&gt;&lt;p&gt;%2&lt;/p&gt;&lt;p&gt;%3 x %4 pixels, %5 fps&lt;br&gt;H.264 video at %6 Mbit/s, AAC audio at %7 kbit/s, %8 kHz&lt;br&gt;Loudness target %9 LUFS%10&lt;/p&gt;%11</source>
        <translation>&lt;h3&gt;%1&lt;/h3&gt;&lt;p&gt;%2&lt;/p&gt;&lt;p&gt;%3 x %4 Pixel, %5 fps&lt;br&gt;H.264-Video mit %6 Mbit/s, AAC-Audio mit %7 kbit/s, %8 kHz&lt;br&gt;Ziellautheit %9 LUFS%10&lt;/p&gt;%11</translation>
    </message>
    <message>
        <location filename="../app/gui/export_dialog.cpp" line="241"/>
        <source>Choose where to save the video first.</source>
        <translation>Wählen Sie zuerst, wo das Video gespeichert werden soll.</translation>
    </message>
    <message>
        <location filename="../app/gui/export_dialog.cpp" line="250"/>
        <source>Cannot prepare the export: %1</source>
        <translation>Export kann nicht vorbereitet werden: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/export_dialog.cpp" line="261"/>
        <source>Starting...</source>
        <translation>Wird gestartet...</translation>
    </message>
    <message>
        <location filename="../app/gui/export_dialog.cpp" line="270"/>
        <source>Cannot start the export engine (%1).</source>
        <translation>Die Export-Engine kann nicht gestartet werden (%1).</translation>
    </message>
    <message>
        <location filename="../app/gui/export_dialog.cpp" line="320"/>
        <source>Rendering: %1%, %2 fps, about %3 left</source>
        <translation>Rendern: %1 %, %2 fps, noch etwa %3</translation>
    </message>
    <message>
        <location filename="../app/gui/export_dialog.cpp" line="323"/>
        <source>%1 min</source>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <location filename="../app/gui/export_dialog.cpp" line="324"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../app/gui/export_dialog.cpp" line="329"/>
        <source>Note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/export_dialog.cpp" line="332"/>
        <source>Problem: %1</source>
        <translation>Problem: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/export_dialog.cpp" line="351"/>
        <source>Export cancelled. Nothing was written.</source>
        <translation>Export abgebrochen. Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <location filename="../app/gui/export_dialog.cpp" line="358"/>
        <source>The export engine crashed. Your project is safe; please try again or report the problem.</source>
        <translation>Die Export-Engine ist abgestürzt. Ihr Projekt ist sicher; bitte versuchen Sie es erneut oder melden Sie das Problem.</translation>
    </message>
    <message>
        <location filename="../app/gui/export_dialog.cpp" line="368"/>
        <source>Done in %1 s: %2</source>
        <translation>Fertig in %1 s: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/export_dialog.cpp" line="369"/>
        <source>Done, with %n note(s) below: %1</source>
        <translation><numerusform>Fertig, mit %n Hinweis unten: %1</numerusform><numerusform>Fertig, mit %n Hinweisen unten: %1</numerusform></translation>
    </message>
    <message>
        <location filename="../app/gui/export_dialog.cpp" line="374"/>
        <source>Written, but the file does not meet the platform&apos;s rules (see below).</source>
        <translation>Geschrieben, aber die Datei erfüllt die Regeln der Plattform nicht (siehe unten).</translation>
    </message>
    <message>
        <location filename="../app/gui/export_dialog.cpp" line="377"/>
        <source>Export failed. See the details below.</source>
        <translation>Export fehlgeschlagen. Details siehe unten.</translation>
    </message>
</context>
<context>
    <name>reelcut::gui::Inspector</name>
    <message>
        <location filename="../app/gui/inspector.cpp" line="47"/>
        <source>Select a clip on the timeline to change its look and sound.</source>
        <translation>Wählen Sie einen Clip in der Zeitleiste, um Bild und Ton anzupassen.</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector.cpp" line="67"/>
        <source>Transform</source>
        <translation>Transformation</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector.cpp" line="80"/>
        <source>Position X</source>
        <translation>Position X</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector.cpp" line="81"/>
        <source>Position Y</source>
        <translation>Position Y</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector.cpp" line="82"/>
        <location filename="../app/gui/inspector.cpp" line="134"/>
        <source>Scale</source>
        <translation>Skalierung</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector.cpp" line="83"/>
        <source>Rotation</source>
        <translation>Drehung</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector.cpp" line="84"/>
        <location filename="../app/gui/inspector.cpp" line="138"/>
        <location filename="../app/gui/inspector.cpp" line="143"/>
        <source>Opacity</source>
        <translation>Deckkraft</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector.cpp" line="86"/>
        <location filename="../app/gui/inspector.cpp" line="89"/>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector.cpp" line="87"/>
        <source>Fill</source>
        <translation>Füllen</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector.cpp" line="88"/>
        <source>Stretch</source>
        <translation>Strecken</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector.cpp" line="91"/>
        <source>None</source>
        <translation>Keiner</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector.cpp" line="92"/>
        <source>Colour</source>
        <translation>Farbe</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector.cpp" line="93"/>
        <source>Blur</source>
        <translation>Unschärfe</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector.cpp" line="95"/>
        <location filename="../app/gui/inspector.cpp" line="174"/>
        <location filename="../app/gui/inspector.cpp" line="176"/>
        <source>Background colour</source>
        <translation>Hintergrundfarbe</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector.cpp" line="99"/>
        <location filename="../app/gui/inspector.cpp" line="166"/>
        <source>Background</source>
        <translation>Hintergrund</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector.cpp" line="103"/>
        <source>Audio and timing</source>
        <translation>Ton und Zeit</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector.cpp" line="111"/>
        <location filename="../app/gui/inspector.cpp" line="149"/>
        <location filename="../app/gui/inspector.cpp" line="153"/>
        <source>Volume</source>
        <translation>Lautstärke</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector.cpp" line="114"/>
        <location filename="../app/gui/inspector.cpp" line="155"/>
        <source>Fade in</source>
        <translation>Einblenden</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector.cpp" line="115"/>
        <location filename="../app/gui/inspector.cpp" line="158"/>
        <source>Fade out</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector.cpp" line="117"/>
        <location filename="../app/gui/inspector.cpp" line="187"/>
        <source>Speed</source>
        <translation>Geschwindigkeit</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector.cpp" line="128"/>
        <location filename="../app/gui/inspector.cpp" line="131"/>
        <source>Move picture</source>
        <translation>Bild verschieben</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector.cpp" line="136"/>
        <source>Rotate</source>
        <translation>Drehen</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector.cpp" line="162"/>
        <source>Fit mode</source>
        <translation>Einpassung</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector.cpp" line="189"/>
        <source>Cannot change speed: %1</source>
        <translation>Geschwindigkeit kann nicht geändert werden: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector.cpp" line="234"/>
        <source>Cannot change %1: %2</source>
        <translation>%1 kann nicht geändert werden: %2</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector.cpp" line="255"/>
        <source>Starts %1, lasts %2</source>
        <translation>Beginnt %1, dauert %2</translation>
    </message>
</context>
<context>
    <name>reelcut::gui::MainWindow</name>
    <message>
        <location filename="../app/gui/main_window.cpp" line="83"/>
        <source>Inspector</source>
        <translation>Eigenschaften</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="121"/>
        <source>Media offline: %1</source>
        <translation>Medien nicht verfügbar: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="124"/>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="152"/>
        <source>&amp;New project...</source>
        <translation>&amp;Neues Projekt...</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="154"/>
        <source>&amp;Open...</source>
        <translation>Ö&amp;ffnen...</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="156"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="157"/>
        <source>Save &amp;as...</source>
        <translation>Speichern &amp;unter...</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="159"/>
        <source>&amp;Import media...</source>
        <translation>Medien &amp;importieren...</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="161"/>
        <source>&amp;Export video...</source>
        <translation>Video &amp;exportieren...</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="163"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="165"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="169"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="174"/>
        <source>&amp;Split at playhead</source>
        <translation>Am Abspielkopf &amp;teilen</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="178"/>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="181"/>
        <source>&amp;Ripple delete</source>
        <translation>Löschen und Lücke &amp;schließen</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="184"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="186"/>
        <source>&amp;Paste</source>
        <translation>E&amp;infügen</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="188"/>
        <source>Select &amp;all</source>
        <translation>&amp;Alles auswählen</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="191"/>
        <source>Play / pause</source>
        <translation>Wiedergabe / Pause</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="193"/>
        <source>Play backwards (faster on each press)</source>
        <translation>Rückwärts abspielen (mit jedem Druck schneller)</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="196"/>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="197"/>
        <source>Play forwards (faster on each press)</source>
        <translation>Vorwärts abspielen (mit jedem Druck schneller)</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="199"/>
        <source>Previous frame</source>
        <translation>Vorheriges Bild</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="201"/>
        <source>Next frame</source>
        <translation>Nächstes Bild</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="204"/>
        <source>Back one second</source>
        <translation>Eine Sekunde zurück</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="207"/>
        <source>Forward one second</source>
        <translation>Eine Sekunde vor</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="209"/>
        <source>Go to start</source>
        <translation>Zum Anfang</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="211"/>
        <source>Go to end</source>
        <translation>Zum Ende</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="214"/>
        <source>S&amp;napping</source>
        <translation>&amp;Einrasten</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="218"/>
        <source>Zoom &amp;in</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="223"/>
        <source>Zoom &amp;out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="225"/>
        <source>Show playback &amp;statistics</source>
        <translation>Wiedergabe&amp;statistik anzeigen</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="229"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="235"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="238"/>
        <source>Open &amp;recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="249"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="261"/>
        <source>&amp;Playback</source>
        <translation>&amp;Wiedergabe</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="268"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="275"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="277"/>
        <source>&amp;About ReelCut</source>
        <translation>Ü&amp;ber ReelCut</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="278"/>
        <source>About ReelCut</source>
        <translation>Über ReelCut</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="279"/>
        <source>&lt;h3&gt;ReelCut %1&lt;/h3&gt;&lt;p&gt;Short videos, cut fast. Open source.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;ReelCut %1&lt;/h3&gt;&lt;p&gt;Kurze Videos, schnell geschnitten. Open Source.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="284"/>
        <source>Main</source>
        <translation>Hauptleiste</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="302"/>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="313"/>
        <source>Media</source>
        <translation>Medien</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="321"/>
        <source>Double-click to add to the selected clip</source>
        <translation>Doppelklicken, um es dem ausgewählten Clip hinzuzufügen</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="327"/>
        <source>Effects</source>
        <translation>Effekte</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="341"/>
        <source>Player</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="346"/>
        <source>Canvas aspect ratio</source>
        <translation>Seitenverhältnis der Leinwand</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="356"/>
        <source>Change aspect ratio</source>
        <translation>Seitenverhältnis ändern</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="361"/>
        <source>Show where the platform&apos;s buttons and captions cover the video</source>
        <translation>Zeigt, wo Schaltflächen und Texte der Plattform das Video verdecken</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="362"/>
        <source>No safe zone</source>
        <translation>Kein sicherer Bereich</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="423"/>
        <source>Add a track</source>
        <translation>Spur hinzufügen</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="426"/>
        <source>Video track</source>
        <translation>Videospur</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="427"/>
        <source>Overlay track</source>
        <translation>Overlay-Spur</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="428"/>
        <source>Audio track</source>
        <translation>Audiospur</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="438"/>
        <source>Timeline zoom (Ctrl+wheel)</source>
        <translation>Zoom der Zeitleiste (Strg+Mausrad)</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="497"/>
        <source>Select a clip first, then double-click an effect to add it.</source>
        <translation>Wählen Sie zuerst einen Clip und doppelklicken Sie dann auf einen Effekt.</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="500"/>
        <source>Add effect</source>
        <translation>Effekt hinzufügen</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="544"/>
        <source>Open project</source>
        <translation>Projekt öffnen</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="545"/>
        <location filename="../app/gui/main_window.cpp" line="713"/>
        <source>ReelCut projects (*.reelcut)</source>
        <translation>ReelCut-Projekte (*.reelcut)</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="562"/>
        <source>Cannot open project</source>
        <translation>Projekt kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="568"/>
        <source>Recover unsaved changes?</source>
        <translation>Nicht gespeicherte Änderungen wiederherstellen?</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="569"/>
        <source>ReelCut did not close properly while editing %1. Changes autosaved at %2 can be recovered.

Recover them? (You can undo the recovery.)</source>
        <translation>ReelCut wurde beim Bearbeiten von %1 nicht richtig beendet. Die um %2 automatisch gesicherten Änderungen können wiederhergestellt werden.

Wiederherstellen? (Die Wiederherstellung lässt sich rückgängig machen.)</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="590"/>
        <source>Recover autosaved changes</source>
        <translation>Automatisch gesicherte Änderungen wiederherstellen</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="594"/>
        <source>Recovered the autosaved changes.</source>
        <translation>Die automatisch gesicherten Änderungen wurden wiederhergestellt.</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="599"/>
        <source>Cannot recover</source>
        <translation>Wiederherstellung nicht möglich</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="600"/>
        <source>The recovery file is damaged and was set aside (%1).

%2</source>
        <translation>Die Wiederherstellungsdatei ist beschädigt und wurde beiseitegelegt (%1).

%2</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="613"/>
        <source>Recover unsaved project?</source>
        <translation>Nicht gespeichertes Projekt wiederherstellen?</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="614"/>
        <source>ReelCut did not close properly while editing an unsaved project. Recover it?</source>
        <translation>ReelCut wurde beim Bearbeiten eines nicht gespeicherten Projekts nicht richtig beendet. Wiederherstellen?</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/main_window.cpp" line="659"/>
        <source>%n media file(s) missing</source>
        <translation><numerusform>%n Mediendatei fehlt</numerusform><numerusform>%n Mediendateien fehlen</numerusform></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="660"/>
        <source>Media missing</source>
        <translation>Medien fehlen</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="661"/>
        <source>These files used by the project cannot be found:

%1

Find them now? (They stay in the project, shown as offline, until you do.)</source>
        <translation>Diese Dateien des Projekts wurden nicht gefunden:

%1

Jetzt suchen? (Bis dahin bleiben sie als nicht verfügbar im Projekt.)</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="675"/>
        <source>Find %1</source>
        <translation>%1 suchen</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="681"/>
        <source>Relink media</source>
        <translation>Medien neu verknüpfen</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="703"/>
        <location filename="../app/gui/main_window.cpp" line="728"/>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="706"/>
        <location filename="../app/gui/main_window.cpp" line="731"/>
        <source>Cannot save</source>
        <translation>Speichern nicht möglich</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="712"/>
        <source>Save project</source>
        <translation>Projekt speichern</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="741"/>
        <source>Unsaved changes</source>
        <translation>Nicht gespeicherte Änderungen</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="742"/>
        <source>Save the changes to %1 before closing it?</source>
        <translation>Änderungen an %1 vor dem Schließen speichern?</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="743"/>
        <source>this project</source>
        <translation>dieses Projekt</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="773"/>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
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
        <translation>Medien importieren</translation>
    </message>
    <message>
        <location filename="../app/gui/media_bin.cpp" line="94"/>
        <source>Import video, audio and pictures (Ctrl+I), or drop files here</source>
        <translation>Videos, Audio und Bilder importieren (Strg+I) oder Dateien hierher ziehen</translation>
    </message>
    <message>
        <location filename="../app/gui/media_bin.cpp" line="126"/>
        <source>Add to timeline at playhead</source>
        <translation>Am Abspielkopf in die Zeitleiste einfügen</translation>
    </message>
    <message>
        <location filename="../app/gui/media_bin.cpp" line="128"/>
        <source>Relink...</source>
        <translation>Neu verknüpfen...</translation>
    </message>
    <message>
        <location filename="../app/gui/media_bin.cpp" line="136"/>
        <source>Media (*.mp4 *.mov *.m4v *.mkv *.webm *.avi *.mp3 *.m4a *.aac *.wav *.ogg *.opus *.flac *.png *.jpg *.jpeg *.webp *.gif *.bmp);;All files (*)</source>
        <translation>Medien (*.mp4 *.mov *.m4v *.mkv *.webm *.avi *.mp3 *.m4a *.aac *.wav *.ogg *.opus *.flac *.png *.jpg *.jpeg *.webp *.gif *.bmp);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../app/gui/media_bin.cpp" line="189"/>
        <source>Missing - right-click to relink</source>
        <translation>Fehlt – Rechtsklick zum Neuverknüpfen</translation>
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
        <translation>Neues Projekt</translation>
    </message>
    <message>
        <location filename="../app/gui/new_project_dialog.cpp" line="49"/>
        <source>What are you making?</source>
        <translation>Was möchten Sie erstellen?</translation>
    </message>
    <message>
        <location filename="../app/gui/new_project_dialog.cpp" line="73"/>
        <source>%1 fps</source>
        <translation>%1 fps</translation>
    </message>
    <message>
        <location filename="../app/gui/new_project_dialog.cpp" line="76"/>
        <source>Frame rate</source>
        <translation>Bildrate</translation>
    </message>
    <message>
        <location filename="../app/gui/new_project_dialog.cpp" line="79"/>
        <source>Create</source>
        <translation>Erstellen</translation>
    </message>
</context>
<context>
    <name>reelcut::gui::PreviewWidget</name>
    <message>
        <location filename="../app/gui/preview_widget.cpp" line="140"/>
        <source>%1 safe zone</source>
        <translation>Sicherer Bereich für %1</translation>
    </message>
    <message>
        <location filename="../app/gui/preview_widget.cpp" line="143"/>
        <source>%1 fps  |  render %2 ms  |  %3x%4  |  frame %5  |  dropped %6</source>
        <translation>%1 fps  |  Rendern %2 ms  |  %3x%4  |  Bild %5  |  verworfen %6</translation>
    </message>
</context>
<context>
    <name>reelcut::gui::ShortcutsDialog</name>
    <message>
        <location filename="../app/gui/shortcuts_dialog.cpp" line="12"/>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../app/gui/shortcuts_dialog.cpp" line="17"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location filename="../app/gui/shortcuts_dialog.cpp" line="17"/>
        <source>Keys</source>
        <translation>Tasten</translation>
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
        <translation>Text</translation>
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
        <translation>Clip verschieben</translation>
    </message>
    <message>
        <location filename="../app/gui/timeline_view.cpp" line="721"/>
        <source>Move clips</source>
        <translation>Clips verschieben</translation>
    </message>
    <message>
        <location filename="../app/gui/timeline_view.cpp" line="731"/>
        <source>Trim clip start</source>
        <translation>Clipanfang trimmen</translation>
    </message>
    <message>
        <location filename="../app/gui/timeline_view.cpp" line="738"/>
        <source>Trim clip end</source>
        <translation>Clipende trimmen</translation>
    </message>
    <message>
        <location filename="../app/gui/timeline_view.cpp" line="743"/>
        <source>Not possible: %1</source>
        <translation>Nicht möglich: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/timeline_view.cpp" line="783"/>
        <source>Split at playhead</source>
        <translation>Am Abspielkopf teilen</translation>
    </message>
    <message>
        <location filename="../app/gui/timeline_view.cpp" line="785"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location filename="../app/gui/timeline_view.cpp" line="787"/>
        <location filename="../app/gui/timeline_view.cpp" line="1014"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../app/gui/timeline_view.cpp" line="789"/>
        <location filename="../app/gui/timeline_view.cpp" line="1014"/>
        <source>Ripple delete</source>
        <translation>Löschen und Lücke schließen</translation>
    </message>
    <message>
        <location filename="../app/gui/timeline_view.cpp" line="792"/>
        <source>Paste at playhead</source>
        <translation>Am Abspielkopf einfügen</translation>
    </message>
    <message>
        <location filename="../app/gui/timeline_view.cpp" line="797"/>
        <source>Add video track</source>
        <translation>Videospur hinzufügen</translation>
    </message>
    <message>
        <location filename="../app/gui/timeline_view.cpp" line="798"/>
        <source>Add overlay track</source>
        <translation>Overlay-Spur hinzufügen</translation>
    </message>
    <message>
        <location filename="../app/gui/timeline_view.cpp" line="799"/>
        <source>Add audio track</source>
        <translation>Audiospur hinzufügen</translation>
    </message>
    <message>
        <location filename="../app/gui/timeline_view.cpp" line="802"/>
        <location filename="../app/gui/timeline_view.cpp" line="803"/>
        <source>Remove track</source>
        <translation>Spur entfernen</translation>
    </message>
    <message>
        <location filename="../app/gui/timeline_view.cpp" line="820"/>
        <source>Hide track</source>
        <translation>Spur ausblenden</translation>
    </message>
    <message>
        <location filename="../app/gui/timeline_view.cpp" line="820"/>
        <source>Show track</source>
        <translation>Spur einblenden</translation>
    </message>
    <message>
        <location filename="../app/gui/timeline_view.cpp" line="823"/>
        <source>Mute track</source>
        <translation>Spur stummschalten</translation>
    </message>
    <message>
        <location filename="../app/gui/timeline_view.cpp" line="823"/>
        <source>Unmute track</source>
        <translation>Spur-Ton einschalten</translation>
    </message>
    <message>
        <location filename="../app/gui/timeline_view.cpp" line="826"/>
        <source>Lock track</source>
        <translation>Spur sperren</translation>
    </message>
    <message>
        <location filename="../app/gui/timeline_view.cpp" line="826"/>
        <source>Unlock track</source>
        <translation>Spur entsperren</translation>
    </message>
    <message>
        <location filename="../app/gui/timeline_view.cpp" line="909"/>
        <source>Cannot use %1: %2</source>
        <translation>%1 kann nicht verwendet werden: %2</translation>
    </message>
    <message>
        <location filename="../app/gui/timeline_view.cpp" line="930"/>
        <source>Add %1</source>
        <translation>%1 hinzufügen</translation>
    </message>
    <message>
        <location filename="../app/gui/timeline_view.cpp" line="961"/>
        <source>Cannot add %1: %2</source>
        <translation>%1 kann nicht hinzugefügt werden: %2</translation>
    </message>
    <message>
        <location filename="../app/gui/timeline_view.cpp" line="986"/>
        <source>Nothing to split: put the playhead inside a clip</source>
        <translation>Nichts zu teilen: Setzen Sie den Abspielkopf in einen Clip</translation>
    </message>
    <message>
        <location filename="../app/gui/timeline_view.cpp" line="990"/>
        <source>Split</source>
        <translation>Teilen</translation>
    </message>
    <message>
        <location filename="../app/gui/timeline_view.cpp" line="996"/>
        <source>Cannot split: %1</source>
        <translation>Teilen nicht möglich: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/timeline_view.cpp" line="1024"/>
        <source>Cannot delete: %1</source>
        <translation>Löschen nicht möglich: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/timeline_view.cpp" line="1039"/>
        <source>Copied %n clip(s)</source>
        <translation><numerusform>%n Clip kopiert</numerusform><numerusform>%n Clips kopiert</numerusform></translation>
    </message>
    <message>
        <location filename="../app/gui/timeline_view.cpp" line="1053"/>
        <source>Paste</source>
        <translation>Einfügen</translation>
    </message>
    <message>
        <location filename="../app/gui/timeline_view.cpp" line="1068"/>
        <source>Cannot paste here: %1</source>
        <translation>Hier kann nicht eingefügt werden: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/timeline_view.cpp" line="1088"/>
        <source>Add track</source>
        <translation>Spur hinzufügen</translation>
    </message>
</context>
</TS>
