<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
    <context>
        <name>App</name>
        <message>
            <source>Something went wrong{where}: {kind}: {error} (details in the log; the session keeps running)</source>
            <translation>Algo ha fallado{where}: {kind}: {error} (detalles en el registro; la sesión sigue)</translation>
        </message>
        <message>
            <source>There is no workout '{id}': showing '{shown}' instead.</source>
            <translation>No existe el entrenamiento «{id}»: se muestra «{shown}» en su lugar.</translation>
        </message>
        <message>
            <source>There is no catalogue for the language '{language}': the window is in English.</source>
            <translation>No hay catálogo para el idioma «{language}»: la ventana está en inglés.</translation>
        </message>
        <message>
            <source>Languages: {languages}.</source>
            <translation>Idiomas: {languages}.</translation>
        </message>
    </context>
    <context>
        <name>AppController</name>
        <message>
            <source>retrocoach is already open: here it is.</source>
            <translation>retrocoach ya está abierto: aquí lo tienes.</translation>
        </message>
    </context>
    <context>
        <name>ControlBar</name>
        <message>
            <source>Start</source>
            <translation>Empezar</translation>
        </message>
        <message>
            <source>Start again</source>
            <translation>Otra vez</translation>
        </message>
        <message>
            <source>Pause</source>
            <translation>Pausa</translation>
        </message>
        <message>
            <source>Resume</source>
            <translation>Seguir</translation>
        </message>
        <message>
            <source>Skip briefing</source>
            <translation>Saltar instrucciones</translation>
        </message>
        <message>
            <source>Back  ←</source>
            <translation>Atrás  ←</translation>
        </message>
        <message>
            <source>Skip  →</source>
            <translation>Saltar  →</translation>
        </message>
        <message>
            <source>Stop</source>
            <translation>Parar</translation>
        </message>
        <message>
            <source>Full screen (F11, or double-click the panel)</source>
            <translation>Pantalla completa (F11 o doble clic en el panel)</translation>
        </message>
        <message>
            <source>Full screen</source>
            <translation>Pantalla completa</translation>
        </message>
    </context>
    <context>
        <name>ControlsDialog</name>
        <message>
            <source>Keyboard and controls</source>
            <translation>Teclado y controles</translation>
        </message>
    </context>
    <context>
        <name>Countdown</name>
        <message>
            <source>Time left in this phase</source>
            <translation>Tiempo restante de esta fase</translation>
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
            <translation>Minutos:segundos, de 0:01 a 120:00 (2 horas)</translation>
        </message>
    </context>
    <context>
        <name>Effort</name>
        <message>
            <source>very easy</source>
            <translation>muy fácil</translation>
        </message>
        <message>
            <source>easy</source>
            <translation>fácil</translation>
        </message>
        <message>
            <source>moderate</source>
            <translation>moderado</translation>
        </message>
        <message>
            <source>somewhat hard</source>
            <translation>algo duro</translation>
        </message>
        <message>
            <source>hard</source>
            <translation>duro</translation>
        </message>
        <message>
            <source>harder</source>
            <translation>bastante duro</translation>
        </message>
        <message>
            <source>very hard</source>
            <translation>muy duro</translation>
        </message>
        <message>
            <source>very, very hard</source>
            <translation>muy, muy duro</translation>
        </message>
        <message>
            <source>almost maximal</source>
            <translation>casi máximo</translation>
        </message>
        <message>
            <source>maximal</source>
            <translation>máximo</translation>
        </message>
        <message>
            <source>How hard was that? Keys 1 to 9, 0 for 10, or Skip</source>
            <translation>¿Cuánto te ha costado? Teclas 1 a 9, 0 para 10, o Saltar</translation>
        </message>
        <message>
            <source>How hard was that? From 1, very easy, to 10, maximal. Press a number, or skip.</source>
            <translation>¿Cuánto te ha costado? De 1, muy fácil, a 10, máximo. Pulsa un número o salta la pregunta.</translation>
        </message>
        <message>
            <source>Effort {effort}: {word}. Saved.</source>
            <translation>Esfuerzo {effort}: {word}. Guardado.</translation>
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
            <translation>Saltar</translation>
        </message>
    </context>
    <context>
        <name>HelpBoxes</name>
        <message>
            <source>About retrocoach</source>
            <translation>Acerca de retrocoach</translation>
        </message>
        <message>
            <source>&lt;p&gt;&lt;b&gt;retrocoach {version}&lt;/b&gt;: a voice-first coaching timer for backward running.&lt;/p&gt;&lt;p&gt;Energy figures are estimates (MET x kg x hours), shown only when you set a body weight. Sources:&lt;/p&gt;&lt;ul&gt;{sources}&lt;/ul&gt;&lt;p&gt;Check with a clinician first if you have balance problems or dizziness.&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;retrocoach {version}&lt;/b&gt;: un temporizador con voz para entrenar corriendo de espaldas.&lt;/p&gt;&lt;p&gt;Las cifras de energía son estimaciones (MET x kg x horas) y solo aparecen si indicas tu peso. Fuentes:&lt;/p&gt;&lt;ul&gt;{sources}&lt;/ul&gt;&lt;p&gt;Si tienes problemas de equilibrio o mareos, consulta antes a un médico.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>Where is my data?</source>
            <translation>¿Dónde están mis datos?</translation>
        </message>
        <message>
            <source>&lt;ul&gt;{rows}&lt;/ul&gt;&lt;p&gt;Back up &lt;code&gt;history.jsonl&lt;/code&gt; and &lt;code&gt;workouts/&lt;/code&gt; from the data folder to keep your history.&lt;/p&gt;</source>
            <translation>&lt;ul&gt;{rows}&lt;/ul&gt;&lt;p&gt;Haz una copia de &lt;code&gt;history.jsonl&lt;/code&gt; y &lt;code&gt;workouts/&lt;/code&gt; de la carpeta de datos para conservar tu historial.&lt;/p&gt;</translation>
        </message>
    </context>
    <context>
        <name>HistoryActions</name>
        <message>
            <source>Not saved yet: the disk refused it. retrocoach keeps trying, and asks before it quits.</source>
            <translation>Aún no guardada: el disco lo rechazó. retrocoach sigue intentándolo y pregunta antes de salir.</translation>
        </message>
        <message>
            <source>Personal best: {time} backwards without a walk</source>
            <translation>Mejor marca: {time} de espaldas sin caminar</translation>
        </message>
        <message numerus="yes">
            <source>Week streak: %n week(s)</source>
            <translation>
                <numerusform>Racha: %n semana</numerusform>
                <numerusform>Racha: %n semanas</numerusform>
            </translation>
        </message>
        <message>
            <source>Next session: {why}</source>
            <translation>Próxima sesión: {why}</translation>
        </message>
    </context>
    <context>
        <name>HistoryModel</name>
        <message>
            <source>Date</source>
            <translation>Fecha</translation>
        </message>
        <message>
            <source>Workout</source>
            <translation>Entrenamiento</translation>
        </message>
        <message>
            <source>Rounds</source>
            <translation>Series</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Activo</translation>
        </message>
        <message>
            <source>Backwards</source>
            <translation>De espaldas</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Resultado</translation>
        </message>
        <message>
            <source>Energy</source>
            <translation>Energía</translation>
        </message>
        <message>
            <source>Completed</source>
            <translation>Completada</translation>
        </message>
        <message>
            <source>Stopped</source>
            <translation>Parada</translation>
        </message>
        <message>
            <source>Interrupted</source>
            <translation>Interrumpida</translation>
        </message>
    </context>
    <context>
        <name>HistoryOps</name>
        <message>
            <source>The history was not exported: {error}</source>
            <translation>El historial no se exportó: {error}</translation>
        </message>
        <message>
            <source>Exported {sessions} sessions to {path}.</source>
            <translation>{sessions} sesiones exportadas a {path}.</translation>
        </message>
        <message numerus="yes">
            <source>%n session(s) could not be saved:
{error}

Free some space or fix the folder, then Retry. Discard quits and loses them.</source>
            <translation>
                <numerusform>No se pudo guardar %n sesión:
{error}

Libera espacio o arregla la carpeta y pulsa Reintentar. Descartar sale y la pierde.</numerusform>
                <numerusform>No se pudieron guardar %n sesiones:
{error}

