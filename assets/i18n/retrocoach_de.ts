<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
    <context>
        <name>App</name>
        <message>
            <source>Something went wrong{where}: {kind}: {error} (details in the log; the session keeps running)</source>
            <translation>Etwas ist schiefgelaufen{where}: {kind}: {error} (Details im Protokoll; die Einheit läuft weiter)</translation>
        </message>
        <message>
            <source>There is no workout '{id}': showing '{shown}' instead.</source>
            <translation>Es gibt kein Training „{id}“: stattdessen wird „{shown}“ gezeigt.</translation>
        </message>
        <message>
            <source>There is no catalogue for the language '{language}': the window is in English.</source>
            <translation>Für die Sprache „{language}“ gibt es keinen Katalog: Das Fenster ist auf Englisch.</translation>
        </message>
        <message>
            <source>Languages: {languages}.</source>
            <translation>Sprachen: {languages}.</translation>
        </message>
    </context>
    <context>
        <name>AppController</name>
        <message>
            <source>retrocoach is already open: here it is.</source>
            <translation>retrocoach ist schon geöffnet: hier ist es.</translation>
        </message>
    </context>
    <context>
        <name>ControlBar</name>
        <message>
            <source>Start</source>
            <translation>Start</translation>
        </message>
        <message>
            <source>Start again</source>
            <translation>Noch einmal</translation>
        </message>
        <message>
            <source>Pause</source>
            <translation>Pause</translation>
        </message>
        <message>
            <source>Resume</source>
            <translation>Weiter</translation>
        </message>
        <message>
            <source>Skip briefing</source>
            <translation>Einweisung überspringen</translation>
        </message>
        <message>
            <source>Back  ←</source>
            <translation>Zurück  ←</translation>
        </message>
        <message>
            <source>Skip  →</source>
            <translation>Nächste  →</translation>
        </message>
        <message>
            <source>Stop</source>
            <translation>Stopp</translation>
        </message>
        <message>
            <source>Full screen (F11, or double-click the panel)</source>
            <translation>Vollbild (F11 oder Doppelklick auf die Anzeige)</translation>
        </message>
        <message>
            <source>Full screen</source>
            <translation>Vollbild</translation>
        </message>
    </context>
    <context>
        <name>ControlsDialog</name>
        <message>
            <source>Keyboard and controls</source>
            <translation>Tastatur und Bedienung</translation>
        </message>
    </context>
    <context>
        <name>Countdown</name>
        <message>
            <source>Time left in this phase</source>
            <translation>Restzeit dieser Phase</translation>
        </message>
    </context>
    <context>
        <name>Dates</name>
        <message>
            <source>d MMM</source>
            <translation>d. MMM</translation>
        </message>
        <message>
            <source>dd MMM yyyy</source>
            <translation>dd. MMM yyyy</translation>
        </message>
        <message>
            <source>ddd d MMM yyyy, HH:mm</source>
            <translation>ddd, d. MMM yyyy, HH:mm</translation>
        </message>
    </context>
    <context>
        <name>DurationEdit</name>
        <message>
            <source>Minutes:seconds, from 0:01 to 120:00 (2 hours)</source>
            <translation>Minuten:Sekunden, von 0:01 bis 120:00 (2 Stunden)</translation>
        </message>
    </context>
    <context>
        <name>Effort</name>
        <message>
            <source>very easy</source>
            <translation>sehr leicht</translation>
        </message>
        <message>
            <source>easy</source>
            <translation>leicht</translation>
        </message>
        <message>
            <source>moderate</source>
            <translation>mittel</translation>
        </message>
        <message>
            <source>somewhat hard</source>
            <translation>etwas schwer</translation>
        </message>
        <message>
            <source>hard</source>
            <translation>schwer</translation>
        </message>
        <message>
            <source>harder</source>
            <translation>ziemlich schwer</translation>
        </message>
        <message>
            <source>very hard</source>
            <translation>sehr schwer</translation>
        </message>
        <message>
            <source>very, very hard</source>
            <translation>sehr, sehr schwer</translation>
        </message>
        <message>
            <source>almost maximal</source>
            <translation>fast maximal</translation>
        </message>
        <message>
            <source>maximal</source>
            <translation>maximal</translation>
        </message>
        <message>
            <source>How hard was that? Keys 1 to 9, 0 for 10, or Skip</source>
            <translation>Wie anstrengend war das? Tasten 1 bis 9, 0 für 10, oder Überspringen</translation>
        </message>
        <message>
            <source>How hard was that? From 1, very easy, to 10, maximal. Press a number, or skip.</source>
            <translation>Wie anstrengend war das? Von 1, sehr leicht, bis 10, maximal. Drück eine Zahl oder überspring die Frage.</translation>
        </message>
        <message>
            <source>Effort {effort}: {word}. Saved.</source>
            <translation>Anstrengung {effort}: {word}. Gespeichert.</translation>
        </message>
        <message>
            <source>{effort}, {word}</source>
            <translation>{effort}, {word}</translation>
        </message>
    </context>
    <context>
        <name>EffortRow</name>
        <message>
            <source>Skip</source>
            <translation>Überspringen</translation>
        </message>
    </context>
    <context>
        <name>HelpBoxes</name>
        <message>
            <source>About retrocoach</source>
            <translation>Über retrocoach</translation>
        </message>
        <message>
            <source>&lt;p&gt;&lt;b&gt;retrocoach {version}&lt;/b&gt;: a voice-first coaching timer for backward running.&lt;/p&gt;&lt;p&gt;Energy figures are estimates (MET x kg x hours), shown only when you set a body weight. Sources:&lt;/p&gt;&lt;ul&gt;{sources}&lt;/ul&gt;&lt;p&gt;Check with a clinician first if you have balance problems or dizziness.&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;retrocoach {version}&lt;/b&gt;: ein Trainings-Timer mit Sprachansagen fürs Rückwärtslaufen.&lt;/p&gt;&lt;p&gt;Energiewerte sind Schätzungen (MET x kg x Stunden) und erscheinen nur, wenn du ein Körpergewicht angibst. Quellen:&lt;/p&gt;&lt;ul&gt;{sources}&lt;/ul&gt;&lt;p&gt;Bei Gleichgewichtsproblemen oder Schwindel sprich vorher mit einer Ärztin oder einem Arzt.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>Where is my data?</source>
            <translation>Wo sind meine Daten?</translation>
        </message>
        <message>
            <source>&lt;ul&gt;{rows}&lt;/ul&gt;&lt;p&gt;Back up &lt;code&gt;history.jsonl&lt;/code&gt; and &lt;code&gt;workouts/&lt;/code&gt; from the data folder to keep your history.&lt;/p&gt;</source>
            <translation>&lt;ul&gt;{rows}&lt;/ul&gt;&lt;p&gt;Sichere &lt;code&gt;history.jsonl&lt;/code&gt; und &lt;code&gt;workouts/&lt;/code&gt; aus dem Datenordner, um deinen Verlauf zu behalten.&lt;/p&gt;</translation>
        </message>
    </context>
    <context>
        <name>HistoryActions</name>
        <message>
            <source>Not saved yet: the disk refused it. retrocoach keeps trying, and asks before it quits.</source>
            <translation>Noch nicht gespeichert: Der Datenträger hat es abgelehnt. retrocoach versucht es weiter und fragt vor dem Beenden.</translation>
        </message>
        <message>
            <source>Personal best: {time} backwards without a walk</source>
            <translation>Bestleistung: {time} rückwärts ohne Gehpause</translation>
        </message>
        <message numerus="yes">
            <source>Week streak: %n week(s)</source>
            <translation>
                <numerusform>Wochenserie: %n Woche</numerusform>
                <numerusform>Wochenserie: %n Wochen</numerusform>
            </translation>
        </message>
        <message>
            <source>Next session: {why}</source>
            <translation>Nächstes Training: {why}</translation>
        </message>
    </context>
    <context>
        <name>HistoryModel</name>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>Workout</source>
            <translation>Training</translation>
        </message>
        <message>
            <source>Rounds</source>
            <translation>Runden</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Aktiv</translation>
        </message>
        <message>
            <source>Backwards</source>
            <translation>Rückwärts</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Ergebnis</translation>
        </message>
        <message>
            <source>Energy</source>
            <translation>Energie</translation>
        </message>
        <message>
            <source>Completed</source>
            <translation>Geschafft</translation>
        </message>
        <message>
            <source>Stopped</source>
            <translation>Abgebrochen</translation>
        </message>
        <message>
            <source>Interrupted</source>
            <translation>Unterbrochen</translation>
        </message>
    </context>
    <context>
        <name>HistoryOps</name>
        <message>
            <source>The history was not exported: {error}</source>
            <translation>Der Verlauf wurde nicht exportiert: {error}</translation>
        </message>
        <message>
            <source>Exported {sessions} sessions to {path}.</source>
            <translation>{sessions} Einheiten nach {path} exportiert.</translation>
        </message>
        <message numerus="yes">
            <source>%n session(s) could not be saved:
{error}

Free some space or fix the folder, then Retry. Discard quits and loses them.</source>
            <translation>
                <numerusform>%n Einheit konnte nicht gespeichert werden:
{error}

Gib Speicherplatz frei oder repariere den Ordner, dann Wiederholen. Verwerfen beendet retrocoach, und sie geht verloren.</numerusform>
                <numerusform>%n Einheiten konnten nicht gespeichert werden:
{error}

