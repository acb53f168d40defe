<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>App</name>
        <message>
            <source>Something went wrong{where}: {kind}: {error} (details in the log; the session keeps running)</source>
            <translation>Something went wrong{where}: {kind}: {error} (details in the log; the session keeps running)</translation>
        </message>
        <message>
            <source>There is no workout '{id}': showing '{shown}' instead.</source>
            <translation>There is no workout '{id}': showing '{shown}' instead.</translation>
        </message>
        <message>
            <source>There is no catalogue for the language '{language}': the window is in English.</source>
            <translation>There is no catalogue for the language '{language}': the window is in English.</translation>
        </message>
        <message>
            <source>Languages: {languages}.</source>
            <translation>Languages: {languages}.</translation>
        </message>
    </context>
    <context>
        <name>AppController</name>
        <message>
            <source>retrocoach is already open: here it is.</source>
            <translation>retrocoach is already open: here it is.</translation>
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
            <translation>Start again</translation>
        </message>
        <message>
            <source>Pause</source>
            <translation>Pause</translation>
        </message>
        <message>
            <source>Resume</source>
            <translation>Resume</translation>
        </message>
        <message>
            <source>Skip briefing</source>
            <translation>Skip briefing</translation>
        </message>
        <message>
            <source>Back  ←</source>
            <translation>Back  ←</translation>
        </message>
        <message>
            <source>Skip  →</source>
            <translation>Skip  →</translation>
        </message>
        <message>
            <source>Stop</source>
            <translation>Stop</translation>
        </message>
        <message>
            <source>Full screen (F11, or double-click the panel)</source>
            <translation>Full screen (F11, or double-click the panel)</translation>
        </message>
        <message>
            <source>Full screen</source>
            <translation>Full screen</translation>
        </message>
    </context>
    <context>
        <name>ControlsDialog</name>
        <message>
            <source>Keyboard and controls</source>
            <translation>Keyboard and controls</translation>
        </message>
    </context>
    <context>
        <name>Countdown</name>
        <message>
            <source>Time left in this phase</source>
            <translation>Time left in this phase</translation>
        </message>
    </context>
    <context>
        <name>Dates</name>
        <message>
            <source>d MMM</source>
            <translation>d MMM</translation>
        </message>
        <message>
            <source>dd MMM yyyy</source>
            <translation>dd MMM yyyy</translation>
        </message>
        <message>
            <source>ddd d MMM yyyy, HH:mm</source>
            <translation>ddd d MMM yyyy, HH:mm</translation>
        </message>
    </context>
    <context>
        <name>DurationEdit</name>
        <message>
            <source>Minutes:seconds, from 0:01 to 120:00 (2 hours)</source>
            <translation>Minutes:seconds, from 0:01 to 120:00 (2 hours)</translation>
        </message>
    </context>
    <context>
        <name>Effort</name>
        <message>
            <source>very easy</source>
            <translation>very easy</translation>
        </message>
        <message>
            <source>easy</source>
            <translation>easy</translation>
        </message>
        <message>
            <source>moderate</source>
            <translation>moderate</translation>
        </message>
        <message>
            <source>somewhat hard</source>
            <translation>somewhat hard</translation>
        </message>
        <message>
            <source>hard</source>
            <translation>hard</translation>
        </message>
        <message>
            <source>harder</source>
            <translation>harder</translation>
        </message>
        <message>
            <source>very hard</source>
            <translation>very hard</translation>
        </message>
        <message>
            <source>very, very hard</source>
            <translation>very, very hard</translation>
        </message>
        <message>
            <source>almost maximal</source>
            <translation>almost maximal</translation>
        </message>
        <message>
            <source>maximal</source>
            <translation>maximal</translation>
        </message>
        <message>
            <source>How hard was that? Keys 1 to 9, 0 for 10, or Skip</source>
            <translation>How hard was that? Keys 1 to 9, 0 for 10, or Skip</translation>
        </message>
        <message>
            <source>How hard was that? From 1, very easy, to 10, maximal. Press a number, or skip.</source>
            <translation>How hard was that? From 1, very easy, to 10, maximal. Press a number, or skip.</translation>
        </message>
        <message>
            <source>Effort {effort}: {word}. Saved.</source>
            <translation>Effort {effort}: {word}. Saved.</translation>
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
            <translation>Skip</translation>
        </message>
    </context>
    <context>
        <name>HelpBoxes</name>
        <message>
            <source>About retrocoach</source>
            <translation>About retrocoach</translation>
        </message>
        <message>
            <source>&lt;p&gt;&lt;b&gt;retrocoach {version}&lt;/b&gt;: a voice-first coaching timer for backward running.&lt;/p&gt;&lt;p&gt;Energy figures are estimates (MET x kg x hours), shown only when you set a body weight. Sources:&lt;/p&gt;&lt;ul&gt;{sources}&lt;/ul&gt;&lt;p&gt;Check with a clinician first if you have balance problems or dizziness.&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;retrocoach {version}&lt;/b&gt;: a voice-first coaching timer for backward running.&lt;/p&gt;&lt;p&gt;Energy figures are estimates (MET x kg x hours), shown only when you set a body weight. Sources:&lt;/p&gt;&lt;ul&gt;{sources}&lt;/ul&gt;&lt;p&gt;Check with a clinician first if you have balance problems or dizziness.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>Where is my data?</source>
            <translation>Where is my data?</translation>
        </message>
        <message>
            <source>&lt;ul&gt;{rows}&lt;/ul&gt;&lt;p&gt;Back up &lt;code&gt;history.jsonl&lt;/code&gt; and &lt;code&gt;workouts/&lt;/code&gt; from the data folder to keep your history.&lt;/p&gt;</source>
            <translation>&lt;ul&gt;{rows}&lt;/ul&gt;&lt;p&gt;Back up &lt;code&gt;history.jsonl&lt;/code&gt; and &lt;code&gt;workouts/&lt;/code&gt; from the data folder to keep your history.&lt;/p&gt;</translation>
        </message>
    </context>
    <context>
        <name>HistoryActions</name>
        <message>
            <source>Not saved yet: the disk refused it. retrocoach keeps trying, and asks before it quits.</source>
            <translation>Not saved yet: the disk refused it. retrocoach keeps trying, and asks before it quits.</translation>
        </message>
        <message>
            <source>Personal best: {time} backwards without a walk</source>
            <translation>Personal best: {time} backwards without a walk</translation>
        </message>
        <message numerus="yes">
            <source>Week streak: %n week(s)</source>
            <translation>
                <numerusform>Week streak: %n week</numerusform>
                <numerusform>Week streak: %n weeks</numerusform>
            </translation>
        </message>
        <message>
            <source>Next session: {why}</source>
            <translation>Next session: {why}</translation>
        </message>
    </context>
    <context>
        <name>HistoryModel</name>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Workout</source>
            <translation>Workout</translation>
        </message>
        <message>
            <source>Rounds</source>
            <translation>Rounds</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Active</translation>
        </message>
        <message>
            <source>Backwards</source>
            <translation>Backwards</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Outcome</translation>
        </message>
        <message>
            <source>Energy</source>
            <translation>Energy</translation>
        </message>
        <message>
            <source>Completed</source>
            <translation>Completed</translation>
        </message>
        <message>
            <source>Stopped</source>
            <translation>Stopped</translation>
        </message>
        <message>
            <source>Interrupted</source>
            <translation>Interrupted</translation>
        </message>
    </context>
    <context>
        <name>HistoryOps</name>
        <message>
            <source>The history was not exported: {error}</source>
            <translation>The history was not exported: {error}</translation>
        </message>
        <message>
            <source>Exported {sessions} sessions to {path}.</source>
            <translation>Exported {sessions} sessions to {path}.</translation>
        </message>
        <message numerus="yes">
            <source>%n session(s) could not be saved:
{error}

Free some space or fix the folder, then Retry. Discard quits and loses them.</source>
            <translation>
                <numerusform>%n session could not be saved:
{error}

Free some space or fix the folder, then Retry. Discard quits and loses them.</numerusform>
                <numerusform>%n sessions could not be saved:
{error}

