<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>Countdown</name>
        <message>
            <source>Time left in this phase</source>
            <translation>Time left in this phase</translation>
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
            <source>Your session history is saved again.</source>
            <translation>Your session history is saved again.</translation>
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
</TS>