Gib Speicherplatz frei oder repariere den Ordner, dann Wiederholen. Verwerfen beendet retrocoach, und sie gehen verloren.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>HistoryWindow</name>
        <message>
            <source>No sessions yet: each session you finish or stop is added here.</source>
            <translation>Noch keine Einheiten: Jede Einheit, die du beendest oder abbrichst, erscheint hier.</translation>
        </message>
        <message>
            <source>no current streak (a completed session this week starts one)</source>
            <translation>keine laufende Serie (eine geschaffte Einheit diese Woche beginnt eine)</translation>
        </message>
        <message numerus="yes">
            <source>%n week(s) in a row with a completed session</source>
            <translation>
                <numerusform>%n Woche in Folge mit einer geschafften Einheit</numerusform>
                <numerusform>%n Wochen in Folge mit einer geschafften Einheit</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n session(s)</source>
            <translation>
                <numerusform>%n Einheit</numerusform>
                <numerusform>%n Einheiten</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n active minute(s)</source>
            <translation>
                <numerusform>%n aktive Minute</numerusform>
                <numerusform>%n aktive Minuten</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n backward minute(s)</source>
            <translation>
                <numerusform>%n Minute rückwärts</numerusform>
                <numerusform>%n Minuten rückwärts</numerusform>
            </translation>
        </message>
        <message>
            <source>streak: {run}</source>
            <translation>Serie: {run}</translation>
        </message>
        <message>
            <source>History</source>
            <translation>Verlauf</translation>
        </message>
        <message>
            <source>&amp;Export CSV…</source>
            <translation>Als CSV &amp;exportieren…</translation>
        </message>
        <message>
            <source>Sessions</source>
            <translation>Einheiten</translation>
        </message>
        <message>
            <source>Export the history as CSV</source>
            <translation>Verlauf als CSV exportieren</translation>
        </message>
        <message>
            <source>CSV files (*.csv);;All files (*)</source>
            <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
        </message>
        <message>
            <source>Replace the file?</source>
            <translation>Datei ersetzen?</translation>
        </message>
        <message>
            <source>This file already exists. Do you want to replace it?
{path}</source>
            <translation>Diese Datei gibt es schon. Möchtest du sie ersetzen?
{path}</translation>
        </message>
        <message>
            <source>Longest backward jog or run: {time}</source>
            <translation>Längstes Rückwärts-Joggen oder -Laufen: {time}</translation>
        </message>
        <message numerus="yes">
            <source>Effort, last %n session(s): {efforts}</source>
            <translation>
                <numerusform>Anstrengung, letzte %n Einheit: {efforts}</numerusform>
                <numerusform>Anstrengung, letzte %n Einheiten: {efforts}</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>KeepAwake</name>
        <message>
            <source>A backward-running session is under way</source>
            <translation>Eine Rückwärtslauf-Einheit läuft</translation>
        </message>
    </context>
    <context>
        <name>Keys</name>
        <message>
            <source>Media play/pause</source>
            <translation>Medien Wiedergabe/Pause</translation>
        </message>
        <message>
            <source>Media play</source>
            <translation>Medien Wiedergabe</translation>
        </message>
        <message>
            <source>Media pause</source>
            <translation>Medien Pause</translation>
        </message>
        <message>
            <source>Media next</source>
            <translation>Medien weiter</translation>
        </message>
        <message>
            <source>Media previous</source>
            <translation>Medien zurück</translation>
        </message>
        <message>
            <source>Clicker next (Page Down)</source>
            <translation>Presenter weiter (Bild ab)</translation>
        </message>
        <message>
            <source>Clicker previous (Page Up)</source>
            <translation>Presenter zurück (Bild auf)</translation>
        </message>
        <message>
            <source>Clicker blank (B)</source>
            <translation>Presenter schwarz (B)</translation>
        </message>
        <message>
            <source>Clicker blank (.)</source>
            <translation>Presenter schwarz (.)</translation>
        </message>
        <message>
            <source>Clicker slideshow (F5)</source>
            <translation>Presenter Präsentation (F5)</translation>
        </message>
        <message>
            <source>Clicker slideshow (Shift+F5)</source>
            <translation>Presenter Präsentation (Umschalt+F5)</translation>
        </message>
        <message>
            <source>start / pause / resume</source>
            <translation>Start / Pause / Weiter</translation>
        </message>
        <message>
            <source>pause</source>
            <translation>Pause</translation>
        </message>
        <message>
            <source>skip to the next phase</source>
            <translation>zur nächsten Phase springen</translation>
        </message>
        <message>
            <source>back to the start of this phase</source>
            <translation>zurück an den Anfang dieser Phase</translation>
        </message>
        <message>
            <source>Space</source>
            <translation>Leertaste</translation>
        </message>
        <message>
            <source>back to the start of this phase (within its first 2 s: the previous phase)</source>
            <translation>zurück an den Anfang dieser Phase (in ihren ersten 2 s: die vorige Phase)</translation>
        </message>
        <message>
            <source>Esc</source>
            <translation>Esc</translation>
        </message>
        <message>
            <source>stop (asks first while a session runs)</source>
            <translation>stoppen (fragt vorher, solange eine Einheit läuft)</translation>
        </message>
        <message>
            <source>F11</source>
            <translation>F11</translation>
        </message>
        <message>
            <source>full screen</source>
            <translation>Vollbild</translation>
        </message>
        <message>
            <source>M</source>
            <translation>M</translation>
        </message>
        <message>
            <source>mute / unmute the voice</source>
            <translation>Stimme stumm / laut schalten</translation>
        </message>
        <message>
            <source>Ctrl+,</source>
            <translation>Strg+,</translation>
        </message>
        <message>
            <source>settings</source>
            <translation>Einstellungen</translation>
        </message>
        <message>
            <source>Ctrl+H</source>
            <translation>Strg+H</translation>
        </message>
        <message>
            <source>history</source>
            <translation>Verlauf</translation>
        </message>
        <message>
            <source>Ctrl+E</source>
            <translation>Strg+E</translation>
        </message>
        <message>
            <source>edit or duplicate the selected workout</source>
            <translation>gewähltes Training bearbeiten oder duplizieren</translation>
        </message>
        <message>
            <source>Ctrl+N</source>
            <translation>Strg+N</translation>
        </message>
        <message>
            <source>new workout</source>
            <translation>neues Training</translation>
        </message>
        <message>
            <source>Ctrl+I / Ctrl+Shift+E</source>
            <translation>Strg+I / Strg+Umschalt+E</translation>
        </message>
        <message>
            <source>import / export a workout file</source>
            <translation>Trainingsdatei importieren / exportieren</translation>
        </message>
        <message>
            <source>Ctrl+Q</source>
            <translation>Strg+Q</translation>
        </message>
        <message>
            <source>quit (asks first while a session runs)</source>
            <translation>beenden (fragt vorher, solange eine Einheit läuft)</translation>
        </message>
        <message>
            <source>F1</source>
            <translation>F1</translation>
        </message>
        <message>
            <source>this list</source>
            <translation>diese Liste</translation>
        </message>
        <message>
            <source>Play/pause</source>
            <translation>Wiedergabe/Pause</translation>
        </message>
        <message>
            <source>start / pause / resume, said aloud: “Paused”, “Resumed”</source>
            <translation>Start / Pause / Weiter, laut angesagt: „Pause“, „Weiter“</translation>
        </message>
        <message>
            <source>Next</source>
            <translation>Weiter</translation>
        </message>
        <message>
            <source>skip, said aloud: “Skipped: walk forwards”</source>
            <translation>überspringen, laut angesagt: „Übersprungen: vorwärts gehen“</translation>
        </message>
        <message>
            <source>Previous</source>
            <translation>Zurück</translation>
        </message>
        <message>
            <source>back, said aloud: “Back: jog backwards”</source>
            <translation>zurück, laut angesagt: „Zurück: rückwärts joggen“</translation>
        </message>
        <message>
            <source>Stop</source>
            <translation>Stopp</translation>
        </message>
        <message>
            <source>pause (stopping needs the window: Esc)</source>
            <translation>Pause (stoppen geht nur im Fenster: Esc)</translation>
        </message>
        <message>
            <source>Two tones falling (high, low)</source>
            <translation>Zwei fallende Töne (hoch, tief)</translation>
        </message>
        <message>
            <source>now backwards: the phase starting runs backwards</source>
            <translation>jetzt rückwärts: Die beginnende Phase geht rückwärts</translation>
        </message>
        <message>
            <source>Two tones rising (low, high)</source>
            <translation>Zwei steigende Töne (tief, hoch)</translation>
        </message>
        <message>
            <source>now forwards: the phase starting runs forwards</source>
            <translation>jetzt vorwärts: Die beginnende Phase geht vorwärts</translation>
        </message>
        <message>
            <source>One beep</source>
            <translation>Ein Piepton</translation>
        </message>
        <message>
            <source>the end of the session (every phase, with the direction sounds off)</source>
            <translation>das Ende der Einheit (jede Phase, wenn die Richtungsklänge aus sind)</translation>
        </message>
        <message>
            <source>“3, 2, 1”</source>
            <translation>„3, 2, 1“</translation>
        </message>
        <message>
            <source>the count into a phase</source>
            <translation>das Anzählen vor einer Phase</translation>
        </message>
        <message>
            <source>Media stop</source>
            <translation>Medien Stopp</translation>
        </message>
        <message>
            <source>stop (asks first, as Esc)</source>
            <translation>stoppen (fragt vorher, wie Esc)</translation>
        </message>
        <message>
            <source>&lt;p&gt;On (MPRIS is on the session bus: &lt;code&gt;playerctl -p retrocoach play-pause&lt;/code&gt;).&lt;/p&gt;</source>
            <translation>&lt;p&gt;An (MPRIS ist am Sitzungsbus: &lt;code&gt;playerctl -p retrocoach play-pause&lt;/code&gt;).&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&lt;p&gt;Not available here: no D-Bus session bus (Linux desktops only).&lt;/p&gt;</source>
            <translation>&lt;p&gt;Hier nicht verfügbar: kein D-Bus-Sitzungsbus (nur Linux-Desktops).&lt;/p&gt;</translation>
        </message>
        <message>
            <source>Keyboard</source>
            <translation>Tastatur</translation>
        </message>
        <message>
            <source>Presenter clicker and media keys (window focused)</source>
            <translation>Presenter und Medientasten (Fenster im Fokus)</translation>
        </message>
        <message>
            <source>&lt;p&gt;One button is enough: B, the full stop or F5 starts, pauses and resumes. The coach says each of these commands aloud.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Eine Taste genügt: B, der Punkt oder F5 startet, pausiert und setzt fort. Der Coach sagt jeden dieser Befehle laut an.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>Headset buttons and desktop media keys (Linux, MPRIS)</source>
            <translation>Headset-Tasten und Medientasten des Desktops (Linux, MPRIS)</translation>
        </message>
        <message>
            <source>Sounds</source>
            <translation>Klänge</translation>
        </message>
    </context>
    <context>
        <name>Menus</name>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Datei</translation>
        </message>
        <message>
            <source>&amp;New workout…</source>
            <translation>&amp;Neues Training…</translation>
        </message>
        <message>
            <source>&amp;Edit or duplicate workout…</source>
            <translation>Training be&amp;arbeiten oder duplizieren…</translation>
        </message>
        <message>
            <source>&amp;Import workout…</source>
            <translation>Training &amp;importieren…</translation>
        </message>
        <message>
            <source>E&amp;xport workout…</source>
            <translation>Training e&amp;xportieren…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Beenden</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Ansicht</translation>
        </message>
        <message>
            <source>&amp;Full screen	F11</source>
            <translation>&amp;Vollbild	F11</translation>
        </message>
        <message>
            <source>&amp;History…</source>
            <translation>Ver&amp;lauf…</translation>
        </message>
        <message>
            <source>&amp;Settings…</source>
            <translation>&amp;Einstellungen…</translation>
        </message>
        <message>
            <source>&amp;Mute voice</source>
            <translation>Stimme &amp;stumm</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Hilfe</translation>
        </message>
        <message>
            <source>&amp;Keyboard and controls</source>
            <translation>&amp;Tastatur und Bedienung</translation>
        </message>
        <message>
            <source>&amp;About retrocoach</source>
            <translation>Über &amp;retrocoach</translation>
        </message>
        <message>
            <source>Where is my &amp;data?</source>
            <translation>Wo sind meine &amp;Daten?</translation>
        </message>
        <message>
            <source>&amp;Before your first session</source>
            <translation>&amp;Vor der ersten Einheit</translation>
        </message>
    </context>
    <context>
        <name>Mpris</name>
        <message>
            <source>Backward</source>
            <translation>Rückwärts</translation>
        </message>
        <message>
            <source>Forward</source>
            <translation>Vorwärts</translation>
        </message>
        <message>
            <source>Get ready</source>
            <translation>Bereit machen</translation>
        </message>
        <message>
            <source>Finished: {workout}</source>
            <translation>Fertig: {workout}</translation>
        </message>
        <message>
            <source>Finished</source>
            <translation>Fertig</translation>
        </message>
        <message>
            <source>Round {round} of {rounds}</source>
            <translation>Runde {round} von {rounds}</translation>
        </message>
        <message>
            <source>{time} left</source>
            <translation>noch {time}</translation>
        </message>
    </context>
    <context>
        <name>PhasePanel</name>
        <message>
            <source>VOICE MUTED (M)</source>
            <translation>STIMME AUS (M)</translation>
        </message>
        <message>
            <source>Press Space to start</source>
            <translation>Leertaste zum Starten</translation>
        </message>
        <message>
            <source>Space to resume</source>
            <translation>Leertaste: weiter</translation>
        </message>
        <message>
            <source>Space to go again</source>
            <translation>Leertaste: noch einmal</translation>
        </message>
        <message>
            <source>Briefing: Space skips it and starts</source>
            <translation>Einweisung: Leertaste überspringt sie und startet</translation>
        </message>
        <message>
            <source>WARM-UP</source>
            <translation>AUFWÄRMEN</translation>
        </message>
        <message>
            <source>COOL-DOWN</source>
            <translation>AUSLAUFEN</translation>
        </message>
        <message>
            <source>ROUND {round} OF {rounds}</source>
            <translation>RUNDE {round} VON {rounds}</translation>
        </message>
        <message>
            <source>GET READY</source>
            <translation>BEREIT MACHEN</translation>
        </message>
        <message>
            <source>Check the path behind you</source>
            <translation>Blick nach hinten: Weg frei?</translation>
        </message>
        <message>
            <source>PAUSED</source>
            <translation>PAUSE</translation>
        </message>
        <message>
            <source>Next: finish</source>
            <translation>Danach: Schluss</translation>
        </message>
        <message>
            <source>Next: {direction} {pace}  {length}</source>
            <translation>Danach: {direction} {pace}  {length}</translation>
        </message>
        <message>
            <source>BRIEFING</source>
            <translation>EINWEISUNG</translation>
        </message>
    </context>
    <context>
        <name>PhaseSection</name>
        <message>
            <source>Warm-up</source>
            <translation>Aufwärmen</translation>
        </message>
        <message>
            <source>Round</source>
            <translation>Runde</translation>
        </message>
        <message>
            <source>Cool-down</source>
            <translation>Auslaufen</translation>
        </message>
        <message>
            <source>Backwards</source>
            <translation>Rückwärts</translation>
        </message>
        <message>
            <source>Forwards</source>
            <translation>Vorwärts</translation>
        </message>
        <message>
            <source>Walk</source>
            <translation>Gehen</translation>
        </message>
        <message>
            <source>Jog</source>
            <translation>Joggen</translation>
        </message>
        <message>
            <source>Run</source>
            <translation>Laufen</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Direction</source>
            <translation>Richtung</translation>
        </message>
        <message>
            <source>Pace</source>
            <translation>Tempo</translation>
        </message>
        <message>
            <source>Duration</source>
            <translation>Dauer</translation>
        </message>
        <message>
            <source>Walk backwards</source>
            <translation>Rückwärts gehen</translation>
        </message>
        <message>
            <source>Jog backwards</source>
            <translation>Rückwärts joggen</translation>
        </message>
        <message>
            <source>Walk forwards</source>
            <translation>Vorwärts gehen</translation>
        </message>
        <message>
            <source>A round needs at least one phase: press Add.</source>
            <translation>Eine Runde braucht mindestens eine Phase: „Hinzufügen“ drücken.</translation>
        </message>
        <message>
            <source>No phases (that is fine): press Add to add one.</source>
            <translation>Keine Phasen (das ist in Ordnung): „Hinzufügen“ fügt eine hinzu.</translation>
        </message>
        <message>
            <source>{section} phases</source>
            <translation>Phasen: {section}</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Hinzufügen</translation>
        </message>
        <message>
            <source>Add a phase below the selected one</source>
            <translation>Phase unter der gewählten hinzufügen</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Entfernen</translation>
        </message>
        <message>
            <source>Remove the selected phase</source>
            <translation>Gewählte Phase entfernen</translation>
        </message>
        <message>
            <source>Move up</source>
            <translation>Nach oben</translation>
        </message>
        <message>
            <source>Move the selected phase up</source>
            <translation>Gewählte Phase nach oben schieben</translation>
        </message>
        <message>
            <source>Move down</source>
            <translation>Nach unten</translation>
        </message>
        <message>
            <source>Move the selected phase down</source>
            <translation>Gewählte Phase nach unten schieben</translation>
        </message>
        <message>
            <source>{tip} ({keys})</source>
            <translation>{tip} ({keys})</translation>
        </message>
        <message>
            <source>Phase name</source>
            <translation>Name der Phase</translation>
        </message>
        <message numerus="yes">
            <source>{section}: %n phase(s), {length}, repeated for each round</source>
            <translation>
                <numerusform>{section}: %n Phase, {length}, in jeder Runde</numerusform>
                <numerusform>{section}: %n Phasen, {length}, in jeder Runde</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{section}: %n phase(s), {length}</source>
            <translation>
                <numerusform>{section}: %n Phase, {length}</numerusform>
                <numerusform>{section}: %n Phasen, {length}</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ProblemsPanel</name>
        <message>
            <source>Some files had problems</source>
            <translation>Einige Dateien hatten Probleme</translation>
        </message>
        <message>
            <source>Problems</source>
            <translation>Probleme</translation>
        </message>
        <message>
            <source>retrocoach started; nothing was overwritten. What it found:</source>
            <translation>retrocoach wurde gestartet; nichts wurde überschrieben. Gefunden wurde:</translation>
        </message>
        <message>
            <source>Problems at the start</source>
            <translation>Probleme beim Start</translation>
        </message>
        <message>
            <source>A command-line option was not used</source>
            <translation>Eine Befehlszeilenoption wurde nicht verwendet</translation>
        </message>
        <message>
            <source>retrocoach started without it. What it found:</source>
            <translation>retrocoach wurde ohne sie gestartet. Gefunden wurde:</translation>
        </message>
        <message>
            <source>What retrocoach found:</source>
            <translation>Was retrocoach gefunden hat:</translation>
        </message>
    </context>
    <context>
        <name>QuitPolicy</name>
        <message>
            <source>Stop the session?</source>
            <translation>Einheit stoppen?</translation>
        </message>
        <message>
            <source>Stop this session now?</source>
            <translation>Diese Einheit jetzt stoppen?</translation>
        </message>
        <message>
            <source>A session is under way. Stop it and quit?</source>
            <translation>Eine Einheit läuft. Stoppen und beenden?</translation>
        </message>
        <message>
            <source>Quit retrocoach?</source>
            <translation>retrocoach beenden?</translation>
        </message>
        <message>
            <source>Sessions not saved</source>
            <translation>Einheiten nicht gespeichert</translation>
        </message>
    </context>
    <context>
        <name>SessionCard</name>
        <message>
            <source>{rounds} · {length} · {backward} backwards</source>
            <translation>{rounds} · {length} · {backward} rückwärts</translation>
        </message>
        <message numerus="yes">
            <source>%n round(s)</source>
            <translation>
                <numerusform>%n Runde</numerusform>
                <numerusform>%n Runden</numerusform>
            </translation>
        </message>
        <message>
            <source>First: {kind} {length}</source>
            <translation>Zuerst: {kind} {length}</translation>
        </message>
        <message>
            <source>READY</source>
            <translation>BEREIT</translation>
        </message>
        <message>
            <source>WELL DONE</source>
            <translation>GUT GEMACHT</translation>
        </message>
        <message>
            <source>Well done</source>
            <translation>Gut gemacht</translation>
        </message>
        <message>
            <source>STOPPED</source>
            <translation>GESTOPPT</translation>
        </message>
        <message>
            <source>Stopped</source>
            <translation>Abgebrochen</translation>
        </message>
        <message>
            <source>SESSION OVER</source>
            <translation>EINHEIT VORBEI</translation>
        </message>
        <message>
            <source>Skipped to the end</source>
            <translation>Bis zum Ende übersprungen</translation>
        </message>
        <message>
            <source>{done} done, {backward} of it backwards</source>
            <translation>{done} geschafft, davon {backward} rückwärts</translation>
        </message>
        <message numerus="yes">
            <source>{done} of %n round(s)</source>
            <translation>
                <numerusform>{done} von %n Runde</numerusform>
                <numerusform>{done} von %n Runden</numerusform>
            </translation>
        </message>
        <message>
            <source>Mostly skipped: not counted as completed</source>
            <translation>Größtenteils übersprungen: zählt nicht als geschafft</translation>
        </message>
    </context>
    <context>
        <name>SessionDriver</name>
        <message>
            <source>Stop the session before choosing another workout or round count.</source>
            <translation>Stoppe die Einheit, bevor du ein anderes Training oder eine andere Rundenzahl wählst.</translation>
        </message>
        <message>
            <source>Choose a workout first.</source>
            <translation>Wähle zuerst ein Training.</translation>
        </message>
        <message>
            <source>The computer slept for {slept}: the session is paused where you were. Press Space to resume.</source>
            <translation>Der Computer hat {slept} geschlafen: Die Einheit ist dort pausiert, wo du warst. Leertaste zum Fortsetzen.</translation>
        </message>
        <message>
            <source>The session has not started yet: press Space (or Start) to begin.</source>
            <translation>Die Einheit hat noch nicht begonnen: Leertaste (oder Start) drücken.</translation>
        </message>
        <message>
            <source>The session is over: press Space (or Start) to go again.</source>
            <translation>Die Einheit ist vorbei: Leertaste (oder Start) für eine neue Runde.</translation>
        </message>
        <message>
            <source>Already paused: press Space to resume.</source>
            <translation>Schon pausiert: Leertaste zum Fortsetzen.</translation>
        </message>
        <message>
            <source>Not paused: the session is already running.</source>
            <translation>Nicht pausiert: Die Einheit läuft schon.</translation>
        </message>
        <message>
            <source>Already started: use Stop first to start over.</source>
            <translation>Schon gestartet: Erst „Stopp“, dann neu beginnen.</translation>
        </message>
        <message>
            <source>'{command}' is not possible right now ({state}).</source>
            <translation>„{command}“ geht gerade nicht ({state}).</translation>
        </message>
    </context>
    <context>
        <name>SessionOverview</name>
        <message numerus="yes">
            <source>%n round(s)</source>
            <translation>
                <numerusform>%n Runde</numerusform>
                <numerusform>%n Runden</numerusform>
            </translation>
        </message>
        <message>
            <source>{length} in all</source>
            <translation>{length} insgesamt</translation>
        </message>
        <message>
            <source>First: {phase}</source>
            <translation>Zuerst: {phase}</translation>
        </message>
        <message>
            <source>Session over</source>
            <translation>Einheit vorbei</translation>
        </message>
        <message>
            <source>Session: {left} left</source>
            <translation>Einheit: noch {left}</translation>
        </message>
        <message>
            <source>Next: {phase}</source>
            <translation>Danach: {phase}</translation>
        </message>
        <message>
            <source>Next: finish</source>
            <translation>Danach: Schluss</translation>
        </message>
        <message>
            <source>Round {round} of {rounds}</source>
            <translation>Runde {round} von {rounds}</translation>
        </message>
        <message>
            <source>Warm-up</source>
            <translation>Aufwärmen</translation>
        </message>
        <message>
            <source>Cool-down</source>
            <translation>Auslaufen</translation>
        </message>
    </context>
    <context>
        <name>SessionRecorder</name>
        <message>
            <source>Your last session ({workout}) was interrupted; it is in your history as interrupted.</source>
            <translation>Deine letzte Einheit ({workout}) wurde unterbrochen; sie steht als unterbrochen im Verlauf.</translation>
        </message>
        <message>
            <source>Your last session ({workout}) could not be saved when it ended; it is in your history now.</source>
            <translation>Deine letzte Einheit ({workout}) konnte an ihrem Ende nicht gespeichert werden; jetzt ist sie in deinem Verlauf.</translation>
        </message>
        <message>
            <source>Your session history is saved again.</source>
            <translation>Dein Verlauf wird wieder gespeichert.</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Auto: many tips at first, fewer as you learn</source>
            <translation>Automatisch: anfangs viele Tipps, weniger, je mehr du lernst</translation>
        </message>
        <message>
            <source>Quiet: no tips but the look-back cues</source>
            <translation>Ruhig: keine Tipps, nur die Blick-zurück-Hinweise</translation>
        </message>
        <message>
            <source>Normal: plus a coaching tip about every 45 s</source>
            <translation>Normal: dazu etwa alle 45 s ein Tipp</translation>
        </message>
        <message>
            <source>Chatty: plus a coaching tip about every 20 s</source>
            <translation>Gesprächig: dazu etwa alle 20 s ein Tipp</translation>
        </message>
        <message>
            <source>On a track or a field</source>
            <translation>Auf der Bahn oder dem Platz</translation>
        </message>
        <message>
            <source>In an indoor hall</source>
            <translation>In der Halle</translation>
        </message>
        <message>
            <source>On a treadmill</source>
            <translation>Auf dem Laufband</translation>
        </message>
        <message>
            <source>Light</source>
            <translation>Hell</translation>
        </message>
        <message>
            <source>Dark</source>
            <translation>Dunkel</translation>
        </message>
        <message>
            <source>High contrast</source>
            <translation>Hoher Kontrast</translation>
        </message>
        <message>
            <source>A loud room: compressed, as loud as it can be</source>
            <translation>Lauter Raum: komprimiert, so laut wie möglich</translation>
        </message>
        <message>
            <source>A quiet room: as the voice speaks</source>
            <translation>Ruhiger Raum: so, wie die Stimme spricht</translation>
        </message>
        <message>
            <source>Auto (the clearest installed voice)</source>
            <translation>Automatisch (die klarste installierte Stimme)</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Einstellungen</translation>
        </message>
        <message>
            <source>a Piper voice (.onnx); when set, it is the voice</source>
            <translation>eine Piper-Stimme (.onnx); wenn gesetzt, ist sie die Stimme</translation>
        </message>
        <message>
            <source> words per minute</source>
            <translation> Wörter pro Minute</translation>
        </message>
        <message>
            <source>{value} %</source>
            <translation>{value} %</translation>
        </message>
        <message>
            <source>D&amp;irection sounds: falling into backwards, rising into forwards</source>
            <translation>Ric&amp;htungsklänge: fallend vor rückwärts, steigend vor vorwärts</translation>
        </message>
        <message>
            <source>Test t&amp;he voice</source>
            <translation>Stimme &amp;ausprobieren</translation>
        </message>
        <message>
            <source>&amp;Mute: no voice and no beeps (captions only)</source>
            <translation>Stu&amp;mm: keine Stimme, keine Pieptöne (nur Untertitel)</translation>
        </message>
        <message>
            <source>&amp;Beep at each change of phase</source>
            <translation>P&amp;iepton bei jedem Phasenwechsel</translation>
        </message>
        <message>
            <source>Keep the screen &amp;awake during a session</source>
            <translation>Bildschirm während einer Einheit &amp;wach halten</translation>
        </message>
        <message>
            <source>Lower other sounds while the coach spea&amp;ks</source>
            <translation>A&amp;ndere Töne leiser, während der Coach spricht</translation>
        </message>
        <message>
            <source>Not available here: {reason}</source>
            <translation>Hier nicht verfügbar: {reason}</translation>
        </message>
        <message>
            <source> seconds</source>
            <translation> Sekunden</translation>
        </message>
        <message>
            <source>Show an &amp;energy estimate</source>
            <translation>&amp;Energieschätzung anzeigen</translation>
        </message>
        <message>
            <source> kg</source>
            <translation> kg</translation>
        </message>
        <message>
            <source>&amp;Flash the panel when a phase begins</source>
            <translation>Anzeige a&amp;ufblitzen lassen, wenn eine Phase beginnt</translation>
        </message>
        <message>
            <source>System language ({language})</source>
            <translation>Systemsprache ({language})</translation>
        </message>
        <message>
            <source>&amp;Restore defaults</source>
            <translation>&amp;Zurücksetzen</translation>
        </message>
        <message>
            <source>Voice</source>
            <translation>Stimme</translation>
        </message>
        <message>
            <source>&amp;Voice:</source>
            <translation>&amp;Stimme:</translation>
        </message>
        <message>
            <source>&amp;Piper voice file:</source>
            <translation>&amp;Piper-Stimmdatei:</translation>
        </message>
        <message>
            <source>&amp;Speaking rate:</source>
            <translation>Sprech&amp;tempo:</translation>
        </message>
        <message>
            <source>Voice vol&amp;ume:</source>
            <translation>Stimm&amp;lautstärke:</translation>
        </message>
        <message>
            <source>Voice f&amp;or:</source>
            <translation>Stimme &amp;optimiert für:</translation>
        </message>
        <message>
            <source>Session</source>
            <translation>Einheit</translation>
        </message>
        <message>
            <source>&amp;Coaching:</source>
            <translation>&amp;Coaching:</translation>
        </message>
        <message>
            <source>Where &amp;do you run?</source>
            <translation>Wo läufst &amp;du?</translation>
        </message>
        <message>
            <source>&amp;Lead-in before the start:</source>
            <translation>&amp;Vorlauf vor dem Start:</translation>
        </message>
        <message>
            <source>Beeps and sou&amp;nds:</source>
            <translation>Pieptöne und &amp;Klänge:</translation>
        </message>
        <message>
            <source>Energy estimate</source>
            <translation>Energieschätzung</translation>
        </message>
        <message>
            <source>Body &amp;weight:</source>
            <translation>Körper&amp;gewicht:</translation>
        </message>
        <message>
            <source>Your weight is used only to estimate the energy of a session (“about N kcal”). It stays on this computer.</source>
            <translation>Dein Gewicht dient nur zur Schätzung der Energie einer Einheit („etwa N kcal“). Es bleibt auf diesem Computer.</translation>
        </message>
        <message>
            <source>Appearance</source>
            <translation>Darstellung</translation>
        </message>
        <message>
            <source>&amp;Theme:</source>
            <translation>&amp;Farbschema:</translation>
        </message>
        <message>
            <source>Lan&amp;guage:</source>
            <translation>Sp&amp;rache:</translation>
        </message>
        <message>
            <source>The window shows a new language the next time retrocoach starts.</source>
            <translation>Das Fenster zeigt eine neue Sprache ab dem nächsten Start von retrocoach.</translation>
        </message>
        <message>
            <source>Listing voices…</source>
            <translation>Stimmen werden gesucht…</translation>
        </message>
        <message>
            <source>{voice} (not installed)</source>
            <translation>{voice} (nicht installiert)</translation>
        </message>
    </context>
    <context>
        <name>SettingsOps</name>
        <message>
            <source>Settings not saved: {error}</source>
            <translation>Einstellungen nicht gespeichert: {error}</translation>
        </message>
    </context>
    <context>
        <name>StartupOps</name>
        <message>
            <source>Skipped a workout file: {problem}</source>
            <translation>Trainingsdatei übersprungen: {problem}</translation>
        </message>
        <message>
            <source>{problem}. Sessions cannot be saved to your history (they are kept while the app is open) and workouts cannot be imported or edited.</source>
            <translation>{problem}. Einheiten können nicht im Verlauf gespeichert werden (sie bleiben erhalten, solange die App offen ist), und Trainings lassen sich weder importieren noch bearbeiten.</translation>
        </message>
        <message>
            <source>{problem}. Settings cannot be saved.</source>
            <translation>{problem}. Einstellungen können nicht gespeichert werden.</translation>
        </message>
        <message>
            <source>Tip skipped: {problem}</source>
            <translation>Tipp übersprungen: {problem}</translation>
        </message>
        <message>
            <source>The rendered voice</source>
            <translation>Die erzeugte Stimme</translation>
        </message>
    </context>
    <context>
        <name>StatusLabels</name>
        <message>
            <source>Voice: on (M)</source>
            <translation>Stimme: an (M)</translation>
        </message>
        <message>
            <source>Suggested next: {name}</source>
            <translation>Vorschlag: {name}</translation>
        </message>
        <message>
            <source>Voice: captions only</source>
            <translation>Stimme: nur Untertitel</translation>
        </message>
        <message>
            <source>Voice: MUTED (M)</source>
            <translation>Stimme: STUMM (M)</translation>
        </message>
    </context>
    <context>
        <name>Theme</name>
        <message>
            <source>BACKWARDS</source>
            <translation>RÜCKWÄRTS</translation>
        </message>
        <message>
            <source>FORWARDS</source>
            <translation>VORWÄRTS</translation>
        </message>
        <message>
            <source>WALK</source>
            <translation>GEHEN</translation>
        </message>
        <message>
            <source>JOG</source>
            <translation>JOGGEN</translation>
        </message>
        <message>
            <source>RUN</source>
            <translation>LAUFEN</translation>
        </message>
        <message>
            <source>{direction} {pace}</source>
            <translation>{direction} {pace}</translation>
        </message>
        <message>
            <source>Dark</source>
            <translation>Dunkel</translation>
        </message>
        <message>
            <source>Light</source>
            <translation>Hell</translation>
        </message>
        <message>
            <source>High contrast</source>
            <translation>Hoher Kontrast</translation>
        </message>
    </context>
    <context>
        <name>Timeline</name>
        <message>
            <source>Session timeline</source>
            <translation>Ablauf der Einheit</translation>
        </message>
    </context>
    <context>
        <name>VoiceCoach</name>
        <message>
            <source>Voice: {problem}.</source>
            <translation>Stimme: {problem}.</translation>
        </message>
        <message>
            <source>Preparing the voice…</source>
            <translation>Stimme wird vorbereitet…</translation>
        </message>
        <message numerus="yes">
            <source>Preparing the voice: {done} of %n cue(s)</source>
            <translation>
                <numerusform>Stimme wird vorbereitet: {done} von %n Ansage</numerusform>
                <numerusform>Stimme wird vorbereitet: {done} von %n Ansagen</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>VoiceOps</name>
        <message>
            <source>Could not list the voices: {error}</source>
            <translation>Die Stimmen ließen sich nicht auflisten: {error}</translation>
        </message>
    </context>
    <context>
        <name>VoiceTester</name>
        <message>
            <source>This is your coach. Jog backwards, forty seconds. Check behind you.</source>
            <translation>Hier ist dein Coach. Rückwärts joggen, vierzig Sekunden. Schau hinter dich.</translation>
        </message>
        <message>
            <source>The voice test could not be played: no audio output.</source>
            <translation>Der Stimmtest konnte nicht abgespielt werden: keine Audioausgabe.</translation>
        </message>
    </context>
    <context>
        <name>WeekChart</name>
        <message>
            <source>Backward minutes per week</source>
            <translation>Rückwärts-Minuten pro Woche</translation>
        </message>
        <message numerus="yes">
            <source>%n week(s); this week {this} minutes; the most {most} minutes, week of {monday}</source>
            <translation>
                <numerusform>%n Woche; diese Woche {this} Minuten; am meisten {most} Minuten, Woche vom {monday}</numerusform>
                <numerusform>%n Wochen; diese Woche {this} Minuten; am meisten {most} Minuten, Woche vom {monday}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Backward minutes per week, last %n week(s)</source>
            <translation>
                <numerusform>Rückwärts-Minuten pro Woche, letzte %n Woche</numerusform>
                <numerusform>Rückwärts-Minuten pro Woche, letzte %n Wochen</numerusform>
            </translation>
        </message>
        <message>
            <source>No sessions in these weeks</source>
            <translation>Keine Einheiten in diesen Wochen</translation>
        </message>
        <message numerus="yes">
            <source>Week of {monday} ({label}): {minutes} backward minutes, %n session(s)</source>
            <translation>
                <numerusform>Woche vom {monday} ({label}): {minutes} Rückwärts-Minuten, %n Einheit</numerusform>
                <numerusform>Woche vom {monday} ({label}): {minutes} Rückwärts-Minuten, %n Einheiten</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>WorkoutActions</name>
        <message>
            <source>Workout files (*.json);;All files (*)</source>
            <translation>Trainingsdateien (*.json);;Alle Dateien (*)</translation>
        </message>
        <message>
            <source>Import a workout</source>
            <translation>Training importieren</translation>
        </message>
        <message>
            <source>Not imported</source>
            <translation>Nicht importiert</translation>
        </message>
        <message>
            <source>Export the workout</source>
            <translation>Training exportieren</translation>
        </message>
        <message>
            <source>Not exported</source>
            <translation>Nicht exportiert</translation>
        </message>
    </context>
    <context>
        <name>WorkoutChooser</name>
        <message>
            <source> rounds</source>
            <translation> Runden</translation>
        </message>
        <message>
            <source>Rounds</source>
            <translation>Runden</translation>
        </message>
        <message>
            <source> round</source>
            <translation> Runde</translation>
        </message>
        <message>
            <source>No workouts found: the installation looks incomplete.</source>
            <translation>Keine Trainings gefunden: Die Installation scheint unvollständig.</translation>
        </message>
        <message>
            <source>There is no workout '{id}'.</source>
            <translation>Es gibt kein Training „{id}“.</translation>
        </message>
        <message>
            <source>{name} (yours)</source>
            <translation>{name} (eigenes)</translation>
        </message>
    </context>
    <context>
        <name>WorkoutEditor</name>
        <message>
            <source>Default rounds</source>
            <translation>Standard-Runden</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Beschreibung</translation>
        </message>
        <message>
            <source>phase {number}</source>
            <translation>Phase {number}</translation>
        </message>
        <message>
            <source>duration</source>
            <translation>Dauer</translation>
        </message>
        <message>
            <source>name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>direction</source>
            <translation>Richtung</translation>
        </message>
        <message>
            <source>pace</source>
            <translation>Tempo</translation>
        </message>
        <message>
            <source>New workout</source>
            <translation>Neues Training</translation>
        </message>
        <message>
            <source>Duplicate workout</source>
            <translation>Training duplizieren</translation>
        </message>
        <message>
            <source>“{name}” is a built-in workout and cannot be changed. You are editing a copy that is saved with your own workouts.</source>
            <translation>„{name}“ ist ein mitgeliefertes Training und lässt sich nicht ändern. Du bearbeitest eine Kopie, die bei deinen eigenen Trainings gespeichert wird.</translation>
        </message>
        <message>
            <source> (copy)</source>
            <translation> (Kopie)</translation>
        </message>
        <message>
            <source>Edit workout – {name}</source>
            <translation>Training bearbeiten – {name}</translation>
        </message>
        <message>
            <source>For example: Intervals, week 3</source>
            <translation>Zum Beispiel: Intervalle, Woche 3</translation>
        </message>
        <message>
            <source>Total time</source>
            <translation>Gesamtzeit</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Name:</translation>
        </message>
        <message>
            <source>&amp;Description:</source>
            <translation>&amp;Beschreibung:</translation>
        </message>
        <message>
            <source>Default &amp;rounds:</source>
            <translation>Standard-&amp;Runden:</translation>
        </message>
        <message numerus="yes">
            <source>Total with %n round(s): {total}, {backward} backwards</source>
            <translation>
                <numerusform>Gesamt mit %n Runde: {total}, {backward} rückwärts</numerusform>
                <numerusform>Gesamt mit %n Runden: {total}, {backward} rückwärts</numerusform>
            </translation>
        </message>
        <message>
            <source>Close the editor and lose your changes?</source>
            <translation>Editor schließen und Änderungen verwerfen?</translation>
        </message>
        <message>
            <source>Discard changes?</source>
            <translation>Änderungen verwerfen?</translation>
        </message>
    </context>
    <context>
        <name>WorkoutError</name>
        <message>
            <source>{rule}, got {got}</source>
            <translation>{rule}, erhalten: {got}</translation>
        </message>
        <message>
            <source>{file}: {field}: {reason}</source>
            <translation>{file}: {field}: {reason}</translation>
        </message>
        <message>
            <source>{file}: {reason}</source>
            <translation>{file}: {reason}</translation>
        </message>
        <message>
            <source>{field}: {reason}</source>
            <translation>{field}: {reason}</translation>
        </message>
        <message>
            <source>must be a JSON object</source>
            <translation>muss ein JSON-Objekt sein</translation>
        </message>
        <message>
            <source>must be {version}</source>
            <translation>muss {version} sein</translation>
        </message>
        <message>
            <source>must be 1 to 40 characters of a-z, 0-9 and '-', starting with a letter or digit</source>
            <translation>muss aus 1 bis 40 Zeichen a-z, 0-9 und „-“ bestehen und mit Buchstabe oder Ziffer beginnen</translation>
        </message>
        <message>
            <source>must be text of at most {length} characters</source>
            <translation>muss Text mit höchstens {length} Zeichen sein</translation>
        </message>
        <message>
            <source>must have at least 1 phase</source>
            <translation>braucht mindestens 1 Phase</translation>
        </message>
        <message>
            <source>at most {most} phases in all</source>
            <translation>höchstens {most} Phasen insgesamt</translation>
        </message>
        <message>
            <source>unknown field (allowed: {fields})</source>
            <translation>unbekanntes Feld (erlaubt: {fields})</translation>
        </message>
        <message>
            <source>has the key '{key}' twice; keep one of them</source>
            <translation>hat den Schlüssel '{key}' doppelt; behalte einen davon</translation>
        </message>
        <message>
            <source>is not valid JSON (line {line}, column {column}: {reason})</source>
            <translation>ist kein gültiges JSON (Zeile {line}, Spalte {column}: {reason})</translation>
        </message>
        <message>
            <source>is nested too deeply to be a workout</source>
            <translation>ist zu tief verschachtelt für ein Training</translation>
        </message>
        <message>
            <source>is not valid JSON ({reason})</source>
            <translation>ist kein gültiges JSON ({reason})</translation>
        </message>
        <message>
            <source>must be text of 1 to {length} characters</source>
            <translation>muss Text mit 1 bis {length} Zeichen sein</translation>
        </message>
        <message>
            <source>must be one line (a line break is at character {position})</source>
            <translation>muss einzeilig sein (Zeilenumbruch bei Zeichen {position})</translation>
        </message>
        <message>
            <source>must not contain control characters (U+{code} at character {position}; an escape sequence, a tab or a line break)</source>
            <translation>darf keine Steuerzeichen enthalten (U+{code} bei Zeichen {position}; eine Escape-Sequenz, ein Tab oder ein Zeilenumbruch)</translation>
        </message>
        <message>
            <source>is not valid text (a lone surrogate U+{code} at character {position})</source>
            <translation>ist kein gültiger Text (ein einzelnes Surrogat U+{code} bei Zeichen {position})</translation>
        </message>
        <message>
            <source>must not contain a text direction override (U+{code} at character {position}: it can show the name reversed or hide part of it)</source>
            <translation>darf keine Schreibrichtungs-Umkehr enthalten (U+{code} bei Zeichen {position}: sie kann den Namen verdreht zeigen oder Teile verstecken)</translation>
        </message>
        <message>
            <source>must have a visible character (it has only spaces or zero-width characters)</source>
            <translation>braucht ein sichtbares Zeichen (nur Leerzeichen oder Zeichen ohne Breite)</translation>
        </message>
        <message>
            <source>must be a list of phases</source>
            <translation>muss eine Liste von Phasen sein</translation>
        </message>
        <message>
            <source>at most {most} phases</source>
            <translation>höchstens {most} Phasen</translation>
        </message>
        <message>
            <source>must be an object with name, direction, pace, seconds</source>
            <translation>muss ein Objekt mit name, direction, pace, seconds sein</translation>
        </message>
        <message>
            <source>unknown field (allowed: direction, name, pace, seconds)</source>
            <translation>unbekanntes Feld (erlaubt: direction, name, pace, seconds)</translation>
        </message>
        <message>
            <source>{rule}, got {got} (2 hours at most)</source>
            <translation>{rule}, erhalten: {got} (höchstens 2 Stunden)</translation>
        </message>
        <message>
            <source>must be one of {allowed}</source>
            <translation>muss eins von {allowed} sein</translation>
        </message>
        <message>
            <source>would be larger than {limit} KB; shorten it</source>
            <translation>wäre größer als {limit} KB; bitte kürzen</translation>
        </message>
        <message>
            <source>'{id}' is a built-in workout and cannot be changed; duplicate it and save it under a new id</source>
            <translation>„{id}“ ist ein mitgeliefertes Training und lässt sich nicht ändern; dupliziere es und speichere es unter einer neuen ID</translation>
        </message>
        <message>
            <source>cannot be read ({reason})</source>
            <translation>kann nicht gelesen werden ({reason})</translation>
        </message>
        <message>
            <source>is not a file</source>
            <translation>ist keine Datei</translation>
        </message>
        <message>
            <source>is larger than {limit} KB, the limit for a workout</source>
            <translation>ist größer als {limit} KB, die Grenze für ein Training</translation>
        </message>
        <message>
            <source>is not UTF-8 text</source>
            <translation>ist kein UTF-8-Text</translation>
        </message>
        <message>
            <source>'{name}' would last {length}, more than the {hours} hours a session may last; shorten its phases</source>
            <translation>„{name}“ würde {length} dauern, länger als die {hours} Stunden, die eine Einheit dauern darf; kürze die Phasen</translation>
        </message>
        <message>
            <source>'{name}' would last {length} with {rounds} rounds, more than the {hours} hours a session may last; use fewer rounds (at most {most}) or shorter phases</source>
            <translation>„{name}“ würde mit {rounds} Runden {length} dauern, länger als die {hours} Stunden, die eine Einheit dauern darf; wähle weniger Runden (höchstens {most}) oder kürzere Phasen</translation>
        </message>
    </context>
    <context>
        <name>WorkoutOps</name>
        <message>
            <source>Not imported:
{problems}</source>
            <translation>Nicht importiert:
{problems}</translation>
        </message>
        <message>
            <source>Imported '{name}'.</source>
            <translation>„{name}“ importiert.</translation>
        </message>
        <message>
            <source>Not exported:
{error}</source>
            <translation>Nicht exportiert:
{error}</translation>
        </message>
        <message>
            <source>Exported '{name}' to {path}.</source>
            <translation>„{name}“ nach {path} exportiert.</translation>
        </message>
        <message>
            <source>The workout was not saved: {error}</source>
            <translation>Das Training wurde nicht gespeichert: {error}</translation>
        </message>
    </context>
    <context>
        <name>desktop</name>
        <message>
            <source>Other sounds cannot be lowered while the coach speaks</source>
            <translation>Andere Töne können nicht leiser gestellt werden, während der Coach spricht</translation>
        </message>
        <message>
            <source>the sound server did not answer</source>
            <translation>der Soundserver hat nicht geantwortet</translation>
        </message>
        <message>
            <source>their volumes cannot be noted down first in {file} ({reason}), in case the app stops before giving them back</source>
            <translation>ihre Lautstärken können nicht vorher in {file} notiert werden ({reason}), für den Fall, dass die App endet, bevor sie sie zurückgibt</translation>
        </message>
        <message>
            <source>Music keeps its volume; turn it down by hand, or restart the app.</source>
            <translation>Musik behält ihre Lautstärke; stell sie von Hand leiser oder starte die App neu.</translation>
        </message>
        <message>
            <source>macOS lets no app set another app's volume</source>
            <translation>macOS lässt keine App die Lautstärke einer anderen App ändern</translation>
        </message>
        <message>
            <source>the Python package pulsectl is missing (pip install pulsectl)</source>
            <translation>das Python-Paket pulsectl fehlt (pip install pulsectl)</translation>
        </message>
        <message>
            <source>the Python package pycaw is missing (pip install pycaw)</source>
            <translation>das Python-Paket pycaw fehlt (pip install pycaw)</translation>
        </message>
        <message>
            <source>no PulseAudio or PipeWire sound server answers ({error})</source>
            <translation>kein PulseAudio- oder PipeWire-Soundserver antwortet ({error})</translation>
        </message>
        <message>
            <source>Windows audio sessions</source>
            <translation>Windows-Audiositzungen</translation>
        </message>
        <message>
            <source>through {server}</source>
            <translation>über {server}</translation>
        </message>
    </context>
    <context>
        <name>energy</name>
        <message>
            <source>Ainsworth BE et al. 2011 Compendium of Physical Activities: a second update of codes and MET values. Med Sci Sports Exerc 2011;43:1575 (codes 17170, 17152, 17320, 12020, 12030).</source>
            <translation>Ainsworth BE et al. 2011 Compendium of Physical Activities: a second update of codes and MET values. Med Sci Sports Exerc 2011;43:1575 (Codes 17170, 17152, 17320, 12020, 12030).</translation>
        </message>
        <message>
            <source>Wright S, Weyand PG. J Exp Biol 2001;204:1805 (backward running costs about 35% more than forward running at the same speed).</source>
            <translation>Wright S, Weyand PG. J Exp Biol 2001;204:1805 (Rückwärtslaufen kostet bei gleichem Tempo etwa 35 % mehr als Vorwärtslaufen).</translation>
        </message>
        <message>
            <source>Rasica et al. Eur J Appl Physiol 2020;120:2507 (about 35% more at the same speed).</source>
            <translation>Rasica et al. Eur J Appl Physiol 2020;120:2507 (etwa 35 % mehr bei gleichem Tempo).</translation>
        </message>
        <message>
            <source>Flynn TW et al. Med Sci Sports Exerc 1994;26:89 (backward walking and running cost more oxygen than forward at the same speed).</source>
            <translation>Flynn TW et al. Med Sci Sports Exerc 1994;26:89 (Rückwärtsgehen und -laufen kosten bei gleichem Tempo mehr Sauerstoff als vorwärts).</translation>
        </message>
        <message>
            <source>Chaloupka et al. J Orthop Sports Phys Ther 1997;25:302 and Hooper et al. J Orthop Sports Phys Ther 2004;34:65 (backward walking: higher heart rate and oxygen use).</source>
            <translation>Chaloupka et al. J Orthop Sports Phys Ther 1997;25:302 und Hooper et al. J Orthop Sports Phys Ther 2004;34:65 (Rückwärtsgehen: höherer Puls und Sauerstoffverbrauch).</translation>
        </message>
        <message>
            <source>Heath 2001 (4 weeks of backward walking lowered its oxygen cost: practice matters).</source>
            <translation>Heath 2001 (4 Wochen Rückwärtsgehen senkten den Sauerstoffbedarf: Übung zählt).</translation>
        </message>
        <message>
            <source>Sterzing T et al. Gait &amp; Posture 2016;46:135 (backward speed about 70% of forward).</source>
            <translation>Sterzing T et al. Gait &amp; Posture 2016;46:135 (rückwärts etwa 70 % des Vorwärtstempos).</translation>
        </message>
        <message>
            <source>The backward multipliers (walk x1.4, jog and run x1.3) are estimates derived from these studies, not published MET values. kcal = MET x kg x hours.</source>
            <translation>Die Rückwärts-Faktoren (Gehen x1,4, Joggen und Laufen x1,3) sind aus diesen Studien abgeleitete Schätzungen, keine veröffentlichten MET-Werte. kcal = MET x kg x Stunden.</translation>
        </message>
        <message>
            <source>about {kcal} kcal (estimate)</source>
            <translation>etwa {kcal} kcal (Schätzung)</translation>
        </message>
    </context>
    <context>
        <name>progression</name>
        <message>
            <source>once</source>
            <translation>einmal</translation>
        </message>
        <message>
            <source>twice</source>
            <translation>zweimal</translation>
        </message>
        <message>
            <source>Week 1: the start of the {weeks}-week plan.</source>
            <translation>Woche 1: der Anfang des {weeks}-Wochen-Plans.</translation>
        </message>
        <message>
            <source>First steps: walking backwards only, for day one.</source>
            <translation>Erste Schritte: nur rückwärts gehen, für den ersten Tag.</translation>
        </message>
        <message>
            <source>Week {back}, a step back: the last two sessions felt {effort}/10 or harder.</source>
            <translation>Woche {back}, ein Schritt zurück: Die letzten zwei Einheiten fühlten sich wie {effort}/10 oder schwerer an.</translation>
        </message>
        <message>
            <source>Week {week} again: the last session was stopped early.</source>
            <translation>Noch einmal Woche {week}: Die letzte Einheit wurde früh gestoppt.</translation>
        </message>
        <message>
            <source>Week {week} again: the last session was interrupted.</source>
            <translation>Noch einmal Woche {week}: Die letzte Einheit wurde unterbrochen.</translation>
        </message>
        <message>
            <source>Week {week} again: the last session was not completed.</source>
            <translation>Noch einmal Woche {week}: Die letzte Einheit wurde nicht geschafft.</translation>
        </message>
        <message>
            <source>Week {week} again: last time felt {effort}/10.</source>
            <translation>Noch einmal Woche {week}: Das letzte Mal fühlte sich wie {effort}/10 an.</translation>
        </message>
        <message>
            <source>Week {next}: week {week} completed and it felt {effort}/10.</source>
            <translation>Woche {next}: Woche {week} geschafft, und sie fühlte sich wie {effort}/10 an.</translation>
        </message>
        <message>
            <source>Week {week} again: completed {done}, {needed} before moving on.</source>
            <translation>Noch einmal Woche {week}: {done} geschafft, {needed} bis zur nächsten.</translation>
        </message>
        <message>
            <source>Week {week} again: the {week}-week plan is done. Keep repeating week {week}, or choose any workout.</source>
            <translation>Noch einmal Woche {week}: Der {week}-Wochen-Plan ist geschafft. Wiederhole Woche {week} oder wähle ein beliebiges Training.</translation>
        </message>
        <message>
            <source>Week {next}: week {week} completed {done}.</source>
            <translation>Woche {next}: Woche {week} {done} geschafft.</translation>
        </message>
        <message numerus="yes">
            <source>%n time(s)</source>
            <translation>
                <numerusform>%n-mal</numerusform>
                <numerusform>%n-mal</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ranges</name>
        <message>
            <source>must be a whole number of seconds from {low} to {high}</source>
            <translation>muss eine ganze Zahl von Sekunden von {low} bis {high} sein</translation>
        </message>
        <message>
            <source>must be a whole number from {low} to {high}</source>
            <translation>muss eine ganze Zahl von {low} bis {high} sein</translation>
        </message>
    </context>
    <context>
        <name>speech</name>
        <message>
            <source>flite is not installed (Debian/Ubuntu: sudo apt-get install flite)</source>
            <translation>flite ist nicht installiert (Debian/Ubuntu: sudo apt-get install flite)</translation>
        </message>
        <message>
            <source>Piper is not installed (pip install 'retrocoach[piper]' in retrocoach's Python)</source>
            <translation>Piper ist nicht installiert (pip install 'retrocoach[piper]' im Python von retrocoach)</translation>
        </message>
        <message>
            <source>pyttsx3 is not installed (pip install pyttsx3)</source>
            <translation>pyttsx3 ist nicht installiert (pip install pyttsx3)</translation>
        </message>
        <message>
            <source>espeak-ng is not installed (sudo apt-get install espeak-ng)</source>
            <translation>espeak-ng ist nicht installiert (sudo apt-get install espeak-ng)</translation>
        </message>
        <message>
            <source>there is no speech engine called {engine} (known: {known})</source>
            <translation>es gibt keine Sprachausgabe namens {engine} (bekannt: {known})</translation>
        </message>
        <message>
            <source>flite has no voice {voice} (it has {voices})</source>
            <translation>flite hat keine Stimme {voice} (es hat {voices})</translation>
        </message>
        <message>
            <source>{voice} speaks {spoken}, not {language}</source>
            <translation>{voice} spricht {spoken}, nicht {language}</translation>
        </message>
        <message>
            <source>{problem}; using {voice} instead</source>
            <translation>{problem}; stattdessen wird {voice} verwendet</translation>
        </message>
        <message>
            <source>{model} is not a Piper voice (a .onnx file with its .onnx.json)</source>
            <translation>{model} ist keine Piper-Stimme (eine .onnx-Datei mit ihrer .onnx.json)</translation>
        </message>
        <message>
            <source>the Piper voice {model} does not exist</source>
            <translation>die Piper-Stimme {model} gibt es nicht</translation>
        </message>
        <message>
            <source>the Piper voice {model} is {kind}, not a voice file</source>
            <translation>die Piper-Stimme {model} ist {kind}, keine Stimmdatei</translation>
        </message>
        <message>
            <source>the Piper voice {model} is damaged (not an ONNX model)</source>
            <translation>die Piper-Stimme {model} ist beschädigt (kein ONNX-Modell)</translation>
        </message>
        <message>
            <source>the Piper voice settings {config} cannot be read: {error}</source>
            <translation>die Einstellungen der Piper-Stimme {config} lassen sich nicht lesen: {error}</translation>
        </message>
        <message>
            <source>the Piper voice settings {config} cannot be read (not a readable JSON file)</source>
            <translation>die Einstellungen der Piper-Stimme {config} lassen sich nicht lesen (keine lesbare JSON-Datei)</translation>
        </message>
        <message>
            <source>the Piper voice {model} has no {config} beside it</source>
            <translation>neben der Piper-Stimme {model} fehlt {config}</translation>
        </message>
        <message>
            <source>the Piper voice settings {config} are not a Piper voice's</source>
            <translation>die Einstellungen {config} gehören nicht zu einer Piper-Stimme</translation>
        </message>
        <message>
            <source>the speech engine timed out and was restarted</source>
            <translation>die Sprachausgabe reagierte nicht und wurde neu gestartet</translation>
        </message>
        <message>
            <source>install espeak-ng: sudo apt-get install espeak-ng</source>
            <translation>espeak-ng installieren: sudo apt-get install espeak-ng</translation>
        </message>
        <message>
            <source>install a Windows voice (Settings &gt; Time &amp; language &gt; Speech &gt; Add voices) and reinstall retrocoach so pywin32 is present</source>
            <translation>eine Windows-Stimme installieren (Einstellungen &gt; Zeit und Sprache &gt; Sprache &gt; Stimmen hinzufügen) und retrocoach neu installieren, damit pywin32 vorhanden ist</translation>
        </message>
        <message>
            <source>reinstall retrocoach so pyobjc is present (pip install pyobjc)</source>
            <translation>retrocoach neu installieren, damit pyobjc vorhanden ist (pip install pyobjc)</translation>
        </message>
        <message>
            <source>install espeak-ng (or espeak) with your package manager</source>
            <translation>espeak-ng (oder espeak) mit der Paketverwaltung installieren</translation>
        </message>
        <message>
            <source>install pyttsx3 for the Python that runs retrocoach: {python} -m pip install pyttsx3 (in a source checkout, `make run` sets up .venv with everything)</source>
            <translation>pyttsx3 für das Python installieren, das retrocoach ausführt: {python} -m pip install pyttsx3 (im Quellcode richtet `make run` eine .venv mit allem ein)</translation>
        </message>
        <message>
            <source>reinstall pyttsx3 and what it needs: {python} -m pip install --force-reinstall pyttsx3 (in a source checkout: `make run`)</source>
            <translation>pyttsx3 und seine Abhängigkeiten neu installieren: {python} -m pip install --force-reinstall pyttsx3 (im Quellcode: `make run`)</translation>
        </message>
        <message>
            <source>install flite: sudo apt-get install flite</source>
            <translation>flite installieren: sudo apt-get install flite</translation>
        </message>
        <message>
            <source>install Piper for the Python that runs retrocoach: {python} -m pip install 'retrocoach[piper]'</source>
            <translation>Piper für das Python installieren, das retrocoach ausführt: {python} -m pip install 'retrocoach[piper]'</translation>
        </message>
        <message>
            <source>choose another voice in Settings</source>
            <translation>in den Einstellungen eine andere Stimme wählen</translation>
        </message>
        <message>
            <source>start the sound server (`pulseaudio --start`, or PipeWire's pipewire-pulse) and check that a sound card or headphones are connected</source>
            <translation>den Soundserver starten (`pulseaudio --start` oder pipewire-pulse von PipeWire) und prüfen, ob Soundkarte oder Kopfhörer angeschlossen sind</translation>
        </message>
        <message>
            <source>connect speakers or headphones and check the system's sound settings</source>
            <translation>Lautsprecher oder Kopfhörer anschließen und die Toneinstellungen des Systems prüfen</translation>
        </message>
        <message>
            <source>choose an installed voice in the app's settings (Ctrl+,), or remove "voice" from settings.json to use the default; `retrocoach voices` lists the installed voices</source>
            <translation>in den Einstellungen der App (Strg+,) eine installierte Stimme wählen oder "voice" aus settings.json entfernen, um die Standardstimme zu nutzen; `retrocoach voices` listet die installierten Stimmen</translation>
        </message>
        <message>
            <source>No audio output device: cues are shown as captions only</source>
            <translation>Kein Audioausgang: Ansagen erscheinen nur als Untertitel</translation>
        </message>
        <message>
            <source>To hear them, connect speakers or headphones, or start the sound server (PulseAudio/PipeWire: `pulseaudio --start`).</source>
            <translation>Um sie zu hören, Lautsprecher oder Kopfhörer anschließen oder den Soundserver starten (PulseAudio/PipeWire: `pulseaudio --start`).</translation>
        </message>
        <message>
            <source>Audio output found: cues are spoken again.</source>
            <translation>Audioausgang gefunden: Ansagen sind wieder zu hören.</translation>
        </message>
        <message>
            <source>nothing to join</source>
            <translation>nichts zum Zusammenfügen</translation>
        </message>
        <message>
            <source>cannot join WAVs of different formats ({first}, {other})</source>
            <translation>WAV-Dateien verschiedener Formate lassen sich nicht zusammenfügen ({first}, {other})</translation>
        </message>
        <message>
            <source>nothing to say (empty text)</source>
            <translation>nichts zu sagen (leerer Text)</translation>
        </message>
        <message>
            <source>{path} is not a playable WAV file</source>
            <translation>{path} ist keine abspielbare WAV-Datei</translation>
        </message>
        <message>
            <source>the speech could not be played ({error})</source>
            <translation>die Sprachausgabe konnte nicht abgespielt werden ({error})</translation>
        </message>
        <message>
            <source>the speech is not a playable sound</source>
            <translation>die Sprachausgabe ist kein abspielbarer Ton</translation>
        </message>
        <message>
            <source>no audio output device</source>
            <translation>kein Audioausgang</translation>
        </message>
        <message>
            <source>the sound did not finish within {seconds} s</source>
            <translation>der Ton endete nicht innerhalb von {seconds} s</translation>
        </message>
        <message>
            <source>the probe wrote no audio</source>
            <translation>der Test hat keinen Ton geschrieben</translation>
        </message>
        <message>
            <source>cannot start the speech worker: {error}</source>
            <translation>der Sprachprozess startet nicht: {error}</translation>
        </message>
        <message>
            <source>the speech engine {engine} did not start: {error}</source>
            <translation>die Sprachausgabe {engine} ist nicht gestartet: {error}</translation>
        </message>
        <message>
            <source>the speech engine {engine} cannot start ({error})</source>
            <translation>die Sprachausgabe {engine} kann nicht starten ({error})</translation>
        </message>
        <message>
            <source>{error}</source>
            <translation>{error}</translation>
        </message>
        <message>
            <source>choose an installed voice</source>
            <translation>eine installierte Stimme wählen</translation>
        </message>
        <message>
            <source>the speech engine failed: {error}</source>
            <translation>die Sprachausgabe ist fehlgeschlagen: {error}</translation>
        </message>
        <message>
            <source>the speech engine wrote an empty or invalid file</source>
            <translation>die Sprachausgabe hat eine leere oder ungültige Datei geschrieben</translation>
        </message>
        <message>
            <source>cannot list voices: {error}</source>
            <translation>Stimmen lassen sich nicht auflisten: {error}</translation>
        </message>
        <message>
            <source>the speech worker died ({words})</source>
            <translation>der Sprachprozess ist abgestürzt ({words})</translation>
        </message>
        <message>
            <source>the speech worker said {line}</source>
            <translation>der Sprachprozess meldete {line}</translation>
        </message>
        <message>
            <source>Qt did not start within {seconds} s</source>
            <translation>Qt ist nicht innerhalb von {seconds} s gestartet</translation>
        </message>
        <message>
            <source>{reason}</source>
            <translation>{reason}</translation>
        </message>
        <message>
            <source>no display: run it in a desktop session (DISPLAY or WAYLAND_DISPLAY is unset), or set QT_QPA_PLATFORM=offscreen for a headless check</source>
            <translation>keine Anzeige: in einer Desktop-Sitzung starten (DISPLAY oder WAYLAND_DISPLAY fehlt) oder für einen Test ohne Bildschirm QT_QPA_PLATFORM=offscreen setzen</translation>
        </message>
        <message>
            <source>sudo apt-get install {packages} (QT_DEBUG_PLUGINS=1 shows which library is missing)</source>
            <translation>sudo apt-get install {packages} (QT_DEBUG_PLUGINS=1 zeigt, welche Bibliothek fehlt)</translation>
        </message>
        <message>
            <source>reinstall retrocoach (pip install --force-reinstall PySide6-Essentials)</source>
            <translation>retrocoach neu installieren (pip install --force-reinstall PySide6-Essentials)</translation>
        </message>
        <message>
            <source>reinstall Qt ({python} -m pip install --force-reinstall PySide6-Essentials), then {audio_fix}</source>
            <translation>Qt neu installieren ({python} -m pip install --force-reinstall PySide6-Essentials), dann {audio_fix}</translation>
        </message>
        <message>
            <source>The voice cache {folder} cannot hold the cues ({error})</source>
            <translation>Der Stimmen-Cache {folder} kann die Ansagen nicht aufnehmen ({error})</translation>
        </message>
        <message>
            <source>This run's cues are rendered into {scratch} instead (not kept).</source>
            <translation>Die Ansagen dieser Einheit werden stattdessen in {scratch} erzeugt (nicht behalten).</translation>
        </message>
        <message>
            <source>Free some space in {folder}, or make it writable.</source>
            <translation>Gib Speicherplatz in {folder} frei oder mach den Ordner beschreibbar.</translation>
        </message>
        <message>
            <source>No voice: {reason}</source>
            <translation>Keine Stimme: {reason}</translation>
        </message>
        <message>
            <source>Cues are shown as captions.</source>
            <translation>Ansagen erscheinen als Untertitel.</translation>
        </message>
        <message>
            <source>To get voice, {fix}.</source>
            <translation>Für die Stimme: {fix}.</translation>
        </message>
        <message>
            <source>The safety check “{cue}” cannot be spoken: {error}</source>
            <translation>Der Sicherheitshinweis „{cue}“ kann nicht gesprochen werden: {error}</translation>
        </message>
        <message>
            <source>Look behind you yourself before you start.</source>
            <translation>Schau vor dem Start selbst hinter dich.</translation>
        </message>
        <message numerus="yes">
            <source>%n cue(s) cannot be spoken ({error})</source>
            <translation>
                <numerusform>%n Ansage kann nicht gesprochen werden ({error})</numerusform>
                <numerusform>%n Ansagen können nicht gesprochen werden ({error})</numerusform>
            </translation>
        </message>
        <message>
            <source>They are shown as captions.</source>
            <translation>Sie werden als Untertitel angezeigt.</translation>
        </message>
        <message>
            <source>renderer error: {error}</source>
            <translation>Fehler beim Erzeugen: {error}</translation>
        </message>
        <message>
            <source>the speech engine hung {count} times in a row</source>
            <translation>die Sprachausgabe hing {count}-mal hintereinander</translation>
        </message>
        <message>
            <source>the cue cannot be written: {error}</source>
            <translation>die Ansage kann nicht geschrieben werden: {error}</translation>
        </message>
        <message>
            <source>{engine}: {problem}</source>
            <translation>{engine}: {problem}</translation>
        </message>
    </context>
    <context>
        <name>storage</name>
        <message>
            <source>The {what} defaults are used.</source>
            <translation>Es gelten die Standardwerte für {what}.</translation>
        </message>
        <message>
            <source>The {what} file {path} is damaged ({reason}); defaults are used. The app keeps a copy of it and starts afresh the next time it opens.</source>
            <translation>Die Datei {path} ({what}) ist beschädigt ({reason}); es gelten die Standardwerte. Die App behält eine Kopie und beginnt beim nächsten Öffnen neu.</translation>
        </message>
        <message>
            <source>The {what} file {path} is damaged ({reason}) and could not be moved aside ({error}). It is left as it is; defaults are used.</source>
            <translation>Die Datei {path} ({what}) ist beschädigt ({reason}) und ließ sich nicht beiseitelegen ({error}). Sie bleibt, wie sie ist; es gelten die Standardwerte.</translation>
        </message>
        <message>
            <source>The {what} file {path} was damaged ({reason}). It was kept as {backup} and defaults are used.</source>
            <translation>Die Datei {path} ({what}) war beschädigt ({reason}). Sie wurde als {backup} aufbewahrt; es gelten die Standardwerte.</translation>
        </message>
        <message>
            <source>permission denied: the folder is read-only or belongs to another user</source>
            <translation>Zugriff verweigert: Der Ordner ist schreibgeschützt oder gehört jemand anderem</translation>
        </message>
        <message>
            <source>the operation is not permitted: the file or folder is protected</source>
            <translation>Vorgang nicht erlaubt: Datei oder Ordner ist geschützt</translation>
        </message>
        <message>
            <source>the disk is read-only</source>
            <translation>der Datenträger ist schreibgeschützt</translation>
        </message>
        <message>
            <source>the disk is full: free some space</source>
            <translation>der Datenträger ist voll: bitte Platz schaffen</translation>
        </message>
        <message>
            <source>a part of the path is a file, not a folder</source>
            <translation>ein Teil des Pfads ist eine Datei, kein Ordner</translation>
        </message>
        <message>
            <source>it is a folder, not a file</source>
            <translation>es ist ein Ordner, keine Datei</translation>
        </message>
        <message>
            <source>a file is in the way of one of its folders</source>
            <translation>eine Datei steht einem seiner Ordner im Weg</translation>
        </message>
        <message>
            <source>the disk quota is exceeded: free some space</source>
            <translation>das Speicherkontingent ist überschritten: bitte Platz schaffen</translation>
        </message>
        <message>
            <source>Cannot save {path}: {reason}.</source>
            <translation>{path} kann nicht gespeichert werden: {reason}.</translation>
        </message>
        <message>
            <source>Cannot read {path}: {reason}.</source>
            <translation>{path} kann nicht gelesen werden: {reason}.</translation>
        </message>
        <message>
            <source>Cannot copy {path}: {reason}.</source>
            <translation>{path} kann nicht kopiert werden: {reason}.</translation>
        </message>
        <message>
            <source>Cannot delete {path}: {reason}.</source>
            <translation>{path} kann nicht gelöscht werden: {reason}.</translation>
        </message>
        <message>
            <source>Cannot remove {path}: {reason}.</source>
            <translation>{path} kann nicht entfernt werden: {reason}.</translation>
        </message>
        <message>
            <source>Cannot repair {path}: {reason}.</source>
            <translation>{path} kann nicht repariert werden: {reason}.</translation>
        </message>
        <message>
            <source>Cannot move aside {path}: {reason}.</source>
            <translation>{path} kann nicht beiseitegelegt werden: {reason}.</translation>
        </message>
        <message>
            <source>Cannot move aside the end of {path}: {reason}.</source>
            <translation>Das Ende von {path} kann nicht beiseitegelegt werden: {reason}.</translation>
        </message>
        <message>
            <source>Cannot write to {path}: {reason}.</source>
            <translation>In {path} kann nicht geschrieben werden: {reason}.</translation>
        </message>
        <message numerus="yes">
            <source>%n session(s) kept in memory: they will be saved when the disk can be written.</source>
            <translation>
                <numerusform>%n Einheit im Speicher behalten: Sie wird gespeichert, sobald der Datenträger beschreibbar ist.</numerusform>
                <numerusform>%n Einheiten im Speicher behalten: Sie werden gespeichert, sobald der Datenträger beschreibbar ist.</numerusform>
            </translation>
        </message>
        <message>
            <source>The history is not shown.</source>
            <translation>Der Verlauf wird nicht angezeigt.</translation>
        </message>
        <message numerus="yes">
            <source>%n session(s) are not saved to {path} yet; they are kept in memory and saved when the disk can be written.</source>
            <translation>
                <numerusform>%n Einheit ist noch nicht in {path} gespeichert; sie bleibt im Speicher und wird gespeichert, sobald der Datenträger beschreibbar ist.</numerusform>
                <numerusform>%n Einheiten sind noch nicht in {path} gespeichert; sie bleiben im Speicher und werden gespeichert, sobald der Datenträger beschreibbar ist.</numerusform>
            </translation>
        </message>
        <message>
            <source>The history {path} ends with a line that was cut short (a crash or a full disk), and it could not be moved aside: {error} It is skipped.</source>
            <translation>Der Verlauf {path} endet mit einer abgeschnittenen Zeile (ein Absturz oder ein voller Datenträger), und sie ließ sich nicht beiseitelegen: {error} Sie wird übersprungen.</translation>
        </message>
        <message>
            <source>The last line of the history {path} was cut short ({size} bytes; a crash or a full disk stopped a write). It was moved to {backup}; every session before it is kept.</source>
            <translation>Die letzte Zeile des Verlaufs {path} war abgeschnitten ({size} Bytes; ein Absturz oder ein voller Datenträger hat das Schreiben beendet). Sie wurde nach {backup} verschoben; jede Einheit davor bleibt erhalten.</translation>
        </message>
        <message>
            <source>{lines}; and {more} more</source>
            <translation>{lines}; und {more} weitere</translation>
        </message>
        <message numerus="yes">
            <source>%n line(s) of the history {path} could not be read and are skipped ({lines}). The file is not changed</source>
            <translation>
                <numerusform>%n Zeile des Verlaufs {path} ist nicht lesbar und wird übersprungen ({lines}). Die Datei bleibt unverändert</numerusform>
                <numerusform>%n Zeilen des Verlaufs {path} sind nicht lesbar und werden übersprungen ({lines}). Die Datei bleibt unverändert</numerusform>
            </translation>
        </message>
        <message>
            <source>{skipped}; it is too large to keep a copy of ({size} MB, over {limit} MB): move it aside yourself if you want to keep those lines.</source>
            <translation>{skipped}; sie ist zu groß für eine Kopie ({size} MB, über {limit} MB): Verschieb sie selbst, wenn du diese Zeilen behalten willst.</translation>
        </message>
        <message>
            <source>{skipped}; a copy could not be kept ({error}).</source>
            <translation>{skipped}; eine Kopie ließ sich nicht aufbewahren ({error}).</translation>
        </message>
        <message>
            <source>{skipped}; a copy is kept as {backup}.</source>
            <translation>{skipped}; eine Kopie liegt unter {backup}.</translation>
        </message>
        <message>
            <source>The running session is kept in memory.</source>
            <translation>Die laufende Einheit bleibt im Speicher.</translation>
        </message>
        <message>
            <source>The journal of an unfinished session could not be read: {error}</source>
            <translation>Das Protokoll einer unfertigen Einheit ist nicht lesbar: {error}</translation>
        </message>
        <message>
            <source>The journal of an unfinished session {path} is damaged ({reason}) and could not be moved aside: {error}</source>
            <translation>Das Protokoll einer unfertigen Einheit {path} ist beschädigt ({reason}) und ließ sich nicht beiseitelegen: {error}</translation>
        </message>
        <message>
            <source>The journal of an unfinished session was damaged ({reason}); it was kept as {backup} and no record was made from it.</source>
            <translation>Das Protokoll einer unfertigen Einheit war beschädigt ({reason}); es liegt unter {backup}, daraus wurde kein Eintrag erstellt.</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Einstellungen</translation>
        </message>
        <message>
            <source>Workouts and history</source>
            <translation>Trainings und Verlauf</translation>
        </message>
        <message>
            <source>Voice cache</source>
            <translation>Stimmen-Zwischenspeicher</translation>
        </message>
        <message>
            <source>Logs</source>
            <translation>Protokolle</translation>
        </message>
        <message>
            <source>{folder}: no part of this path exists</source>
            <translation>{folder}: kein Teil dieses Pfads existiert</translation>
        </message>
        <message>
            <source>{folder}: {probe} is {what}, not a folder; move it away</source>
            <translation>{folder}: {probe} ist {what}, kein Ordner; bitte wegräumen</translation>
        </message>
        <message>
            <source>{folder}: {probe} is on a file system mounted read-only</source>
            <translation>{folder}: {probe} liegt auf einem schreibgeschützt eingehängten Dateisystem</translation>
        </message>
        <message>
            <source>{folder}: {probe} is read-only for you</source>
            <translation>{folder}: {probe} ist für dich schreibgeschützt</translation>
        </message>
        <message>
            <source>{folder}: the disk holding {probe} is full ({free} KB free), so files cannot be saved there</source>
            <translation>{folder}: Der Datenträger mit {probe} ist voll ({free} KB frei), daher können dort keine Dateien gespeichert werden</translation>
        </message>
        <message>
            <source>a symbolic link to nothing</source>
            <translation>eine Verknüpfung ins Leere</translation>
        </message>
        <message>
            <source>something that cannot be looked at ({reason})</source>
            <translation>etwas, das sich nicht ansehen lässt ({reason})</translation>
        </message>
        <message>
            <source>a file</source>
            <translation>eine Datei</translation>
        </message>
        <message>
            <source>a FIFO (named pipe)</source>
            <translation>ein FIFO (benannte Pipe)</translation>
        </message>
        <message>
            <source>a character device</source>
            <translation>ein Zeichengerät</translation>
        </message>
        <message>
            <source>a block device</source>
            <translation>ein Blockgerät</translation>
        </message>
        <message>
            <source>a socket</source>
            <translation>ein Socket</translation>
        </message>
        <message>
            <source>a folder</source>
            <translation>ein Ordner</translation>
        </message>
        <message>
            <source>a special file</source>
            <translation>eine Spezialdatei</translation>
        </message>
        <message>
            <source>{path} cannot be looked at ({reason})</source>
            <translation>{path} lässt sich nicht prüfen ({reason})</translation>
        </message>
        <message>
            <source>{path} is {what}, not a regular file</source>
            <translation>{path} ist {what}, keine normale Datei</translation>
        </message>
        <message>
            <source>a symbolic link</source>
            <translation>eine symbolische Verknüpfung</translation>
        </message>
        <message>
            <source>a device</source>
            <translation>ein Gerät</translation>
        </message>
        <message>
            <source>a named pipe (FIFO)</source>
            <translation>eine benannte Pipe (FIFO)</translation>
        </message>
        <message>
            <source>{path} is a folder: give a file name, for example {example}.</source>
            <translation>{path} ist ein Ordner: Gib einen Dateinamen an, zum Beispiel {example}.</translation>
        </message>
        <message>
            <source>{path} is a folder: give a file name.</source>
            <translation>{path} ist ein Ordner: Gib einen Dateinamen an.</translation>
        </message>
        <message>
            <source>{path} is {kind}, not a regular file: it is never written to; give another file name.</source>
            <translation>{path} ist {kind}, keine normale Datei: Dort wird nie geschrieben; gib einen anderen Dateinamen an.</translation>
        </message>
        <message>
            <source>Cannot save {path}: the folder {folder} does not exist.</source>
            <translation>{path} kann nicht gespeichert werden: Den Ordner {folder} gibt es nicht.</translation>
        </message>
        <message>
            <source>{path} already exists.</source>
            <translation>{path} gibt es schon.</translation>
        </message>
        <message>
            <source>{path} is in retrocoach's own workouts folder; to add a workout there, import it (retrocoach import FILE, or Import in the app).</source>
            <translation>{path} liegt im Trainingsordner von retrocoach; um dort ein Training hinzuzufügen, importiere es (retrocoach import DATEI oder „Importieren“ in der App).</translation>
        </message>
        <message>
            <source>{path} is in retrocoach's own folder ({label}: {own}); choose another folder.</source>
            <translation>{path} liegt in einem Ordner von retrocoach ({label}: {own}); wähle einen anderen Ordner.</translation>
        </message>
        <message>
            <source>{what} goes to {folder} for this run instead (not kept).</source>
            <translation>{what} kommt für diesen Lauf nach {folder} (wird nicht aufbewahrt).</translation>
        </message>
        <message>
            <source>{key}: {rule}</source>
            <translation>{key}: {rule}</translation>
        </message>
        <message>
            <source>{key}: {rule}, got {got}</source>
            <translation>{key}: {rule}, erhalten: {got}</translation>
        </message>
        <message>
            <source>must be a number from {low} to {high}</source>
            <translation>muss eine Zahl von {low} bis {high} sein</translation>
        </message>
        <message>
            <source>must be text of 1 to {length} characters</source>
            <translation>muss Text mit 1 bis {length} Zeichen sein</translation>
        </message>
        <message>
            <source>must be true or false</source>
            <translation>muss true oder false sein</translation>
        </message>
        <message>
            <source>must be one of {allowed}</source>
            <translation>muss eins von {allowed} sein</translation>
        </message>
        <message>
            <source>{rule}, or null</source>
            <translation>{rule}, oder null</translation>
        </message>
        <message>
            <source>must be one of {allowed}, or "" for the system's language</source>
            <translation>muss eins von {allowed} sein, oder "" für die Systemsprache</translation>
        </message>
        <message>
            <source>unknown setting</source>
            <translation>unbekannte Einstellung</translation>
        </message>
        <message>
            <source>{source}: {error}; the default ({default}) is used.</source>
            <translation>{source}: {error}; der Standardwert ({default}) gilt.</translation>
        </message>
        <message>
            <source>none</source>
            <translation>keiner</translation>
        </message>
        <message>
            <source>settings</source>
            <translation>Einstellungen</translation>
        </message>
        <message>
            <source>A copy of {path} could not be kept ({error}); it will not be changed.</source>
            <translation>Eine Kopie von {path} ließ sich nicht aufbewahren ({error}); die Datei wird nicht geändert.</translation>
        </message>
        <message>
            <source>Settings not saved, so that the damaged {path} is not overwritten: {error}</source>
            <translation>Einstellungen nicht gespeichert, damit die beschädigte {path} nicht überschrieben wird: {error}</translation>
        </message>
        <message>
            <source>{source}: retrocoach does not know the setting '{key}' (a typo?); it is kept in the file but not used.</source>
            <translation>{source}: retrocoach kennt die Einstellung „{key}“ nicht (ein Tippfehler?); sie bleibt in der Datei, wird aber nicht verwendet.</translation>
        </message>
        <message>
            <source>The file as it was is kept as {backup}.</source>
            <translation>Die Datei, wie sie war, liegt unter {backup}.</translation>
        </message>
        <message>
            <source>{path}: cannot be read ({reason}); your tips were not loaded</source>
            <translation>{path}: nicht lesbar ({reason}); deine Tipps wurden nicht geladen</translation>
        </message>
        <message>
            <source>{path}: {reason}; your tips were not loaded</source>
            <translation>{path}: {reason}; deine Tipps wurden nicht geladen</translation>
        </message>
        <message>
            <source>{folder} is {what} where your workouts folder should be, so your own workouts cannot be loaded or saved; move it away (the folder is made again on the next save)</source>
            <translation>{folder} ist {what}, wo dein Trainingsordner sein sollte; eigene Trainings lassen sich daher weder laden noch speichern. Bitte wegräumen (der Ordner wird beim nächsten Speichern neu angelegt)</translation>
        </message>
        <message>
            <source>{path}: id: '{id}' is already used by a built-in workout; skipped</source>
            <translation>{path}: id: „{id}“ gehört schon einem mitgelieferten Training; übersprungen</translation>
        </message>
        <message>
            <source>{path}: id: '{id}' is already used by another file; skipped</source>
            <translation>{path}: id: „{id}“ wird schon von einer anderen Datei verwendet; übersprungen</translation>
        </message>
        <message>
            <source>Another retrocoach is still writing in this folder (it holds {path}); try again when it is done.</source>
            <translation>Ein anderes retrocoach schreibt noch in diesen Ordner (es hält {path}); versuch es noch einmal, wenn es fertig ist.</translation>
        </message>
        <message>
            <source>The log file {path} cannot be written ({reason}); retrocoach goes on and logs to the terminal only.</source>
            <translation>Die Protokolldatei {path} kann nicht geschrieben werden ({reason}); retrocoach läuft weiter und protokolliert nur im Terminal.</translation>
        </message>
        <message>
            <source>{path} was edited while retrocoach was open and cannot be read any more; the edited file is kept as {backup} and retrocoach's settings are saved.</source>
            <translation>{path} wurde bearbeitet, während retrocoach offen war, und lässt sich nicht mehr lesen; die bearbeitete Datei bleibt als {backup} erhalten, und die Einstellungen von retrocoach werden gespeichert.</translation>
        </message>
        <message>
            <source>{path} was edited while retrocoach was open; the edits are kept.</source>
            <translation>{path} wurde bearbeitet, während retrocoach offen war; die Änderungen bleiben erhalten.</translation>
        </message>
        <message>
            <source>{path} was edited while retrocoach was open. Kept from the edit: all but {keys} (changed in retrocoach too, or not a value retrocoach can use); the edited file is kept as {backup}.</source>
            <translation>{path} wurde bearbeitet, während retrocoach offen war. Aus der Bearbeitung übernommen: alles außer {keys} (auch in retrocoach geändert oder kein Wert, den retrocoach verwenden kann); die bearbeitete Datei bleibt als {backup} erhalten.</translation>
        </message>
    </context>
    <context>
        <name>taper</name>
        <message>
            <source>Auto: session {session} with backward work, so plenty of tips while it is new (chatty up to session {until}).</source>
            <translation>Automatisch: Einheit {session} mit Rückwärtsanteil, also viele Tipps, solange es neu ist (gesprächig bis Einheit {until}).</translation>
        </message>
        <message>
            <source>Auto: session {session}, {minutes} backward minutes so far: a tip about every 45 s (normal up to session {until}).</source>
            <translation>Automatisch: Einheit {session}, bisher {minutes} Minuten rückwärts: etwa alle 45 s ein Tipp (normal bis Einheit {until}).</translation>
        </message>
        <message>
            <source>Auto: session {session}, {minutes} backward minutes so far: you know the technique, so at most {limit} technique tips in the session.</source>
            <translation>Automatisch: Einheit {session}, bisher {minutes} Minuten rückwärts: Du kennst die Technik, also höchstens {limit} Techniktipps pro Einheit.</translation>
        </message>
    </context>
    <context>
        <name>tips</name>
        <message>
            <source>missing (a list of tips is required)</source>
            <translation>fehlt (eine Liste von Tipps ist nötig)</translation>
        </message>
        <message>
            <source>no tip has the id {id}</source>
            <translation>kein Tipp hat die ID {id}</translation>
        </message>
        <message>
            <source>has the key '{key}' twice; keep one of them</source>
            <translation>hat den Schlüssel '{key}' doppelt; behalte einen davon</translation>
        </message>
        <message>
            <source>is not valid JSON (line {line}, column {column}: {reason})</source>
            <translation>ist kein gültiges JSON (Zeile {line}, Spalte {column}: {reason})</translation>
        </message>
        <message>
            <source>is nested too deeply to be a tips file</source>
            <translation>ist zu tief verschachtelt für eine Tipp-Datei</translation>
        </message>
        <message>
            <source>{where}{reason}</source>
            <translation>{where}{reason}</translation>
        </message>
        <message>
            <source>must be a JSON object</source>
            <translation>muss ein JSON-Objekt sein</translation>
        </message>
        <message>
            <source>must be {version}, got {got}</source>
            <translation>muss {version} sein, erhalten: {got}</translation>
        </message>
        <message>
            <source>unknown field (allowed: {fields})</source>
            <translation>unbekanntes Feld (erlaubt: {fields})</translation>
        </message>
        <message>
            <source>must be a list of tips</source>
            <translation>muss eine Liste von Tipps sein</translation>
        </message>
        <message>
            <source>id: used by an earlier tip in this file; this one is skipped</source>
            <translation>id: schon von einem früheren Tipp dieser Datei verwendet; dieser wird übersprungen</translation>
        </message>
        <message>
            <source>{field}: {problem}</source>
            <translation>{field}: {problem}</translation>
        </message>
        <message>
            <source>must be an object with {fields}</source>
            <translation>muss ein Objekt mit {fields} sein</translation>
        </message>
        <message>
            <source>id: must be 1 to 40 characters of a-z, 0-9 and '-', starting with a letter or digit, got {got}</source>
            <translation>id: muss aus 1 bis 40 Zeichen a-z, 0-9 und „-“ bestehen und mit Buchstabe oder Ziffer beginnen, erhalten: {got}</translation>
        </message>
        <message>
            <source>must be non-empty text, got {got}</source>
            <translation>muss nicht leerer Text sein, erhalten: {got}</translation>
        </message>
        <message>
            <source>must be 1 to {most} spoken words (a tip is heard mid-stride), got {got}</source>
            <translation>muss 1 bis {most} gesprochene Wörter haben (ein Tipp kommt mitten im Schritt), erhalten: {got}</translation>
        </message>
        <message>
            <source>must be at most {most} characters</source>
            <translation>darf höchstens {most} Zeichen haben</translation>
        </message>
        <message>
            <source>must name what the tip rests on (the seed, a study or a page) in 1 to {most} characters, got {got}</source>
            <translation>muss nennen, worauf der Tipp beruht (die Vorlage, eine Studie oder eine Seite), in 1 bis {most} Zeichen, erhalten: {got}</translation>
        </message>
        <message>
            <source>must be a non-empty list from: {allowed}</source>
            <translation>muss eine nicht leere Liste sein aus: {allowed}</translation>
        </message>
        <message>
            <source>{item} is not one of: {allowed}</source>
            <translation>{item} ist nicht eins von: {allowed}</translation>
        </message>
        <message>
            <source>must be a list of tip ids</source>
            <translation>muss eine Liste von Tipp-IDs sein</translation>
        </message>
        <message>
            <source>must be a tip id, got {got}</source>
            <translation>muss eine Tipp-ID sein, erhalten: {got}</translation>
        </message>
    </context>
</TS>