Free some space or fix the folder, then Retry. Discard quits and loses them.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>HistoryWindow</name>
        <message>
            <source>No sessions yet: each session you finish or stop is added here.</source>
            <translation>No sessions yet: each session you finish or stop is added here.</translation>
        </message>
        <message>
            <source>no current streak (a completed session this week starts one)</source>
            <translation>no current streak (a completed session this week starts one)</translation>
        </message>
        <message numerus="yes">
            <source>%n week(s) in a row with a completed session</source>
            <translation>
                <numerusform>%n week in a row with a completed session</numerusform>
                <numerusform>%n weeks in a row with a completed session</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n session(s)</source>
            <translation>
                <numerusform>%n session</numerusform>
                <numerusform>%n sessions</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n active minute(s)</source>
            <translation>
                <numerusform>%n active minute</numerusform>
                <numerusform>%n active minutes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n backward minute(s)</source>
            <translation>
                <numerusform>%n backward minute</numerusform>
                <numerusform>%n backward minutes</numerusform>
            </translation>
        </message>
        <message>
            <source>streak: {run}</source>
            <translation>streak: {run}</translation>
        </message>
        <message>
            <source>History</source>
            <translation>History</translation>
        </message>
        <message>
            <source>&amp;Export CSV…</source>
            <translation>&amp;Export CSV…</translation>
        </message>
        <message>
            <source>Sessions</source>
            <translation>Sessions</translation>
        </message>
        <message>
            <source>Export the history as CSV</source>
            <translation>Export the history as CSV</translation>
        </message>
        <message>
            <source>CSV files (*.csv);;All files (*)</source>
            <translation>CSV files (*.csv);;All files (*)</translation>
        </message>
        <message>
            <source>Replace the file?</source>
            <translation>Replace the file?</translation>
        </message>
        <message>
            <source>This file already exists. Do you want to replace it?
{path}</source>
            <translation>This file already exists. Do you want to replace it?
{path}</translation>
        </message>
        <message>
            <source>Longest backward jog or run: {time}</source>
            <translation>Longest backward jog or run: {time}</translation>
        </message>
        <message numerus="yes">
            <source>Effort, last %n session(s): {efforts}</source>
            <translation>
                <numerusform>Effort, last %n session: {efforts}</numerusform>
                <numerusform>Effort, last %n sessions: {efforts}</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>KeepAwake</name>
        <message>
            <source>A backward-running session is under way</source>
            <translation>A backward-running session is under way</translation>
        </message>
    </context>
    <context>
        <name>Keys</name>
        <message>
            <source>Media play/pause</source>
            <translation>Media play/pause</translation>
        </message>
        <message>
            <source>Media play</source>
            <translation>Media play</translation>
        </message>
        <message>
            <source>Media pause</source>
            <translation>Media pause</translation>
        </message>
        <message>
            <source>Media next</source>
            <translation>Media next</translation>
        </message>
        <message>
            <source>Media previous</source>
            <translation>Media previous</translation>
        </message>
        <message>
            <source>Clicker next (Page Down)</source>
            <translation>Clicker next (Page Down)</translation>
        </message>
        <message>
            <source>Clicker previous (Page Up)</source>
            <translation>Clicker previous (Page Up)</translation>
        </message>
        <message>
            <source>Clicker blank (B)</source>
            <translation>Clicker blank (B)</translation>
        </message>
        <message>
            <source>Clicker blank (.)</source>
            <translation>Clicker blank (.)</translation>
        </message>
        <message>
            <source>Clicker slideshow (F5)</source>
            <translation>Clicker slideshow (F5)</translation>
        </message>
        <message>
            <source>Clicker slideshow (Shift+F5)</source>
            <translation>Clicker slideshow (Shift+F5)</translation>
        </message>
        <message>
            <source>start / pause / resume</source>
            <translation>start / pause / resume</translation>
        </message>
        <message>
            <source>pause</source>
            <translation>pause</translation>
        </message>
        <message>
            <source>skip to the next phase</source>
            <translation>skip to the next phase</translation>
        </message>
        <message>
            <source>back to the start of this phase</source>
            <translation>back to the start of this phase</translation>
        </message>
        <message>
            <source>Space</source>
            <translation>Space</translation>
        </message>
        <message>
            <source>back to the start of this phase (within its first 2 s: the previous phase)</source>
            <translation>back to the start of this phase (within its first 2 s: the previous phase)</translation>
        </message>
        <message>
            <source>Esc</source>
            <translation>Esc</translation>
        </message>
        <message>
            <source>stop (asks first while a session runs)</source>
            <translation>stop (asks first while a session runs)</translation>
        </message>
        <message>
            <source>F11</source>
            <translation>F11</translation>
        </message>
        <message>
            <source>full screen</source>
            <translation>full screen</translation>
        </message>
        <message>
            <source>M</source>
            <translation>M</translation>
        </message>
        <message>
            <source>mute / unmute the voice</source>
            <translation>mute / unmute the voice</translation>
        </message>
        <message>
            <source>Ctrl+,</source>
            <translation>Ctrl+,</translation>
        </message>
        <message>
            <source>settings</source>
            <translation>settings</translation>
        </message>
        <message>
            <source>Ctrl+H</source>
            <translation>Ctrl+H</translation>
        </message>
        <message>
            <source>history</source>
            <translation>history</translation>
        </message>
        <message>
            <source>Ctrl+E</source>
            <translation>Ctrl+E</translation>
        </message>
        <message>
            <source>edit or duplicate the selected workout</source>
            <translation>edit or duplicate the selected workout</translation>
        </message>
        <message>
            <source>Ctrl+N</source>
            <translation>Ctrl+N</translation>
        </message>
        <message>
            <source>new workout</source>
            <translation>new workout</translation>
        </message>
        <message>
            <source>Ctrl+I / Ctrl+Shift+E</source>
            <translation>Ctrl+I / Ctrl+Shift+E</translation>
        </message>
        <message>
            <source>import / export a workout file</source>
            <translation>import / export a workout file</translation>
        </message>
        <message>
            <source>Ctrl+Q</source>
            <translation>Ctrl+Q</translation>
        </message>
        <message>
            <source>quit (asks first while a session runs)</source>
            <translation>quit (asks first while a session runs)</translation>
        </message>
        <message>
            <source>F1</source>
            <translation>F1</translation>
        </message>
        <message>
            <source>this list</source>
            <translation>this list</translation>
        </message>
        <message>
            <source>Play/pause</source>
            <translation>Play/pause</translation>
        </message>
        <message>
            <source>start / pause / resume, said aloud: “Paused”, “Resumed”</source>
            <translation>start / pause / resume, said aloud: “Paused”, “Resumed”</translation>
        </message>
        <message>
            <source>Next</source>
            <translation>Next</translation>
        </message>
        <message>
            <source>skip, said aloud: “Skipped: walk forwards”</source>
            <translation>skip, said aloud: “Skipped: walk forwards”</translation>
        </message>
        <message>
            <source>Previous</source>
            <translation>Previous</translation>
        </message>
        <message>
            <source>back, said aloud: “Back: jog backwards”</source>
            <translation>back, said aloud: “Back: jog backwards”</translation>
        </message>
        <message>
            <source>Stop</source>
            <translation>Stop</translation>
        </message>
        <message>
            <source>pause (stopping needs the window: Esc)</source>
            <translation>pause (stopping needs the window: Esc)</translation>
        </message>
        <message>
            <source>Two tones falling (high, low)</source>
            <translation>Two tones falling (high, low)</translation>
        </message>
        <message>
            <source>now backwards: the phase starting runs backwards</source>
            <translation>now backwards: the phase starting runs backwards</translation>
        </message>
        <message>
            <source>Two tones rising (low, high)</source>
            <translation>Two tones rising (low, high)</translation>
        </message>
        <message>
            <source>now forwards: the phase starting runs forwards</source>
            <translation>now forwards: the phase starting runs forwards</translation>
        </message>
        <message>
            <source>One beep</source>
            <translation>One beep</translation>
        </message>
        <message>
            <source>the end of the session (every phase, with the direction sounds off)</source>
            <translation>the end of the session (every phase, with the direction sounds off)</translation>
        </message>
        <message>
            <source>“3, 2, 1”</source>
            <translation>“3, 2, 1”</translation>
        </message>
        <message>
            <source>the count into a phase</source>
            <translation>the count into a phase</translation>
        </message>
        <message>
            <source>Media stop</source>
            <translation>Media stop</translation>
        </message>
        <message>
            <source>stop (asks first, as Esc)</source>
            <translation>stop (asks first, as Esc)</translation>
        </message>
        <message>
            <source>&lt;p&gt;On (MPRIS is on the session bus: &lt;code&gt;playerctl -p retrocoach play-pause&lt;/code&gt;).&lt;/p&gt;</source>
            <translation>&lt;p&gt;On (MPRIS is on the session bus: &lt;code&gt;playerctl -p retrocoach play-pause&lt;/code&gt;).&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&lt;p&gt;Not available here: no D-Bus session bus (Linux desktops only).&lt;/p&gt;</source>
            <translation>&lt;p&gt;Not available here: no D-Bus session bus (Linux desktops only).&lt;/p&gt;</translation>
        </message>
        <message>
            <source>Keyboard</source>
            <translation>Keyboard</translation>
        </message>
        <message>
            <source>Presenter clicker and media keys (window focused)</source>
            <translation>Presenter clicker and media keys (window focused)</translation>
        </message>
        <message>
            <source>&lt;p&gt;One button is enough: B, the full stop or F5 starts, pauses and resumes. The coach says each of these commands aloud.&lt;/p&gt;</source>
            <translation>&lt;p&gt;One button is enough: B, the full stop or F5 starts, pauses and resumes. The coach says each of these commands aloud.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>Headset buttons and desktop media keys (Linux, MPRIS)</source>
            <translation>Headset buttons and desktop media keys (Linux, MPRIS)</translation>
        </message>
        <message>
            <source>Sounds</source>
            <translation>Sounds</translation>
        </message>
    </context>
    <context>
        <name>Menus</name>
        <message>
            <source>&amp;File</source>
            <translation>&amp;File</translation>
        </message>
        <message>
            <source>&amp;New workout…</source>
            <translation>&amp;New workout…</translation>
        </message>
        <message>
            <source>&amp;Edit or duplicate workout…</source>
            <translation>&amp;Edit or duplicate workout…</translation>
        </message>
        <message>
            <source>&amp;Import workout…</source>
            <translation>&amp;Import workout…</translation>
        </message>
        <message>
            <source>E&amp;xport workout…</source>
            <translation>E&amp;xport workout…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Quit</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;View</translation>
        </message>
        <message>
            <source>&amp;Full screen	F11</source>
            <translation>&amp;Full screen	F11</translation>
        </message>
        <message>
            <source>&amp;History…</source>
            <translation>&amp;History…</translation>
        </message>
        <message>
            <source>&amp;Settings…</source>
            <translation>&amp;Settings…</translation>
        </message>
        <message>
            <source>&amp;Mute voice</source>
            <translation>&amp;Mute voice</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Help</translation>
        </message>
        <message>
            <source>&amp;Keyboard and controls</source>
            <translation>&amp;Keyboard and controls</translation>
        </message>
        <message>
            <source>&amp;About retrocoach</source>
            <translation>&amp;About retrocoach</translation>
        </message>
        <message>
            <source>Where is my &amp;data?</source>
            <translation>Where is my &amp;data?</translation>
        </message>
        <message>
            <source>&amp;Before your first session</source>
            <translation>&amp;Before your first session</translation>
        </message>
    </context>
    <context>
        <name>Mpris</name>
        <message>
            <source>Backward</source>
            <translation>Backward</translation>
        </message>
        <message>
            <source>Forward</source>
            <translation>Forward</translation>
        </message>
        <message>
            <source>Get ready</source>
            <translation>Get ready</translation>
        </message>
        <message>
            <source>Finished: {workout}</source>
            <translation>Finished: {workout}</translation>
        </message>
        <message>
            <source>Finished</source>
            <translation>Finished</translation>
        </message>
        <message>
            <source>Round {round} of {rounds}</source>
            <translation>Round {round} of {rounds}</translation>
        </message>
        <message>
            <source>{time} left</source>
            <translation>{time} left</translation>
        </message>
    </context>
    <context>
        <name>PhasePanel</name>
        <message>
            <source>VOICE MUTED (M)</source>
            <translation>VOICE MUTED (M)</translation>
        </message>
        <message>
            <source>Press Space to start</source>
            <translation>Press Space to start</translation>
        </message>
        <message>
            <source>Space to resume</source>
            <translation>Space to resume</translation>
        </message>
        <message>
            <source>Space to go again</source>
            <translation>Space to go again</translation>
        </message>
        <message>
            <source>Briefing: Space skips it and starts</source>
            <translation>Briefing: Space skips it and starts</translation>
        </message>
        <message>
            <source>WARM-UP</source>
            <translation>WARM-UP</translation>
        </message>
        <message>
            <source>COOL-DOWN</source>
            <translation>COOL-DOWN</translation>
        </message>
        <message>
            <source>ROUND {round} OF {rounds}</source>
            <translation>ROUND {round} OF {rounds}</translation>
        </message>
        <message>
            <source>GET READY</source>
            <translation>GET READY</translation>
        </message>
        <message>
            <source>Check the path behind you</source>
            <translation>Check the path behind you</translation>
        </message>
        <message>
            <source>PAUSED</source>
            <translation>PAUSED</translation>
        </message>
        <message>
            <source>Next: finish</source>
            <translation>Next: finish</translation>
        </message>
        <message>
            <source>Next: {direction} {pace}  {length}</source>
            <translation>Next: {direction} {pace}  {length}</translation>
        </message>
        <message>
            <source>BRIEFING</source>
            <translation>BRIEFING</translation>
        </message>
    </context>
    <context>
        <name>PhaseSection</name>
        <message>
            <source>Warm-up</source>
            <translation>Warm-up</translation>
        </message>
        <message>
            <source>Round</source>
            <translation>Round</translation>
        </message>
        <message>
            <source>Cool-down</source>
            <translation>Cool-down</translation>
        </message>
        <message>
            <source>Backwards</source>
            <translation>Backwards</translation>
        </message>
        <message>
            <source>Forwards</source>
            <translation>Forwards</translation>
        </message>
        <message>
            <source>Walk</source>
            <translation>Walk</translation>
        </message>
        <message>
            <source>Jog</source>
            <translation>Jog</translation>
        </message>
        <message>
            <source>Run</source>
            <translation>Run</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Direction</source>
            <translation>Direction</translation>
        </message>
        <message>
            <source>Pace</source>
            <translation>Pace</translation>
        </message>
        <message>
            <source>Duration</source>
            <translation>Duration</translation>
        </message>
        <message>
            <source>Walk backwards</source>
            <translation>Walk backwards</translation>
        </message>
        <message>
            <source>Jog backwards</source>
            <translation>Jog backwards</translation>
        </message>
        <message>
            <source>Walk forwards</source>
            <translation>Walk forwards</translation>
        </message>
        <message>
            <source>A round needs at least one phase: press Add.</source>
            <translation>A round needs at least one phase: press Add.</translation>
        </message>
        <message>
            <source>No phases (that is fine): press Add to add one.</source>
            <translation>No phases (that is fine): press Add to add one.</translation>
        </message>
        <message>
            <source>{section} phases</source>
            <translation>{section} phases</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Add</translation>
        </message>
        <message>
            <source>Add a phase below the selected one</source>
            <translation>Add a phase below the selected one</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Remove</translation>
        </message>
        <message>
            <source>Remove the selected phase</source>
            <translation>Remove the selected phase</translation>
        </message>
        <message>
            <source>Move up</source>
            <translation>Move up</translation>
        </message>
        <message>
            <source>Move the selected phase up</source>
            <translation>Move the selected phase up</translation>
        </message>
        <message>
            <source>Move down</source>
            <translation>Move down</translation>
        </message>
        <message>
            <source>Move the selected phase down</source>
            <translation>Move the selected phase down</translation>
        </message>
        <message>
            <source>{tip} ({keys})</source>
            <translation>{tip} ({keys})</translation>
        </message>
        <message>
            <source>Phase name</source>
            <translation>Phase name</translation>
        </message>
        <message numerus="yes">
            <source>{section}: %n phase(s), {length}, repeated for each round</source>
            <translation>
                <numerusform>{section}: %n phase, {length}, repeated for each round</numerusform>
                <numerusform>{section}: %n phases, {length}, repeated for each round</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{section}: %n phase(s), {length}</source>
            <translation>
                <numerusform>{section}: %n phase, {length}</numerusform>
                <numerusform>{section}: %n phases, {length}</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ProblemsPanel</name>
        <message>
            <source>Some files had problems</source>
            <translation>Some files had problems</translation>
        </message>
        <message>
            <source>Problems</source>
            <translation>Problems</translation>
        </message>
        <message>
            <source>retrocoach started; nothing was overwritten. What it found:</source>
            <translation>retrocoach started; nothing was overwritten. What it found:</translation>
        </message>
        <message>
            <source>Problems at the start</source>
            <translation>Problems at the start</translation>
        </message>
        <message>
            <source>A command-line option was not used</source>
            <translation>A command-line option was not used</translation>
        </message>
        <message>
            <source>retrocoach started without it. What it found:</source>
            <translation>retrocoach started without it. What it found:</translation>
        </message>
        <message>
            <source>What retrocoach found:</source>
            <translation>What retrocoach found:</translation>
        </message>
    </context>
    <context>
        <name>QuitPolicy</name>
        <message>
            <source>Stop the session?</source>
            <translation>Stop the session?</translation>
        </message>
        <message>
            <source>Stop this session now?</source>
            <translation>Stop this session now?</translation>
        </message>
        <message>
            <source>A session is under way. Stop it and quit?</source>
            <translation>A session is under way. Stop it and quit?</translation>
        </message>
        <message>
            <source>Quit retrocoach?</source>
            <translation>Quit retrocoach?</translation>
        </message>
        <message>
            <source>Sessions not saved</source>
            <translation>Sessions not saved</translation>
        </message>
    </context>
    <context>
        <name>SessionCard</name>
        <message>
            <source>{rounds} · {length} · {backward} backwards</source>
            <translation>{rounds} · {length} · {backward} backwards</translation>
        </message>
        <message numerus="yes">
            <source>%n round(s)</source>
            <translation>
                <numerusform>%n round</numerusform>
                <numerusform>%n rounds</numerusform>
            </translation>
        </message>
        <message>
            <source>First: {kind} {length}</source>
            <translation>First: {kind} {length}</translation>
        </message>
        <message>
            <source>READY</source>
            <translation>READY</translation>
        </message>
        <message>
            <source>WELL DONE</source>
            <translation>WELL DONE</translation>
        </message>
        <message>
            <source>Well done</source>
            <translation>Well done</translation>
        </message>
        <message>
            <source>STOPPED</source>
            <translation>STOPPED</translation>
        </message>
        <message>
            <source>Stopped</source>
            <translation>Stopped</translation>
        </message>
        <message>
            <source>SESSION OVER</source>
            <translation>SESSION OVER</translation>
        </message>
        <message>
            <source>Skipped to the end</source>
            <translation>Skipped to the end</translation>
        </message>
        <message>
            <source>{done} done, {backward} of it backwards</source>
            <translation>{done} done, {backward} of it backwards</translation>
        </message>
        <message numerus="yes">
            <source>{done} of %n round(s)</source>
            <translation>
                <numerusform>{done} of %n round</numerusform>
                <numerusform>{done} of %n rounds</numerusform>
            </translation>
        </message>
        <message>
            <source>Mostly skipped: not counted as completed</source>
            <translation>Mostly skipped: not counted as completed</translation>
        </message>
    </context>
    <context>
        <name>SessionDriver</name>
        <message>
            <source>Stop the session before choosing another workout or round count.</source>
            <translation>Stop the session before choosing another workout or round count.</translation>
        </message>
        <message>
            <source>Choose a workout first.</source>
            <translation>Choose a workout first.</translation>
        </message>
        <message>
            <source>The computer slept for {slept}: the session is paused where you were. Press Space to resume.</source>
            <translation>The computer slept for {slept}: the session is paused where you were. Press Space to resume.</translation>
        </message>
        <message>
            <source>The session has not started yet: press Space (or Start) to begin.</source>
            <translation>The session has not started yet: press Space (or Start) to begin.</translation>
        </message>
        <message>
            <source>The session is over: press Space (or Start) to go again.</source>
            <translation>The session is over: press Space (or Start) to go again.</translation>
        </message>
        <message>
            <source>Already paused: press Space to resume.</source>
            <translation>Already paused: press Space to resume.</translation>
        </message>
        <message>
            <source>Not paused: the session is already running.</source>
            <translation>Not paused: the session is already running.</translation>
        </message>
        <message>
            <source>Already started: use Stop first to start over.</source>
            <translation>Already started: use Stop first to start over.</translation>
        </message>
        <message>
            <source>'{command}' is not possible right now ({state}).</source>
            <translation>'{command}' is not possible right now ({state}).</translation>
        </message>
    </context>
    <context>
        <name>SessionOverview</name>
        <message numerus="yes">
            <source>%n round(s)</source>
            <translation>
                <numerusform>%n round</numerusform>
                <numerusform>%n rounds</numerusform>
            </translation>
        </message>
        <message>
            <source>{length} in all</source>
            <translation>{length} in all</translation>
        </message>
        <message>
            <source>First: {phase}</source>
            <translation>First: {phase}</translation>
        </message>
        <message>
            <source>Session over</source>
            <translation>Session over</translation>
        </message>
        <message>
            <source>Session: {left} left</source>
            <translation>Session: {left} left</translation>
        </message>
        <message>
            <source>Next: {phase}</source>
            <translation>Next: {phase}</translation>
        </message>
        <message>
            <source>Next: finish</source>
            <translation>Next: finish</translation>
        </message>
        <message>
            <source>Round {round} of {rounds}</source>
            <translation>Round {round} of {rounds}</translation>
        </message>
        <message>
            <source>Warm-up</source>
            <translation>Warm-up</translation>
        </message>
        <message>
            <source>Cool-down</source>
            <translation>Cool-down</translation>
        </message>
    </context>
    <context>
        <name>SessionRecorder</name>
        <message>
            <source>Your last session ({workout}) was interrupted; it is in your history as interrupted.</source>
            <translation>Your last session ({workout}) was interrupted; it is in your history as interrupted.</translation>
        </message>
        <message>
            <source>Your last session ({workout}) could not be saved when it ended; it is in your history now.</source>
            <translation>Your last session ({workout}) could not be saved when it ended; it is in your history now.</translation>
        </message>
        <message>
            <source>Your session history is saved again.</source>
            <translation>Your session history is saved again.</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Auto: many tips at first, fewer as you learn</source>
            <translation>Auto: many tips at first, fewer as you learn</translation>
        </message>
        <message>
            <source>Quiet: no tips but the look-back cues</source>
            <translation>Quiet: no tips but the look-back cues</translation>
        </message>
        <message>
            <source>Normal: plus a coaching tip about every 45 s</source>
            <translation>Normal: plus a coaching tip about every 45 s</translation>
        </message>
        <message>
            <source>Chatty: plus a coaching tip about every 20 s</source>
            <translation>Chatty: plus a coaching tip about every 20 s</translation>
        </message>
        <message>
            <source>On a track or a field</source>
            <translation>On a track or a field</translation>
        </message>
        <message>
            <source>In an indoor hall</source>
            <translation>In an indoor hall</translation>
        </message>
        <message>
            <source>On a treadmill</source>
            <translation>On a treadmill</translation>
        </message>
        <message>
            <source>Light</source>
            <translation>Light</translation>
        </message>
        <message>
            <source>Dark</source>
            <translation>Dark</translation>
        </message>
        <message>
            <source>High contrast</source>
            <translation>High contrast</translation>
        </message>
        <message>
            <source>A loud room: compressed, as loud as it can be</source>
            <translation>A loud room: compressed, as loud as it can be</translation>
        </message>
        <message>
            <source>A quiet room: as the voice speaks</source>
            <translation>A quiet room: as the voice speaks</translation>
        </message>
        <message>
            <source>Auto (the clearest installed voice)</source>
            <translation>Auto (the clearest installed voice)</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Settings</translation>
        </message>
        <message>
            <source>a Piper voice (.onnx); when set, it is the voice</source>
            <translation>a Piper voice (.onnx); when set, it is the voice</translation>
        </message>
        <message>
            <source> words per minute</source>
            <translation> words per minute</translation>
        </message>
        <message>
            <source>{value} %</source>
            <translation>{value} %</translation>
        </message>
        <message>
            <source>D&amp;irection sounds: falling into backwards, rising into forwards</source>
            <translation>D&amp;irection sounds: falling into backwards, rising into forwards</translation>
        </message>
        <message>
            <source>Test t&amp;he voice</source>
            <translation>Test t&amp;he voice</translation>
        </message>
        <message>
            <source>&amp;Mute: no voice and no beeps (captions only)</source>
            <translation>&amp;Mute: no voice and no beeps (captions only)</translation>
        </message>
        <message>
            <source>&amp;Beep at each change of phase</source>
            <translation>&amp;Beep at each change of phase</translation>
        </message>
        <message>
            <source>Keep the screen &amp;awake during a session</source>
            <translation>Keep the screen &amp;awake during a session</translation>
        </message>
        <message>
            <source>Lower other sounds while the coach spea&amp;ks</source>
            <translation>Lower other sounds while the coach spea&amp;ks</translation>
        </message>
        <message>
            <source>Not available here: {reason}</source>
            <translation>Not available here: {reason}</translation>
        </message>
        <message>
            <source> seconds</source>
            <translation> seconds</translation>
        </message>
        <message>
            <source>Show an &amp;energy estimate</source>
            <translation>Show an &amp;energy estimate</translation>
        </message>
        <message>
            <source> kg</source>
            <translation> kg</translation>
        </message>
        <message>
            <source>&amp;Flash the panel when a phase begins</source>
            <translation>&amp;Flash the panel when a phase begins</translation>
        </message>
        <message>
            <source>System language ({language})</source>
            <translation>System language ({language})</translation>
        </message>
        <message>
            <source>&amp;Restore defaults</source>
            <translation>&amp;Restore defaults</translation>
        </message>
        <message>
            <source>Voice</source>
            <translation>Voice</translation>
        </message>
        <message>
            <source>&amp;Voice:</source>
            <translation>&amp;Voice:</translation>
        </message>
        <message>
            <source>&amp;Piper voice file:</source>
            <translation>&amp;Piper voice file:</translation>
        </message>
        <message>
            <source>&amp;Speaking rate:</source>
            <translation>&amp;Speaking rate:</translation>
        </message>
        <message>
            <source>Voice vol&amp;ume:</source>
            <translation>Voice vol&amp;ume:</translation>
        </message>
        <message>
            <source>Voice f&amp;or:</source>
            <translation>Voice f&amp;or:</translation>
        </message>
        <message>
            <source>Session</source>
            <translation>Session</translation>
        </message>
        <message>
            <source>&amp;Coaching:</source>
            <translation>&amp;Coaching:</translation>
        </message>
        <message>
            <source>Where &amp;do you run?</source>
            <translation>Where &amp;do you run?</translation>
        </message>
        <message>
            <source>&amp;Lead-in before the start:</source>
            <translation>&amp;Lead-in before the start:</translation>
        </message>
        <message>
            <source>Beeps and sou&amp;nds:</source>
            <translation>Beeps and sou&amp;nds:</translation>
        </message>
        <message>
            <source>Energy estimate</source>
            <translation>Energy estimate</translation>
        </message>
        <message>
            <source>Body &amp;weight:</source>
            <translation>Body &amp;weight:</translation>
        </message>
        <message>
            <source>Your weight is used only to estimate the energy of a session (“about N kcal”). It stays on this computer.</source>
            <translation>Your weight is used only to estimate the energy of a session (“about N kcal”). It stays on this computer.</translation>
        </message>
        <message>
            <source>Appearance</source>
            <translation>Appearance</translation>
        </message>
        <message>
            <source>&amp;Theme:</source>
            <translation>&amp;Theme:</translation>
        </message>
        <message>
            <source>Lan&amp;guage:</source>
            <translation>Lan&amp;guage:</translation>
        </message>
        <message>
            <source>The window shows a new language the next time retrocoach starts.</source>
            <translation>The window shows a new language the next time retrocoach starts.</translation>
        </message>
        <message>
            <source>Listing voices…</source>
            <translation>Listing voices…</translation>
        </message>
        <message>
            <source>{voice} (not installed)</source>
            <translation>{voice} (not installed)</translation>
        </message>
    </context>
    <context>
        <name>SettingsOps</name>
        <message>
            <source>Settings not saved: {error}</source>
            <translation>Settings not saved: {error}</translation>
        </message>
    </context>
    <context>
        <name>StartupOps</name>
        <message>
            <source>Skipped a workout file: {problem}</source>
            <translation>Skipped a workout file: {problem}</translation>
        </message>
        <message>
            <source>{problem}. Sessions cannot be saved to your history (they are kept while the app is open) and workouts cannot be imported or edited.</source>
            <translation>{problem}. Sessions cannot be saved to your history (they are kept while the app is open) and workouts cannot be imported or edited.</translation>
        </message>
        <message>
            <source>{problem}. Settings cannot be saved.</source>
            <translation>{problem}. Settings cannot be saved.</translation>
        </message>
        <message>
            <source>Tip skipped: {problem}</source>
            <translation>Tip skipped: {problem}</translation>
        </message>
        <message>
            <source>The rendered voice</source>
            <translation>The rendered voice</translation>
        </message>
    </context>
    <context>
        <name>StatusLabels</name>
        <message>
            <source>Voice: on (M)</source>
            <translation>Voice: on (M)</translation>
        </message>
        <message>
            <source>Suggested next: {name}</source>
            <translation>Suggested next: {name}</translation>
        </message>
        <message>
            <source>Voice: captions only</source>
            <translation>Voice: captions only</translation>
        </message>
        <message>
            <source>Voice: MUTED (M)</source>
            <translation>Voice: MUTED (M)</translation>
        </message>
    </context>
    <context>
        <name>Theme</name>
        <message>
            <source>BACKWARDS</source>
            <translation>BACKWARDS</translation>
        </message>
        <message>
            <source>FORWARDS</source>
            <translation>FORWARDS</translation>
        </message>
        <message>
            <source>WALK</source>
            <translation>WALK</translation>
        </message>
        <message>
            <source>JOG</source>
            <translation>JOG</translation>
        </message>
        <message>
            <source>RUN</source>
            <translation>RUN</translation>
        </message>
        <message>
            <source>{direction} {pace}</source>
            <translation>{direction} {pace}</translation>
        </message>
        <message>
            <source>Dark</source>
            <translation>Dark</translation>
        </message>
        <message>
            <source>Light</source>
            <translation>Light</translation>
        </message>
        <message>
            <source>High contrast</source>
            <translation>High contrast</translation>
        </message>
    </context>
    <context>
        <name>Timeline</name>
        <message>
            <source>Session timeline</source>
            <translation>Session timeline</translation>
        </message>
    </context>
    <context>
        <name>VoiceCoach</name>
        <message>
            <source>Voice: {problem}.</source>
            <translation>Voice: {problem}.</translation>
        </message>
        <message>
            <source>Preparing the voice…</source>
            <translation>Preparing the voice…</translation>
        </message>
        <message numerus="yes">
            <source>Preparing the voice: {done} of %n cue(s)</source>
            <translation>
                <numerusform>Preparing the voice: {done} of %n cue</numerusform>
                <numerusform>Preparing the voice: {done} of %n cues</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>VoiceOps</name>
        <message>
            <source>Could not list the voices: {error}</source>
            <translation>Could not list the voices: {error}</translation>
        </message>
    </context>
    <context>
        <name>VoiceTester</name>
        <message>
            <source>This is your coach. Jog backwards, forty seconds. Check behind you.</source>
            <translation>This is your coach. Jog backwards, forty seconds. Check behind you.</translation>
        </message>
        <message>
            <source>The voice test could not be played: no audio output.</source>
            <translation>The voice test could not be played: no audio output.</translation>
        </message>
    </context>
    <context>
        <name>WeekChart</name>
        <message>
            <source>Backward minutes per week</source>
            <translation>Backward minutes per week</translation>
        </message>
        <message numerus="yes">
            <source>%n week(s); this week {this} minutes; the most {most} minutes, week of {monday}</source>
            <translation>
                <numerusform>%n week; this week {this} minutes; the most {most} minutes, week of {monday}</numerusform>
                <numerusform>%n weeks; this week {this} minutes; the most {most} minutes, week of {monday}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Backward minutes per week, last %n week(s)</source>
            <translation>
                <numerusform>Backward minutes per week, last %n week</numerusform>
                <numerusform>Backward minutes per week, last %n weeks</numerusform>
            </translation>
        </message>
        <message>
            <source>No sessions in these weeks</source>
            <translation>No sessions in these weeks</translation>
        </message>
        <message numerus="yes">
            <source>Week of {monday} ({label}): {minutes} backward minutes, %n session(s)</source>
            <translation>
                <numerusform>Week of {monday} ({label}): {minutes} backward minutes, %n session</numerusform>
                <numerusform>Week of {monday} ({label}): {minutes} backward minutes, %n sessions</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>WorkoutActions</name>
        <message>
            <source>Workout files (*.json);;All files (*)</source>
            <translation>Workout files (*.json);;All files (*)</translation>
        </message>
        <message>
            <source>Import a workout</source>
            <translation>Import a workout</translation>
        </message>
        <message>
            <source>Not imported</source>
            <translation>Not imported</translation>
        </message>
        <message>
            <source>Export the workout</source>
            <translation>Export the workout</translation>
        </message>
        <message>
            <source>Not exported</source>
            <translation>Not exported</translation>
        </message>
    </context>
    <context>
        <name>WorkoutChooser</name>
        <message>
            <source> rounds</source>
            <translation> rounds</translation>
        </message>
        <message>
            <source>Rounds</source>
            <translation>Rounds</translation>
        </message>
        <message>
            <source> round</source>
            <translation> round</translation>
        </message>
        <message>
            <source>No workouts found: the installation looks incomplete.</source>
            <translation>No workouts found: the installation looks incomplete.</translation>
        </message>
        <message>
            <source>There is no workout '{id}'.</source>
            <translation>There is no workout '{id}'.</translation>
        </message>
        <message>
            <source>{name} (yours)</source>
            <translation>{name} (yours)</translation>
        </message>
    </context>
    <context>
        <name>WorkoutEditor</name>
        <message>
            <source>Default rounds</source>
            <translation>Default rounds</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Description</translation>
        </message>
        <message>
            <source>phase {number}</source>
            <translation>phase {number}</translation>
        </message>
        <message>
            <source>duration</source>
            <translation>duration</translation>
        </message>
        <message>
            <source>name</source>
            <translation>name</translation>
        </message>
        <message>
            <source>direction</source>
            <translation>direction</translation>
        </message>
        <message>
            <source>pace</source>
            <translation>pace</translation>
        </message>
        <message>
            <source>New workout</source>
            <translation>New workout</translation>
        </message>
        <message>
            <source>Duplicate workout</source>
            <translation>Duplicate workout</translation>
        </message>
        <message>
            <source>“{name}” is a built-in workout and cannot be changed. You are editing a copy that is saved with your own workouts.</source>
            <translation>“{name}” is a built-in workout and cannot be changed. You are editing a copy that is saved with your own workouts.</translation>
        </message>
        <message>
            <source> (copy)</source>
            <translation> (copy)</translation>
        </message>
        <message>
            <source>Edit workout – {name}</source>
            <translation>Edit workout – {name}</translation>
        </message>
        <message>
            <source>For example: Intervals, week 3</source>
            <translation>For example: Intervals, week 3</translation>
        </message>
        <message>
            <source>Total time</source>
            <translation>Total time</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Name:</translation>
        </message>
        <message>
            <source>&amp;Description:</source>
            <translation>&amp;Description:</translation>
        </message>
        <message>
            <source>Default &amp;rounds:</source>
            <translation>Default &amp;rounds:</translation>
        </message>
        <message numerus="yes">
            <source>Total with %n round(s): {total}, {backward} backwards</source>
            <translation>
                <numerusform>Total with %n round: {total}, {backward} backwards</numerusform>
                <numerusform>Total with %n rounds: {total}, {backward} backwards</numerusform>
            </translation>
        </message>
        <message>
            <source>Close the editor and lose your changes?</source>
            <translation>Close the editor and lose your changes?</translation>
        </message>
        <message>
            <source>Discard changes?</source>
            <translation>Discard changes?</translation>
        </message>
    </context>
    <context>
        <name>WorkoutError</name>
        <message>
            <source>{rule}, got {got}</source>
            <translation>{rule}, got {got}</translation>
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
            <translation>must be a JSON object</translation>
        </message>
        <message>
            <source>must be {version}</source>
            <translation>must be {version}</translation>
        </message>
        <message>
            <source>must be 1 to 40 characters of a-z, 0-9 and '-', starting with a letter or digit</source>
            <translation>must be 1 to 40 characters of a-z, 0-9 and '-', starting with a letter or digit</translation>
        </message>
        <message>
            <source>must be text of at most {length} characters</source>
            <translation>must be text of at most {length} characters</translation>
        </message>
        <message>
            <source>must have at least 1 phase</source>
            <translation>must have at least 1 phase</translation>
        </message>
        <message>
            <source>at most {most} phases in all</source>
            <translation>at most {most} phases in all</translation>
        </message>
        <message>
            <source>unknown field (allowed: {fields})</source>
            <translation>unknown field (allowed: {fields})</translation>
        </message>
        <message>
            <source>has the key '{key}' twice; keep one of them</source>
            <translation>has the key '{key}' twice; keep one of them</translation>
        </message>
        <message>
            <source>is not valid JSON (line {line}, column {column}: {reason})</source>
            <translation>is not valid JSON (line {line}, column {column}: {reason})</translation>
        </message>
        <message>
            <source>is nested too deeply to be a workout</source>
            <translation>is nested too deeply to be a workout</translation>
        </message>
        <message>
            <source>is not valid JSON ({reason})</source>
            <translation>is not valid JSON ({reason})</translation>
        </message>
        <message>
            <source>must be text of 1 to {length} characters</source>
            <translation>must be text of 1 to {length} characters</translation>
        </message>
        <message>
            <source>must be one line (a line break is at character {position})</source>
            <translation>must be one line (a line break is at character {position})</translation>
        </message>
        <message>
            <source>must not contain control characters (U+{code} at character {position}; an escape sequence, a tab or a line break)</source>
            <translation>must not contain control characters (U+{code} at character {position}; an escape sequence, a tab or a line break)</translation>
        </message>
        <message>
            <source>is not valid text (a lone surrogate U+{code} at character {position})</source>
            <translation>is not valid text (a lone surrogate U+{code} at character {position})</translation>
        </message>
        <message>
            <source>must not contain a text direction override (U+{code} at character {position}: it can show the name reversed or hide part of it)</source>
            <translation>must not contain a text direction override (U+{code} at character {position}: it can show the name reversed or hide part of it)</translation>
        </message>
        <message>
            <source>must have a visible character (it has only spaces or zero-width characters)</source>
            <translation>must have a visible character (it has only spaces or zero-width characters)</translation>
        </message>
        <message>
            <source>must be a list of phases</source>
            <translation>must be a list of phases</translation>
        </message>
        <message>
            <source>at most {most} phases</source>
            <translation>at most {most} phases</translation>
        </message>
        <message>
            <source>must be an object with name, direction, pace, seconds</source>
            <translation>must be an object with name, direction, pace, seconds</translation>
        </message>
        <message>
            <source>unknown field (allowed: direction, name, pace, seconds)</source>
            <translation>unknown field (allowed: direction, name, pace, seconds)</translation>
        </message>
        <message>
            <source>{rule}, got {got} (2 hours at most)</source>
            <translation>{rule}, got {got} (2 hours at most)</translation>
        </message>
        <message>
            <source>must be one of {allowed}</source>
            <translation>must be one of {allowed}</translation>
        </message>
        <message>
            <source>would be larger than {limit} KB; shorten it</source>
            <translation>would be larger than {limit} KB; shorten it</translation>
        </message>
        <message>
            <source>'{id}' is a built-in workout and cannot be changed; duplicate it and save it under a new id</source>
            <translation>'{id}' is a built-in workout and cannot be changed; duplicate it and save it under a new id</translation>
        </message>
        <message>
            <source>cannot be read ({reason})</source>
            <translation>cannot be read ({reason})</translation>
        </message>
        <message>
            <source>is not a file</source>
            <translation>is not a file</translation>
        </message>
        <message>
            <source>is larger than {limit} KB, the limit for a workout</source>
            <translation>is larger than {limit} KB, the limit for a workout</translation>
        </message>
        <message>
            <source>is not UTF-8 text</source>
            <translation>is not UTF-8 text</translation>
        </message>
        <message>
            <source>'{name}' would last {length}, more than the {hours} hours a session may last; shorten its phases</source>
            <translation>'{name}' would last {length}, more than the {hours} hours a session may last; shorten its phases</translation>
        </message>
        <message>
            <source>'{name}' would last {length} with {rounds} rounds, more than the {hours} hours a session may last; use fewer rounds (at most {most}) or shorter phases</source>
            <translation>'{name}' would last {length} with {rounds} rounds, more than the {hours} hours a session may last; use fewer rounds (at most {most}) or shorter phases</translation>
        </message>
    </context>
    <context>
        <name>WorkoutOps</name>
        <message>
            <source>Not imported:
{problems}</source>
            <translation>Not imported:
{problems}</translation>
        </message>
        <message>
            <source>Imported '{name}'.</source>
            <translation>Imported '{name}'.</translation>
        </message>
        <message>
            <source>Not exported:
{error}</source>
            <translation>Not exported:
{error}</translation>
        </message>
        <message>
            <source>Exported '{name}' to {path}.</source>
            <translation>Exported '{name}' to {path}.</translation>
        </message>
        <message>
            <source>The workout was not saved: {error}</source>
            <translation>The workout was not saved: {error}</translation>
        </message>
    </context>
    <context>
        <name>desktop</name>
        <message>
            <source>Other sounds cannot be lowered while the coach speaks</source>
            <translation>Other sounds cannot be lowered while the coach speaks</translation>
        </message>
        <message>
            <source>the sound server did not answer</source>
            <translation>the sound server did not answer</translation>
        </message>
        <message>
            <source>their volumes cannot be noted down first in {file} ({reason}), in case the app stops before giving them back</source>
            <translation>their volumes cannot be noted down first in {file} ({reason}), in case the app stops before giving them back</translation>
        </message>
        <message>
            <source>Music keeps its volume; turn it down by hand, or restart the app.</source>
            <translation>Music keeps its volume; turn it down by hand, or restart the app.</translation>
        </message>
        <message>
            <source>macOS lets no app set another app's volume</source>
            <translation>macOS lets no app set another app's volume</translation>
        </message>
        <message>
            <source>the Python package pulsectl is missing (pip install pulsectl)</source>
            <translation>the Python package pulsectl is missing (pip install pulsectl)</translation>
        </message>
        <message>
            <source>the Python package pycaw is missing (pip install pycaw)</source>
            <translation>the Python package pycaw is missing (pip install pycaw)</translation>
        </message>
        <message>
            <source>no PulseAudio or PipeWire sound server answers ({error})</source>
            <translation>no PulseAudio or PipeWire sound server answers ({error})</translation>
        </message>
        <message>
            <source>Windows audio sessions</source>
            <translation>Windows audio sessions</translation>
        </message>
        <message>
            <source>through {server}</source>
            <translation>through {server}</translation>
        </message>
    </context>
    <context>
        <name>energy</name>
        <message>
            <source>Ainsworth BE et al. 2011 Compendium of Physical Activities: a second update of codes and MET values. Med Sci Sports Exerc 2011;43:1575 (codes 17170, 17152, 17320, 12020, 12030).</source>
            <translation>Ainsworth BE et al. 2011 Compendium of Physical Activities: a second update of codes and MET values. Med Sci Sports Exerc 2011;43:1575 (codes 17170, 17152, 17320, 12020, 12030).</translation>
        </message>
        <message>
            <source>Wright S, Weyand PG. J Exp Biol 2001;204:1805 (backward running costs about 35% more than forward running at the same speed).</source>
            <translation>Wright S, Weyand PG. J Exp Biol 2001;204:1805 (backward running costs about 35% more than forward running at the same speed).</translation>
        </message>
        <message>
            <source>Rasica et al. Eur J Appl Physiol 2020;120:2507 (about 35% more at the same speed).</source>
            <translation>Rasica et al. Eur J Appl Physiol 2020;120:2507 (about 35% more at the same speed).</translation>
        </message>
        <message>
            <source>Flynn TW et al. Med Sci Sports Exerc 1994;26:89 (backward walking and running cost more oxygen than forward at the same speed).</source>
            <translation>Flynn TW et al. Med Sci Sports Exerc 1994;26:89 (backward walking and running cost more oxygen than forward at the same speed).</translation>
        </message>
        <message>
            <source>Chaloupka et al. J Orthop Sports Phys Ther 1997;25:302 and Hooper et al. J Orthop Sports Phys Ther 2004;34:65 (backward walking: higher heart rate and oxygen use).</source>
            <translation>Chaloupka et al. J Orthop Sports Phys Ther 1997;25:302 and Hooper et al. J Orthop Sports Phys Ther 2004;34:65 (backward walking: higher heart rate and oxygen use).</translation>
        </message>
        <message>
            <source>Heath 2001 (4 weeks of backward walking lowered its oxygen cost: practice matters).</source>
            <translation>Heath 2001 (4 weeks of backward walking lowered its oxygen cost: practice matters).</translation>
        </message>
        <message>
            <source>Sterzing T et al. Gait &amp; Posture 2016;46:135 (backward speed about 70% of forward).</source>
            <translation>Sterzing T et al. Gait &amp; Posture 2016;46:135 (backward speed about 70% of forward).</translation>
        </message>
        <message>
            <source>The backward multipliers (walk x1.4, jog and run x1.3) are estimates derived from these studies, not published MET values. kcal = MET x kg x hours.</source>
            <translation>The backward multipliers (walk x1.4, jog and run x1.3) are estimates derived from these studies, not published MET values. kcal = MET x kg x hours.</translation>
        </message>
        <message>
            <source>about {kcal} kcal (estimate)</source>
            <translation>about {kcal} kcal (estimate)</translation>
        </message>
    </context>
    <context>
        <name>progression</name>
        <message>
            <source>once</source>
            <translation>once</translation>
        </message>
        <message>
            <source>twice</source>
            <translation>twice</translation>
        </message>
        <message>
            <source>Week 1: the start of the {weeks}-week plan.</source>
            <translation>Week 1: the start of the {weeks}-week plan.</translation>
        </message>
        <message>
            <source>First steps: walking backwards only, for day one.</source>
            <translation>First steps: walking backwards only, for day one.</translation>
        </message>
        <message>
            <source>Week {back}, a step back: the last two sessions felt {effort}/10 or harder.</source>
            <translation>Week {back}, a step back: the last two sessions felt {effort}/10 or harder.</translation>
        </message>
        <message>
            <source>Week {week} again: the last session was stopped early.</source>
            <translation>Week {week} again: the last session was stopped early.</translation>
        </message>
        <message>
            <source>Week {week} again: the last session was interrupted.</source>
            <translation>Week {week} again: the last session was interrupted.</translation>
        </message>
        <message>
            <source>Week {week} again: the last session was not completed.</source>
            <translation>Week {week} again: the last session was not completed.</translation>
        </message>
        <message>
            <source>Week {week} again: last time felt {effort}/10.</source>
            <translation>Week {week} again: last time felt {effort}/10.</translation>
        </message>
        <message>
            <source>Week {next}: week {week} completed and it felt {effort}/10.</source>
            <translation>Week {next}: week {week} completed and it felt {effort}/10.</translation>
        </message>
        <message>
            <source>Week {week} again: completed {done}, {needed} before moving on.</source>
            <translation>Week {week} again: completed {done}, {needed} before moving on.</translation>
        </message>
        <message>
            <source>Week {week} again: the {week}-week plan is done. Keep repeating week {week}, or choose any workout.</source>
            <translation>Week {week} again: the {week}-week plan is done. Keep repeating week {week}, or choose any workout.</translation>
        </message>
        <message>
            <source>Week {next}: week {week} completed {done}.</source>
            <translation>Week {next}: week {week} completed {done}.</translation>
        </message>
        <message numerus="yes">
            <source>%n time(s)</source>
            <translation>
                <numerusform>%n time</numerusform>
                <numerusform>%n times</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ranges</name>
        <message>
            <source>must be a whole number of seconds from {low} to {high}</source>
            <translation>must be a whole number of seconds from {low} to {high}</translation>
        </message>
        <message>
            <source>must be a whole number from {low} to {high}</source>
            <translation>must be a whole number from {low} to {high}</translation>
        </message>
    </context>
    <context>
        <name>speech</name>
        <message>
            <source>flite is not installed (Debian/Ubuntu: sudo apt-get install flite)</source>
            <translation>flite is not installed (Debian/Ubuntu: sudo apt-get install flite)</translation>
        </message>
        <message>
            <source>Piper is not installed (pip install 'retrocoach[piper]' in retrocoach's Python)</source>
            <translation>Piper is not installed (pip install 'retrocoach[piper]' in retrocoach's Python)</translation>
        </message>
        <message>
            <source>pyttsx3 is not installed (pip install pyttsx3)</source>
            <translation>pyttsx3 is not installed (pip install pyttsx3)</translation>
        </message>
        <message>
            <source>espeak-ng is not installed (sudo apt-get install espeak-ng)</source>
            <translation>espeak-ng is not installed (sudo apt-get install espeak-ng)</translation>
        </message>
        <message>
            <source>there is no speech engine called {engine} (known: {known})</source>
            <translation>there is no speech engine called {engine} (known: {known})</translation>
        </message>
        <message>
            <source>flite has no voice {voice} (it has {voices})</source>
            <translation>flite has no voice {voice} (it has {voices})</translation>
        </message>
        <message>
            <source>{voice} speaks {spoken}, not {language}</source>
            <translation>{voice} speaks {spoken}, not {language}</translation>
        </message>
        <message>
            <source>{problem}; using {voice} instead</source>
            <translation>{problem}; using {voice} instead</translation>
        </message>
        <message>
            <source>{model} is not a Piper voice (a .onnx file with its .onnx.json)</source>
            <translation>{model} is not a Piper voice (a .onnx file with its .onnx.json)</translation>
        </message>
        <message>
            <source>the Piper voice {model} does not exist</source>
            <translation>the Piper voice {model} does not exist</translation>
        </message>
        <message>
            <source>the Piper voice {model} is {kind}, not a voice file</source>
            <translation>the Piper voice {model} is {kind}, not a voice file</translation>
        </message>
        <message>
            <source>the Piper voice {model} is damaged (not an ONNX model)</source>
            <translation>the Piper voice {model} is damaged (not an ONNX model)</translation>
        </message>
        <message>
            <source>the Piper voice settings {config} cannot be read: {error}</source>
            <translation>the Piper voice settings {config} cannot be read: {error}</translation>
        </message>
        <message>
            <source>the Piper voice settings {config} cannot be read (not a readable JSON file)</source>
            <translation>the Piper voice settings {config} cannot be read (not a readable JSON file)</translation>
        </message>
        <message>
            <source>the Piper voice {model} has no {config} beside it</source>
            <translation>the Piper voice {model} has no {config} beside it</translation>
        </message>
        <message>
            <source>the Piper voice settings {config} are not a Piper voice's</source>
            <translation>the Piper voice settings {config} are not a Piper voice's</translation>
        </message>
        <message>
            <source>the speech engine timed out and was restarted</source>
            <translation>the speech engine timed out and was restarted</translation>
        </message>
        <message>
            <source>install espeak-ng: sudo apt-get install espeak-ng</source>
            <translation>install espeak-ng: sudo apt-get install espeak-ng</translation>
        </message>
        <message>
            <source>install a Windows voice (Settings &gt; Time &amp; language &gt; Speech &gt; Add voices) and reinstall retrocoach so pywin32 is present</source>
            <translation>install a Windows voice (Settings &gt; Time &amp; language &gt; Speech &gt; Add voices) and reinstall retrocoach so pywin32 is present</translation>
        </message>
        <message>
            <source>reinstall retrocoach so pyobjc is present (pip install pyobjc)</source>
            <translation>reinstall retrocoach so pyobjc is present (pip install pyobjc)</translation>
        </message>
        <message>
            <source>install espeak-ng (or espeak) with your package manager</source>
            <translation>install espeak-ng (or espeak) with your package manager</translation>
        </message>
        <message>
            <source>install pyttsx3 for the Python that runs retrocoach: {python} -m pip install pyttsx3 (in a source checkout, `make run` sets up .venv with everything)</source>
            <translation>install pyttsx3 for the Python that runs retrocoach: {python} -m pip install pyttsx3 (in a source checkout, `make run` sets up .venv with everything)</translation>
        </message>
        <message>
            <source>reinstall pyttsx3 and what it needs: {python} -m pip install --force-reinstall pyttsx3 (in a source checkout: `make run`)</source>
            <translation>reinstall pyttsx3 and what it needs: {python} -m pip install --force-reinstall pyttsx3 (in a source checkout: `make run`)</translation>
        </message>
        <message>
            <source>install flite: sudo apt-get install flite</source>
            <translation>install flite: sudo apt-get install flite</translation>
        </message>
        <message>
            <source>install Piper for the Python that runs retrocoach: {python} -m pip install 'retrocoach[piper]'</source>
            <translation>install Piper for the Python that runs retrocoach: {python} -m pip install 'retrocoach[piper]'</translation>
        </message>
        <message>
            <source>choose another voice in Settings</source>
            <translation>choose another voice in Settings</translation>
        </message>
        <message>
            <source>start the sound server (`pulseaudio --start`, or PipeWire's pipewire-pulse) and check that a sound card or headphones are connected</source>
            <translation>start the sound server (`pulseaudio --start`, or PipeWire's pipewire-pulse) and check that a sound card or headphones are connected</translation>
        </message>
        <message>
            <source>connect speakers or headphones and check the system's sound settings</source>
            <translation>connect speakers or headphones and check the system's sound settings</translation>
        </message>
        <message>
            <source>choose an installed voice in the app's settings (Ctrl+,), or remove "voice" from settings.json to use the default; `retrocoach voices` lists the installed voices</source>
            <translation>choose an installed voice in the app's settings (Ctrl+,), or remove "voice" from settings.json to use the default; `retrocoach voices` lists the installed voices</translation>
        </message>
        <message>
            <source>No audio output device: cues are shown as captions only</source>
            <translation>No audio output device: cues are shown as captions only</translation>
        </message>
        <message>
            <source>To hear them, connect speakers or headphones, or start the sound server (PulseAudio/PipeWire: `pulseaudio --start`).</source>
            <translation>To hear them, connect speakers or headphones, or start the sound server (PulseAudio/PipeWire: `pulseaudio --start`).</translation>
        </message>
        <message>
            <source>Audio output found: cues are spoken again.</source>
            <translation>Audio output found: cues are spoken again.</translation>
        </message>
        <message>
            <source>nothing to join</source>
            <translation>nothing to join</translation>
        </message>
        <message>
            <source>cannot join WAVs of different formats ({first}, {other})</source>
            <translation>cannot join WAVs of different formats ({first}, {other})</translation>
        </message>
        <message>
            <source>nothing to say (empty text)</source>
            <translation>nothing to say (empty text)</translation>
        </message>
        <message>
            <source>{path} is not a playable WAV file</source>
            <translation>{path} is not a playable WAV file</translation>
        </message>
        <message>
            <source>the speech could not be played ({error})</source>
            <translation>the speech could not be played ({error})</translation>
        </message>
        <message>
            <source>the speech is not a playable sound</source>
            <translation>the speech is not a playable sound</translation>
        </message>
        <message>
            <source>no audio output device</source>
            <translation>no audio output device</translation>
        </message>
        <message>
            <source>the sound did not finish within {seconds} s</source>
            <translation>the sound did not finish within {seconds} s</translation>
        </message>
        <message>
            <source>the probe wrote no audio</source>
            <translation>the probe wrote no audio</translation>
        </message>
        <message>
            <source>cannot start the speech worker: {error}</source>
            <translation>cannot start the speech worker: {error}</translation>
        </message>
        <message>
            <source>the speech engine {engine} did not start: {error}</source>
            <translation>the speech engine {engine} did not start: {error}</translation>
        </message>
        <message>
            <source>the speech engine {engine} cannot start ({error})</source>
            <translation>the speech engine {engine} cannot start ({error})</translation>
        </message>
        <message>
            <source>{error}</source>
            <translation>{error}</translation>
        </message>
        <message>
            <source>choose an installed voice</source>
            <translation>choose an installed voice</translation>
        </message>
        <message>
            <source>the speech engine failed: {error}</source>
            <translation>the speech engine failed: {error}</translation>
        </message>
        <message>
            <source>the speech engine wrote an empty or invalid file</source>
            <translation>the speech engine wrote an empty or invalid file</translation>
        </message>
        <message>
            <source>cannot list voices: {error}</source>
            <translation>cannot list voices: {error}</translation>
        </message>
        <message>
            <source>the speech worker died ({words})</source>
            <translation>the speech worker died ({words})</translation>
        </message>
        <message>
            <source>the speech worker said {line}</source>
            <translation>the speech worker said {line}</translation>
        </message>
        <message>
            <source>Qt did not start within {seconds} s</source>
            <translation>Qt did not start within {seconds} s</translation>
        </message>
        <message>
            <source>{reason}</source>
            <translation>{reason}</translation>
        </message>
        <message>
            <source>no display: run it in a desktop session (DISPLAY or WAYLAND_DISPLAY is unset), or set QT_QPA_PLATFORM=offscreen for a headless check</source>
            <translation>no display: run it in a desktop session (DISPLAY or WAYLAND_DISPLAY is unset), or set QT_QPA_PLATFORM=offscreen for a headless check</translation>
        </message>
        <message>
            <source>sudo apt-get install {packages} (QT_DEBUG_PLUGINS=1 shows which library is missing)</source>
            <translation>sudo apt-get install {packages} (QT_DEBUG_PLUGINS=1 shows which library is missing)</translation>
        </message>
        <message>
            <source>reinstall retrocoach (pip install --force-reinstall PySide6-Essentials)</source>
            <translation>reinstall retrocoach (pip install --force-reinstall PySide6-Essentials)</translation>
        </message>
        <message>
            <source>reinstall Qt ({python} -m pip install --force-reinstall PySide6-Essentials), then {audio_fix}</source>
            <translation>reinstall Qt ({python} -m pip install --force-reinstall PySide6-Essentials), then {audio_fix}</translation>
        </message>
        <message>
            <source>The voice cache {folder} cannot hold the cues ({error})</source>
            <translation>The voice cache {folder} cannot hold the cues ({error})</translation>
        </message>
        <message>
            <source>This run's cues are rendered into {scratch} instead (not kept).</source>
            <translation>This run's cues are rendered into {scratch} instead (not kept).</translation>
        </message>
        <message>
            <source>Free some space in {folder}, or make it writable.</source>
            <translation>Free some space in {folder}, or make it writable.</translation>
        </message>
        <message>
            <source>No voice: {reason}</source>
            <translation>No voice: {reason}</translation>
        </message>
        <message>
            <source>Cues are shown as captions.</source>
            <translation>Cues are shown as captions.</translation>
        </message>
        <message>
            <source>To get voice, {fix}.</source>
            <translation>To get voice, {fix}.</translation>
        </message>
        <message>
            <source>The safety check “{cue}” cannot be spoken: {error}</source>
            <translation>The safety check “{cue}” cannot be spoken: {error}</translation>
        </message>
        <message>
            <source>Look behind you yourself before you start.</source>
            <translation>Look behind you yourself before you start.</translation>
        </message>
        <message numerus="yes">
            <source>%n cue(s) cannot be spoken ({error})</source>
            <translation>
                <numerusform>%n cue cannot be spoken ({error})</numerusform>
                <numerusform>%n cues cannot be spoken ({error})</numerusform>
            </translation>
        </message>
        <message>
            <source>They are shown as captions.</source>
            <translation>They are shown as captions.</translation>
        </message>
        <message>
            <source>renderer error: {error}</source>
            <translation>renderer error: {error}</translation>
        </message>
        <message>
            <source>the speech engine hung {count} times in a row</source>
            <translation>the speech engine hung {count} times in a row</translation>
        </message>
        <message>
            <source>the cue cannot be written: {error}</source>
            <translation>the cue cannot be written: {error}</translation>
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
            <translation>The {what} defaults are used.</translation>
        </message>
        <message>
            <source>The {what} file {path} is damaged ({reason}); defaults are used. The app keeps a copy of it and starts afresh the next time it opens.</source>
            <translation>The {what} file {path} is damaged ({reason}); defaults are used. The app keeps a copy of it and starts afresh the next time it opens.</translation>
        </message>
        <message>
            <source>The {what} file {path} is damaged ({reason}) and could not be moved aside ({error}). It is left as it is; defaults are used.</source>
            <translation>The {what} file {path} is damaged ({reason}) and could not be moved aside ({error}). It is left as it is; defaults are used.</translation>
        </message>
        <message>
            <source>The {what} file {path} was damaged ({reason}). It was kept as {backup} and defaults are used.</source>
            <translation>The {what} file {path} was damaged ({reason}). It was kept as {backup} and defaults are used.</translation>
        </message>
        <message>
            <source>permission denied: the folder is read-only or belongs to another user</source>
            <translation>permission denied: the folder is read-only or belongs to another user</translation>
        </message>
        <message>
            <source>the operation is not permitted: the file or folder is protected</source>
            <translation>the operation is not permitted: the file or folder is protected</translation>
        </message>
        <message>
            <source>the disk is read-only</source>
            <translation>the disk is read-only</translation>
        </message>
        <message>
            <source>the disk is full: free some space</source>
            <translation>the disk is full: free some space</translation>
        </message>
        <message>
            <source>a part of the path is a file, not a folder</source>
            <translation>a part of the path is a file, not a folder</translation>
        </message>
        <message>
            <source>it is a folder, not a file</source>
            <translation>it is a folder, not a file</translation>
        </message>
        <message>
            <source>a file is in the way of one of its folders</source>
            <translation>a file is in the way of one of its folders</translation>
        </message>
        <message>
            <source>the disk quota is exceeded: free some space</source>
            <translation>the disk quota is exceeded: free some space</translation>
        </message>
        <message>
            <source>Cannot save {path}: {reason}.</source>
            <translation>Cannot save {path}: {reason}.</translation>
        </message>
        <message>
            <source>Cannot read {path}: {reason}.</source>
            <translation>Cannot read {path}: {reason}.</translation>
        </message>
        <message>
            <source>Cannot copy {path}: {reason}.</source>
            <translation>Cannot copy {path}: {reason}.</translation>
        </message>
        <message>
            <source>Cannot delete {path}: {reason}.</source>
            <translation>Cannot delete {path}: {reason}.</translation>
        </message>
        <message>
            <source>Cannot remove {path}: {reason}.</source>
            <translation>Cannot remove {path}: {reason}.</translation>
        </message>
        <message>
            <source>Cannot repair {path}: {reason}.</source>
            <translation>Cannot repair {path}: {reason}.</translation>
        </message>
        <message>
            <source>Cannot move aside {path}: {reason}.</source>
            <translation>Cannot move aside {path}: {reason}.</translation>
        </message>
        <message>
            <source>Cannot move aside the end of {path}: {reason}.</source>
            <translation>Cannot move aside the end of {path}: {reason}.</translation>
        </message>
        <message>
            <source>Cannot write to {path}: {reason}.</source>
            <translation>Cannot write to {path}: {reason}.</translation>
        </message>
        <message numerus="yes">
            <source>%n session(s) kept in memory: they will be saved when the disk can be written.</source>
            <translation>
                <numerusform>%n session kept in memory: they will be saved when the disk can be written.</numerusform>
                <numerusform>%n sessions kept in memory: they will be saved when the disk can be written.</numerusform>
            </translation>
        </message>
        <message>
            <source>The history is not shown.</source>
            <translation>The history is not shown.</translation>
        </message>
        <message numerus="yes">
            <source>%n session(s) are not saved to {path} yet; they are kept in memory and saved when the disk can be written.</source>
            <translation>
                <numerusform>%n session are not saved to {path} yet; they are kept in memory and saved when the disk can be written.</numerusform>
                <numerusform>%n sessions are not saved to {path} yet; they are kept in memory and saved when the disk can be written.</numerusform>
            </translation>
        </message>
        <message>
            <source>The history {path} ends with a line that was cut short (a crash or a full disk), and it could not be moved aside: {error} It is skipped.</source>
            <translation>The history {path} ends with a line that was cut short (a crash or a full disk), and it could not be moved aside: {error} It is skipped.</translation>
        </message>
        <message>
            <source>The last line of the history {path} was cut short ({size} bytes; a crash or a full disk stopped a write). It was moved to {backup}; every session before it is kept.</source>
            <translation>The last line of the history {path} was cut short ({size} bytes; a crash or a full disk stopped a write). It was moved to {backup}; every session before it is kept.</translation>
        </message>
        <message>
            <source>{lines}; and {more} more</source>
            <translation>{lines}; and {more} more</translation>
        </message>
        <message numerus="yes">
            <source>%n line(s) of the history {path} could not be read and are skipped ({lines}). The file is not changed</source>
            <translation>
                <numerusform>%n line of the history {path} could not be read and are skipped ({lines}). The file is not changed</numerusform>
                <numerusform>%n lines of the history {path} could not be read and are skipped ({lines}). The file is not changed</numerusform>
            </translation>
        </message>
        <message>
            <source>{skipped}; it is too large to keep a copy of ({size} MB, over {limit} MB): move it aside yourself if you want to keep those lines.</source>
            <translation>{skipped}; it is too large to keep a copy of ({size} MB, over {limit} MB): move it aside yourself if you want to keep those lines.</translation>
        </message>
        <message>
            <source>{skipped}; a copy could not be kept ({error}).</source>
            <translation>{skipped}; a copy could not be kept ({error}).</translation>
        </message>
        <message>
            <source>{skipped}; a copy is kept as {backup}.</source>
            <translation>{skipped}; a copy is kept as {backup}.</translation>
        </message>
        <message>
            <source>The running session is kept in memory.</source>
            <translation>The running session is kept in memory.</translation>
        </message>
        <message>
            <source>The journal of an unfinished session could not be read: {error}</source>
            <translation>The journal of an unfinished session could not be read: {error}</translation>
        </message>
        <message>
            <source>The journal of an unfinished session {path} is damaged ({reason}) and could not be moved aside: {error}</source>
            <translation>The journal of an unfinished session {path} is damaged ({reason}) and could not be moved aside: {error}</translation>
        </message>
        <message>
            <source>The journal of an unfinished session was damaged ({reason}); it was kept as {backup} and no record was made from it.</source>
            <translation>The journal of an unfinished session was damaged ({reason}); it was kept as {backup} and no record was made from it.</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Settings</translation>
        </message>
        <message>
            <source>Workouts and history</source>
            <translation>Workouts and history</translation>
        </message>
        <message>
            <source>Voice cache</source>
            <translation>Voice cache</translation>
        </message>
        <message>
            <source>Logs</source>
            <translation>Logs</translation>
        </message>
        <message>
            <source>{folder}: no part of this path exists</source>
            <translation>{folder}: no part of this path exists</translation>
        </message>
        <message>
            <source>{folder}: {probe} is {what}, not a folder; move it away</source>
            <translation>{folder}: {probe} is {what}, not a folder; move it away</translation>
        </message>
        <message>
            <source>{folder}: {probe} is on a file system mounted read-only</source>
            <translation>{folder}: {probe} is on a file system mounted read-only</translation>
        </message>
        <message>
            <source>{folder}: {probe} is read-only for you</source>
            <translation>{folder}: {probe} is read-only for you</translation>
        </message>
        <message>
            <source>{folder}: the disk holding {probe} is full ({free} KB free), so files cannot be saved there</source>
            <translation>{folder}: the disk holding {probe} is full ({free} KB free), so files cannot be saved there</translation>
        </message>
        <message>
            <source>a symbolic link to nothing</source>
            <translation>a symbolic link to nothing</translation>
        </message>
        <message>
            <source>something that cannot be looked at ({reason})</source>
            <translation>something that cannot be looked at ({reason})</translation>
        </message>
        <message>
            <source>a file</source>
            <translation>a file</translation>
        </message>
        <message>
            <source>a FIFO (named pipe)</source>
            <translation>a FIFO (named pipe)</translation>
        </message>
        <message>
            <source>a character device</source>
            <translation>a character device</translation>
        </message>
        <message>
            <source>a block device</source>
            <translation>a block device</translation>
        </message>
        <message>
            <source>a socket</source>
            <translation>a socket</translation>
        </message>
        <message>
            <source>a folder</source>
            <translation>a folder</translation>
        </message>
        <message>
            <source>a special file</source>
            <translation>a special file</translation>
        </message>
        <message>
            <source>{path} cannot be looked at ({reason})</source>
            <translation>{path} cannot be looked at ({reason})</translation>
        </message>
        <message>
            <source>{path} is {what}, not a regular file</source>
            <translation>{path} is {what}, not a regular file</translation>
        </message>
        <message>
            <source>a symbolic link</source>
            <translation>a symbolic link</translation>
        </message>
        <message>
            <source>a device</source>
            <translation>a device</translation>
        </message>
        <message>
            <source>a named pipe (FIFO)</source>
            <translation>a named pipe (FIFO)</translation>
        </message>
        <message>
            <source>{path} is a folder: give a file name, for example {example}.</source>
            <translation>{path} is a folder: give a file name, for example {example}.</translation>
        </message>
        <message>
            <source>{path} is a folder: give a file name.</source>
            <translation>{path} is a folder: give a file name.</translation>
        </message>
        <message>
            <source>{path} is {kind}, not a regular file: it is never written to; give another file name.</source>
            <translation>{path} is {kind}, not a regular file: it is never written to; give another file name.</translation>
        </message>
        <message>
            <source>Cannot save {path}: the folder {folder} does not exist.</source>
            <translation>Cannot save {path}: the folder {folder} does not exist.</translation>
        </message>
        <message>
            <source>{path} already exists.</source>
            <translation>{path} already exists.</translation>
        </message>
        <message>
            <source>{path} is in retrocoach's own workouts folder; to add a workout there, import it (retrocoach import FILE, or Import in the app).</source>
            <translation>{path} is in retrocoach's own workouts folder; to add a workout there, import it (retrocoach import FILE, or Import in the app).</translation>
        </message>
        <message>
            <source>{path} is in retrocoach's own folder ({label}: {own}); choose another folder.</source>
            <translation>{path} is in retrocoach's own folder ({label}: {own}); choose another folder.</translation>
        </message>
        <message>
            <source>{what} goes to {folder} for this run instead (not kept).</source>
            <translation>{what} goes to {folder} for this run instead (not kept).</translation>
        </message>
        <message>
            <source>{key}: {rule}</source>
            <translation>{key}: {rule}</translation>
        </message>
        <message>
            <source>{key}: {rule}, got {got}</source>
            <translation>{key}: {rule}, got {got}</translation>
        </message>
        <message>
            <source>must be a number from {low} to {high}</source>
            <translation>must be a number from {low} to {high}</translation>
        </message>
        <message>
            <source>must be text of 1 to {length} characters</source>
            <translation>must be text of 1 to {length} characters</translation>
        </message>
        <message>
            <source>must be true or false</source>
            <translation>must be true or false</translation>
        </message>
        <message>
            <source>must be one of {allowed}</source>
            <translation>must be one of {allowed}</translation>
        </message>
        <message>
            <source>{rule}, or null</source>
            <translation>{rule}, or null</translation>
        </message>
        <message>
            <source>must be one of {allowed}, or "" for the system's language</source>
            <translation>must be one of {allowed}, or "" for the system's language</translation>
        </message>
        <message>
            <source>unknown setting</source>
            <translation>unknown setting</translation>
        </message>
        <message>
            <source>{source}: {error}; the default ({default}) is used.</source>
            <translation>{source}: {error}; the default ({default}) is used.</translation>
        </message>
        <message>
            <source>none</source>
            <translation>none</translation>
        </message>
        <message>
            <source>settings</source>
            <translation>settings</translation>
        </message>
        <message>
            <source>A copy of {path} could not be kept ({error}); it will not be changed.</source>
            <translation>A copy of {path} could not be kept ({error}); it will not be changed.</translation>
        </message>
        <message>
            <source>Settings not saved, so that the damaged {path} is not overwritten: {error}</source>
            <translation>Settings not saved, so that the damaged {path} is not overwritten: {error}</translation>
        </message>
        <message>
            <source>{source}: retrocoach does not know the setting '{key}' (a typo?); it is kept in the file but not used.</source>
            <translation>{source}: retrocoach does not know the setting '{key}' (a typo?); it is kept in the file but not used.</translation>
        </message>
        <message>
            <source>The file as it was is kept as {backup}.</source>
            <translation>The file as it was is kept as {backup}.</translation>
        </message>
        <message>
            <source>{path}: cannot be read ({reason}); your tips were not loaded</source>
            <translation>{path}: cannot be read ({reason}); your tips were not loaded</translation>
        </message>
        <message>
            <source>{path}: {reason}; your tips were not loaded</source>
            <translation>{path}: {reason}; your tips were not loaded</translation>
        </message>
        <message>
            <source>{folder} is {what} where your workouts folder should be, so your own workouts cannot be loaded or saved; move it away (the folder is made again on the next save)</source>
            <translation>{folder} is {what} where your workouts folder should be, so your own workouts cannot be loaded or saved; move it away (the folder is made again on the next save)</translation>
        </message>
        <message>
            <source>{path}: id: '{id}' is already used by a built-in workout; skipped</source>
            <translation>{path}: id: '{id}' is already used by a built-in workout; skipped</translation>
        </message>
        <message>
            <source>{path}: id: '{id}' is already used by another file; skipped</source>
            <translation>{path}: id: '{id}' is already used by another file; skipped</translation>
        </message>
        <message>
            <source>Another retrocoach is still writing in this folder (it holds {path}); try again when it is done.</source>
            <translation>Another retrocoach is still writing in this folder (it holds {path}); try again when it is done.</translation>
        </message>
        <message>
            <source>The log file {path} cannot be written ({reason}); retrocoach goes on and logs to the terminal only.</source>
            <translation>The log file {path} cannot be written ({reason}); retrocoach goes on and logs to the terminal only.</translation>
        </message>
        <message>
            <source>{path} was edited while retrocoach was open and cannot be read any more; the edited file is kept as {backup} and retrocoach's settings are saved.</source>
            <translation>{path} was edited while retrocoach was open and cannot be read any more; the edited file is kept as {backup} and retrocoach's settings are saved.</translation>
        </message>
        <message>
            <source>{path} was edited while retrocoach was open; the edits are kept.</source>
            <translation>{path} was edited while retrocoach was open; the edits are kept.</translation>
        </message>
        <message>
            <source>{path} was edited while retrocoach was open. Kept from the edit: all but {keys} (changed in retrocoach too, or not a value retrocoach can use); the edited file is kept as {backup}.</source>
            <translation>{path} was edited while retrocoach was open. Kept from the edit: all but {keys} (changed in retrocoach too, or not a value retrocoach can use); the edited file is kept as {backup}.</translation>
        </message>
    </context>
    <context>
        <name>taper</name>
        <message>
            <source>Auto: session {session} with backward work, so plenty of tips while it is new (chatty up to session {until}).</source>
            <translation>Auto: session {session} with backward work, so plenty of tips while it is new (chatty up to session {until}).</translation>
        </message>
        <message>
            <source>Auto: session {session}, {minutes} backward minutes so far: a tip about every 45 s (normal up to session {until}).</source>
            <translation>Auto: session {session}, {minutes} backward minutes so far: a tip about every 45 s (normal up to session {until}).</translation>
        </message>
        <message>
            <source>Auto: session {session}, {minutes} backward minutes so far: you know the technique, so at most {limit} technique tips in the session.</source>
            <translation>Auto: session {session}, {minutes} backward minutes so far: you know the technique, so at most {limit} technique tips in the session.</translation>
        </message>
    </context>
    <context>
        <name>tips</name>
        <message>
            <source>missing (a list of tips is required)</source>
            <translation>missing (a list of tips is required)</translation>
        </message>
        <message>
            <source>no tip has the id {id}</source>
            <translation>no tip has the id {id}</translation>
        </message>
        <message>
            <source>has the key '{key}' twice; keep one of them</source>
            <translation>has the key '{key}' twice; keep one of them</translation>
        </message>
        <message>
            <source>is not valid JSON (line {line}, column {column}: {reason})</source>
            <translation>is not valid JSON (line {line}, column {column}: {reason})</translation>
        </message>
        <message>
            <source>is nested too deeply to be a tips file</source>
            <translation>is nested too deeply to be a tips file</translation>
        </message>
        <message>
            <source>{where}{reason}</source>
            <translation>{where}{reason}</translation>
        </message>
        <message>
            <source>must be a JSON object</source>
            <translation>must be a JSON object</translation>
        </message>
        <message>
            <source>must be {version}, got {got}</source>
            <translation>must be {version}, got {got}</translation>
        </message>
        <message>
            <source>unknown field (allowed: {fields})</source>
            <translation>unknown field (allowed: {fields})</translation>
        </message>
        <message>
            <source>must be a list of tips</source>
            <translation>must be a list of tips</translation>
        </message>
        <message>
            <source>id: used by an earlier tip in this file; this one is skipped</source>
            <translation>id: used by an earlier tip in this file; this one is skipped</translation>
        </message>
        <message>
            <source>{field}: {problem}</source>
            <translation>{field}: {problem}</translation>
        </message>
        <message>
            <source>must be an object with {fields}</source>
            <translation>must be an object with {fields}</translation>
        </message>
        <message>
            <source>id: must be 1 to 40 characters of a-z, 0-9 and '-', starting with a letter or digit, got {got}</source>
            <translation>id: must be 1 to 40 characters of a-z, 0-9 and '-', starting with a letter or digit, got {got}</translation>
        </message>
        <message>
            <source>must be non-empty text, got {got}</source>
            <translation>must be non-empty text, got {got}</translation>
        </message>
        <message>
            <source>must be 1 to {most} spoken words (a tip is heard mid-stride), got {got}</source>
            <translation>must be 1 to {most} spoken words (a tip is heard mid-stride), got {got}</translation>
        </message>
        <message>
            <source>must be at most {most} characters</source>
            <translation>must be at most {most} characters</translation>
        </message>
        <message>
            <source>must name what the tip rests on (the seed, a study or a page) in 1 to {most} characters, got {got}</source>
            <translation>must name what the tip rests on (the seed, a study or a page) in 1 to {most} characters, got {got}</translation>
        </message>
        <message>
            <source>must be a non-empty list from: {allowed}</source>
            <translation>must be a non-empty list from: {allowed}</translation>
        </message>
        <message>
            <source>{item} is not one of: {allowed}</source>
            <translation>{item} is not one of: {allowed}</translation>
        </message>
        <message>
            <source>must be a list of tip ids</source>
            <translation>must be a list of tip ids</translation>
        </message>
        <message>
            <source>must be a tip id, got {got}</source>
            <translation>must be a tip id, got {got}</translation>
        </message>
    </context>
</TS>