Libera espacio o arregla la carpeta y pulsa Reintentar. Descartar sale y las pierde.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>HistoryWindow</name>
        <message>
            <source>No sessions yet: each session you finish or stop is added here.</source>
            <translation>Aún no hay sesiones: cada sesión que termines o pares aparecerá aquí.</translation>
        </message>
        <message>
            <source>no current streak (a completed session this week starts one)</source>
            <translation>sin racha actual (una sesión completada esta semana empieza una)</translation>
        </message>
        <message numerus="yes">
            <source>%n week(s) in a row with a completed session</source>
            <translation>
                <numerusform>%n semana seguida con una sesión completada</numerusform>
                <numerusform>%n semanas seguidas con una sesión completada</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n session(s)</source>
            <translation>
                <numerusform>%n sesión</numerusform>
                <numerusform>%n sesiones</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n active minute(s)</source>
            <translation>
                <numerusform>%n minuto activo</numerusform>
                <numerusform>%n minutos activos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n backward minute(s)</source>
            <translation>
                <numerusform>%n minuto de espaldas</numerusform>
                <numerusform>%n minutos de espaldas</numerusform>
            </translation>
        </message>
        <message>
            <source>streak: {run}</source>
            <translation>racha: {run}</translation>
        </message>
        <message>
            <source>History</source>
            <translation>Historial</translation>
        </message>
        <message>
            <source>&amp;Export CSV…</source>
            <translation>&amp;Exportar CSV…</translation>
        </message>
        <message>
            <source>Sessions</source>
            <translation>Sesiones</translation>
        </message>
        <message>
            <source>Export the history as CSV</source>
            <translation>Exportar el historial como CSV</translation>
        </message>
        <message>
            <source>CSV files (*.csv);;All files (*)</source>
            <translation>Archivos CSV (*.csv);;Todos los archivos (*)</translation>
        </message>
        <message>
            <source>Replace the file?</source>
            <translation>¿Reemplazar el archivo?</translation>
        </message>
        <message>
            <source>This file already exists. Do you want to replace it?
{path}</source>
            <translation>Este archivo ya existe. ¿Quieres reemplazarlo?
{path}</translation>
        </message>
        <message>
            <source>Longest backward jog or run: {time}</source>
            <translation>Trote o carrera de espaldas más largo: {time}</translation>
        </message>
        <message numerus="yes">
            <source>Effort, last %n session(s): {efforts}</source>
            <translation>
                <numerusform>Esfuerzo, última %n sesión: {efforts}</numerusform>
                <numerusform>Esfuerzo, últimas %n sesiones: {efforts}</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>KeepAwake</name>
        <message>
            <source>A backward-running session is under way</source>
            <translation>Hay una sesión de carrera de espaldas en curso</translation>
        </message>
    </context>
    <context>
        <name>Keys</name>
        <message>
            <source>Media play/pause</source>
            <translation>Multimedia reproducir/pausa</translation>
        </message>
        <message>
            <source>Media play</source>
            <translation>Multimedia reproducir</translation>
        </message>
        <message>
            <source>Media pause</source>
            <translation>Multimedia pausa</translation>
        </message>
        <message>
            <source>Media next</source>
            <translation>Multimedia siguiente</translation>
        </message>
        <message>
            <source>Media previous</source>
            <translation>Multimedia anterior</translation>
        </message>
        <message>
            <source>Clicker next (Page Down)</source>
            <translation>Presentador siguiente (Av Pág)</translation>
        </message>
        <message>
            <source>Clicker previous (Page Up)</source>
            <translation>Presentador anterior (Re Pág)</translation>
        </message>
        <message>
            <source>Clicker blank (B)</source>
            <translation>Presentador negro (B)</translation>
        </message>
        <message>
            <source>Clicker blank (.)</source>
            <translation>Presentador negro (.)</translation>
        </message>
        <message>
            <source>Clicker slideshow (F5)</source>
            <translation>Presentador diapositivas (F5)</translation>
        </message>
        <message>
            <source>Clicker slideshow (Shift+F5)</source>
            <translation>Presentador diapositivas (Mayús+F5)</translation>
        </message>
        <message>
            <source>start / pause / resume</source>
            <translation>empezar / pausa / seguir</translation>
        </message>
        <message>
            <source>pause</source>
            <translation>pausa</translation>
        </message>
        <message>
            <source>skip to the next phase</source>
            <translation>saltar a la fase siguiente</translation>
        </message>
        <message>
            <source>back to the start of this phase</source>
            <translation>volver al inicio de esta fase</translation>
        </message>
        <message>
            <source>Space</source>
            <translation>Espacio</translation>
        </message>
        <message>
            <source>back to the start of this phase (within its first 2 s: the previous phase)</source>
            <translation>volver al inicio de esta fase (en sus 2 primeros s: la fase anterior)</translation>
        </message>
        <message>
            <source>Esc</source>
            <translation>Esc</translation>
        </message>
        <message>
            <source>stop (asks first while a session runs)</source>
            <translation>parar (pregunta antes si hay una sesión en curso)</translation>
        </message>
        <message>
            <source>F11</source>
            <translation>F11</translation>
        </message>
        <message>
            <source>full screen</source>
            <translation>pantalla completa</translation>
        </message>
        <message>
            <source>M</source>
            <translation>M</translation>
        </message>
        <message>
            <source>mute / unmute the voice</source>
            <translation>silenciar / activar la voz</translation>
        </message>
        <message>
            <source>Ctrl+,</source>
            <translation>Ctrl+,</translation>
        </message>
        <message>
            <source>settings</source>
            <translation>ajustes</translation>
        </message>
        <message>
            <source>Ctrl+H</source>
            <translation>Ctrl+H</translation>
        </message>
        <message>
            <source>history</source>
            <translation>historial</translation>
        </message>
        <message>
            <source>Ctrl+E</source>
            <translation>Ctrl+E</translation>
        </message>
        <message>
            <source>edit or duplicate the selected workout</source>
            <translation>editar o duplicar el entrenamiento elegido</translation>
        </message>
        <message>
            <source>Ctrl+N</source>
            <translation>Ctrl+N</translation>
        </message>
        <message>
            <source>new workout</source>
            <translation>nuevo entrenamiento</translation>
        </message>
        <message>
            <source>Ctrl+I / Ctrl+Shift+E</source>
            <translation>Ctrl+I / Ctrl+Mayús+E</translation>
        </message>
        <message>
            <source>import / export a workout file</source>
            <translation>importar / exportar un archivo de entrenamiento</translation>
        </message>
        <message>
            <source>Ctrl+Q</source>
            <translation>Ctrl+Q</translation>
        </message>
        <message>
            <source>quit (asks first while a session runs)</source>
            <translation>salir (pregunta antes si hay una sesión en curso)</translation>
        </message>
        <message>
            <source>F1</source>
            <translation>F1</translation>
        </message>
        <message>
            <source>this list</source>
            <translation>esta lista</translation>
        </message>
        <message>
            <source>Play/pause</source>
            <translation>Reproducir/pausa</translation>
        </message>
        <message>
            <source>start / pause / resume, said aloud: “Paused”, “Resumed”</source>
            <translation>empezar / pausa / seguir, dicho en voz alta: «Pausa», «Seguimos»</translation>
        </message>
        <message>
            <source>Next</source>
            <translation>Siguiente</translation>
        </message>
        <message>
            <source>skip, said aloud: “Skipped: walk forwards”</source>
            <translation>saltar, dicho en voz alta: «Saltado: camina hacia delante»</translation>
        </message>
        <message>
            <source>Previous</source>
            <translation>Anterior</translation>
        </message>
        <message>
            <source>back, said aloud: “Back: jog backwards”</source>
            <translation>atrás, dicho en voz alta: «Volvemos: trota de espaldas»</translation>
        </message>
        <message>
            <source>Stop</source>
            <translation>Parar</translation>
        </message>
        <message>
            <source>pause (stopping needs the window: Esc)</source>
            <translation>pausa (para parar hace falta la ventana: Esc)</translation>
        </message>
        <message>
            <source>Two tones falling (high, low)</source>
            <translation>Dos tonos descendentes (agudo, grave)</translation>
        </message>
        <message>
            <source>now backwards: the phase starting runs backwards</source>
            <translation>ahora de espaldas: la fase que empieza va de espaldas</translation>
        </message>
        <message>
            <source>Two tones rising (low, high)</source>
            <translation>Dos tonos ascendentes (grave, agudo)</translation>
        </message>
        <message>
            <source>now forwards: the phase starting runs forwards</source>
            <translation>ahora hacia delante: la fase que empieza va hacia delante</translation>
        </message>
        <message>
            <source>One beep</source>
            <translation>Un pitido</translation>
        </message>
        <message>
            <source>the end of the session (every phase, with the direction sounds off)</source>
            <translation>el final de la sesión (cada fase, con los sonidos de dirección desactivados)</translation>
        </message>
        <message>
            <source>“3, 2, 1”</source>
            <translation>«3, 2, 1»</translation>
        </message>
        <message>
            <source>the count into a phase</source>
            <translation>la cuenta atrás antes de una fase</translation>
        </message>
        <message>
            <source>Media stop</source>
            <translation>Multimedia parar</translation>
        </message>
        <message>
            <source>stop (asks first, as Esc)</source>
            <translation>parar (pregunta antes, como Esc)</translation>
        </message>
        <message>
            <source>&lt;p&gt;On (MPRIS is on the session bus: &lt;code&gt;playerctl -p retrocoach play-pause&lt;/code&gt;).&lt;/p&gt;</source>
            <translation>&lt;p&gt;Activo (MPRIS está en el bus de sesión: &lt;code&gt;playerctl -p retrocoach play-pause&lt;/code&gt;).&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&lt;p&gt;Not available here: no D-Bus session bus (Linux desktops only).&lt;/p&gt;</source>
            <translation>&lt;p&gt;No disponible aquí: no hay bus de sesión D-Bus (solo escritorios Linux).&lt;/p&gt;</translation>
        </message>
        <message>
            <source>Keyboard</source>
            <translation>Teclado</translation>
        </message>
        <message>
            <source>Presenter clicker and media keys (window focused)</source>
            <translation>Mando de presentaciones y teclas multimedia (con la ventana activa)</translation>
        </message>
        <message>
            <source>&lt;p&gt;One button is enough: B, the full stop or F5 starts, pauses and resumes. The coach says each of these commands aloud.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Basta un botón: B, el punto o F5 empieza, pausa y reanuda. El entrenador dice cada orden en voz alta.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>Headset buttons and desktop media keys (Linux, MPRIS)</source>
            <translation>Botones de auriculares y teclas multimedia del escritorio (Linux, MPRIS)</translation>
        </message>
        <message>
            <source>Sounds</source>
            <translation>Sonidos</translation>
        </message>
    </context>
    <context>
        <name>Menus</name>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Archivo</translation>
        </message>
        <message>
            <source>&amp;New workout…</source>
            <translation>&amp;Nuevo entrenamiento…</translation>
        </message>
        <message>
            <source>&amp;Edit or duplicate workout…</source>
            <translation>&amp;Editar o duplicar entrenamiento…</translation>
        </message>
        <message>
            <source>&amp;Import workout…</source>
            <translation>&amp;Importar entrenamiento…</translation>
        </message>
        <message>
            <source>E&amp;xport workout…</source>
            <translation>E&amp;xportar entrenamiento…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Salir</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Ver</translation>
        </message>
        <message>
            <source>&amp;Full screen	F11</source>
            <translation>&amp;Pantalla completa	F11</translation>
        </message>
        <message>
            <source>&amp;History…</source>
            <translation>&amp;Historial…</translation>
        </message>
        <message>
            <source>&amp;Settings…</source>
            <translation>&amp;Ajustes…</translation>
        </message>
        <message>
            <source>&amp;Mute voice</source>
            <translation>&amp;Silenciar voz</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>A&amp;yuda</translation>
        </message>
        <message>
            <source>&amp;Keyboard and controls</source>
            <translation>&amp;Teclado y controles</translation>
        </message>
        <message>
            <source>&amp;About retrocoach</source>
            <translation>Acerca de &amp;retrocoach</translation>
        </message>
        <message>
            <source>Where is my &amp;data?</source>
            <translation>¿Dónde están mis &amp;datos?</translation>
        </message>
        <message>
            <source>&amp;Before your first session</source>
            <translation>&amp;Antes de tu primera sesión</translation>
        </message>
    </context>
    <context>
        <name>Mpris</name>
        <message>
            <source>Backward</source>
            <translation>De espaldas</translation>
        </message>
        <message>
            <source>Forward</source>
            <translation>Hacia delante</translation>
        </message>
        <message>
            <source>Get ready</source>
            <translation>Prepárate</translation>
        </message>
        <message>
            <source>Finished: {workout}</source>
            <translation>Terminado: {workout}</translation>
        </message>
        <message>
            <source>Finished</source>
            <translation>Terminado</translation>
        </message>
        <message>
            <source>Round {round} of {rounds}</source>
            <translation>Serie {round} de {rounds}</translation>
        </message>
        <message>
            <source>{time} left</source>
            <translation>quedan {time}</translation>
        </message>
    </context>
    <context>
        <name>PhasePanel</name>
        <message>
            <source>VOICE MUTED (M)</source>
            <translation>SIN VOZ (M)</translation>
        </message>
        <message>
            <source>Press Space to start</source>
            <translation>Espacio para empezar</translation>
        </message>
        <message>
            <source>Space to resume</source>
            <translation>Espacio: seguir</translation>
        </message>
        <message>
            <source>Space to go again</source>
            <translation>Espacio: repetir</translation>
        </message>
        <message>
            <source>Briefing: Space skips it and starts</source>
            <translation>Instrucciones: Espacio las salta y empieza</translation>
        </message>
        <message>
            <source>WARM-UP</source>
            <translation>CALENTAMIENTO</translation>
        </message>
        <message>
            <source>COOL-DOWN</source>
            <translation>ENFRIAMIENTO</translation>
        </message>
        <message>
            <source>ROUND {round} OF {rounds}</source>
            <translation>SERIE {round} DE {rounds}</translation>
        </message>
        <message>
            <source>GET READY</source>
            <translation>PREPÁRATE</translation>
        </message>
        <message>
            <source>Check the path behind you</source>
            <translation>Mira el camino detrás de ti</translation>
        </message>
        <message>
            <source>PAUSED</source>
            <translation>EN PAUSA</translation>
        </message>
        <message>
            <source>Next: finish</source>
            <translation>Luego: fin</translation>
        </message>
        <message>
            <source>Next: {direction} {pace}  {length}</source>
            <translation>Luego: {pace} {direction}  {length}</translation>
        </message>
        <message>
            <source>BRIEFING</source>
            <translation>INSTRUCCIONES</translation>
        </message>
    </context>
    <context>
        <name>PhaseSection</name>
        <message>
            <source>Warm-up</source>
            <translation>Calentamiento</translation>
        </message>
        <message>
            <source>Round</source>
            <translation>Serie</translation>
        </message>
        <message>
            <source>Cool-down</source>
            <translation>Enfriamiento</translation>
        </message>
        <message>
            <source>Backwards</source>
            <translation>De espaldas</translation>
        </message>
        <message>
            <source>Forwards</source>
            <translation>Hacia delante</translation>
        </message>
        <message>
            <source>Walk</source>
            <translation>Caminar</translation>
        </message>
        <message>
            <source>Jog</source>
            <translation>Trotar</translation>
        </message>
        <message>
            <source>Run</source>
            <translation>Correr</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>Direction</source>
            <translation>Dirección</translation>
        </message>
        <message>
            <source>Pace</source>
            <translation>Ritmo</translation>
        </message>
        <message>
            <source>Duration</source>
            <translation>Duración</translation>
        </message>
        <message>
            <source>Walk backwards</source>
            <translation>Caminar de espaldas</translation>
        </message>
        <message>
            <source>Jog backwards</source>
            <translation>Trotar de espaldas</translation>
        </message>
        <message>
            <source>Walk forwards</source>
            <translation>Caminar hacia delante</translation>
        </message>
        <message>
            <source>A round needs at least one phase: press Add.</source>
            <translation>Una serie necesita al menos una fase: pulsa Añadir.</translation>
        </message>
        <message>
            <source>No phases (that is fine): press Add to add one.</source>
            <translation>Sin fases (no pasa nada): pulsa Añadir para añadir una.</translation>
        </message>
        <message>
            <source>{section} phases</source>
            <translation>Fases de {section}</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Añadir</translation>
        </message>
        <message>
            <source>Add a phase below the selected one</source>
            <translation>Añadir una fase debajo de la elegida</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Quitar</translation>
        </message>
        <message>
            <source>Remove the selected phase</source>
            <translation>Quitar la fase elegida</translation>
        </message>
        <message>
            <source>Move up</source>
            <translation>Subir</translation>
        </message>
        <message>
            <source>Move the selected phase up</source>
            <translation>Subir la fase elegida</translation>
        </message>
        <message>
            <source>Move down</source>
            <translation>Bajar</translation>
        </message>
        <message>
            <source>Move the selected phase down</source>
            <translation>Bajar la fase elegida</translation>
        </message>
        <message>
            <source>{tip} ({keys})</source>
            <translation>{tip} ({keys})</translation>
        </message>
        <message>
            <source>Phase name</source>
            <translation>Nombre de la fase</translation>
        </message>
        <message numerus="yes">
            <source>{section}: %n phase(s), {length}, repeated for each round</source>
            <translation>
                <numerusform>{section}: %n fase, {length}, en cada serie</numerusform>
                <numerusform>{section}: %n fases, {length}, en cada serie</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{section}: %n phase(s), {length}</source>
            <translation>
                <numerusform>{section}: %n fase, {length}</numerusform>
                <numerusform>{section}: %n fases, {length}</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ProblemsPanel</name>
        <message>
            <source>Some files had problems</source>
            <translation>Algunos archivos tenían problemas</translation>
        </message>
        <message>
            <source>Problems</source>
            <translation>Problemas</translation>
        </message>
        <message>
            <source>retrocoach started; nothing was overwritten. What it found:</source>
            <translation>retrocoach se ha iniciado; no se ha sobrescrito nada. Lo que encontró:</translation>
        </message>
        <message>
            <source>Problems at the start</source>
            <translation>Problemas al iniciar</translation>
        </message>
        <message>
            <source>A command-line option was not used</source>
            <translation>No se ha usado una opción de la línea de comandos</translation>
        </message>
        <message>
            <source>retrocoach started without it. What it found:</source>
            <translation>retrocoach se ha iniciado sin ella. Lo que encontró:</translation>
        </message>
        <message>
            <source>What retrocoach found:</source>
            <translation>Lo que encontró retrocoach:</translation>
        </message>
    </context>
    <context>
        <name>QuitPolicy</name>
        <message>
            <source>Stop the session?</source>
            <translation>¿Parar la sesión?</translation>
        </message>
        <message>
            <source>Stop this session now?</source>
            <translation>¿Parar esta sesión ahora?</translation>
        </message>
        <message>
            <source>A session is under way. Stop it and quit?</source>
            <translation>Hay una sesión en curso. ¿Pararla y salir?</translation>
        </message>
        <message>
            <source>Quit retrocoach?</source>
            <translation>¿Salir de retrocoach?</translation>
        </message>
        <message>
            <source>Sessions not saved</source>
            <translation>Sesiones sin guardar</translation>
        </message>
    </context>
    <context>
        <name>SessionCard</name>
        <message>
            <source>{rounds} · {length} · {backward} backwards</source>
            <translation>{rounds} · {length} · {backward} de espaldas</translation>
        </message>
        <message numerus="yes">
            <source>%n round(s)</source>
            <translation>
                <numerusform>%n serie</numerusform>
                <numerusform>%n series</numerusform>
            </translation>
        </message>
        <message>
            <source>First: {kind} {length}</source>
            <translation>Primero: {kind} {length}</translation>
        </message>
        <message>
            <source>READY</source>
            <translation>LISTO</translation>
        </message>
        <message>
            <source>WELL DONE</source>
            <translation>¡BIEN HECHO!</translation>
        </message>
        <message>
            <source>Well done</source>
            <translation>Bien hecho</translation>
        </message>
        <message>
            <source>STOPPED</source>
            <translation>PARADA</translation>
        </message>
        <message>
            <source>Stopped</source>
            <translation>Parada</translation>
        </message>
        <message>
            <source>SESSION OVER</source>
            <translation>SESIÓN TERMINADA</translation>
        </message>
        <message>
            <source>Skipped to the end</source>
            <translation>Saltado hasta el final</translation>
        </message>
        <message>
            <source>{done} done, {backward} of it backwards</source>
            <translation>{done} hecho, {backward} de espaldas</translation>
        </message>
        <message numerus="yes">
            <source>{done} of %n round(s)</source>
            <translation>
                <numerusform>{done} de %n serie</numerusform>
                <numerusform>{done} de %n series</numerusform>
            </translation>
        </message>
        <message>
            <source>Mostly skipped: not counted as completed</source>
            <translation>Casi todo saltado: no cuenta como completada</translation>
        </message>
    </context>
    <context>
        <name>SessionDriver</name>
        <message>
            <source>Stop the session before choosing another workout or round count.</source>
            <translation>Para la sesión antes de elegir otro entrenamiento u otro número de series.</translation>
        </message>
        <message>
            <source>Choose a workout first.</source>
            <translation>Elige primero un entrenamiento.</translation>
        </message>
        <message>
            <source>The computer slept for {slept}: the session is paused where you were. Press Space to resume.</source>
            <translation>El ordenador estuvo en reposo {slept}: la sesión está en pausa donde la dejaste. Pulsa Espacio para seguir.</translation>
        </message>
        <message>
            <source>The session has not started yet: press Space (or Start) to begin.</source>
            <translation>La sesión aún no ha empezado: pulsa Espacio (o Empezar).</translation>
        </message>
        <message>
            <source>The session is over: press Space (or Start) to go again.</source>
            <translation>La sesión ha terminado: pulsa Espacio (o Empezar) para repetir.</translation>
        </message>
        <message>
            <source>Already paused: press Space to resume.</source>
            <translation>Ya está en pausa: pulsa Espacio para seguir.</translation>
        </message>
        <message>
            <source>Not paused: the session is already running.</source>
            <translation>No está en pausa: la sesión ya está en marcha.</translation>
        </message>
        <message>
            <source>Already started: use Stop first to start over.</source>
            <translation>Ya ha empezado: usa Parar antes de volver a empezar.</translation>
        </message>
        <message>
            <source>'{command}' is not possible right now ({state}).</source>
            <translation>«{command}» no es posible ahora ({state}).</translation>
        </message>
    </context>
    <context>
        <name>SessionOverview</name>
        <message numerus="yes">
            <source>%n round(s)</source>
            <translation>
                <numerusform>%n serie</numerusform>
                <numerusform>%n series</numerusform>
            </translation>
        </message>
        <message>
            <source>{length} in all</source>
            <translation>{length} en total</translation>
        </message>
        <message>
            <source>First: {phase}</source>
            <translation>Primero: {phase}</translation>
        </message>
        <message>
            <source>Session over</source>
            <translation>Sesión terminada</translation>
        </message>
        <message>
            <source>Session: {left} left</source>
            <translation>Sesión: quedan {left}</translation>
        </message>
        <message>
            <source>Next: {phase}</source>
            <translation>Luego: {phase}</translation>
        </message>
        <message>
            <source>Next: finish</source>
            <translation>Luego: fin</translation>
        </message>
        <message>
            <source>Round {round} of {rounds}</source>
            <translation>Serie {round} de {rounds}</translation>
        </message>
        <message>
            <source>Warm-up</source>
            <translation>Calentamiento</translation>
        </message>
        <message>
            <source>Cool-down</source>
            <translation>Enfriamiento</translation>
        </message>
    </context>
    <context>
        <name>SessionRecorder</name>
        <message>
            <source>Your last session ({workout}) was interrupted; it is in your history as interrupted.</source>
            <translation>Tu última sesión ({workout}) se interrumpió; figura en tu historial como interrumpida.</translation>
        </message>
        <message>
            <source>Your last session ({workout}) could not be saved when it ended; it is in your history now.</source>
            <translation>Tu última sesión ({workout}) no se pudo guardar al terminar; ya está en tu historial.</translation>
        </message>
        <message>
            <source>Your session history is saved again.</source>
            <translation>Tu historial se vuelve a guardar.</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Auto: many tips at first, fewer as you learn</source>
            <translation>Automático: muchos consejos al principio, menos a medida que aprendes</translation>
        </message>
        <message>
            <source>Quiet: no tips but the look-back cues</source>
            <translation>Tranquilo: sin consejos, solo los avisos de mirar atrás</translation>
        </message>
        <message>
            <source>Normal: plus a coaching tip about every 45 s</source>
            <translation>Normal: y un consejo cada 45 s más o menos</translation>
        </message>
        <message>
            <source>Chatty: plus a coaching tip about every 20 s</source>
            <translation>Hablador: y un consejo cada 20 s más o menos</translation>
        </message>
        <message>
            <source>On a track or a field</source>
            <translation>En una pista o un campo</translation>
        </message>
        <message>
            <source>In an indoor hall</source>
            <translation>En un pabellón</translation>
        </message>
        <message>
            <source>On a treadmill</source>
            <translation>En una cinta</translation>
        </message>
        <message>
            <source>Light</source>
            <translation>Claro</translation>
        </message>
        <message>
            <source>Dark</source>
            <translation>Oscuro</translation>
        </message>
        <message>
            <source>High contrast</source>
            <translation>Alto contraste</translation>
        </message>
        <message>
            <source>A loud room: compressed, as loud as it can be</source>
            <translation>Sala ruidosa: comprimida, lo más alta posible</translation>
        </message>
        <message>
            <source>A quiet room: as the voice speaks</source>
            <translation>Sala tranquila: tal como habla la voz</translation>
        </message>
        <message>
            <source>Auto (the clearest installed voice)</source>
            <translation>Automática (la voz instalada más clara)</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Ajustes</translation>
        </message>
        <message>
            <source>a Piper voice (.onnx); when set, it is the voice</source>
            <translation>una voz de Piper (.onnx); si se indica, es la voz</translation>
        </message>
        <message>
            <source> words per minute</source>
            <translation> palabras por minuto</translation>
        </message>
        <message>
            <source>{value} %</source>
            <translation>{value} %</translation>
        </message>
        <message>
            <source>D&amp;irection sounds: falling into backwards, rising into forwards</source>
            <translation>So&amp;nidos de dirección: descendentes hacia atrás, ascendentes hacia delante</translation>
        </message>
        <message>
            <source>Test t&amp;he voice</source>
            <translation>Prob&amp;ar la voz</translation>
        </message>
        <message>
            <source>&amp;Mute: no voice and no beeps (captions only)</source>
            <translation>&amp;Silencio: sin voz ni pitidos (solo subtítulos)</translation>
        </message>
        <message>
            <source>&amp;Beep at each change of phase</source>
            <translation>Pitido en cada cambio de &amp;fase</translation>
        </message>
        <message>
            <source>Keep the screen &amp;awake during a session</source>
            <translation>Mantener la pantalla &amp;encendida durante la sesión</translation>
        </message>
        <message>
            <source>Lower other sounds while the coach spea&amp;ks</source>
            <translation>&amp;Bajar otros sonidos mientras habla el entrenador</translation>
        </message>
        <message>
            <source>Not available here: {reason}</source>
            <translation>No disponible aquí: {reason}</translation>
        </message>
        <message>
            <source> seconds</source>
            <translation> segundos</translation>
        </message>
        <message>
            <source>Show an &amp;energy estimate</source>
            <translation>Mostrar una estimación de ener&amp;gía</translation>
        </message>
        <message>
            <source> kg</source>
            <translation> kg</translation>
        </message>
        <message>
            <source>&amp;Flash the panel when a phase begins</source>
            <translation>Hacer parpadear el pane&amp;l al empezar una fase</translation>
        </message>
        <message>
            <source>System language ({language})</source>
            <translation>Idioma del sistema ({language})</translation>
        </message>
        <message>
            <source>&amp;Restore defaults</source>
            <translation>&amp;Restablecer</translation>
        </message>
        <message>
            <source>Voice</source>
            <translation>Voz</translation>
        </message>
        <message>
            <source>&amp;Voice:</source>
            <translation>&amp;Voz:</translation>
        </message>
        <message>
            <source>&amp;Piper voice file:</source>
            <translation>Archivo de voz &amp;Piper:</translation>
        </message>
        <message>
            <source>&amp;Speaking rate:</source>
            <translation>Velocidad de &amp;habla:</translation>
        </message>
        <message>
            <source>Voice vol&amp;ume:</source>
            <translation>Vol&amp;umen de la voz:</translation>
        </message>
        <message>
            <source>Voice f&amp;or:</source>
            <translation>Vo&amp;z para:</translation>
        </message>
        <message>
            <source>Session</source>
            <translation>Sesión</translation>
        </message>
        <message>
            <source>&amp;Coaching:</source>
            <translation>&amp;Consejos:</translation>
        </message>
        <message>
            <source>Where &amp;do you run?</source>
            <translation>¿&amp;Dónde corres?</translation>
        </message>
        <message>
            <source>&amp;Lead-in before the start:</source>
            <translation>Cuenta previa al &amp;inicio:</translation>
        </message>
        <message>
            <source>Beeps and sou&amp;nds:</source>
            <translation>Pitidos &amp;y sonidos:</translation>
        </message>
        <message>
            <source>Energy estimate</source>
            <translation>Estimación de energía</translation>
        </message>
        <message>
            <source>Body &amp;weight:</source>
            <translation>Pes&amp;o corporal:</translation>
        </message>
        <message>
            <source>Your weight is used only to estimate the energy of a session (“about N kcal”). It stays on this computer.</source>
            <translation>Tu peso solo se usa para estimar la energía de una sesión («unas N kcal»). Se queda en este ordenador.</translation>
        </message>
        <message>
            <source>Appearance</source>
            <translation>Apariencia</translation>
        </message>
        <message>
            <source>&amp;Theme:</source>
            <translation>&amp;Tema:</translation>
        </message>
        <message>
            <source>Lan&amp;guage:</source>
            <translation>Idio&amp;ma:</translation>
        </message>
        <message>
            <source>The window shows a new language the next time retrocoach starts.</source>
            <translation>La ventana mostrará el idioma nuevo la próxima vez que se inicie retrocoach.</translation>
        </message>
        <message>
            <source>Listing voices…</source>
            <translation>Buscando voces…</translation>
        </message>
        <message>
            <source>{voice} (not installed)</source>
            <translation>{voice} (no instalada)</translation>
        </message>
    </context>
    <context>
        <name>SettingsOps</name>
        <message>
            <source>Settings not saved: {error}</source>
            <translation>Ajustes no guardados: {error}</translation>
        </message>
    </context>
    <context>
        <name>StartupOps</name>
        <message>
            <source>Skipped a workout file: {problem}</source>
            <translation>Archivo de entrenamiento omitido: {problem}</translation>
        </message>
        <message>
            <source>{problem}. Sessions cannot be saved to your history (they are kept while the app is open) and workouts cannot be imported or edited.</source>
            <translation>{problem}. Las sesiones no se pueden guardar en tu historial (se conservan mientras la app esté abierta) y los entrenamientos no se pueden importar ni editar.</translation>
        </message>
        <message>
            <source>{problem}. Settings cannot be saved.</source>
            <translation>{problem}. Los ajustes no se pueden guardar.</translation>
        </message>
        <message>
            <source>Tip skipped: {problem}</source>
            <translation>Consejo omitido: {problem}</translation>
        </message>
        <message>
            <source>The rendered voice</source>
            <translation>La voz generada</translation>
        </message>
    </context>
    <context>
        <name>StatusLabels</name>
        <message>
            <source>Voice: on (M)</source>
            <translation>Voz: activa (M)</translation>
        </message>
        <message>
            <source>Suggested next: {name}</source>
            <translation>Sugerencia: {name}</translation>
        </message>
        <message>
            <source>Voice: captions only</source>
            <translation>Voz: solo subtítulos</translation>
        </message>
        <message>
            <source>Voice: MUTED (M)</source>
            <translation>Voz: SILENCIADA (M)</translation>
        </message>
    </context>
    <context>
        <name>Theme</name>
        <message>
            <source>BACKWARDS</source>
            <translation>DE ESPALDAS</translation>
        </message>
        <message>
            <source>FORWARDS</source>
            <translation>HACIA DELANTE</translation>
        </message>
        <message>
            <source>WALK</source>
            <translation>CAMINA</translation>
        </message>
        <message>
            <source>JOG</source>
            <translation>TROTA</translation>
        </message>
        <message>
            <source>RUN</source>
            <translation>CORRE</translation>
        </message>
        <message>
            <source>{direction} {pace}</source>
            <translation>{pace} {direction}</translation>
        </message>
        <message>
            <source>Dark</source>
            <translation>Oscuro</translation>
        </message>
        <message>
            <source>Light</source>
            <translation>Claro</translation>
        </message>
        <message>
            <source>High contrast</source>
            <translation>Alto contraste</translation>
        </message>
    </context>
    <context>
        <name>Timeline</name>
        <message>
            <source>Session timeline</source>
            <translation>Línea de tiempo de la sesión</translation>
        </message>
    </context>
    <context>
        <name>VoiceCoach</name>
        <message>
            <source>Voice: {problem}.</source>
            <translation>Voz: {problem}.</translation>
        </message>
        <message>
            <source>Preparing the voice…</source>
            <translation>Preparando la voz…</translation>
        </message>
        <message numerus="yes">
            <source>Preparing the voice: {done} of %n cue(s)</source>
            <translation>
                <numerusform>Preparando la voz: {done} de %n aviso</numerusform>
                <numerusform>Preparando la voz: {done} de %n avisos</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>VoiceOps</name>
        <message>
            <source>Could not list the voices: {error}</source>
            <translation>No se pudieron listar las voces: {error}</translation>
        </message>
    </context>
    <context>
        <name>VoiceTester</name>
        <message>
            <source>This is your coach. Jog backwards, forty seconds. Check behind you.</source>
            <translation>Soy tu entrenador. Trota de espaldas, cuarenta segundos. Mira detrás de ti.</translation>
        </message>
        <message>
            <source>The voice test could not be played: no audio output.</source>
            <translation>No se pudo reproducir la prueba de voz: no hay salida de audio.</translation>
        </message>
    </context>
    <context>
        <name>WeekChart</name>
        <message>
            <source>Backward minutes per week</source>
            <translation>Minutos de espaldas por semana</translation>
        </message>
        <message numerus="yes">
            <source>%n week(s); this week {this} minutes; the most {most} minutes, week of {monday}</source>
            <translation>
                <numerusform>%n semana; esta semana {this} minutos; el máximo {most} minutos, semana del {monday}</numerusform>
                <numerusform>%n semanas; esta semana {this} minutos; el máximo {most} minutos, semana del {monday}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Backward minutes per week, last %n week(s)</source>
            <translation>
                <numerusform>Minutos de espaldas por semana, última %n semana</numerusform>
                <numerusform>Minutos de espaldas por semana, últimas %n semanas</numerusform>
            </translation>
        </message>
        <message>
            <source>No sessions in these weeks</source>
            <translation>No hay sesiones en estas semanas</translation>
        </message>
        <message numerus="yes">
            <source>Week of {monday} ({label}): {minutes} backward minutes, %n session(s)</source>
            <translation>
                <numerusform>Semana del {monday} ({label}): {minutes} minutos de espaldas, %n sesión</numerusform>
                <numerusform>Semana del {monday} ({label}): {minutes} minutos de espaldas, %n sesiones</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>WorkoutActions</name>
        <message>
            <source>Workout files (*.json);;All files (*)</source>
            <translation>Archivos de entrenamiento (*.json);;Todos los archivos (*)</translation>
        </message>
        <message>
            <source>Import a workout</source>
            <translation>Importar un entrenamiento</translation>
        </message>
        <message>
            <source>Not imported</source>
            <translation>No importado</translation>
        </message>
        <message>
            <source>Export the workout</source>
            <translation>Exportar el entrenamiento</translation>
        </message>
        <message>
            <source>Not exported</source>
            <translation>No exportado</translation>
        </message>
    </context>
    <context>
        <name>WorkoutChooser</name>
        <message>
            <source> rounds</source>
            <translation> series</translation>
        </message>
        <message>
            <source>Rounds</source>
            <translation>Series</translation>
        </message>
        <message>
            <source> round</source>
            <translation> serie</translation>
        </message>
        <message>
            <source>No workouts found: the installation looks incomplete.</source>
            <translation>No se encontraron entrenamientos: la instalación parece incompleta.</translation>
        </message>
        <message>
            <source>There is no workout '{id}'.</source>
            <translation>No existe el entrenamiento «{id}».</translation>
        </message>
        <message>
            <source>{name} (yours)</source>
            <translation>{name} (tuyo)</translation>
        </message>
    </context>
    <context>
        <name>WorkoutEditor</name>
        <message>
            <source>Default rounds</source>
            <translation>Series por defecto</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Descripción</translation>
        </message>
        <message>
            <source>phase {number}</source>
            <translation>fase {number}</translation>
        </message>
        <message>
            <source>duration</source>
            <translation>duración</translation>
        </message>
        <message>
            <source>name</source>
            <translation>nombre</translation>
        </message>
        <message>
            <source>direction</source>
            <translation>dirección</translation>
        </message>
        <message>
            <source>pace</source>
            <translation>ritmo</translation>
        </message>
        <message>
            <source>New workout</source>
            <translation>Nuevo entrenamiento</translation>
        </message>
        <message>
            <source>Duplicate workout</source>
            <translation>Duplicar entrenamiento</translation>
        </message>
        <message>
            <source>“{name}” is a built-in workout and cannot be changed. You are editing a copy that is saved with your own workouts.</source>
            <translation>«{name}» es un entrenamiento incluido y no se puede cambiar. Estás editando una copia que se guarda con tus entrenamientos.</translation>
        </message>
        <message>
            <source> (copy)</source>
            <translation> (copia)</translation>
        </message>
        <message>
            <source>Edit workout – {name}</source>
            <translation>Editar entrenamiento – {name}</translation>
        </message>
        <message>
            <source>For example: Intervals, week 3</source>
            <translation>Por ejemplo: Intervalos, semana 3</translation>
        </message>
        <message>
            <source>Total time</source>
            <translation>Tiempo total</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Nombre:</translation>
        </message>
        <message>
            <source>&amp;Description:</source>
            <translation>&amp;Descripción:</translation>
        </message>
        <message>
            <source>Default &amp;rounds:</source>
            <translation>&amp;Series por defecto:</translation>
        </message>
        <message numerus="yes">
            <source>Total with %n round(s): {total}, {backward} backwards</source>
            <translation>
                <numerusform>Total con %n serie: {total}, {backward} de espaldas</numerusform>
                <numerusform>Total con %n series: {total}, {backward} de espaldas</numerusform>
            </translation>
        </message>
        <message>
            <source>Close the editor and lose your changes?</source>
            <translation>¿Cerrar el editor y perder los cambios?</translation>
        </message>
        <message>
            <source>Discard changes?</source>
            <translation>¿Descartar los cambios?</translation>
        </message>
    </context>
    <context>
        <name>WorkoutError</name>
        <message>
            <source>{rule}, got {got}</source>
            <translation>{rule}; recibido: {got}</translation>
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
            <translation>debe ser un objeto JSON</translation>
        </message>
        <message>
            <source>must be {version}</source>
            <translation>debe ser {version}</translation>
        </message>
        <message>
            <source>must be 1 to 40 characters of a-z, 0-9 and '-', starting with a letter or digit</source>
            <translation>debe tener de 1 a 40 caracteres entre a-z, 0-9 y «-», y empezar por una letra o un dígito</translation>
        </message>
        <message>
            <source>must be text of at most {length} characters</source>
            <translation>debe ser un texto de {length} caracteres como máximo</translation>
        </message>
        <message>
            <source>must have at least 1 phase</source>
            <translation>debe tener al menos 1 fase</translation>
        </message>
        <message>
            <source>at most {most} phases in all</source>
            <translation>{most} fases como máximo en total</translation>
        </message>
        <message>
            <source>unknown field (allowed: {fields})</source>
            <translation>campo desconocido (permitidos: {fields})</translation>
        </message>
        <message>
            <source>has the key '{key}' twice; keep one of them</source>
            <translation>tiene la clave '{key}' dos veces; deja solo una</translation>
        </message>
        <message>
            <source>is not valid JSON (line {line}, column {column}: {reason})</source>
            <translation>no es JSON válido (línea {line}, columna {column}: {reason})</translation>
        </message>
        <message>
            <source>is nested too deeply to be a workout</source>
            <translation>está demasiado anidado para ser un entrenamiento</translation>
        </message>
        <message>
            <source>is not valid JSON ({reason})</source>
            <translation>no es JSON válido ({reason})</translation>
        </message>
        <message>
            <source>must be text of 1 to {length} characters</source>
            <translation>debe ser un texto de 1 a {length} caracteres</translation>
        </message>
        <message>
            <source>must be one line (a line break is at character {position})</source>
            <translation>debe ser una sola línea (hay un salto de línea en el carácter {position})</translation>
        </message>
        <message>
            <source>must not contain control characters (U+{code} at character {position}; an escape sequence, a tab or a line break)</source>
            <translation>no debe contener caracteres de control (U+{code} en el carácter {position}; una secuencia de escape, un tabulador o un salto de línea)</translation>
        </message>
        <message>
            <source>is not valid text (a lone surrogate U+{code} at character {position})</source>
            <translation>no es un texto válido (un sustituto suelto U+{code} en el carácter {position})</translation>
        </message>
        <message>
            <source>must not contain a text direction override (U+{code} at character {position}: it can show the name reversed or hide part of it)</source>
            <translation>no debe contener un cambio de dirección del texto (U+{code} en el carácter {position}: puede mostrar el nombre al revés u ocultar una parte)</translation>
        </message>
        <message>
            <source>must have a visible character (it has only spaces or zero-width characters)</source>
            <translation>debe tener un carácter visible (solo tiene espacios o caracteres de ancho cero)</translation>
        </message>
        <message>
            <source>must be a list of phases</source>
            <translation>debe ser una lista de fases</translation>
        </message>
        <message>
            <source>at most {most} phases</source>
            <translation>{most} fases como máximo</translation>
        </message>
        <message>
            <source>must be an object with name, direction, pace, seconds</source>
            <translation>debe ser un objeto con name, direction, pace, seconds</translation>
        </message>
        <message>
            <source>unknown field (allowed: direction, name, pace, seconds)</source>
            <translation>campo desconocido (permitidos: direction, name, pace, seconds)</translation>
        </message>
        <message>
            <source>{rule}, got {got} (2 hours at most)</source>
            <translation>{rule}; recibido: {got} (2 horas como máximo)</translation>
        </message>
        <message>
            <source>must be one of {allowed}</source>
            <translation>debe ser uno de {allowed}</translation>
        </message>
        <message>
            <source>would be larger than {limit} KB; shorten it</source>
            <translation>superaría los {limit} KB; acórtalo</translation>
        </message>
        <message>
            <source>'{id}' is a built-in workout and cannot be changed; duplicate it and save it under a new id</source>
            <translation>«{id}» es un entrenamiento incluido y no se puede cambiar; duplícalo y guárdalo con un id nuevo</translation>
        </message>
        <message>
            <source>cannot be read ({reason})</source>
            <translation>no se puede leer ({reason})</translation>
        </message>
        <message>
            <source>is not a file</source>
            <translation>no es un archivo</translation>
        </message>
        <message>
            <source>is larger than {limit} KB, the limit for a workout</source>
            <translation>supera los {limit} KB, el límite de un entrenamiento</translation>
        </message>
        <message>
            <source>is not UTF-8 text</source>
            <translation>no es texto UTF-8</translation>
        </message>
        <message>
            <source>'{name}' would last {length}, more than the {hours} hours a session may last; shorten its phases</source>
            <translation>«{name}» duraría {length}, más de las {hours} horas que puede durar una sesión; acorta sus fases</translation>
        </message>
        <message>
            <source>'{name}' would last {length} with {rounds} rounds, more than the {hours} hours a session may last; use fewer rounds (at most {most}) or shorter phases</source>
            <translation>«{name}» duraría {length} con {rounds} series, más de las {hours} horas que puede durar una sesión; usa menos series (como máximo {most}) o fases más cortas</translation>
        </message>
    </context>
    <context>
        <name>WorkoutOps</name>
        <message>
            <source>Not imported:
{problems}</source>
            <translation>No importado:
{problems}</translation>
        </message>
        <message>
            <source>Imported '{name}'.</source>
            <translation>«{name}» importado.</translation>
        </message>
        <message>
            <source>Not exported:
{error}</source>
            <translation>No exportado:
{error}</translation>
        </message>
        <message>
            <source>Exported '{name}' to {path}.</source>
            <translation>«{name}» exportado a {path}.</translation>
        </message>
        <message>
            <source>The workout was not saved: {error}</source>
            <translation>El entrenamiento no se guardó: {error}</translation>
        </message>
    </context>
    <context>
        <name>desktop</name>
        <message>
            <source>Other sounds cannot be lowered while the coach speaks</source>
            <translation>No se pueden bajar otros sonidos mientras habla el entrenador</translation>
        </message>
        <message>
            <source>the sound server did not answer</source>
            <translation>el servidor de sonido no respondió</translation>
        </message>
        <message>
            <source>their volumes cannot be noted down first in {file} ({reason}), in case the app stops before giving them back</source>
            <translation>sus volúmenes no se pueden anotar antes en {file} ({reason}), por si la aplicación se cierra antes de devolverlos</translation>
        </message>
        <message>
            <source>Music keeps its volume; turn it down by hand, or restart the app.</source>
            <translation>La música mantiene su volumen; bájalo a mano o reinicia la aplicación.</translation>
        </message>
        <message>
            <source>macOS lets no app set another app's volume</source>
            <translation>macOS no deja que una aplicación cambie el volumen de otra</translation>
        </message>
        <message>
            <source>the Python package pulsectl is missing (pip install pulsectl)</source>
            <translation>falta el paquete de Python pulsectl (pip install pulsectl)</translation>
        </message>
        <message>
            <source>the Python package pycaw is missing (pip install pycaw)</source>
            <translation>falta el paquete de Python pycaw (pip install pycaw)</translation>
        </message>
        <message>
            <source>no PulseAudio or PipeWire sound server answers ({error})</source>
            <translation>no responde ningún servidor de sonido PulseAudio o PipeWire ({error})</translation>
        </message>
        <message>
            <source>Windows audio sessions</source>
            <translation>sesiones de audio de Windows</translation>
        </message>
        <message>
            <source>through {server}</source>
            <translation>a través de {server}</translation>
        </message>
    </context>
    <context>
        <name>energy</name>
        <message>
            <source>Ainsworth BE et al. 2011 Compendium of Physical Activities: a second update of codes and MET values. Med Sci Sports Exerc 2011;43:1575 (codes 17170, 17152, 17320, 12020, 12030).</source>
            <translation>Ainsworth BE et al. 2011 Compendium of Physical Activities: a second update of codes and MET values. Med Sci Sports Exerc 2011;43:1575 (códigos 17170, 17152, 17320, 12020, 12030).</translation>
        </message>
        <message>
            <source>Wright S, Weyand PG. J Exp Biol 2001;204:1805 (backward running costs about 35% more than forward running at the same speed).</source>
            <translation>Wright S, Weyand PG. J Exp Biol 2001;204:1805 (correr de espaldas cuesta un 35 % más que hacia delante a la misma velocidad).</translation>
        </message>
        <message>
            <source>Rasica et al. Eur J Appl Physiol 2020;120:2507 (about 35% more at the same speed).</source>
            <translation>Rasica et al. Eur J Appl Physiol 2020;120:2507 (un 35 % más a la misma velocidad).</translation>
        </message>
        <message>
            <source>Flynn TW et al. Med Sci Sports Exerc 1994;26:89 (backward walking and running cost more oxygen than forward at the same speed).</source>
            <translation>Flynn TW et al. Med Sci Sports Exerc 1994;26:89 (caminar y correr de espaldas consume más oxígeno que hacia delante a la misma velocidad).</translation>
        </message>
        <message>
            <source>Chaloupka et al. J Orthop Sports Phys Ther 1997;25:302 and Hooper et al. J Orthop Sports Phys Ther 2004;34:65 (backward walking: higher heart rate and oxygen use).</source>
            <translation>Chaloupka et al. J Orthop Sports Phys Ther 1997;25:302 y Hooper et al. J Orthop Sports Phys Ther 2004;34:65 (caminar de espaldas: más pulsaciones y más consumo de oxígeno).</translation>
        </message>
        <message>
            <source>Heath 2001 (4 weeks of backward walking lowered its oxygen cost: practice matters).</source>
            <translation>Heath 2001 (4 semanas caminando de espaldas redujeron su consumo de oxígeno: la práctica cuenta).</translation>
        </message>
        <message>
            <source>Sterzing T et al. Gait &amp; Posture 2016;46:135 (backward speed about 70% of forward).</source>
            <translation>Sterzing T et al. Gait &amp; Posture 2016;46:135 (de espaldas, un 70 % de la velocidad hacia delante).</translation>
        </message>
        <message>
            <source>The backward multipliers (walk x1.4, jog and run x1.3) are estimates derived from these studies, not published MET values. kcal = MET x kg x hours.</source>
            <translation>Los factores hacia atrás (caminar x1,4, trotar y correr x1,3) son estimaciones basadas en estos estudios, no valores MET publicados. kcal = MET x kg x horas.</translation>
        </message>
        <message>
            <source>about {kcal} kcal (estimate)</source>
            <translation>unas {kcal} kcal (estimación)</translation>
        </message>
    </context>
    <context>
        <name>progression</name>
        <message>
            <source>once</source>
            <translation>una vez</translation>
        </message>
        <message>
            <source>twice</source>
            <translation>dos veces</translation>
        </message>
        <message>
            <source>Week 1: the start of the {weeks}-week plan.</source>
            <translation>Semana 1: el inicio del plan de {weeks} semanas.</translation>
        </message>
        <message>
            <source>First steps: walking backwards only, for day one.</source>
            <translation>Primeros pasos: solo caminar de espaldas, para el primer día.</translation>
        </message>
        <message>
            <source>Week {back}, a step back: the last two sessions felt {effort}/10 or harder.</source>
            <translation>Semana {back}, un paso atrás: las dos últimas sesiones se sintieron como {effort}/10 o más duras.</translation>
        </message>
        <message>
            <source>Week {week} again: the last session was stopped early.</source>
            <translation>Otra vez la semana {week}: la última sesión se paró antes de tiempo.</translation>
        </message>
        <message>
            <source>Week {week} again: the last session was interrupted.</source>
            <translation>Otra vez la semana {week}: la última sesión se interrumpió.</translation>
        </message>
        <message>
            <source>Week {week} again: the last session was not completed.</source>
            <translation>Otra vez la semana {week}: la última sesión no se completó.</translation>
        </message>
        <message>
            <source>Week {week} again: last time felt {effort}/10.</source>
            <translation>Otra vez la semana {week}: la última vez se sintió como {effort}/10.</translation>
        </message>
        <message>
            <source>Week {next}: week {week} completed and it felt {effort}/10.</source>
            <translation>Semana {next}: semana {week} completada y se sintió como {effort}/10.</translation>
        </message>
        <message>
            <source>Week {week} again: completed {done}, {needed} before moving on.</source>
            <translation>Otra vez la semana {week}: completada {done}, {needed} para avanzar.</translation>
        </message>
        <message>
            <source>Week {week} again: the {week}-week plan is done. Keep repeating week {week}, or choose any workout.</source>
            <translation>Otra vez la semana {week}: el plan de {week} semanas está hecho. Repite la semana {week} o elige cualquier entrenamiento.</translation>
        </message>
        <message>
            <source>Week {next}: week {week} completed {done}.</source>
            <translation>Semana {next}: semana {week} completada {done}.</translation>
        </message>
        <message numerus="yes">
            <source>%n time(s)</source>
            <translation>
                <numerusform>%n vez</numerusform>
                <numerusform>%n veces</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ranges</name>
        <message>
            <source>must be a whole number of seconds from {low} to {high}</source>
            <translation>debe ser un número entero de segundos de {low} a {high}</translation>
        </message>
        <message>
            <source>must be a whole number from {low} to {high}</source>
            <translation>debe ser un número entero de {low} a {high}</translation>
        </message>
    </context>
    <context>
        <name>speech</name>
        <message>
            <source>flite is not installed (Debian/Ubuntu: sudo apt-get install flite)</source>
            <translation>flite no está instalado (Debian/Ubuntu: sudo apt-get install flite)</translation>
        </message>
        <message>
            <source>Piper is not installed (pip install 'retrocoach[piper]' in retrocoach's Python)</source>
            <translation>Piper no está instalado (pip install 'retrocoach[piper]' en el Python de retrocoach)</translation>
        </message>
        <message>
            <source>pyttsx3 is not installed (pip install pyttsx3)</source>
            <translation>pyttsx3 no está instalado (pip install pyttsx3)</translation>
        </message>
        <message>
            <source>espeak-ng is not installed (sudo apt-get install espeak-ng)</source>
            <translation>espeak-ng no está instalado (sudo apt-get install espeak-ng)</translation>
        </message>
        <message>
            <source>there is no speech engine called {engine} (known: {known})</source>
            <translation>no hay ningún motor de voz llamado {engine} (conocidos: {known})</translation>
        </message>
        <message>
            <source>flite has no voice {voice} (it has {voices})</source>
            <translation>flite no tiene la voz {voice} (tiene {voices})</translation>
        </message>
        <message>
            <source>{voice} speaks {spoken}, not {language}</source>
            <translation>{voice} habla {spoken}, no {language}</translation>
        </message>
        <message>
            <source>{problem}; using {voice} instead</source>
            <translation>{problem}; se usa {voice} en su lugar</translation>
        </message>
        <message>
            <source>{model} is not a Piper voice (a .onnx file with its .onnx.json)</source>
            <translation>{model} no es una voz de Piper (un archivo .onnx con su .onnx.json)</translation>
        </message>
        <message>
            <source>the Piper voice {model} does not exist</source>
            <translation>la voz de Piper {model} no existe</translation>
        </message>
        <message>
            <source>the Piper voice {model} is {kind}, not a voice file</source>
            <translation>la voz de Piper {model} es {kind}, no un archivo de voz</translation>
        </message>
        <message>
            <source>the Piper voice {model} is damaged (not an ONNX model)</source>
            <translation>la voz de Piper {model} está dañada (no es un modelo ONNX)</translation>
        </message>
        <message>
            <source>the Piper voice settings {config} cannot be read: {error}</source>
            <translation>no se pueden leer los ajustes de la voz de Piper {config}: {error}</translation>
        </message>
        <message>
            <source>the Piper voice settings {config} cannot be read (not a readable JSON file)</source>
            <translation>no se pueden leer los ajustes de la voz de Piper {config} (no es un archivo JSON legible)</translation>
        </message>
        <message>
            <source>the Piper voice {model} has no {config} beside it</source>
            <translation>a la voz de Piper {model} le falta {config} al lado</translation>
        </message>
        <message>
            <source>the Piper voice settings {config} are not a Piper voice's</source>
            <translation>los ajustes {config} no son de una voz de Piper</translation>
        </message>
        <message>
            <source>the speech engine timed out and was restarted</source>
            <translation>el motor de voz no respondía y se reinició</translation>
        </message>
        <message>
            <source>install espeak-ng: sudo apt-get install espeak-ng</source>
            <translation>instala espeak-ng: sudo apt-get install espeak-ng</translation>
        </message>
        <message>
            <source>install a Windows voice (Settings &gt; Time &amp; language &gt; Speech &gt; Add voices) and reinstall retrocoach so pywin32 is present</source>
            <translation>instala una voz de Windows (Configuración &gt; Hora e idioma &gt; Voz &gt; Agregar voces) y reinstala retrocoach para que esté pywin32</translation>
        </message>
        <message>
            <source>reinstall retrocoach so pyobjc is present (pip install pyobjc)</source>
            <translation>reinstala retrocoach para que esté pyobjc (pip install pyobjc)</translation>
        </message>
        <message>
            <source>install espeak-ng (or espeak) with your package manager</source>
            <translation>instala espeak-ng (o espeak) con tu gestor de paquetes</translation>
        </message>
        <message>
            <source>install pyttsx3 for the Python that runs retrocoach: {python} -m pip install pyttsx3 (in a source checkout, `make run` sets up .venv with everything)</source>
            <translation>instala pyttsx3 para el Python que ejecuta retrocoach: {python} -m pip install pyttsx3 (en el código fuente, `make run` prepara .venv con todo)</translation>
        </message>
        <message>
            <source>reinstall pyttsx3 and what it needs: {python} -m pip install --force-reinstall pyttsx3 (in a source checkout: `make run`)</source>
            <translation>reinstala pyttsx3 y lo que necesita: {python} -m pip install --force-reinstall pyttsx3 (en el código fuente: `make run`)</translation>
        </message>
        <message>
            <source>install flite: sudo apt-get install flite</source>
            <translation>instala flite: sudo apt-get install flite</translation>
        </message>
        <message>
            <source>install Piper for the Python that runs retrocoach: {python} -m pip install 'retrocoach[piper]'</source>
            <translation>instala Piper para el Python que ejecuta retrocoach: {python} -m pip install 'retrocoach[piper]'</translation>
        </message>
        <message>
            <source>choose another voice in Settings</source>
            <translation>elige otra voz en Ajustes</translation>
        </message>
        <message>
            <source>start the sound server (`pulseaudio --start`, or PipeWire's pipewire-pulse) and check that a sound card or headphones are connected</source>
            <translation>inicia el servidor de sonido (`pulseaudio --start` o pipewire-pulse de PipeWire) y comprueba que haya una tarjeta de sonido o auriculares conectados</translation>
        </message>
        <message>
            <source>connect speakers or headphones and check the system's sound settings</source>
            <translation>conecta altavoces o auriculares y revisa los ajustes de sonido del sistema</translation>
        </message>
        <message>
            <source>choose an installed voice in the app's settings (Ctrl+,), or remove "voice" from settings.json to use the default; `retrocoach voices` lists the installed voices</source>
            <translation>elige una voz instalada en los ajustes de la app (Ctrl+,) o quita "voice" de settings.json para usar la predeterminada; `retrocoach voices` lista las voces instaladas</translation>
        </message>
        <message>
            <source>No audio output device: cues are shown as captions only</source>
            <translation>No hay salida de audio: los avisos se muestran solo como subtítulos</translation>
        </message>
        <message>
            <source>To hear them, connect speakers or headphones, or start the sound server (PulseAudio/PipeWire: `pulseaudio --start`).</source>
            <translation>Para oírlos, conecta altavoces o auriculares, o inicia el servidor de sonido (PulseAudio/PipeWire: `pulseaudio --start`).</translation>
        </message>
        <message>
            <source>Audio output found: cues are spoken again.</source>
            <translation>Salida de audio encontrada: los avisos vuelven a oírse.</translation>
        </message>
        <message>
            <source>nothing to join</source>
            <translation>nada que unir</translation>
        </message>
        <message>
            <source>cannot join WAVs of different formats ({first}, {other})</source>
            <translation>no se pueden unir WAV de formatos distintos ({first}, {other})</translation>
        </message>
        <message>
            <source>nothing to say (empty text)</source>
            <translation>nada que decir (texto vacío)</translation>
        </message>
        <message>
            <source>{path} is not a playable WAV file</source>
            <translation>{path} no es un archivo WAV reproducible</translation>
        </message>
        <message>
            <source>the speech could not be played ({error})</source>
            <translation>no se pudo reproducir la voz ({error})</translation>
        </message>
        <message>
            <source>the speech is not a playable sound</source>
            <translation>la voz no es un sonido reproducible</translation>
        </message>
        <message>
            <source>no audio output device</source>
            <translation>no hay salida de audio</translation>
        </message>
        <message>
            <source>the sound did not finish within {seconds} s</source>
            <translation>el sonido no terminó en {seconds} s</translation>
        </message>
        <message>
            <source>the probe wrote no audio</source>
            <translation>la prueba no escribió audio</translation>
        </message>
        <message>
            <source>cannot start the speech worker: {error}</source>
            <translation>no se puede iniciar el proceso de voz: {error}</translation>
        </message>
        <message>
            <source>the speech engine {engine} did not start: {error}</source>
            <translation>el motor de voz {engine} no se inició: {error}</translation>
        </message>
        <message>
            <source>the speech engine {engine} cannot start ({error})</source>
            <translation>el motor de voz {engine} no puede iniciarse ({error})</translation>
        </message>
        <message>
            <source>{error}</source>
            <translation>{error}</translation>
        </message>
        <message>
            <source>choose an installed voice</source>
            <translation>elige una voz instalada</translation>
        </message>
        <message>
            <source>the speech engine failed: {error}</source>
            <translation>el motor de voz falló: {error}</translation>
        </message>
        <message>
            <source>the speech engine wrote an empty or invalid file</source>
            <translation>el motor de voz escribió un archivo vacío o no válido</translation>
        </message>
        <message>
            <source>cannot list voices: {error}</source>
            <translation>no se pueden listar las voces: {error}</translation>
        </message>
        <message>
            <source>the speech worker died ({words})</source>
            <translation>el proceso de voz murió ({words})</translation>
        </message>
        <message>
            <source>the speech worker said {line}</source>
            <translation>el proceso de voz dijo {line}</translation>
        </message>
        <message>
            <source>Qt did not start within {seconds} s</source>
            <translation>Qt no se inició en {seconds} s</translation>
        </message>
        <message>
            <source>{reason}</source>
            <translation>{reason}</translation>
        </message>
        <message>
            <source>no display: run it in a desktop session (DISPLAY or WAYLAND_DISPLAY is unset), or set QT_QPA_PLATFORM=offscreen for a headless check</source>
            <translation>sin pantalla: ábrelo en una sesión de escritorio (DISPLAY o WAYLAND_DISPLAY no están definidas) o define QT_QPA_PLATFORM=offscreen para una prueba sin pantalla</translation>
        </message>
        <message>
            <source>sudo apt-get install {packages} (QT_DEBUG_PLUGINS=1 shows which library is missing)</source>
            <translation>sudo apt-get install {packages} (QT_DEBUG_PLUGINS=1 muestra qué biblioteca falta)</translation>
        </message>
        <message>
            <source>reinstall retrocoach (pip install --force-reinstall PySide6-Essentials)</source>
            <translation>reinstala retrocoach (pip install --force-reinstall PySide6-Essentials)</translation>
        </message>
        <message>
            <source>reinstall Qt ({python} -m pip install --force-reinstall PySide6-Essentials), then {audio_fix}</source>
            <translation>reinstala Qt ({python} -m pip install --force-reinstall PySide6-Essentials) y luego {audio_fix}</translation>
        </message>
        <message>
            <source>The voice cache {folder} cannot hold the cues ({error})</source>
            <translation>La caché de voz {folder} no puede guardar los avisos ({error})</translation>
        </message>
        <message>
            <source>This run's cues are rendered into {scratch} instead (not kept).</source>
            <translation>Los avisos de esta sesión se generan en {scratch} (no se conservan).</translation>
        </message>
        <message>
            <source>Free some space in {folder}, or make it writable.</source>
            <translation>Libera espacio en {folder} o permite escribir en la carpeta.</translation>
        </message>
        <message>
            <source>No voice: {reason}</source>
            <translation>Sin voz: {reason}</translation>
        </message>
        <message>
            <source>Cues are shown as captions.</source>
            <translation>Los avisos se muestran como subtítulos.</translation>
        </message>
        <message>
            <source>To get voice, {fix}.</source>
            <translation>Para tener voz, {fix}.</translation>
        </message>
        <message>
            <source>The safety check “{cue}” cannot be spoken: {error}</source>
            <translation>El aviso de seguridad «{cue}» no se puede decir: {error}</translation>
        </message>
        <message>
            <source>Look behind you yourself before you start.</source>
            <translation>Mira tú mismo detrás de ti antes de empezar.</translation>
        </message>
        <message numerus="yes">
            <source>%n cue(s) cannot be spoken ({error})</source>
            <translation>
                <numerusform>%n aviso no se puede decir ({error})</numerusform>
                <numerusform>%n avisos no se pueden decir ({error})</numerusform>
            </translation>
        </message>
        <message>
            <source>They are shown as captions.</source>
            <translation>Se muestran como subtítulos.</translation>
        </message>
        <message>
            <source>renderer error: {error}</source>
            <translation>error al generar: {error}</translation>
        </message>
        <message>
            <source>the speech engine hung {count} times in a row</source>
            <translation>el motor de voz se colgó {count} veces seguidas</translation>
        </message>
        <message>
            <source>the cue cannot be written: {error}</source>
            <translation>no se puede escribir el aviso: {error}</translation>
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
            <translation>Se usan los valores por defecto de {what}.</translation>
        </message>
        <message>
            <source>The {what} file {path} is damaged ({reason}); defaults are used. The app keeps a copy of it and starts afresh the next time it opens.</source>
            <translation>El archivo de {what} {path} está dañado ({reason}); se usan los valores por defecto. La app guarda una copia y empieza de cero la próxima vez que se abra.</translation>
        </message>
        <message>
            <source>The {what} file {path} is damaged ({reason}) and could not be moved aside ({error}). It is left as it is; defaults are used.</source>
            <translation>El archivo de {what} {path} está dañado ({reason}) y no se pudo apartar ({error}). Se deja como está; se usan los valores por defecto.</translation>
        </message>
        <message>
            <source>The {what} file {path} was damaged ({reason}). It was kept as {backup} and defaults are used.</source>
            <translation>El archivo de {what} {path} estaba dañado ({reason}). Se guardó como {backup} y se usan los valores por defecto.</translation>
        </message>
        <message>
            <source>permission denied: the folder is read-only or belongs to another user</source>
            <translation>permiso denegado: la carpeta es de solo lectura o pertenece a otro usuario</translation>
        </message>
        <message>
            <source>the operation is not permitted: the file or folder is protected</source>
            <translation>operación no permitida: el archivo o la carpeta están protegidos</translation>
        </message>
        <message>
            <source>the disk is read-only</source>
            <translation>el disco es de solo lectura</translation>
        </message>
        <message>
            <source>the disk is full: free some space</source>
            <translation>el disco está lleno: libera espacio</translation>
        </message>
        <message>
            <source>a part of the path is a file, not a folder</source>
            <translation>una parte de la ruta es un archivo, no una carpeta</translation>
        </message>
        <message>
            <source>it is a folder, not a file</source>
            <translation>es una carpeta, no un archivo</translation>
        </message>
        <message>
            <source>a file is in the way of one of its folders</source>
            <translation>un archivo estorba a una de sus carpetas</translation>
        </message>
        <message>
            <source>the disk quota is exceeded: free some space</source>
            <translation>se ha superado la cuota de disco: libera espacio</translation>
        </message>
        <message>
            <source>Cannot save {path}: {reason}.</source>
            <translation>No se puede guardar {path}: {reason}.</translation>
        </message>
        <message>
            <source>Cannot read {path}: {reason}.</source>
            <translation>No se puede leer {path}: {reason}.</translation>
        </message>
        <message>
            <source>Cannot copy {path}: {reason}.</source>
            <translation>No se puede copiar {path}: {reason}.</translation>
        </message>
        <message>
            <source>Cannot delete {path}: {reason}.</source>
            <translation>No se puede borrar {path}: {reason}.</translation>
        </message>
        <message>
            <source>Cannot remove {path}: {reason}.</source>
            <translation>No se puede quitar {path}: {reason}.</translation>
        </message>
        <message>
            <source>Cannot repair {path}: {reason}.</source>
            <translation>No se puede reparar {path}: {reason}.</translation>
        </message>
        <message>
            <source>Cannot move aside {path}: {reason}.</source>
            <translation>No se puede apartar {path}: {reason}.</translation>
        </message>
        <message>
            <source>Cannot move aside the end of {path}: {reason}.</source>
            <translation>No se puede apartar el final de {path}: {reason}.</translation>
        </message>
        <message>
            <source>Cannot write to {path}: {reason}.</source>
            <translation>No se puede escribir en {path}: {reason}.</translation>
        </message>
        <message numerus="yes">
            <source>%n session(s) kept in memory: they will be saved when the disk can be written.</source>
            <translation>
                <numerusform>%n sesión en memoria: se guardará cuando se pueda escribir en el disco.</numerusform>
                <numerusform>%n sesiones en memoria: se guardarán cuando se pueda escribir en el disco.</numerusform>
            </translation>
        </message>
        <message>
            <source>The history is not shown.</source>
            <translation>El historial no se muestra.</translation>
        </message>
        <message numerus="yes">
            <source>%n session(s) are not saved to {path} yet; they are kept in memory and saved when the disk can be written.</source>
            <translation>
                <numerusform>%n sesión aún no está guardada en {path}; se conserva en memoria y se guardará cuando se pueda escribir en el disco.</numerusform>
                <numerusform>%n sesiones aún no están guardadas en {path}; se conservan en memoria y se guardarán cuando se pueda escribir en el disco.</numerusform>
            </translation>
        </message>
        <message>
            <source>The history {path} ends with a line that was cut short (a crash or a full disk), and it could not be moved aside: {error} It is skipped.</source>
            <translation>El historial {path} termina con una línea cortada (un fallo o un disco lleno) y no se pudo apartar: {error} Se omite.</translation>
        </message>
        <message>
            <source>The last line of the history {path} was cut short ({size} bytes; a crash or a full disk stopped a write). It was moved to {backup}; every session before it is kept.</source>
            <translation>La última línea del historial {path} estaba cortada ({size} bytes; un fallo o un disco lleno detuvo una escritura). Se movió a {backup}; todas las sesiones anteriores se conservan.</translation>
        </message>
        <message>
            <source>{lines}; and {more} more</source>
            <translation>{lines}; y {more} más</translation>
        </message>
        <message numerus="yes">
            <source>%n line(s) of the history {path} could not be read and are skipped ({lines}). The file is not changed</source>
            <translation>
                <numerusform>%n línea del historial {path} no se pudo leer y se omite ({lines}). El archivo no se cambia</numerusform>
                <numerusform>%n líneas del historial {path} no se pudieron leer y se omiten ({lines}). El archivo no se cambia</numerusform>
            </translation>
        </message>
        <message>
            <source>{skipped}; it is too large to keep a copy of ({size} MB, over {limit} MB): move it aside yourself if you want to keep those lines.</source>
            <translation>{skipped}; es demasiado grande para guardar una copia ({size} MB, más de {limit} MB): muévelo tú mismo si quieres conservar esas líneas.</translation>
        </message>
        <message>
            <source>{skipped}; a copy could not be kept ({error}).</source>
            <translation>{skipped}; no se pudo guardar una copia ({error}).</translation>
        </message>
        <message>
            <source>{skipped}; a copy is kept as {backup}.</source>
            <translation>{skipped}; hay una copia en {backup}.</translation>
        </message>
        <message>
            <source>The running session is kept in memory.</source>
            <translation>La sesión en curso se conserva en memoria.</translation>
        </message>
        <message>
            <source>The journal of an unfinished session could not be read: {error}</source>
            <translation>No se pudo leer el diario de una sesión sin terminar: {error}</translation>
        </message>
        <message>
            <source>The journal of an unfinished session {path} is damaged ({reason}) and could not be moved aside: {error}</source>
            <translation>El diario de una sesión sin terminar {path} está dañado ({reason}) y no se pudo apartar: {error}</translation>
        </message>
        <message>
            <source>The journal of an unfinished session was damaged ({reason}); it was kept as {backup} and no record was made from it.</source>
            <translation>El diario de una sesión sin terminar estaba dañado ({reason}); se guardó como {backup} y no se creó ningún registro a partir de él.</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Ajustes</translation>
        </message>
        <message>
            <source>Workouts and history</source>
            <translation>Entrenamientos e historial</translation>
        </message>
        <message>
            <source>Voice cache</source>
            <translation>Caché de voz</translation>
        </message>
        <message>
            <source>Logs</source>
            <translation>Registros</translation>
        </message>
        <message>
            <source>{folder}: no part of this path exists</source>
            <translation>{folder}: no existe ninguna parte de esta ruta</translation>
        </message>
        <message>
            <source>{folder}: {probe} is {what}, not a folder; move it away</source>
            <translation>{folder}: {probe} es {what}, no una carpeta; quítalo de ahí</translation>
        </message>
        <message>
            <source>{folder}: {probe} is on a file system mounted read-only</source>
            <translation>{folder}: {probe} está en un sistema de archivos montado como de solo lectura</translation>
        </message>
        <message>
            <source>{folder}: {probe} is read-only for you</source>
            <translation>{folder}: {probe} es de solo lectura para ti</translation>
        </message>
        <message>
            <source>{folder}: the disk holding {probe} is full ({free} KB free), so files cannot be saved there</source>
            <translation>{folder}: el disco que contiene {probe} está lleno ({free} KB libres), así que no se pueden guardar archivos ahí</translation>
        </message>
        <message>
            <source>a symbolic link to nothing</source>
            <translation>un enlace simbólico a nada</translation>
        </message>
        <message>
            <source>something that cannot be looked at ({reason})</source>
            <translation>algo que no se puede examinar ({reason})</translation>
        </message>
        <message>
            <source>a file</source>
            <translation>un archivo</translation>
        </message>
        <message>
            <source>a FIFO (named pipe)</source>
            <translation>una FIFO (tubería con nombre)</translation>
        </message>
        <message>
            <source>a character device</source>
            <translation>un dispositivo de caracteres</translation>
        </message>
        <message>
            <source>a block device</source>
            <translation>un dispositivo de bloques</translation>
        </message>
        <message>
            <source>a socket</source>
            <translation>un socket</translation>
        </message>
        <message>
            <source>a folder</source>
            <translation>una carpeta</translation>
        </message>
        <message>
            <source>a special file</source>
            <translation>un archivo especial</translation>
        </message>
        <message>
            <source>{path} cannot be looked at ({reason})</source>
            <translation>No se puede examinar {path} ({reason})</translation>
        </message>
        <message>
            <source>{path} is {what}, not a regular file</source>
            <translation>{path} es {what}, no un archivo normal</translation>
        </message>
        <message>
            <source>a symbolic link</source>
            <translation>un enlace simbólico</translation>
        </message>
        <message>
            <source>a device</source>
            <translation>un dispositivo</translation>
        </message>
        <message>
            <source>a named pipe (FIFO)</source>
            <translation>una tubería con nombre (FIFO)</translation>
        </message>
        <message>
            <source>{path} is a folder: give a file name, for example {example}.</source>
            <translation>{path} es una carpeta: indica un nombre de archivo, por ejemplo {example}.</translation>
        </message>
        <message>
            <source>{path} is a folder: give a file name.</source>
            <translation>{path} es una carpeta: indica un nombre de archivo.</translation>
        </message>
        <message>
            <source>{path} is {kind}, not a regular file: it is never written to; give another file name.</source>
            <translation>{path} es {kind}, no un archivo normal: nunca se escribe en él; indica otro nombre de archivo.</translation>
        </message>
        <message>
            <source>Cannot save {path}: the folder {folder} does not exist.</source>
            <translation>No se puede guardar {path}: la carpeta {folder} no existe.</translation>
        </message>
        <message>
            <source>{path} already exists.</source>
            <translation>{path} ya existe.</translation>
        </message>
        <message>
            <source>{path} is in retrocoach's own workouts folder; to add a workout there, import it (retrocoach import FILE, or Import in the app).</source>
            <translation>{path} está en la carpeta de entrenamientos de retrocoach; para añadir ahí un entrenamiento, impórtalo (retrocoach import ARCHIVO, o Importar en la app).</translation>
        </message>
        <message>
            <source>{path} is in retrocoach's own folder ({label}: {own}); choose another folder.</source>
            <translation>{path} está en una carpeta propia de retrocoach ({label}: {own}); elige otra carpeta.</translation>
        </message>
        <message>
            <source>{what} goes to {folder} for this run instead (not kept).</source>
            <translation>{what} va a {folder} durante esta ejecución (no se conserva).</translation>
        </message>
        <message>
            <source>{key}: {rule}</source>
            <translation>{key}: {rule}</translation>
        </message>
        <message>
            <source>{key}: {rule}, got {got}</source>
            <translation>{key}: {rule}; recibido: {got}</translation>
        </message>
        <message>
            <source>must be a number from {low} to {high}</source>
            <translation>debe ser un número de {low} a {high}</translation>
        </message>
        <message>
            <source>must be text of 1 to {length} characters</source>
            <translation>debe ser un texto de 1 a {length} caracteres</translation>
        </message>
        <message>
            <source>must be true or false</source>
            <translation>debe ser true o false</translation>
        </message>
        <message>
            <source>must be one of {allowed}</source>
            <translation>debe ser uno de {allowed}</translation>
        </message>
        <message>
            <source>{rule}, or null</source>
            <translation>{rule}, o null</translation>
        </message>
        <message>
            <source>must be one of {allowed}, or "" for the system's language</source>
            <translation>debe ser uno de {allowed}, o "" para el idioma del sistema</translation>
        </message>
        <message>
            <source>unknown setting</source>
            <translation>ajuste desconocido</translation>
        </message>
        <message>
            <source>{source}: {error}; the default ({default}) is used.</source>
            <translation>{source}: {error}; se usa el valor por defecto ({default}).</translation>
        </message>
        <message>
            <source>none</source>
            <translation>ninguno</translation>
        </message>
        <message>
            <source>settings</source>
            <translation>ajustes</translation>
        </message>
        <message>
            <source>A copy of {path} could not be kept ({error}); it will not be changed.</source>
            <translation>No se pudo guardar una copia de {path} ({error}); no se cambiará.</translation>
        </message>
        <message>
            <source>Settings not saved, so that the damaged {path} is not overwritten: {error}</source>
            <translation>Ajustes no guardados, para no sobrescribir el archivo dañado {path}: {error}</translation>
        </message>
        <message>
            <source>{source}: retrocoach does not know the setting '{key}' (a typo?); it is kept in the file but not used.</source>
            <translation>{source}: retrocoach no conoce el ajuste «{key}» (¿una errata?); se conserva en el archivo, pero no se usa.</translation>
        </message>
        <message>
            <source>The file as it was is kept as {backup}.</source>
            <translation>El archivo tal como estaba se guardó como {backup}.</translation>
        </message>
        <message>
            <source>{path}: cannot be read ({reason}); your tips were not loaded</source>
            <translation>{path}: no se puede leer ({reason}); tus consejos no se cargaron</translation>
        </message>
        <message>
            <source>{path}: {reason}; your tips were not loaded</source>
            <translation>{path}: {reason}; tus consejos no se cargaron</translation>
        </message>
        <message>
            <source>{folder} is {what} where your workouts folder should be, so your own workouts cannot be loaded or saved; move it away (the folder is made again on the next save)</source>
            <translation>{folder} es {what} donde debería estar tu carpeta de entrenamientos, así que tus entrenamientos no se pueden cargar ni guardar; quítalo de ahí (la carpeta se vuelve a crear al guardar)</translation>
        </message>
        <message>
            <source>{path}: id: '{id}' is already used by a built-in workout; skipped</source>
            <translation>{path}: id: «{id}» ya lo usa un entrenamiento incluido; omitido</translation>
        </message>
        <message>
            <source>{path}: id: '{id}' is already used by another file; skipped</source>
            <translation>{path}: id: «{id}» ya lo usa otro archivo; omitido</translation>
        </message>
        <message>
            <source>Another retrocoach is still writing in this folder (it holds {path}); try again when it is done.</source>
            <translation>Otro retrocoach aún está escribiendo en esta carpeta (tiene {path}); vuelve a intentarlo cuando termine.</translation>
        </message>
        <message>
            <source>The log file {path} cannot be written ({reason}); retrocoach goes on and logs to the terminal only.</source>
            <translation>No se puede escribir el archivo de registro {path} ({reason}); retrocoach sigue y registra solo en el terminal.</translation>
        </message>
        <message>
            <source>{path} was edited while retrocoach was open and cannot be read any more; the edited file is kept as {backup} and retrocoach's settings are saved.</source>
            <translation>{path} se editó con retrocoach abierto y ya no se puede leer; el archivo editado se guarda como {backup} y se guardan los ajustes de retrocoach.</translation>
        </message>
        <message>
            <source>{path} was edited while retrocoach was open; the edits are kept.</source>
            <translation>{path} se editó con retrocoach abierto; se conservan los cambios.</translation>
        </message>
        <message>
            <source>{path} was edited while retrocoach was open. Kept from the edit: all but {keys} (changed in retrocoach too, or not a value retrocoach can use); the edited file is kept as {backup}.</source>
            <translation>{path} se editó con retrocoach abierto. Se conserva de la edición todo menos {keys} (cambiado también en retrocoach, o un valor que retrocoach no puede usar); el archivo editado se guarda como {backup}.</translation>
        </message>
    </context>
    <context>
        <name>taper</name>
        <message>
            <source>Auto: session {session} with backward work, so plenty of tips while it is new (chatty up to session {until}).</source>
            <translation>Automático: sesión {session} con trabajo de espaldas, así que muchos consejos mientras es nuevo (hablador hasta la sesión {until}).</translation>
        </message>
        <message>
            <source>Auto: session {session}, {minutes} backward minutes so far: a tip about every 45 s (normal up to session {until}).</source>
            <translation>Automático: sesión {session}, {minutes} minutos de espaldas hasta ahora: un consejo cada 45 s más o menos (normal hasta la sesión {until}).</translation>
        </message>
        <message>
            <source>Auto: session {session}, {minutes} backward minutes so far: you know the technique, so at most {limit} technique tips in the session.</source>
            <translation>Automático: sesión {session}, {minutes} minutos de espaldas hasta ahora: ya conoces la técnica, así que como mucho {limit} consejos de técnica por sesión.</translation>
        </message>
    </context>
    <context>
        <name>tips</name>
        <message>
            <source>missing (a list of tips is required)</source>
            <translation>falta (se necesita una lista de consejos)</translation>
        </message>
        <message>
            <source>no tip has the id {id}</source>
            <translation>ningún consejo tiene el id {id}</translation>
        </message>
        <message>
            <source>has the key '{key}' twice; keep one of them</source>
            <translation>tiene la clave '{key}' dos veces; deja solo una</translation>
        </message>
        <message>
            <source>is not valid JSON (line {line}, column {column}: {reason})</source>
            <translation>no es JSON válido (línea {line}, columna {column}: {reason})</translation>
        </message>
        <message>
            <source>is nested too deeply to be a tips file</source>
            <translation>está demasiado anidado para ser un archivo de consejos</translation>
        </message>
        <message>
            <source>{where}{reason}</source>
            <translation>{where}{reason}</translation>
        </message>
        <message>
            <source>must be a JSON object</source>
            <translation>debe ser un objeto JSON</translation>
        </message>
        <message>
            <source>must be {version}, got {got}</source>
            <translation>debe ser {version}; recibido: {got}</translation>
        </message>
        <message>
            <source>unknown field (allowed: {fields})</source>
            <translation>campo desconocido (permitidos: {fields})</translation>
        </message>
        <message>
            <source>must be a list of tips</source>
            <translation>debe ser una lista de consejos</translation>
        </message>
        <message>
            <source>id: used by an earlier tip in this file; this one is skipped</source>
            <translation>id: ya lo usa un consejo anterior de este archivo; este se omite</translation>
        </message>
        <message>
            <source>{field}: {problem}</source>
            <translation>{field}: {problem}</translation>
        </message>
        <message>
            <source>must be an object with {fields}</source>
            <translation>debe ser un objeto con {fields}</translation>
        </message>
        <message>
            <source>id: must be 1 to 40 characters of a-z, 0-9 and '-', starting with a letter or digit, got {got}</source>
            <translation>id: debe tener de 1 a 40 caracteres entre a-z, 0-9 y «-», y empezar por una letra o un dígito; recibido: {got}</translation>
        </message>
        <message>
            <source>must be non-empty text, got {got}</source>
            <translation>debe ser un texto no vacío; recibido: {got}</translation>
        </message>
        <message>
            <source>must be 1 to {most} spoken words (a tip is heard mid-stride), got {got}</source>
            <translation>debe tener de 1 a {most} palabras habladas (un consejo se oye en plena zancada); recibido: {got}</translation>
        </message>
        <message>
            <source>must be at most {most} characters</source>
            <translation>debe tener {most} caracteres como máximo</translation>
        </message>
        <message>
            <source>must name what the tip rests on (the seed, a study or a page) in 1 to {most} characters, got {got}</source>
            <translation>debe decir en qué se basa el consejo (la semilla, un estudio o una página) en 1 a {most} caracteres; recibido: {got}</translation>
        </message>
        <message>
            <source>must be a non-empty list from: {allowed}</source>
            <translation>debe ser una lista no vacía de: {allowed}</translation>
        </message>
        <message>
            <source>{item} is not one of: {allowed}</source>
            <translation>{item} no es uno de: {allowed}</translation>
        </message>
        <message>
            <source>must be a list of tip ids</source>
            <translation>debe ser una lista de ids de consejos</translation>
        </message>
        <message>
            <source>must be a tip id, got {got}</source>
            <translation>debe ser un id de consejo; recibido: {got}</translation>
        </message>
    </context>
</TS>
